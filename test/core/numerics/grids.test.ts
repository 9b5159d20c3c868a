import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linspace, logspace } from '../../../src/core/numerics/index.js';

describe('linspace', () => {
  it('evenly spaced, both end points exact, either direction', () => {
    expect(linspace(0, 1, 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(linspace(1, -1, 3)).toEqual([1, 0, -1]);
    expect(linspace(2, 2, 3)).toEqual([2, 2, 2]);
  });

  it('has n points, exact ends and is monotone for random ranges (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 2, max: 500 }),
        (a, b, n) => {
          const xs = linspace(a, b, n);
          expect(xs).toHaveLength(n);
          expect(xs[0]).toBe(a);
          expect(xs[n - 1]).toBe(b);
          for (let i = 1; i < n; i++) {
            if (b > a) expect(xs[i] as number).toBeGreaterThanOrEqual(xs[i - 1] as number);
            else expect(xs[i] as number).toBeLessThanOrEqual(xs[i - 1] as number);
          }
        },
      ),
    );
  });

  it('rejects bad input naming the parameter', () => {
    expect(() => linspace(NaN, 1, 3)).toThrow(expect.objectContaining({ parameter: 'start' }));
    expect(() => linspace(0, Infinity, 3)).toThrow(expect.objectContaining({ parameter: 'stop' }));
    expect(() => linspace(0, 1, 1)).toThrow(expect.objectContaining({ parameter: 'n' }));
    expect(() => linspace(0, 1, 2.5)).toThrow(expect.objectContaining({ parameter: 'n' }));
    expect(() => linspace(-1.7e308, 1.7e308, 3)).toThrow(expect.objectContaining({ parameter: 'stop' }));
  });
});

describe('logspace (start and stop are values, not exponents)', () => {
  it('whole decades come out as the exact literals', () => {
    expect(logspace(1e-3, 10, 5)).toEqual([1e-3, 1e-2, 1e-1, 1, 10]);
    expect(logspace(1e-6, 1, 7)).toEqual([1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1]);
    expect(logspace(100, 1, 3)).toEqual([100, 10, 1]);
  });

  it('constant ratio between neighbours, exact ends (fast-check, log-uniform ends)', () => {
    const logUniform = fc.double({ min: -6, max: 1, noNaN: true }).map((e) => 10 ** e);
    fc.assert(
      fc.property(logUniform, logUniform, fc.integer({ min: 2, max: 200 }), (a, b, n) => {
        const xs = logspace(a, b, n);
        expect(xs[0]).toBe(a);
        expect(xs[n - 1]).toBe(b);
        const ratio = (b / a) ** (1 / (n - 1));
        // each point is 10^(exponent) with the exponent accurate to ~1e-15 absolute → ~1e-14 relative
        for (let i = 1; i < n; i++) expect(Math.abs((xs[i] as number) / (xs[i - 1] as number) / ratio - 1)).toBeLessThan(1e-13);
      }),
    );
  });

  it('rejects non-positive or non-finite values naming start/stop', () => {
    expect(() => logspace(0, 1, 3)).toThrow(expect.objectContaining({ parameter: 'start' }));
    expect(() => logspace(1, -2, 3)).toThrow(expect.objectContaining({ parameter: 'stop' }));
    expect(() => logspace(1, NaN, 3)).toThrow(expect.objectContaining({ parameter: 'stop' }));
    expect(() => logspace(1, 2, 0)).toThrow(expect.objectContaining({ parameter: 'n' }));
  });
});
