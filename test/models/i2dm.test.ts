// i2DM constructors (2201.08409; THEORY.md §2.2): check values, the exact angle and its small-M limit,
// pure vector couplings s², s c, c², Dirac final-state counting, and the unsupported negative eigenvalue.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/errors.js';
import { i2dm, i2dmFromLagrangian, mixingAngle } from '../../src/models/index.js';
import type { DarkSectorModel } from '../../src/models/types.js';
import { expectClose } from '../helpers/close.js';
import { adjoint, darkWidths, diag, fromReal, logUniform, maxAbs, maxDiff, mul, pairs, transpose } from './helpers.js';

const base = { massGeV: 1, epsilon: 1e-3, alphaD: 0.5 };
const masses = (m: DarkSectorModel): number[] => m.states.map((s) => s.massGeV);

describe('i2dmFromLagrangian: THEORY.md §2.2 check values', () => {
  const model = i2dmFromLagrangian({ ...base, sterileMassGeV: 0.3, chargedMassGeV: 0.36, mixingMassGeV: 0.003 });

  it('M_1 = 0.30, M_2 = 0.36, M = 0.003 → m = 0.29985037, 0.36014963 GeV, θ = 0.0498343', () => {
    expectClose(masses(model)[0]!, 0.29985037, 0, 5e-9);
    expectClose(masses(model)[1]!, 0.36014963, 0, 5e-9);
    expectClose(mixingAngle(model), 0.0498343, 0, 5e-8);
    expect(Math.abs(mixingAngle(model) - 0.05)).toBeGreaterThan(1e-4); // exact, not the small-angle 0.05
  });

  it('is Dirac with pure vector couplings g_X(s², s c, c²)', () => {
    const [s, c, g] = [Math.sin(mixingAngle(model)), Math.cos(mixingAngle(model)), Math.sqrt(4 * Math.PI * 0.5)];
    expect(model.states.every((st) => st.nature === 'dirac')).toBe(true);
    expect(model.couplings.map((cp) => [cp.i, cp.j, cp.axial])).toEqual([[0, 0, 0], [0, 1, 0], [1, 1, 0]]);
    expectClose(model.couplings[0]!.vector, g * s * s, 1e-14);
    expectClose(model.couplings[1]!.vector, g * s * c, 1e-14);
    expectClose(model.couplings[2]!.vector, g * c * c, 1e-14);
  });
});

describe('i2dm: phenomenological constructor', () => {
  const model = i2dm({ ...base, r: 0.3, delta: 0.2, theta: 0.05 });

  it('reproduces the §2.2 widths at m_A′ = 1, m = (0.3, 0.36), θ = 0.05, α_X = 0.5 (two Dirac final states 12̄ + 21̄)', () => {
    const w = darkWidths(model);
    expectClose(w.get('psi1 psi1')!, 9.817e-7, 1e-4);
    expectClose(w.get('psi1 psi2')!, 7.55772e-4, 1e-5);
    expectClose(w.get('psi2 psi2')!, 0.1449153, 1e-6);
  });

  it('inverts to the Lagrangian masses M_1 = c²m1 + s²m2, M_2 = s²m1 + c²m2, M = s c (m2 − m1)', () => {
    fc.assert(
      fc.property(logUniform(-3, 0), logUniform(-3, 1), fc.double({ min: 0, max: 1.5, noNaN: true }), (r, delta, theta) => {
        const p = i2dm({ ...base, r, delta, theta });
        const [m1, m2] = masses(p);
        const [s, c] = [Math.sin(theta), Math.cos(theta)];
        const lag = i2dmFromLagrangian({
          ...base,
          sterileMassGeV: c * c * m1! + s * s * m2!,
          chargedMassGeV: s * s * m1! + c * c * m2!,
          mixingMassGeV: s * c * (m2! - m1!),
        });
        expectClose(masses(lag)[0]!, m1!, 1e-9);
        expectClose(masses(lag)[1]!, m2!, 1e-12);
        expectClose(mixingAngle(lag), theta, 1e-9, 1e-12);
      }),
    );
  });
});

/** Arbitrary Lagrangian inputs with M² ≤ M_1 M_2 (both eigenvalues ≥ 0). */
const lagrangian = fc
  .record({ m1: logUniform(-4, 0), m2: logUniform(-4, 0), t: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ m1, m2, t }) => ({ sterileMassGeV: m1, chargedMassGeV: m2, mixingMassGeV: t * Math.sqrt(m1 * m2) }));

describe('i2dmFromLagrangian: properties', () => {
  it('O is orthogonal, masses ordered ≥ 0, O diag(m) Oᵀ rebuilds the mass matrix, V Hermitian with Tr(VV†) = 1', () => {
    fc.assert(
      fc.property(lagrangian, (p) => {
        const model = i2dmFromLagrangian({ ...base, ...p });
        const o = pairs(model.mixingMatrix!);
        const m = masses(model);
        expect(m[0]).toBeGreaterThanOrEqual(0);
        expect(m[1]).toBeGreaterThanOrEqual(m[0]!);
        expect(maxDiff(mul(transpose(o), o), diag([1, 1]))).toBeLessThan(1e-15);
        const given = fromReal([[p.sterileMassGeV, p.mixingMassGeV], [p.mixingMassGeV, p.chargedMassGeV]]);
        expect(maxDiff(mul(mul(o, diag(m)), transpose(o)), given)).toBeLessThan(2e-15 * maxAbs(given));
        const v = mul(adjoint(o), mul(diag(model.flavourCharges!), o));
        expect(maxDiff(v, adjoint(v))).toBeLessThan(1e-16);
        expectClose(v.flat().reduce((s, z) => s + z[0] ** 2 + z[1] ** 2, 0), 1, 1e-14);
      }),
    );
  });

  it('the exact angle tends to M/(M_2 − M_1) as M → 0: |θ − t| ≤ 2t³ for t = M/(M_2 − M_1) ≤ 1e-2', () => {
    fc.assert(
      fc.property(logUniform(-3, 0), logUniform(-3, 0), logUniform(-8, -2), (m1, gap, t) => {
        const [sterileMassGeV, chargedMassGeV, mixingMassGeV] = [m1, m1 + gap, t * gap];
        const model = i2dmFromLagrangian({ ...base, sterileMassGeV, chargedMassGeV, mixingMassGeV });
        // θ = ½ atan(2t) = t − (4/3)t³ + ..., with t from the inputs as stored (m1 + gap − m1 ≠ gap in floating point)
        const tExact = mixingMassGeV / (chargedMassGeV - sterileMassGeV);
        expect(Math.abs(mixingAngle(model) - tExact)).toBeLessThanOrEqual(2 * tExact ** 3 + 1e-15 * tExact);
      }),
    );
  });

  it('accepts M = √(M_1 M_2) up to round-off (massless lighter state), rejects it beyond', () => {
    const [m1, m2] = [0.9999999837366771, 1];
    const edge = i2dmFromLagrangian({ ...base, sterileMassGeV: m1, chargedMassGeV: m2, mixingMassGeV: Math.sqrt(m1 * m2) });
    expect(masses(edge)[0]).toBeLessThan(1e-15);
    expect(() => i2dmFromLagrangian({ ...base, sterileMassGeV: m1, chargedMassGeV: m2, mixingMassGeV: Math.sqrt(m1 * m2) * (1 + 1e-12) }))
      .toThrow(ParameterError);
  });

  it('M = 0 decouples the sterile: no ψ1 coupling when M_1 < M_2', () => {
    const model = i2dmFromLagrangian({ ...base, sterileMassGeV: 0.3, chargedMassGeV: 0.4, mixingMassGeV: 0 });
    expect(model.couplings).toEqual([{ i: 1, j: 1, vector: Math.sqrt(4 * Math.PI * 0.5), axial: 0 }]);
  });
});

describe('i2DM bad input → ParameterError naming the parameter', () => {
  const lag = { ...base, sterileMassGeV: 0.3, chargedMassGeV: 0.36, mixingMassGeV: 0.003 };
  const cases: [string, () => unknown][] = [
    ['mixingMassGeV', () => i2dmFromLagrangian({ ...lag, mixingMassGeV: 0.4 })],
    ['sterileMassGeV', () => i2dmFromLagrangian({ ...lag, sterileMassGeV: -0.3 })],
    ['chargedMassGeV', () => i2dmFromLagrangian({ ...lag, chargedMassGeV: Number.NaN })],
    ['chargedMassGeV', () => i2dmFromLagrangian({ ...lag, sterileMassGeV: 0, chargedMassGeV: 0, mixingMassGeV: 0 })],
    ['theta', () => i2dm({ ...base, r: 0.3, delta: 0.2, theta: Math.PI / 2 })],
    ['theta', () => i2dm({ ...base, r: 0.3, delta: 0.2, theta: -0.1 })],
    ['r', () => i2dm({ ...base, r: -0.3, delta: 0.2, theta: 0.1 })],
    ['delta', () => i2dm({ ...base, r: 0.3, delta: 0, theta: 0.1 })],
    ['alphaD', () => i2dm({ ...base, alphaD: 0, r: 0.3, delta: 0.2, theta: 0.1 })],
    ['epsilon', () => i2dm({ ...base, epsilon: 2, r: 0.3, delta: 0.2, theta: 0.1 })],
  ];
  it.each(cases)('%s', (parameter, build) => {
    expect(build).toThrow(ParameterError);
    try {
      build();
    } catch (error) {
      expect((error as ParameterError).parameter).toBe(parameter);
    }
  });

  it('explains that a negative eigenvalue needs an unsupported chiral rotation', () => {
    expect(() => i2dmFromLagrangian({ ...lag, mixingMassGeV: 0.4 })).toThrow(/chiral rotation/);
  });
});
