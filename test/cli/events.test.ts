// `semivisible events`: the file of each format is exactly what the library writers give for the same
// (model, experiment, events, seed) — the CLI adds no numbers of its own — and failures leave no file.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { preset } from '../../src/models/index.js';
import { generateEvents, readEventsJsonLines, writeEventsCsv, writeEventsJsonLines, writeHepMC3, writeLhe } from '../../src/production/events.js';
import { runCli } from '../fuzz/cliHarness.js';

const dir = mkdtempSync(join(tmpdir(), 'semivisible-cli-events-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const model = preset('hnl-bp1', { massGeV: 2, epsilon: 3e-3 });
const flags = ['hnl-bp1', '--mass', '2', '--epsilon', '3e-3', '--experiment', 'na64', '--events', '150', '--seed', '9', '--quiet'];

describe('semivisible events', () => {
  it('writes each format exactly as the library writers do (model eps for the decays, --vertex-seed, --cross-section-pb)', async () => {
    const sample = generateEvents({ model, experiment: 'na64', events: 150, seed: 9 });
    const expected: Record<string, string> = {
      'e.jsonl': writeEventsJsonLines(sample),
      'e.csv': writeEventsCsv(sample),
      'e.hepmc3': writeHepMC3(sample, { epsilon: 3e-3, seed: 4 }),
      'e.hepmc': writeHepMC3(sample, { epsilon: 3e-3, seed: 4 }),
      'e.lhe': writeLhe(sample, { epsilon: 3e-3, seed: 4, crossSectionPb: 12.5 }),
    };
    for (const [name, text] of Object.entries(expected)) {
      const extra = name.endsWith('.lhe') ? ['--cross-section-pb', '12.5'] : [];
      const run = await runCli(['events', ...flags, '--vertex-seed', '4', ...extra, '--out', join(dir, name)]);
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(join(dir, name), 'utf8') === text, name).toBe(true);
    }
    const back = readEventsJsonLines(readFileSync(join(dir, 'e.jsonl'), 'utf8'));
    expect(Array.from(back.trackMomentum)).toEqual(Array.from(sample.trackMomentum));
  });

  it('rejects a bad format, a missing --out or --experiment and a negative cross section with exit 2, leaving no file', async () => {
    const before = readdirSync(dir).length;
    for (const argv of [
      ['events', ...flags, '--out', join(dir, 'x.txt')],
      ['events', ...flags],
      ['events', 'idm', '--out', join(dir, 'y.lhe')],
      ['events', ...flags, '--cross-section-pb', '-1', '--out', join(dir, 'z.lhe')],
      ['events', ...flags, '--events', '0', '--out', join(dir, 'w.lhe')],
    ]) {
      const run = await runCli(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(readdirSync(dir).length).toBe(before);
    expect(existsSync(join(dir, 'z.lhe'))).toBe(false);
  });
});
