import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TAU_MASS_GEV, Z_MASS_GEV } from '../../src/core/constants.js';
import { ParameterError } from '../../src/core/errors.js';
import { alphaStrong } from '../../src/widths/rRatioAlphaStrong.js';
import { rRatioPerturbative } from '../../src/widths/rRatioQcd.js';
import { MSBAR_QUARK_MASSES_GEV } from '../../src/widths/rRatioResonanceData.js';
import { expectClose } from '../helpers/close.js';

describe('alphaStrong (three-loop running from α_s(m_Z) = 0.1180)', () => {
  it('reproduces its input at m_Z', () => {
    expectClose(alphaStrong(Z_MASS_GEV), 0.118, 1e-12);
  });

  it('matches an independent high-precision solution of the same RGE (scipy DOP853, rtol 1e-13) to 1e-9', () => {
    expectClose(alphaStrong(1), 0.46278756408762, 1e-9);
    expectClose(alphaStrong(1.5), 0.34702022470927, 1e-9);
    expectClose(alphaStrong(1.77693), 0.31740392986273, 1e-9);
    expectClose(alphaStrong(3), 0.25262179939365, 1e-9);
    expectClose(alphaStrong(5), 0.21290998042808, 1e-9);
    expectClose(alphaStrong(10), 0.17814551451661, 1e-9);
  });

  it('α_s(m_τ) ≈ 0.32 (PDG τ-decay determinations 0.31–0.33) and α_s(10 GeV) ≈ 0.178', () => {
    const atTau = alphaStrong(TAU_MASS_GEV);
    expect(atTau).toBeGreaterThan(0.3);
    expect(atTau).toBeLessThan(0.34);
    expect(alphaStrong(10)).toBeCloseTo(0.178, 2);
  });

  it('decreases with μ and is continuous at the flavour thresholds m_b, m_c', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 999, noNaN: true }), fc.double({ min: 1.0001, max: 1.5, noNaN: true }), (mu, f) => {
        fc.pre(mu * f <= 1000);
        expect(alphaStrong(mu * f)).toBeLessThan(alphaStrong(mu));
      }),
    );
    for (const m of [MSBAR_QUARK_MASSES_GEV.bottom, MSBAR_QUARK_MASSES_GEV.charm]) {
      const step = alphaStrong(m * (1 - 1e-12)) / alphaStrong(m * (1 + 1e-12)) - 1;
      expect(step).toBeGreaterThan(0);
      expect(step).toBeLessThan(1e-10);
    }
  });

  it('rejects μ outside [1, 1000] GeV with a ParameterError naming muGeV', () => {
    for (const mu of [0.5, 2000, Number.NaN]) {
      expect(() => alphaStrong(mu)).toThrow(ParameterError);
      expect(() => alphaStrong(mu)).toThrow(/muGeV/);
    }
  });
});

describe('rRatioPerturbative', () => {
  it('u, d, s below open charm: R = 2(1 + α_s/π + 1.64 (α_s/π)² − 10.3 (α_s/π)³)', () => {
    const a = alphaStrong(3) / Math.PI;
    const c2 = 1.9857 - 0.1153 * 3;
    const c3 = -6.63694 - 1.20013 * 3 - 0.00518 * 9;
    expectClose(rRatioPerturbative(3), 2 * (1 + a + c2 * a * a + c3 * a * a * a), 1e-14);
    expect(rRatioPerturbative(3)).toBeGreaterThan(2.15);
    expect(rRatioPerturbative(3)).toBeLessThan(2.25);
  });

  it('approaches 11/3 (1 + α_s/π) far above the b threshold', () => {
    const r = rRatioPerturbative(40);
    expectClose(r, (11 / 3) * (1 + alphaStrong(40) / Math.PI), 5e-3);
  });

  it('rises through the charm region to ≈ 10/3 (1 + α_s/π) at 8 GeV', () => {
    expect(rRatioPerturbative(3.7)).toBeLessThan(rRatioPerturbative(4));
    expectClose(rRatioPerturbative(8), (10 / 3) * (1 + alphaStrong(8) / Math.PI), 0.02);
  });

  it('rejects √s outside [1, 1000] GeV', () => {
    expect(() => rRatioPerturbative(0.5)).toThrow(/sqrtSGeV/);
  });
});
