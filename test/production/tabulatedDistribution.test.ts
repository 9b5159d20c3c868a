import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleTabulated, tabulateDistribution } from '../../src/production/index.js';
import { expectClose } from '../helpers/close.js';

describe('tabulated inverse-CDF sampling', () => {
  it('is exact for densities linear in each cell', () => {
    const flat = tabulateDistribution(() => 1, 0, 2, 4);
    expectClose(sampleTabulated(flat, 0.25), 0.5, 1e-15);
    expect(sampleTabulated(flat, 0)).toBe(0);
    expectClose(sampleTabulated(flat, 1), 2, 1e-15);
    const ramp = tabulateDistribution((t) => t, 0, 1, 3); // CDF t², inverse √v
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (v) => expectClose(sampleTabulated(ramp, v), Math.sqrt(v), 1e-12, 1e-15)));
  });

  it('is second-order accurate for curved densities (exponential, 256 cells: < 1e-5)', () => {
    const t = tabulateDistribution((x) => Math.exp(-x), 0, 5, 256);
    expectClose(t.total, -Math.expm1(-5), 1e-12);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (v) => {
        const exact = -Math.log1p(v * Math.expm1(-5));
        expect(Math.abs(sampleTabulated(t, v) - exact)).toBeLessThan(1e-5);
      }),
    );
  });

  it('skips cells without probability', () => {
    const gap = tabulateDistribution((x) => (x > 1 && x < 2 ? 0 : 1), 0, 3, 3);
    for (const v of [0.3, 0.5, 0.50001, 0.9]) {
      const x = sampleTabulated(gap, v);
      expect(x <= 1 || x >= 2).toBe(true);
    }
  });

  it('typed errors', () => {
    expect(() => tabulateDistribution(() => 1, 1, 0, 4)).toThrow(/upper/);
    expect(() => tabulateDistribution(() => -1, 0, 1, 4)).toThrow(/\bf\b/);
    expect(() => tabulateDistribution(() => 0, 0, 1, 4)).toThrow(/\bf\b/);
    expect(() => tabulateDistribution(() => 1, 0, 1, 0)).toThrow(/cells/);
    expect(() => sampleTabulated(tabulateDistribution(() => 1, 0, 1, 4), Number.NaN)).toThrow(/\bv\b/);
  });
});
