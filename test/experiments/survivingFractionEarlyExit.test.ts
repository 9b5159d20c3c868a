import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { survivingFraction } from '../../src/experiments/index.js';
import { eventArb, handMadeTerms, reference, type Interval, type RawEvent } from './handMadeTerms.js';

// survivingFraction visits events in groups of descending originExponent and stops when the rest cannot change
// Σ w P in double precision (≤ 2⁻⁶⁰ relative). Reference: the plain weighted mean and its ratio-estimator error,
// summed in index order with Math.exp — independent of the grouping, the early exit and the table exp. The two
// differ only by rounding (summation order, ~2 ulp exp): tolerance 1e-12 relative (value) and 1e-9 relative
// (error, a difference of sums).

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
