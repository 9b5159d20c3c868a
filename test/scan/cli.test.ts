// `semivisible scan` and `semivisible merge` run in-process with a capturing io: a sharded CLI scan merged is
// identical to the library's unsharded scan; malformed flags and missing shards are ParameterErrors (exit 2).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanCommand } from '../../src/cli/commands/scan.js';
import { mergeCommand } from '../../src/cli/commands/merge.js';
import { readExperimentLimit } from '../../src/node/limitFiles.js';
import { ParameterError } from '../../src/core/errors.js';
import { preset } from '../../src/models/index.js';
import { mergedToJsonLines, mergeScanFiles, parseScanAxis, runScan, scanPlan } from '../../src/scan/index.js';
import type { CliIO } from '../../src/cli/types.js';
import { referenceDir, referencePath } from '../helpers/reference.js';

const dir = mkdtempSync(join(tmpdir(), 'semivisible-scan-cli-'));
const file = (name: string): string => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let stderr = '';
const io: CliIO = { stdout: () => undefined, stderr: (t) => void (stderr += t), stderrIsTTY: false };
const common = [
  'idm', '--r', '0.3', '--vary', 'alphaD=0.05,0.3', '--vary', 'delta=log:0.1:0.4:2', '--experiment', 'babar2017',
  '--limits', referencePath('babar2017_invisible_eps_limit.csv'), '--masses', '0.3,1', '--events', '500', '--seed', '5',
];

describe('semivisible scan / merge', () => {
  it('two CLI shards (2 workers and 0) merged equal the library scan', async () => {
    expect(await scanCommand.run([...common, '--shard', '1/2', '--workers', '2', '--out', file('a.jsonl')], io)).toBe(0);
    expect(stderr).toContain('wrote 2 points of shard 1/2');
    expect(await scanCommand.run([...common, '--shard', '2/2', '--workers', '0', '--out', file('b.jsonl'), '--quiet'], io)).toBe(0);
    expect(await mergeCommand.run([file('b.jsonl'), file('a.jsonl'), '--out', file('merged.jsonl')], io)).toBe(0);
    expect(stderr).toContain('merged 4 points from 2 files');
    const limit = readExperimentLimit(referenceDir, 'babar2017');
    const plan = scanPlan({
      model: preset('idm'), axes: [parseScanAxis('alphaD=0.05,0.3'), parseScanAxis('delta=log:0.1:0.4:2')],
      experiment: 'babar2017', limit, massesGeV: [0.3, 1], events: 500, seed: 5,
    });
    // the CLI's model is idm with r = 0.3 (a flag) and its --limits file labels the limit by its name
    const cliRecord = JSON.parse(readFileSync(file('merged.jsonl'), 'utf8').split('\n')[0]!) as { parameters: Record<string, number> };
    expect(cliRecord.parameters).toEqual({ massGeV: 1, epsilon: 0.001, alphaD: 0.05, r: 0.3, delta: 0.1 });
    const libraryPlan = { ...plan, base: { ...plan.base, parameters: { ...plan.base.parameters, r: 0.3 } }, limit: { ...limit, label: 'babar2017_invisible_eps_limit.csv' } };
    await runScan({ plan: libraryPlan, out: file('library.jsonl'), workers: 0 });
    expect(readFileSync(file('merged.jsonl'), 'utf8')).toBe(mergedToJsonLines(mergeScanFiles([file('library.jsonl')])));
    expect(await mergeCommand.run([file('a.jsonl'), file('b.jsonl'), '--out', file('merged.json'), '--quiet'], io)).toBe(0);
    expect((JSON.parse(readFileSync(file('merged.json'), 'utf8')) as unknown[]).length).toBe(4);
  });

  it.each(['0/4', '5/4', 'a/b', '1/0', '3'])('--shard %s is a ParameterError naming --shard', async (spec) => {
    await expect(scanCommand.run([...common, '--shard', spec, '--out', file('x.jsonl')], io)).rejects.toThrow(ParameterError);
    await expect(scanCommand.run([...common, '--shard', spec, '--out', file('x.jsonl')], io)).rejects.toThrow(/^--shard = /);
  });

  it('bad flags are ParameterErrors with one-line messages', async () => {
    const bad = async (...argv: string[]): Promise<string> => {
      try {
        await scanCommand.run(argv, io);
      } catch (error) {
        expect(error).toBeInstanceOf(ParameterError);
        return (error as Error).message;
      }
      throw new Error('no error');
    };
    expect(await bad(...common, '--out', file('x.json'))).toMatch(/^--out = .*\.jsonl/);
    expect(await bad(...common)).toMatch(/^--out = undefined/);
    expect(await bad(...common, '--vary', 'massGeV=1:2:2', '--out', file('x.jsonl'))).toMatch(/^--vary = "massGeV"/);
    expect(await bad(...common, '--vary', 'theta=0.1,0.2', '--out', file('x.jsonl'))).toMatch(/^--vary = "theta" .*one of alphaD, r, delta/);
    expect(await bad(...common, '--workers', '-1', '--out', file('x.jsonl'))).toMatch(/^--workers/);
    expect(await bad(...common, '--out', file('a.jsonl'))).toMatch(/does not exist yet/);
    for (const message of [await bad(...common, '--vary', 'r=1:2', '--out', file('x.jsonl'))]) expect(message).not.toContain('\n');
  });

  it('merge: a missing shard and a missing file are ParameterErrors', async () => {
    await expect(mergeCommand.run([file('a.jsonl'), '--out', file('m.jsonl')], io)).rejects.toThrow(/2 of 4 points missing \(indices 1, 3: shard 2\/2\)/);
    await expect(mergeCommand.run([file('a.jsonl'), file('nope.jsonl'), '--out', file('m.jsonl')], io)).rejects.toThrow(ParameterError);
    await expect(mergeCommand.run([file('a.jsonl'), '--out', file('m.csv')], io)).rejects.toThrow(/^--out = /);
    await expect(mergeCommand.run(['--out', file('m.jsonl')], io)).rejects.toThrow(/^files = /);
  });
});
