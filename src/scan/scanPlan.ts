/**
 * A scan as plain data (a {@link ScanPlan}: base model, grid, experiment, limit, masses, events, seed) and the
 * computation of one of its points: a full recast (`recastCurve` over the mass grid) of the model with the
 * point's field values, seeded by deriveSeed(seed, point index). A point's result depends only on the plan and
 * its index, so results are bit-identical whatever the number of workers, shards or resumptions.
 *
 * @module
 */
import { ConvergenceError, KinematicsError, ParameterError } from '../core/errors.js';
import { requireInteger, requireObject, requirePositive } from '../core/validate.js';
import { deriveSeed } from '../core/random/index.js';
import { experimentByName, type ExperimentName } from '../experiments/index.js';
import { limitAt, recastCurve, type LimitCurve, type RecastPoint } from '../recast/index.js';
import type { DarkSectorModel } from '../models/types.js';
import { scanGridInputs, scanGridSize, type ScanAxis } from './grid.js';
import { buildScanModel, checkScanFields, scanBase, type ScanBase } from './scanModel.js';

/** Everything that defines a scan; structured-cloneable (it is sent to every worker thread). */
export interface ScanPlan {
  /** The base model as data. */
  readonly base: ScanBase;
  /** The varied fields, in grid order (row-major, last axis fastest). */
  readonly axes: readonly ScanAxis[];
  /** The experiment whose published limit is recast at every point. */
  readonly experiment: ExperimentName;
  /** The published limit. */
  readonly limit: LimitCurve;
  /** Dark-photon masses of every recast, GeV, ascending. */
  readonly massesGeV: readonly number[];
  /** Monte Carlo events per mass. */
  readonly events: number;
  /** Global seed; point i uses deriveSeed(seed, i). */
  readonly seed: number;
}

/** Inputs of {@link scanPlan}. */
export interface ScanPlanOptions {
  /** The base model (a constructor or preset of SCAN_MODELS); its unvaried fields stay as they are. */
  readonly model: DarkSectorModel;
  /** The varied fields (see `parseScanAxis`); none gives a one-point scan. */
  readonly axes: readonly ScanAxis[];
  /** The experiment. */
  readonly experiment: ExperimentName;
  /** The published limit; every mass must lie inside its range. */
  readonly limit: LimitCurve;
  /** Dark-photon masses in GeV (any order; sorted ascending). */
  readonly massesGeV: readonly number[];
  /** Monte Carlo events per mass (default 20 000). */
  readonly events?: number;
  /** Global seed (default 1). */
  readonly seed?: number;
}

/** One line of a scan file: the point's inputs and its recast. */
export interface ScanRecord {
  /** Point index in the grid, 0-based. */
  readonly index: number;
  /** Number of points of the whole grid. */
  readonly total: number;
  /** The point's seed, deriveSeed(scanSeed, index). */
  readonly seed: number;
  /** The global seed of the scan. */
  readonly scanSeed: number;
  /** The model's constructor or preset name. */
  readonly model: string;
  /** The varied field values of this point. */
  readonly inputs: Readonly<Record<string, number>>;
  /** Every constructor parameter of this point's model (at the base m_A'). */
  readonly parameters: Readonly<Record<string, number>>;
  /** The experiment. */
  readonly experiment: ExperimentName;
  /** Label of the published limit. */
  readonly limit: string;
  /** Monte Carlo events per mass. */
  readonly events: number;
  /** The masses, GeV, ascending. */
  readonly masses: readonly number[];
  /** One recast point per mass (empty when `error` is set). */
  readonly points: readonly RecastPoint[];
  /** Set when the recast is impossible at this point (a KinematicsError or ConvergenceError): its message. */
  readonly error?: string;
}

/** A record without its results: what the plan alone fixes (compared on --resume and merge). */
export type ScanRecordHeader = Omit<ScanRecord, 'points' | 'error'>;

/**
 * Validate a scan and freeze it as data: the model must be rebuildable, the axes fields of it, the masses > 0
 * and inside the limit's range, events in [1, 10⁸], seed in [0, 2³² − 1]. Every point's model is built once
 * here, so a bad value fails before any work starts.
 * @throws ParameterError naming the offending input (`vary`, `massesGeV[k]`, `massGeV`, `events`, `seed`, a field)
 * @example scanPlan({ model: preset('idm'), axes: [parseScanAxis('delta=0.1:0.4:4')], experiment: 'babar2017', limit, massesGeV: [0.5, 1] })
 */
export function scanPlan(options: ScanPlanOptions): ScanPlan {
  requireObject('options', options);
  const base = scanBase(options.model);
  const axes = [...options.axes];
  const total = scanGridSize(axes);
  checkScanFields(base, axes.map((a) => a.name));
  experimentByName(options.experiment);
  const massesGeV = [...options.massesGeV].map((m, k) => requirePositive(`massesGeV[${k}]`, m)).sort((a, b) => a - b);
  if (massesGeV.length === 0) throw new ParameterError('massesGeV', options.massesGeV, 'at least one mass');
  for (const m of massesGeV) limitAt(options.limit, m);
  const plan: ScanPlan = {
    base, axes, experiment: options.experiment, limit: options.limit, massesGeV,
    events: requireInteger('events', options.events ?? 20_000, 1, 1e8),
    seed: requireInteger('seed', options.seed ?? 1, 0, 2 ** 32 - 1),
  };
  for (let i = 0; i < total; i++) pointModel(plan, i);
  return plan;
}

/**
 * Number of points of a plan's grid.
 * @example scanPointCount(plan) // 100 for two axes of 10 values
 */
export function scanPointCount(plan: ScanPlan): number {
  return scanGridSize(plan.axes);
}

/** The model of point `index`, with errors naming the point. */
function pointModel(plan: ScanPlan, index: number): DarkSectorModel {
  const inputs = scanGridInputs(plan.axes, index);
  try {
    return buildScanModel(plan.base, inputs);
  } catch (error) {
    if (!(error instanceof ParameterError)) throw error;
    throw new ParameterError(`${error.parameter} (scan point ${index}: ${JSON.stringify(inputs)})`, error.value, error.allowed);
  }
}

/**
 * What the plan alone fixes for point `index` (everything but the results).
 * @throws ParameterError naming `index` outside [0, total − 1]
 * @example scanRecordHeader(plan, 0).seed === deriveSeed(plan.seed, 0) // true
 */
export function scanRecordHeader(plan: ScanPlan, index: number): ScanRecordHeader {
  const total = scanPointCount(plan);
  const inputs = scanGridInputs(plan.axes, index);
  return {
    index, total, seed: deriveSeed(plan.seed, index), scanSeed: plan.seed, model: plan.base.model, inputs,
    parameters: { ...plan.base.parameters, ...inputs }, experiment: plan.experiment, limit: plan.limit.label,
    events: plan.events, masses: [...plan.massesGeV],
  };
}

/**
 * Compute point `index` of a scan: the recast of the point's model over the plan's mass grid. A
 * KinematicsError or ConvergenceError of the recast is recorded in `error` (with no points), so one impossible
 * corner does not stop a long scan; any other error is thrown.
 * @example runScanPoint(plan, 3).points.length === plan.massesGeV.length // true
 */
export function runScanPoint(plan: ScanPlan, index: number): ScanRecord {
  const header = scanRecordHeader(plan, index);
  const model = pointModel(plan, index);
  try {
    const curve = recastCurve({
      model, experiment: plan.experiment, limit: plan.limit, massesGeV: plan.massesGeV, events: plan.events, seed: header.seed,
    });
    return { ...header, points: curve.points };
  } catch (error) {
    if (!(error instanceof KinematicsError || error instanceof ConvergenceError)) throw error;
    return { ...header, points: [], error: `${error.name}: ${error.message}` };
  }
}
