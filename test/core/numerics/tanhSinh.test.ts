import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ConvergenceError } from '../../../src/core/errors.js';
import { integrate, integrateTanhSinh } from '../../../src/core/numerics/index.js';
import { expectClose } from '../../helpers/close.js';

const EPS = Number.EPSILON;

describe('integrateTanhSinh: end-point singular closed forms (default relTol 1e-10)', () => {
  it('∫₀¹ x^−½ dx = 2 and ∫₀¹ ln x dx = −1 to ~1e-14, in far fewer evaluations than adaptive Gauss–Kronrod', () => {
    const r1 = integrateTanhSinh((x) => 1 / Math.sqrt(x), 0, 1);
    expectClose(r1.value, 2, 1e-14);
    expect(r1.evaluations).toBeLessThan(integrate((x) => 1 / Math.sqrt(x), 0, 1).evaluations / 5);
    const r2 = integrateTanhSinh(Math.log, 0, 1);
    expectClose(r2.value, -1, 1e-14);
  });

  it('stronger and mixed singularities: ∫₀¹ x^−0.9 = 10, ∫₀¹ ln(x)/√x = −4, ∫₀¹ ln²x = 2', () => {
    expectClose(integrateTanhSinh((x) => x ** -0.9, 0, 1).value, 10, 1e-12);
    expectClose(integrateTanhSinh((x) => Math.log(x) / Math.sqrt(x), 0, 1).value, -4, 1e-12);
    expectClose(integrateTanhSinh((x) => Math.log(x) ** 2, 0, 1).value, 2, 1e-12);
  });

  it('∫₀¹ −ln(1−t)/t dt = π²/6 (singular derivative at the non-zero end point, limited there by rounding of 1 − t)', () => {
    expectClose(integrateTanhSinh((t) => -Math.log1p(-t) / t, 0, 1).value, Math.PI ** 2 / 6, 1e-12);
  });

  it('a square-root threshold at both ends (two-body-like √((x−a)(b−x))): ∫ = π(b−a)²/8', () => {
    const a = 0.25;
    const b = 4;
    const r = integrateTanhSinh((x) => Math.sqrt((x - a) * (b - x)), a, b);
    expectClose(r.value, (Math.PI * (b - a) ** 2) / 8, 1e-12);
  });

  it('smooth integrands converge as well: ∫₀¹ e^−x cos 3x dx', () => {
    const exact = (1 - Math.exp(-1) * (Math.cos(3) - 3 * Math.sin(3))) / 10;
    expectClose(integrateTanhSinh((x) => Math.exp(-x) * Math.cos(3 * x), 0, 1).value, exact, 1e-13);
  });

  it('never evaluates the end points, even for a singularity at a non-zero end point', () => {
    const f = (x: number): number => {
      if (x <= 2 || x >= 3) throw new Error(`evaluated at ${x}`);
      return 1 / Math.sqrt(x - 2);
    };
    // ∫₂³ dx/√(x−2) = 2; near x = 2 the doubles are 4.4e-16 apart, which limits the accuracy to ~4e-8
    expectClose(integrateTanhSinh(f, 2, 3, { relTol: 1e-6 }).value, 2, 1e-6);
  });

  it('reversed limits give the negative; equal limits give 0', () => {
    const f = (x: number): number => 1 / Math.sqrt(x);
    expect(integrateTanhSinh(f, 1, 0).value).toBe(-integrateTanhSinh(f, 0, 1).value);
    expect(integrateTanhSinh(f, 1, 1)).toEqual({ value: 0, errorEstimate: 0, evaluations: 0 });
  });
});

describe('integrateTanhSinh: the error estimate bounds the true error (fast-check)', () => {
  it('∫₀^b x^α dx = b^{α+1}/(α+1) for α ∈ (−0.8, 3), log-uniform b ∈ [1e-6, 10]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.8, max: 3, noNaN: true }),
        fc.double({ min: -6, max: 1, noNaN: true }).map((e) => 10 ** e),
        (alpha, b) => {
          const exact = b ** (alpha + 1) / (alpha + 1);
          const r = integrateTanhSinh((x) => x ** alpha, 0, b);
          // slack: x^α and the closed form carry a few ulp each
          expect(Math.abs(r.value - exact)).toBeLessThanOrEqual(r.errorEstimate + 16 * EPS * exact);
          expect(Math.abs(r.value - exact)).toBeLessThanOrEqual(1e-10 * exact);
        },
      ),
    );
  });

  it('ln-singular integrands ∫₀^b ln(x/b)·x^α = −b^{α+1}/(α+1)²', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.7, max: 2, noNaN: true }),
        fc.double({ min: -6, max: 1, noNaN: true }).map((e) => 10 ** e),
        (alpha, b) => {
          const exact = -(b ** (alpha + 1)) / (alpha + 1) ** 2;
          const r = integrateTanhSinh((x) => Math.log(x / b) * x ** alpha, 0, b);
          expect(Math.abs(r.value - exact)).toBeLessThanOrEqual(r.errorEstimate + 64 * EPS * Math.abs(exact));
        },
      ),
    );
  });
});

describe('integrateTanhSinh: bad input and failures', () => {
  it('NaN limits name a or b; invalid options name the option', () => {
    expect(() => integrateTanhSinh(Math.log, NaN, 1)).toThrow(expect.objectContaining({ parameter: 'a' }));
    expect(() => integrateTanhSinh(Math.log, 0, -Infinity)).toThrow(expect.objectContaining({ parameter: 'b' }));
    expect(() => integrateTanhSinh(Math.log, 0, 1, { maxSubdivisions: 0 })).toThrow(
      expect.objectContaining({ parameter: 'options.maxSubdivisions' }),
    );
  });

  it('a non-finite integrand throws ConvergenceError naming the point', () => {
    expect(() => integrateTanhSinh((x) => (x > 0.7 ? NaN : 1), 0, 1)).toThrow(/integrand returned NaN at x = 0\.[7-9]/);
  });

  it('an unreachable tolerance throws ConvergenceError with the estimate and the last change', () => {
    // ∫ dx/√(1−x²) over (−1, 1): singular at two non-zero end points, resolution-limited to ~1e-8
    let caught: unknown;
    try {
      integrateTanhSinh((x) => 1 / Math.sqrt(1 - x * x), -1, 1, { relTol: 1e-12 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConvergenceError);
    const e = caught as ConvergenceError;
    expect(Math.abs((e.estimate as number) - Math.PI)).toBeLessThan(1e-6);
    expect(e.message).toMatch(/distance to that end point/);
    // rewritten in the distance to the end point (by symmetry 2∫₀¹, then x = 1 − u): 2∫₀¹ du/√(u(2−u)) = π
    const r = integrateTanhSinh((u) => 1 / Math.sqrt(u * (2 - u)), 0, 1);
    expectClose(2 * r.value, Math.PI, 1e-12);
  });
});
