/**
 * One event of an {@link EventSample} as HepMC3 ASCII lines (format of ENGINEERING §3.3, HepMC3 `WriterAscii`),
 * with the decay vertices placed for one eps. Internal to `writeHepMC3`.
 *
 * Event graph: beams (status 4) → production vertex at the origin → recoil (γ 22 or e⁻ 11, status 1) and A'
 * (5921, status 2) → A' decay vertex at the origin (prompt: cτ_A' ~ 10⁻¹³ cm) → dark fermions (5914 + state
 * index, ENGINEERING §3.4); every recorded track decays at a displaced vertex into its visible particles, its
 * child tracks and its stable (unrecorded) dark daughter, whose four-momentum is the remainder p − Σ daughters
 * and whose state is the model state nearest in mass. When an A' decays into two unrecorded states, their
 * momenta are re-drawn isotropically in the A' rest frame from the writer's stream (the record keeps no
 * stable momenta; the distribution is the generator's). Beams: BaBar e∓ along ±z, built from each event's
 * total γ + A' four-momentum (so the vertex balances exactly: E± ≈ 9.01 / 3.10 GeV); NA64 one e⁻ of energy
 * E_recoil + E_A' along +z (the nucleus recoil is not written, so that vertex balances energy only).
 * Decay points: for track t, distance d = −λ ln(1 − u) with λ = λ₁/eps² (the exponential law), along its
 * momentum from its production point (its parent's decay point, cascades included), c·t += d E/|p|; mm.
 *
 * @module
 */
import { ELECTRON_MASS_GEV, MUON_MASS_GEV, TAU_MASS_GEV } from '../core/constants.js';
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

/**
 * C's `%.16e` (HepMC3 `WriterAscii` precision): 16 digits after the point, exponent of at least two digits.
 * @param x - a finite number
 * @returns e.g. `1.0000000000000000e+00`
 * @example formatHepMC(-1.5e-7) // '-1.4999999999999999e-07'
 * @internal
 */
export function formatHepMC(x: number): string {
  let s = x.toExponential(16);
  const n = s.length;
  const sign = s.charCodeAt(n - 2);
  if (sign === 43 || sign === 45) s = `${s.slice(0, n - 1)}0${s.slice(n - 1)}`; // e+7 → e+07 (43 '+', 45 '-')
  return Object.is(x, -0) ? `-${s}` : s;
}

/** Mutable state of the event assembly. */
interface Lines {
  readonly out: string[];
  particles: number;
}

function particle(l: Lines, parent: number, pdg: number, p: ArrayLike<number>, o: number, mass: number, status: number): number {
  const id = ++l.particles;
  const f = formatHepMC;
  l.out.push(`P ${id} ${parent} ${pdg} ${f(p[o + 1]!)} ${f(p[o + 2]!)} ${f(p[o + 3]!)} ${f(p[o]!)} ${f(mass)} ${status}`);
  return id;
}

function massOf(p: ArrayLike<number>, o: number): number {
  const e = p[o]!;
  const q = Math.hypot(p[o + 1]!, p[o + 2]!, p[o + 3]!);
  return Math.sqrt(Math.max(0, (e - q) * (e + q)));
}

/** Index of the model state nearest in mass to the four-vector at scratch[o]. */
function nearestState(model: DarkSectorModel, p: ArrayLike<number>, o: number): number {
  const m = massOf(p, o);
  let best = 0;
  model.states.forEach((s, k) => {
    if (Math.abs(s.massGeV - m) < Math.abs(model.states[best]!.massGeV - m)) best = k;
  });
  return best;
}

const LEPTON_MASS: Readonly<Record<number, number>> = { 11: ELECTRON_MASS_GEV, 13: MUON_MASS_GEV, 15: TAU_MASS_GEV };

/**
 * The lines of event `e` (after the `E` and `U` lines, which are returned first), GeV and mm.
 * @param sample - the sample
 * @param model - the model it was generated with
 * @param e - event index
 * @param epsilon - eps for the decay lengths
 * @param random - stream for decay points and re-drawn invisible A' decays
 * @param scratch - 32 numbers
 * @returns the lines of the event
 * @example hepmc3EventLines(sample, model, 0, 1e-3, createRandomStream(1), new Float64Array(32))[1] // 'U GEV MM'
 * @internal
 */
export function hepmc3EventLines(
  sample: EventSample,
  model: DarkSectorModel,
  e: number,
  epsilon: number,
  random: RandomStream,
  scratch: Float64Array,
): string[] {
  const l: Lines = { out: [], particles: 0 };
  const s = sample;
  const babar = s.process === 'babar-monophoton';
  const a = 4 * e;
  const total = [0, 1, 2, 3].map((k) => s.recoil[a + k]! + s.darkPhoton[a + k]!);
  if (babar) {
    // e∓ along ±z with total four-momentum `total` (p_T = 0): E* = √s/2 in the c.m., boosted by β = P_z/E.
    const m2 = total[0]! ** 2 - total[3]! ** 2;
    const half = Math.sqrt(m2) / 2;
    const pStar = Math.sqrt(half * half - ELECTRON_MASS_GEV ** 2);
    const gamma = total[0]! / Math.sqrt(m2);
    const bg = total[3]! / Math.sqrt(m2);
    particle(l, 0, 11, [gamma * half + bg * pStar, 0, 0, gamma * pStar + bg * half], 0, ELECTRON_MASS_GEV, 4);
    particle(l, 0, -11, [gamma * half - bg * pStar, 0, 0, -gamma * pStar + bg * half], 0, ELECTRON_MASS_GEV, 4);
    l.out.push('V -1 0 [1,2]');
  } else {
    const e0 = total[0]!;
    particle(l, 0, 11, [e0, 0, 0, Math.sqrt((e0 - ELECTRON_MASS_GEV) * (e0 + ELECTRON_MASS_GEV))], 0, ELECTRON_MASS_GEV, 4);
  }
  const prodParent = babar ? -1 : 1;
  particle(l, prodParent, babar ? 22 : 11, s.recoil, a, babar ? 0 : ELECTRON_MASS_GEV, 1);
  const aId = particle(l, prodParent, DARK_PHOTON_PDG, s.darkPhoton, a, s.darkPhotonMassGeV, 2);
  const t0 = s.trackStart[e]!;
  const t1 = s.trackStart[e + 1]!;
  const ids = new Int32Array(t1 - t0);
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
  missing.forEach((i, k) => particle(l, aId, FIRST_DARK_FERMION_PDG + i, scratch, 4 + 4 * k, model.states[i]!.massGeV, 1));
  for (let t = t0; t < t1; t++) {
    if (s.trackParent[t] === -1) ids[t - t0] = particle(l, aId, FIRST_DARK_FERMION_PDG + s.trackState[t]!, s.trackMomentum, 4 * t, s.trackMass[t]!, 2);
  }
  // Track decays, in track order (parents before children).
  let vertex = -2;
  for (let t = t0; t < t1; t++) {
    vertex--;
    const parentTrack = s.trackParent[t]!;
    const p = s.trackMomentum;
    const pm = Math.hypot(p[4 * t + 1]!, p[4 * t + 2]!, p[4 * t + 3]!);
    const d = -((10 * s.decayLengthCmAtUnitEpsilon[t]!) / (epsilon * epsilon)) * Math.log1p(-random.next());
    for (let k = 0; k < 4; k++) {
      const start = parentTrack >= t0 ? pos[4 * (parentTrack - t0) + k]! : 0;
      pos[4 * (t - t0) + k] = start + (k < 3 ? (d * p[4 * t + 1 + k]!) / pm : (d * p[4 * t]!) / pm);
    }
    const at = pos.subarray(4 * (t - t0), 4 * (t - t0) + 4);
    const explicit = at.some((x) => x !== 0);
    if (explicit) l.out.push(`V ${vertex} 0 [${ids[t - t0]}] @ ${Array.from(at, formatHepMC).join(' ')}`);
    const parent = explicit ? vertex : ids[t - t0]!;
    for (let k = 0; k < 4; k++) scratch[k] = p[4 * t + k]!;
    for (let v = s.visibleStart[t]!; v < s.visibleStart[t + 1]!; v++) {
      const pdg = s.visiblePdg[v]!;
      particle(l, parent, pdg, s.visibleMomentum, 4 * v, LEPTON_MASS[Math.abs(pdg)] ?? massOf(s.visibleMomentum, 4 * v), 1);
      for (let k = 0; k < 4; k++) scratch[k] = scratch[k]! - s.visibleMomentum[4 * v + k]!;
    }
    for (let c = t + 1; c < t1; c++) {
      if (s.trackParent[c] !== t) continue;
      ids[c - t0] = particle(l, parent, FIRST_DARK_FERMION_PDG + s.trackState[c]!, p, 4 * c, s.trackMass[c]!, 2);
      for (let k = 0; k < 4; k++) scratch[k] = scratch[k]! - p[4 * c + k]!;
    }
    if (scratch[0]! > 1e-9 * p[4 * t]!) {
      const i = nearestState(model, scratch, 0);
      particle(l, parent, FIRST_DARK_FERMION_PDG + i, scratch, 0, model.states[i]!.massGeV, 1);
    }
  }
  return [`E ${e} ${2 + t1 - t0} ${l.particles}`, 'U GEV MM', ...l.out];
}
