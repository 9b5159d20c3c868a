import { describe, expect, it } from 'vitest';
import { integrate } from '../../src/core/numerics/index.js';
import { createRandomStream } from '../../src/core/random/index.js';
import { logGamma, regularizedLowerGamma } from '../../src/production/incompleteGamma.js';
import {
  DEFAULT_PRODUCTION_DEPTH_MODEL,
  LEAD,
  TUNGSTEN,
  prepareProductionDepthSampler,
  primaryElectronSurvival,
  primaryElectronTrackLength,
  sampleProductionDepthCm,
} from '../../src/production/index.js';
import { expectClose } from '../helpers/close.js';

describe('incomplete gamma helper', () => {
  it('ln Γ and P(a, x) against closed forms', () => {
    expectClose(logGamma(1), 0, 0, 5e-15); // cancellation of two numbers ≈ 12.8: a few ulp
    expectClose(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
    expectClose(logGamma(7), Math.log(720), 1e-14);
    expectClose(logGamma(30.5), 72.9534711841694, 1e-14); // Python math.lgamma(30.5)
    expectClose(logGamma(12.25), 18.115669505710894, 1e-14); // Python math.lgamma(12.25)
    for (const x of [0.01, 0.5, 2, 7, 15]) {
      expectClose(regularizedLowerGamma(1, x), -Math.expm1(-x), 1e-13);
      // the closed forms cancel for small x (absolute error ~1e-16), hence the absolute tolerance
      expectClose(regularizedLowerGamma(2, x), 1 - (1 + x) * Math.exp(-x), 1e-12, 1e-15);
      expectClose(regularizedLowerGamma(3, x), 1 - (1 + x + (x * x) / 2) * Math.exp(-x), 1e-12, 1e-15);
    }
    // references from scipy.special.gammainc
    expectClose(regularizedLowerGamma(3, 0.01), 1.6542165280748778e-7, 1e-13);
    expectClose(regularizedLowerGamma(0.5, 2), 0.9544997361036415, 1e-14); // = erf(√2)
    expectClose(regularizedLowerGamma(7.3, 4.1), 0.09796380534584243, 1e-13);
    expect(regularizedLowerGamma(0, 0.7)).toBe(1);
    expect(regularizedLowerGamma(1.3, 0)).toBe(0);
  });
});

describe('primary-electron thick-target model (EXPERIMENTS §2.6)', () => {
  it('L_eff: y = 0.5 → 0.870 X₀; 0.667 → 0.633; 0.8 → 0.468; 0.9 → 0.341', () => {
    for (const [y, l] of [[0.5, 0.87], [0.667, 0.633], [0.8, 0.468], [0.9, 0.341]] as const) {
      expectClose(primaryElectronTrackLength(y), l, 0, 5e-4);
    }
  });

  it('survival probability: 1 at t = 0, decreasing, ≈ exp(−(4/3)t·ln(1/y))-like for small y-loss', () => {
    expect(primaryElectronSurvival(0, 0.5)).toBe(1);
    let previous = 1;
    for (let t = 0.1; t < 5; t += 0.1) {
      const p = primaryElectronSurvival(t, 0.5);
      expect(p).toBeLessThan(previous);
      previous = p;
    }
    expect(() => primaryElectronSurvival(-1, 0.5)).toThrow(/depthRadiationLengths/);
    expect(() => primaryElectronTrackLength(1)).toThrow(/energyFraction/);
  });

  it('depth models: uniform, truncated exponential, primary-electron (default)', () => {
    const uniform = prepareProductionDepthSampler({ kind: 'uniform', maxRadiationLengths: 2 });
    expectClose(sampleProductionDepthCm(uniform, 0.5), LEAD.radiationLengthCm, 1e-15);
    const expo = prepareProductionDepthSampler({ kind: 'exponential', meanRadiationLengths: 1, maxRadiationLengths: 2 }, TUNGSTEN);
    const vHalf = (1 - Math.exp(-1)) / (1 - Math.exp(-2));
    expectClose(sampleProductionDepthCm(expo, vHalf), TUNGSTEN.radiationLengthCm, 1e-14);
    const primary = prepareProductionDepthSampler();
    expect(primary.model).toBe(DEFAULT_PRODUCTION_DEPTH_MODEL);
    // mean depth of the default model = ∫t P dt / ∫P dt; compare with a sampled mean (seed 5)
    const lnInv = Math.log(2);
    const num = integrate((t) => t * regularizedLowerGamma((4 * t) / 3, lnInv), 0, 10, { relTol: 1e-10 }).value;
    const den = integrate((t) => regularizedLowerGamma((4 * t) / 3, lnInv), 0, 10, { relTol: 1e-10 }).value;
    const random = createRandomStream(5);
    let sum = 0;
    const n = 50_000;
    for (let i = 0; i < n; i++) sum += sampleProductionDepthCm(primary, random.next());
    expectClose(sum / n / LEAD.radiationLengthCm, num / den, 0.02);
    expectClose(den, primaryElectronTrackLength(0.5), 1e-8);
    // most A′ are produced in the first ~2 X₀
    expect(sampleProductionDepthCm(primary, 0.95)).toBeLessThan(2.5 * LEAD.radiationLengthCm);
  });

  it('typed errors for bad models', () => {
    expect(() => prepareProductionDepthSampler({ kind: 'gaussian' } as never)).toThrow(/model\.kind/);
    expect(() => prepareProductionDepthSampler({ kind: 'uniform', maxRadiationLengths: -1 })).toThrow(/maxRadiationLengths/);
    expect(() => prepareProductionDepthSampler({ kind: 'exponential', meanRadiationLengths: 0, maxRadiationLengths: 1 })).toThrow(/meanRadiationLengths/);
    expect(() => sampleProductionDepthCm(prepareProductionDepthSampler({ kind: 'uniform', maxRadiationLengths: 1 }), 2)).toThrow(/\bv\b/);
  });
});
