/**
 * Experiments by name, and one entry point that builds the survival terms of any selection.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireObject, requireOneOf } from '../core/validate.js';
import type { EventSample, ProductionProcess } from '../production/eventSample.js';
import { babarMonophotonSelection, type BabarMonophotonSelection } from './babarSelection.js';
import { babarSurvivalTermsReusing } from './babarSurvivalTerms.js';
import { na64InvisibleSelection, na64ModifiedSelection, type Na64Selection } from './na64Selection.js';
import { na64SurvivalTermsReusing } from './na64SurvivalTerms.js';
import type { TermsBuilderSlot } from './termsBuilder.js';
import type { SurvivalTerms } from './types.js';

/**
 * Any selection of this layer (discriminated by `kind`).
 * @example const s: ExperimentSelection = na64InvisibleSelection();
 */
export type ExperimentSelection = BabarMonophotonSelection | Na64Selection;

/**
 * Names of the experiments known to {@link experimentByName}: the BaBar 2017 monophoton search, the NA64
 * 2016–2018 invisible search (published 2019) and the modified NA64 search proposed in 2302.05410.
 * @example const name: ExperimentName = 'na64-modified';
 */
export type ExperimentName = 'babar2017' | 'na64-2019' | 'na64-modified';

/**
 * All names accepted by {@link experimentByName}.
 * @example EXPERIMENT_NAMES.includes('babar2017') // true
 */
export const EXPERIMENT_NAMES: readonly ExperimentName[] = Object.freeze(['babar2017', 'na64-2019', 'na64-modified']);

/**
 * An experiment: its selection with default options and the production process its samples must come from.
 * @example experimentByName('babar2017').process // 'babar-monophoton'
 */
export interface Experiment {
  /** The name asked for. */
  readonly name: ExperimentName;
  /** The selection with its default options. */
  readonly selection: ExperimentSelection;
  /** The production process of the matching event samples. */
  readonly process: ProductionProcess;
}

/**
 * The selection (default options) and production process of a named experiment:
 * `'babar2017'` → {@link babarMonophotonSelection} and `'babar-monophoton'`; `'na64-2019'` →
 * {@link na64InvisibleSelection} and `'na64-bremsstrahlung'`; `'na64-modified'` → {@link na64ModifiedSelection}
 * and `'na64-bremsstrahlung'`.
 * @param name - one of {@link EXPERIMENT_NAMES}
 * @returns a frozen {@link Experiment}
 * @throws ParameterError naming `experiment` for an unknown name
 * @example experimentByName('na64-2019').selection.kind // 'na64-invisible'
 */
export function experimentByName(name: ExperimentName): Experiment {
  const n = requireOneOf('experiment', name, EXPERIMENT_NAMES);
  switch (n) {
    case 'babar2017':
      return Object.freeze({ name: n, selection: babarMonophotonSelection(), process: 'babar-monophoton' });
    case 'na64-2019':
      return Object.freeze({ name: n, selection: na64InvisibleSelection(), process: 'na64-bremsstrahlung' });
    case 'na64-modified':
      return Object.freeze({ name: n, selection: na64ModifiedSelection(), process: 'na64-bremsstrahlung' });
  }
}

/**
 * Survival terms of `sample` under any selection: dispatches on `selection.kind` to
 * {@link babarSurvivalTerms} or {@link na64SurvivalTerms}.
 * @param sample - the event sample (its process must match the selection's)
 * @param selection - a selection of this layer
 * @returns the survival terms
 * @throws ParameterError naming `selection.kind` for an unknown kind, or what the builder throws
 * @example
 * const { selection } = experimentByName('na64-2019');
 * const terms = survivalTerms(sample, selection);
 */
export function survivalTerms(sample: EventSample, selection: ExperimentSelection): SurvivalTerms {
  return survivalTermsReusing(sample, selection, undefined);
}

/**
 * {@link survivalTerms} built in the builder held by `reuse` when given (views, valid until it is reused).
 * @internal
 */
export function survivalTermsReusing(sample: EventSample, selection: ExperimentSelection, reuse: TermsBuilderSlot | undefined): SurvivalTerms {
  const kind = requireObject('selection', selection)['kind'];
  if (kind === 'babar-monophoton') return babarSurvivalTermsReusing(sample, selection as BabarMonophotonSelection, reuse);
  if (kind === 'na64-invisible' || kind === 'na64-modified') return na64SurvivalTermsReusing(sample, selection as Na64Selection, reuse);
  throw new ParameterError('selection.kind', kind, '"babar-monophoton", "na64-invisible" or "na64-modified"');
}
