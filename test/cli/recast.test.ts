// `semivisible recast` and `scan` default mass grids, run in-process with a capturing io.
import { describe, expect, it } from 'vitest';
import { recastCommand } from '../../src/cli/commands/recast.js';
import { massGridFlag } from '../../src/cli/cliArgs.js';
import type { CliIO } from '../../src/cli/types.js';
import { ParameterError } from '../../src/core/errors.js';
import { limitCurve } from '../../src/recast/index.js';
import { readReferenceCsv, referencePath } from '../helpers/reference.js';

function capture(): { io: CliIO; out: () => string } {
  let out = '';
  return { io: { stdout: (t) => void (out += t), stderr: () => undefined, stderrIsTTY: false }, out: () => out };
}

/** First and last mass of a published curve, read from the reference CSV itself. */
function curveEnds(file: string): [number, number] {
  const rows = readReferenceCsv(file).rows;
  return [rows[0]![0]!, rows[rows.length - 1]![0]!];
}

describe('default mass grids of recast and scan', () => {
  it('recast without --masses runs the default BaBar grid, clipped to the published curve (which ends below 8 GeV)', async () => {
    const file = 'babar2017_invisible_eps_limit.csv';
    const [, top] = curveEnds(file);
    expect(top).toBeLessThan(8); // the case the clipping exists for
    const c = capture();
    const code = await recastCommand.run(['idm', '--experiment', 'babar2017', '--limits', referencePath(file), '--events', '20', '--json', '--quiet'], c.io);
    expect(code).toBe(0);
    const masses = (JSON.parse(c.out()) as { points: { massGeV: number }[] }).points.map((p) => p.massGeV);
    expect(masses).toHaveLength(60);
    expect(masses[0]).toBeCloseTo(0.03, 12);
    expect(masses[59]).toBeCloseTo(top, 12);
    // log-spaced: constant ratio between neighbours (to rounding)
    const ratio = masses[1]! / masses[0]!;
    for (let i = 1; i < masses.length; i++) expect(masses[i]! / masses[i - 1]!).toBeCloseTo(ratio, 10);
  });

  it('keeps the NA64 default (inside its curve) and the user grid as given', () => {
    const [lo, hi] = curveEnds('na64_2019_invisible_eps_limit.csv');
    const na64 = limitCurve('NA64', [lo, hi], [1e-4, 1e-3]);
    const masses = massGridFlag('--masses', undefined, 'na64-2019', na64);
    expect(masses).toHaveLength(40);
    expect(masses[0]).toBeCloseTo(0.03, 12);
    expect(masses[39]).toBeCloseTo(1, 12);
    expect(massGridFlag('--masses', '0.1,9', 'babar2017', na64)).toEqual([0.1, 9]); // range checked by the recast
  });

  it('names --masses when the default grid misses the curve entirely', () => {
    const high = limitCurve('toy', [20, 30], [1e-3, 1e-3]);
    expect(() => massGridFlag('--masses', undefined, 'babar2017', high)).toThrow(ParameterError);
    expect(() => massGridFlag('--masses', undefined, 'babar2017', high)).toThrow(/--masses/);
  });
});
