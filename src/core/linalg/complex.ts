/**
 * Small helpers for complex matrices stored as `{ re, im }` pairs of real row-major arrays (ml-matrix has no
 * complex type). Plain functions, no validation beyond what the types promise: shapes must be compatible.
 *
 * @module
 */
import type { Complex, ComplexMatrix, RealMatrix } from './types.js';

/**
 * View a real matrix as a complex one (imaginary part zero); a complex matrix is returned unchanged.
 * @example toComplexMatrix([[1, 2]]) // { re: [[1, 2]], im: [[0, 0]] }
 */
export function toComplexMatrix(m: ComplexMatrix | RealMatrix): ComplexMatrix {
  if (!Array.isArray(m)) return m as ComplexMatrix;
  const re = m as RealMatrix;
  return { re, im: re.map((row) => row.map(() => 0)) };
}

/**
 * Entry (i, j) of a complex matrix as a {@link Complex} number.
 * @example complexEntry({ re: [[1]], im: [[2]] }, 0, 0) // { re: 1, im: 2 }
 */
export function complexEntry(m: ComplexMatrix, i: number, j: number): Complex {
  return { re: m.re[i]?.[j] ?? Number.NaN, im: m.im[i]?.[j] ?? Number.NaN };
}

/**
 * Complex matrix product A·B (A is p×q, B is q×r), accumulated in plain double precision.
 * @example complexMultiply({ re: [[0]], im: [[1]] }, { re: [[0]], im: [[1]] }) // { re: [[-1]], im: [[0]] }
 */
export function complexMultiply(a: ComplexMatrix, b: ComplexMatrix): ComplexMatrix {
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
  return { re: transposeReal(m.re), im: transposeReal(m.im) };
}

/**
 * Element-wise complex conjugate M*.
 * @example complexConjugate({ re: [[1]], im: [[2]] }) // { re: [[1]], im: [[-2]] }
 */
export function complexConjugate(m: ComplexMatrix): ComplexMatrix {
  return { re: m.re.map((row) => row.slice()), im: m.im.map((row) => row.map((x) => -x + 0)) };
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
  const n = d.length;
  const re = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (__, j) => (i === j ? d[i]! : 0)));
  return { re, im: re.map((row) => row.map(() => 0)) };
}

/**
 * Largest modulus of the entry-wise difference |A_ij − B_ij| of two same-shape complex matrices.
 * @example maxAbsDifference(complexDiagonal([1]), complexDiagonal([1.5])) // 0.5
 */
export function maxAbsDifference(a: ComplexMatrix, b: ComplexMatrix): number {
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
  const n = u.re[0]?.length ?? 0;
  const ones = Array.from({ length: n }, () => 1);
  return maxAbsDifference(complexMultiply(conjugateTranspose(u), u), complexDiagonal(ones));
}
