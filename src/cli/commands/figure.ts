// `semivisible figure`: the talk's plot for one model — eps vs m_A' with the published BaBar 2017 and NA64
// 2016-2018 invisible limits, their recast for the semi-visible model, and the muon g-2 band; plus a summary
// of the mass ranges where the g-2 band stays open.
import { ParameterError } from '../../core/errors.js';
import { requireOneOf } from '../../core/validate.js';
import { G2_DATASET_NAMES, type G2DatasetName } from '../../g2/index.js';
import type { ExperimentName } from '../../experiments/index.js';
import { g2Opening, limitCurveRange, openMassRanges, recastCurve, type LimitCurve, type RecastCurve } from '../../recast/index.js';
import { recastFigureSpec, renderExclusionFigure, type RecastFigureSeries } from '../../plot/index.js';
import { svgToPng } from '../../node/png.js';
import { parseIntegerFlag, parseMassGrid, parseNumberFlag } from '../cliArgs.js';
import { defaultReferenceDir, readExperimentLimit } from '../../node/limitFiles.js';
import { MODEL_USAGE, parseModelArgv } from '../modelArgs.js';
import { outputFormat, writeFileAtomically } from '../output.js';
import { progressBar } from '../progress.js';
import type { CliCommand, CliIO } from '../types.js';

const usage = `usage: semivisible figure <preset or model> [--out FILE.svg|.png] [--limits DIR] [options] [model flags]

The talk's figure (arXiv:2302.05410): eps vs m_A' with the BaBar 2017 and NA64 2016-2018 invisible limits as
published (dashed) and recast for the semi-visible model (filled), and the muon g-2 preferred band. Prints the
mass ranges where part of the g-2 band is not excluded.

options:
  --out FILE          .svg or .png (default <model>.svg)
  --limits DIR        directory with babar2017_invisible_eps_limit.csv and na64_2019_invisible_eps_limit.csv
                      (default $SEMIVISIBLE_REFERENCE or ../shared/reference)
  --masses GRID       min:max:n log-spaced (default 0.03:8:60) or a comma list; each experiment uses the
                      masses inside its published curve
  --events N          Monte Carlo events per mass (default 20000)
  --seed S            global seed (default 1)
  --dataset NAME      g-2 data set of the band: 2021 (default, as in the talk), 2023 or 2025
  --sigmas N          width of the g-2 band in sigma (default 2)
  --modified-na64     also draw the talk's proposed modified NA64 search (a projection)
  --json              print the g-2 summary as JSON
  --quiet             no progress bar
${MODEL_USAGE}
`;

const PARAMETER_SYMBOLS: Readonly<Record<string, string>> = {
  alphaD: 'α_D', delta: 'Δ', delta21: 'Δ₂₁', delta32: 'Δ₃₂', theta: 'θ', r: 'r',
};

const SERIES: readonly { experiment: ExperimentName; name: string; color: string }[] = [
  { experiment: 'babar2017', name: 'BaBar 2017', color: '#1f5fbf' },
  { experiment: 'na64-2019', name: 'NA64 2016–18', color: '#d1495b' },
];

function inRange(masses: readonly number[], limit: LimitCurve): number[] {
  const [lo, hi] = limitCurveRange(limit);
  return masses.filter((m) => m >= lo && m <= hi);
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const { model, values, rest } = parseModelArgv(argv, {
    out: { type: 'string' }, limits: { type: 'string' }, masses: { type: 'string' }, events: { type: 'string' },
    seed: { type: 'string' }, dataset: { type: 'string' }, sigmas: { type: 'string' },
    'modified-na64': { type: 'boolean' }, json: { type: 'boolean' }, quiet: { type: 'boolean' },
  });
  if (rest.length > 0) throw new ParameterError('arguments', rest.join(' '), 'one model or preset name');
  const out = typeof values['out'] === 'string' ? values['out'] : `${model.label}.svg`;
  const format = outputFormat(out, ['svg', 'png'] as const);
  const directory = typeof values['limits'] === 'string' ? values['limits'] : defaultReferenceDir();
  const massesGeV = parseMassGrid('--masses', values['masses'] ?? '0.03:8:60');
  const events = parseIntegerFlag('--events', values['events'] ?? '20000', 1, 1e8);
  const seed = parseIntegerFlag('--seed', values['seed'] ?? '1', 0, 2 ** 32 - 1);
  const dataset = requireOneOf('--dataset', values['dataset'] ?? '2021', G2_DATASET_NAMES) as G2DatasetName;
  const sigmas = parseNumberFlag('--sigmas', values['sigmas'] ?? '2');
  if (!(sigmas > 0)) throw new ParameterError('--sigmas', sigmas, '> 0');
  const quiet = values['quiet'] === true;
  const chosen = values['modified-na64'] === true
    ? [...SERIES, { experiment: 'na64-modified' as const, name: 'NA64 modified (projection)', color: '#e9a23b' }]
    : SERIES;
  const series: RecastFigureSeries[] = [];
  const curves: RecastCurve[] = [];
  for (const s of chosen) {
    const limit = readExperimentLimit(directory, s.experiment);
    const masses = inRange(massesGeV, limit);
    if (masses.length === 0) continue;
    const recast = recastCurve({ model, experiment: s.experiment, limit, massesGeV: masses, events, seed,
      onProgress: progressBar(io, s.name, quiet) });
    curves.push(recast);
    series.push({ recast, published: limit, name: s.name, color: s.color });
  }
  const g2Sets: G2DatasetName[] = dataset === '2025' ? ['2025'] : [dataset, '2025'];
  const sorted = [...massesGeV].sort((a, b) => a - b);
  const params = Object.entries(model.parameters).filter(([k]) => k !== 'massGeV' && k !== 'epsilon')
    .map(([k, v]) => `${PARAMETER_SYMBOLS[k] ?? k} = ${Number(v.toPrecision(4))}`).join(', ');
  const svg = renderExclusionFigure(recastFigureSpec({
    title: `Semi-visible dark photon: ${model.label} (${model.kind})`, subtitle: params, series, g2Datasets: g2Sets, g2Sigmas: sigmas,
    massesGeV: sorted, massRangeGeV: [Math.min(0.03, sorted[0] as number), Math.max(8, sorted.at(-1) as number)],
  }));
  const opening = g2Opening({ curves, dataset, sigmas, massesGeV: sorted });
  const ranges = openMassRanges(opening);
  writeFileAtomically(out, format === 'svg' ? svg : await svgToPng(svg, 2));
  if (values['json'] === true) {
    io.stdout(`${JSON.stringify({ model: model.label, dataset, sigmas, figure: out, openMassRangesGeV: ranges, points: opening })}\n`);
  } else {
    const text = ranges.length === 0 ? 'none (the band is excluded at every mass of the grid)'
      : ranges.map(([a, b]) => `${a.toPrecision(3)}–${b.toPrecision(3)} GeV`).join(', ');
    io.stdout(`${model.label}: g-2 ${sigmas} sigma band (${dataset}) open at ${text}\nwrote ${out}\n`);
  }
  return 0;
}

/** The `figure` sub-command. */
export const figureCommand: CliCommand = {
  name: 'figure',
  summary: "draw the talk's exclusion figure (recast BaBar/NA64 + g-2 band) for a model",
  usage,
  run,
};
