// The talk's qualitative answers (arXiv:2302.05410 as presented; issue 6 "Expected, from the talk"), as
// regression tests of the whole chain: models -> widths -> Monte Carlo -> cuts -> recast -> g-2 band.
// They test physics statements made independently of this code, at single masses with a fixed seed:
// iDM is disfavoured at 2 sigma (its leptons are vetoed often enough), i2DM opens the g-2 band near 1 GeV,
// HNL BP2 relaxes the constraint at low mass. 4000 events per mass (20 000 for i2DM): the open fractions
// asserted are 0 or well above the MC scatter (edge errors of a few per cent).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { preset, type PresetName } from '../../src/models/index.js';
import { babarMonophotonSelection } from '../../src/experiments/index.js';
import { g2Opening, parseLimitCsv, recastCurve, recastPoint } from '../../src/recast/index.js';
import { referencePath } from '../helpers/reference.js';

const babar = parseLimitCsv(readFileSync(referencePath('babar2017_invisible_eps_limit.csv'), 'utf8'), 'BaBar 2017');
const na64 = parseLimitCsv(readFileSync(referencePath('na64_2019_invisible_eps_limit.csv'), 'utf8'), 'NA64 2019');

function openFraction(name: PresetName, massGeV: number, events = 4000): number {
  const common = { model: preset(name), massesGeV: [massGeV], events, seed: 3 };
  const curves = [recastCurve({ ...common, experiment: 'babar2017', limit: babar })];
  if (massGeV <= 1) curves.push(recastCurve({ ...common, experiment: 'na64-2019', limit: na64 }));
  const [point] = g2Opening({ curves, dataset: '2021', sigmas: 2 });
  return point!.openFraction;
}

describe("the talk's answers, reproduced", () => {
  it('iDM: the 2-sigma g-2 band is excluded at 0.5 and 1 GeV', () => {
    expect(openFraction('idm', 0.5)).toBe(0);
    expect(openFraction('idm', 1)).toBe(0);
  });
  it('i2DM: the g-2 band is open at 1 GeV (between two excluded intervals)', () => {
    // The fraction is a Monte Carlo quantity near the edge of the band: over seeds 1–12 at 20 000 events it is
    // 0.82–1.00 (at 4000 events 0.5–1.0, mean ≈ 0.87), so "open" is asserted as more than half the band's width.
    expect(openFraction('i2dm', 1, 20_000)).toBeGreaterThan(0.5);
  });
  it('HNL BP2: the g-2 band is open at 0.3 GeV', () => {
    expect(openFraction('hnl-bp2', 0.3)).toBeGreaterThan(0.5);
  });

  it('cross-check: at 1.25 GeV (iDM) the BaBar constraint weakens monotonically as the lepton threshold rises', () => {
    // Same seed, so the same events: a higher threshold can only hide more decays (F up, eps_lo down).
    const model = preset('idm', { massGeV: 1.25 });
    const edges = [0.05, 0.1, 0.3, 1].map((threshold) =>
      recastPoint({ model, experiment: 'babar2017', limit: babar, events: 3000, seed: 1,
        selection: babarMonophotonSelection({ leptonEnergyThresholdGeV: threshold }) }).epsilonLower!);
    for (let k = 1; k < edges.length; k++) expect(edges[k]!).toBeLessThan(edges[k - 1]!);
  });
});
