/**
 * The "nσ preferred band" of the kinetic mixing eps that explains a measured Δa through the one-loop
 * dark-photon contribution.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireFinite, requireObject, requireOneOf, requirePositive } from '../core/validate.js';
import { deltaAOverEpsilonSquaredUnchecked } from './deltaA.js';
import { G2_DATASETS, G2_DATASET_NAMES, G2_LEPTONS, type G2DatasetName, type G2Measurement } from './g2Datasets.js';

/** Arguments of {@link g2Band}. */
export interface G2BandArgs {
  /** A built-in data set name (`'2021'`, `'2023'`, `'2025'`, see `G2_DATASETS`) or a custom measurement. */
  readonly dataset: G2DatasetName | G2Measurement;
  /** Half-width n of the band in standard deviations (finite, > 0). Default 2. */
  readonly sigmas?: number;
  /** Dark-photon mass m_A' in GeV (finite, > 0). */
  readonly massGeV: number;
}

/** Edges of the eps band at one mass. */
export interface G2Band {
  /**
   * Lower edge eps₋ = √((Δa − nσ)/((α/2π)F)), or `null` when Δa − nσ ≤ 0: then every eps below the upper
   * edge is compatible (no lower edge; e.g. the 2025 data set for n ≥ 1). Never NaN.
   */
  readonly lower: number | null;
  /** Upper edge eps₊ = √((Δa + nσ)/((α/2π)F)), always in (0, 1) (see the throws clause of {@link g2Band}). */
  readonly upper: number;
}

function resolveMeasurement(dataset: unknown): G2Measurement {
  if (typeof dataset === 'string') return G2_DATASETS[requireOneOf('dataset', dataset, G2_DATASET_NAMES)];
  if (typeof dataset !== 'object' || dataset === null) {
    throw new ParameterError('dataset', dataset, `one of ${G2_DATASET_NAMES.map((n) => JSON.stringify(n)).join(', ')} or a { lepton, deltaA, sigma } object`);
  }
  const obj = requireObject('dataset', dataset);
  return {
    lepton: requireOneOf('dataset.lepton', obj['lepton'], G2_LEPTONS),
    deltaA: requireFinite('dataset.deltaA', obj['deltaA']),
    sigma: requirePositive('dataset.sigma', obj['sigma']),
  };
}

/**
 * The nσ band of eps preferred by a g−2 deviation, at one dark-photon mass (THEORY §4.3): the set of eps with
 * Δa − nσ ≤ Δa^{A'}(eps, m_A') ≤ Δa + nσ. Since Δa^{A'} = eps² (α/2π) F(m_A'²/m_ℓ²) (see `deltaA`),
 *
 *     eps± = √( (Δa ± nσ) / ((α/2π) F(m_A'²/m_ℓ²)) )
 *
 * When Δa − nσ ≤ 0 there is no lower edge: `lower` is `null` (never NaN), and the result is only an upper
 * bound (e.g. `'2025'`, 38(63)×10⁻¹¹, for any n ≥ 1). The lepton is the data set's (all built-in sets are μ).
 *
 * @param args - `{ dataset, sigmas = 2, massGeV }`
 * @returns `{ lower: number | null, upper: number }`, both dimensionless eps values, lower < upper < 1
 * @throws ParameterError naming `dataset` (unknown name or malformed measurement), `sigmas` or `massGeV`;
 *   also ParameterError naming `dataset` when Δa + nσ ≤ 0 (no band at all); and ParameterError naming `massGeV`
 *   when the upper edge would be ≥ 1 (the mass is too heavy for any eps < 1 to produce Δa + nσ; for the
 *   muon data sets this happens only above about 45 GeV). No clamping is done.
 * @example
 * g2Band({ dataset: '2021', sigmas: 2, massGeV: 0.1 }) // { lower: 2.2745e-3, upper: 3.7885e-3 } (rounded)
 * g2Band({ dataset: '2025', massGeV: 0.1 })            // { lower: null, upper: ... }
 */
export function g2Band(args: G2BandArgs): G2Band {
  const obj = requireObject('args', args);
  const measurement = resolveMeasurement(obj['dataset']);
  const sigmas = obj['sigmas'] === undefined ? 2 : requirePositive('sigmas', obj['sigmas']);
  const massGeV = requirePositive('massGeV', obj['massGeV']);
  const high = measurement.deltaA + sigmas * measurement.sigma;
  const low = measurement.deltaA - sigmas * measurement.sigma;
  if (!(high > 0)) {
    throw new ParameterError('dataset', obj['dataset'], `a measurement with deltaA + sigmas*sigma > 0 (here ${high})`);
  }
  const perEps2 = deltaAOverEpsilonSquaredUnchecked(measurement.lepton, massGeV);
  const upper = Math.sqrt(high / perEps2);
  if (!(upper < 1)) {
    throw new ParameterError('massGeV', massGeV, `a mass at which the band's upper edge eps < 1 (here eps = ${upper})`);
  }
  const lower = low > 0 ? Math.sqrt(low / perEps2) : null;
  return { lower, upper };
}
