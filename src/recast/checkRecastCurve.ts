/**
 * Validation of a {@link RecastCurve} handed back by a caller (to the serializers and `g2Opening`). Kept out of
 * recastCurve.ts, whose exports are all public.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireFinite, requireInteger, requireObject, requirePositive } from '../core/validate.js';
import type { RecastCurve } from './recastCurve.js';

function requireNullable(name: string, value: unknown): void {
  if (value !== null) requireFinite(name, value);
}

/**
 * Check a {@link RecastCurve} handed back by a caller (to the serializers, to `g2Opening`): every field is
 * checked, and a ParameterError names the first bad one (e.g. `curve.points[2].epsilonLower`).
 * @example requireRecastCurve(recastCurve({ model, experiment: 'babar2017', limit, massesGeV: [0.1] })) // the same curve
 */
export function requireRecastCurve(curve: RecastCurve, name = 'curve'): RecastCurve {
  const o = requireObject(name, curve);
  for (const key of ['experiment', 'model', 'limit']) {
    if (typeof o[key] !== 'string') throw new ParameterError(`${name}.${key}`, o[key], 'a string');
  }
  const parameters = requireObject(`${name}.modelParameters`, o['modelParameters']);
  for (const key of Object.keys(parameters)) requireFinite(`${name}.modelParameters.${key}`, parameters[key]);
  requireInteger(`${name}.seed`, o['seed'], 0, 2 ** 32 - 1);
  if (!Array.isArray(o['points'])) throw new ParameterError(`${name}.points`, o['points'], 'an array of recast points');
  o['points'].forEach((point: unknown, k: number) => {
    const p = requireObject(`${name}.points[${k}]`, point);
    const at = `${name}.points[${k}]`;
    requirePositive(`${at}.massGeV`, p['massGeV']);
    for (const key of ['epsilonLimit', 'epsilonLower', 'epsilonUpper', 'epsilonLowerError', 'epsilonUpperError', 'survivingFraction', 'survivingFractionError']) {
      requireNullable(`${at}.${key}`, p[key]);
    }
    requireInteger(`${at}.events`, p['events'], 1, Number.MAX_SAFE_INTEGER);
    requireInteger(`${at}.seed`, p['seed'], 0, 2 ** 32 - 1);
    if (!Array.isArray(p['intervals'])) throw new ParameterError(`${at}.intervals`, p['intervals'], 'an array of excluded intervals');
    p['intervals'].forEach((interval: unknown, j: number) => {
      const i = requireObject(`${at}.intervals[${j}]`, interval);
      requireFinite(`${at}.intervals[${j}].lower`, i['lower']);
      requireNullable(`${at}.intervals[${j}].upper`, i['upper']);
    });
  });
  return curve;
}
