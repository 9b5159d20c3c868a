/**
 * Recast your own dark sector: a 4-state Majorana sector with an active neutrino, built from its 4×4 mass
 * matrix in the basis (ν, η, χ_L, (χ_R)^c) with U(1)_X charges (0, 0, +1, −1) — THEORY.md §2.3's fixture
 * (defined at m_A' = 1 GeV) scaled to m_A' = 0.5 GeV. Prints the mass eigenstates and their A' couplings,
 * the decay tables, then recasts the BaBar 2017 and NA64 2016–2018 invisible limits over a few masses (the
 * model is moved to each mass with all mass ratios fixed, as `withDarkPhotonMass` does) and reports the
 * excluded eps bands and how much of the muon g−2 band they leave open. Writes the exclusion figure as SVG.
 *
 * Run: npx tsx examples/custom-dark-sector-recast.ts [figure.svg]   (after `npm run build`)
 * Published limits: $SEMIVISIBLE_REFERENCE, else ../shared/reference (relative to the working directory).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  decayTables,
  g2Opening,
  hnl,
  limitCurveRange,
  openMassRanges,
  parseLimitCsv,
  recastCurve,
  type ExperimentName,
  type LimitCurve,
  type RecastCurve,
} from 'semivisible';
import { recastFigureSpec, renderExclusionFigure, type RecastFigureSeries } from 'semivisible/plot';

// --- The model ---------------------------------------------------------------------------------------------
const massGeV = 0.5; // m_A'
const epsilon = 1e-3;
const alphaD = 0.11;
/** THEORY.md §2.3: the C-symmetric 3×3 fixture plus an active ν mixing with η (M_νη = 1e-3), GeV at m_A' = 1 GeV. */
const FIXTURE_AT_1_GEV = [
  [0, 1e-3, 0, 0],
  [1e-3, 0.5, 0.08, 0.08],
  [0, 0.08, 0.02, 0.3],
  [0, 0.08, 0.3, 0.02],
];
const massMatrix = FIXTURE_AT_1_GEV.map((row) => row.map((x) => x * massGeV));
const model = hnl({ massGeV, epsilon, alphaD, massMatrix, charges: [0, 0, 1, -1], activeFlavours: 1 });

const sci = (x: number, digits = 3): string => x.toExponential(digits - 1);
const gX = Math.sqrt(4 * Math.PI * alphaD);

console.log(`Custom dark sector: 4×4 Majorana mass matrix (ν, η, χ_L, χ_R^c), m_A' = ${massGeV} GeV, eps = ${epsilon}, alpha_D = ${alphaD}`);
console.log('\nstate   mass [GeV]   m/m_A\'      |U_ν|²');
for (const s of model.states) {
  console.log(`${s.name.padEnd(8)}${sci(s.massGeV, 5).padEnd(13)}${(s.massGeV / massGeV).toFixed(6).padEnd(11)}${sci(s.activeAdmixture)}`);
}
console.log(`\nA' couplings (in units of g_X = ${gX.toFixed(4)}):`);
for (const c of model.couplings) {
  const pair = `${model.states[c.i]!.name}–${model.states[c.j]!.name}`;
  console.log(`  ${pair.padEnd(11)} c_V = ${(c.vector / gX).toFixed(6)}   c_A = ${(c.axial / gX).toExponential(4)}`);
}
console.log('\ndecays at this eps:');
for (const t of decayTables(model)) {
  const channels = t.channels
    .filter((c) => c.branchingRatio > 1e-4)
    .map((c) => `${c.products.join(' ')} ${(100 * c.branchingRatio).toFixed(c.branchingRatio > 0.01 ? 1 : 3)}%`);
  console.log(`  ${t.parent.padEnd(5)} cτ = ${sci(t.ctauCm!)} cm   → ${channels.join(', ')}`);
}

// --- The recast --------------------------------------------------------------------------------------------
const reference = process.env['SEMIVISIBLE_REFERENCE'] ?? '../shared/reference';
const readLimit = (file: string, label: string): LimitCurve => parseLimitCsv(readFileSync(resolve(reference, file), 'utf8'), label);
const searches: { experiment: ExperimentName; limit: LimitCurve; name: string; color: string }[] = [
  { experiment: 'babar2017', limit: readLimit('babar2017_invisible_eps_limit.csv', 'BaBar 2017'), name: 'BaBar 2017', color: '#1f5fbf' },
  { experiment: 'na64-2019', limit: readLimit('na64_2019_invisible_eps_limit.csv', 'NA64 2016–18'), name: 'NA64 2016–18', color: '#d1495b' },
];
const massesGeV = [0.03, 0.1, 0.3, 1, 3, 6];
const events = 3000;
const seed = 7;

const curves: RecastCurve[] = [];
const series: RecastFigureSeries[] = [];
for (const s of searches) {
  const [lo, hi] = limitCurveRange(s.limit);
  const inRange = massesGeV.filter((m) => m >= lo && m <= hi); // NA64's limit stops at ~1 GeV
  const curve = recastCurve({ model, experiment: s.experiment, limit: s.limit, massesGeV: inRange, events, seed });
  curves.push(curve);
  series.push({ recast: curve, published: s.limit, name: s.name, color: s.color });
  console.log(`\n${s.name} recast (${events} events per mass; published: invisible A', 90% CL)`);
  console.log(`  m_A' [GeV]   eps_UL      excluded eps                        F(eps_UL) = BR_dark × P_pass`);
  for (const p of curve.points) {
    const band = p.intervals.length === 0 ? 'nothing'
      : p.intervals.map((i) => (i.upper === null ? `eps ≥ ${sci(i.lower)}` : `[${sci(i.lower)}, ${sci(i.upper)}]`)).join(' ∪ ');
    const pct = p.epsilonLowerError === null || p.epsilonLower === null ? null : (100 * p.epsilonLowerError) / p.epsilonLower;
    const err = pct === null ? '' : ` (lower ± ${pct < 0.01 ? '< 0.01' : pct.toPrecision(1)}%)`;
    const f = p.survivingFraction === null ? '—' : `${p.survivingFraction.toFixed(4)} ± ${p.survivingFractionError!.toFixed(4)}`;
    console.log(`  ${String(p.massGeV).padEnd(13)}${p.epsilonLimit === null ? '—'.padEnd(12) : sci(p.epsilonLimit).padEnd(12)}${(band + err).padEnd(36)}${f}`);
  }
}

// --- Does it still explain the muon g-2 (2021 band, 2σ, as in the paper)? ----------------------------------
const opening = g2Opening({ curves, dataset: '2021', sigmas: 2, massesGeV });
console.log('\nmuon g-2 band (2021, 2σ) left open by the recast exclusions:');
for (const p of opening) {
  const lower = p.bandLower === null ? 'none' : sci(p.bandLower);
  console.log(`  m_A' = ${String(p.massGeV).padEnd(5)} band [${lower}, ${sci(p.bandUpper)}]   open fraction ${(100 * p.openFraction).toFixed(0)}%`);
}
const ranges = openMassRanges(opening);
console.log(`open at: ${ranges.length === 0 ? 'no mass of the grid' : ranges.map(([a, b]) => (a === b ? `${a} GeV` : `${a}–${b} GeV`)).join(', ')}`);

// --- Figure ------------------------------------------------------------------------------------------------
const out = process.argv[2] ?? join(tmpdir(), 'semivisible-custom-dark-sector.svg');
const svg = renderExclusionFigure(
  recastFigureSpec({
    title: 'Custom 4-state dark sector (ν, η, χ_L, χ_R^c)',
    subtitle: `α_D = ${alphaD}, 4×4 mass matrix ∝ m_A' (THEORY §2.3 fixture), ${events} events per mass`,
    series,
    g2Datasets: ['2021', '2025'],
    massesGeV,
  }),
);
writeFileSync(out, svg);
console.log(`\nwrote ${out}`);
