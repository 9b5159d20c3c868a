/**
 * Lepton g−2 from a kinetically mixed dark photon: the one-loop loop function, Δa_ℓ, the measured Δa_μ data
 * sets and the nσ preferred eps band (THEORY §4).
 *
 * @module
 */
export { g2LoopFunction } from './g2LoopFunction.js';
export {
  deltaA,
  deltaAOverEpsilonSquared,
  epsilonForDeltaA,
  type DeltaAArgs,
  type DeltaAOverEpsilonSquaredArgs,
  type EpsilonForDeltaAArgs,
} from './deltaA.js';
export {
  G2_DATASETS,
  G2_DATASET_NAMES,
  G2_LEPTONS,
  type G2Dataset,
  type G2DatasetName,
  type G2Lepton,
  type G2Measurement,
} from './g2Datasets.js';
export { g2Band, type G2Band, type G2BandArgs } from './g2Band.js';
