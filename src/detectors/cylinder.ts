/**
 * Straight-line path lengths through cylinders about the beam axis (EXPERIMENTS.md §3, "Notes for
 * implementers"): the closed form from the origin, L(θ) = min(R/sin θ, z_fwd/cos θ if cos θ > 0,
 * z_bwd/cos θ if cos θ < 0), and the general ray–cylinder / ray–shell intersection from any point.
 * Path lengths are in cm along the (normalised) ray direction.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireFinite, requireInRange, requireObject } from '../core/validate.js';
import { checkOut, MAX_START_CM, readRay, RAY_SCRATCH_LENGTH, shellIntervals, solidInterval } from './rayMath.js';
import type { CylinderBounds, CylindricalRegion, Ray } from './types.js';

const rayScratch = new Float64Array(RAY_SCRATCH_LENGTH);
const pairScratch = new Float64Array(4);

function checkCylinder(name: string, value: unknown): CylinderBounds {
  const o = requireObject(name, value);
  const r = requireInRange(`${name}.rOuterCm`, o['rOuterCm'], 0, MAX_START_CM, { lowerOpen: true });
  const zMin = requireInRange(`${name}.zMinCm`, o['zMinCm'], -MAX_START_CM, MAX_START_CM);
  const zMax = requireInRange(`${name}.zMaxCm`, o['zMaxCm'], -MAX_START_CM, MAX_START_CM);
  if (!(zMin <= zMax)) throw new ParameterError(`${name}.zMinCm`, zMin, `a finite number ≤ zMaxCm = ${zMax}`);
  return value as CylinderBounds;
}

function checkShell(name: string, value: unknown): CylindricalRegion {
  const c = checkCylinder(name, value);
  const rIn = (value as Record<string, unknown>)['rInnerCm'];
  if (typeof rIn !== 'number' || !Number.isFinite(rIn) || rIn < 0 || !(rIn < c.rOuterCm)) {
    throw new ParameterError(`${name}.rInnerCm`, rIn, `a finite number in [0, rOuterCm = ${c.rOuterCm})`);
  }
  return value as CylindricalRegion;
}

/**
 * Path length from the origin (IP) along polar angle θ to the exit of the solid cylinder r ≤ R,
 * z_bwd ≤ z ≤ z_fwd (EXPERIMENTS.md §3): L(θ) = min(R/sin θ, z_fwd/cos θ if cos θ > 0, z_bwd/cos θ if
 * cos θ < 0). Independent of the azimuth.
 * Check values [C] for the DCH outer boundary (80.9; +174.9; −101.5): θ = 90° → 80.90, 30° → 161.80,
 * 17.2° → 183.09, 150° → 117.20 cm.
 * @param cylinder - {rOuterCm = R > 0, zMinCm = z_bwd ≤ 0, zMaxCm = z_fwd ≥ 0} (the origin must be inside);
 *   any {@link CylindricalRegion} containing the origin qualifies
 * @param thetaRad - polar angle from +z, radians, in [0, π]
 * @returns the exit length in cm (finite, ≥ 0)
 * @example exitLengthFromOriginCm({ rOuterCm: 80.9, zMinCm: -101.5, zMaxCm: 174.9 }, Math.PI / 6) // 161.8
 */
export function exitLengthFromOriginCm(cylinder: CylinderBounds, thetaRad: number): number {
  const c = checkCylinder('cylinder', cylinder);
  if (c.zMinCm > 0) throw new ParameterError('cylinder.zMinCm', c.zMinCm, '≤ 0 (the origin must be inside the cylinder)');
  if (c.zMaxCm < 0) throw new ParameterError('cylinder.zMaxCm', c.zMaxCm, '≥ 0 (the origin must be inside the cylinder)');
  requireInRange('thetaRad', thetaRad, 0, Math.PI);
  const s = Math.sin(thetaRad);
  const cosT = Math.cos(thetaRad);
  let length = Infinity;
  if (s > 0) length = c.rOuterCm / s;
  if (cosT > 0) length = Math.min(length, c.zMaxCm / cosT);
  else if (cosT < 0) length = Math.min(length, c.zMinCm / cosT);
  return length;
}

/**
 * A ray from polar and azimuthal angles: direction (sin θ cos φ, sin θ sin φ, cos θ), start at `origin`
 * (default the IP).
 * @param thetaRad - polar angle from +z, radians, in [0, π]
 * @param phiRad - azimuth, radians (finite; default 0)
 * @param origin - start point in cm (each coordinate default 0)
 * @returns a new {@link Ray}
 * @example rayFromAngles(Math.PI / 2) // { x0Cm: 0, y0Cm: 0, z0Cm: 0, dx: 1, dy: 0, dz: 6.1e-17 }
 */
export function rayFromAngles(
  thetaRad: number,
  phiRad = 0,
  origin: { readonly x0Cm?: number; readonly y0Cm?: number; readonly z0Cm?: number } = {},
): Ray {
  requireInRange('thetaRad', thetaRad, 0, Math.PI);
  requireFinite('phiRad', phiRad);
  requireObject('origin', origin);
  const s = Math.sin(thetaRad);
  return {
    x0Cm: origin.x0Cm === undefined ? 0 : requireFinite('origin.x0Cm', origin.x0Cm),
    y0Cm: origin.y0Cm === undefined ? 0 : requireFinite('origin.y0Cm', origin.y0Cm),
    z0Cm: origin.z0Cm === undefined ? 0 : requireFinite('origin.z0Cm', origin.z0Cm),
    dx: s * Math.cos(phiRad),
    dy: s * Math.sin(phiRad),
    dz: Math.cos(thetaRad),
  };
}

/**
 * Entry and exit path lengths [L_in, L_out] of a ray (from any start point) through the solid cylinder
 * r ≤ rOuterCm, zMinCm ≤ z ≤ zMaxCm, written at out[outOffset], out[outOffset + 1]. Allocation-free.
 * L_in = 0 when the start point is inside.
 * @param out - destination buffer (room for 2 numbers)
 * @param outOffset - where to write
 * @param cylinder - the solid cylinder
 * @param ray - the ray (direction normalised internally)
 * @returns 1 when the ray passes through the cylinder with positive length, else 0 (nothing written)
 * @example
 * const buf = new Float64Array(2);
 * rayCylinderIntervalInto(buf, 0, { rOuterCm: 10, zMinCm: -5, zMaxCm: 5 }, { x0Cm: -20, dx: 1, dy: 0, dz: 0 }); // 1, buf = [10, 30]
 */
export function rayCylinderIntervalInto(out: Float64Array, outOffset: number, cylinder: CylinderBounds, ray: Ray): number {
  checkOut(out, outOffset, 2);
  const c = checkCylinder('cylinder', cylinder);
  readRay(ray, 'ray', rayScratch);
  return solidInterval(c.rOuterCm, c.zMinCm, c.zMaxCm, rayScratch, out, outOffset);
}

/**
 * Path length at which a ray leaves the solid cylinder r ≤ rOuterCm, zMinCm ≤ z ≤ zMaxCm (the general form
 * of {@link exitLengthFromOriginCm}, from any start point and direction).
 * @param cylinder - the solid cylinder
 * @param ray - the ray
 * @returns L_out in cm, or 0 when the ray never passes through the cylinder
 * @example rayExitLengthCm({ rOuterCm: 80.9, zMinCm: -101.5, zMaxCm: 174.9 }, { dx: 1, dy: 0, dz: 0 }) // 80.9
 */
export function rayExitLengthCm(cylinder: CylinderBounds, ray: Ray): number {
  return rayCylinderIntervalInto(pairScratch, 0, cylinder, ray) === 1 ? pairScratch[1]! : 0;
}

/**
 * The path-length intervals of a ray inside one region (shell rInnerCm ≤ r ≤ rOuterCm, zMinCm ≤ z ≤ zMaxCm):
 * a ray may enter a shell, cross its hole and enter it again, so there are 0, 1 or 2 intervals, written as
 * [L_in, L_out] pairs from out[outOffset]. Allocation-free.
 * @param out - destination buffer (room for 4 numbers)
 * @param outOffset - where to write
 * @param region - the region (only its radii and z range are used)
 * @param ray - the ray
 * @returns the number of intervals (0, 1 or 2), ordered, each of positive length
 * @example
 * const buf = new Float64Array(4);
 * regionIntervalsInto(buf, 0, { rInnerCm: 1, rOuterCm: 2, zMinCm: -1, zMaxCm: 1 } as CylindricalRegion, { x0Cm: -5, dx: 1, dy: 0, dz: 0 });
 * // 2, buf = [3, 4, 6, 7]
 */
export function regionIntervalsInto(out: Float64Array, outOffset: number, region: CylindricalRegion, ray: Ray): number {
  checkOut(out, outOffset, 4);
  const r = checkShell('region', region);
  readRay(ray, 'ray', rayScratch);
  return shellIntervals(r.rInnerCm, r.rOuterCm, r.zMinCm, r.zMaxCm, rayScratch, out, outOffset);
}

/**
 * Allocating form of {@link regionIntervalsInto}: the [L_in, L_out] pairs of a ray through one region.
 * @param region - the region
 * @param ray - the ray
 * @returns 0, 1 or 2 ordered pairs, cm
 * @example regionIntervals(babarGeometry.regions[2]!, rayFromAngles(Math.PI / 2)) // [[23.6, 80.9]] (DCH)
 */
export function regionIntervals(region: CylindricalRegion, ray: Ray): (readonly [number, number])[] {
  const n = regionIntervalsInto(pairScratch, 0, region, ray);
  const result: (readonly [number, number])[] = [];
  for (let k = 0; k < n; k++) result.push([pairScratch[2 * k]!, pairScratch[2 * k + 1]!]);
  return result;
}
