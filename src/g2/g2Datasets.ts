/**
 * Measured deviations Δa_μ = a_μ(exp) − a_μ(SM) that define the "g−2 preferred band", by epoch.
 *
 * @module
 */

/** A lepton for which g−2 is computed. */
export type G2Lepton = 'e' | 'mu';

/**
 * The g−2 leptons, as accepted by `deltaA` and the CLI.
 *
 * @example
 * G2_LEPTONS // ['e', 'mu']
 */
export const G2_LEPTONS: readonly G2Lepton[] = ['e', 'mu'];

/** A deviation Δa = a(exp) − a(SM) with its combined 1σ uncertainty σ = √(σ_exp² + σ_th²). */
export interface G2Measurement {
  /** The lepton. */
  readonly lepton: G2Lepton;
  /** Central value of Δa (dimensionless; may be negative or below nσ). */
  readonly deltaA: number;
  /** Combined 1σ uncertainty of Δa (dimensionless, > 0). */
  readonly sigma: number;
}

/** A named, cited {@link G2Measurement}. */
export interface G2Dataset extends G2Measurement {
  /** One-line description. */
  readonly description: string;
  /** References (journal and arXiv numbers). */
  readonly references: readonly string[];
}

/** Names of the built-in data sets. */
export type G2DatasetName = '2021' | '2023' | '2025';

/**
 * The names of {@link G2_DATASETS}, oldest first.
 *
 * @example
 * G2_DATASET_NAMES // ['2021', '2023', '2025']
 */
export const G2_DATASET_NAMES: readonly G2DatasetName[] = ['2021', '2023', '2025'];

/**
 * Built-in Δa_μ data sets (THEORY §4.2, units restored: ×10⁻¹¹):
 * - `2021`: Δa_μ = (251 ± 59)×10⁻¹¹ (4.2σ), FNAL Run 1 + BNL average vs the 2020 White Paper (data-driven
 *   HVP). Muon g−2 Collaboration, PRL 126, 141801 (2021), arXiv:2104.03281; Aoyama et al., Phys. Rept. 887, 1
 *   (2020), arXiv:2006.04822. Most probably the input of arXiv:2302.05410.
 * - `2023`: Δa_μ = (249 ± 48)×10⁻¹¹ (5.1σ), FNAL Run 1–3 world average vs WP2020. PRL 131, 161802 (2023),
 *   arXiv:2308.06230.
 * - `2025`: Δa_μ = (38 ± 63)×10⁻¹¹ (0.6σ), FNAL final world average (E989 + E821) 116 592 071.5(14.5)×10⁻¹¹,
 *   arXiv:2506.03069, PRL 135, 101802 (2025), vs the 2025 White Paper (lattice-QCD LO HVP)
 *   116 592 033(62)×10⁻¹¹, Aliberti et al., arXiv:2505.21476, Phys. Rept. 1143, 1 (2025). There is no
 *   anomaly any more: Δa − nσ < 0 for n ≥ 1, so the band has no lower edge (only an upper bound on eps).
 *
 * Other inputs exist (e.g. DarkCast uses (279 ± 76)×10⁻¹¹ from Bodas et al., arXiv:2102.07781); pass them
 * to `g2Band` as a {@link G2Measurement}.
 *
 * @example
 * G2_DATASETS['2021'].deltaA // 2.51e-9
 */
export const G2_DATASETS: Readonly<Record<G2DatasetName, G2Dataset>> = {
  '2021': {
    lepton: 'mu',
    deltaA: 251e-11,
    sigma: 59e-11,
    description: 'FNAL Run 1 + BNL vs WP2020 (data-driven HVP): (251 ± 59)e-11',
    references: ['PRL 126, 141801 (2021), arXiv:2104.03281', 'Phys. Rept. 887, 1 (2020), arXiv:2006.04822'],
  },
  '2023': {
    lepton: 'mu',
    deltaA: 249e-11,
    sigma: 48e-11,
    description: 'FNAL Run 1-3 world average vs WP2020: (249 ± 48)e-11',
    references: ['PRL 131, 161802 (2023), arXiv:2308.06230', 'Phys. Rept. 887, 1 (2020), arXiv:2006.04822'],
  },
  '2025': {
    lepton: 'mu',
    deltaA: 38e-11,
    sigma: 63e-11,
    description: 'FNAL final world average vs WP2025 (lattice-QCD HVP): (38 ± 63)e-11',
    references: ['PRL 135, 101802 (2025), arXiv:2506.03069', 'Phys. Rept. 1143, 1 (2025), arXiv:2505.21476'],
  },
};
