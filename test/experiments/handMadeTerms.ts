/**
 * Hand-made survival terms for property tests of the evaluation: events as per-track visible intervals [a, b] in
 * units of λ₁, the terms an outside user would build from them (the validated path), a plain reference evaluation
 * (weighted mean of P and its ratio-estimator error, summed in index order with Math.exp), and fast-check
 * arbitraries over 12 decades of exponents.
 */
import fc from 'fast-check';
import type { SurvivalTerms } from '../../src/experiments/index.js';

export type Interval = readonly [number, number];
export interface RawEvent {
  readonly weight: number;
  readonly tracks: readonly (readonly Interval[])[];
}

/** Terms as an outside user would build them (validated path), from per-track visible intervals [a, b] in units of λ₁. */
export function handMadeTerms(events: readonly RawEvent[]): SurvivalTerms {
  const weight: number[] = [];
  const originExponent: number[] = [];
  const eventTrackStart = [0];
  const generalTrackStart = [0];
  const generalTrack: number[] = [];
  const trackIntervalStart = [0];
  const lower: number[] = [];
  const upper: number[] = [];
  let t = 0;
  for (const e of events) {
    weight.push(e.weight);
    let origin = 0;
    for (const intervals of e.tracks) {
      for (const [a, b] of intervals) {
        lower.push(a);
        upper.push(b);
      }
      trackIntervalStart.push(lower.length);
      if (intervals.length === 1 && intervals[0]![0] === 0) origin -= intervals[0]![1];
      else generalTrack.push(t);
      t++;
    }
    originExponent.push(origin);
    eventTrackStart.push(t);
    generalTrackStart.push(generalTrack.length);
  }
  return {
    selection: 'na64-modified', process: 'na64-bremsstrahlung', darkPhotonMassGeV: 0.1, eventCount: events.length,
    selectedCount: events.length, weightSum: weight.reduce((s, w) => s + w, 0),
    weight: Float64Array.from(weight), originExponent: Float64Array.from(originExponent),
    eventTrackStart: Int32Array.from(eventTrackStart), generalTrackStart: Int32Array.from(generalTrackStart),
    generalTrack: Int32Array.from(generalTrack), trackIntervalStart: Int32Array.from(trackIntervalStart),
    lower: Float64Array.from(lower), upper: Float64Array.from(upper),
    negLower: Float64Array.from(lower, (a) => -a), negWidth: Float64Array.from(lower, (a, k) => -(upper[k]! - a)),
  };
}

/** Plain reference: mean of P weighted by w, and SE² = n_eff/(n_eff − 1) Σ w² (P − F)² / (Σ w)². */
export function reference(events: readonly RawEvent[], eps: number): { value: number; error: number } {
  const x = eps * eps;
  const ps = events.map((e) => e.tracks.reduce((p, intervals) => {
    const d = intervals.reduce((s, [a, b]) => s + Math.exp(-a * x) - Math.exp(-b * x), 0);
    return p * Math.max(0, 1 - d);
  }, 1));
  const sw = events.reduce((s, e) => s + e.weight, 0);
  const sw2 = events.reduce((s, e) => s + e.weight ** 2, 0);
  const mean = events.reduce((s, e, i) => s + e.weight * ps[i]!, 0) / sw;
  const spread = events.reduce((s, e, i) => s + e.weight ** 2 * (ps[i]! - mean) ** 2, 0);
  const nEff = (sw * sw) / sw2;
  return { value: mean, error: Math.sqrt(spread * (nEff > 1 + 1e-12 ? nEff / (nEff - 1) : 1)) / sw };
}

// Exponents over 12 decades (λ₁ from far beyond to far inside the detector), some events with nothing visible.
export const lengthArb = fc.double({ min: -2, max: 10, noNaN: true }).map((e) => 10 ** e);
export const intervalArb = fc.tuple(lengthArb, lengthArb).map(([a, w]) => [a, a + w] as Interval);
export const trackArb = fc.oneof(
  lengthArb.map((b) => [[0, b] as Interval]), // visible on [0, b]: folded into originExponent
  fc.array(intervalArb, { minLength: 1, maxLength: 3 }).map((list) => {
    const sorted = [...list].sort((p, q) => p[0] - q[0]);
    const merged: Interval[] = [];
    for (const iv of sorted) {
      const last = merged.at(-1);
      if (last !== undefined && iv[0] <= last[1]) merged[merged.length - 1] = [last[0], Math.max(last[1], iv[1])];
      else merged.push(iv);
    }
    return merged;
  }),
);
export const eventArb = fc.record({
  weight: fc.double({ min: 0.01, max: 1, noNaN: true }),
  tracks: fc.array(trackArb, { maxLength: 3 }),
});

