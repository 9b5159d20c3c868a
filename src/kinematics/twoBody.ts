/**
 * Two-body decays P → 1 + 2: the rest-frame momentum from the Källén function, and allocation-free kernels that
 * write both daughters' four-momenta. Angles (cos θ, φ) are those of daughter 1 in the parent rest frame, with
 * axes parallel to the frame of the given parent momentum (not the helicity frame: for a helicity-frame angle,
 * build the rest-frame daughters with {@link decayTwoBodyRestInto}, orient them with `rotateToDirectionInto`
 * along the parent's flight direction and boost with `boostFromRestFrameInto`). For isotropic decays the choice
 * of axes is irrelevant. Units: GeV.
 *
 * @module
 */
import { KinematicsError, ParameterError } from '../core/errors.js';
import { sqrtKallen } from '../core/numerics/index.js';
import type { RandomStream } from '../core/random/index.js';
import { requireRandomStream } from '../core/random/stream.js';
import { requireNonNegative } from '../core/validate.js';
import { requireFiniteFourVector, requireSource, type FourVector, type FourVectorSource } from './fourVector.js';

/**
 * Momentum of either daughter in the rest frame of a decaying particle,
 * p* = √λ(M², m₁², m₂²)/(2M) (PDG Review "Kinematics", eq. 49.17), GeV.
 * @param parentMassGeV - M, GeV (> 0)
 * @param m1GeV - mass of daughter 1, GeV (≥ 0)
 * @param m2GeV - mass of daughter 2, GeV (≥ 0)
 * @throws KinematicsError if M < m₁ + m₂
 * @example twoBodyMomentum(1, 0.1056583755, 0.1056583755) // 0.48870 (A' of 1 GeV → μ⁺μ⁻)
 */
export function twoBodyMomentum(parentMassGeV: number, m1GeV: number, m2GeV: number): number {
  const m = requireNonNegative('parentMassGeV', parentMassGeV);
  const m1 = requireNonNegative('m1GeV', m1GeV);
  const m2 = requireNonNegative('m2GeV', m2GeV);
  if (!(m > 0) || m < m1 + m2) {
    throw new KinematicsError('two-body decay', `parentMassGeV = ${m} GeV < m1GeV + m2GeV = ${m1 + m2} GeV`);
  }
  return sqrtKallen(m * m, m1 * m1, m2 * m2) / (2 * m);
}

/**
 * Daughters of a decay at rest: daughter 1 along n̂(cos θ, φ) with energy (M² + m₁² − m₂²)/(2M), daughter 2
 * back to back. Writes 8 numbers: daughter 1 at `out[offset..offset+3]`, daughter 2 at `out[offset+4..offset+7]`.
 * Allocation-free.
 * @param out - destination buffer (room for 8 numbers from `offset`)
 * @param offset - index of daughter 1's energy
 * @param parentMassGeV - M, GeV
 * @param m1GeV - mass of daughter 1, GeV
 * @param m2GeV - mass of daughter 2, GeV
 * @param cosTheta - cos θ of daughter 1, [−1, 1]
 * @param phi - azimuth of daughter 1, rad
 * @example
 * const out = new Float64Array(8);
 * decayTwoBodyRestInto(out, 0, 2, 0, 0, 1, 0); // out = [1, 0, 0, 1, 1, 0, 0, -1]
 */
export function decayTwoBodyRestInto(
  out: Float64Array,
  offset: number,
  parentMassGeV: number,
  m1GeV: number,
  m2GeV: number,
  cosTheta: number,
  phi: number,
): void {
  checkDecayInputs(out, offset, parentMassGeV, m1GeV, m2GeV, cosTheta, phi);
  const m = parentMassGeV;
  const p = sqrtKallen(m * m, m1GeV * m1GeV, m2GeV * m2GeV) / (2 * m);
  const e1 = (m * m + (m1GeV - m2GeV) * (m1GeV + m2GeV)) / (2 * m);
  const s = Math.sqrt((1 - cosTheta) * (1 + cosTheta));
  const x = p * s * Math.cos(phi);
  const y = p * s * Math.sin(phi);
  const z = p * cosTheta;
  out[offset] = e1;
  out[offset + 1] = x;
  out[offset + 2] = y;
  out[offset + 3] = z;
  out[offset + 4] = m - e1;
  out[offset + 5] = -x;
  out[offset + 6] = -y;
  out[offset + 7] = -z;
}

/**
 * Two-body decay of a moving parent: daughters generated at (cos θ, φ) in the parent rest frame (axes parallel to
 * the parent's frame) and transformed with the accurate rest-frame boost of `boostFromRestFrameInto`. Writes
 * daughter 1 at `out[offset..offset+3]` and daughter 2 at `out[offset+4..offset+7]`; conserves four-momentum to
 * round-off. Allocation-free; `parent` may live in `out` (it is read before anything is written).
 * @param out - destination buffer (room for 8 numbers from `offset`)
 * @param offset - index of daughter 1's energy
 * @param parent - parent four-momentum (time-like), tuple or buffer
 * @param m1GeV - mass of daughter 1, GeV
 * @param m2GeV - mass of daughter 2, GeV
 * @param cosTheta - cos θ of daughter 1 in the parent rest frame, [−1, 1]
 * @param phi - azimuth of daughter 1 in the parent rest frame, rad
 * @param parentOffset - offset of `parent` (default 0)
 * @throws KinematicsError if the parent mass is below m₁ + m₂
 * @example
 * const out = new Float64Array(8);
 * decayTwoBodyInto(out, 0, [5, 0, 0, 3], 0, 0, 1, 0); // out = [4, 0, 0, 4, 1, 0, 0, -1]
 */
export function decayTwoBodyInto(
  out: Float64Array,
  offset: number,
  parent: FourVectorSource,
  m1GeV: number,
  m2GeV: number,
  cosTheta: number,
  phi: number,
  parentOffset = 0,
): void {
  requireSource('parent', parent);
  const ep = parent[parentOffset]!;
  const px = parent[parentOffset + 1]!;
  const py = parent[parentOffset + 2]!;
  const pz = parent[parentOffset + 3]!;
  const pm = Math.sqrt(px * px + py * py + pz * pz);
  const m2p = (ep - pm) * (ep + pm);
  if (!(ep > 0 && m2p > 0) || !Number.isFinite(m2p)) {
    requireFiniteFourVector('parent', parent, parentOffset);
    throw new ParameterError('parent', m2p, 'a time-like four-momentum with E > 0 (M² > 0)');
  }
  const m = Math.sqrt(m2p);
  checkDecayInputs(out, offset, m, m1GeV, m2GeV, cosTheta, phi);
  // λ(M², m₁², m₂²) in the factorised form (M² − (m₁ + m₂)²)(M² − (m₁ − m₂)²): exact at threshold and cheaper than
  // the general sqrtKallen (whose doc recommends this form when the masses are known); M ≥ m₁ + m₂ is checked above.
  const sum = m1GeV + m2GeV;
  const dif = m1GeV - m2GeV;
  const p = Math.sqrt(Math.max(0, (m - sum) * (m + sum) * (m - dif) * (m + dif))) / (2 * m);
  if (!Number.isFinite(p)) throw new ParameterError('parent', m, 'a parent mass small enough that λ(M², m₁², m₂²) is finite');
  const e1 = (m2p + (m1GeV - m2GeV) * (m1GeV + m2GeV)) / (2 * m);
  const e2 = m - e1;
  const s = Math.sqrt((1 - cosTheta) * (1 + cosTheta));
  const x = p * s * Math.cos(phi);
  const y = p * s * Math.sin(phi);
  const z = p * cosTheta;
  // Rest frame → parent frame (see boostFromRestFrameInto): E' = (E_P E + P·p)/M, p' = p + P[P·p/(M(E_P+M)) + E/M].
  const pp = px * x + py * y + pz * z;
  const k = 1 / (m * (ep + m));
  const c1 = pp * k + e1 / m;
  const c2 = -pp * k + e2 / m;
  out[offset] = (ep * e1 + pp) / m;
  out[offset + 1] = x + c1 * px;
  out[offset + 2] = y + c1 * py;
  out[offset + 3] = z + c1 * pz;
  out[offset + 4] = (ep * e2 - pp) / m;
  out[offset + 5] = -x + c2 * px;
  out[offset + 6] = -y + c2 * py;
  out[offset + 7] = -z + c2 * pz;
}

/**
 * Isotropic two-body decay (cos θ and φ uniform in the parent rest frame) drawing two numbers from `random`.
 * Same output layout as {@link decayTwoBodyInto}. Allocation-free.
 * @param out - destination buffer (room for 8 numbers from `offset`)
 * @param offset - index of daughter 1's energy
 * @param parent - parent four-momentum (time-like)
 * @param m1GeV - mass of daughter 1, GeV
 * @param m2GeV - mass of daughter 2, GeV
 * @param random - uniform source (e.g. `createRandomStream(seed)`); exactly two draws per call
 * @param parentOffset - offset of `parent` (default 0)
 * @example
 * const out = new Float64Array(8);
 * decayTwoBodyIsotropicInto(out, 0, [1.5, 0, 0, 1.118], 0, 0, createRandomStream(1));
 */
export function decayTwoBodyIsotropicInto(
  out: Float64Array,
  offset: number,
  parent: FourVectorSource,
  m1GeV: number,
  m2GeV: number,
  random: RandomStream,
  parentOffset = 0,
): void {
  requireRandomStream('random', random);
  const cosTheta = 2 * random.next() - 1;
  const phi = 2 * Math.PI * random.next();
  decayTwoBodyInto(out, offset, parent, m1GeV, m2GeV, cosTheta, phi, parentOffset);
}

/**
 * Tuple version of {@link decayTwoBodyInto}: the two daughters' four-momenta.
 * @param parent - parent four-momentum
 * @param m1GeV - mass of daughter 1, GeV
 * @param m2GeV - mass of daughter 2, GeV
 * @param cosTheta - cos θ of daughter 1 in the parent rest frame
 * @param phi - azimuth of daughter 1 in the parent rest frame, rad
 * @example decayTwoBody([5, 0, 0, 3], 0, 0, 1, 0) // [[4, 0, 0, 4], [1, 0, 0, -1]]
 */
export function decayTwoBody(
  parent: FourVectorSource,
  m1GeV: number,
  m2GeV: number,
  cosTheta: number,
  phi: number,
): readonly [FourVector, FourVector] {
  const out = new Float64Array(8);
  decayTwoBodyInto(out, 0, parent, m1GeV, m2GeV, cosTheta, phi);
  return [
    [out[0]!, out[1]!, out[2]!, out[3]!],
    [out[4]!, out[5]!, out[6]!, out[7]!],
  ];
}

/** Cheap checks of the kernel inputs (comparisons only; NaN fails every one). */
function checkDecayInputs(
  out: Float64Array,
  offset: number,
  m: number,
  m1: number,
  m2: number,
  cosTheta: number,
  phi: number,
): void {
  if (!(out instanceof Float64Array)) throw new ParameterError('out', out, 'a Float64Array');
  if (!(offset >= 0 && offset + 8 <= out.length && (offset | 0) === offset)) {
    throw new ParameterError('offset', offset, `an integer in [0, ${out.length - 8}]`);
  }
  if (typeof m1 !== 'number' || !(m1 >= 0 && m1 < Infinity)) throw new ParameterError('m1GeV', m1, 'a finite number >= 0');
  if (typeof m2 !== 'number' || !(m2 >= 0 && m2 < Infinity)) throw new ParameterError('m2GeV', m2, 'a finite number >= 0');
  if (typeof cosTheta !== 'number' || !(cosTheta >= -1 && cosTheta <= 1)) throw new ParameterError('cosTheta', cosTheta, '[-1, 1]');
  if (typeof phi !== 'number' || !(phi > -Infinity && phi < Infinity)) throw new ParameterError('phi', phi, 'a finite number');
  if (typeof m !== 'number' || !(m > 0 && m < Infinity)) throw new ParameterError('parentMassGeV', m, 'a finite number > 0');
  if (m < m1 + m2) {
    throw new KinematicsError('two-body decay', `parent mass ${m} GeV < m1GeV + m2GeV = ${m1 + m2} GeV`);
  }
}
