import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/errors.js';
import {
  boost,
  boostFromRestFrame,
  boostFromRestFrameInto,
  boostInto,
  boostToRestFrame,
  boostZ,
  boostZInto,
  directionFromAngles,
  dot,
  rotate,
  rotateInto,
  rotateToDirectionInto,
  type FourVector,
  type ThreeVector,
} from '../../src/kinematics/index.js';
import { expectClose } from '../helpers/close.js';

const component = fc.double({ min: -100, max: 100, noNaN: true });
const anyFourVector = fc.tuple(component, component, component, component) as fc.Arbitrary<FourVector>;
/** A velocity with |β| ≤ 0.95 (γ ≤ 3.2), uniform-ish in the ball. */
const velocity = fc
  .tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }))
  .map(([x, y, z]): ThreeVector => {
    const n = Math.hypot(x, y, z);
    const s = n > 1 ? 0.95 / n : 0.95;
    return [x * s, y * s, z * s];
  });

const euclid = (p: readonly number[]): number => Math.hypot(...p);

describe('boosts', () => {
  it('moves a particle at rest to velocity β (all forms agree)', () => {
    expect(boostZ([1, 0, 0, 0], 0.6)).toEqual([1.25, 0, 0, 0.75]);
    const b = boost([1, 0, 0, 0], [0, 0, 0.6]);
    expectClose(b[0], 1.25, 1e-15);
    expectClose(b[3], 0.75, 1e-15);
    const r = boostFromRestFrame([1, 0, 0, 0], [5, 0, 0, 3]);
    expectClose(r[0], 1.25, 1e-15);
    expectClose(r[3], 0.75, 1e-15);
    expect(boostToRestFrame([5, 0, 0, 3], [5, 0, 0, 3])).toEqual([4, 0, 0, 0]);
  });

  it('property: m² and p·q are invariant under random boosts (1e-12 of the Euclidean scale)', () => {
    fc.assert(
      fc.property(anyFourVector, anyFourVector, velocity, (p, q, beta) => {
        const bp = boost(p, beta);
        const bq = boost(q, beta);
        const scale = Math.max(euclid(p) * euclid(q), euclid(bp) * euclid(bq), 1e-300);
        expect(Math.abs(dot(bp, bq) - dot(p, q))).toBeLessThanOrEqual(1e-12 * scale);
        const scaleP = Math.max(euclid(p) ** 2, euclid(bp) ** 2, 1e-300);
        expect(Math.abs(dot(bp, bp) - dot(p, p))).toBeLessThanOrEqual(1e-12 * scaleP);
      }),
    );
  });

  it('property: boost then inverse boost is the identity (1e-12 relative)', () => {
    fc.assert(
      fc.property(anyFourVector, velocity, (p, beta) => {
        const back = boost(boost(p, beta), [-beta[0], -beta[1], -beta[2]]);
        const scale = Math.max(euclid(p), 1e-300);
        for (let k = 0; k < 4; k++) expect(Math.abs(back[k]! - p[k]!)).toBeLessThanOrEqual(1e-12 * scale);
      }),
    );
  });

  it('property: rest-frame boosts invert each other and agree with the velocity boost (γ ≤ 3.2)', () => {
    // A round trip through a boost of Lorentz factor γ is conditioned like γ² (M² = E² − |P|² is known to
    // ε·E²), so the 1e-12 identity is tested with the same |β| ≤ 0.95 parents as above; γ = 10⁴ is tested below.
    const massive = fc
      .tuple(fc.double({ min: 0.01, max: 10, noNaN: true }), velocity)
      .map(([m, b]): FourVector => {
        const g = 1 / Math.sqrt(1 - (b[0] ** 2 + b[1] ** 2 + b[2] ** 2));
        return [g * m, g * m * b[0], g * m * b[1], g * m * b[2]];
      });
    fc.assert(
      fc.property(anyFourVector, massive, (p, parent) => {
        const there = boostFromRestFrame(p, parent);
        const back = boostToRestFrame(there, parent);
        const scale = Math.max(euclid(there), euclid(p), 1e-200); // floor: no subnormal arithmetic
        for (let k = 0; k < 4; k++) expect(Math.abs(back[k]! - p[k]!)).toBeLessThanOrEqual(1e-12 * scale);
        const viaBeta = boost(p, [parent[1] / parent[0], parent[2] / parent[0], parent[3] / parent[0]]);
        for (let k = 0; k < 4; k++) expect(Math.abs(viaBeta[k]! - there[k]!)).toBeLessThanOrEqual(1e-9 * scale);
      }),
    );
  });

  it('stays accurate for very large boosts (γ = 10⁴, NA64-like)', () => {
    const m = 0.01;
    const pz = 100;
    const parent: FourVector = [Math.hypot(m, pz), 0, 0, pz];
    // The parent's mass is only known to ~ε·E²/M² = 1e-8 relative from (E, p⃗) in double precision; the boost
    // itself adds nothing beyond that: E′ and p′ match to ~1e-11.
    const p = boostFromRestFrame([m, 0, 0, 0], parent);
    expectClose(p[0], parent[0], 1e-10);
    expectClose(p[3], pz, 1e-10);
    const back = boostToRestFrame(parent, parent);
    expectClose(back[0], m, 1e-7);
    expect(Math.abs(back[3])).toBeLessThan(1e-7 * m);
  });

  it('works in place on a buffer', () => {
    const buf = new Float64Array([1, 0, 0, 0]);
    boostZInto(buf, 0, buf, 0.6);
    expect(Array.from(buf)).toEqual([1.25, 0, 0, 0.75]);
    boostInto(buf, 0, buf, 0, 0, -0.6);
    expectClose(buf[0]!, 1, 1e-15);
    boostFromRestFrameInto(buf, 0, buf, [5, 0, 0, 3]);
    expectClose(buf[0]!, 1.25, 1e-15);
  });

  it('rejects |β| ≥ 1, NaN, bad parents and bad offsets', () => {
    expect(() => boostZ([1, 0, 0, 0], 1)).toThrow(/betaZ/);
    expect(() => boost([1, 0, 0, 0], [0.8, 0.8, 0])).toThrow(/beta/);
    expect(() => boost([1, 0, 0, 0], [Number.NaN, 0, 0])).toThrowError(ParameterError);
    expect(() => boostZ([Number.NaN, 0, 0, 0], 0.5)).toThrow(/p\[0\]/);
    expect(() => boostFromRestFrame([1, 0, 0, 0], [1, 0, 0, 1])).toThrow(/parent/);
    expect(() => boostZInto(new Float64Array(4), 1, [1, 0, 0, 0], 0.5)).toThrow(/outOffset/);
  });
});

describe('rotations', () => {
  it('carries the z axis to n̂(θ, φ)', () => {
    const r = rotate([1, 0, 0, 1], Math.PI / 2, Math.PI / 2);
    expectClose(r[2], 1, 1e-15);
    expect(Math.abs(r[1]) + Math.abs(r[3])).toBeLessThan(1e-15);
    const n = directionFromAngles(0.6, 1.1);
    const z = rotate([1, 0, 0, 1], Math.acos(0.6), 1.1);
    for (let k = 0; k < 3; k++) expectClose(z[k + 1]!, n[k]!, 1e-15, 1e-16);
    const out = new Float64Array(4);
    rotateToDirectionInto(out, 0, [1, 0, 0, 1], 0, 3, 0);
    expectClose(out[2]!, 1, 1e-15);
  });

  it('property: rotations preserve |p| and E', () => {
    fc.assert(
      fc.property(anyFourVector, fc.double({ min: 0, max: Math.PI, noNaN: true }), fc.double({ min: -7, max: 7, noNaN: true }), (p, t, f) => {
        const out = new Float64Array(4);
        rotateInto(out, 0, p, t, f);
        expect(out[0]).toBe(p[0]);
        const a = Math.hypot(p[1], p[2], p[3]);
        expect(Math.abs(Math.hypot(out[1]!, out[2]!, out[3]!) - a)).toBeLessThanOrEqual(1e-14 * Math.max(a, 1e-300));
      }),
    );
  });

  it('rejects bad angles and a zero direction', () => {
    expect(() => directionFromAngles(1.5, 0)).toThrow(/cosTheta/);
    expect(() => rotate([1, 0, 0, 1], Number.NaN, 0)).toThrow(/theta/);
    expect(() => rotateToDirectionInto(new Float64Array(4), 0, [1, 0, 0, 1], 0, 0, 0)).toThrow(/direction/);
  });
});
