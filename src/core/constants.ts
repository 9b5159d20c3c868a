/**
 * Physical constants in natural units (GeV) plus the conversion constants hbar and hbar*c, each with its
 * source and edition. Derived constants are computed from the primary ones, never retyped.
 *
 * Base units of the library: energy and mass in GeV, length in cm, time in s.
 *
 * @module
 */

/** Speed of light in vacuum, cm/s. Exact (SI 2019 definition of the metre; CODATA 2022). */
export const SPEED_OF_LIGHT_CM_PER_S = 29_979_245_800;

/**
 * Reduced Planck constant, GeV·s. Exact in SI 2019 (h and e fixed); CODATA 2022 lists
 * ħ = 6.582 119 569... × 10⁻¹⁶ eV·s, truncated here to the 10 digits CODATA prints.
 */
export const HBAR_GEV_S = 6.582119569e-25;

/** ħc in GeV·cm, derived: {@link HBAR_GEV_S} × {@link SPEED_OF_LIGHT_CM_PER_S} (≈ 1.973 269 804 × 10⁻¹⁴). */
export const HBAR_C_GEV_CM = HBAR_GEV_S * SPEED_OF_LIGHT_CM_PER_S;

/** Conversion of a cross section from GeV⁻² to cm², derived: (ħc)² (≈ 3.8938 × 10⁻²⁸ cm²). */
export const GEV_MINUS2_TO_CM2 = HBAR_C_GEV_CM * HBAR_C_GEV_CM;

/** Inverse fine-structure constant at zero momentum transfer, α(0)⁻¹ = 137.035 999 177(21). CODATA 2022. */
export const INVERSE_ALPHA = 137.035999177;

/** Fine-structure constant α(0), derived from {@link INVERSE_ALPHA}. Dimensionless. */
export const ALPHA = 1 / INVERSE_ALPHA;

/** Positron charge in natural (Heaviside–Lorentz) units, e = √(4πα), derived. Dimensionless. */
export const ELEMENTARY_CHARGE = Math.sqrt(4 * Math.PI * ALPHA);

/** Electron mass, GeV: 0.510 998 950 69(16) MeV. CODATA 2022. */
export const ELECTRON_MASS_GEV = 0.51099895069e-3;

/** Muon mass, GeV: 105.658 3755(23) MeV. PDG 2024 (Review of Particle Physics, PRD 110, 030001). */
export const MUON_MASS_GEV = 0.1056583755;

/** Tau mass, GeV: 1776.93(9) MeV. PDG 2024. */
export const TAU_MASS_GEV = 1.77693;

/** Charged pion mass, GeV: 139.570 39(18) MeV. PDG 2024. */
export const CHARGED_PION_MASS_GEV = 0.13957039;

/** Neutral pion mass, GeV: 134.9768(5) MeV. PDG 2024. */
export const NEUTRAL_PION_MASS_GEV = 0.1349768;

/** Proton mass, GeV: 938.272 089 43(29) MeV. CODATA 2022. */
export const PROTON_MASS_GEV = 0.93827208943;

/** Z boson mass, GeV: 91.1880(20) GeV. PDG 2024. */
export const Z_MASS_GEV = 91.188;

/** Weak mixing angle sin²θ_W in the MS-bar scheme at m_Z: 0.23129(4). PDG 2024. */
export const SIN2_THETA_W = 0.23129;

/** cos θ_W, derived from {@link SIN2_THETA_W}. */
export const COS_THETA_W = Math.sqrt(1 - SIN2_THETA_W);

/** Avogadro constant, mol⁻¹. Exact (SI 2019; CODATA 2022). */
export const AVOGADRO_PER_MOL = 6.02214076e23;

/** Proton magnetic moment in nuclear magnetons, μ_p = 2.792 847 344 63(82). CODATA 2022. */
export const PROTON_MAGNETIC_MOMENT = 2.79284734463;

/** Atomic mass unit in GeV: 931.494 103 72(29) MeV. CODATA 2022. */
export const ATOMIC_MASS_UNIT_GEV = 0.93149410372;
