// `npm run bench` (scripts/bench.mjs bundles this file): runs every benchmark suite in bench/ and prints one
// table per suite. Optional filters: `npm run bench -- recast scan` runs the suites whose name contains one.
import { printTable, type BenchRow } from './harness.js';
import * as numerics from './numerics.bench.js';
import * as linalg from './linalg.bench.js';
import * as widths from './widths.bench.js';
import * as production from './production.bench.js';
import * as events from './events.bench.js';
import * as recast from './recast.bench.js';
import * as scan from './scan.bench.js';

interface Suite {
  readonly title: string;
  readonly run: () => BenchRow[] | Promise<BenchRow[]>;
}

const probe = process.argv.indexOf('--recast-memory-probe');
if (probe >= 0) {
  recast.memoryProbe(Number(process.argv[probe + 1]));
  process.exit(0);
}

const suites: Record<string, Suite> = { numerics, linalg, widths, production, events, recast, scan };
const filters = process.argv.slice(2);
for (const [name, suite] of Object.entries(suites)) {
  if (filters.length > 0 && !filters.some((f) => name.includes(f))) continue;
  printTable(suite.title, await suite.run());
}

console.log(`\npeak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
