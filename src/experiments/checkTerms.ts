/**
 * Structural validation of a {@link SurvivalTerms} that was not built by this layer (e.g. deserialised or
 * hand-made): array types, matching lengths, offsets, weights in (0, 1], 0 ≤ a_k ≤ b_k, and the precomputed
 * negated arrays, per-event origin exponents and general-track lists consistent with them. Terms returned by the builders are
 * trusted (validated by construction). Internal (not re-exported).
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireInteger, requireNonNegative, requireObject, requireOneOf } from '../core/validate.js';
import { isBuiltTerms } from './termsBuilder.js';
import type { SurvivalTerms } from './types.js';

function typed<T extends Float64Array | Int32Array>(o: Record<string, unknown>, key: string, ctor: new (n: number) => T, length: number): T {
  const v = o[key];
  if (!(v instanceof ctor) || v.length !== length) throw new ParameterError(`terms.${key}`, v, `a ${ctor.name} of length ${length}`);
  return v;
}

function offsets(o: Record<string, unknown>, key: string, length: number): number {
  const v = o[key];
  if (!(v instanceof Int32Array) || v.length !== length) throw new ParameterError(`terms.${key}`, v, `an Int32Array of length ${length}`);
  if (v[0] !== 0) throw new ParameterError(`terms.${key}[0]`, v[0], '0');
  for (let i = 1; i < length; i++) {
    if (!(v[i]! >= v[i - 1]!)) throw new ParameterError(`terms.${key}[${i}]`, v[i], `≥ terms.${key}[${i - 1}] (non-decreasing)`);
  }
  return v[length - 1]!;
}

/**
 * Validate `terms` (see the module comment); returns it typed. Cost O(S + T + K) unless it came from a
 * builder (then O(1)).
 */
export function checkTerms(terms: unknown): SurvivalTerms {
  const o = requireObject('terms', terms);
  if (isBuiltTerms(o)) return terms as SurvivalTerms;
  const s = o['selectedCount'];
  if (typeof s !== 'number' || !Number.isInteger(s) || s < 0) throw new ParameterError('terms.selectedCount', s, 'an integer ≥ 0');
  requireOneOf('terms.selection', o['selection'], ['babar-monophoton', 'na64-invisible', 'na64-modified']);
  requireOneOf('terms.process', o['process'], ['babar-monophoton', 'na64-bremsstrahlung']);
  requireNonNegative('terms.darkPhotonMassGeV', o['darkPhotonMassGeV']);
  requireInteger('terms.eventCount', o['eventCount'], s, 2 ** 31 - 1);
  const weight = typed(o, 'weight', Float64Array, s);
  let sum = 0;
  for (let i = 0; i < s; i++) {
    const w = weight[i]!;
    if (!(w > 0 && w <= 1)) throw new ParameterError(`terms.weight[${i}]`, w, '(0, 1]');
    sum += w;
  }
  const ws = requireNonNegative('terms.weightSum', o['weightSum']);
  if (Math.abs(ws - sum) > 1e-9 * Math.max(1, sum)) throw new ParameterError('terms.weightSum', ws, `the sum of terms.weight (${sum})`);
  const tracks = offsets(o, 'eventTrackStart', s + 1);
  const k = offsets(o, 'trackIntervalStart', tracks + 1);
  const lower = typed(o, 'lower', Float64Array, k);
  const upper = typed(o, 'upper', Float64Array, k);
  const negLower = typed(o, 'negLower', Float64Array, k);
  const negWidth = typed(o, 'negWidth', Float64Array, k);
  for (let i = 0; i < k; i++) {
    const a = lower[i]!;
    const b = upper[i]!;
    if (!(a >= 0)) throw new ParameterError(`terms.lower[${i}]`, a, 'a number ≥ 0');
    if (!(b >= a)) throw new ParameterError(`terms.upper[${i}]`, b, `a number ≥ terms.lower[${i}] = ${a}`);
    if (negLower[i] !== -a) throw new ParameterError(`terms.negLower[${i}]`, negLower[i], `−terms.lower[${i}] = ${-a}`);
    const width = negWidth[i]!;
    // −(b − a) up to the rounding of computing it from the lengths in cm; any negative width when b overflowed.
    const ok = width <= 0 && (b === Infinity || Math.abs(width + (b - a)) <= 1e-12 * b);
    if (!ok) throw new ParameterError(`terms.negWidth[${i}]`, width, `−(terms.upper[${i}] − terms.lower[${i}]) = ${a - b}`);
  }
  const originExponent = typed(o, 'originExponent', Float64Array, s);
  const general = offsets(o, 'generalTrackStart', s + 1);
  const generalTrack = typed(o, 'generalTrack', Int32Array, general);
  const trackStart = o['eventTrackStart'] as Int32Array;
  const generalStart = o['generalTrackStart'] as Int32Array;
  const intervalStart = o['trackIntervalStart'] as Int32Array;
  let g = 0;
  for (let e = 0; e < s; e++) {
    let sum = 0;
    if (generalStart[e] !== g) throw new ParameterError(`terms.generalTrackStart[${e}]`, generalStart[e], String(g));
    for (let t = trackStart[e]!; t < trackStart[e + 1]!; t++) {
      const k0 = intervalStart[t]!;
      if (intervalStart[t + 1] === k0 + 1 && lower[k0] === 0) sum -= upper[k0]!;
      else if (generalTrack[g++] !== t) {
        throw new ParameterError(`terms.generalTrack[${g - 1}]`, generalTrack[g - 1], `${t} (a track not visible on a single [0, b])`);
      }
    }
    const v = originExponent[e]!;
    if (!(v === sum || Math.abs(v - sum) <= 1e-12 * Math.abs(sum))) {
      throw new ParameterError(`terms.originExponent[${e}]`, v, `−Σ b of the event's tracks visible on [0, b] = ${sum}`);
    }
  }
  return terms as SurvivalTerms;
}
