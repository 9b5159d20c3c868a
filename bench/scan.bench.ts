// Scan throughput on worker threads (issue 7: "a 10x10 scan on 1 and on 2 workers", target ≥ 1.8× on 2 workers):
// the same 10×10 scan (iDM, alphaD × delta, BaBar 2017) on 1 and on 2 workers, at two sizes of point:
// - full recasts, the "each point a full recast": the recast-curve grid (60 masses over 0.03–7.99 GeV,
//   2·10⁴ events per mass), ~1 s per point, ~1.5 min on one core: the regime of real scans, where what a worker
//   costs to start is negligible;
// - short points (5 masses × 15 000 events, ~60 ms each): the regime where each worker's fixed cost (start-up,
//   JIT warm-up and compilation in a fresh V8 isolate, ~0.5–1 s of CPU) weighs against a few seconds of work.
// Each size runs 1, 2, 2 and 1 workers (ABBA, so that a drift of the shared machine's speed cancels). Each row
// gives the speed-up, the cores each run actually got (CPU time of all threads / wall time: on a shared
// machine the speed-up is bounded by it), the CPU-time efficiency and the peak memory (RSS sampled every 20 ms,
// and the process's maxRSS). The results of all four runs must be identical once sorted.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { resourceUsage } from 'node:process';
import { logspace } from '../src/core/numerics/index.js';
import { readExperimentLimit } from '../src/node/limitFiles.js';
import { preset } from '../src/models/index.js';
import { parseScanAxis, runScan, scanPlan, type ScanPlan } from '../src/scan/index.js';
import { referenceDir } from '../test/helpers/reference.js';
import type { BenchRow } from './harness.js';

/** Suite title for bench/run.ts. */
export const title = 'scans';

/** The two sizes of point: masses per point and events per mass. */
const SIZES = [
  { label: 'full recasts', masses: logspace(0.03, 7.99, 60), events: 20_000 },
  { label: 'short points', masses: [0.1, 0.3, 1, 3, 6], events: 15_000 },
] as const;

interface Timed {
  readonly seconds: number;
  /** CPU time of all threads / wall time: the cores the run actually got. */
  readonly cores: number;
  readonly peakRssMB: number;
  readonly sortedText: string;
}

/** Run the plan into a fresh file on `workers` threads; wall time, peak sampled RSS and the sorted lines. */
async function timedScan(plan: ScanPlan, workers: number, dir: string): Promise<Timed> {
  const out = join(dir, `scan-${workers}.jsonl`);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    await runScan({ plan, out, workers });
  } finally {
    clearInterval(sampler);
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cores = (cpu.user + cpu.system) / 1e6 / seconds;
  const sortedText = readFileSync(out, 'utf8').split('\n').filter((l) => l !== '').sort().join('\n');
  rmSync(out);
  return { seconds, cores, peakRssMB: Math.max(peak, process.memoryUsage().rss) / 2 ** 20, sortedText };
}

/** Sum of the wall times, and the mean cores busy weighted by them, of repeated runs. */
function pooled(runs: readonly Timed[]): Timed {
  const seconds = runs.reduce((sum, t) => sum + t.seconds, 0);
  const cpu = runs.reduce((sum, t) => sum + t.seconds * t.cores, 0);
  return { seconds, cores: cpu / seconds, peakRssMB: Math.max(...runs.map((t) => t.peakRssMB)), sortedText: runs[0]!.sortedText };
}

function row(name: string, points: number, t: Timed, runs: number, note: string): BenchRow {
  const meanUs = (t.seconds * 1e6) / (points * runs);
  const each = runs === 1 ? `${t.seconds.toFixed(1)} s total` : `${(t.seconds / runs).toFixed(1)} s per run (mean of ${runs})`;
  return { name, meanUs, perSecond: 1e6 / meanUs, note: `${each}, ${t.cores.toFixed(2)} cores busy, peak RSS ${t.peakRssMB.toFixed(0)} MB; ${note}` };
}

/**
 * The 1- and 2-worker rows of the 10×10 scan at one size of point. The runs go 1, 2, 2, 1 workers (ABBA): on a
 * shared machine whose speed drifts over minutes, a drift that is linear in time then cancels in the pooled
 * speed-up (sum of the 1-worker times over the sum of the 2-worker times); each pair's own ratio is printed too.
 */
async function scanRows(size: (typeof SIZES)[number], dir: string): Promise<BenchRow[]> {
  const limit = readExperimentLimit(referenceDir, 'babar2017');
  const plan = scanPlan({
    model: preset('idm'), axes: [parseScanAxis('alphaD=0.05:0.5:10'), parseScanAxis('delta=log:0.1:1:10')],
    experiment: 'babar2017', limit, massesGeV: size.masses, events: size.events, seed: 1,
  });
  const load = loadavg()[0] ?? 0;
  const oneA = await timedScan(plan, 1, dir);
  const twoA = await timedScan(plan, 2, dir);
  const twoB = await timedScan(plan, 2, dir);
  const oneB = await timedScan(plan, 1, dir);
  const one = pooled([oneA, oneB]);
  const two = pooled([twoA, twoB]);
  const speedUp = one.seconds / two.seconds;
  const pairs = `${(oneA.seconds / twoA.seconds).toFixed(2)}× and ${(oneB.seconds / twoB.seconds).toFixed(2)}× per pair`;
  // CPU time of all threads, 1 worker over 2 workers: the pool's own overhead, whatever the machine's load.
  const efficiency = (one.seconds * one.cores) / (two.seconds * two.cores);
  const identical = [oneB, twoA, twoB].every((t) => t.sortedText === oneA.sortedText);
  const what = `10×10 scan, ${size.label} (${size.masses.length} × ${size.events})`;
  return [
    row(`${what}, 1 worker`, 100, one, 2, `per point; load average before ${load.toFixed(2)} on ${availableParallelism()} cores`),
    row(`${what}, 2 workers`, 100, two, 2, `speed-up ${speedUp.toFixed(2)}× (${pairs}; target ≥ 1.8×), CPU-time efficiency ` +
      `${(100 * efficiency).toFixed(0)}% (≤ ${(2 * efficiency).toFixed(2)}× on 2 free cores), ` +
      `${identical ? 'identical results' : 'RESULTS DIFFER'}`),
  ];
}

/** Run the suite. */
export async function run(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'semivisible-bench-scan-'));
  try {
    const rows: BenchRow[] = [];
    for (const size of SIZES) rows.push(...(await scanRows(size, dir)));
    const last = rows.pop()!;
    return [...rows, { ...last, note: `${last.note ?? ''}; process maxRSS ${(resourceUsage().maxRSS / 1024).toFixed(0)} MB` }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
