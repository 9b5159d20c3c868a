/**
 * Running a scan into a JSON-lines file: the points of one shard (all of them by default) that the file does not
 * hold yet are computed on worker threads (or in this thread with `workers: 0`) and appended in completion
 * order, one flushed line each. The file is a set keyed by point index; `mergeScanFiles` (CLI `semivisible
 * merge`) checks and sorts it.
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import { requireInteger, requireObject } from '../core/validate.js';
import { runScanPoint, scanPointCount, type ScanPlan, type ScanRecord } from './scanPlan.js';
import { openScanWriter, prepareScanFile } from './scanFile.js';
import { shardIndices, WHOLE_SCAN, type ScanShard } from './shard.js';
import { runOnWorkers } from './workerPool.js';

/** Inputs of {@link runScan}. */
export interface RunScanOptions {
  /** The scan (from `scanPlan`). */
  readonly plan: ScanPlan;
  /** The JSON-lines output file. */
  readonly out: string;
  /** Worker threads (default os.availableParallelism()); 0 computes in the calling thread. */
  readonly workers?: number;
  /** The slice to compute (default the whole scan, 1/1). */
  readonly shard?: ScanShard;
  /** Continue an existing file: verify and skip its points, drop a truncated last line (default false). */
  readonly resume?: boolean;
  /** Called after each computed point with (points done, points to do in this run). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** What a run did. */
export interface ScanSummary {
  /** Points in the whole grid. */
  readonly total: number;
  /** Points in this run's shard. */
  readonly shardPoints: number;
  /** Shard points already in the file (skipped). */
  readonly skipped: number;
  /** Points computed and appended by this run. */
  readonly computed: number;
  /** Whether a truncated last line (a kill mid-write) was dropped before resuming. */
  readonly droppedTruncatedLine: boolean;
}

/**
 * Run (or resume) a scan shard into `out`. Results are bit-identical whatever `workers` and however the run
 * is split into shards or resumptions: point i depends only on the plan and i.
 * @throws ParameterError for bad options, an existing `out` without `resume`, a resumed file from another scan,
 *   or a ParameterError raised at a point (named `... (scan point i)`)
 * @example
 * const plan = scanPlan({ model: preset('idm'), axes: [parseScanAxis('delta=0.1:0.4:4')], experiment: 'babar2017', limit, massesGeV: [0.5, 1] });
 * await runScan({ plan, out: 'scan.jsonl', workers: 2 }); // { total: 4, computed: 4, ... }
 */
export async function runScan(options: RunScanOptions): Promise<ScanSummary> {
  requireObject('options', options);
  const { plan, out } = options;
  const workers = requireInteger('workers', options.workers ?? availableParallelism(), 0, 1024);
  const shard = options.shard ?? WHOLE_SCAN;
  const total = scanPointCount(plan);
  const indices = shardIndices(total, shard);
  const state = prepareScanFile(out, plan, shard, options.resume ?? false);
  const todo = indices.filter((i) => !state.done.has(i));
  const writer = openScanWriter(out);
  let done = 0;
  const onRecord = (record: ScanRecord): void => {
    writer.write(record);
    options.onProgress?.(++done, todo.length);
  };
  try {
    if (workers === 0) for (const index of todo) onRecord(runScanPoint(plan, index));
    else await runOnWorkers({ plan, indices: todo, workers, onRecord });
  } finally {
    writer.close();
  }
  return { total, shardPoints: indices.length, skipped: indices.length - todo.length, computed: todo.length, droppedTruncatedLine: state.droppedTruncatedLine };
}
