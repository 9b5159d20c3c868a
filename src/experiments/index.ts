/**
 * Experiments layer: the cuts of the BaBar 2017 monophoton and NA64 2016–2018 invisible searches (and the
 * modified NA64 search of 2302.05410) as pure functions over an {@link EventSample}, producing eps-independent
 * {@link SurvivalTerms} once per sample that evaluate the surviving fraction F(eps) in closed form
 * (EXPERIMENTS.md §5, §6.1). Imports core, detectors, production (types) and nothing above.
 *
 * @module
 */
export type { ExpandedGeneral, FractionEstimate, SelectionKind, SummaryBins, SurvivalSampleInfo, SurvivalSummary, SurvivalTerms } from './types.js';
export { GENERAL_EXACT_CAP } from './types.js';
export {
  BABAR_PHOTON_THRESHOLD_GEV,
  babarMonophotonSelection,
  type BabarMonophotonOptions,
  type BabarMonophotonSelection,
  type BabarVetoVolume,
  type SeparatedPairRule,
} from './babarSelection.js';
export { babarSurvivalTerms } from './babarSurvivalTerms.js';
export { na64InvisibleSelection, na64ModifiedSelection, type Na64Selection, type Na64SelectionOptions } from './na64Selection.js';
export { na64SurvivalTerms } from './na64SurvivalTerms.js';
export { darkBranchingRatio, recastFraction, survivingFraction } from './survivingFraction.js';
export { mergeSurvivalTerms } from './mergeSurvivalTerms.js';
export { summarizeSurvivalTerms, type SummaryOptions } from './summarizeSurvivalTerms.js';
export { survivingFractionFromSummary } from './survivingFractionFromSummary.js';
export {
  EXPERIMENT_NAMES,
  experimentByName,
  survivalTerms,
  type Experiment,
  type ExperimentName,
  type ExperimentSelection,
} from './experimentRegistry.js';
