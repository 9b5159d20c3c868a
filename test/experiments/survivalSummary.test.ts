import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  babarMonophotonSelection, babarSurvivalTerms, mergeSurvivalTerms, na64ModifiedSelection, na64SurvivalTerms, summarizeSurvivalTerms, survivingFraction,
  survivingFractionFromSummary, type SurvivalSummary, type SurvivalTerms,
} from '../../src/experiments/index.js';
import { generateEventChunks, generateEvents } from '../../src/production/index.js';
import { preset } from '../../src/models/index.js';
import { eventArb, handMadeTerms, reference, type Interval, type RawEvent } from './handMadeTerms.js';
import { expectParameterError } from './syntheticSample.js';

// The summary histograms events with P = e^(−v x) in bins of relative width ≤ 2⁻⁸ and evaluates each bin's mean of
// e^(−v x) by the cumulant expansion to second order. Independent reference: the plain per-event weighted mean and
// ratio-estimator error (handMadeTerms.ts), summed with Math.exp. Tolerance, from the truncation: the third
// cumulant of v within a bin is at most 0.1 (2⁻⁸ v)³, so each event's P is reproduced to ≈ 0.1 (2⁻⁸ v x)³ / 6 ≤
// 10⁻⁹ (v x)³ relative (4th order adds (2⁻⁸ v x)⁴ / 2880); events with a general track are exact (rounding, 1e-12).

/**
 * Σ over the events that pass with P = e^(−v x) (every track visible on one [0, b]) of term(w, v x), divided
 * by Σ w over all events (general-track events are exact and add nothing to the bounds below).
 */
function sumOverOriginEvents(events: readonly RawEvent[], eps: number, term: (w: number, vx: number) => number): number {
  const x = eps * eps;
  let sum = 0;
  let sw = 0;
  for (const e of events) {
    sw += e.weight;
    if (e.tracks.some((t) => t.length !== 1 || t[0]![0] !== 0)) continue;
    sum += term(e.weight, e.tracks.reduce((s, t) => s + t[0]![1], 0) * x);
  }
  return sum / sw;
}

/** Σ_e w_e P_e · 10⁻⁹ (v_e x)³ (1 + v_e x / 50) / Σ w: the truncation bound of the summary's F (see above). */
const truncationBound = (events: readonly RawEvent[], eps: number): number =>
  sumOverOriginEvents(events, eps, (w, vx) => w * Math.exp(-vx) * 1e-9 * vx ** 3 * (1 + vx / 50));

/**
 * Bound on the summary's error of the standard error: within a bin Var P = ⟨P²⟩ − ⟨P⟩² is a difference, so
 * the dropped third cumulant enters it at relative order skew · σ x ≲ 2 · 2⁻⁸ v x, and Var P ≤ P² (2⁻⁸ v x)²;
 * the spread is then off by ≤ Σ w² P² (2⁻⁸ v x)³ · 2 and σ_F by ≤ √(that · n/(n−1)) / Σ w (√ because the
 * spread may be as small as its own error). Taken ×4 for safety.
 */
function spreadBound(events: readonly RawEvent[], eps: number): number {
  const sw = events.reduce((s, e) => s + e.weight, 0);
  const sum = sw * sumOverOriginEvents(events, eps, (w, vx) => (w * Math.exp(-vx)) ** 2 * 2 * (2 ** -8 * vx) ** 3);
  return (4 * Math.sqrt(2 * sum)) / sw;
}

/** Number of exponential terms of an event's P once expanded: Π over its general tracks of (1 + 2 · intervals). */
const termCount = (e: RawEvent): number => e.tracks.reduce((n, t) => (t.length === 1 && t[0]![0] === 0 ? n : n * (1 + 2 * t.length)), 1);
const isGeneral = (e: RawEvent): boolean => termCount(e) > 1;

/**
 * Bounds of the expanded general-track events (ExpandedGeneral, generalExactCap 0). Each of the four positive
 * histograms reproduces its Σ weight · e^(−u x) to ≲ 1.5·10⁻⁹ of its Σ weight (max over t of 10⁻⁹ t³ (1 + t/50)
 * e^(−t)), and the signs only subtract: |ΔF| ≤ 1.5·10⁻⁹ Σ_e w_e T_e / Σ w (T_e terms), ×2 for safety. The
 * spread Σ w²P² − 2F Σ w²P + F² Σ w² is then off by ≤ 3·10⁻⁹ Σ w² (T² + 2T), hence σ by ≤ √(that · n/(n − 1)) / Σ w
 * with the estimator's n = n_eff = (Σ w)²/Σ w² (√ because the spread may be as small as its own error).
 */
function expandedBounds(events: readonly { weight: number; terms: number }[]): { value: number; error: number } {
  const sw = events.reduce((s, e) => s + e.weight, 0);
  const sw2 = events.reduce((s, e) => s + e.weight ** 2, 0);
  const nEff = (sw * sw) / sw2;
  const bessel = nEff > 1 + 1e-12 ? nEff / (nEff - 1) : 1;
  let value = 0;
  let spread = 0;
  for (const { weight, terms } of events) {
    if (terms <= 1 || terms > 27) continue; // binned as e^(−v x), or kept exact
    value += 3e-9 * weight * terms;
    spread += 3e-9 * weight ** 2 * (terms * terms + 2 * terms);
  }
  return { value: value / sw, error: Math.sqrt(bessel * spread) / sw };
}

/** The (weight, number of expansion terms) of each selected event of built terms. */
function termCounts(t: SurvivalTerms): { weight: number; terms: number }[] {
  return Array.from(t.weight, (weight, s) => {
    let terms = 1;
    for (let j = t.generalTrackStart[s]!; j < t.generalTrackStart[s + 1]!; j++) {
      const track = t.generalTrack[j]!;
      terms *= 1 + 2 * (t.trackIntervalStart[track + 1]! - t.trackIntervalStart[track]!);
    }
    return { weight, terms };
  });
}

/** Split events into consecutive chunks at the given fractions and summarise the chunks' terms. */
function summaryOfChunks(events: readonly RawEvent[], cuts: readonly number[], generalExactCap?: number): SurvivalSummary {
  const at = [0, ...[...cuts].map((c) => Math.floor(c * events.length)).sort((a, b) => a - b), events.length];
  const parts: SurvivalTerms[] = [];
  for (let k = 0; k + 1 < at.length; k++) if (at[k + 1]! > at[k]!) parts.push(handMadeTerms(events.slice(at[k], at[k + 1])));
  return summarizeSurvivalTerms(parts, generalExactCap === undefined ? {} : { generalExactCap });
}

// Events clustered within a few bins (so bins hold many events with a spread of v), plus the broad events of
// handMadeTerms.ts over 12 decades.
const clusteredArb = fc.tuple(fc.double({ min: -1, max: 8, noNaN: true }), fc.array(fc.double({ min: 0, max: 0.02, noNaN: true }), { minLength: 1, maxLength: 60 }))
  .map(([logBase, offsets]) => offsets.map((u) => ({ weight: 1, tracks: [[[0, 10 ** logBase * (1 + u)] as Interval]] }) as RawEvent));

/** Events (broad and clustered), chunk cut points and log10 eps of the two property tests. */
const caseArbs = [
  fc.array(fc.oneof(eventArb.map((e) => [e]), clusteredArb), { minLength: 1, maxLength: 8 }).map((groups) => groups.flat()),
  fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
  fc.double({ min: -7, max: -0.005, noNaN: true }),
] as const;

describe('summarizeSurvivalTerms / survivingFractionFromSummary', () => {
  it('reproduce the per-event surviving fraction and its error within the truncation bound, for any events, chunking and eps', () => {
    fc.assert(
      fc.property(
        ...caseArbs,
        (events, cuts, logEps) => {
          const eps = 10 ** logEps;
          const got = survivingFractionFromSummary(summaryOfChunks(events, cuts), eps);
          const want = reference(events, eps);
          const bound = truncationBound(events, eps);
          expect(Math.abs(got.value - want.value)).toBeLessThanOrEqual(1e-12 * want.value + bound + 1e-300);
          expect(Math.abs(got.error - want.error)).toBeLessThanOrEqual(1e-6 * want.error + 1e-12 * want.value + 10 * bound + spreadBound(events, eps) + 1e-300);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('beyond the exact cap, general-track events expanded into signed exponential sums reproduce F and σ within their absolute bounds (cap 0, any events and chunking)', () => {
    fc.assert(
      fc.property(
        ...caseArbs,
        (events, cuts, logEps) => {
          const eps = 10 ** logEps;
          const summary = summaryOfChunks(events, cuts, 0);
          expect(summary.expanded.count + summary.general.selectedCount).toBe(events.filter(isGeneral).length);
          expect(summary.general.selectedCount).toBe(events.filter((e) => termCount(e) > 27).length); // only the too-long ones stay exact
          const got = survivingFractionFromSummary(summary, eps);
          const want = reference(events, eps);
          const bound = truncationBound(events, eps);
          const expanded = expandedBounds(events.map((e) => ({ weight: e.weight, terms: termCount(e) })));
          expect(Math.abs(got.value - want.value)).toBeLessThanOrEqual(1e-12 * want.value + bound + expanded.value + 1e-300);
          expect(Math.abs(got.error - want.error)).toBeLessThanOrEqual(1e-6 * want.error + 1e-12 * want.value + 10 * bound + spreadBound(events, eps) + expanded.error + 1e-300);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('expanded general-track events of real samples (modified NA64; BaBar instrumented veto, HNL BP1 cascades) agree with survivingFraction', () => {
    const cases = [
      na64SurvivalTerms(generateEvents({ model: preset('idm', { massGeV: 0.3 }), experiment: 'na64', events: 5000, seed: 9 }), na64ModifiedSelection()),
      na64SurvivalTerms(generateEvents({ model: preset('hnl-bp1', { massGeV: 0.3 }), experiment: 'na64', events: 5000, seed: 9 }), na64ModifiedSelection()),
      babarSurvivalTerms(generateEvents({ model: preset('hnl-bp1', { massGeV: 0.3 }), experiment: 'babar', events: 5000, seed: 9 }), babarMonophotonSelection({ vetoVolume: 'instrumented' })),
    ];
    const stayExact: number[] = [];
    for (const terms of cases) {
      const summary = summarizeSurvivalTerms([terms], { generalExactCap: 0 });
      const counts = termCounts(terms);
      expect(summary.expanded.count).toBe(counts.filter((c) => c.terms > 1 && c.terms <= 27).length);
      expect(summary.expanded.count).toBeGreaterThan(1000);
      expect(summary.general.selectedCount).toBe(counts.filter((c) => c.terms > 27).length);
      stayExact.push(summary.general.selectedCount);
      const bound = expandedBounds(counts);
      for (const eps of [1e-6, 1e-5, 1e-4, 1e-3, 3e-3, 1e-2, 0.1]) {
        const exact = survivingFraction(terms, eps);
        const got = survivingFractionFromSummary(summary, eps);
        expect(Math.abs(got.value - exact.value)).toBeLessThanOrEqual(1e-12 + bound.value); // ≤ 5e-12 seen
        expect(Math.abs(got.error - exact.error)).toBeLessThanOrEqual(1e-6 * exact.error + bound.error);
      }
    }
    // Modified NA64: one interval per track, every event expanded; BaBar instrumented BP1: multi-interval cascades
    // of more than 27 terms stay exact (reported here, see docs/performance.md).
    console.log(`expanded summaries: events kept exact (> 27 terms) per case: ${stayExact.join(', ')} of 5000`);
    expect(stayExact.slice(0, 2)).toEqual([0, 0]);
  });

  it('has a size that does not grow with the events for general-track selections either (beyond the cap)', () => {
    const model = preset('idm', { massGeV: 0.3 });
    const summaryOf = (events: number): SurvivalSummary =>
      summarizeSurvivalTerms((function* () { for (const c of generateEventChunks({ model, experiment: 'na64', events, seed: 2 })) yield na64SurvivalTerms(c, na64ModifiedSelection()); })(), { generalExactCap: 100 });
    const small = summaryOf(20_000);
    const large = summaryOf(200_000);
    for (const s of [small, large]) expect(s.general.selectedCount).toBe(100); // iDM: one track, one interval, 3 terms
    expect(large.expanded.count).toBeGreaterThan(9 * small.expanded.count);
    for (const key of ['plus', 'minus', 'pairPlus', 'pairMinus'] as const) {
      const bins = large.expanded[key];
      const octaves = Math.log2(bins.binMinimum[bins.binCount - 1]! / bins.binMinimum[0]!);
      expect(bins.binCount).toBeLessThanOrEqual(256 * Math.ceil(octaves + 1));
      expect(bins.binCount).toBeLessThan(3 * small.expanded[key].binCount);
    }
  });

  it('stays finite for exponents near the double range (bins whose deviations overflow): expanded terms of v ~ 1e157', () => {
    const events: RawEvent[] = [
      { weight: 1, tracks: [[[1e157, 1.0035e157]]] },
      { weight: 1, tracks: [[[1.001e157, 1.002e157]]] },
      { weight: 0.5, tracks: [[[1, 3]]] },
    ];
    const summary = summarizeSurvivalTerms([handMadeTerms(events)], { generalExactCap: 0 });
    for (const eps of [1e-160, 1e-100, 1e-3, 0.5]) {
      const got = survivingFractionFromSummary(summary, eps);
      const want = reference(events, eps);
      expect(Number.isFinite(got.value) && Number.isFinite(got.error)).toBe(true);
      expect(Math.abs(got.value - want.value)).toBeLessThanOrEqual(1e-8);
    }
  });

  it('needs the within-bin variance: 10⁴ events in one bin at v x ≈ 10 are reproduced to 1e-9, the bin mean alone is off by > 1e-6', () => {
    // v uniform over [100, 100 (1 + 2⁻⁹)] (one bin), x = eps² = 0.1.
    const events: RawEvent[] = Array.from({ length: 10_000 }, (_, i) => ({ weight: 1, tracks: [[[0, 100 * (1 + (i / 10_000) * 2 ** -9)] as Interval]] }));
    const eps = Math.sqrt(0.1);
    const summary = summarizeSurvivalTerms([handMadeTerms(events)]);
    expect(summary.binCount).toBe(1);
    const exact = reference(events, eps).value;
    expect(Math.abs(survivingFractionFromSummary(summary, eps).value - exact) / exact).toBeLessThanOrEqual(1e-9);
    const meanV = events.reduce((s, e) => s + e.tracks[0]![0]![1], 0) / events.length;
    expect(Math.abs(Math.exp(-meanV * 0.1) - exact) / exact).toBeGreaterThan(1e-6); // what a mean-only bin would give
  });

  it('does not depend on how the sample was cut into chunks (bit-identical summaries)', () => {
    const model = preset('idm', { massGeV: 0.3 });
    const chunks = [...generateEventChunks({ model, experiment: 'na64', events: 40_000, seed: 5 })];
    expect(chunks.length).toBe(2);
    const a = summarizeSurvivalTerms(chunks.map((c) => na64SurvivalTerms(c)));
    const b = summarizeSurvivalTerms([mergeSurvivalTerms(chunks.map((c) => na64SurvivalTerms(c)))]);
    for (const key of ['binMinimum', 'binWeight', 'binMean', 'binVariance', 'binWeight2', 'binMean2', 'binVariance2'] as const) {
      expect(a[key]).toEqual(b[key]);
    }
    // The same with general-track events, the exact cap falling inside the first chunk.
    const modified = (c: (typeof chunks)[number]) => na64SurvivalTerms(c, na64ModifiedSelection());
    const ga = summarizeSurvivalTerms(chunks.map(modified), { generalExactCap: 1000 });
    const gb = summarizeSurvivalTerms([mergeSurvivalTerms(chunks.map(modified))], { generalExactCap: 1000 });
    expect(ga.expanded).toEqual(gb.expanded);
    for (const key of ['weight', 'originExponent', 'lower', 'upper'] as const) expect(ga.general[key]).toEqual(gb.general[key]);
    expect([a.eventCount, a.selectedCount, a.weightSum]).toEqual([b.eventCount, b.selectedCount, b.weightSum]);
  });

  it('has a size that does not grow with the events for the standard selections (bins bounded by the range of v)', () => {
    const model = preset('idm', { massGeV: 0.3 });
    const binsOf = (events: number): SurvivalSummary =>
      summarizeSurvivalTerms((function* () { for (const c of generateEventChunks({ model, experiment: 'na64', events, seed: 2 })) yield na64SurvivalTerms(c); })());
    const small = binsOf(20_000);
    const large = binsOf(200_000);
    expect(small.general.selectedCount).toBe(0);
    expect(large.general.selectedCount).toBe(0);
    // The bins of v over [v_min, v_max] number at most 256 per octave (+1): the bound is independent of N.
    const octaves = Math.log2(large.binMinimum[large.binCount - 1]! / large.binMinimum[0]!);
    expect(large.binCount).toBeLessThanOrEqual(256 * Math.ceil(octaves + 1));
    expect(large.binCount).toBeLessThan(large.selectedCount / 20); // 10× the events, far fewer than 10× the bins
    expect(large.binCount).toBeLessThan(3 * small.binCount);
  });

  it('keeps events with a general track exactly (modified NA64: identical to survivingFraction)', () => {
    const model = preset('idm', { massGeV: 0.3 });
    const sample = generateEvents({ model, experiment: 'na64', events: 5000, seed: 9 });
    const terms = na64SurvivalTerms(sample, na64ModifiedSelection());
    const summary = summarizeSurvivalTerms([terms]);
    expect(summary.general.selectedCount).toBeGreaterThan(0);
    for (const eps of [1e-5, 1e-4, 3e-4, 1e-3, 3e-3]) {
      const exact = survivingFraction(terms, eps);
      const got = survivingFractionFromSummary(summary, eps);
      expect(Math.abs(got.value - exact.value)).toBeLessThanOrEqual(1e-9 * exact.value + 1e-15);
      expect(Math.abs(got.error - exact.error)).toBeLessThanOrEqual(1e-6 * exact.error + 1e-15);
    }
  });

  it('gives zero error for identical events and { 0, 0 } when nothing is selected', () => {
    const same: RawEvent[] = Array.from({ length: 50 }, () => ({ weight: 1, tracks: [[[0, 3] as Interval]] }));
    const got = survivingFractionFromSummary(summarizeSurvivalTerms([handMadeTerms(same)]), 0.5);
    expect(got.value).toBeCloseTo(Math.exp(-0.75), 14);
    expect(got.error).toBeLessThanOrEqual(1e-15);
    const none = handMadeTerms([]);
    expect(survivingFractionFromSummary(summarizeSurvivalTerms([none]), 0.1)).toEqual({ value: 0, error: 0 });
  });

  it('rejects bad input with a ParameterError naming it', () => {
    const terms = handMadeTerms([{ weight: 1, tracks: [[[0, 1]]] }]);
    expectParameterError(() => summarizeSurvivalTerms(42 as never), 'parts');
    expectParameterError(() => summarizeSurvivalTerms([]), 'parts');
    expectParameterError(() => summarizeSurvivalTerms([terms, { ...terms, weight: new Float64Array(0) }]), 'parts[1]');
    expectParameterError(() => summarizeSurvivalTerms([terms, { ...terms, darkPhotonMassGeV: 2 }]), 'parts[1].darkPhotonMassGeV');
    const summary = summarizeSurvivalTerms([terms]);
    expectParameterError(() => survivingFractionFromSummary(summary, 1), 'epsilon');
    expectParameterError(() => survivingFractionFromSummary(summary, Number.NaN), 'epsilon');
    expectParameterError(() => survivingFractionFromSummary({ ...summary, binMean: new Float64Array(0) }, 0.1), 'summary.binMean');
    expectParameterError(() => survivingFractionFromSummary({ ...summary, binWeight: Float64Array.of(-1) }, 0.1), 'summary.binWeight[0]');
    expectParameterError(() => survivingFractionFromSummary({ ...summary, binMean: Float64Array.of(0.5) }, 0.1), 'summary.binMean[0]');
    expectParameterError(() => survivingFractionFromSummary({ ...summary, weightSum: 7 }, 0.1), 'summary.weightSum');
    expectParameterError(() => survivingFractionFromSummary({ ...summary, general: {} as SurvivalTerms }, 0.1), 'summary.general');
    expectParameterError(() => summarizeSurvivalTerms([terms], { generalExactCap: -1 }), 'options.generalExactCap');
    expectParameterError(() => summarizeSurvivalTerms([terms], { generalExactCaps: 3 } as never), 'options.generalExactCaps');
    expectParameterError(() => survivingFractionFromSummary({ ...summary, expanded: undefined as never }, 0.1), 'summary.expanded');
    const general = summarizeSurvivalTerms([handMadeTerms([{ weight: 1, tracks: [[[1, 2]]] }])], { generalExactCap: 0 });
    expectParameterError(
      () => survivingFractionFromSummary({ ...general, expanded: { ...general.expanded, plus: { ...general.expanded.plus, binWeight: Float64Array.from(general.expanded.plus.binWeight, (w, i) => (i === 0 ? -1 : w)) } } }, 0.1),
      'summary.expanded.plus.binWeight[0]',
    );
    // A hand-made copy of a valid summary evaluates like the original.
    expect(survivingFractionFromSummary({ ...summary }, 0.1)).toEqual(survivingFractionFromSummary(summary, 0.1));
  });
});
