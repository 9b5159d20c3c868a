import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  axialSegments,
  babarGeometry,
  decayLengthAtEpsilonCm,
  decayProbabilityBetween,
  invisibleIntervals,
  invisibleIntervalsInto,
  labDecayLengthCm,
  na64Geometry,
  noVisibleDecayAtEpsilon,
  noVisibleDecayFromIntervals,
  noVisibleDecayProbability,
  raySegments,
  survivalProbabilityBeyond,
  type LabDecayLengthInput,
  type RaySegment,
} from '../../src/detectors/index.js';
import { expectClose } from '../helpers/close.js';
import { anyRay, expectParameterError, logUniform } from './arbitraries.js';

/** Random BaBar ray segments (non-empty) with random per-segment visibility flags. */
const segmentsWithFlags = anyRay
  .map((ray) => raySegments(babarGeometry, ray))
  .filter((s) => s.length > 0)
  .chain((segs) => fc.tuple(fc.constant(segs), fc.array(fc.boolean(), { minLength: segs.length, maxLength: segs.length })));

const lambdaArb = logUniform(-3, 9); // 10 µm … 10⁷ m

describe('check values of EXPERIMENTS.md §3 and §5.3 [C]', () => {
  it('P(decay between 23.6 and 80.9 cm | λ = 100 cm) = 0.344478', () => {
    expectClose(decayProbabilityBetween(23.6, 80.9, 100), 0.344478, 0, 1e-6);
  });

  it('E = 50 GeV, m = 0.1 GeV, cτ = 1 cm ⇒ λ = 499.999 cm and P(beyond 700 cm) = 0.246596', () => {
    const lambda = labDecayLengthCm({ energyGeV: 50, massGeV: 0.1, ctauCm: 1 });
    expectClose(lambda, 499.999, 0, 1e-6);
    expectClose(survivalProbabilityBeyond(700, lambda), 0.246596, 0, 1e-6);
    expectClose(labDecayLengthCm({ momentumGeV: Math.sqrt(2500 - 0.01), massGeV: 0.1, ctauCm: 1 }), lambda, 1e-15);
  });
});

describe('decayProbabilityBetween and survivalProbabilityBeyond', () => {
  it('are stable for λ ≫ L (expm1 form) and exact in the λ → 0 and L₁ = 0 limits', () => {
    // Naive e^(−L₁/λ) − e^(−L₂/λ) has absolute error ~1e-16 here, i.e. relative error ~0.1.
    expectClose(decayProbabilityBetween(0, 1, 1e15), 1e-15 * (1 - 0.5e-15), 1e-14);
    expectClose(decayProbabilityBetween(10, 11, 1e12), Math.exp(-1e-11) * 1e-12, 1e-12);
    expect(decayProbabilityBetween(0, 1, 1e-300)).toBe(1);
    expect(decayProbabilityBetween(1, 2, 1e-300)).toBe(0);
    expect(decayProbabilityBetween(5, 5, 1)).toBe(0);
    expect(decayProbabilityBetween(3, Infinity, 2)).toBe(survivalProbabilityBeyond(3, 2));
    expect(survivalProbabilityBeyond(0, 1e-300)).toBe(1);
  });

  it('property: segment probabilities plus the tail sum to 1 (1e-12) and each lies in [0, 1]', () => {
    fc.assert(
      fc.property(segmentsWithFlags, lambdaArb, ([segs], lambda) => {
        let sum = survivalProbabilityBeyond(segs.at(-1)!.endCm, lambda);
        for (const s of segs) {
          const p = decayProbabilityBetween(s.startCm, s.endCm, lambda);
          expect(p >= 0 && p <= 1).toBe(true);
          sum += p;
        }
        expect(Math.abs(sum - 1)).toBeLessThanOrEqual(1e-12);
      }),
    );
  });

  it('rejects λ ≤ 0, NaN, L₂ < L₁ and negative L₁, naming the parameter', () => {
    expectParameterError(() => decayProbabilityBetween(1, 2, 0), 'decayLengthCm');
    expectParameterError(() => decayProbabilityBetween(1, 2, -5), 'decayLengthCm');
    expectParameterError(() => decayProbabilityBetween(1, 2, Number.NaN), 'decayLengthCm');
    expectParameterError(() => decayProbabilityBetween(3, 2, 1), 'endCm');
    expectParameterError(() => decayProbabilityBetween(-1, 2, 1), 'startCm');
    expectParameterError(() => decayProbabilityBetween(1, Number.NaN, 1), 'endCm');
    expectParameterError(() => survivalProbabilityBeyond(Infinity, 1), 'lengthCm');
    expectParameterError(() => survivalProbabilityBeyond(1, Infinity), 'decayLengthCm');
  });
});

describe('labDecayLengthCm and decayLengthAtEpsilonCm', () => {
  it('λ = (p/m) cτ, λ(eps) = λ₁/eps²', () => {
    expectClose(labDecayLengthCm({ momentumGeV: 3, massGeV: 0.5, ctauCm: 2 }), 12, 1e-15);
    expectClose(decayLengthAtEpsilonCm(1e-4, 1e-3), 100, 1e-14);
  });

  it('rejects both/neither of energy and momentum, E ≤ m, bad mass/cτ and overflowing eps', () => {
    expectParameterError(() => labDecayLengthCm({ energyGeV: 1, momentumGeV: 1, massGeV: 0.1, ctauCm: 1 } as unknown as LabDecayLengthInput), 'momentumGeV');
    expectParameterError(() => labDecayLengthCm({ massGeV: 0.1, ctauCm: 1 } as unknown as LabDecayLengthInput), 'energyGeV');
    expectParameterError(() => labDecayLengthCm({ energyGeV: 0.1, massGeV: 0.1, ctauCm: 1 }), 'energyGeV');
    expectParameterError(() => labDecayLengthCm({ energyGeV: 1, massGeV: -0.1, ctauCm: 1 }), 'massGeV');
    expectParameterError(() => labDecayLengthCm({ energyGeV: 1, massGeV: 0.1, ctauCm: 0 }), 'ctauCm');
    expectParameterError(() => labDecayLengthCm({ momentumGeV: 1e300, massGeV: 1e-300, ctauCm: 1 }), 'ctauCm');
    expectParameterError(() => decayLengthAtEpsilonCm(1, 1e-200), 'epsilon');
    expectParameterError(() => decayLengthAtEpsilonCm(1, 1), 'epsilon');
  });
});

describe('P(no visible decay): closed form in λ and in eps', () => {
  it('NA64: all segments visible ⇒ survival beyond the HCAL end; nothing visible ⇒ 1', () => {
    const segs = axialSegments(na64Geometry);
    const lambda = labDecayLengthCm({ energyGeV: 50, massGeV: 0.1, ctauCm: 1 });
    expect(invisibleIntervals(segs, segs.map(() => true))).toEqual(new Float64Array([650]));
    expectClose(noVisibleDecayProbability(segs, segs.map(() => true), lambda), Math.exp(-650 / lambda), 1e-15);
    expect(noVisibleDecayProbability(segs, segs.map(() => false), lambda)).toBe(1);
    expect(invisibleIntervals(segs, segs.map(() => false))).toEqual(new Float64Array([0]));
  });

  it('merges invisible runs: DCH-only visibility gives 1 − P(23.6…80.9) (= 0.655522 for λ = 100 cm)', () => {
    const segs: RaySegment[] = [
      { regionIndex: -1, startCm: 0, endCm: 10 },
      { regionIndex: 0, startCm: 10, endCm: 23.6 },
      { regionIndex: 1, startCm: 23.6, endCm: 80.9 },
      { regionIndex: 2, startCm: 80.9, endCm: 300 },
    ];
    const flags = [false, false, true, false];
    expect(invisibleIntervals(segs, flags)).toEqual(new Float64Array([0, 23.6, 80.9]));
    expectClose(noVisibleDecayProbability(segs, flags, 100), 1 - 0.344478, 0, 1e-6);
    expect(invisibleIntervals([], [])).toEqual(new Float64Array([0]));
  });

  it('property: equals 1 − Σ P(visible segments) and the flat Into form agrees', () => {
    fc.assert(
      fc.property(segmentsWithFlags, lambdaArb, ([segs, flags], lambda) => {
        const visibleSum = segs.reduce((acc, s, i) => acc + (flags[i] ? decayProbabilityBetween(s.startCm, s.endCm, lambda) : 0), 0);
        const p = noVisibleDecayProbability(segs, flags, lambda);
        expect(p >= 0 && p <= 1).toBe(true);
        expect(Math.abs(p - (1 - visibleSum))).toBeLessThanOrEqual(1e-12);
        const flat = new Float64Array(segs.flatMap((s) => [s.regionIndex, s.startCm, s.endCm]));
        const out = new Float64Array(3 + 2 * segs.length + 1);
        const n = invisibleIntervalsInto(out, 3, flat, segs.length, Uint8Array.from(flags, Number));
        expect(noVisibleDecayFromIntervals(out, lambda, n, 3)).toBe(noVisibleDecayFromIntervals(invisibleIntervals(segs, flags), lambda));
      }),
    );
  });

  it('property: monotone in λ when only the inner segments are visible (more lifetime → more survival)', () => {
    fc.assert(
      fc.property(segmentsWithFlags, lambdaArb, lambdaArb, fc.nat(), ([segs], l1, l2, m) => {
        const k = m % (segs.length + 1); // the first k segments visible, the rest invisible
        const iv = invisibleIntervals(segs, segs.map((_, i) => i < k));
        const [lo, hi] = l1 <= l2 ? [l1, l2] : [l2, l1];
        expect(noVisibleDecayFromIntervals(iv, lo)).toBeLessThanOrEqual(noVisibleDecayFromIntervals(iv, hi) + 1e-15);
      }),
    );
  });

  it('property: the eps form equals the λ form with λ = λ₁/eps² (1e-12 relative)', () => {
    fc.assert(
      fc.property(segmentsWithFlags, logUniform(-12, 3), logUniform(-8, -0.01), ([segs, flags], l1, eps) => {
        const iv = invisibleIntervals(segs, flags);
        const viaEps = noVisibleDecayAtEpsilon(iv, l1, eps);
        const viaLambda = noVisibleDecayFromIntervals(iv, decayLengthAtEpsilonCm(l1, eps));
        expectClose(viaEps, viaLambda, 1e-12, 1e-300);
      }),
    );
  });

  it('rejects bad segments, flags, intervals and parameters, naming them', () => {
    const segs: RaySegment[] = [
      { regionIndex: 0, startCm: 0, endCm: 10 },
      { regionIndex: 1, startCm: 11, endCm: 20 },
    ];
    expectParameterError(() => noVisibleDecayProbability(segs, [true, false], 1), 'segments[1].startCm');
    expectParameterError(() => noVisibleDecayProbability([{ regionIndex: 0, startCm: 1, endCm: 2 }], [true], 1), 'segments[0].startCm');
    expectParameterError(() => noVisibleDecayProbability([{ regionIndex: 0, startCm: 0, endCm: Number.NaN }], [true], 1), 'segments[0].endCm');
    expectParameterError(() => noVisibleDecayProbability(segs.slice(0, 1), [], 1), 'visible');
    expectParameterError(() => noVisibleDecayProbability(segs.slice(0, 1), ['yes' as unknown as boolean], 1), 'visible[0]');
    expectParameterError(() => noVisibleDecayProbability(segs.slice(0, 1), [true], 0), 'decayLengthCm');
    expectParameterError(() => noVisibleDecayFromIntervals(new Float64Array([5, 3, 8]), 1), 'intervals[1]');
    expectParameterError(() => noVisibleDecayFromIntervals(new Float64Array([Number.NaN]), 1), 'intervals[0]');
    expectParameterError(() => noVisibleDecayFromIntervals(new Float64Array([0, 1, 2]), 1, 2), 'pairCount');
    expectParameterError(() => noVisibleDecayAtEpsilon(new Float64Array([1]), 1, 0), 'epsilon');
    expectParameterError(() => noVisibleDecayAtEpsilon(new Float64Array([1]), -1, 0.1), 'unitEpsilonDecayLengthCm');
    expectParameterError(() => invisibleIntervalsInto(new Float64Array(2), 0, new Float64Array(6), 2, [true, true]), 'out');
    expectParameterError(() => invisibleIntervalsInto(new Float64Array(5), 0, new Float64Array(3), 2, [true, true]), 'segments');
  });
});
