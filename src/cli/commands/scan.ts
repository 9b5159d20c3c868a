// `semivisible scan`: a recast at every point of a grid over model parameters, on all cores, optionally one shard
// of N, streamed as JSON lines (one flushed line per point) and resumable after an interruption.
import { availableParallelism } from 'node:os';
import { ParameterError } from '../../core/errors.js';
import { requireOneOf } from '../../core/validate.js';
import { EXPERIMENT_NAMES, type ExperimentName } from '../../experiments/index.js';
import { checkScanFields, parseScanAxis, parseShard, runScan, scanBase, scanPlan, scanPointCount, WHOLE_SCAN } from '../../scan/index.js';
import { parseIntegerFlag, massGridFlag } from '../cliArgs.js';
import { defaultReferenceDir, readExperimentLimit, readLimitCurveFile } from '../../node/limitFiles.js';
import { MODEL_USAGE, parseModelArgv } from '../modelArgs.js';
import { outputFormat } from '../output.js';
import { progressBar } from '../progress.js';
import type { CliCommand, CliIO } from '../types.js';

const usage = `usage: semivisible scan <model or preset> --vary FIELD=a:b:n [--vary ...] --experiment NAME --out FILE.jsonl [options]

Recast a published invisible-search limit at every point of a grid over the model's constructor fields (the
same recast as 'semivisible recast' at each point), on all cores, streaming one JSON line per point.

grid:
  --vary FIELD=a:b:n       n linearly spaced values from a to b (both included)
  --vary FIELD=log:a:b:n   n logarithmically spaced values (a, b > 0)
  --vary FIELD=v1,v2,...   an explicit list
                           FIELD is a constructor field of the model (alphaD, r, delta, theta, muLGeV, ...;
                           not massGeV or epsilon, the recast's own axes). GeV fields are values at --mass
                           and scale with the mass grid. Repeat --vary for more axes: the grid is the full
                           product, point index row-major over the --vary list (the last varies fastest).
options:
  --experiment NAME   babar2017, na64-2019 or na64-modified (required)
  --limits FILE       published limit (CSV, HEPData YAML or JSON); default: the experiment's file in
                      $SEMIVISIBLE_REFERENCE or ../shared/reference
  --masses GRID       min:max:n log-spaced masses in GeV, or a comma list (default 0.03:8:60 for BaBar,
                      0.03:1:40 for NA64, ends clipped to the limit curve)
  --events N          Monte Carlo events per mass (default 20000)
  --seed S            global seed (default 1); point i uses deriveSeed(S, i), so results do not depend on
                      --workers, --shard or --resume
  --workers N         worker threads (default: the available parallelism, ${availableParallelism()} here); 0 runs in the
                      main thread
  --shard i/N         compute only the points with index mod N = i - 1 (1 <= i <= N), e.g. one Slurm array
                      task each; join the shard files with 'semivisible merge'
  --out FILE.jsonl    results, one JSON line per point, appended as each completes (completion order; the
                      file is a set keyed by "index": 'semivisible merge' checks and sorts it) (required)
  --resume            continue an existing --out: verify and skip its points, drop a line cut mid-write
  --quiet             no progress bar, no summary
${MODEL_USAGE}
`;

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const { model, values, rest } = parseModelArgv(argv, {
    vary: { type: 'string', multiple: true }, experiment: { type: 'string' }, limits: { type: 'string' },
    masses: { type: 'string' }, events: { type: 'string' }, seed: { type: 'string' }, workers: { type: 'string' },
    shard: { type: 'string' }, out: { type: 'string' }, resume: { type: 'boolean' }, quiet: { type: 'boolean' },
  });
  if (rest.length > 0) throw new ParameterError('arguments', rest.join(' '), 'one model or preset name');
  if (values['experiment'] === undefined) throw new ParameterError('--experiment', undefined, EXPERIMENT_NAMES.join(', '));
  const experiment = requireOneOf('--experiment', values['experiment'], EXPERIMENT_NAMES) as ExperimentName;
  const out = values['out'];
  if (typeof out !== 'string') throw new ParameterError('--out', out, 'a file ending in .jsonl');
  outputFormat(out, ['jsonl'] as const);
  const vary = values['vary'];
  const axes = (Array.isArray(vary) ? vary : []).map((text) => parseScanAxis(text, '--vary'));
  checkScanFields(scanBase(model), axes.map((axis) => axis.name), '--vary');
  const shard = values['shard'] === undefined ? WHOLE_SCAN : parseShard(values['shard'], '--shard');
  const workers = parseIntegerFlag('--workers', values['workers'] ?? String(availableParallelism()), 0, 1024);
  const limit = typeof values['limits'] === 'string'
    ? readLimitCurveFile(values['limits'])
    : readExperimentLimit(defaultReferenceDir(), experiment, '--limits (default reference directory)');
  // Same default grids as `semivisible recast`.
  const massesGeV = massGridFlag('--masses', values['masses'], experiment, limit);
  const events = parseIntegerFlag('--events', values['events'] ?? '20000', 1, 1e8);
  const seed = parseIntegerFlag('--seed', values['seed'] ?? '1', 0, 2 ** 32 - 1);
  const plan = scanPlan({ model, axes, experiment, limit, massesGeV, events, seed });
  const quiet = values['quiet'] === true;
  const summary = await runScan({
    plan, out, workers, shard, resume: values['resume'] === true,
    onProgress: progressBar(io, `scan ${experiment}`, quiet),
  });
  if (!quiet) {
    const part = shard.count === 1 ? '' : ` of shard ${shard.index}/${shard.count}`;
    const dropped = summary.droppedTruncatedLine ? '; dropped a line cut mid-write' : '';
    io.stderr(`wrote ${summary.computed} points${part} to ${out} (${summary.skipped} already there${dropped}; ` +
      `${summary.shardPoints} in this shard, ${scanPointCount(plan)} in the grid)\n`);
  }
  return 0;
}

/** The `scan` sub-command. */
export const scanCommand: CliCommand = {
  name: 'scan',
  summary: 'recast over a grid of model parameters, on all cores, sharded and resumable',
  usage,
  run,
};
