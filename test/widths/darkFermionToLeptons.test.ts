// ψ_j → ψ_i ℓ⁺ℓ⁻ through the A' (THEORY §3.6). THEORY's numbers use α = 1/137.035999084 (CODATA 2018); the
// library uses CODATA 2022 (1/137.035999177), so every width ∝ eps² α is lower by 6.8e-10 relative. Tolerances
// of check values printed with ≥ 10 digits are therefore ≥ 2e-9.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALPHA, ELECTRON_MASS_GEV, MUON_MASS_GEV } from '../../src/core/constants.js';
import { KinematicsError, ParameterError } from '../../src/core/errors.js';
import { integrate } from '../../src/core/numerics/index.js';
import { makeThreeBodyKernel, threeBodyDensity } from '../../src/widths/darkFermionThreeBody.js';
import { threeBodyWidthRaw } from '../../src/widths/darkFermionThreeBodyIntegral.js';
import { widthDarkFermionToDarkPhoton } from '../../src/widths/darkFermionToDarkPhoton.js';
import {
  dWidthDq2DarkFermionToLeptons,
  sMinusLimitsDarkFermionToLeptons,
  squaredMatrixElementDarkFermionToLeptons,
  widthDarkFermionToLeptons,
  type DarkFermionToLeptonsArgs,
} from '../../src/widths/darkFermionToLeptons.js';
import { widthDarkFermionToLeptonsSmallSplitting } from '../../src/widths/darkFermionToLeptonsSmallSplitting.js';
import { widthDarkPhotonToDarkFermions } from '../../src/widths/darkPhotonToDarkFermions.js';
import { widthDarkPhotonToLeptons } from '../../src/widths/darkPhotonToLeptons.js';
import { expectClose } from '../helpers/close.js';

const g = Math.sqrt(4 * Math.PI * 0.1); // α_D = 0.1
const CODATA_SHIFT = 2e-9; // 6.8e-10 (α 2018 → 2022) plus quadrature
const logUniform = (lo: number, hi: number) => fc.double({ min: Math.log10(lo), max: Math.log10(hi), noNaN: true }).map((e) => 10 ** e);

/** iDM benchmark of THEORY §2.4/§3.6 at m_A' = 1 GeV, eps = 1 (so widths are "per eps²"; eps ∈ (0,1) is
 * required, so eps = 1e-3 and a factor 1e6). */
const idm: DarkFermionToLeptonsArgs = {
  parentMassGeV: 0.33 * 1.4,
  daughterMassGeV: 0.33,
  darkPhotonMassGeV: 1,
  darkPhotonWidthGeV: 0,
  epsilon: 1e-3,
  left: g,
  right: g,
  lepton: 'e',
};
const PER_EPS2 = 1e6;

/** Massless-lepton, Γ_A' = 0 width from the plain-number kernel (the m_ℓ → 0 of THEORY §3.6). */
function masslessWidth(mj: number, mi: number, mA: number, s: number, d: number): number {
  return threeBodyWidthRaw(makeThreeBodyKernel(mj, mi, mA, 0, 1e-3, s, d, 0, 0, null), 1e-12) * PER_EPS2;
}
const approxVector = (mj: number, mi: number, mA: number): number =>
  widthDarkFermionToLeptonsSmallSplitting({ parentMassGeV: mj, daughterMassGeV: mi, darkPhotonMassGeV: mA, epsilon: 1e-3, left: g, right: g }) * PER_EPS2;

describe('widthDarkFermionToLeptons: check values', () => {
  it('THEORY §6 #4: iDM Γ(ψ2→ψ1 e+e−)/eps² = 1.5973175149e-9 GeV (1e-7), approximation 2.4822975873e-9', () => {
    expectClose(widthDarkFermionToLeptons(idm) * PER_EPS2, 1.5973175149e-9, 1e-7);
    expectClose(widthDarkFermionToLeptons(idm) * PER_EPS2, 1.5973175149e-9, CODATA_SHIFT); // in fact much better
    expectClose(widthDarkFermionToLeptonsSmallSplitting(idm) * PER_EPS2, 2.4822975873e-9, CODATA_SHIFT);
    // r = 1/3 variant
    const third = { ...idm, parentMassGeV: 1.4 / 3, daughterMassGeV: 1 / 3 };
    expectClose(widthDarkFermionToLeptons(third) * PER_EPS2, 1.679990274e-9, CODATA_SHIFT);
    expectClose(widthDarkFermionToLeptonsSmallSplitting(third) * PER_EPS2, 2.6102245629e-9, CODATA_SHIFT);
  });

  it('including Γ_A\' = Γ(A\'→ψ1ψ2) in the propagator: 1.59622e-9 (−0.07%)', () => {
    const gammaA = widthDarkPhotonToDarkFermions({
      darkPhotonMassGeV: 1, firstMassGeV: 0.33, secondMassGeV: 0.462, vector: g, axial: 0, nature: 'majorana',
    });
    expectClose(widthDarkFermionToLeptons({ ...idm, darkPhotonWidthGeV: gammaA }) * PER_EPS2, 1.59622e-9, 5e-6);
  });

  it('§3.6 q² density table at the iDM point (per eps², GeV⁻¹) and ⟨q²⟩/(m2 − m1)² = 0.2892', () => {
    const table: [number, number][] = [[0.001, 2.06161e-7], [0.005, 1.38026e-7], [0.01, 6.51496e-8], [0.015, 1.24178e-8]];
    for (const [q2, expected] of table) expectClose(dWidthDq2DarkFermionToLeptons(idm, q2) * PER_EPS2, expected, 5e-6);
    const b = 0.132 ** 2;
    const a = 4 * ELECTRON_MASS_GEV ** 2;
    const first = integrate((q2) => q2 * dWidthDq2DarkFermionToLeptons(idm, q2), a, b, { relTol: 1e-10 }).value;
    expectClose(first / widthDarkFermionToLeptons(idm) / b, 0.2892, 2e-4);
    expect(dWidthDq2DarkFermionToLeptons(idm, a)).toBe(0);
    expect(dWidthDq2DarkFermionToLeptons(idm, b)).toBe(0);
    expect(dWidthDq2DarkFermionToLeptons(idm, -1)).toBe(0);
  });

  it('§2.2 i2DM (Dirac, θ = 0.05, α_X = 0.5): Γ(ψ2→ψ1 e+e−)/eps² = 4.64296e-13', () => {
    const c = Math.sqrt(4 * Math.PI * 0.5) * Math.sin(0.05) * Math.cos(0.05);
    const w = widthDarkFermionToLeptons({ ...idm, parentMassGeV: 0.36, daughterMassGeV: 0.3, left: c, right: c });
    expectClose(w * PER_EPS2, 4.64296e-13, 5e-6);
  });

  it('§2.3 C-symmetric HNL fixture (eps = 1e-3, α_X = 0.11): ψ3→ψ2 ee, μμ and ψ2→ψ1 ee', () => {
    const gx = Math.sqrt(4 * Math.PI * 0.11);
    const m = [0.2654316771, 0.28, 0.5545683229];
    const base = { darkPhotonMassGeV: 1, darkPhotonWidthGeV: 0, epsilon: 1e-3 };
    const c32 = gx * 0.4344289254;
    const c21 = gx * 0.9007061167;
    expectClose(widthDarkFermionToLeptons({ ...base, parentMassGeV: m[2]!, daughterMassGeV: m[1]!, left: c32, right: c32, lepton: 'e' }), 9.3450768e-15, 1e-8);
    expectClose(widthDarkFermionToLeptons({ ...base, parentMassGeV: m[2]!, daughterMassGeV: m[1]!, left: c32, right: c32, lepton: 'mu' }), 5.80440233e-16, 1e-8);
    // 3.29201012e-20: the 4.5% splitting makes this width sensitive to the 10-digit masses (≈1e-8 per 1e-10)
    expectClose(widthDarkFermionToLeptons({ ...base, parentMassGeV: m[1]!, daughterMassGeV: m[0]!, left: c21, right: c21, lepton: 'e' }), 3.29201012e-20, 1e-7);
  });

  it('THEORY §6 #6: full/approx = 0.98523 at Δ = 0.01 (m_A\' = 1, m_1 = 0.1, m_ℓ → 0), and the Δ table', () => {
    const ratio = (delta: number): number => masslessWidth(0.1 * (1 + delta), 0.1, 1, g * g, g * g) / approxVector(0.1 * (1 + delta), 0.1, 1);
    expect(Math.abs(ratio(0.01) - 0.98523)).toBeLessThanOrEqual(1e-5);
    for (const [delta, expected] of [[0.2, 0.7732], [0.1, 0.8706], [0.05, 0.9305], [0.02, 0.9709]] as const) {
      expect(Math.abs(ratio(delta) - expected)).toBeLessThanOrEqual(1e-4);
    }
  });

  it('axial coupling: 3× the vector rate at small splitting (2.998 at Δ = 0.05)', () => {
    const [mj, mi] = [0.105, 0.1];
    const ratio = masslessWidth(mj, mi, 1, g * g, -g * g) / masslessWidth(mj, mi, 1, g * g, g * g);
    expect(Math.abs(ratio - 2.998)).toBeLessThan(1e-3);
    const ax = widthDarkFermionToLeptonsSmallSplitting({ ...idm, left: g, right: -g }) / widthDarkFermionToLeptonsSmallSplitting(idm);
    expectClose(ax, 3, 1e-14);
  });

  it('Δ⁵ scaling at small splitting: log-slope between Δ = 1e-3 and 2e-3 is 5 within 1e-2', () => {
    const w1 = masslessWidth(0.1 * 1.001, 0.1, 1, g * g, g * g);
    const w2 = masslessWidth(0.1 * 1.002, 0.1, 1, g * g, g * g);
    expect(Math.abs(Math.log(w2 / w1) / Math.log(2) - 5)).toBeLessThan(1e-2);
  });
});

describe('widthDarkFermionToLeptons: resonance, continuity and scaling', () => {
  const onShell = (gammaA: number): DarkFermionToLeptonsArgs => ({
    parentMassGeV: 1, daughterMassGeV: 0.2, darkPhotonMassGeV: 0.5, darkPhotonWidthGeV: gammaA, epsilon: 1e-2, left: g, right: g, lepton: 'e',
  });

  it("THEORY §6 #11: the BW integral equals Γ(ψ_j→ψ_iA')·BR(A'→ee): ratio 0.9999997 (1e-6), value 2.5937089e-2", () => {
    const ee = widthDarkPhotonToLeptons({ massGeV: 0.5, epsilon: 1e-2, lepton: 'e' });
    const mumu = widthDarkPhotonToLeptons({ massGeV: 0.5, epsilon: 1e-2, lepton: 'mu' });
    const gammaA = ee + mumu;
    expectClose(gammaA, 2.41693e-7, 5e-6);
    const twoBody = widthDarkFermionToDarkPhoton({ parentMassGeV: 1, daughterMassGeV: 0.2, darkPhotonMassGeV: 0.5, left: g, right: g });
    const bw = widthDarkFermionToLeptons(onShell(gammaA));
    expect(Math.abs(bw / ((twoBody * ee) / gammaA) - 0.9999997)).toBeLessThanOrEqual(1e-6);
    expectClose(bw, 2.5937089e-2, 5e-8);
  });

  it('narrow-width limit: the BW integral → Γ_2body × BR as Γ_A\' → 0 (ratio − 1 ∝ Γ_A\')', () => {
    const twoBody = widthDarkFermionToDarkPhoton({ parentMassGeV: 1, daughterMassGeV: 0.2, darkPhotonMassGeV: 0.5, left: g, right: g });
    const ee = widthDarkPhotonToLeptons({ massGeV: 0.5, epsilon: 1e-2, lepton: 'e' });
    for (const gammaA of [1e-5, 1e-7, 1e-9, 1e-14, 1e-20, 1e-28]) {
      // (Γ_A' is an input here, not eps²-consistent: the point is the limit, down to A' widths of 1e-28 GeV)
      const ratio = widthDarkFermionToLeptons(onShell(gammaA)) / ((twoBody * ee) / gammaA);
      expect(Math.abs(ratio - 1)).toBeLessThan(Math.max(20 * gammaA, 1e-9));
    }
  });

  it('seamless in m_A\': continuous at every switch of the integration strategy (threshold, window, far/near)', () => {
    const gammaA = 1e-3;
    const [mj, mi] = [1, 0.2];
    const b = (mj - mi) ** 2;
    const a = 4 * ELECTRON_MASS_GEV ** 2;
    const h = (m: number): number => 5 * m * gammaA;
    const switches = [
      Math.sqrt(b), // pole at the phase-space edge: on-shell ↔ off-shell
      Math.sqrt(2 * b - a), // far ↔ near pole
      (5 * gammaA + Math.sqrt(25 * gammaA ** 2 + 4 * b)) / 2, // window edge m² − h = b
      (-5 * gammaA + Math.sqrt(25 * gammaA ** 2 + 4 * b)) / 2, // window edge m² + h = b
      (5 * gammaA + Math.sqrt(25 * gammaA ** 2 + 4 * a)) / 2, // window edge m² − h = a
    ];
    expect(switches[2]! ** 2 - h(switches[2]!)).toBeCloseTo(b, 12);
    for (const m of switches) {
      const at = (x: number): number =>
        widthDarkFermionToLeptons({ ...onShell(gammaA), parentMassGeV: mj, daughterMassGeV: mi, darkPhotonMassGeV: x }, { relTol: 1e-12 });
      const below = at(m * (1 - 1e-14));
      const above = at(m * (1 + 1e-14));
      expectClose(below, above, 1e-9);
    }
    // and a coarse scan through the threshold shows no jump: neighbouring ratios stay close to 1
    let previous = 0;
    for (let k = -20; k <= 20; k++) {
      const w = widthDarkFermionToLeptons({ ...onShell(gammaA), darkPhotonMassGeV: 0.8 * (1 + k * 1e-4) });
      if (k > -20) expect(Math.abs(w / previous - 1)).toBeLessThan(0.05);
      previous = w;
    }
  });

  it('continuous at the lepton threshold: Γ → 0 as m_j − m_i → 2m_μ', () => {
    const at = (split: number): number =>
      widthDarkFermionToLeptons({ ...idm, darkPhotonMassGeV: 2, parentMassGeV: 0.5 + split, daughterMassGeV: 0.5, lepton: 'mu' });
    const open = at(4 * MUON_MASS_GEV);
    expect(at(2 * MUON_MASS_GEV * (1 + 1e-9)) / open).toBeLessThan(1e-8);
    // tiny splittings keep full relative precision (no cancellation near q² → (m_j − m_i)²): Γ ∝ β⁴-like growth
    const w1 = at(2 * MUON_MASS_GEV * (1 + 1e-8));
    const w2 = at(2 * MUON_MASS_GEV * (1 + 2e-8));
    expect(Math.abs(Math.log2(w2 / w1) - 3)).toBeLessThan(1e-3);
    expect(at(2 * MUON_MASS_GEV * (1 + 1e-4)) / open).toBeLessThan(1e-4);
  });

  it('resolves the e+e− threshold structure even when 4m_e² is 1e-7 of the q² range (large splitting)', () => {
    // reference: G7K15 on q² split geometrically from the threshold (every piece spans a factor 2 in q²)
    const args = { ...idm, parentMassGeV: 5, daughterMassGeV: 0.2, darkPhotonMassGeV: 10, darkPhotonWidthGeV: 0.3 };
    const a = 4 * ELECTRON_MASS_GEV ** 2;
    const b = 4.8 ** 2;
    let ref = 0;
    for (let lo = a; lo < b; lo *= 2) {
      ref += integrate((q2) => dWidthDq2DarkFermionToLeptons(args, q2), lo, Math.min(2 * lo, b), { relTol: 1e-13 }).value;
    }
    expectClose(widthDarkFermionToLeptons(args), ref, 1e-10);
    expectClose(widthDarkFermionToLeptons(args, { relTol: 1e-6 }), ref, 1e-6);
  });

  it('Γ ∝ eps² exactly at fixed Γ_A\'', () => {
    const w1 = widthDarkFermionToLeptons({ ...idm, epsilon: 1e-2, darkPhotonWidthGeV: 0.01 });
    const w2 = widthDarkFermionToLeptons({ ...idm, epsilon: 1e-5, darkPhotonWidthGeV: 0.01 });
    expectClose(w1 / w2, 1e6, 1e-12);
  });

  it('property: finite, ≥ 0 widths for log-uniform masses, widths and signed couplings (off- and on-shell)', () => {
    fc.assert(
      fc.property(
        logUniform(1e-2, 20), logUniform(1e-4, 1), logUniform(1e-3, 3), logUniform(1e-8, 0.3), logUniform(1e-7, 0.5),
        fc.double({ min: -2, max: 2, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), fc.constantFrom('e' as const, 'mu' as const, 'tau' as const),
        (mj, x, y, gammaRel, eps, left, right, lepton) => {
          const args = {
            parentMassGeV: mj, daughterMassGeV: mj * x * 0.999, darkPhotonMassGeV: mj * y, darkPhotonWidthGeV: mj * y * gammaRel,
            epsilon: eps, left, right, lepton,
          };
          let w: number;
          try {
            w = widthDarkFermionToLeptons(args, { relTol: 1e-8 });
          } catch (e) {
            expect(e).toBeInstanceOf(KinematicsError);
            return;
          }
          expect(Number.isFinite(w) && w >= 0).toBe(true);
          const q2 = 0.5 * (mj - args.daughterMassGeV) ** 2;
          const d = dWidthDq2DarkFermionToLeptons(args, q2);
          expect(Number.isFinite(d) && d >= 0).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('Dalitz-level |M|² (THEORY §3.6)', () => {
  const cases: [string, DarkFermionToLeptonsArgs][] = [
    ['iDM vector, e', idm],
    ['axial, μ, A\' width', { ...idm, parentMassGeV: 1.2, daughterMassGeV: 0.4, darkPhotonMassGeV: 1.5, darkPhotonWidthGeV: 0.05, left: 0.7, right: -0.7, lepton: 'mu' }],
    ['chiral (left only), e, on-shell pole', { ...idm, parentMassGeV: 1, daughterMassGeV: 0.2, darkPhotonMassGeV: 0.5, darkPhotonWidthGeV: 0.01, left: 1.3, right: 0, lepton: 'e' }],
    ['mixed couplings, τ', { ...idm, parentMassGeV: 6, daughterMassGeV: 1, darkPhotonMassGeV: 3, darkPhotonWidthGeV: 0.2, left: 0.4, right: 1.1, lepton: 'tau' }],
  ];

  it.each(cases)('%s: ∫ ds₋ ⟨|M|²⟩/(256π³m_j³) equals dΓ/dq²; symmetric under ℓ⁻ ↔ ℓ⁺; ≥ 0 inside', (_, args) => {
    const ml = args.lepton === 'e' ? ELECTRON_MASS_GEV : args.lepton === 'mu' ? MUON_MASS_GEV : 1.77693;
    const a = 4 * ml * ml;
    const b = (args.parentMassGeV - args.daughterMassGeV) ** 2;
    for (const f of [0.01, 0.3, 0.77, 0.999]) {
      const q2 = a + f * (b - a);
      const { minGeV2, maxGeV2 } = sMinusLimitsDarkFermionToLeptons(args, q2);
      const integral = integrate((s) => squaredMatrixElementDarkFermionToLeptons(args, q2, s), minGeV2, maxGeV2, { relTol: 1e-12 }).value;
      expectClose(integral / (256 * Math.PI ** 3 * args.parentMassGeV ** 3), dWidthDq2DarkFermionToLeptons(args, q2), 1e-10);
      const sum = args.parentMassGeV ** 2 + args.daughterMassGeV ** 2 + 2 * ml * ml - q2;
      for (const t of [0, 0.2, 0.5, 0.9, 1]) {
        const sm = minGeV2 + t * (maxGeV2 - minGeV2);
        const m2 = squaredMatrixElementDarkFermionToLeptons(args, q2, sm);
        expect(m2).toBeGreaterThanOrEqual(0);
        expectClose(squaredMatrixElementDarkFermionToLeptons(args, q2, sum - sm), m2, 1e-9, 1e-300);
      }
    }
  });

  it('the lepton factor is eps²·e² with e² = 4πα (normalisation against the width at eps = 1e-3)', () => {
    const q2 = 0.005;
    const { minGeV2, maxGeV2 } = sMinusLimitsDarkFermionToLeptons(idm, q2);
    const mid = squaredMatrixElementDarkFermionToLeptons(idm, q2, 0.5 * (minGeV2 + maxGeV2));
    const eps2 = squaredMatrixElementDarkFermionToLeptons({ ...idm, epsilon: 2e-3 }, q2, 0.5 * (minGeV2 + maxGeV2));
    expectClose(eps2 / mid, 4, 1e-14);
    expect(ALPHA).toBeGreaterThan(0);
  });

  it('rejects q² outside the physical range for the Dalitz limits', () => {
    expect(() => sMinusLimitsDarkFermionToLeptons(idm, 1)).toThrow(expect.objectContaining({ parameter: 'q2' }));
  });
});

describe('widthDarkFermionToLeptons: validation', () => {
  it('closed channel asked for directly → KinematicsError (ψ2 → ψ1 μμ at the iDM point, daughter heavier)', () => {
    expect(() => widthDarkFermionToLeptons({ ...idm, lepton: 'mu' })).toThrow(KinematicsError);
    expect(() => widthDarkFermionToLeptons({ ...idm, daughterMassGeV: 0.5 })).toThrow(KinematicsError);
    expect(() => dWidthDq2DarkFermionToLeptons({ ...idm, lepton: 'tau' }, 0.01)).toThrow(KinematicsError);
  });

  it.each([
    ['epsilon', 0], ['epsilon', 1], ['epsilon', Number.NaN], ['left', Number.NaN], ['right', Number.NEGATIVE_INFINITY],
    ['darkPhotonWidthGeV', -1e-3], ['parentMassGeV', 0], ['daughterMassGeV', -0.1], ['darkPhotonMassGeV', Number.NaN], ['lepton', 'nu'],
  ])('%s = %s → ParameterError naming it', (name, value) => {
    expect(() => widthDarkFermionToLeptons({ ...idm, [name]: value } as never)).toThrow(
      expect.objectContaining({ name: 'ParameterError', parameter: name }),
    );
  });

  it('an on-shell pole needs Γ_A\' > 0; bad options and q² are rejected', () => {
    expect(() =>
      widthDarkFermionToLeptons({ ...idm, parentMassGeV: 1, daughterMassGeV: 0.2, darkPhotonMassGeV: 0.5, darkPhotonWidthGeV: 0 }),
    ).toThrow(expect.objectContaining({ parameter: 'darkPhotonWidthGeV' }));
    expect(() => widthDarkFermionToLeptons(idm, { relTol: 0 })).toThrow(expect.objectContaining({ parameter: 'options.relTol' }));
    expect(() => dWidthDq2DarkFermionToLeptons(idm, Number.NaN)).toThrow(expect.objectContaining({ parameter: 'q2' }));
    expect(() => squaredMatrixElementDarkFermionToLeptons(idm, 0.005, Number.NaN)).toThrow(expect.objectContaining({ parameter: 'sMinus' }));
    expect(() => widthDarkFermionToLeptonsSmallSplitting({ ...idm, daughterMassGeV: 0.5 })).toThrow(ParameterError);
  });

  it('the kernel density agrees with the public density', () => {
    const k = makeThreeBodyKernel(0.462, 0.33, 1, 0, 1e-3, g * g, g * g, 4 * ELECTRON_MASS_GEV ** 2, ELECTRON_MASS_GEV, null);
    expectClose(threeBodyDensity(k, 0.005), dWidthDq2DarkFermionToLeptons(idm, 0.005), 1e-14);
  });
});
