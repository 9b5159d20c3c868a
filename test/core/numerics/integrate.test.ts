import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ConvergenceError, ParameterError } from '../../../src/core/errors.js';
import { integrate } from '../../../src/core/numerics/index.js';
import { expectClose } from '../../helpers/close.js';

const EPS = Number.EPSILON;
const logUniform = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((e) => 10 ** e);

describe('integrate: closed forms (default relTol 1e-10 unless stated; asserted at the requested tolerance)', () => {
  it('∫₀¹ −ln(1−t)/t dt = π²/6 (log singularity of the integrand derivative at t = 1)', () => {
    const r = integrate((t) => -Math.log1p(-t) / t, 0, 1);
    expectClose(r.value, Math.PI ** 2 / 6, 1e-10);
    expect(r.errorEstimate).toBeLessThanOrEqual(1e-10 * r.value);
  });

  it('∫₀¹ x^−½ dx = 2 and ∫₀¹ ln x dx = −1: end-point singularities by repeated bisection', () => {
    const r1 = integrate((x) => 1 / Math.sqrt(x), 0, 1);
    expectClose(r1.value, 2, 1e-10);
    expect(Math.abs(r1.value - 2)).toBeLessThanOrEqual(r1.errorEstimate);
    const r2 = integrate(Math.log, 0, 1);
    expectClose(r2.value, -1, 1e-10);
    expect(Math.abs(r2.value + 1)).toBeLessThanOrEqual(r2.errorEstimate);
  });

  it('oscillatory: ∫₀^{10π} x·sin²x dx = 25π² and ∫₀^{2π} cos²(20x) dx = π', () => {
    expectClose(integrate((x) => x * Math.sin(x) ** 2, 0, 10 * Math.PI).value, 25 * Math.PI ** 2, 1e-10);
    expectClose(integrate((x) => Math.cos(20 * x) ** 2, 0, 2 * Math.PI).value, Math.PI, 1e-10);
  });

  it('Lorentzian of width γ = 1e-6 at 0.3 on [0, 1] matches arctan((b−x₀)/γ) − arctan((a−x₀)/γ) at relTol 1e-8', () => {
    const g = 1e-6;
    const exact = Math.atan(0.7 / g) + Math.atan(0.3 / g);
    const r = integrate((x) => g / ((x - 0.3) ** 2 + g * g), 0, 1, { relTol: 1e-8 });
    expectClose(r.value, exact, 1e-8);
    expect(Math.abs(r.value - exact)).toBeLessThanOrEqual(r.errorEstimate);
  });

  it('a smooth integrand at relTol 1e-8 needs one 15-point rule (the three-body width use case)', () => {
    const exact = (1 - Math.exp(-1) * (Math.cos(3) - 3 * Math.sin(3))) / 10; // ∫₀¹ e^−x cos 3x dx
    const r = integrate((x) => Math.exp(-x) * Math.cos(3 * x), 0, 1, { relTol: 1e-8 });
    expectClose(r.value, exact, 1e-14);
    expect(r.evaluations).toBe(15);
  });

  it('reversed limits give the negative, equal limits give 0 with no evaluation', () => {
    const f = (x: number): number => Math.exp(x);
    expect(integrate(f, 1, 0).value).toBe(-integrate(f, 0, 1).value);
    expect(integrate(f, 2, 2)).toEqual({ value: 0, errorEstimate: 0, evaluations: 0 });
  });

  it('relTol = absTol = 0 converges to the round-off level; an integral that cancels to 0 converges too', () => {
    expectClose(integrate(Math.exp, 0, 1, { relTol: 0 }).value, Math.E - 1, 1e-14);
    const r = integrate(Math.sin, -1, 1, { relTol: 0 });
    expect(Math.abs(r.value)).toBeLessThan(1e-15);
  });

  it('absTol alone suffices: ∫ of a tiny integrand stops as soon as the absolute error is below absTol', () => {
    const r = integrate((x) => 1e-30 * Math.sqrt(x), 0, 1, { relTol: 0, absTol: 1e-35 });
    expect(Math.abs(r.value - 1e-30 * (2 / 3))).toBeLessThanOrEqual(1e-35);
  });

  it('integrands may themselves call integrate (nested workspaces), also after an inner failure', () => {
    const inner = (x: number): number => integrate((y) => x * y, 0, x).value; // x³/2
    expectClose(integrate(inner, 0, 1).value, 1 / 8, 1e-12);
    expect(() =>
      integrate((x) => integrate((y) => (y < 0.5 ? NaN : x * y), 0, 1).value, 0, 1),
    ).toThrow(ConvergenceError);
    expectClose(integrate(inner, 0, 2).value, 2, 1e-12); // ∫₀² x³/2 = 2
  });

  it('sixty Lorentzian peaks (width 1e-5) need > 1000 subintervals: the queue grows and stays exact', () => {
    const g = 1e-5;
    const centres = Array.from({ length: 60 }, (_, k) => (k + 0.5) / 60);
    const f = (x: number): number => centres.reduce((s, c) => s + g / ((x - c) ** 2 + g * g), 0);
    const exact = centres.reduce((s, c) => s + Math.atan((1 - c) / g) + Math.atan(c / g), 0);
    const r = integrate(f, 0, 1);
    expect(r.evaluations).toBeGreaterThan(15 * 2 * 512);
    expectClose(r.value, exact, 1e-10);
    expect(Math.abs(r.value - exact)).toBeLessThanOrEqual(r.errorEstimate);
  });

  it('never evaluates the end points', () => {
    const f = (x: number): number => {
      if (x <= 0 || x >= 1) throw new Error(`evaluated at ${x}`);
      return 1 / Math.sqrt(x) + Math.log(x);
    };
    expectClose(integrate(f, 0, 1).value, 1, 1e-10);
  });

  it('a singularity at a non-zero end point is limited by the floating-point resolution there: typed error', () => {
    // ∫₀¹ dx/√(x(1−x)) = π, but the doubles next to 1 are 1.1e-16 apart and the last gap alone holds ~2e-8
    // of the integral: at relTol 1e-9 the routine must report round-off, with an honest estimate.
    let caught: unknown;
    try {
      integrate((x) => 1 / Math.sqrt(x * (1 - x)), 0, 1, { relTol: 1e-9 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConvergenceError);
    const e = caught as ConvergenceError;
    expect(e.message).toMatch(/round-off/);
    expect(Math.abs((e.estimate as number) - Math.PI)).toBeLessThanOrEqual(e.achievedError as number);
    // at relTol 1e-7 it converges
    expectClose(integrate((x) => 1 / Math.sqrt(x * (1 - x)), 0, 1, { relTol: 1e-7 }).value, Math.PI, 1e-7);
  });
});

describe('integrate: the error estimate bounds the true error (fast-check)', () => {
  it('polynomials Σ cₖ xᵏ of degree up to 40 with random coefficients on random intervals', () => {
    fc.assert(
      fc.property(
        // subnormal coefficients are mapped to 0: their arithmetic has no relative precision to bound
        fc.array(fc.double({ min: -1, max: 1, noNaN: true }).map((c) => (Math.abs(c) < 1e-300 ? 0 : c)), {
          minLength: 1,
          maxLength: 41,
        }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        logUniform(-6, 1),
        fc.constantFrom(1e-6, 1e-10, 1e-13),
        (coefficients, a, width, relTol) => {
          const b = a + width;
          const f = (x: number): number => {
            let s = 0;
            for (let k = coefficients.length - 1; k >= 0; k--) s = s * x + (coefficients[k] as number);
            return s;
          };
          let exact = 0;
          let scale = 0; // size of the terms of the closed form: its own rounding error is ~ε·scale
          coefficients.forEach((c, k) => {
            const term = (c * (b ** (k + 1) - a ** (k + 1))) / (k + 1);
            exact += term;
            scale += Math.abs(c) * (Math.abs(b) ** (k + 1) + Math.abs(a) ** (k + 1));
          });
          const r = integrate(f, a, b, { relTol });
          expect(Math.abs(r.value - exact)).toBeLessThanOrEqual(r.errorEstimate + 64 * EPS * scale);
        },
      ),
    );
  });

  it('exponentials A·e^{kx} with log-uniform |k| in [1e-6, 30] on random intervals', () => {
    fc.assert(
      fc.property(
        logUniform(-6, Math.log10(30)),
        fc.boolean(),
        fc.double({ min: -1, max: 1, noNaN: true }),
        logUniform(-6, 1),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (kAbs, negative, a, requestedWidth, amplitude) => {
          const k = negative ? -kAbs : kAbs;
          const b = a + requestedWidth;
          const width = b - a; // the interval actually integrated (a + w rounds)
          const exact = (amplitude * Math.exp(k * a) * Math.expm1(k * width)) / k;
          const r = integrate((x) => amplitude * Math.exp(k * x), a, b);
          // slack: the closed form itself is accurate to a few ulp of its magnitude
          expect(Math.abs(r.value - exact)).toBeLessThanOrEqual(r.errorEstimate + 8 * EPS * Math.abs(exact));
          expect(Math.abs(r.value - exact)).toBeLessThanOrEqual(1e-10 * Math.abs(exact) + 8 * EPS * Math.abs(exact));
        },
      ),
    );
  });

  it('Lorentzians of log-uniform width in [1e-6, 0.1] anywhere in [0, 1], at relTol 1e-8', () => {
    fc.assert(
      fc.property(logUniform(-6, -1), fc.double({ min: 0, max: 1, noNaN: true }), (g, x0) => {
        const exact = Math.atan((1 - x0) / g) + Math.atan(x0 / g);
        const r = integrate((x) => g / ((x - x0) ** 2 + g * g), 0, 1, { relTol: 1e-8 });
        expect(Math.abs(r.value - exact)).toBeLessThanOrEqual(r.errorEstimate);
        expect(Math.abs(r.value - exact)).toBeLessThanOrEqual(1e-8 * exact);
      }),
      { numRuns: 100 },
    );
  });
});

describe('integrate: bad input and failures throw typed errors', () => {
  it('NaN or infinite limits name a or b; a non-function names f', () => {
    expect(() => integrate(Math.exp, NaN, 1)).toThrow(expect.objectContaining({ name: 'ParameterError', parameter: 'a' }));
    expect(() => integrate(Math.exp, 0, Infinity)).toThrow(expect.objectContaining({ parameter: 'b' }));
    expect(() => integrate(1 as unknown as (x: number) => number, 0, 1)).toThrow(
      expect.objectContaining({ parameter: 'f' }),
    );
  });

  it('invalid options name the option', () => {
    expect(() => integrate(Math.exp, 0, 1, { relTol: -1 })).toThrow(expect.objectContaining({ parameter: 'options.relTol' }));
    expect(() => integrate(Math.exp, 0, 1, { relTol: NaN })).toThrow(ParameterError);
    expect(() => integrate(Math.exp, 0, 1, { absTol: Infinity })).toThrow(expect.objectContaining({ parameter: 'options.absTol' }));
    expect(() => integrate(Math.exp, 0, 1, { maxSubdivisions: 0.5 })).toThrow(
      expect.objectContaining({ parameter: 'options.maxSubdivisions' }),
    );
  });

  it('a non-finite integrand value throws ConvergenceError naming the point', () => {
    expect(() => integrate((x) => (x > 0.5 ? NaN : x), 0, 1)).toThrow(/integrand returned NaN at x = 0\.[5-9]\d*/);
    expect(() => integrate((x) => 1 / (x - 0.5), 0, 1)).toThrow(/integrand returned -?Infinity at x = 0\.5/);
    expect(() => integrate(() => Infinity, 0, 1)).toThrow(ConvergenceError);
  });

  it('exceeding maxSubdivisions throws ConvergenceError carrying a finite best estimate and its error', () => {
    let caught: unknown;
    try {
      integrate((x) => Math.sin(1 / x), 0.001, 1, { maxSubdivisions: 5 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConvergenceError);
    const e = caught as ConvergenceError;
    expect(e.routine).toBe('integrate');
    expect(Number.isFinite(e.estimate)).toBe(true);
    expect(e.achievedError).toBeGreaterThan(0);
    expect(e.message).toMatch(/maxSubdivisions/);
  });

  it('a divergent integral (∫₀¹ dx/x) ends in a typed error, never Infinity or NaN', () => {
    expect(() => integrate((x) => 1 / x, 0, 1)).toThrow(ConvergenceError);
  });
});
