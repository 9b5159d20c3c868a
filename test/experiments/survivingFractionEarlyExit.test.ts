import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { survivingFraction, type SurvivalTerms } from '../../src/experiments/index.js';

// survivingFraction visits events in groups of descending originExponent and stops when the rest cannot change
// Σ w P in double precision (≤ 2⁻⁶⁰ relative). Reference: the plain weighted mean and its ratio-estimator error,
// summed in index order with Math.exp — independent of the grouping, the early exit and the table exp. The two
// differ only by rounding (summation order, ~2 ulp exp): tolerance 1e-12 relative (value) and 1e-9 relative
// (error, a difference of sums).

type Interval = readonly [number, number];
interface RawEvent {
  readonly weight: number;
  readonly tracks: readonly (readonly Interval[])[];
}

/** Terms as an outside user would build them (validated path), from per-track visible intervals [a, b] in units of λ₁. */
function handMadeTerms(events: readonly RawEvent[]): SurvivalTerms {
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
function reference(events: readonly RawEvent[], eps: number): { value: number; error: number } {
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
const lengthArb = fc.double({ min: -2, max: 10, noNaN: true }).map((e) => 10 ** e);
const intervalArb = fc.tuple(lengthArb, lengthArb).map(([a, w]) => [a, a + w] as Interval);
const trackArb = fc.oneof(
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
const eventArb = fc.record({
  weight: fc.double({ min: 0.01, max: 1, noNaN: true }),
  tracks: fc.array(trackArb, { maxLength: 3 }),
});

describe('survivingFraction early exit', () => {
  it('equals the plain weighted mean and its error for any events and eps (1e-7 … 0.99)', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 40 }), fc.double({ min: -7, max: -0.005, noNaN: true }), (events, logEps) => {
        const eps = 10 ** logEps;
        const got = survivingFraction(handMadeTerms(events), eps);
        const want = reference(events, eps);
        expect(Math.abs(got.value - want.value)).toBeLessThanOrEqual(1e-12 * want.value + 1e-300);
        expect(Math.abs(got.error - want.error)).toBeLessThanOrEqual(1e-9 * want.error + 1e-15);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the events that survive when the early exit drops the rest (plateau of never-visible events)', () => {
    // 10 events with nothing visible (P = 1) and 990 that decay visibly with certainty at eps = 0.1 (exponent −10⁸·0.01).
    const events: RawEvent[] = [
      ...Array.from({ length: 990 }, (_, i) => ({ weight: 1, tracks: [[[0, 1e8 * (1 + i / 990)] as Interval]] })),
      ...Array.from({ length: 10 }, () => ({ weight: 1, tracks: [] })),
    ];
    const got = survivingFraction(handMadeTerms(events), 0.1);
    expect(got.value).toBe(0.01); // exactly 10/1000: the dropped events contribute e^(−10⁶) = 0
    const want = reference(events, 0.1);
    expect(Math.abs(got.error - want.error)).toBeLessThanOrEqual(1e-12 * want.error);
    expect(got.error).toBeCloseTo(Math.sqrt(0.01 * 0.99 / 999), 12); // binomial SE with Bessel's n/(n−1)
  });
});
