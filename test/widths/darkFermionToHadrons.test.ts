// ψ_j → ψ_i + hadrons through the A' and R(√q²) (THEORY §3.2, §3.6; replacement derived in the source).
import { describe, expect, it } from 'vitest';
import { ALPHA, CHARGED_PION_MASS_GEV } from '../../src/core/constants.js';
import { KinematicsError } from '../../src/core/errors.js';
import { integrate } from '../../src/core/numerics/index.js';
import { darkFermionToHadronsWidthRaw, widthDarkFermionToHadrons, type DarkFermionToHadronsArgs } from '../../src/widths/darkFermionToHadrons.js';
import { widthDarkFermionToLeptons } from '../../src/widths/darkFermionToLeptons.js';
import { rRatioModel } from '../../src/widths/rRatio.js';
import { expectClose } from '../helpers/close.js';

const g = Math.sqrt(4 * Math.PI * 0.1);
const base: DarkFermionToHadronsArgs = {
  parentMassGeV: 1.5, daughterMassGeV: 0.3, darkPhotonMassGeV: 3, darkPhotonWidthGeV: 0.05, epsilon: 1e-3, left: g, right: 0.4,
};
const threshold2 = (2 * CHARGED_PION_MASS_GEV) ** 2;

/** dΓ/dq² written out independently from THEORY §3.6 with (1/π)√q²Γ(V*→had) = (eps²α/3π) q² R(√q²). */
function density(args: DarkFermionToHadronsArgs, r: (x: number) => number, q2: number): number {
  const { parentMassGeV: mj, daughterMassGeV: mi, darkPhotonMassGeV: ma, darkPhotonWidthGeV: ga, epsilon: eps, left, right } = args;
  const cv = (left + right) / 2;
  const ca = (left - right) / 2;
  const lam = (mj * mj - (mi + Math.sqrt(q2)) ** 2) * (mj * mj - (mi - Math.sqrt(q2)) ** 2);
  const brace = (cv * cv + ca * ca) * ((mj * mj - mi * mi) ** 2 + q2 * (mj * mj + mi * mi) - 2 * q2 * q2) / q2 - 6 * (cv * cv - ca * ca) * mi * mj;
  const twoBody = (Math.sqrt(lam) / (16 * Math.PI * mj ** 3)) * brace;
  const hadronic = ((eps * eps * ALPHA) / (3 * Math.PI)) * q2 * r(Math.sqrt(q2));
  return (twoBody * hadronic) / ((q2 - ma * ma) ** 2 + ma * ma * ga * ga);
}

describe('widthDarkFermionToHadrons', () => {
  it('constant R = 2: equals an independent quadrature of the THEORY §3.6 density with q² R', () => {
    const w = widthDarkFermionToHadrons({ ...base, rRatio: () => 2 }, { relTol: 1e-12 });
    const b = (base.parentMassGeV - base.daughterMassGeV) ** 2;
    const ref = integrate((q2) => density(base, () => 2, q2), threshold2, b, { relTol: 1e-12 }).value;
    expectClose(w, ref, 1e-10);
  });

  it('the library R model: agrees with a brute-force quadrature split into 400 pieces (narrow ω, φ, J/ψ inside)', () => {
    for (const args of [base, { ...base, parentMassGeV: 3.6, daughterMassGeV: 0.2, darkPhotonMassGeV: 5, darkPhotonWidthGeV: 0.1 }]) {
      const w = widthDarkFermionToHadrons(args);
      const b = (args.parentMassGeV - args.daughterMassGeV) ** 2;
      let ref = 0;
      const n = 400;
      for (let k = 0; k < n; k++) {
        const lo = threshold2 + ((b - threshold2) * k) / n;
        const hi = threshold2 + ((b - threshold2) * (k + 1)) / n;
        ref += integrate((q2) => density(args, rRatioModel, q2), lo, hi, { relTol: 1e-11 }).value;
      }
      expectClose(w, ref, 1e-7);
    }
  });

  it('for a hadronic continuum R ≈ N_c Σ Q² the hadron-to-muon ratio is of order R (≈ 2 above 1 GeV)', () => {
    const args = { ...base, parentMassGeV: 4.2, daughterMassGeV: 0.1, darkPhotonMassGeV: 8, darkPhotonWidthGeV: 0.1 };
    const ratio = widthDarkFermionToHadrons(args) / widthDarkFermionToLeptons({ ...args, lepton: 'mu' });
    expect(ratio).toBeGreaterThan(1);
    expect(ratio).toBeLessThan(4);
  });

  it('on-shell pole inside the range: reproduces Γ_2body·BR(A\'→had) at small Γ_A\' with constant R', () => {
    const args = { ...base, parentMassGeV: 2, daughterMassGeV: 0.2, darkPhotonMassGeV: 1, darkPhotonWidthGeV: 1e-6, rRatio: () => 2 };
    const w = widthDarkFermionToHadrons(args);
    const ref = integrate((q2) => density(args, () => 2, q2), threshold2, 0.999, { relTol: 1e-12 }).value +
      integrate((q2) => density(args, () => 2, q2), 0.999, 1.001, { relTol: 1e-12, maxSubdivisions: 100000 }).value +
      integrate((q2) => density(args, () => 2, q2), 1.001, 3.24, { relTol: 1e-12 }).value;
    expectClose(w, ref, 1e-8);
  });

  it('∝ eps²; 0 from the raw form below threshold; closed channel asked for directly → KinematicsError', () => {
    expectClose(widthDarkFermionToHadrons({ ...base, epsilon: 1e-2 }) / widthDarkFermionToHadrons({ ...base, epsilon: 1e-4 }), 1e4, 1e-12);
    expect(darkFermionToHadronsWidthRaw(0.5, 0.3, 1, 0, 1e-3, 1, 1, 1e-10)).toBe(0);
    expect(() => widthDarkFermionToHadrons({ ...base, parentMassGeV: 0.55 })).toThrow(KinematicsError);
  });

  it('bad input → ParameterError naming the field (including an R returning negative values)', () => {
    for (const [name, value] of [['epsilon', 1], ['left', Number.NaN], ['darkPhotonWidthGeV', -1], ['rRatio', 3]] as const) {
      expect(() => widthDarkFermionToHadrons({ ...base, [name]: value } as never)).toThrow(expect.objectContaining({ parameter: name }));
    }
    expect(() => widthDarkFermionToHadrons({ ...base, rRatio: () => -1 })).toThrow(expect.objectContaining({ parameter: 'rRatio' }));
    expect(() => widthDarkFermionToHadrons({ ...base, rRatio: () => Number.NaN })).toThrow(expect.objectContaining({ parameter: 'rRatio' }));
  });
});
