/**
 * The recast of one published invisible-search limit at one dark-photon mass (EXPERIMENTS.md §6.1): sample the
 * model's events once (eps-independent, streamed in chunks of 2¹⁵), build the experiment's survival terms of
 * each chunk and fold them into a {@link SurvivalSummary} (memory: one chunk of kinematics and terms plus a
 * histogram whose size does not grow with the number of events, for the standard selections), and solve
 * eps² · F(eps) ≥ eps_UL² for the excluded band with F = BR_dark(eps) × ⟨P_pass(eps)⟩ evaluated in closed form.
 * The Monte Carlo uncertainty of F is propagated to each edge by solving again with F ± σ_F.
 *
 * @module
 */
import { requireInteger, requireObject } from '../core/validate.js';
import { checkModel } from '../models/checkModel.js';
import type { DarkSectorModel } from '../models/types.js';
import { generateEventChunksInPlace, MAX_EVENTS, type GenerationStorage } from '../production/generateEvents.js';
import type { EventSample } from '../production/eventSample.js';
import {
  darkBranchingRatio, experimentByName, survivingFractionFromSummary,
  type ExperimentName, type ExperimentSelection, type SurvivalSummary,
} from '../experiments/index.js';
import { summarizeSampleChunks } from '../experiments/summarizeSurvivalTerms.js';
import type { TermsBuilderSlot } from '../experiments/termsBuilder.js';
import { limitAt, type LimitCurve } from './limitCurve.js';
import { solveExclusionWithUncertainty, type ExclusionInterval, type ExclusionOptions } from './exclusionBand.js';

/** Result of the recast at one mass. */
export interface RecastPoint {
  /** m_A' in GeV. */
  readonly massGeV: number;
  /** The published limit eps_UL at this mass, or `null` when the limit curve has a gap here. */
  readonly epsilonLimit: number | null;
  /** Lower edge of the excluded band (first interval), or `null` when nothing is excluded. */
  readonly epsilonLower: number | null;
  /** Upper edge of the excluded band (last interval), or `null` when open above or nothing is excluded. */
  readonly epsilonUpper: number | null;
  /** MC (statistical) uncertainty of the lower edge, from F ± σ_F; `null` with the edge, or when the band vanishes or opens within ±σ_F. */
  readonly epsilonLowerError: number | null;
  /** MC uncertainty of the upper edge; `null` with the edge, or when it is not determined within ±σ_F. */
  readonly epsilonUpperError: number | null;
  /** All excluded intervals (usually one). */
  readonly intervals: readonly ExclusionInterval[];
  /** F(eps) = BR_dark × ⟨P_pass⟩ at eps = eps_UL (the fraction of the signal the search keeps at its own limit). */
  readonly survivingFraction: number | null;
  /** MC uncertainty of `survivingFraction`. */
  readonly survivingFractionError: number | null;
  /** Number of generated events. */
  readonly events: number;
  /** The seed of this mass point's sample. */
  readonly seed: number;
}

/** Inputs of {@link recastPoint}. */
export interface RecastPointOptions {
  /** The model at the mass to recast (its `darkPhotonMassGeV` is the mass). */
  readonly model: DarkSectorModel;
  /** The experiment whose published limit is recast. */
  readonly experiment: ExperimentName;
  /** The published invisible-search limit eps_UL(m). */
  readonly limit: LimitCurve;
  /** Monte Carlo events (default 20 000). */
  readonly events?: number;
  /** Seed of the sample (default 1). */
  readonly seed?: number;
  /** A selection with non-default options (must belong to the experiment); default the experiment's. */
  readonly selection?: ExperimentSelection;
  /** Options of the eps solver. */
  readonly solver?: ExclusionOptions;
}

/**
 * Half the spread of an edge between the F+σ and F−σ solutions; `null` when either solution lacks that edge
 * (the band vanishes or opens within ±σ: the edge is not determined by the sample at 1σ).
 */
function edgeError(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined) return null;
  return Math.abs(a - b) / 2;
}

/**
 * Scratch storage of {@link recastPoint}: the event arrays, cascade buffers and survival-terms builder of one
 * chunk of events, kept for the next call (a curve or a scan recasts hundreds of mass points in a row; fresh
 * storage costs a few MB of zeroed memory per point and the garbage collections V8 starts for it). Holds at
 * most one chunk's worth, ~10 MB at 2¹⁵ events. Results do not depend on it: every array is written before
 * it is read.
 */
interface RecastWorkspace {
  readonly generation: GenerationStorage;
  readonly terms: TermsBuilderSlot;
  busy: boolean;
}

const sharedWorkspace: RecastWorkspace = { generation: { events: undefined, buffers: undefined }, terms: { current: undefined }, busy: false };

/** The shared workspace, marked busy, or a fresh one when it is in use (a recast started inside another). */
function borrowWorkspace(): RecastWorkspace {
  if (sharedWorkspace.busy) return { generation: { events: undefined, buffers: undefined }, terms: { current: undefined }, busy: true };
  sharedWorkspace.busy = true;
  return sharedWorkspace;
}

/**
 * Recast one published limit at one mass.
 * @example
 * const limit = parseLimitCsv(text, 'BaBar 2017');
 * recastPoint({ model: preset('idm', { massGeV: 1 }), experiment: 'babar2017', limit, events: 20000, seed: 7 })
 */
export function recastPoint(options: RecastPointOptions): RecastPoint {
  requireObject('options', options);
  const model = checkModel(options.model);
  const massGeV = model.darkPhotonMassGeV;
  const events = requireInteger('events', options.events ?? 20_000, 1, MAX_EVENTS);
  const seed = requireInteger('seed', options.seed ?? 1, 0, 2 ** 32 - 1);
  const experiment = experimentByName(options.experiment);
  const selection = options.selection ?? experiment.selection;
  const epsilonLimit = limitAt(options.limit, massGeV);
  const empty = {
    massGeV, epsilonLimit, epsilonLower: null, epsilonUpper: null, epsilonLowerError: null,
    epsilonUpperError: null, intervals: [], survivingFraction: null, survivingFractionError: null, events, seed,
  };
  if (epsilonLimit === null) return empty;
  // Generate inside the selection's own photon window (a user's wider BaBar window must see its events).
  const babar = selection.kind === 'babar-monophoton' ? { babar: { cosThetaWindow: selection.photonWindow } } : {};
  // Streamed: the kinematics and survival terms of one chunk of events at a time, in reused storage, summarised
  // as they come.
  let firstChunk: EventSample | undefined;
  const space = borrowWorkspace();
  function* chunks(): Generator<EventSample> {
    for (const chunk of generateEventChunksInPlace({ model, experiment: experiment.name, events, seed, ...babar }, space.generation)) {
      firstChunk ??= chunk;
      yield chunk;
    }
  }
  let summary: SurvivalSummary;
  try {
    summary = summarizeSampleChunks(chunks(), selection, space.terms);
  } finally {
    space.busy = false;
  }
  const widths = firstChunk!; // every chunk carries the same A' widths
  const fraction = (eps: number): { value: number; error: number } => {
    const br = darkBranchingRatio(widths, eps);
    const f = survivingFractionFromSummary(summary, eps);
    return { value: br * f.value, error: br * f.error };
  };
  const { intervals, high, low } = solveExclusionWithUncertainty(fraction, epsilonLimit, options.solver);
  const atLimit = fraction(epsilonLimit);
  const first = intervals[0];
  const last = intervals[intervals.length - 1];
  return {
    ...empty,
    epsilonLower: first?.lower ?? null,
    epsilonUpper: last?.upper ?? null,
    epsilonLowerError: first === undefined ? null : edgeError(high[0]?.lower, low[0]?.lower),
    epsilonUpperError: last === undefined || last.upper === null ? null : edgeError(high.at(-1)?.upper, low.at(-1)?.upper),
    intervals,
    survivingFraction: atLimit.value,
    survivingFractionError: atLimit.error,
  };
}
