/**
 * Singular value decomposition of a real matrix, the one place where ml-matrix's `SingularValueDecomposition`
 * is called.
 *
 * @module
 */
import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { ConvergenceError } from '../errors.js';
import type { RealMatrix, SvdResult } from './types.js';
import { FLUSH_RELATIVE, maxAbsEntry, requireRealMatrix } from './validateMatrix.js';


/**
 * Thin singular value decomposition A = U diag(σ) Vᵀ of a real p×q matrix, k = min(p, q).
 *
 * Method: Golub–Kahan–Reinsch bidiagonalisation + implicit QR (ml-matrix 6.15 / JAMA SVD) on A/s with
 * s = max|a_ij| and entries |a_ij/s| < ε² flushed to 0 (as in {@link eigenSymmetric}); σ is scaled back by s.
 * Wide matrices (p < q) are decomposed as Aᵀ = V diag(σ) Uᵀ, because ml-matrix's SVD of a wide matrix has an incomplete null space
 * (mljs/matrix#203; ENGINEERING.md §1.1).
 *
 * Domain: non-empty rectangular matrix of finite numbers; otherwise a {@link ParameterError} naming `name`.
 *
 * Output: σ descending (≥ 0); U is p×k and V is q×k with orthonormal columns; each column pair's sign is fixed
 * so that the largest-magnitude component of the V column is positive.
 *
 * @param a - the matrix, rows
 * @param name - parameter name used in error messages
 * @example
 * const { values, u, v } = svd([[3, 0], [0, -4]]);
 * // values = [4, 3], u = [[0, 1], [-1, 0]], v = [[0, 1], [1, 0]]
 */
export function svd(a: RealMatrix, name = 'matrix'): SvdResult {
  const copy = requireRealMatrix(name, a);
  const p = copy.length;
  const q = copy[0]!.length;
  const wide = p < q;
  const rows = wide ? q : p;
  const cols = wide ? p : q;
  const s = maxAbsEntry(copy);
  const k = cols;
  if (s === 0) {
    const eye = (r: number): number[][] =>
      Array.from({ length: r }, (_, i) => Array.from({ length: k }, (__, j) => (i === j ? 1 : 0)));
    return { values: new Array<number>(k).fill(0), u: eye(p), v: eye(q) };
  }
  const work = new Matrix(rows, cols);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < q; j++) {
      const v = copy[i]![j]! / s;
      const w = Math.abs(v) < FLUSH_RELATIVE ? 0 : v;
      if (wide) work.set(j, i, w);
      else work.set(i, j, w);
    }
  }
  const dec = new SingularValueDecomposition(work, { autoTranspose: false });
  const sigma = dec.diagonal;
  const left = dec.leftSingularVectors;
  const right = dec.rightSingularVectors;
  const order = Array.from({ length: k }, (_, c) => c).sort((x, y) => sigma[y]! - sigma[x]!);
  const values = order.map((c) => sigma[c]! * s);
  if (!values.every(Number.isFinite)) throw new ConvergenceError('svd', 'ml-matrix returned non-finite values');
  // In the (possibly transposed) working problem: work = L diag(σ) Rᵀ with L rows×k, R cols×k.
  const lOut = Array.from({ length: rows }, () => new Array<number>(k).fill(0));
  const rOut = Array.from({ length: cols }, () => new Array<number>(k).fill(0));
  order.forEach((c, target) => {
    // Sign: largest component of the V column (R when not transposed, L when transposed) positive.
    const vMat = wide ? left : right;
    const vLen = wide ? rows : cols;
    let big = 0;
    for (let i = 0; i < vLen; i++) big = Math.max(big, Math.abs(vMat.get(i, c)));
    let sign = 1;
    for (let i = 0; i < vLen; i++) {
      const x = vMat.get(i, c);
      if (Math.abs(x) >= big * (1 - 1e-12)) {
        sign = x < 0 ? -1 : 1;
        break;
      }
    }
    for (let i = 0; i < rows; i++) lOut[i]![target] = sign * left.get(i, c) + 0;
    for (let i = 0; i < cols; i++) rOut[i]![target] = sign * right.get(i, c) + 0;
  });
  return wide ? { values, u: rOut, v: lOut } : { values, u: lOut, v: rOut };
}

/**
 * Singular values of a real matrix, descending (≥ 0). Same method and domain as {@link svd}.
 * @example singularValues([[3, 0], [0, -4]]) // [4, 3]
 */
export function singularValues(a: RealMatrix, name = 'matrix'): number[] {
  return [...svd(a, name).values];
}
