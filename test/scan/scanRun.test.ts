// Scans end to end on a tiny grid (2×2 points, 3 masses, 500 events): results independent of the number of
// workers, shards + merge identical to the unsharded scan, resume after a kill loses and duplicates nothing,
// and clear errors for foreign files, missing or duplicated points and malformed shard specs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/errors.js';
import { preset } from '../../src/models/index.js';
import { readExperimentLimit } from '../../src/node/limitFiles.js';
import {
  mergedToJson, mergedToJsonLines, mergeScanFiles, parseScanAxis, runOnWorkers, runScan, scanPlan, scanRecordHeader, type ScanPlan,
  type ScanRecord,
} from '../../src/scan/index.js';
import { referenceDir } from '../helpers/reference.js';

const dir = mkdtempSync(join(tmpdir(), 'semivisible-scan-'));
const file = (name: string): string => join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const read = (name: string): string => readFileSync(file(name), 'utf8');
/** The lines of a scan file sorted by index, each with its `\n`. */
const sorted = (text: string): string =>
  text.split('\n').filter((l) => l !== '').sort((a, b) => (JSON.parse(a) as ScanRecord).index - (JSON.parse(b) as ScanRecord).index)
    .map((l) => `${l}\n`).join('');

const limit = readExperimentLimit(referenceDir, 'babar2017');
function tinyPlan(seed = 11): ScanPlan {
  return scanPlan({
    model: preset('idm'), axes: [parseScanAxis('alphaD=0.05,0.3'), parseScanAxis('delta=0.1:0.4:2')],
    experiment: 'babar2017', limit, massesGeV: [3, 0.3, 1], events: 500, seed,
  });
}
const plan = tinyPlan();
let reference = '';

beforeAll(async () => {
  const summary = await runScan({ plan, out: file('reference.jsonl'), workers: 0 });
  expect(summary).toEqual({ total: 4, shardPoints: 4, skipped: 0, computed: 4, droppedTruncatedLine: false });
  reference = read('reference.jsonl');
});

describe('scan output', () => {
  it('writes one line per point with the plan header and one recast point per mass', () => {
    const records = reference.trimEnd().split('\n').map((l) => JSON.parse(l) as ScanRecord);
    expect(records.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    for (const r of records) {
      const { points, ...header } = r;
      expect(header).toEqual(scanRecordHeader(plan, r.index));
      expect(points.map((p) => p.massGeV)).toEqual([0.3, 1, 3]);
    }
    expect(records[1]!.inputs).toEqual({ alphaD: 0.05, delta: 0.4 });
    expect(Object.keys(records[0]!).slice(0, 6)).toEqual(['index', 'total', 'seed', 'scanSeed', 'model', 'inputs']);
  });

  it('1 and 2 workers give bit-identical results (sorted), 1 worker even in the same order', async () => {
    await runScan({ plan, out: file('w1.jsonl'), workers: 1 });
    await runScan({ plan, out: file('w2.jsonl'), workers: 2 });
    expect(read('w1.jsonl')).toBe(reference);
    expect(sorted(read('w2.jsonl'))).toBe(sorted(reference));
  });
});

describe('shards and merge', () => {
  it('three shards merged are byte-identical to the unsharded scan, sorted', async () => {
    const parts = [1, 2, 3].map((i) => file(`part-${i}.jsonl`));
    for (const [k, out] of parts.entries()) {
      const summary = await runScan({ plan, out, workers: 0, shard: { index: k + 1, count: 3 } });
      expect(summary.shardPoints).toBe(k === 0 ? 2 : 1);
    }
    const merged = mergeScanFiles([parts[2]!, parts[0]!, parts[1]!]);
    expect(mergedToJsonLines(merged)).toBe(sorted(reference));
    expect((JSON.parse(mergedToJson(merged)) as ScanRecord[]).map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(mergedToJsonLines(mergeScanFiles([file('w2.jsonl')]))).toBe(sorted(reference));
  });

  it('a missing shard, a duplicate, a missing file and a cut line are clear errors', () => {
    expect(() => mergeScanFiles([file('part-1.jsonl'), file('part-3.jsonl')])).toThrow(ParameterError);
    expect(() => mergeScanFiles([file('part-1.jsonl'), file('part-3.jsonl')])).toThrow(/1 of 4 points missing \(indices 1\)/);
    expect(() => mergeScanFiles([file('part-1.jsonl'), file('part-2.jsonl'), file('part-3.jsonl'), file('part-2.jsonl')]))
      .toThrow(/point 1 in part-2.jsonl:1 and part-2.jsonl:1.*each point in exactly one file/);
    expect(() => mergeScanFiles([file('reference.jsonl'), file('part-2.jsonl')])).toThrow(/point 1 in reference.jsonl:2 and part-2.jsonl:1/);
    expect(() => mergeScanFiles([file('part-1.jsonl'), file('part-4.jsonl')])).toThrow(/part-4.jsonl.*an existing scan file/);
    writeFileSync(file('cut.jsonl'), reference.slice(0, reference.length - 20));
    expect(() => mergeScanFiles([file('cut.jsonl')])).toThrow(/cut mid-write/);
    const [first, second, ...others] = reference.split('\n');
    writeFileSync(file('foreign.jsonl'), [first, second!.replace('"events":500,"masses"', '"events":600,"masses"'), ...others].join('\n'));
    expect(() => mergeScanFiles([file('foreign.jsonl')])).toThrow(/foreign.jsonl:2 events = "600" .*500 as in foreign.jsonl:1 \(records of different scans\)/);
    writeFileSync(file('corrupt.jsonl'), reference.replace(/"scanSeed":11/, '"scanSeed":12'));
    expect(() => mergeScanFiles([file('corrupt.jsonl')])).toThrow(/corrupt.jsonl:1 seed = \d+ .*deriveSeed\(12, 0\)/);
  });
});

describe('resume', () => {
  it('after a kill mid-write: drops the cut line, skips the rest, loses and duplicates nothing', async () => {
    const lines = sorted(reference).split('\n');
    const cut = `${lines[0]}\n${lines[2]}\n${lines[3]!.slice(0, 100)}`;
    writeFileSync(file('killed.jsonl'), cut);
    const summary = await runScan({ plan, out: file('killed.jsonl'), workers: 1, resume: true });
    expect(summary).toEqual({ total: 4, shardPoints: 4, skipped: 2, computed: 2, droppedTruncatedLine: true });
    const text = read('killed.jsonl');
    expect(text.startsWith(`${lines[0]}\n${lines[2]}\n{`)).toBe(true);
    expect(sorted(text)).toBe(sorted(reference));
    const again = await runScan({ plan, out: file('killed.jsonl'), workers: 0, resume: true });
    expect(again.computed).toBe(0);
    expect(read('killed.jsonl')).toBe(text);
  });

  it('resumes a shard, and starts a missing file', async () => {
    writeFileSync(file('shard.jsonl'), read('part-1.jsonl').split('\n')[0]!.concat('\n'));
    const summary = await runScan({ plan, out: file('shard.jsonl'), workers: 0, shard: { index: 1, count: 3 }, resume: true });
    expect(summary).toMatchObject({ shardPoints: 2, skipped: 1, computed: 1 });
    expect(read('shard.jsonl')).toBe(read('part-1.jsonl'));
    expect((await runScan({ plan, out: file('fresh.jsonl'), workers: 0, resume: true, shard: { index: 3, count: 3 } })).computed).toBe(1);
  });

  it('refuses a file of another scan or shard, duplicates, and an existing file without resume', async () => {
    await expect(runScan({ plan: tinyPlan(12), out: file('w1.jsonl'), workers: 0, resume: true })).rejects.toThrow(/w1.jsonl:1 \(point 0\) seed/);
    const other = scanPlan({ ...tinyPlanOptions(), axes: [parseScanAxis('alphaD=0.05,0.3'), parseScanAxis('delta=0.1,0.5')] });
    await expect(runScan({ plan: other, out: file('w1.jsonl'), workers: 0, resume: true })).rejects.toThrow(/\(point 1\) inputs/);
    await expect(runScan({ plan, out: file('part-2.jsonl'), workers: 0, resume: true, shard: { index: 1, count: 3 } }))
      .rejects.toThrow(/a point of shard 1\/3/);
    writeFileSync(file('dup.jsonl'), `${reference}${reference.split('\n')[0]}\n`);
    await expect(runScan({ plan, out: file('dup.jsonl'), workers: 0, resume: true })).rejects.toThrow(/dup.jsonl:5 index = 0 .*line 1/);
    await expect(runScan({ plan, out: file('w1.jsonl'), workers: 0 })).rejects.toThrow(/does not exist yet/);
    const [line0, line1] = reference.split('\n');
    writeFileSync(file('mid.jsonl'), `${line0}\n${line1!.slice(0, 50)}\n`);
    await expect(runScan({ plan, out: file('mid.jsonl'), workers: 0, resume: true })).rejects.toThrow(/^mid.jsonl:2 = .*one JSON object per line/);
    expect(() => mergeScanFiles([file('mid.jsonl')])).toThrow(/^mid.jsonl:2 = /);
    writeFileSync(file('shape.jsonl'), `${line0!.replace('"scanSeed":11,', '')}\n`);
    expect(() => mergeScanFiles([file('shape.jsonl')])).toThrow(/^shape.jsonl:1 = .*a scan record/);
  });
});

describe('failures at a point', () => {
  it('a kinematically closed point is recorded with its error, and the scan goes on', async () => {
    const closed = scanPlan({ ...tinyPlanOptions(), axes: [parseScanAxis('r=0.33,0.45')], massesGeV: [0.3, 1] });
    await runScan({ plan: closed, out: file('closed.jsonl'), workers: 0 });
    const [open, shut] = mergeScanFiles([file('closed.jsonl')]).lines.map((l) => l.record);
    expect(open!.points).toHaveLength(2);
    expect(open!.error).toBeUndefined();
    expect(shut!.points).toEqual([]);
    expect(shut!.error).toMatch(/^KinematicsError: A' -> dark sector is kinematically closed/);
  });

  it('a ParameterError in a worker comes back as a ParameterError naming the point, and stops the pool', async () => {
    const broken: ScanPlan = { ...plan, events: 0 };
    const records: ScanRecord[] = [];
    const run = runOnWorkers({ plan: broken, indices: [0, 1, 2, 3], workers: 2, onRecord: (r) => records.push(r) });
    await expect(run).rejects.toThrow(ParameterError);
    await expect(runOnWorkers({ plan: broken, indices: [2], workers: 1, onRecord: () => undefined }))
      .rejects.toThrow(/^events \(scan point 2\) = 0 is outside the allowed range/);
    expect(records).toEqual([]);
  });
});

function tinyPlanOptions(): Parameters<typeof scanPlan>[0] {
  return { model: preset('idm'), axes: [], experiment: 'babar2017', limit, massesGeV: [3, 0.3, 1], events: 500, seed: 11 };
}
