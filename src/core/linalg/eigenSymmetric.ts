/**
 * Real symmetric eigen-decomposition, the one place where ml-matrix's `EigenvalueDecomposition` is called.
 *
 * Method: ml-matrix 6.15 symmetric path (JAMA `tred2` Householder tridiagonalisation + `tql2` implicit QL),
 * guarded as described in ENGINEERING.md §1.1: the input is validated (finite, square, symmetric),
 * symmetrised as (A + Aᵀ)/2, scaled by s = max|a_ij| with entries |a_ij/s| < ε² ≈ 4.9e-32 flushed to 0 (tiny
 * and subnormal entries make `tql2`'s deflation test underflow, and it divides by a subnormal and crashes; see
 * `FLUSH_RELATIVE` in validateMatrix.ts for why ε² and not 1e-300), decomposed with `assumeSymmetric: true`
 * (ml-matrix's own symmetry test is exact and would silently switch to the non-symmetric `hqr2` path), and the
 * eigenvalues are scaled back by s.
 *
 * Accuracy: backward stable; eigenvalues carry an absolute error ~ n·ε·max|a_ij| (tql2 does not guarantee
 * relative accuracy of tiny eigenvalues).
 *
 * @module
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { ConvergenceError } from '../errors.js';
import type { RealMatrix, SymmetricEigenResult } from './types.js';
import { FLUSH_RELATIVE, maxAbsEntry, requireRealMatrix, requireSymmetric } from './validateMatrix.js';


/**
 * Eigenvalues and orthonormal eigenvectors of a real symmetric matrix, A = V diag(λ) Vᵀ.
 *
 * Method: Householder tridiagonalisation + implicit QL (ml-matrix / JAMA `tred2` + `tql2`) on the scaled,
 * symmetrised matrix (see the module comment). Source: ENGINEERING.md §1.1.
 *
 * Domain: non-empty square matrix of finite numbers, symmetric to 1e-12 relative (|a_ij − a_ji| ≤ 1e-12·max|a|);
 * anything else throws a {@link ParameterError} naming `name` (default `'matrix'`).
 *
 * Output: eigenvalues ascending; columns of `vectors` are the eigenvectors, each with its sign fixed so that
 * its largest-magnitude component (the first one, among components equal to 1e-12 relative) is positive.
 * Vectors of degenerate eigenvalues are an arbitrary orthonormal basis of the eigenspace (deterministic for
 * a given input).
 *
 * @param a - the symmetric matrix, rows
 * @param name - parameter name used in error messages
 * @example
 * const { values, vectors } = eigenSymmetric([[2, 1], [1, 2]]);
 * // values ≈ [1, 3], vectors ≈ [[0.7071, 0.7071], [-0.7071, 0.7071]]
 */
export function eigenSymmetric(a: RealMatrix, name = 'matrix'): SymmetricEigenResult {
  const copy = requireRealMatrix(name, a, { square: true });
  requireSymmetric(name, [copy], a);
  return eigenSymmetricTrusted(copy);
}

/**
 * {@link eigenSymmetric} without input validation, for callers inside the linear-algebra layer that have
 * already validated (or constructed) a finite square matrix. The matrix is symmetrised, so only its
 * symmetric part matters.
 *
 * @internal
 * @example eigenSymmetricTrusted([[0, 1], [1, 0]]).values // [-1, 1]
 */
export function eigenSymmetricTrusted(a: RealMatrix): { values: number[]; vectors: number[][] } {
  const n = a.length;
  const s = maxAbsEntry(a);
  if (s === 0) {
    return {
      values: new Array<number>(n).fill(0),
      vectors: Array.from({ length: n }, (_, i) => Array.from({ length: n }, (__, j) => (i === j ? 1 : 0))),
    };
  }
  const scaled = new Matrix(n, n);
  for (let i = 0; i < n; i++) {
    const ri = a[i]!;
    for (let j = 0; j <= i; j++) {
      const v = 0.5 * (ri[j]! / s + a[j]![i]! / s);
      const w = Math.abs(v) < FLUSH_RELATIVE ? 0 : v;
      scaled.set(i, j, w);
      scaled.set(j, i, w);
    }
  }
  const evd = new EigenvalueDecomposition(scaled, { assumeSymmetric: true });
  const lambda = evd.realEigenvalues;
  const vecs = evd.eigenvectorMatrix;
  const order = Array.from({ length: n }, (_, k) => k).sort((p, q) => lambda[p]! - lambda[q]!);
  const values = order.map((k) => lambda[k]! * s);
  if (!values.every(Number.isFinite)) {
    throw new ConvergenceError('eigenSymmetric', 'ml-matrix returned non-finite eigenvalues');
  }
  const vectors: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let c = 0; c < n; c++) {
    const k = order[c]!;
    let big = 0;
    for (let i = 0; i < n; i++) big = Math.max(big, Math.abs(vecs.get(i, k)));
    let sign = 1;
    for (let i = 0; i < n; i++) {
      const x = vecs.get(i, k);
      if (Math.abs(x) >= big * (1 - 1e-12)) {
        sign = x < 0 ? -1 : 1;
        break;
      }
    }
    for (let i = 0; i < n; i++) vectors[i]![c] = sign * vecs.get(i, k) + 0;
  }
  return { values, vectors };
}
