/**
 * The perturbative-QCD R ratio R(√s) = N_c Σ_q Q_q² (1 + α_s/π + …) with open-flavour thresholds.
 *
 * @module
 */
import { requireInRange } from '../core/validate.js';
import { ALPHA_S_MIN_SCALE_GEV, alphaStrongOverPiUnchecked } from './rRatioAlphaStrong.js';
import { THRESHOLD_MASSES_GEV } from './rRatioResonanceData.js';

/**
 * Born-level velocity factor of a heavy-quark pair produced by a virtual photon, v(3 − v²)/2 with
 * v = √(1 − 4M²/s): the Born e⁺e⁻ → f f̄ cross section for a massive fermion divided by the massless one
 * (Peskin & Schroeder, "An Introduction to QFT", §5.1, e⁺e⁻ → μ⁺μ⁻ with m_μ kept). M is the lightest open-flavour meson mass, so that the continuum
 * opens at the physical D D̄ (B B̄) threshold; the strength below is carried by the narrow onia.
 */
function openFlavourFactor(sqrtS: number, mesonMass: number): number {
  const x = (4 * mesonMass * mesonMass) / (sqrtS * sqrtS);
  if (x >= 1) return 0;
  const v = Math.sqrt(1 - x);
  return (v * (3 - v * v)) / 2;
}

/**
 * Perturbative R(√s) for √s ≥ 1 GeV (unvalidated; below 1 GeV α_s is frozen at α_s(1 GeV)):
 *
 *     R = N_c Σ_q Q_q² f_q(√s) [1 + a + (1.9857 − 0.1153 n_f) a² + (−6.63694 − 1.20013 n_f − 0.00518 n_f² − 1.240 η) a³],
 *     a = α_s(√s)/π,  η = (Σ_q Q_q)² / (3 Σ_q Q_q²)
 *
 * Massless coefficients: Gorishny, Kataev, Larin, Phys. Lett. B 259, 144 (1991); Surguladze, Samuel, Phys. Rev.
 * Lett. 66, 560 (1991); as quoted in the PDG 2024 review "Quantum Chromodynamics" (e⁺e⁻ → hadrons). Quark
 * masses enter only through the Born factor f_q (1 for u, d, s; v(3−v²)/2 for c, b above 2m_D⁰, 2m_B±);
 * O(α_s m_q²/s) corrections are neglected. n_f and η count the heavy flavours with the weight f_q (so n_f
 * rises continuously from 3 to 4 above 2m_D⁰ and R has no step there). No Z exchange, no top.
 *
 * @internal
 * @example
 * rRatioPerturbativeUnchecked(10) // ≈ 3.52 (u, d, s, c)
 */
export function rRatioPerturbativeUnchecked(sqrtSGeV: number): number {
  const fc = openFlavourFactor(sqrtSGeV, THRESHOLD_MASSES_GEV.neutralD);
  const fb = openFlavourFactor(sqrtSGeV, THRESHOLD_MASSES_GEV.chargedB);
  // open flavours weighted by their Born factor, so that R stays continuous at the thresholds
  const nf = 3 + fc + fb;
  const sumQ2 = 2 / 3 + (4 / 9) * fc + (1 / 9) * fb; // u, d, s: 4/9 + 1/9 + 1/9
  const sumQ = (2 / 3) * fc - (1 / 3) * fb; // u + d + s = 0
  const eta = (sumQ * sumQ) / (3 * sumQ2);
  const a = alphaStrongOverPiUnchecked(sqrtSGeV);
  const c2 = 1.9857 - 0.1153 * nf;
  const c3 = -6.63694 - 1.20013 * nf - 0.00518 * nf * nf - 1.24 * eta;
  return 3 * sumQ2 * (1 + a * (1 + a * (c2 + a * c3)));
}

/**
 * Perturbative-QCD R ratio R(√s) = σ(e⁺e⁻ → hadrons)/σ_pt(e⁺e⁻ → μ⁺μ⁻), to O(α_s³) (Gorishny–Kataev–Larin
 * 1991; PDG 2024 review "Quantum Chromodynamics"), with three-loop running α_s and open-charm/open-bottom thresholds at 2m_D⁰ and 2m_B± (Born-level
 * mass factor v(3−v²)/2). Narrow resonances (J/ψ, Υ, …) are NOT included: this is the smooth continuum used by
 * `rRatioModel` above 2 GeV. Meaningful for √s from about 2 GeV to about 40 GeV (no Z exchange). Dimensionless.
 *
 * @param sqrtSGeV - centre-of-mass energy √s in GeV, in [1, 1000]
 * @returns R_pQCD(√s)
 * @throws ParameterError naming `sqrtSGeV` outside [1, 1000]
 * @example
 * rRatioPerturbative(3) // ≈ 2.17 (u, d, s only)
 */
export function rRatioPerturbative(sqrtSGeV: number): number {
  requireInRange('sqrtSGeV', sqrtSGeV, ALPHA_S_MIN_SCALE_GEV, 1000);
  return rRatioPerturbativeUnchecked(sqrtSGeV);
}
