// A' → ψ_i ψ_j (THEORY §3.3). These widths contain no α (only g_X), so the CODATA 2018 → 2022 change of α
// does not enter: check values are compared at their printed precision.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KinematicsError, ParameterError } from '../../src/core/errors.js';
import {
  darkFermionPairMultiplicity,
  darkPhotonToFermionPairWidthRaw as raw,
  widthDarkPhotonToDarkFermions,
} from '../../src/widths/darkPhotonToDarkFermions.js';
import { expectClose } from '../helpers/close.js';

const gOf = (alpha: number): number => Math.sqrt(4 * Math.PI * alpha);
const logUniform = (lo: number, hi: number) => fc.double({ min: Math.log10(lo), max: Math.log10(hi), noNaN: true }).map((e) => 10 ** e);

/** iDM closed form of THEORY §3.3 (Izaguirre et al. 1703.06881), written independently of the source. */
function idmClosedForm(mA: number, alphaD: number, m1: number, delta: number): number {
  const x = (m1 * m1) / (mA * mA);
  return (
    ((alphaD * mA) / 3) *
    (1 - delta * delta * x) ** 1.5 *
    Math.sqrt(1 - (2 + delta) ** 2 * x) *
    (1 + ((2 + delta) ** 2 * x) / 2)
  );
}

describe('widthDarkPhotonToDarkFermions: check values', () => {
  it('THEORY §6 #3: iDM r = 0.33, Δ = 0.4, α_D = 0.1, m_A\' = 1 GeV → 2.6037684646e-2 GeV (1e-10)', () => {
    const w = widthDarkPhotonToDarkFermions({
      darkPhotonMassGeV: 1,
      firstMassGeV: 0.33,
      secondMassGeV: 0.33 * 1.4,
      vector: gOf(0.1),
      axial: 0,
      nature: 'majorana',
    });
    expectClose(w, 2.6037684646e-2, 1e-10);
    expectClose(w, idmClosedForm(1, 0.1, 0.33, 0.4), 1e-14);
    expectClose(raw(1, 1 / 3, 1.4 / 3, gOf(0.1), 0), 2.56991382e-2, 1e-8); // r = 1/3 (THEORY §2.4)
  });

  it('generic fixture of §3.3: m = (0.2, 0.3), c = 0.7 vector / axial', () => {
    expectClose(raw(1, 0.2, 0.3, 0.7, 0), 1.2473861e-2, 5e-8);
    expectClose(raw(1, 0.2, 0.3, 0, 0.7), 8.4419061e-3, 5e-8);
  });

  it('§2.1 iDM from the Takagi route (μ_L = 0.02, μ_R = 0.10, m_D = 0.40, α_X = 0.1)', () => {
    const g = gOf(0.1);
    const [m1, m2] = [0.3419950248, 0.4619950248];
    const common = { darkPhotonMassGeV: 1, vector: 0, nature: 'majorana' as const, diagonal: true };
    const w11 = widthDarkPhotonToDarkFermions({ ...common, firstMassGeV: m1, secondMassGeV: m1, axial: g * 0.099503719 });
    const w22 = widthDarkPhotonToDarkFermions({ ...common, firstMassGeV: m2, secondMassGeV: m2, axial: g * 0.099503719 });
    const w12 = widthDarkPhotonToDarkFermions({
      darkPhotonMassGeV: 1, firstMassGeV: m1, secondMassGeV: m2, vector: g * 0.9950371902, axial: 0, nature: 'majorana',
    });
    expectClose(w11, 6.40601e-5, 1e-6);
    expectClose(w12, 2.540914e-2, 1e-6);
    expectClose(w22, 9.22863e-6, 1e-6);
  });

  it('§2.2 i2DM (Dirac, θ = 0.05, α_X = 0.5): 1 1̄, 1 2̄ + 2 1̄ (two final states), 2 2̄', () => {
    const g = gOf(0.5);
    const [s, c] = [Math.sin(0.05), Math.cos(0.05)];
    const base = { darkPhotonMassGeV: 1, axial: 0, nature: 'dirac' as const };
    const w11 = widthDarkPhotonToDarkFermions({ ...base, firstMassGeV: 0.3, secondMassGeV: 0.3, vector: g * s * s, diagonal: true });
    const w12 = widthDarkPhotonToDarkFermions({ ...base, firstMassGeV: 0.3, secondMassGeV: 0.36, vector: g * s * c });
    const w22 = widthDarkPhotonToDarkFermions({ ...base, firstMassGeV: 0.36, secondMassGeV: 0.36, vector: g * c * c, diagonal: true });
    expectClose(w11, 9.817e-7, 1e-5);
    expectClose(w12, 7.55772e-4, 1e-6);
    expectClose(w12, 2 * raw(1, 0.3, 0.36, g * s * c, 0), 1e-15);
    expectClose(w22, 0.1449153, 1e-6);
  });

  it('§2.3 HNL fixtures: C-symmetric 3×3, the same without C symmetry, and the 4×4 with a neutrino', () => {
    const g = gOf(0.11);
    const m = [0.2654316771, 0.28, 0.5545683229];
    expectClose(raw(1, m[0]!, m[1]!, g * 0.9007061167, 0), 2.86317955e-2, 1e-8);
    expectClose(raw(1, m[1]!, m[2]!, g * 0.4344289254, 0), 4.56978485e-3, 1e-8);
    const mm = [0.2614531566, 0.2994406775, 0.5420124792];
    const v = [[0.0762397562, 0.9069483417, 0.4130138003], [0, 0.0876277623, 0.0073416794], [0, 0, 0.0113880061]];
    const cases: [number, number, number, boolean][] = [
      [0, 0, 6.59963e-5, false], [0, 1, 2.883457e-2, true], [0, 2, 4.355649e-3, true], [1, 1, 7.23034e-5, false], [1, 2, 3.11361e-7, false],
    ];
    for (const [i, j, expected, isVector] of cases) {
      const c = g * v[i]![j]!;
      const w = widthDarkPhotonToDarkFermions({
        darkPhotonMassGeV: 1, firstMassGeV: mm[i]!, secondMassGeV: mm[j]!, vector: isVector ? c : 0, axial: isVector ? 0 : c,
        nature: 'majorana', diagonal: i === j,
      });
      expectClose(w, expected, 2e-6);
    }
    // 4×4: Γ(A' → ν ψ) with ψ the 0.28 GeV state (the third state counting ν first), |V| = 7.68583e-4, axial
    expectClose(raw(1, 2.1739e-6, 0.28, 0, g * 7.68583e-4), 1.91177e-8, 1e-5);
  });

  it('§2.4 HNL BP1 table: Γ/m_A\' for |V| = 1, α_X = 0.11, vector and axial', () => {
    const g = gOf(0.11);
    const m = [0.16, 0.2512, 0.399408];
    const rows: [number, number, number, number][] = [
      [0, 1, 3.57977e-2, 2.77712e-2], [1, 2, 3.2633e-2, 1.60556e-2], [0, 2, 3.21701e-2, 2.08555e-2],
    ];
    for (const [i, j, vec, ax] of rows) {
      expectClose(raw(1, m[i]!, m[j]!, g, 0), vec, 5e-6);
      expectClose(raw(1, m[i]!, m[j]!, 0, g), ax, 5e-6);
      expectClose(raw(7, 7 * m[i]!, 7 * m[j]!, g, 0) / 7, vec, 5e-6); // scales with m_A' at fixed ratios
    }
  });
});

describe('widthDarkPhotonToDarkFermions: limits and counting', () => {
  it('equal-mass limits: vector (1 + 2μ²)√(1 − 4μ²), axial (1 − 4μ²)^{3/2}; Majorana diagonal is the 1/(24π) form', () => {
    for (const mu of [0, 0.1, 0.3, 0.45, 0.4999]) {
      const base = (1 / (12 * Math.PI)) * 0.25;
      expectClose(raw(1, mu, mu, 0.5, 0), base * (1 + 2 * mu * mu) * Math.sqrt(1 - 4 * mu * mu), 1e-13);
      expectClose(raw(1, mu, mu, 0, 0.5), base * (1 - 4 * mu * mu) ** 1.5, 1e-12, 1e-300);
      const maj = widthDarkPhotonToDarkFermions({
        darkPhotonMassGeV: 1, firstMassGeV: mu, secondMassGeV: mu, vector: 0, axial: 0.5, nature: 'majorana', diagonal: true,
      });
      expectClose(maj, (0.25 * (1 - 4 * mu * mu) ** 1.5) / (24 * Math.PI), 1e-12, 1e-300);
    }
  });

  it('massless sum rule: one Dirac pair of unit charge gives α_X m_A\'/3 (THEORY §2.0, §5 item 2)', () => {
    expectClose(raw(2, 0, 0, gOf(0.1), 0), (0.1 * 2) / 3, 1e-14);
    expectClose(raw(2, 0, 0, 0, gOf(0.1)), (0.1 * 2) / 3, 1e-14);
  });

  it('multiplicities: Majorana ½ (i = j) and 1; Dirac 1 (i = j) and 2 (both charge states)', () => {
    expect(darkFermionPairMultiplicity('majorana', true)).toBe(0.5);
    expect(darkFermionPairMultiplicity('majorana', false)).toBe(1);
    expect(darkFermionPairMultiplicity('dirac', true)).toBe(1);
    expect(darkFermionPairMultiplicity('dirac', false)).toBe(2);
  });

  it('vanishes continuously at threshold and is exactly 0 below', () => {
    const open = raw(1, 0.3, 0.4, 1, 0.5);
    const near = raw(0.7 * (1 + 1e-12), 0.3, 0.4, 1, 0.5);
    expect(near).toBeGreaterThan(0);
    expect(near / open).toBeLessThan(1e-5);
    expect(raw(0.7, 0.3, 0.4, 1, 0.5)).toBe(0);
    expect(raw(0.6, 0.3, 0.4, 1, 0.5)).toBe(0);
  });

  it('property: finite, ≥ 0, ∝ c², symmetric in (m_i, m_j), for log-uniform inputs', () => {
    fc.assert(
      fc.property(logUniform(1e-3, 1e2), logUniform(1e-6, 1), logUniform(1e-6, 1), logUniform(1e-4, 3), logUniform(1e-4, 3), (mA, x, y, cv, ca) => {
        const [mi, mj] = [0.5 * mA * x, 0.5 * mA * y];
        const w = raw(mA, mi, mj, cv, ca);
        expect(Number.isFinite(w) && w >= 0).toBe(true);
        expectClose(raw(mA, mj, mi, cv, ca), w, 1e-12, 1e-300);
        expectClose(raw(mA, mi, mj, 2 * cv, 2 * ca), 4 * w, 1e-12, 1e-300);
      }),
    );
  });
});

describe('widthDarkPhotonToDarkFermions: validation', () => {
  const ok = { darkPhotonMassGeV: 1, firstMassGeV: 0.2, secondMassGeV: 0.3, vector: 0.5, axial: 0.1, nature: 'majorana' as const };

  it('closed channel asked for directly → KinematicsError', () => {
    expect(() => widthDarkPhotonToDarkFermions({ ...ok, darkPhotonMassGeV: 0.5 })).toThrow(KinematicsError);
    expect(() => widthDarkPhotonToDarkFermions({ ...ok, darkPhotonMassGeV: 0.4 })).toThrow(KinematicsError);
  });

  it.each([
    ['vector', -0.1],
    ['axial', Number.NaN],
    ['darkPhotonMassGeV', 0],
    ['firstMassGeV', -1],
    ['secondMassGeV', Number.POSITIVE_INFINITY],
    ['nature', 'weyl'],
    ['diagonal', 'yes'],
  ])('bad %s → ParameterError naming it', (name, value) => {
    expect(() => widthDarkPhotonToDarkFermions({ ...ok, [name]: value } as never)).toThrow(
      expect.objectContaining({ name: 'ParameterError', parameter: name }),
    );
  });

  it('diagonal pairs: masses must agree; a Majorana diagonal pair has no vector coupling', () => {
    expect(() => widthDarkPhotonToDarkFermions({ ...ok, diagonal: true })).toThrow(ParameterError);
    expect(() =>
      widthDarkPhotonToDarkFermions({ ...ok, secondMassGeV: 0.2, diagonal: true }),
    ).toThrow(expect.objectContaining({ parameter: 'vector' }));
    expect(() => widthDarkPhotonToDarkFermions(null as never)).toThrow(ParameterError);
  });
});
