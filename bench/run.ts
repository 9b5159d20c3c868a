// `npm run bench`: runs every benchmark suite in bench/ and prints one table per suite.
import { printTable, type BenchRow } from './harness.js';

interface Suite {
  readonly title: string;
  readonly run: () => BenchRow[] | Promise<BenchRow[]>;
}

const suiteModules = [
  './numerics.bench.js',
  './linalg.bench.js',
  './widths.bench.js',
  './production.bench.js',
  './events.bench.js',
  './recast.bench.js',
  './scan.bench.js',
];

for (const path of suiteModules) {
  let suite: Suite | undefined;
  try {
    suite = (await import(path)) as Suite;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String(error).includes(path.slice(2, -3))) continue;
    throw error;
  }
  printTable(suite.title, await suite.run());
}

console.log(`\npeak resident memory: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
