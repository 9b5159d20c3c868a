import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/errors.js';
import { g2Command } from '../../src/cli/commands/g2.js';
import type { CliIO } from '../../src/cli/types.js';
import { deltaAOverEpsilonSquared } from '../../src/g2/deltaA.js';
import { g2Band } from '../../src/g2/g2Band.js';

function capture(): { io: CliIO; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    io: { stdout: (t) => (out += t), stderr: (t) => (err += t), stderrIsTTY: false },
    out: () => out,
    err: () => err,
  };
}

async function runJson(argv: string[]): Promise<Record<string, unknown>> {
  const c = capture();
  expect(await g2Command.run(argv, c.io)).toBe(0);
  expect(c.err()).toBe('');
  expect(c.out().endsWith('\n')).toBe(true);
  return JSON.parse(c.out()) as Record<string, unknown>;
}

describe('semivisible g2', () => {
  it('is named g2 and documents its flags', () => {
    expect(g2Command.name).toBe('g2');
    for (const flag of ['--mass', '--lepton', '--dataset', '--sigmas', '--json']) expect(g2Command.usage).toContain(flag);
  });

  it('--json prints deltaAOverEps2 and band {lower, upper} (defaults: mu, 2021, 2σ)', async () => {
    const out = await runJson(['--mass', '0.1', '--json']);
    expect(out['deltaAOverEps2']).toBe(deltaAOverEpsilonSquared({ lepton: 'mu', massGeV: 0.1 }));
    expect(out['band']).toEqual(g2Band({ dataset: '2021', sigmas: 2, massGeV: 0.1 }));
    expect(out).toMatchObject({ lepton: 'mu', massGeV: 0.1, dataset: '2021', sigmas: 2 });
    const band = out['band'] as { lower: number; upper: number };
    expect(band.lower).toBeCloseTo(2.2745e-3, 7);
    expect(band.upper).toBeCloseTo(3.7885e-3, 7);
  });

  it('--dataset 2025 gives "lower": null (no lower edge), --sigmas is honoured', async () => {
    const out = await runJson(['--mass', '1', '--dataset', '2025', '--sigmas', '1', '--json']);
    expect(out['band']).toEqual({ lower: null, upper: g2Band({ dataset: '2025', sigmas: 1, massGeV: 1 }).upper });
    expect(out['sigmas']).toBe(1);
  });

  it('--lepton e: Δa_e/eps² only, band null', async () => {
    const out = await runJson(['--mass', '0.01', '--lepton', 'e', '--json']);
    expect(out['deltaAOverEps2']).toBe(deltaAOverEpsilonSquared({ lepton: 'e', massGeV: 0.01 }));
    expect(out['band']).toBeNull();
    expect(out['dataset']).toBeNull();
  });

  it('prints one human-readable line without --json', async () => {
    const c = capture();
    expect(await g2Command.run(['--mass', '0.1'], c.io)).toBe(0);
    expect(c.out()).toBe(
      "m_A' = 0.1 GeV: Delta a_mu / eps^2 = 0.00025709; 2 sigma band (2021: Delta a_mu = (251 +- 59)e-11): 0.00227449 <= eps <= 0.00378853\n",
    );
    const d = capture();
    await g2Command.run(['--mass', '0.1', '--dataset', '2025'], d.io);
    expect(d.out()).toContain('eps < 0.00252569 (no lower edge');
  });

  it('bad values throw ParameterError naming the flag (main.ts maps it to exit 2)', async () => {
    const cases: [string[], string][] = [
      [[], '--mass'],
      [['--mass', ''], '--mass'],
      [['--mass', 'abc'], '--mass'],
      [['--mass', '0.1x'], '--mass'],
      [['--mass=-1'], '--mass'],
      [['--mass', '0'], '--mass'],
      [['--mass', '0.1', '--lepton', 'tau'], '--lepton'],
      [['--mass', '0.1', '--dataset', '2019'], '--dataset'],
      [['--mass', '0.1', '--sigmas', '0'], '--sigmas'],
      [['--mass', '0.1', '--sigmas', 'two'], '--sigmas'],
      [['--mass', '0.1', '--lepton', 'e', '--dataset', '2021'], '--dataset'],
      [['--mass', '100'], '--mass'],
    ];
    for (const [argv, flag] of cases) {
      const c = capture();
      const error = await g2Command.run(argv, c.io).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, argv.join(' ')).toBeInstanceOf(ParameterError);
      expect((error as ParameterError).parameter).toBe(flag);
      expect(c.out()).toBe('');
    }
  });

  it('unknown flags and positionals are rejected by parseArgs (ERR_PARSE_ARGS_*, exit 2 in main.ts)', async () => {
    for (const argv of [['--mass', '0.1', '--frobnicate'], ['--mass', '0.1', 'extra'], ['--mass']]) {
      const error = await g2Command.run(argv, capture().io).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(TypeError);
      expect(String((error as { code?: string }).code)).toMatch(/^ERR_PARSE_ARGS/);
    }
  });
});
