// fast-check arbitraries for the detector tests: random non-overlapping cylindrical geometries (built to be
// valid, never filtered), rays, decay lengths. Log-uniform scales (ENGINEERING.md §1.3).
import fc from 'fast-check';
import { expect } from 'vitest';
import { ParameterError } from '../../src/core/errors.js';
import type { CylinderBounds, CylindricalGeometry, CylindricalRegion, Ray } from '../../src/detectors/index.js';

export const logUniform = (minExp: number, maxExp: number): fc.Arbitrary<number> =>
  fc.double({ min: minExp, max: maxExp, noNaN: true }).map((e) => 10 ** e);

function region(name: string, rInnerCm: number, rOuterCm: number, zMinCm: number, zMaxCm: number): CylindricalRegion {
  return { name, kind: 'cylinder-shell', rInnerCm, rOuterCm, zMinCm, zMaxCm, instrumented: true, source: 'test', tag: 'C' };
}

/**
 * "Onion": contiguous shells from r = 0 to R, all over the same z range containing the origin, some split in
 * z into two touching pieces. Their union is the solid cylinder `envelope`.
 */
export const onionGeometry: fc.Arbitrary<{ geometry: CylindricalGeometry; envelope: CylinderBounds }> = fc
  .record({
    widths: fc.array(fc.double({ min: 0.5, max: 80, noNaN: true }), { minLength: 1, maxLength: 6 }),
    splits: fc.array(fc.option(fc.double({ min: 0.05, max: 0.95, noNaN: true })), { minLength: 6, maxLength: 6 }),
    zMinCm: fc.double({ min: -300, max: -1, noNaN: true }),
    zMaxCm: fc.double({ min: 1, max: 300, noNaN: true }),
  })
  .map(({ widths, splits, zMinCm, zMaxCm }) => {
    const regions: CylindricalRegion[] = [];
    let r = 0;
    widths.forEach((w, k) => {
      const rOut = r + w;
      const f = splits[k];
      if (f === null || f === undefined) regions.push(region(`L${k}`, r, rOut, zMinCm, zMaxCm));
      else {
        const zs = zMinCm + f * (zMaxCm - zMinCm);
        regions.push(region(`L${k}b`, r, rOut, zMinCm, zs), region(`L${k}f`, r, rOut, zs, zMaxCm));
      }
      r = rOut;
    });
    return { geometry: { name: 'onion', regions }, envelope: { rOuterCm: r, zMinCm, zMaxCm } };
  });

// Radii below 100 nm become 0: far below any detector scale, and their squares would underflow (< 1e-308)
// in both the intersection and the point-location arithmetic, which then disagree on sub-femtometre slivers.
const sub100Nanometre = (v: number): number => (v < 1e-5 ? 0 : v);

/**
 * General geometry with gaps: shells with disjoint radial ranges (random gaps) and random z ranges inside
 * [−Z, Z], plus optional endcap discs beyond ±Z (random radii and thickness).
 */
export const gappyGeometry: fc.Arbitrary<CylindricalGeometry> = fc
  .record({
    shells: fc.array(
      fc.record({
        gap: fc.double({ min: 0, max: 30, noNaN: true }).map(sub100Nanometre),
        width: fc.double({ min: 0.1, max: 60, noNaN: true }),
        lo: fc.double({ min: 0, max: 1, noNaN: true }),
        hi: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    z: fc.double({ min: 10, max: 300, noNaN: true }),
    discs: fc.array(
      fc.record({
        forward: fc.boolean(),
        rIn: fc.double({ min: 0, max: 100, noNaN: true }).map(sub100Nanometre),
        dr: fc.double({ min: 1, max: 200, noNaN: true }),
        thickness: fc.double({ min: 1, max: 100, noNaN: true }),
      }),
      { maxLength: 2 },
    ),
  })
  .map(({ shells, z, discs }) => {
    const regions: CylindricalRegion[] = [];
    let r = 0;
    shells.forEach((s, k) => {
      const rIn = r + s.gap;
      const rOut = rIn + s.width;
      const a = -z + 2 * z * Math.min(s.lo, s.hi);
      const b = -z + 2 * z * Math.max(s.lo, s.hi);
      regions.push(region(`S${k}`, rIn, rOut, a, b > a ? b : a + 1));
      r = rOut;
    });
    let zf = Math.max(z, ...regions.map((g) => g.zMaxCm));
    let zb = Math.min(-z, ...regions.map((g) => g.zMinCm));
    discs.forEach((d, k) => {
      if (d.forward) {
        regions.push({ ...region(`D${k}`, d.rIn, d.rIn + d.dr, zf, zf + d.thickness), kind: 'endcap-disc' });
        zf += d.thickness;
      } else {
        regions.push({ ...region(`D${k}`, d.rIn, d.rIn + d.dr, zb - d.thickness, zb), kind: 'endcap-disc' });
        zb -= d.thickness;
      }
    });
    return { name: 'gappy', regions };
  });

export const thetaPhi = fc.record({
  theta: fc.double({ min: 0, max: Math.PI, noNaN: true }),
  phi: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
});

const coordinate = fc.double({ min: -400, max: 400, noNaN: true });
const component = fc.double({ min: -1, max: 1, noNaN: true });

/** Rays from anywhere in a 8 m box (or from the IP), in any non-zero direction. */
export const anyRay: fc.Arbitrary<Ray> = fc.oneof(
  fc.record({ x0Cm: coordinate, y0Cm: coordinate, z0Cm: coordinate, dx: component, dy: component, dz: component }),
  fc.record({ dx: component, dy: component, dz: component }),
).filter((r) => Math.max(Math.abs(r.dx), Math.abs(r.dy), Math.abs(r.dz)) > 1e-9);

/** Point at path length L along a ray (direction normalised). */
export function pointAlong(ray: Ray, lengthCm: number): [number, number, number] {
  const n = Math.hypot(ray.dx, ray.dy, ray.dz);
  return [
    (ray.x0Cm ?? 0) + (lengthCm * ray.dx) / n,
    (ray.y0Cm ?? 0) + (lengthCm * ray.dy) / n,
    (ray.z0Cm ?? 0) + (lengthCm * ray.dz) / n,
  ];
}

/** Assert that fn throws a ParameterError whose parameter name matches. */
export function expectParameterError(fn: () => unknown, parameter: RegExp | string): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(ParameterError);
  const name = (caught as ParameterError).parameter;
  if (typeof parameter === 'string') expect(name).toBe(parameter);
  else expect(name).toMatch(parameter);
}
