/**
 * Internal kernels of the ray geometry: reading and normalising a {@link Ray}, and the intersection of a ray
 * with a solid cylinder and with a cylindrical shell. No validation of the numbers beyond what is stated;
 * the public wrappers (cylinder.ts, segments.ts) validate first. Not re-exported by the package.
 *
 * Method: a point on the ray is p(t) = p₀ + t û (|û| = 1, t ≥ 0 is the path length in cm). Writing the
 * transverse part of û as s ŵ (s = |û⊥| = sin θ, ŵ a unit vector in the x–y plane) and τ = s t (transverse
 * distance), the radial condition x² + y² ≤ R² becomes τ² + 2 β τ + c ≤ 0 with β = p₀⊥·ŵ,
 * c = |p₀⊥|² − R². Its roots are taken in the cancellation-free form q = −(β + sign(β)√(β² − c)),
 * τ₁ = q, τ₂ = c/q (Numerical Recipes §5.6), then t = τ/s. Working with the unit ŵ keeps the discriminant
 * free of underflow for rays within 10⁻¹⁶⁰ rad of the axis. The z condition is a slab. A shell is the
 * solid cylinder of radius rOuterCm minus the open cylinder of radius rInnerCm, hence at most two intervals.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import type { Ray } from './types.js';

/**
 * Check a caller-owned output buffer: a Float64Array with room for `needed` numbers from `offset`.
 */
export function checkOut(out: unknown, offset: unknown, needed: number): void {
  if (!(out instanceof Float64Array)) throw new ParameterError('out', out, 'a Float64Array');
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
    throw new ParameterError('outOffset', offset, 'an integer ≥ 0');
  }
  if (offset + needed > out.length) {
    throw new ParameterError('out', out, `a Float64Array of length ≥ outOffset + ${needed} = ${offset + needed}`);
  }
}

/**
 * Ray scratch layout: [x0, y0, z0, ux, uy, uz, s, wx, wy, 1/s, 1/uz] with |û| = 1, s = |û⊥|, ŵ = û⊥/s
 * (s, ŵ, 1/s are 0 for a ray parallel to the axis; 1/uz is 0 for a ray parallel to the z planes).
 */
export const RAY_SCRATCH_LENGTH = 11;

/** Largest |coordinate| of a ray start or a region boundary, cm (10¹⁵ cm; keeps x₀², r² etc. far from overflow). */
export const MAX_START_CM = 1e15;

const startOk = (v: number): boolean => Number.isFinite(v) && Math.abs(v) <= MAX_START_CM;

/** Slow path of {@link readRay}: find the offending field and throw. */
function rejectRay(ray: unknown, name: string): never {
  if (typeof ray !== 'object' || ray === null) throw new ParameterError(name, ray, 'an object { x0Cm?, y0Cm?, z0Cm?, dx, dy, dz }');
  const o = ray as Record<string, unknown>;
  for (const key of ['x0Cm', 'y0Cm', 'z0Cm']) {
    const v = o[key];
    if (v !== undefined && !(typeof v === 'number' && startOk(v))) {
      throw new ParameterError(`${name}.${key}`, v, `a finite number with |value| ≤ ${MAX_START_CM} cm`);
    }
  }
  for (const key of ['dx', 'dy', 'dz']) {
    const v = o[key];
    if (!(typeof v === 'number' && Number.isFinite(v))) throw new ParameterError(`${name}.${key}`, v, 'a finite number');
  }
  throw new ParameterError(`${name}.direction`, 0, 'a non-zero direction (dx, dy, dz)');
}

/**
 * Validate a ray (start finite with |coordinate| ≤ 10¹⁵ cm, direction finite and non-zero) and write the
 * scratch layout of {@link RAY_SCRATCH_LENGTH} into `out`. The direction is scaled by its largest component
 * before normalising, so very large or subnormal components neither overflow nor underflow. No strings are
 * built unless the ray is invalid (this runs once per ray in Monte Carlo loops).
 */
export function readRay(ray: Ray, name: string, out: Float64Array): void {
  if (typeof ray !== 'object' || ray === null) rejectRay(ray, name);
  const x0 = ray.x0Cm ?? 0;
  const y0 = ray.y0Cm ?? 0;
  const z0 = ray.z0Cm ?? 0;
  const dx = ray.dx;
  const dy = ray.dy;
  const dz = ray.dz;
  const m = Math.max(Math.abs(dx), Math.abs(dy), Math.abs(dz));
  if (!(startOk(x0) && startOk(y0) && startOk(z0) && Number.isFinite(dx) && Number.isFinite(dy) && Number.isFinite(dz) && m > 0)) {
    rejectRay(ray, name);
  }
  const sx = dx / m;
  const sy = dy / m;
  const sz = dz / m;
  const n = Math.sqrt(sx * sx + sy * sy + sz * sz);
  const uz = sz / n;
  out[0] = x0;
  out[1] = y0;
  out[2] = z0;
  out[3] = sx / n;
  out[4] = sy / n;
  out[5] = uz;
  // 1/uz (and 1/s below) overflow only within ~1e-308 rad of parallel: the ray is then treated as exactly
  // parallel (its z, resp. transverse, displacement over 1e15 cm is below 1e-290 cm).
  const invUz = 1 / uz;
  out[10] = Number.isFinite(invUz) ? invUz : 0;
  // Transverse part, from the scaled components (sx, sy ≤ 1 in size, so only their squares can underflow).
  const mt = Math.max(Math.abs(sx), Math.abs(sy));
  if (mt === 0) {
    out[6] = 0;
    out[7] = 0;
    out[8] = 0;
    out[9] = 0;
  } else {
    const tx = sx / mt;
    const ty = sy / mt;
    const nt = Math.sqrt(tx * tx + ty * ty);
    const st = (mt * nt) / n;
    const invS = 1 / st;
    const parallel = !Number.isFinite(invS);
    out[6] = parallel ? 0 : st;
    out[7] = parallel ? 0 : tx / nt;
    out[8] = parallel ? 0 : ty / nt;
    out[9] = parallel ? 0 : invS;
  }
}

/** Scratch for the roots of {@link radialRoots}: [t₁, t₂] with t₁ ≤ t₂. */
const roots = new Float64Array(2);

/**
 * Path lengths where the ray's line crosses the circle x² + y² = r² (1/s of the transverse length s > 0, unit
 * transverse direction ŵ). Returns false when it does not cross with positive length; otherwise writes t₁ < t₂ into the
 * shared `roots` (either may be ±Infinity when s is tiny; callers clip with the z slab).
 */
function radialRoots(r: number, x0: number, y0: number, invS: number, wx: number, wy: number): boolean {
  const beta = x0 * wx + y0 * wy;
  const c = x0 * x0 + y0 * y0 - r * r;
  const disc = beta * beta - c;
  if (!(disc > 0)) return false;
  const sq = Math.sqrt(disc);
  const q = beta >= 0 ? -(beta + sq) : sq - beta;
  const t1 = q * invS;
  const t2 = (c / q) * invS;
  if (t1 <= t2) {
    roots[0] = t1;
    roots[1] = t2;
  } else {
    roots[0] = t2;
    roots[1] = t1;
  }
  return true;
}

/**
 * Interval [tIn, tOut] (tOut > tIn ≥ 0) of the ray inside the solid cylinder r ≤ rOut, zMin ≤ z ≤ zMax,
 * written at out[offset], out[offset+1]. Returns 1, or 0 when the ray does not pass through it with
 * positive length. Reads the normalised ray from `ray` (layout of {@link readRay}).
 */
export function solidInterval(rOut: number, zMin: number, zMax: number, ray: Float64Array, out: Float64Array, offset: number): number {
  const x0 = ray[0]!;
  const y0 = ray[1]!;
  const z0 = ray[2]!;
  const s = ray[6]!;
  let lo = 0;
  let hi = Infinity;
  const invUz = ray[10]!;
  if (invUz === 0) {
    if (z0 < zMin || z0 > zMax) return 0;
  } else {
    let s1 = (zMin - z0) * invUz;
    let s2 = (zMax - z0) * invUz;
    if (s1 > s2) {
      const t = s1;
      s1 = s2;
      s2 = t;
    }
    if (s1 > lo) lo = s1;
    if (s2 < hi) hi = s2;
  }
  if (s === 0) {
    if (x0 * x0 + y0 * y0 > rOut * rOut) return 0;
  } else {
    if (!radialRoots(rOut, x0, y0, ray[9]!, ray[7]!, ray[8]!)) return 0;
    if (roots[0]! > lo) lo = roots[0]!;
    if (roots[1]! < hi) hi = roots[1]!;
  }
  if (!(hi > lo)) return 0;
  out[offset] = lo;
  out[offset + 1] = hi;
  return 1;
}

/**
 * Intervals of the ray inside the shell rIn ≤ r ≤ rOut, zMin ≤ z ≤ zMax: 0, 1 or 2 intervals written as
 * pairs from out[offset]; returns their number. Intervals are ordered and have positive length.
 */
export function shellIntervals(
  rIn: number,
  rOut: number,
  zMin: number,
  zMax: number,
  ray: Float64Array,
  out: Float64Array,
  offset: number,
): number {
  if (solidInterval(rOut, zMin, zMax, ray, out, offset) === 0) return 0;
  if (!(rIn > 0)) return 1;
  const lo = out[offset]!;
  const hi = out[offset + 1]!;
  const s = ray[6]!;
  const x0 = ray[0]!;
  const y0 = ray[1]!;
  if (s === 0) {
    // Parallel to the axis: the whole interval is in the hole or none of it is.
    return x0 * x0 + y0 * y0 < rIn * rIn ? 0 : 1;
  }
  if (!radialRoots(rIn, x0, y0, ray[9]!, ray[7]!, ray[8]!)) return 1;
  const h1 = roots[0]!;
  const h2 = roots[1]!;
  let n = 0;
  const firstEnd = Math.min(hi, h1);
  if (firstEnd > lo) {
    out[offset] = lo;
    out[offset + 1] = firstEnd;
    n = 1;
  }
  const secondStart = Math.max(lo, h2);
  if (hi > secondStart) {
    out[offset + 2 * n] = secondStart;
    out[offset + 2 * n + 1] = hi;
    n++;
  }
  return n;
}
