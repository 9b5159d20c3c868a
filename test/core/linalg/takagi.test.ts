import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/errors.js';
import {
  complexEntry,
  takagi,
  takagiResidual,
  unitarityResidual,
  type ComplexMatrix,
} from '../../../src/core/linalg/index.js';
import { expectClose } from '../../helpers/close.js';
import { oracleSquaredSingularValues } from './helpers.js';

describe('takagi: fixtures', () => {
  it('iDM matrix (THEORY.md check #9): masses, U of §2.1 and |V_12|', () => {
    const m = [
      [0.02, 0.4],
      [0.4, 0.1],
    ];
    const r = takagi(m);
    expectClose(r.values[0]!, 0.3419950248, 0, 1e-10); // fixture printed to 10 digits
    expectClose(r.values[1]!, 0.4619950248, 0, 1e-10);
    // exact closed form (THEORY.md §2.1): m = sqrt(m_D² + ((mu_R − mu_L)/2)²) ∓ (mu_L + mu_R)/2, to 1e-12
    const root = Math.sqrt(0.4 ** 2 + 0.04 ** 2);
    expectClose(r.values[0]!, root - 0.06, 0, 1e-12);
    expectClose(r.values[1]!, root + 0.06, 0, 1e-12);
    // U = [[i cos θ, sin θ], [−i sin θ, cos θ]], tan 2θ = 2 m_D/(mu_R − mu_L)
    const theta = 0.5 * Math.atan2(0.8, 0.08);
    expectClose(theta, 0.7355638372, 0, 1e-10);
    const u = r.u;
    expect(complexEntry(u, 0, 0).re).toBe(0);
    expectClose(complexEntry(u, 0, 0).im, Math.cos(theta), 0, 1e-14);
    expectClose(complexEntry(u, 1, 0).im, -Math.sin(theta), 0, 1e-14);
    expectClose(complexEntry(u, 0, 1).re, Math.sin(theta), 0, 1e-14);
    expectClose(complexEntry(u, 1, 1).re, Math.cos(theta), 0, 1e-14);
    // V = U† diag(1, −1) U; V_12 = Σ_a Q_a U*_{a1} U_{a2}
    const v12re = u.re[0]![0]! * u.re[0]![1]! + u.im[0]![0]! * u.im[0]![1]! - (u.re[1]![0]! * u.re[1]![1]! + u.im[1]![0]! * u.im[1]![1]!);
    const v12im = u.re[0]![0]! * u.im[0]![1]! - u.im[0]![0]! * u.re[0]![1]! - (u.re[1]![0]! * u.im[1]![1]! - u.im[1]![0]! * u.re[1]![1]!);
    expectClose(Math.hypot(v12re, v12im), 0.9950371902, 0, 1e-10);
    expect(Math.abs(v12re)).toBeLessThan(1e-15); // pure vector coupling (opposite-sign eigenvalues)
    expect(takagiResidual(m, r)).toBeLessThan(1e-15);
    expect(unitarityResidual(r.u)).toBeLessThan(1e-15);
  });

  it('C-symmetric 3×3 fixture (THEORY.md check #10)', () => {
    const m = [
      [0.5, 0.08, 0.08],
      [0.08, 0.02, 0.3],
      [0.08, 0.3, 0.02],
    ];
    const r = takagi(m);
    const expected = [0.2654316771, 0.28, 0.5545683229];
    r.values.forEach((v, k) => expectClose(v, expected[k]!, 0, 1e-10));
    expect(takagiResidual(m, r)).toBeLessThan(1e-15);
  });

  it('complex 3×3 e^{−0.1i}·[[1,2,3],[2,4,0],[3,0,1]] of mathjs#2478 (ENGINEERING.md §1.1 point 5)', () => {
    const a = [
      [1, 2, 3],
      [2, 4, 0],
      [3, 0, 1],
    ];
    const m: ComplexMatrix = { re: a.map((r) => r.map((x) => Math.cos(0.1) * x)), im: a.map((r) => r.map((x) => -Math.sin(0.1) * x)) };
    const r = takagi(m);
    const expected = [2.3324147877622674, 2.7796156803316396, 5.552799107430621];
    r.values.forEach((v, k) => expectClose(v, expected[k]!, 1e-14));
    // independent oracle: √eig(M†M) from mathjs
    oracleSquaredSingularValues(m).forEach((s2, k) => expectClose(r.values[k]!, Math.sqrt(s2), 1e-13));
    expect(takagiResidual(m, r)).toBeLessThan(1e-14);
    expect(unitarityResidual(r.u)).toBeLessThan(1e-14);
  });

  it('pure Dirac [[0, m], [m, 0]]: degenerate values, U of THEORY.md §2.1 with θ = π/4', () => {
    const r = takagi([
      [0, 2],
      [2, 0],
    ]);
    expectClose(r.values[0]!, 2, 1e-15);
    expectClose(r.values[1]!, 2, 1e-15);
    const h = Math.SQRT1_2;
    expectClose(r.u.im[0]![0]!, h, 1e-15);
    expectClose(r.u.im[1]![0]!, -h, 1e-15);
    expectClose(r.u.re[0]![1]!, h, 1e-15);
    expectClose(r.u.re[1]![1]!, h, 1e-15);
  });

  it('complex matrix with a 2-dimensional null space (massless states) gives a unitary U', () => {
    const m: ComplexMatrix = {
      re: [
        [0, 0, 0, 0],
        [0, 0, 1, 0],
        [0, 1, 0, 0],
        [0, 0, 0, 0],
      ],
      im: [
        [0, 0, 0, 0],
        [0, 0, 0.5, 0],
        [0, 0.5, 0, 0],
        [0, 0, 0, 0],
      ],
    };
    const r = takagi(m);
    expect(r.values[0]).toBe(0);
    expect(r.values[1]).toBe(0);
    expectClose(r.values[2]!, Math.hypot(1, 0.5), 1e-15);
    expectClose(r.values[3]!, Math.hypot(1, 0.5), 1e-15);
    expect(unitarityResidual(r.u)).toBeLessThan(1e-15);
    expect(takagiResidual(m, r)).toBeLessThan(1e-15);
  });

  it('1×1 and the zero matrix', () => {
    const one = takagi({ re: [[-3]], im: [[4]] });
    expectClose(one.values[0]!, 5, 1e-15);
    expect(takagiResidual({ re: [[-3]], im: [[4]] }, one)).toBeLessThan(1e-14);
    const neg = takagi([[-2]]);
    expect(neg.values).toEqual([2]);
    expect(neg.u).toEqual({ re: [[0]], im: [[1]] });
    const zero = takagi([
      [0, 0],
      [0, 0],
    ]);
    expect(zero.values).toEqual([0, 0]);
    expect(unitarityResidual(zero.u)).toBe(0);
  });

  it('a real matrix given as a complex one takes the real route (identical result)', () => {
    const re = [
      [0.5, 0.08, 0.08],
      [0.08, 0.02, 0.3],
      [0.08, 0.3, 0.02],
    ];
    expect(takagi({ re, im: re.map((row) => row.map(() => 0)) })).toEqual(takagi(re));
  });

  it('is deterministic and tolerates tiny / subnormal entries (ENGINEERING.md §1.1 counterexample)', () => {
    const bad = [
      [1.6e-14, 5e-324, -1.2e-66],
      [5e-324, 0, 0],
      [-1.2e-66, 0, 0],
    ];
    const r = takagi(bad);
    expect(r.values[2]).toBe(1.6e-14);
    expect(unitarityResidual(r.u)).toBeLessThan(1e-15);
    const c = takagi({ re: bad, im: bad.map((row) => row.map((x) => x / 3)) });
    expect(unitarityResidual(c.u)).toBeLessThan(1e-15);
    expect(takagi(bad)).toEqual(r);
  });

  it('throws ParameterError naming the parameter on bad input', () => {
    const named = (f: () => unknown, parameter: string): void => {
      try {
        f();
      } catch (error) {
        expect(error).toBeInstanceOf(ParameterError);
        expect((error as ParameterError).parameter).toBe(parameter);
        return;
      }
      expect.fail('did not throw');
    };
    named(() => takagi([]), 'matrix');
    named(() => takagi([[1, 2]]), 'matrix');
    named(() => takagi([[Number.NaN]]), 'matrix');
    named(() => takagi([[1, 2], [3, 4]]), 'matrix');
    named(() => takagi({ re: [[1, 2], [2, 1]], im: [[0, 1], [0, 0]] }), 'matrix');
    named(() => takagi({ re: [[1, 2], [2, 1]], im: [[0]] }), 'matrix.im');
    named(() => takagi({ re: [[Infinity]], im: [[0]] }), 'matrix.re');
    named(() => takagi(null as never, 'massMatrix'), 'massMatrix');
  });
});
