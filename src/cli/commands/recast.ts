// `semivisible recast`: recast a published invisible-search limit for a semi-visible model over a mass grid.
import { ParameterError } from '../../core/errors.js';
import { requireOneOf } from '../../core/validate.js';
import { EXPERIMENT_NAMES, type ExperimentName } from '../../experiments/index.js';
import { recastCurve, recastToCsv, recastToHepDataYaml, recastToJson, type RecastCurve } from '../../recast/index.js';
import { recastFigureSpec, renderExclusionFigure } from '../../plot/index.js';
import { svgToPng } from '../../node/png.js';
import { parseIntegerFlag, massGridFlag } from '../cliArgs.js';
import { defaultReferenceDir, readExperimentLimit, readLimitCurveFile } from '../../node/limitFiles.js';
import { MODEL_USAGE, parseModelArgv } from '../modelArgs.js';
import { outputFormat, writeFileAtomically } from '../output.js';
import { progressBar } from '../progress.js';
import type { CliCommand, CliIO } from '../types.js';

const usage = `usage: semivisible recast <model or preset> --experiment babar2017|na64-2019|na64-modified [options] [model flags]

Recast a published invisible-search limit eps_UL(m) for a semi-visible dark photon: at each mass, sample the
events once, then solve eps^2 F(eps, m) >= eps_UL(m)^2 for the excluded band (EXPERIMENTS 6).

options:
  --experiment NAME   babar2017, na64-2019 or na64-modified (required)
  --limits FILE       published limit (CSV, HEPData YAML or JSON); default: the experiment's file in
                      $SEMIVISIBLE_REFERENCE or ../shared/reference
  --masses GRID       min:max:n log-spaced masses in GeV, or a comma list; every mass must lie inside the
                      limit curve (default 0.03:8:60 for BaBar, 0.03:1:40 for NA64, ends clipped to the curve)
  --events N          Monte Carlo events per mass (default 20000)
  --seed S            global seed (default 1)
  --out FILE          write .json, .csv, .yaml (HEPData table), .svg or .png instead of printing a table
  --json              print the JSON result on stdout
  --quiet             no progress bar
${MODEL_USAGE}
`;

function formatCell(x: number | null): string {
  return x === null ? '-' : x.toPrecision(4);
}

function table(curve: RecastCurve): string {
  const head = `${curve.experiment} recast of "${curve.limit}" for ${curve.model} (seed ${curve.seed})\n`;
  const cols = `${'m [GeV]'.padEnd(10)}${'eps_UL'.padEnd(12)}${'eps_lo'.padEnd(12)}${'eps_hi'.padEnd(12)}F(eps_UL)\n`;
  const rows = curve.points.map((p) =>
    `${formatCell(p.massGeV).padEnd(10)}${formatCell(p.epsilonLimit).padEnd(12)}${formatCell(p.epsilonLower).padEnd(12)}` +
    `${(p.epsilonLower !== null && p.epsilonUpper === null ? 'open' : formatCell(p.epsilonUpper)).padEnd(12)}${formatCell(p.survivingFraction)}`);
  return `${head}${cols}${rows.join('\n')}\n`;
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const { model, values, rest } = parseModelArgv(argv, {
    experiment: { type: 'string' }, limits: { type: 'string' }, masses: { type: 'string' }, events: { type: 'string' },
    seed: { type: 'string' }, out: { type: 'string' }, json: { type: 'boolean' }, quiet: { type: 'boolean' },
  });
  if (rest.length > 0) throw new ParameterError('arguments', rest.join(' '), 'one model or preset name');
  if (values['experiment'] === undefined) throw new ParameterError('--experiment', undefined, EXPERIMENT_NAMES.join(', '));
  const experiment = requireOneOf('--experiment', values['experiment'], EXPERIMENT_NAMES) as ExperimentName;
  const limit = typeof values['limits'] === 'string'
    ? readLimitCurveFile(values['limits'])
    : readExperimentLimit(defaultReferenceDir(), experiment, '--limits (default reference directory)');
  const massesGeV = massGridFlag('--masses', values['masses'], experiment, limit);
  const events = parseIntegerFlag('--events', values['events'] ?? '20000', 1, 1e8);
  const seed = parseIntegerFlag('--seed', values['seed'] ?? '1', 0, 2 ** 32 - 1);
  const out = typeof values['out'] === 'string' ? values['out'] : undefined;
  const format = out === undefined ? undefined : outputFormat(out, ['json', 'csv', 'yaml', 'svg', 'png'] as const);
  const curve = recastCurve({
    model, experiment, limit, massesGeV, events, seed,
    onProgress: progressBar(io, `recast ${experiment}`, values['quiet'] === true),
  });
  if (out === undefined || format === undefined) {
    io.stdout(values['json'] === true ? recastToJson(curve) : table(curve));
    return 0;
  }
  if (format === 'json') writeFileAtomically(out, recastToJson(curve));
  else if (format === 'csv') writeFileAtomically(out, recastToCsv(curve));
  else if (format === 'yaml') writeFileAtomically(out, recastToHepDataYaml(curve));
  else {
    const svg = renderExclusionFigure(recastFigureSpec({
      title: `${model.label}: ${experiment} recast`,
      series: [{ recast: curve, published: limit, name: experiment, color: '#1f5fbf' }],
      massRangeGeV: [Math.min(...massesGeV) * 0.9, Math.max(...massesGeV) * 1.1],
    }));
    writeFileAtomically(out, format === 'svg' ? svg : await svgToPng(svg, 2));
  }
  if (values['quiet'] !== true) io.stderr(`wrote ${out}\n`);
  return 0;
}

/** The `recast` sub-command. */
export const recastCommand: CliCommand = {
  name: 'recast',
  summary: 'recast a published invisible-search limit for a semi-visible model',
  usage,
  run,
};
