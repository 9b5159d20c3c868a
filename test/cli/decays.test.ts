// `semivisible decays`, run in-process with a capturing io.
import { describe, expect, it } from 'vitest';
import { decaysCommand } from '../../src/cli/commands/decays.js';
import type { CliIO } from '../../src/cli/types.js';
import { ParameterError } from '../../src/core/errors.js';
import { preset } from '../../src/models/index.js';
import { decayTable } from '../../src/widths/decayTable.js';

function capture(): { io: CliIO; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: { stdout: (t) => void (out += t), stderr: (t) => void (err += t), stderrIsTTY: false },
    out: () => out,
    err: () => err,
  };
}

async function runJson(argv: string[]): Promise<{ states: { name: string }[]; decays: Record<string, unknown>[] }> {
  const c = capture();
  expect(await decaysCommand.run([...argv, '--json'], c.io)).toBe(0);
  return JSON.parse(c.out()) as { states: { name: string }[]; decays: Record<string, unknown>[] };
}

describe('semivisible decays', () => {
  it('--json: exact layout {states, decays: [{parent, totalWidthGeV, ctauCm, channels: [{products, widthGeV, branchingRatio}]}]}', async () => {
    const doc = await runJson(['idm', '--mass', '1', '--epsilon', '1e-3']);
    expect(Object.keys(doc)).toEqual(['states', 'decays']);
    expect(doc.states.map((s) => s.name)).toEqual(['psi1', 'psi2']);
    expect(doc.decays.map((d) => d['parent'])).toEqual(["A'", 'psi2']);
    for (const d of doc.decays) {
      expect(Object.keys(d)).toEqual(['parent', 'totalWidthGeV', 'ctauCm', 'channels']);
      for (const c of d['channels'] as Record<string, unknown>[]) expect(Object.keys(c)).toEqual(['products', 'widthGeV', 'branchingRatio']);
    }
    const aPrime = doc.decays[0]!;
    expect((aPrime['channels'] as { products: string[] }[])[0]!.products).toEqual(['e+', 'e-']);
    const psi2 = doc.decays[1]!;
    const table = decayTable(preset('idm', { massGeV: 1, epsilon: 1e-3 }), 'psi2');
    expect(psi2['totalWidthGeV']).toBe(table.totalWidthGeV);
    expect(psi2['ctauCm']).toBe(table.ctauCm);
    expect(psi2['channels']).toEqual([{ products: ['psi1', 'e+', 'e-'], widthGeV: table.totalWidthGeV, branchingRatio: 1 }]);
  });

  it('HNL BP1 preset with model flags: A\', psi2 and psi3 tables; BRs sum to 1', async () => {
    const doc = await runJson(['hnl-bp1', '--mass', '2', '--epsilon', '1e-2']);
    expect(doc.decays.map((d) => d['parent'])).toEqual(["A'", 'psi2', 'psi3']);
    for (const d of doc.decays) {
      const sum = (d['channels'] as { branchingRatio: number }[]).reduce((s, c) => s + c.branchingRatio, 0);
      expect(Math.abs(sum - 1)).toBeLessThan(1e-12);
    }
  });

  it('human-readable table without --json, marking stable states', async () => {
    const c = capture();
    expect(await decaysCommand.run(['idm'], c.io)).toBe(0);
    const text = c.out();
    expect(text).toContain("A' (m = 1 GeV): total width");
    expect(text).toContain('-> psi1 e+ e-');
    expect(text).toContain('stable: psi1');
    expect(text).not.toContain('NaN');
    expect(c.err()).toBe('');
  });

  it('the minimal dark photon: only the A\' table', async () => {
    const doc = await runJson(['dark-photon', '--mass', '0.1']);
    expect(doc.states).toEqual([]);
    expect(doc.decays).toHaveLength(1);
  });

  it('bad flags, models or extra positionals → ParameterError (main.ts turns it into exit code 2)', async () => {
    const c = capture();
    await expect(decaysCommand.run(['idm', '--epsilon', '2'], c.io)).rejects.toThrow(ParameterError);
    await expect(decaysCommand.run(['nope'], c.io)).rejects.toThrow(ParameterError);
    await expect(decaysCommand.run(['idm', 'extra'], c.io)).rejects.toThrow(ParameterError);
    await expect(decaysCommand.run(['idm', '--bogus'], c.io)).rejects.toThrow(ParameterError);
    await expect(decaysCommand.run([], c.io)).rejects.toThrow(ParameterError);
    expect(decaysCommand.name).toBe('decays');
    expect(decaysCommand.usage).toContain('--json');
  });
});
