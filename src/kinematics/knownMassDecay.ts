/**
 * Rest-frame → lab transformation and two-body decay for a parent whose mass is KNOWN (a model mass), the
 * hot-loop kernels of the decay-chain Monte Carlo. Unlike `boostFromRestFrameInto` / `decayTwoBodyInto`, the
 * parent mass is not recomputed from E² − |P|² (which loses ~ε·γ² relative precision for boosted parents,
 * 10⁻⁸ at γ = 10⁴). The exported functions validate their arguments once per call and write only finite numbers;
 * the Monte Carlo's inner loops call the unchecked kernels (`…UncheckedInto`, internal, not re-exported) on
 * prepared, physical inputs.
 *
 * Formulas (PDG Review "Kinematics" §49.1, §49.4): with P = (E_P, P⃗) and mass M,
 * E′ = (E_P E + P⃗·p⃗)/M, p⃗′ = p⃗ + P⃗ [P⃗·p⃗/(M(E_P + M)) + E/M]; two-body momentum
 * p* = √λ(M², m₁², m₂²)/(2M) with λ in the factorised form (M² − (m₁+m₂)²)(M² − (m₁−m₂)²),
 * E₁ = (M² + m₁² − m₂²)/(2M). Units: GeV.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireFinite, requireNonNegative, requirePositive } from '../core/validate.js';
import { requireFiniteFourVector, requireOffset, type FourVectorSource } from './fourVector.js';

/** Results of the checked functions land here first, so that nothing non-finite is ever written to `out`. */
const scratch = new Float64Array(8);

/** Throws a ParameterError unless `out` is a Float64Array with room for four numbers at `offset`. */
function requireOut(out: unknown, name: string, offset: number): Float64Array {
  if (!(out instanceof Float64Array)) throw new ParameterError('out', out, 'a Float64Array');
  requireOffset(name, out, offset);
  return out;
}

/** Throws a ParameterError unless `parent` is a finite four-vector with E > 0. */
function requireParent(parent: FourVectorSource, parentOffset: number): void {
  requireFiniteFourVector('parent', parent, parentOffset);
  if (!(parent[parentOffset]! > 0)) throw new ParameterError('parent[0]', parent[parentOffset], 'a finite number > 0 (the parent energy)');
}

/** Throws a ParameterError naming `name` unless the first `n` entries of scratch are finite. */
function requireFiniteScratch(n: number, name: string, value: unknown): void {
  for (let k = 0; k < n; k++) {
    if (!Number.isFinite(scratch[k]!)) throw new ParameterError(name, value, 'inputs whose transformed four-momenta are finite');
  }
}

/**
 * Transform the four-vector p from the rest frame of a parent of mass `massGeV` to the frame where the parent
 * has four-momentum `parent` (axes parallel). Allocation-free, in place allowed; validates its arguments once.
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
 * @throws ParameterError for a bad buffer, offset, four-vector or mass, or a result that overflows
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
  requireOut(out, 'outOffset', outOffset);
  requireFiniteFourVector('p', p, pOffset);
  requireParent(parent, parentOffset);
  requirePositive('massGeV', massGeV);
  boostFromRestWithMassUncheckedInto(scratch, 0, p, pOffset, parent, parentOffset, massGeV);
  requireFiniteScratch(4, 'parent', parent[parentOffset]);
  for (let k = 0; k < 4; k++) out[outOffset + k] = scratch[k]!;
}

/**
 * {@link boostFromRestWithMassInto} without validation (hot loops on prepared, physical inputs).
 * @internal
 */
export function boostFromRestWithMassUncheckedInto(
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
 * first, so it may live in `out`. Requires M ≥ m₁ + m₂. Allocation-free; validates its arguments once.
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
 * @throws ParameterError for a bad buffer, offset, parent, mass or angle, M < m₁ + m₂, or a result that overflows
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
  requireOut(out, 'offset1', offset1);
  requireOut(out, 'offset2', offset2);
  requireParent(parent, parentOffset);
  const m = requirePositive('massGeV', massGeV);
  const m1 = requireNonNegative('m1GeV', m1GeV);
  const m2 = requireNonNegative('m2GeV', m2GeV);
  if (!(m >= m1 + m2)) throw new ParameterError('massGeV', m, `a mass >= m1GeV + m2GeV = ${m1 + m2}`);
  if (typeof cosTheta !== 'number' || !(cosTheta >= -1 && cosTheta <= 1)) throw new ParameterError('cosTheta', cosTheta, '[-1, 1]');
  requireFinite('phi', phi);
  decayTwoBodyWithMassUncheckedInto(scratch, 0, 4, parent, parentOffset, m, m1, m2, cosTheta, phi);
  requireFiniteScratch(8, 'parent', parent[parentOffset]);
  for (let k = 0; k < 4; k++) {
    out[offset1 + k] = scratch[k]!;
    out[offset2 + k] = scratch[4 + k]!;
  }
}

/**
 * {@link decayTwoBodyWithMassInto} without validation (hot loops on prepared, physical inputs).
 * @internal
 */
export function decayTwoBodyWithMassUncheckedInto(
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
