/**
 * The BaBar lepton-detectability rule of 2302.05410 (EXPERIMENTS.md §5.1 [T]) for the visible products of one
 * dark-fermion decay, all in the lab frame:
 *
 * - ℓ+ℓ− pair with opening angle θ_sep > 10° ("separated"): each lepton is seen when E_ℓ > 100 MeV and
 *   17° < θ_ℓ < 142°; the pair is detectable when both are seen (`'both'`, the literal reading) or when one
 *   is (`'either'`);
 * - θ_sep ≤ 10° ("merged", one shower/track-like object): detectable when E_ℓ+ + E_ℓ− > 100 MeV and the pair
 *   direction p_ℓ+ + p_ℓ− is inside 17° < θ < 142°;
 * - a hadronic system (pdg 0) — and, defensively, any other non-lepton code — is detectable when its energy
 *   exceeds the hadron threshold and its direction is inside the acceptance;
 * - leptons beyond the first ℓ+ℓ− pairing (not produced by ψ_j → ψ_i ℓ+ℓ−) are judged one by one.
 *
 * Angles are those of the lab momenta (as seen from the interaction point); the displacement of the vertex
 * is neglected for the acceptance (≤ 3 m from the IP for decays inside the envelope).
 * Every cut is a strict ">" on an energy, so the result can only switch from detectable to undetectable as a
 * threshold rises: F is non-decreasing in each threshold.
 *
 * @module
 */
import { degree } from '../core/units.js';
import type { BabarMonophotonSelection } from './babarSelection.js';

/**
 * The cuts of a selection, precomputed once per terms build in the form the kernel compares: the polar window
 * as cotangents (θ > θ_min ⟺ p_z < p_T cot θ_min, θ < θ_max ⟺ p_z > p_T cot θ_max, as cot is decreasing on
 * (0, π)) and the separation as tan² (for θ_sep < 90°: θ > θ_sep ⟺ a·b < 0 or |a × b|² > tan²θ_sep (a·b)²), so
 * that no `atan2` is needed per lepton.
 */
export interface DetectabilityCuts {
  readonly leptonThreshold: number;
  readonly hadronThreshold: number;
  readonly separationRad: number;
  /** tan²θ_sep when θ_sep < 90° (else NaN: the kernel falls back to atan2). */
  readonly separationTan2: number;
  readonly requireBoth: boolean;
  readonly thetaMinRad: number;
  readonly thetaMaxRad: number;
  /** cot θ_min (+∞ for θ_min = 0). */
  readonly cotThetaMin: number;
  /** cot θ_max (−∞ for θ_max = 180°). */
  readonly cotThetaMax: number;
}

/** cot θ for θ in [0, π], with the limits ±∞ at the ends. */
function cot(theta: number): number {
  if (theta <= 0) return Infinity;
  if (theta >= Math.PI) return -Infinity;
  return Math.cos(theta) / Math.sin(theta);
}

/** Cuts of a (validated) selection in the units of the kernel. */
export function detectabilityCuts(selection: BabarMonophotonSelection): DetectabilityCuts {
  const separationRad = selection.separationAngleDeg * degree;
  const thetaMinRad = selection.leptonAcceptance.thetaMinDeg * degree;
  const thetaMaxRad = selection.leptonAcceptance.thetaMaxDeg * degree;
  return {
    leptonThreshold: selection.leptonEnergyThresholdGeV,
    hadronThreshold: selection.hadronEnergyThresholdGeV,
    separationRad,
    separationTan2: separationRad < Math.PI / 2 ? Math.tan(separationRad) ** 2 : Number.NaN,
    requireBoth: selection.separatedPairRule === 'both',
    thetaMinRad,
    thetaMaxRad,
    cotThetaMin: cot(thetaMinRad),
    cotThetaMax: cot(thetaMaxRad),
  };
}

/**
 * Strictly inside the polar acceptance θ_min < θ < θ_max, θ = atan2(p_T, p_z) (compared through cotangents,
 * see {@link DetectabilityCuts}); along the beam axis θ is 0 or π (0 for a zero momentum). The momentum is
 * vm[a+1..a+3] + vm[b+1..b+3] (b = −1: vm[a+1..a+3] alone), read here rather than passed, so that no double
 * crosses a call boundary (a non-inlined call boxes every double argument: a heap allocation per particle).
 */
function inAcceptance(vm: Float64Array, a: number, b: number, cuts: DetectabilityCuts): boolean {
  let px = vm[a + 1]!;
  let py = vm[a + 2]!;
  let pz = vm[a + 3]!;
  if (b >= 0) {
    px += vm[b + 1]!;
    py += vm[b + 2]!;
    pz += vm[b + 3]!;
  }
  const pt = Math.sqrt(px * px + py * py);
  if (pt === 0) {
    const theta = pz < 0 ? Math.PI : 0;
    return theta > cuts.thetaMinRad && theta < cuts.thetaMaxRad;
  }
  return pz < pt * cuts.cotThetaMin && pz > pt * cuts.cotThetaMax;
}

/** Visible particle i passes the energy threshold of its kind (lepton or hadron) and the acceptance. */
function seen(vm: Float64Array, i: number, lepton: boolean, cuts: DetectabilityCuts): boolean {
  const o = 4 * i;
  return vm[o]! > (lepton ? cuts.leptonThreshold : cuts.hadronThreshold) && inAcceptance(vm, o, -1, cuts);
}

function pairDetectable(vm: Float64Array, i: number, j: number, cuts: DetectabilityCuts): boolean {
  const a = 4 * i;
  const b = 4 * j;
  const ax = vm[a + 1]!, ay = vm[a + 2]!, az = vm[a + 3]!;
  const bx = vm[b + 1]!, by = vm[b + 2]!, bz = vm[b + 3]!;
  const cx = ay * bz - az * by;
  const cy = az * bx - ax * bz;
  const cz = ax * by - ay * bx;
  const cross2 = cx * cx + cy * cy + cz * cz;
  const dot = ax * bx + ay * by + az * bz;
  const separated = Number.isNaN(cuts.separationTan2)
    ? Math.atan2(Math.sqrt(cross2), dot) > cuts.separationRad
    : dot < 0 || cross2 > cuts.separationTan2 * dot * dot;
  if (separated) {
    const si = seen(vm, i, true, cuts);
    const sj = seen(vm, j, true, cuts);
    return cuts.requireBoth ? si && sj : si || sj;
  }
  return vm[a]! + vm[b]! > cuts.leptonThreshold && inAcceptance(vm, a, b, cuts);
}

const isLepton = (pdg: number): boolean => pdg === 11 || pdg === -11 || pdg === 13 || pdg === -13 || pdg === 15 || pdg === -15;

/**
 * True when the visible particles v0 … v1−1 (of one track) would be detected by BaBar. Momenta must be
 * finite (checked by the caller). Pairs the first negative lepton (pdg > 0) with the first positive one.
 */
export function decayDetectable(vm: Float64Array, pdg: Int32Array, v0: number, v1: number, cuts: DetectabilityCuts): boolean {
  let minus = -1;
  let plus = -1;
  for (let v = v0; v < v1; v++) {
    const code = pdg[v]!;
    if (!isLepton(code)) {
      if (seen(vm, v, false, cuts)) return true;
    } else if (code > 0 && minus < 0) {
      minus = v;
    } else if (code < 0 && plus < 0) {
      plus = v;
    } else if (seen(vm, v, true, cuts)) {
      return true;
    }
  }
  if (minus >= 0 && plus >= 0) return pairDetectable(vm, minus, plus, cuts);
  const single = minus >= 0 ? minus : plus;
  return single >= 0 && seen(vm, single, true, cuts);
}

