import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KinematicsError } from '../../src/core/errors.js';
import { createRandomStream } from '../../src/core/random/index.js';
import { invariantMass } from '../../src/kinematics/index.js';
import {
  eeToGammaAPrimeCrossSection,
  prepareEeToGammaAPrimeSampler,
  sampleEeToGammaAPrime,
  sampleEeToGammaAPrimeCosTheta,
  sampleEeToGammaAPrimeInto,
} from '../../src/production/index.js';
import { expectClose } from '../helpers/close.js';

describe('e+e− → γA′ sampling', () => {
  it('property: the inverse CDF is exact — σ(cosMin, c(u)) = u·σ(window) to 1e-12', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10.5, noNaN: true }),
        fc.double({ min: -0.99, max: 0.98, noNaN: true }),
        fc.double({ min: 0.005, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (m, c1, width, u) => {
          const c2 = Math.min(0.99, c1 + width * 1.98);
          const window = { cosMin: c1, cosMax: c2 };
          const sampler = prepareEeToGammaAPrimeSampler({ massGeV: m, window });
          const c = sampleEeToGammaAPrimeCosTheta(sampler, u);
          expect(c).toBeGreaterThanOrEqual(c1);
          expect(c).toBeLessThanOrEqual(c2);
          const partial = c > c1 ? eeToGammaAPrimeCrossSection({ massGeV: m, epsilon: 1 }, { cosMin: c1, cosMax: c }) : 0;
          expect(Math.abs(partial - u * sampler.crossSectionGeV2)).toBeLessThanOrEqual(1e-12 * sampler.crossSectionGeV2);
        },
      ),
    );
  });

  it('sampled cos θ* histogram matches dσ/dcos θ* (χ² over 24 bins, seed 2023, 2×10⁵ events)', () => {
    const window = { cosMin: -0.4, cosMax: 0.8 };
    for (const m of [0.5, 8]) {
      const sampler = prepareEeToGammaAPrimeSampler({ massGeV: m, window });
      const random = createRandomStream(2023);
      const out = new Float64Array(8);
      const nBins = 24;
      const counts = new Float64Array(nBins);
      const n = 200_000;
      const width = (window.cosMax - window.cosMin) / nBins;
      for (let i = 0; i < n; i++) {
        const c = sampleEeToGammaAPrimeInto(out, 0, sampler, random);
        counts[Math.min(nBins - 1, Math.floor((c - window.cosMin) / width))]! += 1;
      }
      let chi2 = 0;
      for (let b = 0; b < nBins; b++) {
        const lo = window.cosMin + b * width;
        const expected = (n * eeToGammaAPrimeCrossSection({ massGeV: m, epsilon: 1 }, { cosMin: lo, cosMax: lo + width })) / sampler.crossSectionGeV2;
        chi2 += (counts[b]! - expected) ** 2 / expected;
      }
      expect(chi2).toBeLessThan(52); // 23 dof: p ≈ 5e-4
    }
  });

  it('lab events: massless photon, on-shell A′, total = boosted c.m. four-momentum, φ uniform', () => {
    const sampler = prepareEeToGammaAPrimeSampler({ massGeV: 3 });
    const random = createRandomStream(5);
    const out = new Float64Array(16);
    let sumSinPhi = 0;
    for (let i = 0; i < 2000; i++) {
      sampleEeToGammaAPrimeInto(out, 8, sampler, random);
      expectClose(invariantMass(out, 12), 3, 1e-12);
      expect(Math.abs(out[8]! ** 2 - out[9]! ** 2 - out[10]! ** 2 - out[11]! ** 2)).toBeLessThan(1e-13 * out[8]! ** 2);
      expectClose(out[8]! + out[12]!, sampler.kinematics.gamma * 10.58, 1e-14);
      sumSinPhi += out[10]! / Math.hypot(out[9]!, out[10]!);
    }
    expect(Math.abs(sumSinPhi / 2000)).toBeLessThan(0.05);
  });

  it('can write photon and A′ into separate structure-of-arrays buffers', () => {
    const sampler = prepareEeToGammaAPrimeSampler({ massGeV: 2 });
    const joint = new Float64Array(8);
    const photons = new Float64Array(12);
    const aprimes = new Float64Array(12);
    const r1 = createRandomStream(8);
    const r2 = createRandomStream(8);
    for (let i = 0; i < 3; i++) {
      sampleEeToGammaAPrimeInto(joint, 0, sampler, r1);
      sampleEeToGammaAPrimeInto(photons, 4 * i, sampler, r2, aprimes, 4 * i);
      expect(Array.from(photons.subarray(4 * i, 4 * i + 4))).toEqual(Array.from(joint.subarray(0, 4)));
      expect(Array.from(aprimes.subarray(4 * i, 4 * i + 4))).toEqual(Array.from(joint.subarray(4, 8)));
    }
    expect(() => sampleEeToGammaAPrimeInto(photons, 0, sampler, r1, aprimes, 10)).toThrow(/darkPhotonOffset/);
  });

  it('is deterministic per seed and differs between seeds', () => {
    const sampler = prepareEeToGammaAPrimeSampler({ massGeV: 1 });
    const run = (seed: number) => {
      const r = createRandomStream(seed);
      return Array.from({ length: 5 }, () => sampleEeToGammaAPrime(sampler, r));
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)[0]!.cosThetaCm).not.toBe(run(43)[0]!.cosThetaCm);
  });

  it('cross section of the sampler scales with ε² and matches the window integral', () => {
    const s = prepareEeToGammaAPrimeSampler({ massGeV: 1, epsilon: 1e-3 });
    expectClose(s.crossSectionGeV2, eeToGammaAPrimeCrossSection({ massGeV: 1, epsilon: 1e-3 }), 1e-15);
    expect(sampleEeToGammaAPrimeCosTheta(s, 0.5)).toBeCloseTo(0, 14);
    expect(sampleEeToGammaAPrimeCosTheta(s, 0)).toBe(-0.6);
    expect(sampleEeToGammaAPrimeCosTheta(s, 1)).toBeCloseTo(0.6, 14);
  });

  it('typed errors', () => {
    expect(() => prepareEeToGammaAPrimeSampler({ massGeV: 11 })).toThrowError(KinematicsError);
    expect(() => prepareEeToGammaAPrimeSampler({ massGeV: 1, window: { cosMin: -0.5, cosMax: 1.5 } })).toThrow(/window\.cosMax/);
    const s = prepareEeToGammaAPrimeSampler({ massGeV: 1 });
    expect(() => sampleEeToGammaAPrimeCosTheta(s, Number.NaN)).toThrow(/\bu\b/);
    expect(() => sampleEeToGammaAPrimeCosTheta(s, 1.5)).toThrow(/\bu\b/);
  });
});
