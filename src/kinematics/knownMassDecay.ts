/**
 * Rest-frame → lab transformation and two-body decay for a parent whose mass is KNOWN (a model mass), the
 * hot-loop kernels of the decay-chain Monte Carlo. Unlike `boostFromRestFrameInto` / `decayTwoBodyInto`, the
 * parent mass is not recomputed from E² − |P|² (which loses ~ε·γ² relative precision for boosted parents,
 * 10⁻⁸ at γ = 10⁴) and nothing is validated: callers pass prepared, physical inputs.
 *
 * Formulas (PDG Review "Kinematics" §49.1, §49.4): with P = (E_P, P⃗) and mass M,
 * E′ = (E_P E + P⃗·p⃗)/M, p⃗′ = p⃗ + P⃗ [P⃗·p⃗/(M(E_P + M)) + E/M]; two-body momentum
 * p* = √λ(M², m₁², m₂²)/(2M) with λ in the factorised form (M² − (m₁+m₂)²)(M² − (m₁−m₂)²),
 * E₁ = (M² + m₁² − m₂²)/(2M). Units: GeV.
 *
 * @module
 */
import type { FourVectorSource } from './fourVector.js';

/**
 * Transform the four-vector p from the rest frame of a parent of mass `massGeV` to the frame where the parent
 * has four-momentum `parent` (axes parallel). Allocation-free, in place allowed, no validation.
 * @param out - destination buffer
 * @param outOffset - index of the energy component in `out`
 * @param p - four-vector in the parent rest frame (GeV)
 * @param pOffset - offset of `p`
 * @param parent - parent four-momentum (GeV)
 * @param parentOffset - offset of `parent`
 * @param massGeV - parent mass M > 0, GeV
 * @example
 * const out = new Float64Array(4);
 * boostFromRestWithMassInto(out, 0, [1, 0, 0, 0], 0, [5, 0, 0, 3], 0, 4); // out = [1.25, 0, 0, 0.75]
 */
export function boostFromRestWithMassInto(
  out: Float64Array,
  outOffset: number,
  p: FourVectorSource,
  pOffset: number,
  parent: FourVectorSource,
  parentOffset: number,
  massGeV: number,
): void {
  const ep = parent[parentOffset]!;
  const px = parent[parentOffset + 1]!;
  const py = parent[parentOffset + 2]!;
  const pz = parent[parentOffset + 3]!;
  const e = p[pOffset]!;
  const x = p[pOffset + 1]!;
  const y = p[pOffset + 2]!;
  const z = p[pOffset + 3]!;
  const m = massGeV;
  const pp = px * x + py * y + pz * z;
  const c = pp / (m * (ep + m)) + e / m;
  out[outOffset] = (ep * e + pp) / m;
  out[outOffset + 1] = x + c * px;
  out[outOffset + 2] = y + c * py;
  out[outOffset + 3] = z + c * pz;
}

/**
 * Two-body decay of a parent of known mass M: daughter 1 at (cos θ, φ) in the parent rest frame (axes parallel
 * to the parent's frame), daughter 2 back to back, both transformed with {@link boostFromRestWithMassInto}.
 * Writes daughter 1 at `out[offset1..+3]` and daughter 2 at `out[offset2..+3]` (GeV); the parent is read
 * first, so it may live in `out`. Requires M ≥ m₁ + m₂ (not checked). Allocation-free.
 * @param out - destination buffer
 * @param offset1 - index of daughter 1's energy
 * @param offset2 - index of daughter 2's energy
 * @param parent - parent four-momentum (GeV)
 * @param parentOffset - offset of `parent`
 * @param massGeV - parent mass M, GeV
 * @param m1GeV - mass of daughter 1, GeV
 * @param m2GeV - mass of daughter 2, GeV
 * @param cosTheta - cos θ of daughter 1 in the parent rest frame, [−1, 1]
 * @param phi - azimuth of daughter 1 in the parent rest frame, rad
 * @example
 * const out = new Float64Array(8);
 * decayTwoBodyWithMassInto(out, 0, 4, [5, 0, 0, 3], 0, 4, 0, 0, 1, 0); // out = [4, 0, 0, 4, 1, 0, 0, -1]
 */
export function decayTwoBodyWithMassInto(
  out: Float64Array,
  offset1: number,
  offset2: number,
  parent: FourVectorSource,
  parentOffset: number,
  massGeV: number,
  m1GeV: number,
  m2GeV: number,
  cosTheta: number,
  phi: number,
): void {
  const ep = parent[parentOffset]!;
  const px = parent[parentOffset + 1]!;
  const py = parent[parentOffset + 2]!;
  const pz = parent[parentOffset + 3]!;
  const m = massGeV;
  const sum = m1GeV + m2GeV;
  const dif = m1GeV - m2GeV;
  const p = Math.sqrt(Math.max(0, (m - sum) * (m + sum) * (m - dif) * (m + dif))) / (2 * m);
  const e1 = (m * m + sum * dif) / (2 * m);
  const e2 = (m * m - sum * dif) / (2 * m);
  const s = Math.sqrt(Math.max(0, (1 - cosTheta) * (1 + cosTheta)));
  const x = p * s * Math.cos(phi);
  const y = p * s * Math.sin(phi);
  const z = p * cosTheta;
  const pp = px * x + py * y + pz * z;
  const k = pp / (m * (ep + m));
  const c1 = k + e1 / m;
  const c2 = -k + e2 / m;
  out[offset1] = (ep * e1 + pp) / m;
  out[offset1 + 1] = x + c1 * px;
  out[offset1 + 2] = y + c1 * py;
  out[offset1 + 3] = z + c1 * pz;
  out[offset2] = (ep * e2 - pp) / m;
  out[offset2 + 1] = -x + c2 * px;
  out[offset2 + 2] = -y + c2 * py;
  out[offset2 + 3] = -z + c2 * pz;
}
