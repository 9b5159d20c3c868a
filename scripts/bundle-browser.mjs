#!/usr/bin/env node
// Writes dist/semivisible.browser.js: the main entry (src/index.ts) and its dependencies (ml-matrix, pure-rand,
// yaml's browser build) as one self-contained ES module for a <script type="module"> or an import map (source map
// only with --sourcemap). Fails if the bundle would need a Node built-in or would leave any import unresolved.
//
//   node scripts/bundle-browser.mjs            # dist/semivisible.browser.js
//   node scripts/bundle-browser.mjs --sourcemap # and dist/semivisible.browser.js.map (1.7 MB)
//   node scripts/bundle-browser.mjs --minify   # the same, minified
//   node scripts/bundle-browser.mjs --out=/tmp/sv.js
//
// Run it after `npm run build` (tsup cleans dist/ first). See docs/browser.md.
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outArg = process.argv.find((a) => a.startsWith('--out='));
const outfile = outArg ? resolve(outArg.slice('--out='.length)) : resolve(root, 'dist', 'semivisible.browser.js');
const minify = process.argv.includes('--minify');

const result = await build({
  entryPoints: [resolve(root, 'src', 'index.ts')],
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  outfile,
  sourcemap: process.argv.includes('--sourcemap'),
  minify,
  metafile: true,
  legalComments: 'eof',
  absWorkingDir: root,
  logLevel: 'warning',
}).catch(() => process.exit(1)); // esbuild has printed the errors (e.g. an unresolvable node: import)

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const problems = [];
for (const [file, input] of Object.entries(result.metafile.inputs)) {
  for (const i of input.imports) if (builtins.has(i.path) || i.path.startsWith('node:')) problems.push(`${file} imports ${i.path}`);
}
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  for (const i of output.imports) problems.push(`${file} still imports ${i.path} (${i.kind})`);
}
if (result.warnings.length > 0 || problems.length > 0) {
  for (const p of problems) console.error(`bundle-browser: ${p}`);
  console.error(`bundle-browser: ${result.warnings.length} warning(s), ${problems.length} problem(s); not a clean browser bundle`);
  process.exit(1);
}
const bytes = result.metafile.outputs[Object.keys(result.metafile.outputs).find((f) => f.endsWith('.js'))].bytes;
console.log(`bundle-browser: wrote ${outfile} (${(bytes / 1024).toFixed(0)} KiB${minify ? ', minified' : ''})`);
