// Issue 8: "bad flags and files give exit code 2 and a one-line message; no partial output files". Random bad
// invocations of every `semivisible` command — unknown commands, unknown flags, missing or bad values, bad
// model flags, missing and malformed files, unusable --out paths — run in-process through the commands'
// `run` with main.ts's error mapping (cliHarness.ts), plus a few through the real entry point.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/cli/commands/index.js';
import { runCli, type CliRun } from './cliHarness.js';

const root = mkdtempSync(join(tmpdir(), 'semivisible-cli-fuzz-'));
const reference = join(root, 'reference');
const inputs = join(root, 'inputs');
const outDir = join(root, 'out');
for (const d of [reference, inputs, outDir]) mkdirSync(d);
const limitCsv = 'm_GeV,eps\n0.01,1e-3\n0.1,1e-3\n1,2e-3\n8,1e-2\n';
writeFileSync(join(reference, 'babar2017_invisible_eps_limit.csv'), limitCsv);
writeFileSync(join(reference, 'na64_2019_invisible_eps_limit.csv'), limitCsv);
const file = (name: string, text: string): string => {
  writeFileSync(join(inputs, name), text);
  return join(inputs, name);
};
const BAD_FILES = {
  missing: join(inputs, 'does-not-exist.csv'),
  noHeader: file('no-header.csv', '0.1,1e-3\n1,2e-3\n'),
  notNumbers: file('not-numbers.csv', 'm_GeV,eps\n0.1,abc\n1,2e-3\n'),
  onePoint: file('one-point.csv', 'm_GeV,eps\n0.1,1e-3\n'),
  badJson: file('bad.json', '{"massesGeV": [0.1, 1], '),
  badYaml: file('bad.yaml', 'independent_variables: [\n'),
  wrongExtension: file('limits.txt', limitCsv),
  directory: inputs,
  badMatrix: file('matrix.json', '[[1, 2], [3]]'),
  empty: file('empty.jsonl', ''),
  notScan: file('not-scan.jsonl', '{"index": 0}\n{"x": 1}\n'),
};
/** A valid scan file for `merge` (written by the scan command itself in beforeAll). */
const scanFile = join(inputs, 'scan.jsonl');

/** A valid invocation of each command (cheap: one mass, a handful of events). */
const BASES: Readonly<Record<string, readonly string[]>> = {
  model: ['idm', '--mass', '1'],
  decays: ['idm', '--mass', '0.8'],
  g2: ['--mass', '0.1'],
  events: ['idm', '--mass', '0.8', '--experiment', 'babar', '--events', '3', '--quiet', '--out', join(outDir, 'events.lhe')],
  recast: ['idm', '--experiment', 'babar2017', '--limits', join(reference, 'babar2017_invisible_eps_limit.csv'), '--masses', '0.5', '--events', '4', '--quiet', '--out', join(outDir, 'recast.json')],
  figure: ['idm', '--limits', reference, '--masses', '0.5', '--events', '4', '--quiet', '--out', join(outDir, 'figure.svg')],
  scan: ['idm', '--vary', 'alphaD=0.05,0.1', '--experiment', 'babar2017', '--limits', join(reference, 'babar2017_invisible_eps_limit.csv'), '--masses', '0.5', '--events', '4', '--workers', '0', '--quiet', '--out', join(outDir, 'scan.jsonl')],
  merge: [scanFile, '--quiet', '--out', join(outDir, 'merged.jsonl')],
};

/** Values each flag must reject (per command where the flag's meaning differs). */
const BAD_VALUES: Readonly<Record<string, readonly string[]>> = {
  mass: ['abc', '', 'NaN', '0', '-1', 'Infinity', '1e400', '1,2', '0x1g'],
  epsilon: ['2', '0', '1', 'x', '1e-400', '-0.1'],
  'alpha-d': ['0', '-3', 'x', ''],
  r: ['0', 'x', '-0.3'],
  delta: ['0', 'abc'],
  events: ['0', '1.5', 'abc', '1e9', '-3', ''],
  seed: ['-1', '4294967296', 'x', '0.5'],
  masses: ['a:b:c', '1:0.5:3', '0:1:3', '1,,2', '1,-2', '1:2:0', '1:2:10001', '', '1:2', '0.5,x'],
  experiment: ['babar', 'na64', 'BaBar2017', ''],
  dataset: ['2024', 'x', ''],
  sigmas: ['0', '-2', 'abc'],
  lepton: ['tau', 'E', ''],
  out: ['result.txt', 'result', join(root, 'no-such-dir', 'result.json')],
  vary: ['alphaD', 'alphaD=', 'bogus=1,2', 'alphaD=a:b:c', 'massGeV=1,2', 'alphaD=log:-1:1:3', 'alphaD=1:2:0', 'alphaD=0,0.1'],
  workers: ['-1', 'x', '1.5', ''],
  shard: ['0/2', '3/2', 'x', '1/0', '1', ''],
  'vertex-seed': ['-1', '4294967296', 'x', '0.5'],
  'cross-section-pb': ['-1', 'x', 'Infinity', ''],
};
/** Per-command exceptions: values that are bad for one command only. */
const BAD_VALUES_FOR: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  recast: { masses: [...(BAD_VALUES['masses'] ?? []), '100', '0.001'], limits: Object.values(BAD_FILES) },
  figure: { limits: [BAD_FILES.missing, BAD_FILES.noHeader, outDir], out: ['result.json', 'result', join(root, 'no-such-dir', 'f.svg')] },
  g2: { mass: ['abc', '', '0', '-1', 'Infinity', '1e400'] },
  events: { experiment: ['BaBar', 'na62', 'babar2018', ''], out: ['events.txt', 'events', join(root, 'no-such-dir', 'e.lhe')], events: ['0', '1.5', 'abc', '1e8', '-3', ''] },
  scan: { masses: [...(BAD_VALUES['masses'] ?? []), '100'], limits: [BAD_FILES.missing, BAD_FILES.noHeader, BAD_FILES.badJson, BAD_FILES.directory], out: ['scan.json', 'scan', join(root, 'no-such-dir', 's.jsonl')] },
  merge: { out: ['merged.txt', 'merged', join(root, 'no-such-dir', 'm.json')] },
};

/** Flags each command parses (others are unknown to it). */
const FLAGS_OF: Readonly<Record<string, readonly string[]>> = {
  model: ['mass', 'epsilon', 'alpha-d', 'r', 'delta'],
  decays: ['mass', 'epsilon', 'alpha-d', 'r', 'delta'],
  g2: ['mass', 'lepton', 'dataset', 'sigmas'],
  events: ['mass', 'epsilon', 'experiment', 'events', 'seed', 'vertex-seed', 'cross-section-pb', 'out'],
  recast: ['mass', 'epsilon', 'experiment', 'limits', 'masses', 'events', 'seed', 'out'],
  figure: ['mass', 'epsilon', 'limits', 'masses', 'events', 'seed', 'dataset', 'sigmas', 'out'],
  scan: ['mass', 'vary', 'experiment', 'limits', 'masses', 'events', 'seed', 'workers', 'shard', 'out'],
  merge: ['out'],
};

/** Set `--flag value` in argv (replacing an existing value). */
function withFlag(argv: readonly string[], flag: string, value: string): string[] {
  const i = argv.indexOf(`--${flag}`);
  if (i >= 0) return [...argv.slice(0, i + 1), value, ...argv.slice(i + 2)];
  return [...argv, `--${flag}`, value];
}

/** Remove `--flag value` from argv. */
function withoutFlag(argv: readonly string[], flag: string): string[] {
  const i = argv.indexOf(`--${flag}`);
  return i < 0 ? [...argv] : [...argv.slice(0, i), ...argv.slice(i + 2)];
}

type Corruption = (command: string, argv: readonly string[]) => fc.Arbitrary<string[]>;

const CORRUPTIONS: readonly Corruption[] = [
  // unknown command word
  (_c, argv) => fc.constantFrom('modle', 'recasts', 'Model', 'scan-all', 'x', '--mass', '-v').map((w) => [w, ...argv]),
  // unknown flag, anywhere after the command
  (c, argv) =>
    fc.tuple(fc.constantFrom('--bogus', '--Mass', '--masss', '-x', '--json=1', '--quiet=yes', '--out-file'), fc.nat()).map(([f, k]) => {
      const args = [...argv];
      args.splice(k % (args.length + 1), 0, f);
      return [c, ...args];
    }),
  // a bad value for one of the command's flags
  (c, argv) =>
    fc.constantFrom(...(FLAGS_OF[c] ?? [])).chain((flag) =>
      fc.constantFrom(...(BAD_VALUES_FOR[c]?.[flag] ?? BAD_VALUES[flag] ?? ['x'])).map((v) => [c, ...withFlag(argv, flag, v)]),
    ),
  // a flag without its value (at the end)
  (c, argv) => fc.constantFrom(...(FLAGS_OF[c] ?? [])).map((flag) => [c, ...withoutFlag(argv, flag), `--${flag}`]),
];

/** Corruptions for the commands that take a model positional. */
const MODEL_CORRUPTIONS: readonly Corruption[] = [
  (c, argv) => fc.constantFrom('iDM', 'hnl-bp3', 'dark_photon', '', 'idm2').map((m) => [c, m, ...argv.slice(1)]),
  (c, argv) => fc.constant([c, ...argv.slice(1)]), // no model at all
  (c, argv) => fc.constantFrom('extra', 'idm', '0.5').map((p) => [c, ...argv, p]), // an extra positional
  (c, argv) => fc.constantFrom(['--theta', '0.1'], ['--mu-l', '0.1'], ['--charges', '1,-1']).map((f) => [c, ...argv, ...f]), // not idm's
  (c) => fc.constantFrom(['hnl'], ['idm-lagrangian', '--alpha-d', '0.1'], ['i2dm-lagrangian', '--alpha-d', '0.1', '--sterile-mass', '0.2']).map((m) => [c, ...m]), // required flags missing
  (c) =>
    fc
      .constantFrom(BAD_FILES.missing, BAD_FILES.badMatrix, BAD_FILES.badJson, '[[1, 2], [2, 1]', '[[0, 0], [0, 0]]', '[["a"]]')
      .map((m) => [c, 'hnl', '--alpha-d', '0.1', '--mass-matrix', m]),
];

const MODEL_COMMANDS = ['model', 'decays', 'events', 'recast', 'figure', 'scan'];

/** Corruptions of merge's file arguments. */
const MERGE_CORRUPTIONS: readonly Corruption[] = [
  (c, argv) =>
    fc
      .constantFrom(BAD_FILES.missing, BAD_FILES.empty, BAD_FILES.notScan, BAD_FILES.badJson, inputs)
      .map((f) => [c, ...argv.map((a) => (a === scanFile ? f : a))]),
  (c, argv) => fc.constant([c, ...argv.filter((a) => a !== scanFile)]), // no files
  (c, argv) => fc.constant([c, scanFile, ...argv]), // the same points twice
];

/**
 * Known failures in src/cli (outside this suite's author's files): such invocations are not generated, and each
 * is printed as a skipped test. Inputs and stacks: issue 8 item 3 report. Delete an entry once it is fixed.
 */
const KNOWN_CLI_ISSUES: readonly { readonly what: string; readonly matches: (argv: readonly string[]) => boolean }[] = [
];

const badInvocation: fc.Arbitrary<string[]> = fc
  .constantFrom(...Object.keys(BASES))
  .chain((c) => {
    const base = BASES[c] as readonly string[];
    const corruptions = MODEL_COMMANDS.includes(c) ? [...CORRUPTIONS, ...MODEL_CORRUPTIONS] : c === 'merge' ? [...CORRUPTIONS, ...MERGE_CORRUPTIONS] : CORRUPTIONS;
    return fc.oneof(...corruptions.map((k) => k(c, base)));
  })
  .filter((argv) => !KNOWN_CLI_ISSUES.some((k) => k.matches(argv)));

let cases = 0;

/** The issue 8 contract of a failed run. */
function expectCleanFailure(argv: readonly string[], run: CliRun): void {
  const shown = argv.map((a) => JSON.stringify(a)).join(' ');
  expect(run.internal, `internal error (exit 1) for ${shown}: ${String((run.internal as Error | undefined)?.stack)}`).toBeUndefined();
  expect(run.code, `exit code of ${shown} (stderr: ${run.stderr})`).toBe(2);
  expect(run.stderr.endsWith('\n') && run.stderr.indexOf('\n') === run.stderr.length - 1, `one line on stderr for ${shown}: ${JSON.stringify(run.stderr)}`).toBe(true);
  expect(run.stdout, `nothing on stdout for ${shown}`).toBe('');
  expect(readdirSync(outDir), `no (partial) output file left by ${shown}`).toEqual([]);
}

afterAll(() => {
  console.log(`CLI fuzz: ${cases} bad invocations`);
  rmSync(root, { recursive: true, force: true });
});

describe('CLI fuzz: bad flags and files → exit 2, one line on stderr, no output file', () => {
  it('the valid base invocations succeed (so that every generated failure comes from its one corruption)', async () => {
    expect(Object.keys(BASES).sort()).toEqual(commands.map((c) => c.name).sort());
    const scan = await runCli(['scan', ...withFlag(BASES['scan'] ?? [], 'out', scanFile)]);
    expect(scan.code, `scan for merge's input: ${scan.stderr} ${String(scan.internal)}`).toBe(0);
    for (const [c, argv] of Object.entries(BASES)) {
      const run = await runCli([c, ...argv]);
      expect(run.code, `${c} ${argv.join(' ')}: ${run.stderr} ${String(run.internal)}`).toBe(0);
    }
    expect(readdirSync(outDir).sort()).toEqual(['events.lhe', 'figure.svg', 'merged.jsonl', 'recast.json', 'scan.jsonl']);
    for (const f of readdirSync(outDir)) rmSync(join(outDir, f));
  });

  it('random bad invocations of every command', async () => {
    const collected = new Map<string, string>();
    await fc.assert(
      fc.asyncProperty(badInvocation, async (argv) => {
        cases++;
        const run = await runCli(argv);
        if (process.env['FUZZ_COLLECT'] !== '1') return expectCleanFailure(argv, run);
        try {
          expectCleanFailure(argv, run);
        } catch (error) {
          const key = `${argv[0]}: code ${run.code} ${run.stderr.split('\n').length - 1} lines ${String(run.internal).slice(0, 60)}`;
          if (!collected.has(key)) collected.set(key, `${argv.map((a) => JSON.stringify(a)).join(' ')}\n    ${(error as Error).message.split('\n')[0]}`);
        }
      }),
      { numRuns: Number(process.env['FUZZ_CLI_RUNS'] ?? 400) },
    );
    if (collected.size > 0) console.log(`${collected.size} kinds of CLI failure:\n${[...collected.values()].join('\n')}`);
  });

  for (const k of KNOWN_CLI_ISSUES) it.skip(`TODO(owner) ${k.what}`, () => undefined);

  it('through the real entry point (node src/cli/main.ts): exit status 2 and a one-line message', () => {
    const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
    for (const argv of [
      ['modle', 'idm'],
      ['g2', '--mass', 'abc'],
      ['g2', '--bogus'],
      ['recast', 'idm', '--experiment', 'babar2017', '--limits', BAD_FILES.notNumbers, '--masses', '0.5', '--events', '2', '--out', join(outDir, 'r.json')],
    ]) {
      const r = spawnSync(tsx, ['src/cli/main.ts', ...argv], { encoding: 'utf8', timeout: 60_000 });
      cases++;
      expectCleanFailure(argv, { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr });
    }
  });
});
