// Recast benchmark (issue 6/7): one full recast curve — 60 log-spaced masses over 0.03–8 GeV for BaBar 2017 and
// the masses of that grid inside the NA64 2019 curve — with 2e4 events per mass, on one core. Target < 2 s.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { logspace } from '../src/core/numerics/index.js';
import { preset } from '../src/models/index.js';
import { limitCurveRange, parseLimitCsv, recastCurve } from '../src/recast/index.js';
import type { BenchRow } from './harness.js';

export const title = 'recast (one core)';

const referenceDir = process.env['SEMIVISIBLE_REFERENCE'] ?? resolve(import.meta.dirname, '..', '..', 'shared', 'reference');

function timeCurve(experiment: 'babar2017' | 'na64-2019', file: string, masses: readonly number[], events: number): BenchRow {
  const limit = parseLimitCsv(readFileSync(resolve(referenceDir, file), 'utf8'), file);
  const [lo, hi] = limitCurveRange(limit);
  const inRange = masses.filter((m) => m >= lo && m <= hi);
  const t0 = performance.now();
  recastCurve({ model: preset('idm'), experiment, limit, massesGeV: inRange, events, seed: 1 });
  const ms = performance.now() - t0;
  return {
    name: `${experiment}: ${inRange.length} masses × ${events} events (iDM)`,
    meanUs: ms * 1000,
    perSecond: 1000 / ms,
    note: `${((inRange.length * events) / (ms / 1000)).toExponential(2)} events/s`,
  };
}

export function run(): BenchRow[] {
  const masses = logspace(0.03, 7.99, 60);
  const rows = [
    timeCurve('babar2017', 'babar2017_invisible_eps_limit.csv', masses, 20_000),
    timeCurve('na64-2019', 'na64_2019_invisible_eps_limit.csv', masses, 20_000),
  ];
  const total = rows.reduce((s, r) => s + r.meanUs, 0);
  rows.push({ name: 'one full recast curve (BaBar + NA64), target < 2 s', meanUs: total, perSecond: 1e6 / total });
  return rows;
}
