/**
 * Vector-meson parameters used by the library's hadronic R-ratio model (`rRatioModel` (rRatio.ts)).
 *
 * Masses, total widths, e⁺e⁻ widths and branching fractions are PDG 2024 (S. Navas et al., Particle Data
 * Group, "Review of Particle Physics", Phys. Rev. D 110, 030001 (2024), meson listings); each line names the
 * listing. Units: GeV. Central values only; the quoted PDG uncertainties are given in the comments.
 *
 * The excited light vectors (ρ(1450), ρ(1700), ω(1420), ω(1650), φ(1680)) have PDG masses and widths, but the
 * PDG gives **no** e⁺e⁻ partial width for them (only products Γ_ee·B for single channels, which do not add up
 * to an inclusive value). Their `eeWidthTimesHadronicGeV` are therefore effective model parameters of this
 * library (round numbers in the keV range), chosen so that the model follows the inclusive e⁺e⁻ → hadrons
 * data between 1.1 and 2 GeV at the 10% level; see `rRatioModel` (rRatio.ts) for how that agreement was measured.
 *
 * @module
 */
import { CHARGED_PION_MASS_GEV } from '../core/constants.js';

/** One vector meson V (J^PC = 1⁻⁻) entering R through its e⁺e⁻ coupling. */
export interface VectorMeson {
  /** Name as in the PDG listings, e.g. `"phi(1020)"`. */
  readonly name: string;
  /** Mass M in GeV. */
  readonly massGeV: number;
  /** Total width Γ in GeV. */
  readonly widthGeV: number;
  /** Γ(V → e⁺e⁻) × B(V → hadrons) in GeV: the product that fixes the resonance's area in R. */
  readonly eeWidthTimesHadronicGeV: number;
  /**
   * Opening of the meson's main decay channels, GeV (0: none). Below the mass the resonance's contribution
   * is multiplied by a smooth step from 0 at this threshold to 1 at M (see `rRatioModel`), so that broad
   * states do not leak below the channels they decay to.
   */
  readonly thresholdGeV: number;
}

/** Charged pion mass, GeV (PDG 2024). */
const MPI = CHARGED_PION_MASS_GEV;
/** Charged kaon mass, GeV (PDG 2024: 493.677 ± 0.015 MeV). */
const MK = 0.493677;
/** Neutral kaon mass, GeV (PDG 2024: 497.611 ± 0.013 MeV). */
const MK0 = 0.497611;
/** Neutral D mass, GeV (PDG 2024: 1864.84 ± 0.05 MeV). */
const MD = 1.86484;
/** Charged B mass, GeV (PDG 2024: 5279.41 ± 0.07 MeV). */
const MB = 5.27941;

/** keV → GeV. */
const keV = 1e-6;
/** MeV → GeV. */
const MeV = 1e-3;

/**
 * ρ(770)⁰: M = 775.26 ± 0.23 MeV, Γ = 147.4 ± 0.8 MeV (the neutral width of PDG 2024; 149.1 ± 0.8 MeV is
 * the ρ± value, used for both charges until PDG 2022), Γ_ee = 7.04 ± 0.06 keV, B(π⁺π⁻) ≈ 100%. PDG 2024,
 * ρ(770) listing (M, Γ checked against the PDG 2024 mass_width_2024.mcd table; Γ_ee not re-checked).
 *
 * @example
 * RHO_770.massGeV // 0.77526
 */
export const RHO_770 = {
  /** Particle name. */
  name: 'rho(770)',
  /** Mass, GeV (PDG 2024). */
  massGeV: 775.26 * MeV,
  /** Total width, GeV (PDG 2024). */
  widthGeV: 147.4 * MeV,
  /** e⁺e⁻ partial width, GeV (PDG 2024). */
  eeWidthGeV: 7.04 * keV,
} as const;

/**
 * ω(782): M = 782.66 ± 0.13 MeV, Γ = 8.68 ± 0.13 MeV, B(e⁺e⁻) = (7.38 ± 0.13)×10⁻⁵, B(π⁺π⁻π⁰) = 89.2%,
 * B(π⁰γ) = 8.33%, B(π⁺π⁻) = 1.53%. PDG 2024, ω(782) listing.
 *
 * @example
 * OMEGA_782.widthGeV // 0.00868
 */
export const OMEGA_782 = {
  /** Particle name. */
  name: 'omega(782)',
  /** Mass, GeV (PDG 2024). */
  massGeV: 782.66 * MeV,
  /** Total width, GeV (PDG 2024). */
  widthGeV: 8.68 * MeV,
  /** Branching fraction to e⁺e⁻ (PDG 2024). */
  branchingEE: 7.38e-5,
  /** Branching fraction to π⁺π⁻ (PDG 2024). */
  branchingPiPi: 0.0153,
  /** All hadronic final states except π⁺π⁻ (which enters through ρ–ω mixing): 3π + π⁰γ (+ ηγ, 0.05%). */
  branchingOtherHadrons: 0.892 + 0.0833 + 0.00045,
} as const;

/**
 * φ(1020): M = 1019.461 ± 0.016 MeV, Γ = 4.249 ± 0.013 MeV, B(e⁺e⁻) = (2.979 ± 0.033)×10⁻⁴,
 * B(K⁺K⁻) = 49.1%, B(K_L K_S) = 33.9%, B(ρπ + π⁺π⁻π⁰) = 15.4%, B(ηγ) = 1.30%. PDG 2024, φ(1020) listing.
 *
 * @example
 * PHI_1020.branchingEE // 2.979e-4
 */
export const PHI_1020 = {
  /** Particle name. */
  name: 'phi(1020)',
  /** Mass, GeV (PDG 2024). */
  massGeV: 1019.461 * MeV,
  /** Total width, GeV (PDG 2024). */
  widthGeV: 4.249 * MeV,
  /** Branching fraction to e⁺e⁻ (PDG 2024). */
  branchingEE: 2.979e-4,
  /** Branching fraction to K⁺K⁻ (PDG 2024). */
  branchingChargedKaons: 0.491,
  /** Branching fraction to K_L K_S (PDG 2024). */
  branchingNeutralKaons: 0.339,
  /** 3π and ηγ (S-wave-like, no strong threshold dependence at the φ). */
  branchingOtherHadrons: 0.154 + 0.013,
} as const;

/**
 * ρ(1450) in the π⁺π⁻ channel (Gounaris–Sakurai term of F_π): M = 1465 ± 25 MeV, Γ = 400 ± 60 MeV. PDG 2024.
 *
 * @example
 * RHO_1450.widthGeV // 0.4
 */
export const RHO_1450 = {
  /** Particle name. */
  name: 'rho(1450)',
  /** Mass, GeV (PDG 2024). */
  massGeV: 1465 * MeV,
  /** Total width, GeV (PDG 2024). */
  widthGeV: 400 * MeV,
} as const;

/**
 * Excited light vectors, PDG 2024 masses and widths:
 * - ρ(1450): M = 1465 ± 25 MeV, Γ = 400 ± 60 MeV;
 * - ω(1420): M = 1410 ± 60 MeV, Γ = 290 ± 190 MeV;
 * - ω(1650): M = 1670 ± 30 MeV, Γ = 315 ± 35 MeV;
 * - φ(1680): M = 1680 ± 20 MeV, Γ = 150 ± 50 MeV;
 * - ρ(1700): M = 1720 ± 20 MeV, Γ = 250 ± 100 MeV.
 * Γ_ee·B(hadrons) (multi-hadron channels: 4π, ωπ, 3π, K K̄π, …; the π⁺π⁻ channel of the ρ′ is in the pion form
 * factor instead): library model parameters (1.5, 0.2, 0.4, 0.3, 0.5 keV; see the module comment), not PDG
 * values. `thresholdGeV`: 4m_π (ρ′, ρ″), 3m_π (ω′, ω″), 2m_K + m_π (φ′).
 *
 * @example
 * EXCITED_LIGHT_VECTORS.map((v) => v.name) // ['rho(1450)', 'omega(1420)', ...]
 */
export const EXCITED_LIGHT_VECTORS: readonly VectorMeson[] = [
  { name: 'rho(1450)', massGeV: 1465 * MeV, widthGeV: 400 * MeV, eeWidthTimesHadronicGeV: 1.5 * keV, thresholdGeV: 4 * MPI },
  { name: 'omega(1420)', massGeV: 1410 * MeV, widthGeV: 290 * MeV, eeWidthTimesHadronicGeV: 0.2 * keV, thresholdGeV: 3 * MPI },
  { name: 'omega(1650)', massGeV: 1670 * MeV, widthGeV: 315 * MeV, eeWidthTimesHadronicGeV: 0.4 * keV, thresholdGeV: 3 * MPI },
  { name: 'phi(1680)', massGeV: 1680 * MeV, widthGeV: 150 * MeV, eeWidthTimesHadronicGeV: 0.3 * keV, thresholdGeV: 2 * MK + MPI },
  { name: 'rho(1700)', massGeV: 1720 * MeV, widthGeV: 250 * MeV, eeWidthTimesHadronicGeV: 0.5 * keV, thresholdGeV: 4 * MPI },
];

/**
 * Charmonium vectors, PDG 2024 (Γ_ee·B_had from Γ_ee and B_had = 1 − B_ee − B_μμ − B_ττ):
 * - J/ψ(1S): M = 3096.900 ± 0.006 MeV, Γ = 92.6 ± 1.7 keV, Γ_ee = 5.53 ± 0.10 keV, B_ee = 5.971%,
 *   B_μμ = 5.961% (B_had = 88.07%);
 * - ψ(2S): M = 3686.097 ± 0.011 MeV, Γ = 293 ± 9 keV, Γ_ee = 2.33 ± 0.04 keV, B_ℓℓ = 0.793% + 0.80% + 0.31%;
 * - ψ(3770): M = 3773.7 ± 0.7 MeV, Γ = 27.2 ± 1.0 MeV, Γ_ee = 0.256 ± 0.016 keV (B_ℓℓ ~ 1e-5: B_had = 1);
 * - ψ(4040): M = 4040 ± 4 MeV, Γ = 85 ± 12 MeV, Γ_ee = 0.86 ± 0.07 keV;
 * - ψ(4160): M = 4191 ± 5 MeV, Γ = 69 ± 10 MeV, Γ_ee = 0.48 ± 0.22 keV;
 * - ψ(4415): M = 4415 ± 5 MeV, Γ = 110 ± 22 MeV, Γ_ee = 0.58 ± 0.07 keV.
 * Masses and total widths checked against the PDG 2024 mass_width_2024.mcd table (ψ(4040), ψ(4160) and
 * ψ(4415) had been typed with their PDG 2022 values); the Γ_ee values are not re-checked.
 * The broad states above the D D̄ threshold interfere with each other and with the open-charm continuum in
 * nature; the model adds them incoherently (see `rRatioModel` (rRatio.ts)).
 *
 * @example
 * CHARMONIUM_VECTORS[0]?.name // 'J/psi(1S)'
 */
export const CHARMONIUM_VECTORS: readonly VectorMeson[] = [
  { name: 'J/psi(1S)', massGeV: 3096.9 * MeV, widthGeV: 92.6 * keV, eeWidthTimesHadronicGeV: 5.53 * keV * (1 - 0.05971 - 0.05961), thresholdGeV: 0 },
  { name: 'psi(2S)', massGeV: 3686.097 * MeV, widthGeV: 293 * keV, eeWidthTimesHadronicGeV: 2.33 * keV * (1 - 0.00793 - 0.008 - 0.0031), thresholdGeV: 0 },
  { name: 'psi(3770)', massGeV: 3773.7 * MeV, widthGeV: 27.2 * MeV, eeWidthTimesHadronicGeV: 0.256 * keV, thresholdGeV: 2 * MD },
  { name: 'psi(4040)', massGeV: 4040 * MeV, widthGeV: 85 * MeV, eeWidthTimesHadronicGeV: 0.86 * keV, thresholdGeV: 2 * MD },
  { name: 'psi(4160)', massGeV: 4191 * MeV, widthGeV: 69 * MeV, eeWidthTimesHadronicGeV: 0.48 * keV, thresholdGeV: 2 * MD },
  { name: 'psi(4415)', massGeV: 4415 * MeV, widthGeV: 110 * MeV, eeWidthTimesHadronicGeV: 0.58 * keV, thresholdGeV: 2 * MD },
];

/**
 * Bottomonium vectors, PDG 2024:
 * - Υ(1S): M = 9460.40 ± 0.10 MeV, Γ = 54.02 ± 1.25 keV, Γ_ee = 1.340 ± 0.018 keV, B_ℓℓ = 2.38% + 2.48% + 2.60%;
 * - Υ(2S): M = 10023.4 ± 0.5 MeV, Γ = 31.98 ± 2.63 keV, Γ_ee = 0.612 ± 0.011 keV, B_ℓℓ = 1.91% + 1.93% + 2.00%;
 * - Υ(3S): M = 10355.1 ± 0.5 MeV, Γ = 20.32 ± 1.85 keV, Γ_ee = 0.443 ± 0.008 keV, B_ℓℓ = 2.18% + 2.18% + 2.29%;
 * - Υ(4S): M = 10579.4 ± 1.2 MeV, Γ = 20.5 ± 2.5 MeV, Γ_ee = 0.272 ± 0.029 keV (B_had = 1).
 *
 * @example
 * BOTTOMONIUM_VECTORS[0]?.massGeV // 9.4604
 */
export const BOTTOMONIUM_VECTORS: readonly VectorMeson[] = [
  { name: 'Upsilon(1S)', massGeV: 9460.4 * MeV, widthGeV: 54.02 * keV, eeWidthTimesHadronicGeV: 1.34 * keV * (1 - 0.0238 - 0.0248 - 0.026), thresholdGeV: 0 },
  { name: 'Upsilon(2S)', massGeV: 10023.4 * MeV, widthGeV: 31.98 * keV, eeWidthTimesHadronicGeV: 0.612 * keV * (1 - 0.0191 - 0.0193 - 0.02), thresholdGeV: 0 },
  { name: 'Upsilon(3S)', massGeV: 10355.1 * MeV, widthGeV: 20.32 * keV, eeWidthTimesHadronicGeV: 0.443 * keV * (1 - 0.0218 - 0.0218 - 0.0229), thresholdGeV: 0 },
  { name: 'Upsilon(4S)', massGeV: 10579.4 * MeV, widthGeV: 20.5 * MeV, eeWidthTimesHadronicGeV: 0.272 * keV, thresholdGeV: 2 * MB },
];

/**
 * Threshold masses (PDG 2024), GeV: K± 493.677 MeV, K⁰ 497.611 MeV, D⁰ 1864.84 MeV, B± 5279.41 MeV.
 * Open charm (bottom) production starts at 2 m_D⁰ (2 m_B±).
 *
 * @example
 * 2 * THRESHOLD_MASSES_GEV.neutralD // 3.72968 (open-charm threshold)
 */
export const THRESHOLD_MASSES_GEV = {
  /** K± mass, GeV (PDG 2024). */
  chargedKaon: MK,
  /** K⁰ mass, GeV (PDG 2024). */
  neutralKaon: MK0,
  /** D⁰ mass, GeV (PDG 2024). */
  neutralD: MD,
  /** B± mass, GeV (PDG 2024). */
  chargedB: MB,
} as const;

/**
 * MS-bar quark masses (PDG 2024 quark summary): m_c(m_c) = 1.2730 ± 0.0046 GeV, m_b(m_b) = 4.183 ± 0.007 GeV.
 * Used as the flavour thresholds of the running α_s.
 *
 * @example
 * MSBAR_QUARK_MASSES_GEV.bottom // 4.183
 */
export const MSBAR_QUARK_MASSES_GEV = {
  /** m_c(m_c), GeV. */
  charm: 1.273,
  /** m_b(m_b), GeV. */
  bottom: 4.183,
} as const;

/**
 * α_s(m_Z) = 0.1180 ± 0.0009, PDG 2024 world average (QCD review).
 *
 * @example
 * ALPHA_S_MZ // 0.118
 */
export const ALPHA_S_MZ = 0.118;
