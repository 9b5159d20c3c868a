/**
 * One A' decay cascade into caller-owned, growable structure-of-arrays buffers (the track and visible-particle
 * part of the {@link EventSample} layout):
 * - A' → ψ_a ψ_b by the dark-sector branching ratios, isotropic in the A' rest frame (unpolarised A'),
 *   boosted to the lab with the known mass m_A';
 * - every unstable ψ_j decays by its channel branching ratios: ψ_j → ψ_i ℓ⁺ℓ⁻ from the exact |M|² (THEORY
 *   §3.6, three-body sampler), ψ_j → ψ_i + hadrons as a two-body decay into ψ_i and one visible "hadronic
 *   system" of mass √q² (pdg 0, q² from the hadronic q² density), ψ_j → ψ_i A' on shell with the A' decaying
 *   again into the dark sector promptly, at the ψ_j decay point (its daughters become children of ψ_j; its
 *   eps-suppressed SM branching ratio is dropped, as for the primary A', and its cτ ~ 10⁻¹³ cm is neglected);
 * - until only stable states remain. Tracks are processed first-in first-out, so the visible particles of
 *   track t are contiguous and in track order (`visibleStart`).
 *
 * Recorded per unstable track: lab momentum, model mass, state index, parent track (−1 for the A'
 * daughters), λ₁ = (|p|/m) cτ₁ with cτ₁ = ħc/Γ(eps = 1) (THEORY §3.4), and its visible daughters (ℓ⁺ then ℓ⁻,
 * or the hadronic system). Stable daughters are not recorded (contract of eventSample.ts).
 * In cascades that start at an A', every ψ is lighter than m_A' (m_j + m_k < m_A'), so ψ_j → ψ_i A' on shell
 * never occurs and every track's width is ∝ eps² (λ(eps) = λ₁/eps² exactly, up to the Γ_A' Breit–Wigner
 * remark of widths/decayLength.ts); a cascade started at a heavy state (see {@link sampleStateDecayChainInto})
 * can contain that channel, whose width does not scale with eps.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import type { RandomStream } from '../core/random/index.js';
import { requireRandomStream } from '../core/random/stream.js';
import { requireInteger } from '../core/validate.js';
import { sampleDensityUnchecked } from '../kinematics/densitySampler.js';
import { insideUnitDisk, sampleThreeBodyUncheckedInto, unitDiskRejectionError } from '../kinematics/threeBodySampler.js';
import { pushTrack, pushVisible, requireCascadeBuffers, type CascadeBuffers } from './cascadeBuffers.js';
import { chooseChannelUnchecked, requireDecayPlan, type DecayPlan, type ParticleDecays } from './decayChannelSampler.js';

/** Channel index by branching ratio; a single channel costs no random draw. */
function pickChannel(d: ParticleDecays, random: RandomStream): number {
  return d.channels.length === 1 ? 0 : chooseChannelUnchecked(d, random.next());
}

/** Rejections after which the unit-disk loop of {@link decayTwoBodyIsotropic} gives up (a broken random stream). */
const MAX_DISK_REJECTIONS = 10_000;

/** The two uniforms of the unit-disk point of {@link decayTwoBodyIsotropic}; the caller may have drawn the first. */
const pair = new Float64Array(2);

/**
 * A particle with a mass in GeV. The masses reach {@link decayTwoBodyIsotropic} inside these objects rather than as
 * numbers: a call the JIT does not inline boxes every double argument on the heap.
 */
interface Massive {
  readonly massGeV: number;
}

/** The visible hadronic system of a ψ_j → ψ_i + hadrons decay (its mass, √q², is set before each use). */
const hadronicSystem = { massGeV: 0 };

/**
 * Isotropic two-body decay (unpolarised parent) of `parent` (known mass M), four-momentum (E_P, P⃗) at
 * src[so..so+3], into `first` and `second` (masses m₁, m₂) written at out[o..o+3] and out[o+4..o+7] (GeV; `src`
 * must not overlap them). Rest frame (PDG Review "Kinematics" §49.4): p* = λ^½(M², m₁², m₂²)/(2M) with λ
 * factorised as (M² − (m₁ + m₂)²)(M² − (m₁ − m₂)²), E₁,₂ = (M² ± (m₁² − m₂²))/(2M); daughter 1 along n̂,
 * daughter 2 along −n̂, with n̂ isotropic by Marsaglia's method ((u, v) uniform in the unit disk, s = u² + v²:
 * n̂ = (2u√(1−s), 2v√(1−s), 1 − 2s); Ann. Math. Stat. 43 (1972) 645), without trigonometric calls; `drawn` (0 or 1)
 * uniforms of its first proposal are already in `pair`. Then the known-mass boost of knownMassDecay.ts (the same
 * formulas, with one division): E′ = (E_P E + P⃗·p⃗)/M, p⃗′ = p⃗ + P⃗ [P⃗·p⃗/(M(E_P + M)) + E/M].
 */
function decayTwoBodyIsotropic(
  out: Float64Array,
  o: number,
  src: Float64Array,
  so: number,
  parent: Massive,
  first: Massive,
  second: Massive,
  drawn: number,
  random: RandomStream,
): void {
  // A point uniform in the unit disk, from one call site of random.next() (see sampleThreeBodyUncheckedInto); the
  // first `drawn` (0 or 1) coordinates of the first proposal are already in `pair`.
  for (let k = drawn, rejected = 0; k < 2; ) {
    pair[k] = random.next();
    k++;
    if (k === 2 && !insideUnitDisk(pair[0]!, pair[1]!)) {
      k = 0;
      if (++rejected === MAX_DISK_REJECTIONS) throw unitDiskRejectionError('sampleDecayChainInto');
    }
  }
  const u = 2 * pair[0]! - 1;
  const v = 2 * pair[1]! - 1;
  const m = parent.massGeV;
  const m1 = first.massGeV;
  const m2 = second.massGeV;
  const ep = src[so]!;
  const px = src[so + 1]!;
  const py = src[so + 2]!;
  const pz = src[so + 3]!;
  const sum = m1 + m2;
  const dif = m1 - m2;
  const invM = 1 / m;
  const halfInvM = 0.5 * invM;
  const p = Math.sqrt(Math.max(0, (m - sum) * (m + sum) * (m - dif) * (m + dif))) * halfInvM;
  const e1 = (m * m + sum * dif) * halfInvM;
  const e2 = (m * m - sum * dif) * halfInvM;
  const s = u * u + v * v;
  const root = 2 * p * Math.sqrt(1 - s);
  const x = u * root;
  const y = v * root;
  const z = p * (1 - 2 * s);
  const pp = px * x + py * y + pz * z;
  const k = (pp * invM) / (ep + m);
  const c1 = k + e1 * invM;
  const c2 = e2 * invM - k;
  out[o] = (ep * e1 + pp) * invM;
  out[o + 1] = x + c1 * px;
  out[o + 2] = y + c1 * py;
  out[o + 3] = z + c1 * pz;
  out[o + 4] = (ep * e2 - pp) * invM;
  out[o + 5] = c2 * px - x;
  out[o + 6] = c2 * py - y;
  out[o + 7] = c2 * pz - z;
}

/**
 * A' (four-momentum at src[so..]) → dark pair into scratch[o..o+7]; pushes the unstable daughters. With several
 * channels, one uniform u picks channel k (cumulative branching ratios C_{k−1} ≤ u < C_k), and its rescaled remainder
 * (u − C_{k−1})/(C_k − C_{k−1}), uniform on [0, 1) and independent of k, is the first coordinate of the decay
 * direction's first unit-disk proposal (one uniform fewer per decay).
 */
function decayDarkPhoton(b: CascadeBuffers, plan: DecayPlan, src: Float64Array, so: number, o: number, parent: number, random: RandomStream): number {
  const a = plan.darkPhoton;
  let k = 0;
  let drawn = 0;
  if (a.channels.length > 1) {
    const u = random.next();
    k = chooseChannelUnchecked(a, u);
    const low = k === 0 ? 0 : a.cumulative[k - 1]!;
    pair[0] = (u - low) / (a.cumulative[k]! - low);
    drawn = 1;
  }
  const c = a.channels[k]!;
  decayTwoBodyIsotropic(b.scratch, o, src, so, a, plan.states[c.firstState]!, plan.states[c.secondState]!, drawn, random);
  pushTrack(b, plan, c.firstState, parent, o);
  pushTrack(b, plan, c.secondState, parent, o + 4);
  return k;
}

/** Decay track t by its channel branching ratios (module comment). */
function decayTrack(b: CascadeBuffers, plan: DecayPlan, t: number, random: RandomStream): void {
  b.visibleStart[t] = b.visibleCount;
  const d = plan.states[b.trackState[t]!]!;
  const c = d.channels[pickChannel(d, random)]!;
  const s = b.scratch;
  if (c.kind === 'leptons') {
    sampleThreeBodyUncheckedInto(s, 0, c.threeBody!, b.trackMomentum, 4 * t, random);
    pushVisible(b, -c.leptonPdg, 8);
    pushVisible(b, c.leptonPdg, 4);
    pushTrack(b, plan, c.firstState, t, 0);
    return;
  }
  if (c.kind === 'hadrons') {
    hadronicSystem.massGeV = Math.sqrt(sampleDensityUnchecked(c.hadronicMass2!, random));
    decayTwoBodyIsotropic(s, 0, b.trackMomentum, 4 * t, d, plan.states[c.firstState]!, hadronicSystem, 0, random);
    pushVisible(b, 0, 4);
    pushTrack(b, plan, c.firstState, t, 0);
    return;
  }
  // 'dark-photon': ψ_j → ψ_i A', then A' → ψ_a ψ_b at once (daughters are children of t).
  decayTwoBodyIsotropic(s, 0, b.trackMomentum, 4 * t, d, plan.states[c.firstState]!, plan.darkPhoton, 0, random);
  pushTrack(b, plan, c.firstState, t, 0);
  decayDarkPhoton(b, plan, s, 4, 8, t, random);
}

function requireOffset(name: string, array: Float64Array, offset: number): void {
  if (!(array instanceof Float64Array)) throw new ParameterError(name, array, 'a Float64Array');
  if (!(offset >= 0 && offset + 4 <= array.length && (offset | 0) === offset)) {
    throw new ParameterError('offset', offset, `an integer in [0, ${array.length - 4}]`);
  }
}

/** Throws a ParameterError unless array[offset..+3] is a finite four-momentum with E > 0 (one check on the fast path). */
function requireFourMomentum(name: string, array: Float64Array, offset: number): void {
  const e = array[offset]!;
  const x = array[offset + 1]!;
  const y = array[offset + 2]!;
  const z = array[offset + 3]!;
  if (!(e > 0 && Number.isFinite(e * e + x * x + y * y + z * z))) {
    throw new ParameterError(`${name}[${offset}..${offset + 3}]`, e, 'a finite four-momentum with E > 0 whose squares are finite');
  }
}

/** Decay every track from `first` on, including those appended meanwhile; closes visibleStart. */
function runCascade(b: CascadeBuffers, plan: DecayPlan, first: number, random: RandomStream): void {
  for (let t = first; t < b.trackCount; t++) decayTrack(b, plan, t, random);
  b.visibleStart[b.trackCount] = b.visibleCount;
}

/**
 * Sample the full cascade of one A' with lab four-momentum `darkPhoton[offset..offset+3]` (mass
 * `plan.darkPhoton.massGeV`) and append its unstable tracks and their visible daughters to `buffers`
 * (see the module comment). No allocation except the geometric growth of full buffers.
 * @param buffers - from {@link createCascadeBuffers}
 * @param plan - from `prepareDecayPlan`
 * @param darkPhoton - buffer holding the A' four-momentum (GeV)
 * @param offset - index of the A' energy
 * @param random - uniform source in [0, 1)
 * @returns the index of the A' channel in `plan.darkPhoton.channels`
 * @example
 * const buffers = createCascadeBuffers();
 * const k = sampleDecayChainInto(buffers, prepareDecayPlan(preset('idm')), new Float64Array([5, 0, 0, 4.9]), 0, createRandomStream(1));
 */
export function sampleDecayChainInto(
  buffers: CascadeBuffers,
  plan: DecayPlan,
  darkPhoton: Float64Array,
  offset: number,
  random: RandomStream,
): number {
  requireCascadeBuffers(buffers);
  requireDecayPlan(plan);
  requireOffset('darkPhoton', darkPhoton, offset);
  requireFourMomentum('darkPhoton', darkPhoton, offset);
  requireRandomStream('random', random);
  return sampleDecayChainUncheckedInto(buffers, plan, darkPhoton, offset, random);
}

/**
 * {@link sampleDecayChainInto} without validation (the event loop of `generateEvents`, which validated its
 * inputs once and writes finite A′ momenta).
 * @internal
 */
export function sampleDecayChainUncheckedInto(
  buffers: CascadeBuffers,
  plan: DecayPlan,
  darkPhoton: Float64Array,
  offset: number,
  random: RandomStream,
): number {
  const first = buffers.trackCount;
  const k = decayDarkPhoton(buffers, plan, darkPhoton, offset, 0, -1, random);
  runCascade(buffers, plan, first, random);
  return k;
}

/**
 * Sample the cascade of one dark fermion of state `state` with lab four-momentum `momentum[offset..+3]`
 * (a track with parent −1 if it is unstable; nothing is appended for a stable state). For tests and studies
 * of ψ produced otherwise; may contain ψ_j → ψ_i A' on shell (see the module comment).
 * @param buffers - from {@link createCascadeBuffers}
 * @param plan - from `prepareDecayPlan`
 * @param state - index in `plan.model.states`
 * @param momentum - buffer holding the four-momentum (GeV)
 * @param offset - index of its energy
 * @param random - uniform source in [0, 1)
 * @example
 * const plan = prepareDecayPlan(preset('idm'));
 * sampleStateDecayChainInto(createCascadeBuffers(), plan, 1, new Float64Array([0.462, 0, 0, 0]), 0, createRandomStream(1));
 */
export function sampleStateDecayChainInto(
  buffers: CascadeBuffers,
  plan: DecayPlan,
  state: number,
  momentum: Float64Array,
  offset: number,
  random: RandomStream,
): void {
  requireCascadeBuffers(buffers);
  requireDecayPlan(plan);
  requireInteger('state', state, 0, plan.states.length - 1);
  requireOffset('momentum', momentum, offset);
  requireFourMomentum('momentum', momentum, offset);
  requireRandomStream('random', random);
  const first = buffers.trackCount;
  for (let k = 0; k < 4; k++) buffers.scratch[k] = momentum[offset + k]!;
  pushTrack(buffers, plan, state, -1, 0);
  runCascade(buffers, plan, first, random);
}
