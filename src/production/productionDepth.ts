/**
 * Where in the target an A′ is produced: a named, overridable depth model (EXPERIMENTS.md §2.6: "sample the
 * production point in the first ~1–2 X₀ of the ECAL"; the exact choice of 2302.05410 is not verified). Depths in
 * cm from the upstream face of the target (the NA64 z origin).
 *
 * Default model (`'primary-electron'`): density ∝ P(E_e(t) > yE₀), the Tsai survival probability of the primary
 * above the A′ energy threshold (y = 0.5 for E_A′ > 50 GeV): production by the primary, cross section taken as
 * energy independent above threshold. 99% of it lies in the first ~2.5 X₀. For a sampling calorimeter pass the
 * material whose X₀ is the effective one.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireInRange, requireObject, requireOneOf, requirePositive } from '../core/validate.js';
import { regularizedLowerGamma } from './incompleteGamma.js';
import { requireTable, sampleTabulated, tabulateDistribution, type TabulatedDistribution } from './tabulatedDistribution.js';
import { LEAD, requireTarget, type TargetMaterial } from './targets.js';

/** A model of the A′ production depth, in radiation lengths of the target. */
export type ProductionDepthModel =
  | {
      /** Density ∝ Tsai survival probability of the primary above `minEnergyFraction`·E₀. */
      readonly kind: 'primary-electron';
      /** y of P(E_e > yE₀ | t), in [10⁻⁶, 1). */
      readonly minEnergyFraction: number;
      /** Truncation depth, X₀. */
      readonly maxRadiationLengths: number;
    }
  | {
      /** Density ∝ exp(−t/mean), truncated. */
      readonly kind: 'exponential';
      /** Mean of the untruncated exponential, X₀. */
      readonly meanRadiationLengths: number;
      /** Truncation depth, X₀. */
      readonly maxRadiationLengths: number;
    }
  | {
      /** Uniform in [0, max]. */
      readonly kind: 'uniform';
      /** Upper end, X₀. */
      readonly maxRadiationLengths: number;
    };

/**
 * Default production-depth model: primary-electron survival above 0.5 E₀, truncated at 10 X₀.
 * @example DEFAULT_PRODUCTION_DEPTH_MODEL.kind // 'primary-electron'
 */
export const DEFAULT_PRODUCTION_DEPTH_MODEL: ProductionDepthModel = {
  kind: 'primary-electron',
  minEnergyFraction: 0.5,
  maxRadiationLengths: 10,
};

/** Prepared depth sampler (plain data). */
export interface ProductionDepthSampler {
  /** The model. */
  readonly model: ProductionDepthModel;
  /** X₀ of the target, cm. */
  readonly radiationLengthCm: number;
  /** Tabulated density in t (X₀) for the `'primary-electron'` model; `undefined` otherwise. */
  readonly table: TabulatedDistribution | undefined;
}

/**
 * Validate a depth model and precompute what sampling needs.
 * @param model - the model (default {@link DEFAULT_PRODUCTION_DEPTH_MODEL})
 * @param target - the target material, for X₀ (default lead)
 * @example const depth = prepareProductionDepthSampler({ kind: 'uniform', maxRadiationLengths: 2 });
 */
export function prepareProductionDepthSampler(
  model: ProductionDepthModel = DEFAULT_PRODUCTION_DEPTH_MODEL,
  target: TargetMaterial = LEAD,
): ProductionDepthSampler {
  const o = requireObject('model', model);
  const kind = requireOneOf('model.kind', o['kind'], ['primary-electron', 'exponential', 'uniform']);
  const max = requirePositive('model.maxRadiationLengths', o['maxRadiationLengths']);
  const radiationLengthCm = requireTarget(target).radiationLengthCm;
  if (kind === 'exponential') requirePositive('model.meanRadiationLengths', o['meanRadiationLengths']);
  let table: TabulatedDistribution | undefined;
  if (kind === 'primary-electron') {
    const y = requireInRange('model.minEnergyFraction', o['minEnergyFraction'], 1e-6, 1, { upperOpen: true });
    const lnInv = -Math.log(y);
    table = tabulateDistribution((t) => regularizedLowerGamma((4 * t) / 3, lnInv), 0, max, 256);
  }
  const sampler = { model, radiationLengthCm, table };
  prepared.add(sampler);
  return sampler;
}

/** Samplers built by {@link prepareProductionDepthSampler}; any other object is checked field by field. */
const prepared = new WeakSet<object>();

function requireSampler(sampler: ProductionDepthSampler): ProductionDepthSampler {
  if (prepared.has(sampler)) return sampler;
  const o = requireObject('sampler', sampler);
  const m = requireObject('sampler.model', o['model']);
  const kind = requireOneOf('sampler.model.kind', m['kind'], ['primary-electron', 'exponential', 'uniform']);
  requirePositive('sampler.model.maxRadiationLengths', m['maxRadiationLengths']);
  if (kind === 'exponential') requirePositive('sampler.model.meanRadiationLengths', m['meanRadiationLengths']);
  if (kind === 'primary-electron') requireTable(o['table'] as TabulatedDistribution, 'sampler.table');
  requirePositive('sampler.radiationLengthCm', o['radiationLengthCm']);
  return sampler;
}

/**
 * Inverse CDF of the production depth, cm from the upstream face of the target.
 * @param sampler - from {@link prepareProductionDepthSampler}
 * @param v - cumulative fraction, [0, 1]
 * @example sampleProductionDepthCm(prepareProductionDepthSampler({ kind: 'uniform', maxRadiationLengths: 2 }), 0.5) // 0.5612
 */
export function sampleProductionDepthCm(sampler: ProductionDepthSampler, v: number): number {
  if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new ParameterError('v', v, '[0, 1]');
  const m = requireSampler(sampler).model;
  let t: number;
  if (m.kind === 'uniform') t = v * m.maxRadiationLengths;
  else if (m.kind === 'exponential') {
    const lambda = m.meanRadiationLengths;
    t = -lambda * Math.log1p(v * Math.expm1(-m.maxRadiationLengths / lambda));
  } else if (sampler.table !== undefined) t = sampleTabulated(sampler.table, v);
  else throw new ParameterError('sampler', sampler, 'a sampler from prepareProductionDepthSampler');
  const depth = t * sampler.radiationLengthCm;
  if (!Number.isFinite(depth)) throw new ParameterError('sampler', sampler, 'a sampler whose depths are finite (max X₀ × X₀ overflows)');
  return depth;
}
