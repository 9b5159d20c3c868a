import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exp } from '../../../src/core/numerics/exp.js';

// The table-driven exponential of the survival loops against Math.exp (fdlibm, < 1 ulp): the module promises
// ≤ 4.3e-16 relative (~2 ulp) for normal results; we allow 5e-16.
describe('exp (table-driven, Tang 1989)', () => {
  it('agrees with Math.exp to 5e-16 relative over [-708, 709]', () => {
    fc.assert(
      fc.property(fc.double({ min: -708, max: 709, noNaN: true }), (x) => {
        const want = Math.exp(x);
        expect(Math.abs(exp(x) - want) / want).toBeLessThanOrEqual(5e-16);
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees at the arguments the survival loops use (-50 … 0, dense) and is exact at 0', () => {
    let worst = 0;
    for (let i = 0; i <= 100_000; i++) {
      const x = -50 * (i / 100_000) ** 2;
      worst = Math.max(worst, Math.abs(exp(x) - Math.exp(x)) / Math.exp(x));
    }
    expect(worst).toBeLessThanOrEqual(5e-16);
    expect(exp(0)).toBe(1);
    expect(exp(-0)).toBe(1);
  });

  it('is monotone non-decreasing (property on ordered pairs)', () => {
    fc.assert(
      fc.property(fc.double({ min: -745, max: 709, noNaN: true }), fc.double({ min: 0, max: 1e-3, noNaN: true }), (x, dx) => {
        expect(exp(x + dx)).toBeGreaterThanOrEqual(exp(x));
      }),
      { numRuns: 20_000 },
    );
  });

  it('handles the ends like Math.exp: 0 below -745.2, +∞ above 709.78, NaN for NaN', () => {
    expect(exp(-746)).toBe(0);
    expect(exp(-Infinity)).toBe(0);
    expect(exp(710)).toBe(Infinity);
    expect(exp(Infinity)).toBe(Infinity);
    expect(exp(Number.NaN)).toBeNaN();
    // subnormal range: absolute accuracy of the smallest subnormal
    expect(Math.abs(exp(-740) - Math.exp(-740))).toBeLessThanOrEqual(Math.exp(-740) * 1e-10 + 5e-324);
  });
});
