/**
 * Concatenation of {@link SurvivalTerms} built from consecutive chunks of one event sample (e.g. the chunks of
 * `generateEventChunks`), so that a recast holds the compact terms of all events but the kinematics of only one
 * chunk at a time. The merged terms evaluate exactly as terms built from the whole sample would (the same
 * events, in the same order).
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { checkTerms } from './checkTerms.js';
import { markBuiltTerms } from './termsBuilder.js';
import type { SurvivalTerms } from './types.js';

/** Concatenate typed arrays, adding `shift(k)` to every entry of part k (offsets into the other arrays). */
function concat<T extends Float64Array | Int32Array>(parts: readonly T[], make: (n: number) => T, shift?: (k: number) => number): T {
  const out = make(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  parts.forEach((p, k) => {
    const d = shift?.(k) ?? 0;
    if (d === 0) out.set(p, at);
    else for (let i = 0; i < p.length; i++) out[at + i] = p[i]! + d;
    at += p.length;
  });
  return out;
}

/** Offset arrays (length count + 1, from 0) joined: part k's entries shifted by `shift(k)`, closed by the total. */
function concatOffsets(parts: readonly Int32Array[], shift: (k: number) => number): Int32Array {
  const out = new Int32Array(parts.reduce((n, p) => n + p.length - 1, 0) + 1);
  let at = 0;
  parts.forEach((p, k) => {
    const d = shift(k);
    for (let i = 0; i < p.length - 1; i++) out[at++] = p[i]! + d;
  });
  out[at] = shift(parts.length);
  return out;
}

/**
 * Merge the survival terms of consecutive chunks of one sample into terms of the whole sample.
 * @param parts - terms of the chunks, in order (one or more; same selection, process and m_A')
 * @returns terms equivalent to those built from the concatenated sample (a single part is returned as is)
 * @throws ParameterError naming `parts` (not a non-empty array), `parts[k]` (malformed terms) or
 *   `parts[k].selection` / `.process` / `.darkPhotonMassGeV` when a part belongs to another selection or sample
 * @example
 * const parts = [...generateEventChunks({ model, experiment: 'babar', events: 100_000, seed: 1 })]
 *   .map((chunk) => babarSurvivalTerms(chunk));
 * survivingFraction(mergeSurvivalTerms(parts), 1e-3);
 */
export function mergeSurvivalTerms(parts: readonly SurvivalTerms[]): SurvivalTerms {
  if (!Array.isArray(parts) || parts.length === 0) throw new ParameterError('parts', parts, 'a non-empty array of SurvivalTerms');
  const terms = parts.map((p, k) => {
    try {
      return checkTerms(p);
    } catch (error) {
      if (error instanceof ParameterError) throw new ParameterError(`parts[${k}]`, error.value, `valid survival terms (${error.message})`);
      throw error;
    }
  });
  const head = terms[0]!;
  if (terms.length === 1) return head;
  terms.forEach((t, k) => {
    for (const key of ['selection', 'process', 'darkPhotonMassGeV'] as const) {
      if (t[key] !== head[key]) throw new ParameterError(`parts[${k}].${key}`, t[key], `${String(head[key])} (as parts[0]: chunks of one sample and selection)`);
    }
  });
  // Running totals before part k of the stored tracks, general tracks and intervals.
  const before = (count: (t: SurvivalTerms) => number) => {
    const sums = [0];
    for (const t of terms) sums.push(sums.at(-1)! + count(t));
    return (k: number): number => sums[k]!;
  };
  const tracks = before((t) => t.trackIntervalStart.length - 1);
  const general = before((t) => t.generalTrack.length);
  const intervals = before((t) => t.lower.length);
  const merged: SurvivalTerms = Object.freeze({
    selection: head.selection,
    process: head.process,
    darkPhotonMassGeV: head.darkPhotonMassGeV,
    eventCount: terms.reduce((n, t) => n + t.eventCount, 0),
    selectedCount: terms.reduce((n, t) => n + t.selectedCount, 0),
    weightSum: terms.reduce((n, t) => n + t.weightSum, 0),
    weight: concat(terms.map((t) => t.weight), (n) => new Float64Array(n)),
    originExponent: concat(terms.map((t) => t.originExponent), (n) => new Float64Array(n)),
    eventTrackStart: concatOffsets(terms.map((t) => t.eventTrackStart), tracks),
    generalTrackStart: concatOffsets(terms.map((t) => t.generalTrackStart), general),
    generalTrack: concat(terms.map((t) => t.generalTrack), (n) => new Int32Array(n), tracks),
    trackIntervalStart: concatOffsets(terms.map((t) => t.trackIntervalStart), intervals),
    lower: concat(terms.map((t) => t.lower), (n) => new Float64Array(n)),
    upper: concat(terms.map((t) => t.upper), (n) => new Float64Array(n)),
    negLower: concat(terms.map((t) => t.negLower), (n) => new Float64Array(n)),
    negWidth: concat(terms.map((t) => t.negWidth), (n) => new Float64Array(n)),
  });
  markBuiltTerms(merged);
  return merged;
}
