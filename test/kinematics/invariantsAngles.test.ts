import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/errors.js';
import {
  azimuthalAngle,
  cosPolarAngle,
  dot,
  invariantMass,
  invariantMassSquared,
  momentumMagnitude,
  openingAngle,
  pairInvariantMass,
  polarAngle,
  pseudorapidity,
  rapidity,
  transverseMomentum,
} from '../../src/kinematics/index.js';
import { expectClose } from '../helpers/close.js';

describe('invariants', () => {
  it('computes dot products and masses', () => {
    expect(dot([5, 0, 0, 3], [1, 0, 0, 1])).toBe(2);
    expect(invariantMassSquared([5, 0, 0, 3])).toBe(16);
    expect(invariantMass([5, 0, 0, 3])).toBe(4);
    expect(pairInvariantMass([1, 0, 0, 1], [1, 0, 0, -1])).toBe(2);
    expect(momentumMagnitude([13, 3, 4, 12])).toBe(13);
    expect(transverseMomentum([13, 3, 4, 12])).toBe(5);
  });

  it('reads four-vectors at offsets of a buffer', () => {
    const buf = new Float64Array([0, 0, 5, 0, 0, 3, 1, 0, 0, 1]);
    expect(dot(buf, buf, 2, 6)).toBe(2);
    expect(invariantMass(buf, 2)).toBe(4);
  });

  it('clamps round-off below zero mass but rejects space-like vectors', () => {
    expect(invariantMass([1, 0, 0, 1 + 1e-16])).toBe(0);
    expect(() => invariantMass([1, 0, 0, 2])).toThrowError(ParameterError);
  });

  it('never returns NaN: NaN components throw naming the vector', () => {
    expect(() => dot([Number.NaN, 0, 0, 0], [1, 0, 0, 0])).toThrow(/p\[0\]/);
    expect(() => momentumMagnitude([1, 0, Number.NaN, 0])).toThrow(/p\[2\]/);
  });
});

describe('angles', () => {
  it('polar and azimuthal angles', () => {
    expectClose(polarAngle([2, 1, 0, 1]), Math.PI / 4, 1e-15);
    expect(cosPolarAngle([5, 0, 4, 3])).toBeCloseTo(0.6, 15);
    expect(polarAngle([1, 0, 0, 0])).toBe(0);
    expectClose(azimuthalAngle([1, 0, 1, 0]), Math.PI / 2, 1e-15);
    // small angles stay accurate (NA64 scale): θ = 1e-7 rad
    expectClose(polarAngle([100, 1e-5, 0, 100]), 1e-7, 1e-12);
  });

  it('rapidity and pseudorapidity', () => {
    expectClose(rapidity([2, 0, 0, 1]), Math.atanh(0.5), 1e-14);
    expect(pseudorapidity([2, 1, 0, 0])).toBe(0);
    expectClose(pseudorapidity([5, 0, 3, 4]), -Math.log(Math.tan(Math.atan2(3, 4) / 2)), 1e-14);
    expect(() => rapidity([1, 0, 0, 1])).toThrowError(ParameterError);
    expect(() => pseudorapidity([1, 0, 0, 1])).toThrowError(ParameterError);
  });

  it('opening angle, accurate for nearly collinear vectors', () => {
    expectClose(openingAngle([1, 1, 0, 0], [1, 0, 1, 0]), Math.PI / 2, 1e-15);
    expectClose(openingAngle([1, 0, 0, 1], [1, 1e-9, 0, 1]), 1e-9, 1e-9);
    expectClose(openingAngle([1, 0, 0, 1], [1, 0, 0, -1]), Math.PI, 1e-15);
  });
});
