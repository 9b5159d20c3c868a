import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ParameterError } from '../../src/core/errors.js';
import { integrate } from '../../src/core/numerics/index.js';
import { g2LoopFunction } from '../../src/g2/g2LoopFunction.js';
import { expectClose } from '../helpers/close.js';

describe('g2LoopFunction F(r) (THEORY §4.1)', () => {
  // mpmath, 40 digits (THEORY §4.1 table); the table's 13 significant digits limit the comparison to ~1e-12
  it.each([
    [0.01, 7.731823777282e-1],
    [0.1, 5.094377908245e-1],
    [1, 2.091995761561e-1],
    [4, 9.035488895912e-2],
    [10, 4.588776141291e-2],
    [100, 6.124610894402e-3],
    [1e3, 6.56954024758e-4],
    [1e4, 6.652403535853e-5],
    [1e6, 6.666432021665e-7],
  ])('F(%s) = %s to 1e-9 (mpmath)', (r, value) => {
    expectClose(g2LoopFunction(r), value, 1e-9);
  });

  it('limits: F(0) = 1, F → 1 − π√r for r → 0, F → 2/(3r) for r → ∞', () => {
    expect(g2LoopFunction(0)).toBe(1);
    // next term is O(r ln r) ≈ 3e-11 at r = 1e-12
    expectClose(g2LoopFunction(1e-12), 1 - Math.PI * 1e-6, 1e-10);
    expectClose(g2LoopFunction(1e12) * 1.5e12, 1, 1e-10);
    expect(g2LoopFunction(Number.MAX_VALUE)).toBeGreaterThan(0);
    expect(g2LoopFunction(Number.MIN_VALUE)).toBe(1);
  });

  it('is continuous across the method boundaries r = 4, 10 (closed form | quadrature), 1e4 (quadrature | series)', () => {
    for (const r of [4, 10, 1e4]) {
      expectClose(g2LoopFunction(r * (1 - 1e-12)), g2LoopFunction(r * (1 + 1e-12)), 1e-11);
    }
  });

  it('agrees with direct adaptive quadrature of the integrand for random r (1e-11)', () => {
    fc.assert(
      fc.property(fc.double({ min: -4, max: 6, noNaN: true }), (log10r) => {
        const r = 10 ** log10r;
        const f = (z: number): number => (2 * z * (1 - z) ** 2) / ((1 - z) ** 2 + r * z);
        const split = Math.min(1, 1 / r);
        const opts = { relTol: 1e-13, absTol: 1e-30 }; // absTol: the piece above z = 1/r vanishes as r → 1⁺
        const direct = integrate(f, 0, split, opts).value + integrate(f, split, 1, opts).value;
        expectClose(g2LoopFunction(r), direct, 1e-11);
      }),
      { numRuns: 100 },
    );
  });

  it('the quadrature branch (10 < r ≤ 1e4) converges everywhere on a dense log grid', () => {
    for (let i = 0; i <= 3000; i++) {
      const r = 10 ** (1 + (3 * i) / 3000);
      const f = g2LoopFunction(r);
      expect(f > 0 && f < 0.05).toBe(true);
    }
  });

  it('decreases strictly from 1 and stays in (0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 12, noNaN: true }), fc.double({ min: 1e-3, max: 1, noNaN: true }), (e, d) => {
        const r = 10 ** e;
        const f1 = g2LoopFunction(r);
        const f2 = g2LoopFunction(r * (1 + d));
        expect(f1).toBeGreaterThan(0);
        expect(f1).toBeLessThanOrEqual(1);
        expect(f2).toBeLessThan(f1);
      }),
    );
  });

  it('rejects negative, NaN and infinite r with a ParameterError naming r', () => {
    for (const r of [-1e-9, Number.NaN, Infinity]) {
      expect(() => g2LoopFunction(r)).toThrow(ParameterError);
      expect(() => g2LoopFunction(r)).toThrow(/^r = /);
    }
  });
});
