/**
 * Complex Gram–Schmidt orthonormalisation with pivoting, used by the Takagi factorisation to build a unitary U
 * from the (over-complete) set of eigenvectors of the real 2n×2n embedding.
 *
 * @module
 */
import { ConvergenceError } from '../errors.js';

/** A complex vector as separate real and imaginary parts (mutable work arrays). */
export interface ComplexVector {
  /** Real parts. */
  re: Float64Array;
  /** Imaginary parts. */
  im: Float64Array;
}

/**
 * Choose `count` orthonormal complex vectors from `candidates` (in order of preference) by pivoted Gram–Schmidt:
 * at each step take the first candidate whose residual norm² is at least half the largest one, so that
 * well-conditioned candidates are taken in order and rank-deficient clusters (zero Takagi values) are resolved
 * by pivoting. Residuals are orthogonalised twice ("twice is enough"). Throws a ConvergenceError if the
 * candidates do not span `count` dimensions.
 *
 * @internal
 * @example pivotedGramSchmidt([e1, i·e1, e2], 2) // [e1, e2] (i·e1 is dependent on e1 and skipped)
 */
export function pivotedGramSchmidt(candidates: readonly ComplexVector[], count: number): ComplexVector[] {
  const accepted: ComplexVector[] = [];
  const remaining = candidates.map((c) => ({ re: c.re.slice(), im: c.im.slice() }));
  while (accepted.length < count) {
    const norms = remaining.map((r) => normSquared(r.re, r.im));
    const best = Math.max(...norms);
    if (!(best > 1e-6)) throw new ConvergenceError('takagi', 'could not complete a unitary basis');
    const pick = norms.findIndex((x) => x >= 0.5 * best);
    const [q] = remaining.splice(pick, 1);
    if (q === undefined) throw new ConvergenceError('takagi', 'could not complete a unitary basis');
    for (const p of accepted) project(p, q);
    const norm = Math.sqrt(normSquared(q.re, q.im));
    for (let i = 0; i < q.re.length; i++) {
      q.re[i]! /= norm;
      q.im[i]! /= norm;
    }
    accepted.push(q);
    for (const r of remaining) project(q, r);
  }
  return accepted;
}

/** Σ |v_i|². */
function normSquared(re: Float64Array, im: Float64Array): number {
  let t = 0;
  for (let i = 0; i < re.length; i++) t += re[i]! * re[i]! + im[i]! * im[i]!;
  return t;
}

/** r ← r − (q†r) q for a unit vector q. */
function project(q: ComplexVector, r: ComplexVector): void {
  let cr = 0;
  let ci = 0;
  for (let i = 0; i < q.re.length; i++) {
    cr += q.re[i]! * r.re[i]! + q.im[i]! * r.im[i]!;
    ci += q.re[i]! * r.im[i]! - q.im[i]! * r.re[i]!;
  }
  for (let i = 0; i < q.re.length; i++) {
    r.re[i]! -= cr * q.re[i]! - ci * q.im[i]!;
    r.im[i]! -= cr * q.im[i]! + ci * q.re[i]!;
  }
}
