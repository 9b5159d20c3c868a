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

/** The cuts of a selection in radians (precomputed once per terms build). */
export interface DetectabilityCuts {
  readonly leptonThreshold: number;
  readonly hadronThreshold: number;
  readonly separationRad: number;
  readonly requireBoth: boolean;
  readonly thetaMinRad: number;
  readonly thetaMaxRad: number;
}

/** Cuts of a (validated) selection in the units of the kernel. */
export function detectabilityCuts(selection: BabarMonophotonSelection): DetectabilityCuts {
  return {
    leptonThreshold: selection.leptonEnergyThresholdGeV,
    hadronThreshold: selection.hadronEnergyThresholdGeV,
    separationRad: selection.separationAngleDeg * degree,
    requireBoth: selection.separatedPairRule === 'both',
    thetaMinRad: selection.leptonAcceptance.thetaMinDeg * degree,
    thetaMaxRad: selection.leptonAcceptance.thetaMaxDeg * degree,
  };
}

/** Strictly inside the polar acceptance (θ = atan2(p_T, p_z); a zero momentum has θ = 0). */
function inAcceptance(px: number, py: number, pz: number, cuts: DetectabilityCuts): boolean {
  const theta = Math.atan2(Math.sqrt(px * px + py * py), pz);
  return theta > cuts.thetaMinRad && theta < cuts.thetaMaxRad;
}

function seen(vm: Float64Array, i: number, threshold: number, cuts: DetectabilityCuts): boolean {
  const o = 4 * i;
  return vm[o]! > threshold && inAcceptance(vm[o + 1]!, vm[o + 2]!, vm[o + 3]!, cuts);
}

function pairDetectable(vm: Float64Array, i: number, j: number, cuts: DetectabilityCuts): boolean {
  const a = 4 * i;
  const b = 4 * j;
  const ax = vm[a + 1]!, ay = vm[a + 2]!, az = vm[a + 3]!;
  const bx = vm[b + 1]!, by = vm[b + 2]!, bz = vm[b + 3]!;
  const cx = ay * bz - az * by;
  const cy = az * bx - ax * bz;
  const cz = ax * by - ay * bx;
  const separation = Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), ax * bx + ay * by + az * bz);
  if (separation > cuts.separationRad) {
    const si = seen(vm, i, cuts.leptonThreshold, cuts);
    const sj = seen(vm, j, cuts.leptonThreshold, cuts);
    return cuts.requireBoth ? si && sj : si || sj;
  }
  return vm[a]! + vm[b]! > cuts.leptonThreshold && inAcceptance(ax + bx, ay + by, az + bz, cuts);
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
      if (seen(vm, v, cuts.hadronThreshold, cuts)) return true;
    } else if (code > 0 && minus < 0) {
      minus = v;
    } else if (code < 0 && plus < 0) {
      plus = v;
    } else if (seen(vm, v, cuts.leptonThreshold, cuts)) {
      return true;
    }
  }
  if (minus >= 0 && plus >= 0) return pairDetectable(vm, minus, plus, cuts);
  const single = minus >= 0 ? minus : plus;
  return single >= 0 && seen(vm, single, cuts.leptonThreshold, cuts);
}

