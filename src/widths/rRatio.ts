/**
 * The hadronic R ratio, R(√s) = σ(e⁺e⁻ → hadrons)/σ_pt(e⁺e⁻ → μ⁺μ⁻) with σ_pt = 4πα²/(3s): the type of
 * an R function, and the library's own physics model of it.
 *
 * @module
 */
import { CHARGED_PION_MASS_GEV } from '../core/constants.js';
import { requireFinite } from '../core/validate.js';
import { rRatioBreitWignerUnchecked, rRatioPhi } from './rRatioBreitWigner.js';
import { rRatioPionPair } from './rRatioPionPair.js';
import { rRatioPerturbativeUnchecked } from './rRatioQcd.js';
import {
  BOTTOMONIUM_VECTORS,
  CHARMONIUM_VECTORS,
  EXCITED_LIGHT_VECTORS,
  OMEGA_782,
  type VectorMeson,
} from './rRatioResonanceData.js';

/**
 * An R ratio as a function of the centre-of-mass energy √s in GeV: R(√s) ≥ 0, dimensionless, finite.
 * Used by `widthDarkPhotonToHadrons` as Γ(A' → hadrons) = (eps² α m_A'/3) R(m_A').
 *
 * @example
 * const partonLevel: RRatio = () => 2; // u, d, s quarks, no QCD corrections
 */
export type RRatio = (sqrtSGeV: number) => number;

/**
 * Hadronic threshold 2 m_π± in GeV: R = 0 below it (A' → π⁰γ, which opens at m_π⁰, is neglected; THEORY §3.2).
 *
 * @example
 * HADRONIC_THRESHOLD_GEV // 0.27914078
 */
export const HADRONIC_THRESHOLD_GEV = 2 * CHARGED_PION_MASS_GEV;

/** Smooth step 0 → 1 between x0 and x1 (cubic Hermite, C¹). */
function smoothStep(x: number, x0: number, x1: number): number {
  if (x <= x0) return 0;
  if (x >= x1) return 1;
  const t = (x - x0) / (x1 - x0);
  return t * t * (3 - 2 * t);
}

/**
 * Non-resonant multi-hadron continuum switch T(√s): the perturbative u, d, s continuum is switched on between
 * 1.0 and 2.1 GeV (quark–hadron duality reached at about 2 GeV, where the measured R already equals the
 * perturbative value). Model choice of this library.
 */
const CONTINUUM_ON = { fromGeV: 1.0, toGeV: 2.1 } as const;
/**
 * Light-resonance switch-off S(√s): ρ, ω, φ and their excitations are faded out between 1.9 and 2.3 GeV,
 * where the perturbative continuum (which already contains their average, by duality) takes over.
 */
const LIGHT_OFF = { fromGeV: 1.9, toGeV: 2.3 } as const;

/**
 * Σ_V R_V(s) over a list of vector mesons, each multiplied below its mass by a smooth step from 0 at its
 * decay threshold to 1 at M (model choice: keeps broad states from leaking below the channels they decay to,
 * e.g. ρ(1450) → 4π below 4m_π, ψ(4040) → D D̄ below 2m_D).
 */
function sumBreitWigners(sqrtS: number, s: number, list: readonly VectorMeson[]): number {
  let r = 0;
  for (const v of list) {
    if (sqrtS <= v.thresholdGeV) continue;
    const weight = sqrtS < v.massGeV ? smoothStep(sqrtS, v.thresholdGeV, v.massGeV) : 1;
    r += weight * rRatioBreitWignerUnchecked(s, v.massGeV, v.widthGeV, v.eeWidthTimesHadronicGeV);
  }
  return r;
}

/** ρ, ω, φ and the excited light vectors, unvalidated. */
function lightResonances(sqrtS: number, s: number): number {
  const omegaOther = rRatioBreitWignerUnchecked(
    s,
    OMEGA_782.massGeV,
    OMEGA_782.widthGeV,
    OMEGA_782.branchingEE * OMEGA_782.widthGeV * OMEGA_782.branchingOtherHadrons,
  );
  return rRatioPionPair(s) + omegaOther + rRatioPhi(s) + sumBreitWigners(sqrtS, s, EXCITED_LIGHT_VECTORS);
}

/**
 * The library's own model of the hadronic R ratio (not a table), for √s in GeV:
 *
 *     R(√s) = [1 − S(√s)] · R_light(s) + T(√s) · R_pQCD(√s) + Σ_onia R_V(s),    R = 0 for √s ≤ 2m_π±
 *
 * - R_light: π⁺π⁻ from the Gounaris–Sakurai ρ(770) with ρ–ω mixing (`rRatioPionPair`), ω(782) → 3π, π⁰γ and
 *   φ(1020) (energy-dependent K K̄ widths) as relativistic Breit–Wigners, plus ρ(1450), ω(1420), ω(1650),
 *   φ(1680), ρ(1700) as Breit–Wigners (VMD normalisation, `rRatioBreitWigner`), each switched on smoothly
 *   from its decay threshold (4m_π, 3m_π, 2m_K + m_π) up to its mass. PDG 2024 parameters
 *   (`rRatioResonanceData.ts`; the excited states' e⁺e⁻ couplings are effective model values).
 * - R_pQCD: perturbative QCD to O(α_s³) with three-loop running α_s(m_Z) = 0.1180 and open-charm (2m_D⁰) and
 *   open-bottom (2m_B) thresholds (`rRatioPerturbative`).
 * - T: the non-resonant continuum, switched on smoothly between 1.0 and 2.1 GeV; S: the light resonances are
 *   faded out between 1.9 and 2.3 GeV (quark–hadron duality).
 * - Onia: J/ψ, ψ(2S), ψ(3770), ψ(4040), ψ(4160), ψ(4415), Υ(1S)–Υ(4S) as Breit–Wigners with PDG 2024 Γ_ee
 *   (the states above open flavour switched on from 2m_D⁰ / 2m_B). The broad ψ states are added incoherently
 *   on top of the open-charm continuum (no interference).
 *
 * Agreement with the PDG 2020 compilation of R measurements (measured in test/widths/rRatio.test.ts; ratio
 * model/data of ∫R d√s, the narrow J/ψ, ψ(2S), Υ(1S), Υ(2S) windows skipped because the compilation does not
 * resolve them): 0.3–2 GeV 1.015, 2–5 GeV 0.991, 5–10 GeV 0.993; sub-ranges 0.3–0.6 1.014, 0.6–0.9 (ρ, ω)
 * 1.016, 0.9–1.1 (φ) 0.992, 1.1–1.5 0.949, 1.5–2 1.055, 2–3.7 0.969, 3.7–5 (open charm) 1.008. Median
 * pointwise ratio: 1.1–1.9 GeV 0.971 (worst local stretch 1.7–1.9 GeV, +11%, the dip near the N N̄
 * threshold is not modelled), 2.2–3.0 GeV 0.979, 5–9 GeV 0.984. The excited-state couplings were tuned
 * against this same compilation, so the 1.1–2 GeV figures are a consistency check, not a prediction. The model
 * is meant for dark-photon widths (accuracy of 5–10%), not for precision hadronic vacuum polarisation. Valid
 * from threshold to about 40 GeV (no Z exchange, no top quark).
 *
 * @param sqrtSGeV - √s in GeV (finite; R = 0 at and below 2m_π±, including √s ≤ 0)
 * @returns R(√s) ≥ 0
 * @throws ParameterError naming `sqrtSGeV` if it is not a finite number
 * @example
 * rRatioModel(0.775) // ≈ 12 (ρ peak + ω tail)
 * rRatioModel(3.0)   // ≈ 2.17 (u, d, s continuum)
 */
export const rRatioModel: RRatio = (sqrtSGeV: number): number => {
  requireFinite('sqrtSGeV', sqrtSGeV);
  return rRatioModelUnchecked(sqrtSGeV);
};

/**
 * {@link rRatioModel} without input validation: the fast path for width sums and integrands (the caller
 * guarantees a finite number). Same model, units and sources.
 *
 * @internal
 * @param sqrtSGeV - √s in GeV, finite
 * @returns R(√s) ≥ 0
 * @example
 * rRatioModelUnchecked(1.019461) // ≈ 51 (φ peak)
 */
export function rRatioModelUnchecked(sqrtSGeV: number): number {
  if (!(sqrtSGeV > HADRONIC_THRESHOLD_GEV)) return 0;
  const s = sqrtSGeV * sqrtSGeV;
  let r = 0;
  const lightWeight = 1 - smoothStep(sqrtSGeV, LIGHT_OFF.fromGeV, LIGHT_OFF.toGeV);
  if (lightWeight > 0) r += lightWeight * lightResonances(sqrtSGeV, s);
  const continuumWeight = smoothStep(sqrtSGeV, CONTINUUM_ON.fromGeV, CONTINUUM_ON.toGeV);
  if (continuumWeight > 0) r += continuumWeight * rRatioPerturbativeUnchecked(sqrtSGeV);
  r += sumBreitWigners(sqrtSGeV, s, CHARMONIUM_VECTORS) + sumBreitWigners(sqrtSGeV, s, BOTTOMONIUM_VECTORS);
  return r;
}
