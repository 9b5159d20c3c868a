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
import { decayTwoBodyWithMassUncheckedInto } from '../kinematics/knownMassDecay.js';
import { sampleThreeBodyUncheckedInto } from '../kinematics/threeBodySampler.js';
import { pushTrack, pushVisible, requireCascadeBuffers, type CascadeBuffers } from './cascadeBuffers.js';
import { chooseChannelUnchecked, requireDecayPlan, type DecayPlan, type ParticleDecays } from './decayChannelSampler.js';

/** Channel index by branching ratio; a single channel costs no random draw. */
function pickChannel(d: ParticleDecays, random: RandomStream): number {
  return d.channels.length === 1 ? 0 : chooseChannelUnchecked(d, random.next());
}

/** A' (four-momentum at src[so..]) → dark pair into scratch[o..o+7]; pushes the unstable daughters. */
function decayDarkPhoton(b: CascadeBuffers, plan: DecayPlan, src: Float64Array, so: number, o: number, parent: number, random: RandomStream): number {
  const a = plan.darkPhoton;
  const k = pickChannel(a, random);
  const c = a.channels[k]!;
  const m1 = plan.states[c.firstState]!.massGeV;
  const m2 = plan.states[c.secondState]!.massGeV;
  const cosTheta = 2 * random.next() - 1;
  const phi = 2 * Math.PI * random.next();
  decayTwoBodyWithMassUncheckedInto(b.scratch, o, o + 4, src, so, a.massGeV, m1, m2, cosTheta, phi);
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
  const mi = plan.states[c.firstState]!.massGeV;
  if (c.kind === 'leptons') {
    sampleThreeBodyUncheckedInto(s, 0, c.threeBody!, b.trackMomentum, 4 * t, random);
    pushVisible(b, -c.leptonPdg, 8);
    pushVisible(b, c.leptonPdg, 4);
    pushTrack(b, plan, c.firstState, t, 0);
    return;
  }
  const cosTheta = 2 * random.next() - 1;
  const phi = 2 * Math.PI * random.next();
  if (c.kind === 'hadrons') {
    const mx = Math.sqrt(sampleDensityUnchecked(c.hadronicMass2!, random));
    decayTwoBodyWithMassUncheckedInto(s, 0, 4, b.trackMomentum, 4 * t, d.massGeV, mi, mx, cosTheta, phi);
    pushVisible(b, 0, 4);
    pushTrack(b, plan, c.firstState, t, 0);
    return;
  }
  // 'dark-photon': ψ_j → ψ_i A', then A' → ψ_a ψ_b at once (daughters are children of t).
  decayTwoBodyWithMassUncheckedInto(s, 0, 4, b.trackMomentum, 4 * t, d.massGeV, mi, plan.darkPhoton.massGeV, cosTheta, phi);
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
