import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUON_MASS_GEV } from '../../src/core/constants.js';
import { KinematicsError, ParameterError } from '../../src/core/errors.js';
import { createRandomStream } from '../../src/core/random/index.js';
import {
  boostToRestFrame,
  decayTwoBody,
  decayTwoBodyInto,
  decayTwoBodyIsotropicInto,
  decayTwoBodyRestInto,
  dot,
  twoBodyMomentum,
  type FourVector,
} from '../../src/kinematics/index.js';
import { expectClose } from '../helpers/close.js';

/** A parent with mass M ∈ [0.01, 10] GeV and momentum components up to 1 TeV, plus daughter masses with m1 + m2 ≤ M. */
const decayCase = fc
  .record({
    mass: fc.double({ min: 0.01, max: 10, noNaN: true }),
    px: fc.double({ min: -1000, max: 1000, noNaN: true }),
    py: fc.double({ min: -1000, max: 1000, noNaN: true }),
    pz: fc.double({ min: -1000, max: 1000, noNaN: true }),
    f1: fc.double({ min: 0, max: 1, noNaN: true }),
    f2: fc.double({ min: 0, max: 1, noNaN: true }),
    cosTheta: fc.double({ min: -1, max: 1, noNaN: true }),
    phi: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
  })
  .map((r) => {
    const m1 = r.mass * r.f1 * 0.999;
    const m2 = (r.mass - m1) * r.f2 * 0.999;
    const parent: FourVector = [Math.sqrt(r.mass ** 2 + r.px ** 2 + r.py ** 2 + r.pz ** 2), r.px, r.py, r.pz];
    return { ...r, m1, m2, parent };
  });

describe('two-body decays', () => {
  it('rest-frame momentum from the Källén function', () => {
    expectClose(twoBodyMomentum(1, MUON_MASS_GEV, MUON_MASS_GEV), Math.sqrt(0.25 - MUON_MASS_GEV ** 2), 1e-14);
    expect(twoBodyMomentum(2, 0, 0)).toBe(1);
    expect(twoBodyMomentum(2, 1, 1)).toBe(0);
  });

  it('daughters at rest and in flight (documented examples)', () => {
    const out = new Float64Array(8);
    decayTwoBodyRestInto(out, 0, 2, 0, 0, 1, 0);
    expect(Array.from(out, (v) => v + 0)).toEqual([1, 0, 0, 1, 1, 0, 0, -1]);
    const [d1, d2] = decayTwoBody([5, 0, 0, 3], 0, 0, 1, 0);
    for (const [a, b] of [[d1, [4, 0, 0, 4]], [d2, [1, 0, 0, -1]]] as const) {
      for (let k = 0; k < 4; k++) expectClose(a[k]!, b[k]!, 1e-15, 1e-15);
    }
  });

  it('property: four-momentum is conserved to 1e-12 and the daughters have the right masses', () => {
    fc.assert(
      fc.property(decayCase, (c) => {
        const out = new Float64Array(10);
        decayTwoBodyInto(out, 2, c.parent, c.m1, c.m2, c.cosTheta, c.phi);
        const e = c.parent[0];
        for (let k = 0; k < 4; k++) {
          expect(Math.abs(out[2 + k]! + out[6 + k]! - c.parent[k]!)).toBeLessThanOrEqual(1e-12 * e);
        }
        // The daughter momenta are sums of terms of size E_P, so m² = E² − p² carries an absolute round-off
        // ~ε·E_i·E_P: compare on that scale.
        expect(Math.abs(dot(out, out, 2, 2) - c.m1 ** 2)).toBeLessThanOrEqual(1e-12 * out[2]! * e);
        expect(Math.abs(dot(out, out, 6, 6) - c.m2 ** 2)).toBeLessThanOrEqual(1e-12 * out[6]! * e);
      }),
    );
  });

  it('property: in the parent rest frame the daughter has the generated angles and momentum', () => {
    fc.assert(
      fc.property(decayCase, (c) => {
        const [d1] = decayTwoBody(c.parent, c.m1, c.m2, c.cosTheta, c.phi);
        const rest = boostToRestFrame(d1, c.parent);
        const p = twoBodyMomentum(c.mass, c.m1, c.m2);
        const scale = c.parent[0];
        const s = Math.sqrt(1 - c.cosTheta ** 2);
        const expected = [p * s * Math.cos(c.phi), p * s * Math.sin(c.phi), p * c.cosTheta];
        for (let k = 0; k < 3; k++) expect(Math.abs(rest[k + 1]! - expected[k]!)).toBeLessThanOrEqual(1e-10 * scale);
      }),
    );
  });

  it('isotropic decays: the rest-frame cos θ is uniform (χ² over 20 bins, seed 11)', () => {
    const random = createRandomStream(11);
    const parent: FourVector = [Math.hypot(1, 30), 0, 0, 30];
    const out = new Float64Array(8);
    const n = 100_000;
    const bins = new Float64Array(20);
    for (let i = 0; i < n; i++) {
      decayTwoBodyIsotropicInto(out, 0, parent, 0.1, 0.2, random);
      const rest = boostToRestFrame(out, parent);
      const c = rest[3] / Math.hypot(rest[1], rest[2], rest[3]);
      bins[Math.min(19, Math.floor((c + 1) * 10))]! += 1;
    }
    const expected = n / 20;
    const chi2 = bins.reduce((acc, b) => acc + (b - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(45); // 19 dof: p ≈ 7e-4
  });

  it('throws typed errors for closed channels and bad input', () => {
    expect(() => twoBodyMomentum(0.2, MUON_MASS_GEV, MUON_MASS_GEV)).toThrowError(KinematicsError);
    const out = new Float64Array(8);
    expect(() => decayTwoBodyInto(out, 0, [1, 0, 0, 0.5], 0.5, 0.5, 0, 0)).toThrowError(KinematicsError);
    expect(() => decayTwoBodyInto(out, 0, [1, 0, 0, 0], 0.1, 0.1, 2, 0)).toThrow(/cosTheta/);
    expect(() => decayTwoBodyInto(out, 0, [1, 0, 0, 0], Number.NaN, 0.1, 0, 0)).toThrow(/m1GeV/);
    expect(() => decayTwoBodyInto(out, 0, [1, 0, 0, 0], 0.1, 0.1, 0, Number.NaN)).toThrow(/phi/);
    expect(() => decayTwoBodyInto(out, 1, [1, 0, 0, 0], 0.1, 0.1, 0, 0)).toThrow(/offset/);
    expect(() => decayTwoBodyInto(out, 0, [Number.NaN, 0, 0, 0], 0.1, 0.1, 0, 0)).toThrowError(ParameterError);
  });
});
