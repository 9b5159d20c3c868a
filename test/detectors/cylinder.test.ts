import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { degree } from '../../src/core/units.js';
import {
  babarGeometry,
  exitLengthFromOriginCm,
  rayCylinderIntervalInto,
  rayExitLengthCm,
  rayFromAngles,
  regionIntervals,
  regionIntervalsInto,
  type CylindricalRegion,
} from '../../src/detectors/index.js';
import { expectClose } from '../helpers/close.js';
import { anyRay, expectParameterError, pointAlong, thetaPhi } from './arbitraries.js';

const dchOuter = { rOuterCm: 80.9, zMinCm: -101.5, zMaxCm: 174.9 };

describe('exitLengthFromOriginCm (EXPERIMENTS.md §3 check values [C])', () => {
  it('DCH outer boundary: θ = 90° → 80.90, 30° → 161.80, 17.2° → 183.09, 150° → 117.20 cm', () => {
    // The table prints 0.01 cm; to 1e-3 cm the closed form gives 183.088 and 117.202.
    const table: [number, number, number][] = [
      [90, 80.9, 80.9],
      [30, 161.8, 161.8],
      [17.2, 183.09, 183.088],
      [150, 117.2, 117.202],
    ];
    for (const [thetaDeg, printed, precise] of table) {
      const l = exitLengthFromOriginCm(dchOuter, thetaDeg * degree);
      expectClose(l, printed, 0, 0.005);
      expectClose(l, precise, 0, 1e-3);
    }
  });

  it('accepts a region directly and handles the axis (θ = 0, π) and the IP on a face', () => {
    const dch = babarGeometry.regions[2]!;
    expectClose(exitLengthFromOriginCm(dch, Math.PI / 6), 161.8, 1e-12);
    expect(exitLengthFromOriginCm(dch, 0)).toBe(174.9);
    expectClose(exitLengthFromOriginCm(dch, Math.PI), 101.5, 1e-15);
    expect(exitLengthFromOriginCm({ rOuterCm: 1, zMinCm: -1, zMaxCm: 0 }, 0.3)).toBe(0);
  });

  it('agrees with the general ray–cylinder intersection for rays from the origin (any θ, φ)', () => {
    fc.assert(
      fc.property(thetaPhi, ({ theta, phi }) => {
        const closed = exitLengthFromOriginCm(dchOuter, theta);
        const general = rayExitLengthCm(dchOuter, rayFromAngles(theta, phi));
        return Math.abs(closed - general) <= 1e-10 * closed;
      }),
    );
  });

  it('rejects a cylinder not containing the origin, negative radius, NaN and θ outside [0, π]', () => {
    expectParameterError(() => exitLengthFromOriginCm({ rOuterCm: 10, zMinCm: 1, zMaxCm: 5 }, 1), 'cylinder.zMinCm');
    expectParameterError(() => exitLengthFromOriginCm({ rOuterCm: -1, zMinCm: -1, zMaxCm: 5 }, 1), 'cylinder.rOuterCm');
    expectParameterError(() => exitLengthFromOriginCm({ rOuterCm: 10, zMinCm: 3, zMaxCm: -3 }, 1), 'cylinder.zMinCm');
    expectParameterError(() => exitLengthFromOriginCm(dchOuter, Number.NaN), 'thetaRad');
    expectParameterError(() => exitLengthFromOriginCm(dchOuter, 4), 'thetaRad');
  });
});

describe('ray–cylinder and ray–shell intersections from any point', () => {
  it('solves simple cases by hand', () => {
    const buf = new Float64Array(4);
    expect(rayCylinderIntervalInto(buf, 0, { rOuterCm: 10, zMinCm: -5, zMaxCm: 5 }, { x0Cm: -20, dx: 1, dy: 0, dz: 0 })).toBe(1);
    expect([...buf.subarray(0, 2)]).toEqual([10, 30]);
    // Parallel to the axis, inside and outside the radius.
    expect(rayCylinderIntervalInto(buf, 0, { rOuterCm: 10, zMinCm: -5, zMaxCm: 5 }, { x0Cm: 3, z0Cm: -20, dx: 0, dy: 0, dz: 2 })).toBe(1);
    expect([...buf.subarray(0, 2)]).toEqual([15, 25]);
    expect(rayCylinderIntervalInto(buf, 0, { rOuterCm: 10, zMinCm: -5, zMaxCm: 5 }, { x0Cm: 11, dx: 0, dy: 0, dz: 1 })).toBe(0);
    // Pointing away.
    expect(rayExitLengthCm({ rOuterCm: 10, zMinCm: -5, zMaxCm: 5 }, { x0Cm: 20, dx: 1, dy: 0, dz: 0 })).toBe(0);
    // Shell crossed twice through its hole; shell missed inside the hole along the axis.
    const shell = { rInnerCm: 1, rOuterCm: 2, zMinCm: -1, zMaxCm: 1 } as CylindricalRegion;
    expect(regionIntervals(shell, { x0Cm: -5, dx: 1, dy: 0, dz: 0 })).toEqual([
      [3, 4],
      [6, 7],
    ]);
    expect(regionIntervals(shell, { dx: 0, dy: 0, dz: 1 })).toEqual([]);
    expect(regionIntervals(babarGeometry.regions[2]!, rayFromAngles(Math.PI / 2))).toEqual([[23.6, 80.9]]);
  });

  it('intervals lie inside the region (midpoints and ends) and points outside them do not', () => {
    const regions = babarGeometry.regions;
    fc.assert(
      fc.property(anyRay, fc.integer({ min: 0, max: regions.length - 1 }), (ray, k) => {
        const r = regions[k]!;
        const buf = new Float64Array(4);
        const n = regionIntervalsInto(buf, 0, r, ray);
        const inside = (l: number, slack: number): boolean => {
          const [x, y, z] = pointAlong(ray, l);
          const rho = Math.hypot(x, y);
          return z >= r.zMinCm - slack && z <= r.zMaxCm + slack && rho >= r.rInnerCm - slack && rho <= r.rOuterCm + slack;
        };
        for (let i = 0; i < n; i++) {
          const a = buf[2 * i]!;
          const b = buf[2 * i + 1]!;
          expect(b).toBeGreaterThan(a);
          expect(a).toBeGreaterThanOrEqual(0);
          if (i > 0) expect(a).toBeGreaterThanOrEqual(buf[2 * i - 1]!);
          expect(inside((a + b) / 2, 0)).toBe(true);
          expect(inside(a, 1e-7)).toBe(true);
          expect(inside(b, 1e-7)).toBe(true);
        }
        // Sample points outside all intervals (before, between, after): they must be outside the region.
        const last = n > 0 ? buf[2 * n - 1]! : 0;
        const outside = [last + 1e-3, last + 10, last + 1000];
        if (n > 0 && buf[0]! > 0) outside.push(buf[0]! / 2);
        if (n === 2) outside.push((buf[1]! + buf[2]!) / 2);
        for (const l of outside) expect(inside(l, -1e-9)).toBe(false);
      }),
    );
  });

  it('rejects zero and NaN directions, a NaN start, a too-short buffer and a bad offset', () => {
    const buf = new Float64Array(4);
    expectParameterError(() => rayExitLengthCm(dchOuter, { dx: 0, dy: 0, dz: 0 }), 'ray.direction');
    expectParameterError(() => rayExitLengthCm(dchOuter, { dx: Number.NaN, dy: 0, dz: 1 }), 'ray.dx');
    expectParameterError(() => rayExitLengthCm(dchOuter, { x0Cm: Number.NaN, dx: 1, dy: 0, dz: 1 }), 'ray.x0Cm');
    expectParameterError(() => rayCylinderIntervalInto(new Float64Array(1), 0, dchOuter, { dx: 1, dy: 0, dz: 0 }), 'out');
    expectParameterError(() => regionIntervalsInto(buf, 1, babarGeometry.regions[2]!, { dx: 1, dy: 0, dz: 0 }), 'out');
    expectParameterError(() => regionIntervalsInto(buf, -1, babarGeometry.regions[2]!, { dx: 1, dy: 0, dz: 0 }), 'outOffset');
    const bad = { rInnerCm: -1, rOuterCm: 2, zMinCm: -1, zMaxCm: 1 } as CylindricalRegion;
    expectParameterError(() => regionIntervals(bad, { dx: 1, dy: 0, dz: 0 }), 'region.rInnerCm');
    expectParameterError(() => rayFromAngles(1, Number.POSITIVE_INFINITY), 'phiRad');
  });

  it('normalises the direction (path lengths do not depend on its length, even for extreme scales)', () => {
    for (const scale of [1e-300, 1e-5, 1, 1e5, 1e300]) {
      expectClose(rayExitLengthCm(dchOuter, { dx: scale, dy: 0, dz: scale }), 80.9 * Math.SQRT2, 1e-14);
    }
  });
});
