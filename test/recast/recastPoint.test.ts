import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hnl, preset } from '../../src/models/index.js';
import { babarMonophotonSelection, babarSurvivalTerms, darkBranchingRatio, na64SurvivalTerms, survivingFraction } from '../../src/experiments/index.js';
import { generateEvents, type EventSample } from '../../src/production/index.js';
import { solveExclusionWithUncertainty } from '../../src/recast/exclusionBand.js';
import { decayTable } from '../../src/widths/index.js';
import { parseLimitCsv, recastCurve, recastPoint } from '../../src/recast/index.js';
import { referencePath } from '../helpers/reference.js';

const babar = parseLimitCsv(readFileSync(referencePath('babar2017_invisible_eps_limit.csv'), 'utf8'), 'BaBar 2017');
const na64 = parseLimitCsv(readFileSync(referencePath('na64_2019_invisible_eps_limit.csv'), 'utf8'), 'NA64 2019');

describe('recastPoint with the real event generator', () => {
  it('reproduces the published limit for a purely invisible A\' (stable dark fermions, diagonal couplings only)', () => {
    // A' -> psi1 psi1, psi2 psi2 only; neither state can decay, so F = BR_dark(eps) = 1 - O(eps² Γ_SM/Γ_dark).
    const model = hnl({ massGeV: 1, epsilon: 1e-3, alphaD: 0.1, massMatrix: [[0.2, 0], [0, 0.3]], charges: [1, -1] });
    // Expected edge, independent of the Monte Carlo: eps_lo² BR_dark(eps_lo) = eps_UL², with
    // BR_dark(eps) = Γ_dark / (Γ_dark + eps² Γ_SM/eps²) from the A' decay table (eps² channels are the SM ones).
    const table = decayTable(model, "A'");
    const smPerEps2 = table.channels.filter((c) => c.epsilonPower === 2).reduce((s, c) => s + c.widthGeV, 0) / 1e-6;
    const dark = table.channels.filter((c) => c.epsilonPower === 0).reduce((s, c) => s + c.widthGeV, 0);
    for (const [experiment, limit] of [['babar2017', babar], ['na64-2019', na64]] as const) {
      const p = recastPoint({ model, experiment, limit, events: 500, seed: 3 });
      const ul = p.epsilonLimit!;
      // eps² dark/(dark + eps² sm) = ul²  =>  eps² = ul² dark / (dark - ul² sm)
      const expected = Math.sqrt((ul * ul * dark) / (dark - ul * ul * smPerEps2));
      expect(p.epsilonUpper).toBeNull();
      expect(Math.abs(p.epsilonLower! / expected - 1)).toBeLessThan(1e-8); // solver tolerance 1e-9
      expect(p.survivingFraction).toBeGreaterThan(1 - 1e-3);
    }
  });

  it('is deterministic for a seed and gives a band above the published limit for iDM at 1 GeV (BaBar)', () => {
    const model = preset('idm', { massGeV: 1 });
    const a = recastPoint({ model, experiment: 'babar2017', limit: babar, events: 4000, seed: 11 });
    const b = recastPoint({ model, experiment: 'babar2017', limit: babar, events: 4000, seed: 11 });
    expect(a).toEqual(b);
    expect(a.epsilonLower!).toBeGreaterThan(a.epsilonLimit!);
    expect(a.survivingFraction!).toBeGreaterThan(0);
    expect(a.survivingFraction!).toBeLessThan(1);
    expect(a.epsilonLowerError!).toBeGreaterThan(0);
    expect(a.epsilonLowerError! / a.epsilonLower!).toBeLessThan(0.05); // 4000 events: a few per cent at most
  });

  it('streamed and summarised, gives the edges of the exact whole-sample evaluation (to the summary error, 1e-6)', () => {
    // Independent path: all events at once, exact per-event terms, survivingFraction, the same solver.
    // iDM at 0.3 GeV: BaBar excludes two bands (three finite edges), NA64 one closed band.
    const model = preset('idm', { massGeV: 0.3 });
    for (const [experiment, limit, gen, build] of [
      ['babar2017', babar, 'babar', (s: EventSample) => babarSurvivalTerms(s)],
      ['na64-2019', na64, 'na64', (s: EventSample) => na64SurvivalTerms(s)],
    ] as const) {
      const events = 40_000; // two chunks
      const p = recastPoint({ model, experiment, limit, events, seed: 4 });
      const sample = generateEvents({ model, experiment: gen, events, seed: 4 });
      const terms = build(sample);
      const exact = solveExclusionWithUncertainty((eps) => {
        const br = darkBranchingRatio(sample, eps);
        const f = survivingFraction(terms, eps);
        return { value: br * f.value, error: br * f.error };
      }, p.epsilonLimit!);
      expect(p.intervals.length).toBe(exact.intervals.length);
      expect(p.intervals.flatMap((i) => [i.lower, i.upper]).filter((e) => e !== null).length).toBeGreaterThanOrEqual(2);
      p.intervals.forEach((interval, k) => {
        const want = exact.intervals[k]!;
        expect(interval.lower / want.lower - 1).toBeCloseTo(0, 6);
        if (want.upper === null) expect(interval.upper).toBeNull();
        else expect(interval.upper! / want.upper - 1).toBeCloseTo(0, 6);
      });
    }
  });

  it('generates inside a user-chosen photon window (a wider window changes the sample, not just the cut)', () => {
    const model = preset('idm', { massGeV: 1 });
    const wide = babarMonophotonSelection({ photonWindow: { cosMin: -0.9, cosMax: 0.9 } });
    const p = recastPoint({ model, experiment: 'babar2017', limit: babar, events: 4000, seed: 5, selection: wide });
    const q = recastPoint({ model, experiment: 'babar2017', limit: babar, events: 4000, seed: 5 });
    expect(p.survivingFraction).not.toBeCloseTo(q.survivingFraction!, 3);
  });

  it('recastCurve returns ascending masses with per-point seeds independent of the grid order', () => {
    const model = preset('idm');
    const c1 = recastCurve({ model, experiment: 'na64-2019', limit: na64, massesGeV: [0.3, 0.1], events: 500, seed: 2 });
    const c2 = recastCurve({ model, experiment: 'na64-2019', limit: na64, massesGeV: [0.1, 0.3], events: 500, seed: 2 });
    expect(c1.points.map((p) => p.massGeV)).toEqual([0.1, 0.3]);
    expect(c1).toEqual(c2);
    expect(() => recastCurve({ model, experiment: 'na64-2019', limit: na64, massesGeV: [5], events: 100 })).toThrow(/massGeV = 5/);
  });
});
