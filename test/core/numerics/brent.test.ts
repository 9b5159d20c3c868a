import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ConvergenceError, ParameterError } from '../../../src/core/errors.js';
import { brent, findRoots, linspace } from '../../../src/core/numerics/index.js';

const EPS = Number.EPSILON;
const logUniform = fc.double({ min: -6, max: 1, noNaN: true }).map((e) => 10 ** e);

/** Three distinct roots r₁ < r₂ < r₃ with log-uniform gaps, starting anywhere in [−10, 10]. */
const rootTriples = fc
  .tuple(fc.double({ min: -10, max: 10, noNaN: true }), logUniform, logUniform, fc.double({ min: 0.1, max: 10, noNaN: true }))
  .map(([r1, g1, g2, c]) => ({ roots: [r1, r1 + g1, r1 + g1 + g2] as const, c }));

/**
 * Brent's stopping rule leaves the root inside [b, c] with |c − b|/2 ≤ 2ε|b| + ½·relTol·|b| (default relTol 4ε),
 * so |x − r| ≤ 8ε|r| (+ the 2.2e-308 floor).
 */
const brentBound = (r: number): number => 8 * EPS * Math.abs(r) * (1 + 1e-12) + 1e-300;

describe('brent', () => {
  it('√2 and the fixed point of cos to full precision, in few evaluations', () => {
    let calls = 0;
    expect(
      Math.abs(
        brent(
          (x) => {
            calls++;
            return x * x - 2;
          },
          0,
          2,
        ) - Math.SQRT2,
      ),
    ).toBeLessThanOrEqual(brentBound(Math.SQRT2));
    expect(calls).toBeLessThan(15);
    expect(Math.abs(brent((x) => Math.cos(x) - x, 0, 1) - 0.7390851332151607)).toBeLessThanOrEqual(2 * EPS);
  });

  it('returns an end point where f vanishes; accepts the bracket in either order', () => {
    expect(brent((x) => x - 1, 1, 5)).toBe(1);
    expect(brent((x) => x - 5, 1, 5)).toBe(5);
    expect(Math.abs(brent((x) => x * x - 2, 2, 0) - Math.SQRT2)).toBeLessThanOrEqual(brentBound(Math.SQRT2));
  });

  it('respects absTol: a triple root at 0 stops within absTol', () => {
    const x = brent((v) => v ** 3, -1, 2, { absTol: 1e-9 });
    expect(Math.abs(x)).toBeLessThanOrEqual(1e-9);
  });

  it('converges even for a triple root at 0 with the defaults (bisection safeguard), and for a step function', () => {
    expect(Math.abs(brent((v) => v ** 3, -1, 2))).toBeLessThan(1e-100);
    const x = brent((v) => (v < 1 / 3 ? -1 : 1), 0, 1);
    expect(Math.abs(x - 1 / 3)).toBeLessThanOrEqual(brentBound(1 / 3));
  });

  it('finds every bracketed root of random cubics c(x−r₁)(x−r₂)(x−r₃) to its tolerance (product form: signs exact)', () => {
    fc.assert(
      fc.property(rootTriples, ({ roots, c }) => {
        const [r1, r2, r3] = roots;
        const f = (x: number): number => c * (x - r1) * (x - r2) * (x - r3);
        const brackets: [number, number, number][] = [
          [r1 - 1, (r1 + r2) / 2, r1],
          [(r1 + r2) / 2, (r2 + r3) / 2, r2],
          [(r2 + r3) / 2, r3 + 1, r3],
        ];
        for (const [a, b, r] of brackets) {
          expect(Math.abs(brent(f, a, b) - r)).toBeLessThanOrEqual(brentBound(r));
        }
      }),
    );
  });

  it('expanded cubics x³ + a₂x² + a₁x + a₀: roots to the bound plus the rounding zone ε·Σ|terms|/|f′(r)|', () => {
    fc.assert(
      fc.property(rootTriples, ({ roots }) => {
        const [r1, r2, r3] = roots;
        const a2 = -(r1 + r2 + r3);
        const a1 = r1 * r2 + r1 * r3 + r2 * r3;
        const a0 = -r1 * r2 * r3;
        const f = (x: number): number => ((x + a2) * x + a1) * x + a0;
        const brackets: [number, number, number][] = [
          [r1 - 1, (r1 + r2) / 2, r1],
          [(r1 + r2) / 2, (r2 + r3) / 2, r2],
          [(r2 + r3) / 2, r3 + 1, r3],
        ];
        for (const [a, b, r] of brackets) {
          // the sign of f is only reliable outside |x − r| ≲ rounding(f)/|f′(r)| (coefficients also rounded)
          const terms = Math.abs(r) ** 3 + Math.abs(a2) * r * r + Math.abs(a1 * r) + Math.abs(a0);
          const slope = Math.abs((r - r1 || 1) * (r - r2 || 1) * (r - r3 || 1));
          const zone = (16 * EPS * terms) / slope;
          const fa = f(a);
          const fb = f(b);
          if (fa !== 0 && fb !== 0 && fa > 0 === fb > 0) continue; // rounding destroyed the bracket: skip
          expect(Math.abs(brent(f, a, b) - r)).toBeLessThanOrEqual(brentBound(r) + zone);
        }
      }),
    );
  });
});

describe('findRoots', () => {
  it('all sign changes of sin on a coarse grid, ascending; exact zeros on the grid are reported once', () => {
    const roots = findRoots(Math.sin, [0.5, 2, 4, 6, 7]);
    expect(roots).toHaveLength(2);
    expect(Math.abs((roots[0] as number) - Math.PI)).toBeLessThanOrEqual(brentBound(Math.PI));
    expect(Math.abs((roots[1] as number) - 2 * Math.PI)).toBeLessThanOrEqual(brentBound(2 * Math.PI));
    const withZero = findRoots(Math.sin, linspace(0, 10, 11));
    expect(withZero[0]).toBe(0);
    expect(withZero).toHaveLength(4); // 0, π, 2π, 3π
  });

  it('no sign change gives an empty list; a double root between grid points is (documented) not found', () => {
    expect(findRoots((x) => x * x + 1, [-1, 0.5, 2])).toEqual([]);
    expect(findRoots((x) => (x - 0.3) ** 2, [0, 1])).toEqual([]);
  });

  it('finds all three roots of random cubics when the grid resolves them', () => {
    fc.assert(
      fc.property(rootTriples, ({ roots, c }) => {
        const [r1, r2, r3] = roots;
        const f = (x: number): number => c * (x - r1) * (x - r2) * (x - r3);
        const grid = [r1 - 1, (r1 + r2) / 2, (r2 + r3) / 2, r3 + 1];
        const found = findRoots(f, grid);
        expect(found).toHaveLength(3);
        found.forEach((x, i) => expect(Math.abs(x - (roots[i] as number))).toBeLessThanOrEqual(brentBound(roots[i] as number)));
      }),
    );
  });
});

describe('brent / findRoots: bad input', () => {
  it('an empty bracket throws ParameterError naming "bracket" with both function values', () => {
    expect(() => brent((x) => x * x + 1, 0, 1)).toThrow(ParameterError);
    expect(() => brent((x) => x * x + 1, 0, 1)).toThrow(expect.objectContaining({ parameter: 'bracket' }));
    expect(() => brent((x) => x * x + 1, 0, 1)).toThrow(/f\(0\) = 1, f\(1\) = 2/);
    expect(() => brent((x) => x - 3, 1, 1)).toThrow(expect.objectContaining({ parameter: 'bracket' }));
  });

  it('NaN bracket ends name a or b; invalid options name the option', () => {
    expect(() => brent((x) => x, NaN, 1)).toThrow(expect.objectContaining({ parameter: 'a' }));
    expect(() => brent((x) => x, -1, Infinity)).toThrow(expect.objectContaining({ parameter: 'b' }));
    expect(() => brent((x) => x, -1, 1, { absTol: -1 })).toThrow(expect.objectContaining({ parameter: 'options.absTol' }));
    expect(() => brent((x) => x, -1, 1, { maxIterations: 0 })).toThrow(
      expect.objectContaining({ parameter: 'options.maxIterations' }),
    );
  });

  it('a non-finite f throws ConvergenceError naming the point', () => {
    expect(() => brent((x) => (x > 0.4 ? NaN : -1), 0, 1)).toThrow(ConvergenceError);
    expect(() => brent((x) => 1 / x, 0, 1)).toThrow(/f returned Infinity at x = 0/);
    expect(() => findRoots((x) => (x > 0.4 ? NaN : -1), [0, 0.5, 1])).toThrow(/f returned NaN at x = 0\.5/);
  });

  it('maxIterations exceeded throws ConvergenceError with the best estimate', () => {
    let caught: unknown;
    try {
      brent((x) => x ** 3, -1, 2, { maxIterations: 5 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConvergenceError);
    expect(Number.isFinite((caught as ConvergenceError).estimate)).toBe(true);
  });

  it('findRoots rejects short, non-finite or non-ascending grids naming "grid"', () => {
    expect(() => findRoots(Math.sin, [1])).toThrow(expect.objectContaining({ parameter: 'grid' }));
    expect(() => findRoots(Math.sin, [0, NaN, 1])).toThrow(expect.objectContaining({ parameter: 'grid' }));
    expect(() => findRoots(Math.sin, [0, 2, 1])).toThrow(expect.objectContaining({ parameter: 'grid' }));
    expect(() => findRoots(Math.sin, [0, 1, 1])).toThrow(expect.objectContaining({ parameter: 'grid' }));
  });
});
