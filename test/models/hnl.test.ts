// Dark-sector HNL models (THEORY.md §2.0, §2.3): the numerical fixtures of §2.3 (check #10 of §6), Takagi
// properties over random complex symmetric matrices, invariance under relabelling of the flavour basis,
// agreement with the closed-form iDM, state naming, input spellings and bad input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/errors.js';
import type { ComplexMatrix } from '../../src/core/linalg/types.js';
import { darkCurrentMatrix, hnl, idmFromLagrangian } from '../../src/models/index.js';
import type { DarkSectorModel } from '../../src/models/types.js';
import { expectClose } from '../helpers/close.js';
import {
  abs, adjoint, complexSymmetric, conj, currentOf, darkWidths, diag, logUniform, maxAbs, maxDiff, mul, pairs, twoBodyWidth,
} from './helpers.js';

const base = { massGeV: 1, epsilon: 1e-3, alphaD: 0.11 };
const gX = Math.sqrt(4 * Math.PI * 0.11);
const masses = (m: DarkSectorModel): number[] => m.states.map((s) => s.massGeV);
const C_SYMMETRIC = [[0.5, 0.08, 0.08], [0.08, 0.02, 0.3], [0.08, 0.3, 0.02]];
const NOT_C_SYMMETRIC = [[0.5, 0.08, 0.05], [0.08, 0.02, 0.3], [0.05, 0.3, 0.06]];
const WITH_NEUTRINO = [[0, 1e-3, 0, 0], [1e-3, 0.5, 0.08, 0.08], [0, 0.08, 0.02, 0.3], [0, 0.08, 0.3, 0.02]];

describe('hnl: THEORY.md §2.3 fixtures', () => {
  it('C-symmetric 3×3: m = (0.2654316771, 0.28, 0.5545683229), |V_12| = 0.9007061167, |V_23| = 0.4344289254, rest 0, vector (check #10)', () => {
    const model = hnl({ ...base, massMatrix: C_SYMMETRIC });
    [0.2654316771, 0.28, 0.5545683229].forEach((m, i) => expectClose(masses(model)[i]!, m, 0, 1e-10));
    const v = pairs(darkCurrentMatrix(model));
    expectClose(abs(v[0]![1]!), 0.9007061167, 0, 1e-10);
    expectClose(abs(v[1]![2]!), 0.4344289254, 0, 1e-10);
    for (const [i, j] of [[0, 0], [1, 1], [2, 2], [0, 2]] as const) expect(abs(v[i]![j]!)).toBeLessThan(1e-10);
    expect(model.couplings.map((c) => [c.i, c.j, c.axial])).toEqual([[0, 1, 0], [1, 2, 0]]);
    const w = darkWidths(model);
    expectClose(w.get('psi1 psi2')!, 2.86317955e-2, 1e-8);
    expectClose(w.get('psi2 psi3')!, 4.56978485e-3, 1e-8);
  });

  it('non-C-symmetric 3×3: masses, |V| and the vector/axial pattern of §2.3', () => {
    const model = hnl({ ...base, massMatrix: NOT_C_SYMMETRIC });
    [0.2614531566, 0.2994406775, 0.5420124792].forEach((m, i) => expectClose(masses(model)[i]!, m, 0, 1e-10));
    const v = pairs(darkCurrentMatrix(model));
    const expected = [[0.0762397562, 0.9069483417, 0.4130138003], [0, 0.0876277623, 0.0073416794], [0, 0, 0.0113880061]];
    expected.forEach((row, i) => row.forEach((x, j) => j >= i && expectClose(abs(v[i]![j]!), x, 0, 1e-10)));
    const kind = (i: number, j: number): string => {
      const c = model.couplings.find((p) => p.i === i && p.j === j)!;
      return c.vector > 1e6 * c.axial ? 'vector' : c.axial > 1e6 * c.vector ? 'axial' : 'mixed';
    };
    expect([kind(0, 1), kind(0, 2), kind(1, 2), kind(0, 0), kind(1, 1), kind(2, 2)]).toEqual(
      ['vector', 'vector', 'axial', 'axial', 'axial', 'axial']);
    const w = darkWidths(model);
    const widths: [string, number][] = [['psi1 psi1', 6.59963e-5], ['psi1 psi2', 2.883457e-2], ['psi1 psi3', 4.355649e-3],
      ['psi2 psi2', 7.23034e-5], ['psi2 psi3', 3.11361e-7]];
    for (const [pair, value] of widths) expectClose(w.get(pair)!, value, 1e-5);
  });

  it('4×4 with an active neutrino: masses, admixtures |U_νi|², |V_ν3| = 7.68583e-4 (axial), Γ(A′→ν ψ) = 1.91177e-8 GeV', () => {
    const model = hnl({ ...base, massMatrix: WITH_NEUTRINO, activeFlavours: 1 });
    expect(model.states.map((s) => s.name)).toEqual(['nu', 'psi1', 'psi2', 'psi3']);
    [2.1739e-6, 0.2654323881, 0.28, 0.5545697858].forEach((m, i) => expectClose(masses(model)[i]!, m, 5e-5));
    const admix = model.states.map((s) => s.activeAdmixture);
    [0.9999946835, 2.6787e-6, 0, 2.6379e-6].forEach((a, i) => expectClose(admix[i]!, a, 5e-5, 1e-15));
    const c = model.couplings.find((p) => p.i === 0 && p.j === 2)!;
    expectClose(c.axial / gX, 7.68583e-4, 1e-5);
    expect(c.vector).toBe(0);
    expectClose(twoBodyWidth(1, masses(model)[0]!, masses(model)[2]!, c.vector, c.axial), 1.91177e-8, 1e-5);
    expect(model.parameters).toEqual({ ...base, activeFlavours: 1 });
  });

  it('names several mostly-active states nu1, nu2 and handles a massless state (rank-deficient M)', () => {
    const m = [[0, 0, 1e-3, 0, 0], [0, 0, 2e-3, 0, 0], [1e-3, 2e-3, 0.5, 0.08, 0.08], [0, 0, 0.08, 0.02, 0.3], [0, 0, 0.08, 0.3, 0.02]];
    const model = hnl({ ...base, massMatrix: m, activeFlavours: 2 });
    expect(model.states.map((s) => s.name)).toEqual(['nu1', 'nu2', 'psi1', 'psi2', 'psi3']);
    expect(masses(model)[0]).toBeLessThan(1e-15);
    const u = pairs(model.mixingMatrix!);
    expect(maxDiff(mul(adjoint(u), u), diag([1, 1, 1, 1, 1]))).toBeLessThan(1e-14);
  });
});

describe('hnl: input spellings and unphysical phases', () => {
  const real = hnl({ ...base, massMatrix: NOT_C_SYMMETRIC });
  it('real rows, { re, im } and rows of { re, im } entries give the same model', () => {
    const zero = NOT_C_SYMMETRIC.map((r) => r.map(() => 0));
    const a = hnl({ ...base, massMatrix: { re: NOT_C_SYMMETRIC, im: zero } });
    const b = hnl({ ...base, massMatrix: NOT_C_SYMMETRIC.map((r) => r.map((x, j) => (j === 0 ? { re: x, im: 0 } : x))) });
    expect(a.states).toEqual(real.states);
    expect(b.states).toEqual(real.states);
  });

  it('an overall phase e^{iφ} of M changes no mass and no coupling', () => {
    const [c, s] = [Math.cos(0.7), Math.sin(0.7)];
    const model = hnl({ ...base, massMatrix: { re: NOT_C_SYMMETRIC.map((r) => r.map((x) => c * x)), im: NOT_C_SYMMETRIC.map((r) => r.map((x) => s * x)) } });
    masses(model).forEach((m, i) => expectClose(m, masses(real)[i]!, 1e-13));
    model.couplings.forEach((p, k) => {
      expectClose(p.vector, real.couplings[k]!.vector, 1e-9, 1e-13);
      expectClose(p.axial, real.couplings[k]!.axial, 1e-9, 1e-13);
    });
  });
});

/** Relative gaps between consecutive masses and to 0 large enough that U's columns (and so V) are well defined. */
const wellSeparated = (m: readonly number[]): boolean =>
  m[0]! > 1e-3 * m[m.length - 1]! && m.every((x, i) => i === 0 || x - m[i - 1]! > 1e-3 * m[m.length - 1]!);

describe('hnl: properties over random complex symmetric matrices', () => {
  const sizes = fc.integer({ min: 2, max: 5 });
  const matrices = sizes.chain((n) => fc.tuple(complexSymmetric(n, true), fc.constant(n)));

  it('U unitary, masses ordered ≥ 0, U* diag(m) U† = M, V Hermitian with Tr(VV†) = Σ Q² = 2', () => {
    fc.assert(
      fc.property(matrices, ([m]) => {
        const model = hnl({ ...base, massMatrix: m });
        const n = m.re.length;
        const u = pairs(model.mixingMatrix!);
        const ms = masses(model);
        ms.forEach((x, i) => expect(x).toBeGreaterThanOrEqual(i === 0 ? 0 : ms[i - 1]!));
        expect(maxDiff(mul(adjoint(u), u), diag(Array<number>(n).fill(1)))).toBeLessThan(1e-13);
        const given = pairs(m);
        expect(maxDiff(mul(mul(conj(u), diag(ms)), adjoint(u)), given)).toBeLessThan(1e-13 * maxAbs(given));
        const v = currentOf(model);
        expect(maxDiff(v, adjoint(v))).toBeLessThan(1e-14);
        expectClose(v.flat().reduce((s, z) => s + z[0] ** 2 + z[1] ** 2, 0), 2, 1e-12);
      }),
    );
  });

  it('relabelling the flavour basis (fields and charges permuted, or all charges flipped) changes nothing physical', () => {
    fc.assert(
      fc.property(
        matrices.chain(([m, n]) => fc.tuple(fc.constant(m), fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }), fc.boolean())),
        ([m, perm, flip]) => {
          const n = perm.length;
          const charges = Array.from({ length: n }, (_, a) => (a === n - 2 ? 1 : a === n - 1 ? -1 : 0));
          const a = hnl({ ...base, massMatrix: m, charges });
          fc.pre(wellSeparated(masses(a)));
          const permute = (x: readonly (readonly number[])[]): number[][] => perm.map((p) => perm.map((q) => x[p]![q]!));
          const relabelled: ComplexMatrix = { re: permute(m.re), im: permute(m.im) };
          const b = hnl({ ...base, massMatrix: relabelled, charges: perm.map((p) => (flip ? -1 : 1) * charges[p]!) });
          masses(b).forEach((x, i) => expectClose(x, masses(a)[i]!, 1e-12, 1e-14));
          const scale = gX * 1e-9 / 1e-3; // V is conditioned by the smallest relative mass gap (≥ 1e-3)
          for (let i = 0; i < n; i++) {
            for (let j = i; j < n; j++) {
              const [p, q] = [a.couplings.find((c) => c.i === i && c.j === j), b.couplings.find((c) => c.i === i && c.j === j)];
              expect(Math.abs((p?.vector ?? 0) - (q?.vector ?? 0))).toBeLessThan(scale);
              expect(Math.abs((p?.axial ?? 0) - (q?.axial ?? 0))).toBeLessThan(scale);
            }
          }
        },
      ),
    );
  });

  it('a 2×2 matrix with charges (+1, −1) reproduces the closed-form iDM of idmFromLagrangian', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(0), logUniform(-4, 0)), fc.oneof(fc.constant(0), logUniform(-4, 0)), logUniform(-4, 0), (muL, muR, mD) => {
        const closed = idmFromLagrangian({ ...base, muLGeV: muL, muRGeV: muR, diracMassGeV: mD });
        const takagi = hnl({ ...base, massMatrix: [[muL, mD], [mD, muR]] });
        // Takagi via an eigen-decomposition is accurate to ~ε·max|M| absolute (ENGINEERING.md §1.1, tql2)
        masses(takagi).forEach((x, i) => expectClose(x, masses(closed)[i]!, 1e-12, 1e-15 * Math.max(muL, muR, mD)));
        // couplings are compared only for well-defined states: non-degenerate, and not (numerically) massless,
        // whose Majorana phase, hence the vector/axial split, is a convention
        fc.pre(masses(closed)[1]! - masses(closed)[0]! > 1e-6 * mD && masses(closed)[0]! > 1e-6 * mD);
        const pair = (m: DarkSectorModel, i: number, j: number) => m.couplings.find((c) => c.i === i && c.j === j);
        for (const [i, j] of [[0, 0], [0, 1], [1, 1]] as const) {
          expect(Math.abs((pair(takagi, i, j)?.vector ?? 0) - (pair(closed, i, j)?.vector ?? 0))).toBeLessThan(1e-9);
          expect(Math.abs((pair(takagi, i, j)?.axial ?? 0) - (pair(closed, i, j)?.axial ?? 0))).toBeLessThan(1e-9);
        }
      }),
    );
  });

  it('exactly degenerate Takagi values (pure Dirac pair): the labelling χ_L ↔ (χ_R)^c changes nothing physical', () => {
    const sumSquares = (m: DarkSectorModel): number =>
      m.couplings.reduce((s, c) => s + (c.i === c.j ? 1 : 2) * (c.vector ** 2 + c.axial ** 2), 0);
    const a = hnl({ ...base, massMatrix: [[0, 0.4], [0.4, 0]] });
    const b = hnl({ ...base, massMatrix: [[0, 0.4], [0.4, 0]], charges: [-1, 1] });
    [...masses(a), ...masses(b)].forEach((m) => expectClose(m, 0.4, 1e-15));
    expectClose(sumSquares(a), 2 * gX * gX, 1e-14);
    expectClose(sumSquares(b), sumSquares(a), 1e-14);
  });
});

describe('hnl bad input → ParameterError naming the parameter', () => {
  const cases: [string, () => unknown][] = [
    ['massMatrix', () => hnl({ ...base, massMatrix: [[0.5, 0.1], [0.2, 0.5]] })],
    ['massMatrix', () => hnl({ ...base, massMatrix: [[0.5, 0.1, 0], [0.1, 0.5, 0]] })],
    ['massMatrix', () => hnl({ ...base, massMatrix: [[0.5]] })],
    ['massMatrix', () => hnl({ ...base, massMatrix: [[0, 0], [0, 0]] })],
    ['massMatrix', () => hnl({ ...base, massMatrix: [[Number.NaN, 1], [1, 0]] })],
    ['massMatrix', () => hnl({ ...base } as never)],
    ['massMatrix', () => hnl({ ...base, massMatrix: { re: [[0, 1], [1, 0]], im: [[0, 1], [0, 0]] } })],
    ['charges', () => hnl({ ...base, massMatrix: C_SYMMETRIC, charges: [1, -1] })],
    ['charges', () => hnl({ ...base, massMatrix: C_SYMMETRIC, charges: [0, 0, 0] })],
    ['charges[1]', () => hnl({ ...base, massMatrix: C_SYMMETRIC, charges: [0, Number.NaN, -1] })],
    ['charges[2]', () => hnl({ ...base, massMatrix: WITH_NEUTRINO, activeFlavours: 3 })],
    ['activeFlavours', () => hnl({ ...base, massMatrix: WITH_NEUTRINO, activeFlavours: 1.5 })],
    ['activeFlavours', () => hnl({ ...base, massMatrix: WITH_NEUTRINO, activeFlavours: 4 })],
    ['alphaD', () => hnl({ ...base, alphaD: 0, massMatrix: C_SYMMETRIC })],
    ['epsilon', () => hnl({ ...base, epsilon: -1e-3, massMatrix: C_SYMMETRIC })],
    ['mass_matrix', () => hnl({ ...base, massMatrix: C_SYMMETRIC, mass_matrix: C_SYMMETRIC } as never)],
  ];
  it.each(cases)('%s', (parameter, build) => {
    expect(build).toThrow(ParameterError);
    try {
      build();
    } catch (error) {
      expect((error as ParameterError).parameter).toBe(parameter);
    }
  });
});
