// generateEvents: production distributions, record structure, determinism and input validation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELECTRON_MASS_GEV } from '../../src/core/constants.js';
import { KinematicsError, ParameterError } from '../../src/core/errors.js';
import { darkPhoton, preset } from '../../src/models/index.js';
import { generateEvents } from '../../src/production/events.js';
import type { EventSample } from '../../src/production/eventSample.js';
import { eeToGammaAPrimeCrossSection } from '../../src/production/index.js';
import { decayTable } from '../../src/widths/index.js';
import { checkEventSample } from '../../src/production/checkEventSample.js';

const ARRAYS = [
  'channel',
  'darkPhoton',
  'recoil',
  'selectionVariable',
  'trackStart',
  'trackMomentum',
  'trackMass',
  'trackState',
  'trackParent',
  'decayLengthCmAtUnitEpsilon',
  'visibleStart',
  'visibleMomentum',
  'visiblePdg',
] as const;

function sameSample(a: EventSample, b: EventSample): boolean {
  return ARRAYS.every((k) => a[k].length === b[k].length && a[k].every((x, i) => Object.is(x, b[k][i])));
}

function mass2(a: ArrayLike<number>, o = 0): number {
  const p = Math.hypot(a[o + 1]!, a[o + 2]!, a[o + 3]!);
  return (a[o]! - p) * (a[o]! + p);
}

describe('generateEvents — BaBar', () => {
  const model = preset('idm', { massGeV: 1 });
  const n = 100_000;
  const sample = generateEvents({ model, experiment: 'babar', events: n, seed: 20230210 });

  it('fills a structurally valid record (the experiments layer accepts it) with one ψ2 track per event', () => {
    expect(checkEventSample(sample, 'babar-monophoton')).toBe(sample);
    expect(sample.count).toBe(n);
    expect(sample.seed).toBe(20230210);
    expect(sample.darkPhotonMassGeV).toBe(1);
    expect(sample.trackStart[n]).toBe(n);
    expect(sample.visibleStart[n]).toBe(2 * n);
    expect(sample.channels).toEqual([{ products: ['psi1', 'psi2'], darkBranchingRatio: 1 }]);
    const table = decayTable(model, "A'");
    const dark = table.channels.filter((c) => c.epsilonPower === 0).reduce((s, c) => s + c.widthGeV, 0);
    const sm = table.channels.filter((c) => c.epsilonPower === 2).reduce((s, c) => s + c.widthGeV, 0);
    expect(sample.darkPhotonDarkWidthGeV).toBeCloseTo(dark, 15);
    expect(sample.darkPhotonSmWidthPerEpsilon2GeV / (sm / table.epsilon ** 2)).toBeCloseTo(1, 12);
  });

  it('the A′ angular distribution follows dσ/dcos θ* (χ² of cos θ*_γ in 24 bins, p > 1e-3) and cos θ* matches the photon', () => {
    const bins = 24;
    const counts = new Array<number>(bins).fill(0);
    for (let e = 0; e < n; e++) counts[Math.min(bins - 1, Math.floor(((sample.selectionVariable[e]! + 0.6) / 1.2) * bins))]! += 1;
    const total = eeToGammaAPrimeCrossSection({ massGeV: 1, epsilon: 1 }, { cosMin: -0.6, cosMax: 0.6 });
    let chi2 = 0;
    counts.forEach((c, k) => {
      const lo = -0.6 + (1.2 * k) / bins;
      const expected = (n * eeToGammaAPrimeCrossSection({ massGeV: 1, epsilon: 1 }, { cosMin: lo, cosMax: lo + 1.2 / bins })) / total;
      chi2 += (c - expected) ** 2 / expected;
    });
    console.log(`cos θ* χ² = ${chi2.toFixed(2)} for 23 dof (critical 49.7)`);
    expect(chi2).toBeLessThan(49.7);
    for (let e = 0; e < 1000; e++) {
      // Boost the photon to the c.m. frame (total momentum along z): cos θ* = p*_z/|p*|.
      const et = sample.recoil[4 * e]! + sample.darkPhoton[4 * e]!;
      const pz = sample.recoil[4 * e + 3]! + sample.darkPhoton[4 * e + 3]!;
      const rs = Math.sqrt(et * et - pz * pz);
      const k = sample.recoil;
      const kz = (et * k[4 * e + 3]! - pz * k[4 * e]!) / rs;
      const kt = Math.hypot(k[4 * e + 1]!, k[4 * e + 2]!);
      expect(kz / Math.hypot(kz, kt)).toBeCloseTo(sample.selectionVariable[e]!, 10);
      expect(Math.abs(mass2(sample.darkPhoton, 4 * e) - 1)).toBeLessThan(1e-12);
    }
  });

  it('accepts a custom window and the alias babar2017', () => {
    const s = generateEvents({ model, experiment: 'babar2017', events: 2000, seed: 1, babar: { cosThetaWindow: { cosMin: 0.2, cosMax: 0.5 } } });
    expect(Math.min(...s.selectionVariable)).toBeGreaterThanOrEqual(0.2);
    expect(Math.max(...s.selectionVariable)).toBeLessThanOrEqual(0.5);
  });
});

describe('generateEvents — NA64', () => {
  it('x = E_A′/E₀ is the selection variable, the recoil takes E₀ − E_A′, and tracks point forward', () => {
    const s = generateEvents({ model: preset('hnl-bp1', { massGeV: 0.5 }), experiment: 'na64-2019', events: 5000, seed: 4 });
    expect(s.process).toBe('na64-bremsstrahlung');
    expect(checkEventSample(s, 'na64-bremsstrahlung')).toBe(s);
    for (let e = 0; e < s.count; e++) {
      expect(s.selectionVariable[e]!).toBeCloseTo(s.darkPhoton[4 * e]! / 100, 14);
      expect(s.recoil[4 * e]! + s.darkPhoton[4 * e]!).toBeCloseTo(100, 12);
    }
    expect(s.recoil[0]).toBeGreaterThanOrEqual(ELECTRON_MASS_GEV);
    let forward = 0;
    for (let t = 0; t < s.trackMass.length; t++) if (s.trackMomentum[4 * t + 3]! > 0) forward++;
    expect(forward / s.trackMass.length).toBeGreaterThan(0.99);
  });

  it('A′ channels in events follow the dark branching ratios (i2DM, binomial 5σ)', () => {
    const n = 50_000;
    const s = generateEvents({ model: preset('i2dm', { massGeV: 1 }), experiment: 'na64', events: n, seed: 12 });
    const counts = new Array<number>(s.channels.length).fill(0);
    for (const c of s.channel) counts[c]! += 1;
    s.channels.forEach((c, k) => {
      const p = c.darkBranchingRatio;
      expect(Math.abs(counts[k]! - n * p)).toBeLessThan(5 * Math.sqrt(n * p * (1 - p)));
    });
  });
});

describe('generateEvents — determinism and eps independence', () => {
  const model = preset('hnl-bp1', { massGeV: 1, epsilon: 1e-3 });

  it('the same seed gives bit-identical samples; another seed differs (BaBar and NA64)', () => {
    for (const experiment of ['babar', 'na64'] as const) {
      const a = generateEvents({ model, experiment, events: 3000, seed: 99 });
      const b = generateEvents({ model, experiment, events: 3000, seed: 99 });
      const c = generateEvents({ model, experiment, events: 3000, seed: 100 });
      expect(sameSample(a, b)).toBe(true);
      expect(sameSample(a, c)).toBe(false);
    }
  });

  it('the model eps enters the kinematics only through Γ_A′ in the Breit–Wigner (momenta and λ₁ agree to 1e-6)', () => {
    const a = generateEvents({ model, experiment: 'babar', events: 500, seed: 3 });
    const b = generateEvents({ model: preset('hnl-bp1', { massGeV: 1, epsilon: 1e-2 }), experiment: 'babar', events: 500, seed: 3 });
    expect(Array.from(a.darkPhoton)).toEqual(Array.from(b.darkPhoton));
    expect(a.trackMomentum.length).toBe(b.trackMomentum.length);
    // Γ_A′ (∝ eps² in its SM part) moves the q² density by ~1e-8 relative: the momenta follow at that level.
    a.trackMomentum.forEach((x, i) => expect(Math.abs(x - b.trackMomentum[i]!)).toBeLessThanOrEqual(1e-7 * a.trackMomentum[4 * Math.floor(i / 4)]!));
    a.decayLengthCmAtUnitEpsilon.forEach((x, t) => expect(x / b.decayLengthCmAtUnitEpsilon[t]!).toBeCloseTo(1, 6));
  });

  it('property: every preset and mass gives a valid record with on-shell tracks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('idm', 'i2dm', 'hnl-bp1', 'hnl-bp2'),
        fc.constantFrom('babar', 'na64'),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        fc.integer({ min: 0, max: 1000 }),
        (name, experiment, massGeV, seed) => {
          const s = generateEvents({ model: preset(name, { massGeV }), experiment, events: 20, seed });
          checkEventSample(s, experiment === 'babar' ? 'babar-monophoton' : 'na64-bremsstrahlung');
          for (let t = 0; t < s.trackMass.length; t++) {
            const m = s.trackMass[t]!;
            expect(Math.abs(mass2(s.trackMomentum, 4 * t) - m * m)).toBeLessThanOrEqual(1e-9 * m * m + 1e-14 * s.trackMomentum[4 * t]! ** 2);
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('generateEvents — bad input', () => {
  const model = preset('idm', { massGeV: 1 });
  const base = { model, experiment: 'babar' as const, events: 10, seed: 1 };
  const param = (name: string) => expect.objectContaining({ name: 'ParameterError', parameter: name });

  it('throws ParameterErrors naming the parameter', () => {
    for (const events of [0, -1, 1.5, Number.NaN, 1e8]) expect(() => generateEvents({ ...base, events })).toThrow(param('options.events'));
    expect(() => generateEvents({ ...base, experiment: 'lhc' as never })).toThrow(param('options.experiment'));
    expect(() => generateEvents({ ...base, seed: -1 })).toThrow(param('options.seed'));
    expect(() => generateEvents({ ...base, seed: 2 ** 32 })).toThrow(param('options.seed'));
    expect(() => generateEvents({ ...base, extra: 1 } as never)).toThrow(param('options.extra'));
    expect(() => generateEvents({ ...base, na64: { beam: 1 } } as never)).toThrow(ParameterError);
    expect(() => generateEvents({ ...base, model: null as never })).toThrow(param('options.model'));
    expect(() => generateEvents(null as never)).toThrow(param('options'));
    expect(() => generateEvents({ ...base, babar: { cosThetaWindow: { cosMin: 0.5, cosMax: 0.1 } } })).toThrow(ParameterError);
  });

  it('throws a KinematicsError for a model without an open dark channel or an unreachable mass', () => {
    expect(() => generateEvents({ ...base, model: darkPhoton({ massGeV: 1, epsilon: 1e-3 }) })).toThrow(KinematicsError);
    expect(() => generateEvents({ ...base, model: preset('idm', { massGeV: 11 }) })).toThrow(KinematicsError);
  });
});
