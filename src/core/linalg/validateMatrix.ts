/**
 * Input validation for matrices at the linear-algebra boundary: shape, finiteness and (complex) symmetry.
 * Each helper returns a fresh mutable copy (so callers may scale or symmetrise in place) or throws a
 * {@link ParameterError} naming the parameter.
 *
 * @module
 */
import { ParameterError } from '../errors.js';
import type { ComplexMatrix, RealMatrix } from './types.js';

/** Relative tolerance of the symmetry check: |a_ij − a_ji| ≤ SYMMETRY_RTOL · max|a_kl|. */
export const SYMMETRY_RTOL = 1e-12;

/**
 * Entries with |a_ij| < FLUSH_RELATIVE · max|a_kl| are set to 0 before ml-matrix sees them: ε² ≈ 4.9e-32, a
 * perturbation far below the decompositions' own backward error (~ε·max|a|). ENGINEERING.md §1.1 suggested
 * 1e-300, but fuzzing found matrices with entries between 1e-300 and 1e-130 of the maximum (e.g. 1e-178 next to
 * 1) for which `tql2`'s deflation test eps·tst1 underflows and it crashes or returns a non-orthogonal V; with ε²
 * every intermediate product stays a normal number.
 */
export const FLUSH_RELATIVE = Number.EPSILON ** 2;

/** Options of {@link requireRealMatrix}. */
export interface MatrixShapeOptions {
  /** Require a square matrix (default false: any non-empty rectangular shape). */
  readonly square?: boolean;
}

/**
 * A non-empty rectangular (optionally square) matrix of finite numbers, given as rows.
 * @param name - parameter name used in the error
 * @param value - anything (JavaScript callers may pass any value)
 * @returns a mutable copy of the rows
 * @example requireRealMatrix('matrix', [[1, 2], [3, 4]], { square: true }) // [[1, 2], [3, 4]]
 */
export function requireRealMatrix(name: string, value: unknown, options: MatrixShapeOptions = {}): number[][] {
  requireMatrixName(name);
  const square = options.square ?? false;
  const allowed = `a non-empty ${square ? 'square' : 'rectangular'} matrix (array of equal-length rows) of finite numbers`;
  if (!Array.isArray(value) || value.length === 0) throw new ParameterError(name, value, allowed);
  const rows = value as unknown[];
  const first: unknown = rows[0];
  const cols = Array.isArray(first) ? first.length : 0;
  if (cols === 0 || (square && cols !== rows.length)) throw new ParameterError(name, value, allowed);
  const out: number[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (!Array.isArray(row) || row.length !== cols) {
      throw new ParameterError(name, value, `${allowed}; row ${i} has the wrong length or type`);
    }
    const copy = new Array<number>(cols);
    for (let j = 0; j < cols; j++) {
      const x: unknown = row[j];
      if (typeof x !== 'number' || !Number.isFinite(x)) {
        throw new ParameterError(name, value, `${allowed}; entry [${i}][${j}] is ${String(x)}`);
      }
      copy[j] = x;
    }
    out.push(copy);
  }
  return out;
}

/** The `name` a caller passed for the error messages (e.g. to `eigenSymmetric`) must be a non-empty string. */
function requireMatrixName(name: unknown): void {
  if (typeof name !== 'string' || name.trim() === '') throw new ParameterError('name', name, 'a non-empty string (the parameter name used in errors)');
}

/** Mutable real and imaginary parts returned by {@link requireComplexSquareMatrix}. */
export interface MutableComplexMatrix {
  /** Real part, rows. */
  re: number[][];
  /** Imaginary part, rows. */
  im: number[][];
}

/**
 * A non-empty square complex matrix: either a {@link RealMatrix} (imaginary part zero) or a
 * {@link ComplexMatrix} whose two parts are square matrices of finite numbers with the same shape.
 * @returns mutable copies of the real and imaginary parts
 * @example requireComplexSquareMatrix('matrix', { re: [[1]], im: [[2]] }) // { re: [[1]], im: [[2]] }
 */
export function requireComplexSquareMatrix(name: string, value: unknown): MutableComplexMatrix {
  requireMatrixName(name);
  if (Array.isArray(value)) {
    const re = requireRealMatrix(name, value, { square: true });
    return { re, im: re.map((row) => row.map(() => 0)) };
  }
  if (typeof value !== 'object' || value === null) {
    throw new ParameterError(name, value, 'a non-empty square real matrix or a { re, im } complex matrix');
  }
  const record = value as Partial<ComplexMatrix>;
  const re = requireRealMatrix(`${name}.re`, record.re, { square: true });
  const im = requireRealMatrix(`${name}.im`, record.im, { square: true });
  if (im.length !== re.length) {
    throw new ParameterError(`${name}.im`, record.im, `a ${re.length}×${re.length} matrix (same shape as ${name}.re)`);
  }
  return { re, im };
}

/** Largest |entry| of one or two same-shape matrices (0 for an all-zero matrix). */
export function maxAbsEntry(a: RealMatrix, b?: RealMatrix): number {
  let s = 0;
  for (const m of b === undefined ? [a] : [a, b]) {
    for (const row of m) for (const x of row) s = Math.max(s, Math.abs(x));
  }
  return s;
}

/**
 * Check that the square matrices in `parts` (a real matrix, or the real and imaginary parts of a complex one) are
 * symmetric, |a_ij − a_ji| ≤ {@link SYMMETRY_RTOL} · max|a_kl| (scale over all parts together); throws otherwise.
 * Complex symmetric means Mᵀ = M (not Hermitian), i.e. both parts symmetric.
 * @example requireSymmetric('matrix', [[[1, 2], [2, 1]]]) // passes
 */
export function requireSymmetric(name: string, parts: readonly RealMatrix[], original: unknown = parts[0]): void {
  let s = 0;
  for (const m of parts) s = Math.max(s, maxAbsEntry(m));
  const tol = SYMMETRY_RTOL * s;
  for (const m of parts) {
    for (let i = 0; i < m.length; i++) {
      for (let j = 0; j < i; j++) {
        const d = Math.abs((m[i]?.[j] ?? 0) - (m[j]?.[i] ?? 0));
        if (d > tol) {
          throw new ParameterError(
            name,
            original,
            `a symmetric matrix (|a_ij − a_ji| ≤ ${SYMMETRY_RTOL}·max|a|); entries [${i}][${j}] and [${j}][${i}] differ by ${d}`,
          );
        }
      }
    }
  }
}
