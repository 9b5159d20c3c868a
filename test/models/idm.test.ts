// iDM constructors: THEORY.md §2.1 check values (check #9 of §6), properties of the exact Takagi
// diagonalisation, round trips between the phenomenological and the Lagrangian constructor, and bad input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/errors.js';
import { darkCurrentMatrix, idm, idmFromLagrangian, mixingAngle, pairCoupling } from '../../src/models/index.js';
import type { DarkSectorModel } from '../../src/models/types.js';
import { expectClose } from '../helpers/close.js';
import { adjoint, conj, currentOf, darkWidths, diag, fromReal, maxAbs, maxDiff, mul, pairs, logUniform } from './helpers.js';

const base = { massGeV: 1, epsilon: 1e-3, alphaD: 0.1 };
const masses = (m: DarkSectorModel): number[] => m.states.map((s) => s.massGeV);

describe('idmFromLagrangian: THEORY.md §2.1 check values', () => {
  const model = idmFromLagrangian({ ...base, muLGeV: 0.02, muRGeV: 0.1, diracMassGeV: 0.4 });
  const v = darkCurrentMatrix(model);

  it('gives m = 0.3419950248, 0.4619950248 GeV with m2 − m1 = μ_L + μ_R (check #9)', () => {
    expectClose(masses(model)[0]!, 0.3419950248, 0, 1e-10);
    expectClose(masses(model)[1]!, 0.4619950248, 0, 1e-10);
    expectClose(masses(model)[1]! - masses(model)[0]!, 0.12, 0, 1e-14);
  });

  it('gives |V_12| = sin 2θ = 0.9950371902 (vector) and V_11 = −V_22 = 0.0995037190 (axial)', () => {
    expectClose(Math.hypot(v.re[0]![1]!, v.im[0]![1]!), 0.9950371902, 0, 1e-10);
    expect(v.re[0]![1]).toBe(0); // purely imaginary: vector
    expectClose(v.re[0]![0]!, 0.099503719, 0, 1e-10);
    expectClose(v.re[1]![1]!, -0.099503719, 0, 1e-10);
    expectClose(mixingAngle(model), 0.7355638372, 0, 1e-10);
  });

  it('has couplings c_V = g_X|Im V_12|, c_A = g_X|V_ii| reproducing the §2.1 widths at α_D = 0.1', () => {
    const w = darkWidths(model);
    expectClose(w.get('psi1 psi1')!, 6.40601e-5, 1e-5);
    expectClose(w.get('psi1 psi2')!, 2.540914e-2, 1e-6);
    expectClose(w.get('psi2 psi2')!, 9.22863e-6, 1e-5);
    expect(pairCoupling(model, 0, 1).axial).toBe(0);
  });

  it('pseudo-Dirac μ = 0.05, m_D = 0.4: masses 0.35, 0.45, |V_12| = 1, V_ii = 0', () => {
    const pd = idmFromLagrangian({ ...base, muLGeV: 0.05, muRGeV: 0.05, diracMassGeV: 0.4 });
    expectClose(masses(pd)[0]!, 0.35, 1e-14);
    expectClose(masses(pd)[1]!, 0.45, 1e-14);
    expect(pd.couplings).toHaveLength(1);
    expectClose(pd.couplings[0]!.vector, Math.sqrt(4 * Math.PI * 0.1), 1e-14);
    expect(pd.couplings[0]!.axial).toBe(0);
  });

  it('returns a deeply frozen model with the contract fields', () => {
    expect(model.kind).toBe('idm');
    expect(model.states.map((s) => s.name)).toEqual(['psi1', 'psi2']);
    expect(model.states.every((s) => s.nature === 'majorana' && s.activeAdmixture === 0)).toBe(true);
    expect(model.parameters).toEqual({ ...base, muLGeV: 0.02, muRGeV: 0.1, diracMassGeV: 0.4 });
    expect(model.flavourCharges).toEqual([1, -1]);
    for (const o of [model, model.states, model.states[0], model.couplings, model.mixingMatrix, model.mixingMatrix!.re[0]]) {
      expect(Object.isFrozen(o)).toBe(true);
    }
  });
});

describe('idm: phenomenological constructor', () => {
  it('puts m1 = r m_A′ and m2 = (1 + Δ) m1 with a pure vector off-diagonal coupling g_X', () => {
    const model = idm({ massGeV: 2, epsilon: 1e-2, alphaD: 0.1, r: 0.33, delta: 0.4 });
    expect(masses(model)).toEqual([0.66, 1.4 * 0.66]);
    expect(model.couplings).toEqual([{ i: 0, j: 1, vector: Math.sqrt(4 * Math.PI * 0.1), axial: 0 }]);
    expect(model.parameters).toEqual({ massGeV: 2, epsilon: 1e-2, alphaD: 0.1, r: 0.33, delta: 0.4 });
    expectClose(mixingAngle(model), Math.PI / 4, 1e-15);
  });

  it('gives Γ(A′→ψ1ψ2) = 2.6037684646e-2 GeV at r = 0.33, Δ = 0.4, α_D = 0.1, m_A′ = 1 GeV (check #3)', () => {
    const model = idm({ ...base, r: 0.33, delta: 0.4 });
    expectClose(darkWidths(model).get('psi1 psi2')!, 2.6037684646e-2, 1e-10);
  });
});

/** Arbitrary Lagrangian inputs: μ_L, μ_R ≥ 0 (zero included), m_D > 0, log-uniform over 1e-4..1 GeV. */
const lagrangian = fc.record({
  muLGeV: fc.oneof(fc.constant(0), logUniform(-4, 0)),
  muRGeV: fc.oneof(fc.constant(0), logUniform(-4, 0)),
  diracMassGeV: logUniform(-4, 0),
});

describe('idmFromLagrangian: properties', () => {
  it('U is unitary, masses ordered ≥ 0, and U* diag(m) U† rebuilds M', () => {
    fc.assert(
      fc.property(lagrangian, (p) => {
        const model = idmFromLagrangian({ ...base, ...p });
        const u = pairs(model.mixingMatrix!);
        const m = masses(model);
        expect(m[0]).toBeGreaterThanOrEqual(0);
        expect(m[1]).toBeGreaterThanOrEqual(m[0]!);
        expect(maxDiff(mul(adjoint(u), u), diag([1, 1]))).toBeLessThan(1e-15);
        const given = fromReal([[p.muLGeV, p.diracMassGeV], [p.diracMassGeV, p.muRGeV]]);
        // absolute error: a few ulp (2.2e-16 each) of the largest entry, from the closed form and the test-side products
        expect(maxDiff(mul(mul(conj(u), diag(m)), adjoint(u)), given)).toBeLessThan(2e-15 * maxAbs(given));
      }),
    );
  });

  it('V is Hermitian with Tr(VV†) = Σ Q² = 2', () => {
    fc.assert(
      fc.property(lagrangian, (p) => {
        const v = currentOf(idmFromLagrangian({ ...base, ...p }));
        expect(maxDiff(v, adjoint(v))).toBeLessThan(1e-15);
        const trace = v.flat().reduce((s, z) => s + z[0] ** 2 + z[1] ** 2, 0);
        expectClose(trace, 2, 1e-14);
      }),
    );
  });

  it('pseudo-Dirac limit μ_L = μ_R has no diagonal couplings and |V_12| = 1', () => {
    fc.assert(
      fc.property(logUniform(-4, 0), logUniform(-4, 0), (mu, mD) => {
        const model = idmFromLagrangian({ ...base, muLGeV: mu, muRGeV: mu, diracMassGeV: mD });
        expect(model.couplings.filter((c) => c.i === c.j)).toEqual([]);
        const c = pairCoupling(model, 'psi1', 'psi2');
        expectClose(Math.hypot(c.vector, c.axial), Math.sqrt(4 * Math.PI * 0.1), 1e-14);
      }),
    );
  });

  it('swapping the labels μ_L ↔ μ_R (χ_L ↔ (χ_R)^c) changes no mass and no coupling', () => {
    fc.assert(
      fc.property(lagrangian, (p) => {
        const a = idmFromLagrangian({ ...base, ...p });
        const b = idmFromLagrangian({ ...base, ...p, muLGeV: p.muRGeV, muRGeV: p.muLGeV });
        expect(masses(b)).toEqual(masses(a));
        expect(b.couplings.length).toBe(a.couplings.length);
        b.couplings.forEach((c, k) => {
          expectClose(c.vector, a.couplings[k]!.vector, 1e-12, 1e-15);
          expectClose(c.axial, a.couplings[k]!.axial, 1e-12, 1e-15);
        });
      }),
    );
  });

  it('off-diagonal coupling is vector when m_D² > μ_L μ_R and axial when m_D² < μ_L μ_R (THEORY.md §2.1)', () => {
    const axialCase = idmFromLagrangian({ ...base, muLGeV: 0.3, muRGeV: 0.5, diracMassGeV: 0.1 });
    const c = pairCoupling(axialCase, 0, 1);
    expect(c.vector).toBe(0);
    expect(c.axial).toBeGreaterThan(0);
  });
});

describe('idm ↔ idmFromLagrangian round trips', () => {
  it('idm(r, Δ) equals the Lagrangian model with μ = (m2 − m1)/2, m_D = (m1 + m2)/2', () => {
    fc.assert(
      fc.property(logUniform(-3, 0), logUniform(-3, 1), logUniform(-2, 1), (r, delta, mA) => {
        const pheno = idm({ ...base, massGeV: mA, r, delta });
        const [m1, m2] = [r * mA, (1 + delta) * r * mA];
        const lag = idmFromLagrangian({ ...base, massGeV: mA, muLGeV: (m2 - m1) / 2, muRGeV: (m2 - m1) / 2, diracMassGeV: (m1 + m2) / 2 });
        expectClose(masses(lag)[0]!, masses(pheno)[0]!, 1e-12);
        expectClose(masses(lag)[1]!, masses(pheno)[1]!, 1e-12);
        expect(lag.couplings).toHaveLength(1);
        expectClose(lag.couplings[0]!.vector, pheno.couplings[0]!.vector, 1e-13);
        expect(lag.couplings[0]!.axial).toBe(0);
      }),
    );
  });

  it('a pseudo-Dirac Lagrangian model has r = (m_D − μ)/m_A′ and Δ = 2μ/(m_D − μ)', () => {
    fc.assert(
      fc.property(logUniform(-4, -1), logUniform(-2, 0), (mu, mD) => {
        fc.pre(mu < mD);
        const m = masses(idmFromLagrangian({ ...base, muLGeV: mu, muRGeV: mu, diracMassGeV: mD }));
        expectClose(m[0]! / base.massGeV, mD - mu, 1e-12);
        expectClose((m[1]! - m[0]!) / m[0]!, (2 * mu) / (mD - mu), 1e-10);
      }),
    );
  });
});

describe('iDM bad input → ParameterError naming the parameter', () => {
  const lag = { ...base, muLGeV: 0.02, muRGeV: 0.1, diracMassGeV: 0.4 };
  const cases: [string, () => unknown][] = [
    ['muLGeV', () => idmFromLagrangian({ ...lag, muLGeV: -0.01 })],
    ['muRGeV', () => idmFromLagrangian({ ...lag, muRGeV: Number.NaN })],
    ['diracMassGeV', () => idmFromLagrangian({ ...lag, diracMassGeV: 0 })],
    ['alphaD', () => idmFromLagrangian({ ...lag, alphaD: 0 })],
    ['alphaD', () => idm({ ...base, alphaD: -0.1, r: 0.3, delta: 0.4 })],
    ['epsilon', () => idm({ ...base, epsilon: 1, r: 0.3, delta: 0.4 })],
    ['epsilon', () => idm({ ...base, epsilon: 0, r: 0.3, delta: 0.4 })],
    ['massGeV', () => idm({ ...base, massGeV: -1, r: 0.3, delta: 0.4 })],
    ['r', () => idm({ ...base, r: 0, delta: 0.4 })],
    ['r', () => idm({ ...base, r: Number.POSITIVE_INFINITY, delta: 0.4 })],
    ['delta', () => idm({ ...base, r: 0.3, delta: -0.4 })],
    ['delta', () => idm({ ...base, r: 0.3 } as never)],
    ['alpha_D', () => idm({ ...base, r: 0.3, delta: 0.4, alpha_D: 0.1 } as never)],
    ['idm', () => idm(null as never)],
    ['masses', () => idm({ ...base, massGeV: 1e300, r: 1e10, delta: 0.4 })],
  ];
  it.each(cases)('%s', (parameter, build) => {
    expect(build).toThrow(ParameterError);
    try {
      build();
    } catch (error) {
      expect((error as ParameterError).parameter).toBe(parameter);
    }
  });

  it('accepts a closed A′ → ψ1ψ2 channel (kinematics is not a model error)', () => {
    expect(() => idm({ ...base, r: 0.9, delta: 0.4 })).not.toThrow();
  });
});
