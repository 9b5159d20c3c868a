import { describe, expect, it } from 'vitest';
import { ConvergenceError } from '../../../src/core/errors.js';
import { integrate2D, sqrtKallen } from '../../../src/core/numerics/index.js';
import { expectClose } from '../../helpers/close.js';

/**
 * Dalitz-plot limits of s₂₃ at fixed s₁₂ for M → 1 2 3 (PDG Review "Kinematics", three-body decays):
 * s₂₃ = (E₂* + E₃*)² − (p₂* ± p₃*)² with the energies in the 12 rest frame.
 */
function dalitzLimits(M: number, m1: number, m2: number, m3: number) {
  const e2 = (s12: number) => (s12 - m1 * m1 + m2 * m2) / (2 * Math.sqrt(s12));
  const e3 = (s12: number) => (M * M - s12 - m3 * m3) / (2 * Math.sqrt(s12));
  const p2 = (s12: number) => Math.sqrt(Math.max(0, e2(s12) ** 2 - m2 * m2));
  const p3 = (s12: number) => Math.sqrt(Math.max(0, e3(s12) ** 2 - m3 * m3));
  return {
    lower: (s12: number) => (e2(s12) + e3(s12)) ** 2 - (p2(s12) + p3(s12)) ** 2,
    upper: (s12: number) => (e2(s12) + e3(s12)) ** 2 - (p2(s12) - p3(s12)) ** 2,
    s12Min: (m1 + m2) ** 2,
    s12Max: (M - m3) ** 2,
  };
}

describe('integrate2D (default relTol 1e-10; assertions at 1e-10 unless stated)', () => {
  it('triangle 0 ≤ y ≤ x ≤ 1: ∫∫ x·y = 1/8 and ∫∫ e^{x+y} = (e − 1)²/2', () => {
    expectClose(integrate2D((x, y) => x * y, 0, 1, 0, (x) => x).value, 1 / 8, 1e-10);
    expectClose(integrate2D((x, y) => Math.exp(x + y), 0, 1, 0, (x) => x).value, (Math.E - 1) ** 2 / 2, 1e-10);
  });

  it('constant limits: ∫₀^π ∫₀^π sin x sin y = 4; reversed x limits give the negative', () => {
    const f = (x: number, y: number): number => Math.sin(x) * Math.sin(y);
    expectClose(integrate2D(f, 0, Math.PI, 0, Math.PI).value, 4, 1e-10);
    expectClose(integrate2D(f, Math.PI, 0, 0, Math.PI).value, -4, 1e-10);
  });

  it('quarter disc with a square-root boundary: ∫∫_{x²+y²≤1, x,y≥0} 1 = π/4', () => {
    expectClose(integrate2D(() => 1, 0, 1, 0, (x) => Math.sqrt(1 - x * x)).value, Math.PI / 4, 1e-9);
  });

  it('massless three-body Dalitz area ∫ds₁₂ ds₂₃ = M⁴/2', () => {
    const M = 3;
    const d = dalitzLimits(M, 0, 0, 0);
    expectClose(integrate2D(() => 1, d.s12Min, d.s12Max, d.lower, d.upper).value, M ** 4 / 2, 1e-10);
  });

  it('Dalitz area with masses (0, 0, m): M⁴[(1 − μ²)/2 + μ ln μ], μ = m²/M² (√λ thresholds at both ends)', () => {
    const M = 1.7;
    const m = 0.6;
    const mu = (m * m) / (M * M);
    const d = dalitzLimits(M, 0, 0, m);
    const exact = M ** 4 * ((1 - mu * mu) / 2 + mu * Math.log(mu));
    const r = integrate2D(() => 1, d.s12Min, d.s12Max, d.lower, d.upper, { relTol: 1e-8 });
    expectClose(r.value, exact, 1e-8);
    // Same area from the analytic s₂₃ range √λ(s₁₂, 0, 0)·√λ(M², s₁₂, m²)/s₁₂ as the integrand (1-D width check)
    const viaKallen = integrate2D(
      (s12) => (sqrtKallen(s12, 0, 0) * sqrtKallen(M * M, s12, m * m)) / s12,
      d.s12Min,
      d.s12Max,
      0,
      1,
    );
    expectClose(viaKallen.value, exact, 1e-10);
  });

  it('muon decay: (1/256π³M³)∫∫ 16G_F²(M² − s₂ − s₃)(s₂ + s₃) ds₂ ds₃ = G_F² M⁵/192π³ (massless leptons)', () => {
    const GF = 1.1663788e-5; // GeV⁻², only a scale here
    const M = 0.1056583755;
    const M2 = M * M;
    const r = integrate2D(
      (s2, s3) => (16 * GF * GF * (M2 - s2 - s3) * (s2 + s3)) / (256 * Math.PI ** 3 * M ** 3),
      0,
      M2,
      0,
      (s2) => M2 - s2,
    );
    expectClose(r.value, (GF * GF * M ** 5) / (192 * Math.PI ** 3), 1e-10);
    expect(r.errorEstimate).toBeLessThanOrEqual(1e-10 * r.value);
  });

  it('the error estimate bounds the true error and counts all evaluations of f', () => {
    let calls = 0;
    const r = integrate2D(
      (x, y) => {
        calls++;
        return Math.exp(-x * y);
      },
      0,
      2,
      0,
      (x) => x,
      { relTol: 1e-6 },
    );
    // ∫₀² ∫₀ˣ e^{−xy} dy dx = ∫₀² (1 − e^{−x²})/x dx = (γ + ln 4 − Ei(−4))/2, Ei(−4) = −0.003779352409848906
    const exact = (0.5772156649015329 + Math.log(4) + 0.003779352409848906) / 2;
    expect(Math.abs(r.value - exact)).toBeLessThanOrEqual(r.errorEstimate);
    expect(r.evaluations).toBe(calls);
  });
});

describe('integrate2D: bad input', () => {
  it('non-finite x limits and y limits name the parameter', () => {
    const f = (x: number, y: number): number => x + y;
    expect(() => integrate2D(f, NaN, 1, 0, 1)).toThrow(expect.objectContaining({ parameter: 'x0' }));
    expect(() => integrate2D(f, 0, Infinity, 0, 1)).toThrow(expect.objectContaining({ parameter: 'x1' }));
    expect(() => integrate2D(f, 0, 1, NaN, 1)).toThrow(expect.objectContaining({ parameter: 'y0' }));
    expect(() => integrate2D(f, 0, 1, 0, () => NaN)).toThrow(expect.objectContaining({ parameter: 'y1' }));
  });

  it('a non-finite integrand throws ConvergenceError naming (x, y)', () => {
    expect(() => integrate2D((x, y) => (y > 0.5 ? Infinity : x), 0, 1, 0, 1)).toThrow(ConvergenceError);
    expect(() => integrate2D((x, y) => (y > 0.5 ? Infinity : x), 0, 1, 0, 1)).toThrow(/at \(x, y\) = \(0\.\d+, 0\.\d+\)/);
  });
});
