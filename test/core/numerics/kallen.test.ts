import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KinematicsError } from '../../../src/core/errors.js';
import { kallen, sqrtKallen } from '../../../src/core/numerics/index.js';

const EPS = Number.EPSILON;
const logUniform = fc.double({ min: -6, max: 1, noNaN: true }).map((e) => 10 ** e);
const anyArg = fc.double({ min: -100, max: 100, noNaN: true });

describe('kallen', () => {
  it('known values: λ(10, 1, 4) = 9, λ(a, 0, 0) = a², λ at threshold (m₁ + m₂)² is 0', () => {
    expect(kallen(10, 1, 4)).toBe(9);
    expect(kallen(7, 0, 0)).toBe(49);
    expect(kallen(9, 1, 4)).toBe(0);
  });

  it('is exactly symmetric under all permutations (fast-check)', () => {
    fc.assert(
      fc.property(anyArg, anyArg, anyArg, (a, b, c) => {
        const v = kallen(a, b, c);
        for (const [x, y, z] of [[a, c, b], [b, a, c], [b, c, a], [c, a, b], [c, b, a]] as const) {
          expect(kallen(x, y, z)).toBe(v);
        }
      }),
    );
  });

  it('equals the defining expansion a² + b² + c² − 2ab − 2ac − 2bc to ~ε·(|a|+|b|+|c|)² (fast-check)', () => {
    fc.assert(
      fc.property(anyArg, anyArg, anyArg, (a, b, c) => {
        const expanded = a * a + b * b + c * c - 2 * a * b - 2 * a * c - 2 * b * c;
        const scale = (Math.abs(a) + Math.abs(b) + Math.abs(c)) ** 2;
        // + 1e-300: products of tiny arguments underflow to subnormals, where no relative bound holds
        expect(Math.abs(kallen(a, b, c) - expanded)).toBeLessThanOrEqual(16 * EPS * scale + 1e-300);
      }),
    );
  });

  it('rejects non-finite arguments naming them, and an overflowing λ', () => {
    expect(() => kallen(NaN, 1, 1)).toThrow(expect.objectContaining({ parameter: 'a' }));
    expect(() => kallen(1, Infinity, 1)).toThrow(expect.objectContaining({ parameter: 'b' }));
    expect(() => kallen(1, 1, -Infinity)).toThrow(expect.objectContaining({ parameter: 'c' }));
    expect(() => kallen(1e300, 1, 1)).toThrow(expect.objectContaining({ name: 'ParameterError' }));
  });
});

describe('sqrtKallen', () => {
  it('√λ for open channels: the two-body momentum p = √λ(M², m₁², m₂²)/2M', () => {
    expect(sqrtKallen(10, 1, 4)).toBe(3);
    // π⁰-free check: M = 5, m₁ = 3, m₂ = 0 → p = (M² − m₁²)/2M = 1.6
    expect(sqrtKallen(25, 9, 0) / 10).toBe(1.6);
  });

  it('matches the factorised √((M² − (m₁+m₂)²)(M² − (m₁−m₂)²)) for random masses (fast-check)', () => {
    fc.assert(
      fc.property(logUniform, logUniform, fc.double({ min: 1e-6, max: 10, noNaN: true }), (m1, m2, excess) => {
        const M = (m1 + m2) * (1 + excess);
        const exact = Math.sqrt((M * M - (m1 + m2) ** 2) * (M * M - (m1 - m2) ** 2));
        const scale = M * M + m1 * m1 + m2 * m2;
        // λ carries an absolute error ~ε·scale², so √λ is good to √(ε)·scale absolutely, and to ~ε·scale²/λ
        // relatively: assert the λ-level bound, which holds everywhere including near threshold.
        expect(Math.abs(sqrtKallen(M * M, m1 * m1, m2 * m2) ** 2 - exact * exact)).toBeLessThanOrEqual(
          32 * EPS * scale * scale,
        );
      }),
    );
  });

  it('at threshold M = m₁ + m₂ (rounded) returns 0 or a round-off-sized value, never throws (fast-check)', () => {
    fc.assert(
      fc.property(logUniform, logUniform, (m1, m2) => {
        const M = m1 + m2;
        const scale = M * M + m1 * m1 + m2 * m2;
        const v = sqrtKallen(M * M, m1 * m1, m2 * m2);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(Math.sqrt(32 * EPS) * scale);
      }),
    );
  });

  it('below threshold beyond round-off throws KinematicsError("two-body phase space")', () => {
    expect(() => sqrtKallen(1, 1, 1)).toThrow(KinematicsError);
    expect(() => sqrtKallen(0.01, 0.04, 0.04)).toThrow(expect.objectContaining({ process: 'two-body phase space' }));
    // just inside the guard band: λ = −1e-13·scale² → 0
    expect(sqrtKallen(9 * (1 - 1e-14), 1, 4)).toBe(0);
  });

  it('rejects non-finite arguments naming them', () => {
    expect(() => sqrtKallen(1, NaN, 1)).toThrow(expect.objectContaining({ parameter: 'b' }));
  });
});
