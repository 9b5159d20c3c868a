/**
 * The recast over a grid of dark-photon masses: the model is moved to each mass with its dimensionless ratios
 * fixed (`withDarkPhotonMass`, so a preset keeps r and Δ_ij), each mass gets its own sample with a seed
 * derived from the global seed and the point index (results do not depend on the order or the parallelism).
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireFunction, requireInteger, requireObject, requirePositive } from '../core/validate.js';
import { deriveSeed } from '../core/random/index.js';
import { withDarkPhotonMass } from '../models/index.js';
import type { DarkSectorModel } from '../models/types.js';
import type { ExperimentName, ExperimentSelection } from '../experiments/index.js';
import type { LimitCurve } from './limitCurve.js';
import { recastPoint, type RecastPoint } from './recastPoint.js';
import type { ExclusionOptions } from './exclusionBand.js';

/** A recast exclusion curve: one {@link RecastPoint} per mass. */
export interface RecastCurve {
  /** The experiment recast. */
  readonly experiment: ExperimentName;
  /** The model's label (preset name or constructor). */
  readonly model: string;
  /** The model's constructor parameters at the first mass (ratios are fixed across the grid). */
  readonly modelParameters: Readonly<Record<string, number>>;
  /** Label of the published limit curve used. */
  readonly limit: string;
  /** The global seed. */
  readonly seed: number;
  /** One point per mass, ascending. */
  readonly points: readonly RecastPoint[];
}

/** Inputs of {@link recastCurve}. */
export interface RecastCurveOptions {
  /** The model (at any mass; it is moved to each grid mass keeping its ratios). */
  readonly model: DarkSectorModel;
  /** The experiment whose published limit is recast. */
  readonly experiment: ExperimentName;
  /** The published invisible-search limit. */
  readonly limit: LimitCurve;
  /** Dark-photon masses in GeV (any order; results come back ascending). */
  readonly massesGeV: readonly number[];
  /** Monte Carlo events per mass (default 20 000). */
  readonly events?: number;
  /** Global seed (default 1); the point seed is deriveSeed(seed, index in the ascending grid). */
  readonly seed?: number;
  /** A selection with non-default options. */
  readonly selection?: ExperimentSelection;
  /** Options of the eps solver. */
  readonly solver?: ExclusionOptions;
  /** Called after each mass point (e.g. for a progress bar). */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Recast a published limit over a mass grid.
 * @example
 * recastCurve({ model: preset('idm'), experiment: 'babar2017', limit, massesGeV: logspace(0.03, 8, 60) })
 */
export function recastCurve(options: RecastCurveOptions): RecastCurve {
  requireObject('options', options);
  if (!Array.isArray(options.massesGeV)) throw new ParameterError('massesGeV', options.massesGeV, 'an array of masses in GeV');
  if (options.onProgress !== undefined) requireFunction('onProgress', options.onProgress);
  const masses = [...options.massesGeV].map((m, k) => requirePositive(`massesGeV[${k}]`, m)).sort((a, b) => a - b);
  if (masses.length === 0) throw new ParameterError('massesGeV', options.massesGeV, 'at least one mass');
  const seed = requireInteger('seed', options.seed ?? 1, 0, 2 ** 32 - 1);
  const points = masses.map((m, index) => {
    const point = recastPoint({
      model: withDarkPhotonMass(options.model, m),
      experiment: options.experiment,
      limit: options.limit,
      seed: deriveSeed(seed, index),
      ...(options.events === undefined ? {} : { events: options.events }),
      ...(options.selection === undefined ? {} : { selection: options.selection }),
      ...(options.solver === undefined ? {} : { solver: options.solver }),
    });
    options.onProgress?.(index + 1, masses.length);
    return point;
  });
  return {
    experiment: options.experiment,
    model: options.model.label,
    modelParameters: options.model.parameters,
    limit: options.limit.label,
    seed,
    points,
  };
}
