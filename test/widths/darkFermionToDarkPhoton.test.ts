// ψ_j → ψ_i A' on-shell (THEORY §3.5). No α enters (only the dark couplings), so no CODATA shift.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KinematicsError } from '../../src/core/errors.js';
import { darkFermionToVectorWidthRaw, widthDarkFermionToDarkPhoton } from '../../src/widths/darkFermionToDarkPhoton.js';
import { expectClose } from '../helpers/close.js';

const g = Math.sqrt(4 * Math.PI * 0.1);
const logUniform = (lo: number, hi: number) => fc.double({ min: Math.log10(lo), max: Math.log10(hi), noNaN: true }).map((e) => 10 ** e);

describe('widthDarkFermionToDarkPhoton', () => {
  it('THEORY §6 #5: m = (1, 0.2, 0.5) GeV, α_X = 0.1: vector 5.15432882e-2, axial 9.24182194e-2 GeV (1e-8)', () => {
    const base = { parentMassGeV: 1, daughterMassGeV: 0.2, darkPhotonMassGeV: 0.5 };
    expectClose(widthDarkFermionToDarkPhoton({ ...base, left: g, right: g }), 5.15432882e-2, 1e-8);
    expectClose(widthDarkFermionToDarkPhoton({ ...base, left: g, right: -g }), 9.24182194e-2, 1e-8);
    expectClose(widthDarkFermionToDarkPhoton({ ...base, left: -g, right: g }), 9.24182194e-2, 1e-8);
  });

  it('m_i = 0, pure left-handed g: the N → ν Z\' width g² m_j³ (1 − x)² (1 + 2x)/(32π M²)', () => {
    for (const [mj, M] of [[1, 0.3], [5, 0.2], [0.3, 0.29]] as const) {
      const x = (M * M) / (mj * mj);
      const expected = (g * g * mj ** 3 * (1 - x) ** 2 * (1 + 2 * x)) / (32 * Math.PI * M * M);
      expectClose(widthDarkFermionToDarkPhoton({ parentMassGeV: mj, daughterMassGeV: 0, darkPhotonMassGeV: M, left: g, right: 0 }), expected, 1e-13);
    }
  });

  it('depends on the chiral couplings only through (left² + right²)/2 and left·right: left ↔ right symmetric', () => {
    const base = { parentMassGeV: 2, daughterMassGeV: 0.5, darkPhotonMassGeV: 0.7 };
    expectClose(
      widthDarkFermionToDarkPhoton({ ...base, left: 0.3, right: 1.1 }),
      widthDarkFermionToDarkPhoton({ ...base, left: 1.1, right: 0.3 }),
      1e-15,
    );
    expect(darkFermionToVectorWidthRaw(2, 0.5, 0.49, 1, 1)).toBeCloseTo(widthDarkFermionToDarkPhoton({ ...base, left: 1, right: 1 }), 15);
  });

  it('vanishes continuously at threshold (m_A\' → m_j − m_i) and the raw form is 0 when closed', () => {
    const open = widthDarkFermionToDarkPhoton({ parentMassGeV: 1, daughterMassGeV: 0.2, darkPhotonMassGeV: 0.5, left: g, right: g });
    const near = widthDarkFermionToDarkPhoton({ parentMassGeV: 1, daughterMassGeV: 0.2, darkPhotonMassGeV: 0.8 * (1 - 1e-12), left: g, right: g });
    expect(near).toBeGreaterThan(0);
    expect(near / open).toBeLessThan(1e-5);
    expect(darkFermionToVectorWidthRaw(1, 0.2, 0.64, g * g, g * g)).toBe(0);
    expect(darkFermionToVectorWidthRaw(1, 0.2, 0.81, g * g, g * g)).toBe(0);
  });

  it('property: finite and ≥ 0 for log-uniform masses and signed couplings', () => {
    fc.assert(
      fc.property(
        logUniform(1e-3, 1e2), logUniform(1e-6, 1), logUniform(1e-6, 1), fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }),
        (mj, x, y, left, right) => {
          const mi = mj * x * 0.5;
          const ma = (mj - mi) * y * 0.999;
          const w = widthDarkFermionToDarkPhoton({ parentMassGeV: mj, daughterMassGeV: mi, darkPhotonMassGeV: ma, left, right });
          expect(Number.isFinite(w) && w >= 0).toBe(true);
        },
      ),
    );
  });

  it('closed channel → KinematicsError; bad input → ParameterError naming the field', () => {
    const ok = { parentMassGeV: 1, daughterMassGeV: 0.2, darkPhotonMassGeV: 0.5, left: g, right: g };
    expect(() => widthDarkFermionToDarkPhoton({ ...ok, darkPhotonMassGeV: 0.8 })).toThrow(KinematicsError);
    expect(() => widthDarkFermionToDarkPhoton({ ...ok, daughterMassGeV: 1.2 })).toThrow(KinematicsError);
    for (const [name, value] of [['left', Number.NaN], ['right', Number.POSITIVE_INFINITY], ['parentMassGeV', -1], ['daughterMassGeV', -0.1], ['darkPhotonMassGeV', 0]] as const) {
      expect(() => widthDarkFermionToDarkPhoton({ ...ok, [name]: value })).toThrow(expect.objectContaining({ name: 'ParameterError', parameter: name }));
    }
  });
});
