/**
 * The talk's cross-check (arXiv:2302.05410): how the BaBar 2017 recast constraint on the iDM benchmark at
 * m_A' = 1.25 GeV depends on the lepton-energy threshold of the track veto. A higher threshold lets more
 * soft-lepton events pass as "invisible", so the surviving fraction F grows and the excluded band widens
 * (eps_lo falls). Prints eps_lo, eps_hi and F(eps_UL) for thresholds 25 MeV – 1 GeV.
 *
 * Run: npx tsx examples/babar-threshold-crosscheck.ts   (after `npm run build`)
 */
import { babarMonophotonSelection, g2Band, preset, recastPoint } from 'semivisible';
import { readExperimentLimit } from 'semivisible/node';

const massGeV = 1.25;
const limit = readExperimentLimit(process.env['SEMIVISIBLE_REFERENCE'] ?? '../shared/reference', 'babar2017');
const model = preset('idm', { massGeV });
const band = g2Band({ dataset: '2021', sigmas: 2, massGeV });

console.log(`iDM (r = 0.33, Δ = 0.4, α_D = 0.1) at m_A' = ${massGeV} GeV, BaBar 2017 recast, 5000 events`);
console.log(`g−2 2σ band (2021): ${band.lower?.toExponential(3)} – ${band.upper.toExponential(3)}\n`);
console.log('threshold [GeV]   eps_lo        eps_hi        F(eps_UL)   g−2 band excluded?');
for (const threshold of [0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0]) {
  const selection = babarMonophotonSelection({ leptonEnergyThresholdGeV: threshold });
  const p = recastPoint({ model, experiment: 'babar2017', limit, events: 5000, seed: 1, selection });
  const hi = p.epsilonLower === null ? '-' : p.epsilonUpper === null ? 'open' : p.epsilonUpper.toExponential(3);
  const covers = p.intervals.some((i) => i.lower <= (band.lower ?? 0) && (i.upper === null || i.upper >= band.upper));
  console.log(
    `${threshold.toFixed(3).padEnd(17)} ${(p.epsilonLower?.toExponential(3) ?? '-').padEnd(13)} ${hi.padEnd(13)} ` +
      `${p.survivingFraction?.toFixed(4)}      ${covers ? 'yes' : 'no'}`,
  );
}
