// Recast benchmark (issue 7): one recast curve — the BaBar 2017 limit at 60 log-spaced masses over 0.03–8 GeV,
// 2e4 events per mass, one core (target < 2 s) — then the NA64 2019 curve at the masses of the same grid inside
// its range, and the memory of one recast point as the number of events grows, 2e4 to 1e7 (kinematics and survival
// terms are streamed in chunks of 2^15 events through reused storage and folded into a survival summary whose size
// does not grow with the events), each measured in a fresh process.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { logspace } from '../src/core/numerics/index.js';
import { preset } from '../src/models/index.js';
import { limitCurveRange, parseLimitCsv, recastCurve, recastPoint } from '../src/recast/index.js';
import type { BenchRow } from './harness.js';

export const title = 'recast (one core)';

const referenceDir = process.env['SEMIVISIBLE_REFERENCE'] ?? resolve(import.meta.dirname, '..', '..', 'shared', 'reference');
const BABAR_FILE = 'babar2017_invisible_eps_limit.csv';

function timeCurve(experiment: 'babar2017' | 'na64-2019', file: string, masses: readonly number[], events: number, label: string): BenchRow {
  const limit = parseLimitCsv(readFileSync(resolve(referenceDir, file), 'utf8'), file);
  const [lo, hi] = limitCurveRange(limit);
  const inRange = masses.filter((m) => m >= lo && m <= hi);
  const t0 = performance.now();
  recastCurve({ model: preset('idm'), experiment, limit, massesGeV: inRange, events, seed: 1 });
  const ms = performance.now() - t0;
  return {
    name: `${label}: ${inRange.length} masses × ${events} events (iDM)`,
    meanUs: ms * 1000,
    perSecond: 1000 / ms,
    note: `${((inRange.length * events) / (ms / 1000)).toExponential(2)} events/s`,
  };
}

/** Child-process mode (`--recast-memory-probe N`): one BaBar recast point with N events; prints the peak RSS in MB. */
export function memoryProbe(events: number): void {
  const limit = parseLimitCsv(readFileSync(resolve(referenceDir, BABAR_FILE), 'utf8'), BABAR_FILE);
  recastPoint({ model: preset('idm', { massGeV: 1 }), experiment: 'babar2017', limit, events, seed: 1 });
  console.log((process.resourceUsage().maxRSS / 1024).toFixed(1));
}

function memoryRow(events: number, baseline?: { events: number; mb: number }): { row: BenchRow; mb: number } {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, [process.argv[1]!, '--recast-memory-probe', String(events)], { encoding: 'utf8', env: process.env });
  const ms = performance.now() - t0;
  const mb = Number(child.stdout.trim().split('\n').at(-1));
  const slope = baseline === undefined ? '' : `, +${(((mb - baseline.mb) * 2 ** 20) / (events - baseline.events)).toFixed(0)} B per extra event`;
  return {
    row: { name: `recast point memory, ${events.toExponential(0)} events (fresh process)`, meanUs: ms * 1000, perSecond: 1000 / ms, note: `peak RSS ${mb.toFixed(0)} MB${slope}` },
    mb,
  };
}

export function run(): BenchRow[] {
  const masses = logspace(0.03, 7.99, 60);
  const babar = timeCurve('babar2017', BABAR_FILE, masses, 20_000, 'one recast curve, BaBar 2017 (target < 2 s)');
  const na64 = timeCurve('na64-2019', 'na64_2019_invisible_eps_limit.csv', masses, 20_000, 'NA64 2019 curve');
  const both = babar.meanUs + na64.meanUs;
  const rows = [babar, na64, { name: 'both curves of the talk figure (BaBar + NA64)', meanUs: both, perSecond: 1e6 / both }];
  const small = memoryRow(20_000);
  rows.push(small.row);
  for (const events of [200_000, 2_000_000, 10_000_000]) rows.push(memoryRow(events, { events: 20_000, mb: small.mb }).row);
  return rows;
}
