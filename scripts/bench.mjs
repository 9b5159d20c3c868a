// `npm run bench`: bundle bench/run.ts and the scan worker with esbuild (as tsup bundles the package, so the
// figures are those of the shipped code, not of per-module transpilation under tsx), then run the bundle.
// Arguments are passed on (e.g. `npm run bench -- recast` runs the suites whose file name contains "recast").
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, '.bench-build');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { bench: join(root, 'bench/run.ts'), 'scan-worker': join(root, 'src/scan/worker.ts') },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir,
  packages: 'external',
  logLevel: 'warning',
});
const env = { ...process.env, SEMIVISIBLE_REFERENCE: process.env.SEMIVISIBLE_REFERENCE ?? resolve(root, '..', 'shared', 'reference') };
const result = spawnSync(process.execPath, [join(outdir, 'bench.js'), ...process.argv.slice(2)], { stdio: 'inherit', env });
rmSync(outdir, { recursive: true, force: true });
process.exit(result.status ?? 1);
