/**
 * Small helpers for complex matrices stored as `{ re, im }` pairs of real row-major arrays (ml-matrix has no
 * complex type). Plain functions; the arguments are validated (finite entries, compatible shapes) and a
 * ParameterError names the offending one.
 *
 * @module
 */
import { ParameterError } from '../errors.js';
import { requireInteger, requireObject } from '../validate.js';
import type { Complex, ComplexMatrix, RealMatrix } from './types.js';
import { requireRealMatrix } from './validateMatrix.js';

/** A `{ re, im }` matrix of finite numbers, both parts of the same non-empty rectangular shape. */
function requireComplexMatrix(name: string, value: unknown): ComplexMatrix {
  const o = requireObject(name, value);
  const re = requireRealMatrix(`${name}.re`, o['re']);
  const im = requireRealMatrix(`${name}.im`, o['im']);
  if (im.length !== re.length || im[0]!.length !== re[0]!.length) {
    throw new ParameterError(`${name}.im`, o['im'], `a ${re.length}×${re[0]!.length} matrix (the shape of ${name}.re)`);
  }
  return { re, im };
}

/** Throw when an entry of a computed matrix overflowed (inputs near the largest double). */
function requireFiniteResult(name: string, value: unknown, m: ComplexMatrix): ComplexMatrix {
  for (const part of [m.re, m.im]) {
    for (const row of part) {
      if (!row.every(Number.isFinite)) throw new ParameterError(name, value, 'entries small enough that the result is finite');
    }
  }
  return m;
}

/**
 * View a real matrix as a complex one (imaginary part zero); a complex matrix is returned unchanged.
 * @example toComplexMatrix([[1, 2]]) // { re: [[1, 2]], im: [[0, 0]] }
 */
export function toComplexMatrix(m: ComplexMatrix | RealMatrix): ComplexMatrix {
  if (!Array.isArray(m)) {
    requireComplexMatrix('m', m);
    return m as ComplexMatrix;
  }
  const re = requireRealMatrix('m', m);
  return { re, im: re.map((row) => row.map(() => 0)) };
}

/**
 * Entry (i, j) of a complex matrix as a {@link Complex} number.
 * @throws ParameterError naming `m`, or `i` / `j` outside the matrix
 * @example complexEntry({ re: [[1]], im: [[2]] }, 0, 0) // { re: 1, im: 2 }
 */
export function complexEntry(m: ComplexMatrix, i: number, j: number): Complex {
  const { re, im } = requireComplexMatrix('m', m);
  requireInteger('i', i, 0, re.length - 1);
  requireInteger('j', j, 0, re[0]!.length - 1);
  return { re: re[i]![j]!, im: im[i]![j]! };
}

/**
 * Complex matrix product A·B (A is p×q, B is q×r), accumulated in plain double precision.
 * @example complexMultiply({ re: [[0]], im: [[1]] }, { re: [[0]], im: [[1]] }) // { re: [[-1]], im: [[0]] }
 */
export function complexMultiply(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  const product = complexMultiplyChecked(requireComplexMatrix('a', a), requireComplexMatrix('b', b));
  return requireFiniteResult('a', a, product);
}

/** {@link complexMultiply} after validation. */
function complexMultiplyChecked(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
  if (b.re.length !== a.re[0]!.length) {
    throw new ParameterError('b', b, `a matrix with ${a.re[0]!.length} rows (the number of columns of a)`);
  }
  const p = a.re.length;
  const q = b.re.length;
  const r = b.re[0]?.length ?? 0;
  const re: number[][] = [];
  const im: number[][] = [];
  for (let i = 0; i < p; i++) {
    const ar = a.re[i]!;
    const ai = a.im[i]!;
    const rowRe = new Array<number>(r).fill(0);
    const rowIm = new Array<number>(r).fill(0);
    for (let k = 0; k < q; k++) {
      const xr = ar[k]!;
      const xi = ai[k]!;
      const br = b.re[k]!;
      const bi = b.im[k]!;
      for (let j = 0; j < r; j++) {
        rowRe[j]! += xr * br[j]! - xi * bi[j]!;
        rowIm[j]! += xr * bi[j]! + xi * br[j]!;
      }
    }
    re.push(rowRe);
    im.push(rowIm);
  }
  return { re, im };
}

/** Transpose of a real matrix (rows ↔ columns). */
function transposeReal(a: RealMatrix): number[][] {
  const cols = a[0]?.length ?? 0;
  return Array.from({ length: cols }, (_, j) => a.map((row) => row[j]!));
}

/**
 * Transpose Mᵀ (no conjugation).
 * @example complexTranspose({ re: [[1, 2]], im: [[3, 4]] }) // { re: [[1], [2]], im: [[3], [4]] }
 */
export function complexTranspose(m: ComplexMatrix): ComplexMatrix {
  const { re, im } = requireComplexMatrix('m', m);
  return { re: transposeReal(re), im: transposeReal(im) };
}

/**
 * Element-wise complex conjugate M*.
 * @example complexConjugate({ re: [[1]], im: [[2]] }) // { re: [[1]], im: [[-2]] }
 */
export function complexConjugate(m: ComplexMatrix): ComplexMatrix {
  const { re, im } = requireComplexMatrix('m', m);
  return { re, im: im.map((row) => row.map((x) => -x + 0)) };
}

/**
 * Conjugate transpose (Hermitian adjoint) M† = (M*)ᵀ.
 * @example conjugateTranspose({ re: [[1, 2]], im: [[3, 4]] }) // { re: [[1], [2]], im: [[-3], [-4]] }
 */
export function conjugateTranspose(m: ComplexMatrix): ComplexMatrix {
  return complexTranspose(complexConjugate(m));
}

/**
 * Complex diagonal matrix diag(d) with real entries d.
 * @example complexDiagonal([1, 2]) // { re: [[1, 0], [0, 2]], im: [[0, 0], [0, 0]] }
 */
export function complexDiagonal(d: readonly number[]): ComplexMatrix {
  if (!Array.isArray(d) || !d.every((x: unknown) => typeof x === 'number' && Number.isFinite(x))) {
    throw new ParameterError('d', d, 'an array of finite numbers');
  }
  const n = d.length;
  const re = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (__, j) => (i === j ? d[i]! : 0)));
  return { re, im: re.map((row) => row.map(() => 0)) };
}

/**
 * Largest modulus of the entry-wise difference |A_ij − B_ij| of two same-shape complex matrices.
 * @example maxAbsDifference(complexDiagonal([1]), complexDiagonal([1.5])) // 0.5
 */
export function maxAbsDifference(a: ComplexMatrix, b: ComplexMatrix): number {
  const ca = requireComplexMatrix('a', a);
  const cb = requireComplexMatrix('b', b);
  if (cb.re.length !== ca.re.length || cb.re[0]!.length !== ca.re[0]!.length) {
    throw new ParameterError('b', b, `a ${ca.re.length}×${ca.re[0]!.length} matrix (the shape of a)`);
  }
  const worst = maxAbsDifferenceChecked(ca, cb);
  if (!Number.isFinite(worst)) throw new ParameterError('a', a, 'entries small enough that their differences are finite');
  return worst;
}

/** {@link maxAbsDifference} of validated matrices of the same shape. */
function maxAbsDifferenceChecked(a: ComplexMatrix, b: ComplexMatrix): number {
  let worst = 0;
  for (let i = 0; i < a.re.length; i++) {
    const row = a.re[i]!;
    for (let j = 0; j < row.length; j++) {
      const dr = row[j]! - b.re[i]![j]!;
      const di = a.im[i]![j]! - b.im[i]![j]!;
      worst = Math.max(worst, Math.hypot(dr, di));
    }
  }
  return worst;
}

/**
 * Unitarity residual max_ij |(U†U − 1)_ij| of a square complex matrix (0 for an exactly unitary U).
 * @example unitarityResidual({ re: [[0, 1], [1, 0]], im: [[0, 0], [0, 0]] }) // 0
 */
export function unitarityResidual(u: ComplexMatrix): number {
  const m = requireComplexMatrix('u', u);
  const n = m.re[0]!.length;
  const ones = Array.from({ length: n }, () => 1);
  const product = requireFiniteResult('u', u, complexMultiplyChecked(conjugateTranspose(m), m));
  const worst = maxAbsDifferenceChecked(product, complexDiagonal(ones));
  if (!Number.isFinite(worst)) throw new ParameterError('u', u, 'entries small enough that the result is finite');
  return worst;
}
