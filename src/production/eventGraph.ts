/**
 * One event of an {@link EventSample} as a particle graph with the decay points placed for one eps: the common
 * input of the HepMC3 (writeHepMC3.ts) and LHE (writeLhe.ts) writers. Internal.
 *
 * Graph: beams → production (at the origin) → recoil (γ 22 or e⁻ 11, final) and A' (5921, decayed promptly at
 * the origin: cτ_A' ~ 10⁻¹³ cm) → dark fermions (5914 + state index, ENGINEERING §3.4); every recorded track
 * decays at a displaced point into its visible particles, its child tracks and its stable (unrecorded) dark
 * daughter, whose four-momentum is the remainder p − Σ daughters and whose state is the model state nearest in
 * mass. When an A' decays into two unrecorded states, their momenta are re-drawn isotropically in the A' rest
 * frame from the writer's stream (the record keeps no stable momenta; the distribution is the generator's).
 * Beams: BaBar e∓ along ±z, built from each event's total γ + A' four-momentum (so the production balances
 * exactly: E± ≈ 9.01 / 3.10 GeV); NA64 one e⁻ of energy E_recoil + E_A' along +z (the nucleus recoil is not
 * written, so that vertex balances energy only).
 * Decay points: for track t, lab distance d = −λ ln(1 − u) with λ = λ₁/eps² (the exponential law), along its
 * momentum from its production point (its parent's decay point, cascades included), c·t += d E/|p|; mm. The
 * proper decay length is d·m/|p| (mm).
 *
 * @module
 */
import { ELECTRON_MASS_GEV, MUON_MASS_GEV, TAU_MASS_GEV } from '../core/constants.js';
import { ParameterError } from '../core/errors.js';
import type { RandomStream } from '../core/random/index.js';
import { decayTwoBodyWithMassUncheckedInto } from '../kinematics/knownMassDecay.js';
import type { DarkSectorModel } from '../models/types.js';
import type { EventSample } from './eventSample.js';

/**
 * PDG code of the dark photon (DarkNews convention, ENGINEERING §3.4).
 * @example DARK_PHOTON_PDG // 5921
 * @internal
 */
export const DARK_PHOTON_PDG = 5921;
/**
 * PDG code of the first dark fermion; state k (0-based) has 5914 + k.
 * @example FIRST_DARK_FERMION_PDG + 1 // 5915 (psi2)
 * @internal
 */
export const FIRST_DARK_FERMION_PDG = 5914;

/** Role of a particle in the event: incoming beam, decayed (A', recorded dark fermion) or final. */
export type GraphStatus = 'beam' | 'decayed' | 'final';

/**
 * One particle of an {@link EventGraph}.
 * @internal
 */
export interface GraphParticle {
  /** PDG code (dark states: 5921, 5914 + state index). */
  readonly pdg: number;
  /** Beam, decayed or final. */
  readonly status: GraphStatus;
  /** 0-based indices of its mothers in the event's list: none for beams, both beams for the BaBar production. */
  readonly mothers: readonly number[];
  /** Four-momentum (E, px, py, pz), GeV. */
  readonly momentum: readonly number[];
  /** Mass, GeV (the generator's mass for dark states and leptons). */
  readonly massGeV: number;
  /** Recorded dark fermions only: index of the track within the event (0-based, track order). */
  readonly track?: number;
  /** Recorded dark fermions only: lab decay point (x, y, z, c·t), mm; production at the origin. */
  readonly decayPoint?: readonly number[];
  /** Recorded dark fermions only: proper decay length cτ of this decay (lab distance · m/|p|), mm. */
  readonly properDecayLengthMm?: number;
}

/**
 * One event as an ordered particle list: beams first, mothers always before their daughters, and the
 * daughters of each recorded dark fermion contiguous, in track order.
 * @internal
 */
export interface EventGraph {
  /** The particles. */
  readonly particles: readonly GraphParticle[];
  /** Number of recorded dark-fermion tracks. */
  readonly tracks: number;
}

const LEPTON_MASS: Readonly<Record<number, number>> = { 11: ELECTRON_MASS_GEV, 13: MUON_MASS_GEV, 15: TAU_MASS_GEV };

function massOf(p: ArrayLike<number>, o: number): number {
  const e = p[o]!;
  const q = Math.hypot(p[o + 1]!, p[o + 2]!, p[o + 3]!);
  return Math.sqrt(Math.max(0, (e - q) * (e + q)));
}

/** Index of the model state nearest in mass to the four-vector at p[o]. */
function nearestState(model: DarkSectorModel, p: ArrayLike<number>, o: number): number {
  const m = massOf(p, o);
  let best = 0;
  model.states.forEach((s, k) => {
    if (Math.abs(s.massGeV - m) < Math.abs(model.states[best]!.massGeV - m)) best = k;
  });
  return best;
}

/** Append a particle (momentum copied from p[o..o+3]) and return its index. */
function add(list: GraphParticle[], pdg: number, status: GraphStatus, mothers: readonly number[], p: ArrayLike<number>, o: number, massGeV: number): number {
  list.push({ pdg, status, mothers, momentum: [p[o]!, p[o + 1]!, p[o + 2]!, p[o + 3]!], massGeV });
  return list.length - 1;
}

/**
 * The incoming beams of event e as (E, px, py, pz) four-vectors, GeV: BaBar e⁻ (along +z) and e⁺ (along −z) whose
 * sum is the event's total γ + A' four-momentum; NA64 one e⁻ along +z of energy E_recoil + E_A' (the nucleus
 * is not part of the record). The same for every event of a BaBar sample (fixed √s and boost).
 * @param sample - the sample
 * @param e - event index
 * @returns one or two four-vectors (electron first)
 * @example beamMomenta(sample, 0)[0][0] // ≈ 9.01 GeV for BaBar
 * @internal
 */
export function beamMomenta(sample: EventSample, e: number): number[][] {
  const s = sample;
  const a = 4 * e;
  const total = [0, 1, 2, 3].map((k) => s.recoil[a + k]! + s.darkPhoton[a + k]!);
  if (s.process === 'babar-monophoton') {
    // e∓ along ±z with total four-momentum `total` (p_T = 0): E* = √s/2 in the c.m., boosted by β = P_z/E.
    const m2 = total[0]! ** 2 - total[3]! ** 2;
    const half = Math.sqrt(m2) / 2;
    const pStar = Math.sqrt(half * half - ELECTRON_MASS_GEV ** 2);
    const gamma = total[0]! / Math.sqrt(m2);
    const bg = total[3]! / Math.sqrt(m2);
    return [
      [gamma * half + bg * pStar, 0, 0, gamma * pStar + bg * half],
      [gamma * half - bg * pStar, 0, 0, -gamma * pStar + bg * half],
    ];
  }
  const e0 = total[0]!;
  return [[e0, 0, 0, Math.sqrt((e0 - ELECTRON_MASS_GEV) * (e0 + ELECTRON_MASS_GEV))]];
}

/** The beams of event e (appended to `list`); returns the mothers of the production. */
function addBeams(list: GraphParticle[], s: EventSample, e: number): number[] {
  const beams = beamMomenta(s, e);
  beams.forEach((p, k) => add(list, k === 0 ? 11 : -11, 'beam', [], p, 0, ELECTRON_MASS_GEV));
  return beams.map((_, k) => k);
}

/**
 * The particle graph of event `e` with decay points for `epsilon` (see the module comment).
 * @param sample - the sample
 * @param model - the model it was generated with
 * @param e - event index
 * @param epsilon - eps for the decay lengths
 * @param random - stream for decay points and re-drawn invisible A' decays (2 draws per A' → two unrecorded
 *   states, then 1 per track in track order)
 * @param scratch - 32 numbers
 * @returns the graph
 * @throws ParameterError naming `options.epsilon` when a decay length λ₁/eps² is not finite (a stable track, or eps too small)
 * @example eventGraph(sample, model, 0, 1e-3, createRandomStream(1), new Float64Array(32)).particles[0].status // 'beam'
 * @internal
 */
export function eventGraph(sample: EventSample, model: DarkSectorModel, e: number, epsilon: number, random: RandomStream, scratch: Float64Array): EventGraph {
  const list: GraphParticle[] = [];
  const s = sample;
  const babar = s.process === 'babar-monophoton';
  const a = 4 * e;
  const production = addBeams(list, s, e);
  add(list, babar ? 22 : 11, 'final', production, s.recoil, a, babar ? 0 : ELECTRON_MASS_GEV);
  const aIndex = add(list, DARK_PHOTON_PDG, 'decayed', production, s.darkPhoton, a, s.darkPhotonMassGeV);
  const t0 = s.trackStart[e]!;
  const t1 = s.trackStart[e + 1]!;
  const index = new Int32Array(t1 - t0);
  const pos = new Float64Array(4 * (t1 - t0));
  // A' daughters: recorded root tracks by product name, the rest from the remainder.
  const products = s.channels[s.channel[e]!]!.products;
  const used = new Set<number>();
  const missing: number[] = [];
  for (const name of products) {
    let hit = -1;
    for (let t = t0; t < t1 && hit < 0; t++) {
      if (s.trackParent[t] === -1 && !used.has(t) && model.states[s.trackState[t]!]?.name === name) hit = t;
    }
    if (hit >= 0) used.add(hit);
    else missing.push(model.states.findIndex((st) => st.name === name));
  }
  for (let k = 0; k < 4; k++) scratch[k] = s.darkPhoton[a + k]!;
  for (const t of used) for (let k = 0; k < 4; k++) scratch[k] = scratch[k]! - s.trackMomentum[4 * t + k]!;
  if (missing.length === 2) {
    const m1 = model.states[missing[0]!]!.massGeV;
    const m2 = model.states[missing[1]!]!.massGeV;
    decayTwoBodyWithMassUncheckedInto(scratch, 4, 8, s.darkPhoton, a, s.darkPhotonMassGeV, m1, m2, 2 * random.next() - 1, 2 * Math.PI * random.next());
  } else for (let k = 0; k < 4; k++) scratch[4 + k] = scratch[k]!;
  missing.forEach((i, k) => add(list, FIRST_DARK_FERMION_PDG + i, 'final', [aIndex], scratch, 4 + 4 * k, model.states[i]!.massGeV));
  for (let t = t0; t < t1; t++) {
    if (s.trackParent[t] === -1) index[t - t0] = add(list, FIRST_DARK_FERMION_PDG + s.trackState[t]!, 'decayed', [aIndex], s.trackMomentum, 4 * t, s.trackMass[t]!);
  }
  // Track decays, in track order (parents before children).
  const p = s.trackMomentum;
  for (let t = t0; t < t1; t++) {
    const parentTrack = s.trackParent[t]!;
    const pm = Math.hypot(p[4 * t + 1]!, p[4 * t + 2]!, p[4 * t + 3]!);
    const d = -((10 * s.decayLengthCmAtUnitEpsilon[t]!) / (epsilon * epsilon)) * Math.log1p(-random.next());
    if (!(d < Infinity)) {
      // A stable track (λ₁ = +∞ is allowed in a sample) or an eps so small that λ₁/eps² overflows: no decay to place.
      throw new ParameterError('options.epsilon', epsilon, `an eps at which every decay length λ₁/eps² is finite (track ${t}: λ₁ = ${s.decayLengthCmAtUnitEpsilon[t]} cm at eps = 1)`);
    }
    for (let k = 0; k < 4; k++) {
      const start = parentTrack >= t0 ? pos[4 * (parentTrack - t0) + k]! : 0;
      pos[4 * (t - t0) + k] = start + (k < 3 ? (d * p[4 * t + 1 + k]!) / pm : (d * p[4 * t]!) / pm);
    }
    const me = index[t - t0]!;
    list[me] = { ...list[me]!, track: t - t0, decayPoint: Array.from(pos.subarray(4 * (t - t0), 4 * (t - t0) + 4)), properDecayLengthMm: (d * s.trackMass[t]!) / pm };
    for (let k = 0; k < 4; k++) scratch[k] = p[4 * t + k]!;
    for (let v = s.visibleStart[t]!; v < s.visibleStart[t + 1]!; v++) {
      const pdg = s.visiblePdg[v]!;
      add(list, pdg, 'final', [me], s.visibleMomentum, 4 * v, LEPTON_MASS[Math.abs(pdg)] ?? massOf(s.visibleMomentum, 4 * v));
      for (let k = 0; k < 4; k++) scratch[k] = scratch[k]! - s.visibleMomentum[4 * v + k]!;
    }
    for (let c = t + 1; c < t1; c++) {
      if (s.trackParent[c] !== t) continue;
      index[c - t0] = add(list, FIRST_DARK_FERMION_PDG + s.trackState[c]!, 'decayed', [me], p, 4 * c, s.trackMass[c]!);
      for (let k = 0; k < 4; k++) scratch[k] = scratch[k]! - p[4 * c + k]!;
    }
    if (scratch[0]! > 1e-9 * p[4 * t]!) {
      const i = nearestState(model, scratch, 0);
      add(list, FIRST_DARK_FERMION_PDG + i, 'final', [me], scratch, 0, model.states[i]!.massGeV);
    }
  }
  return { particles: list, tracks: t1 - t0 };
}
