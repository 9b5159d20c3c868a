/**
 * Four-vectors as plain data: a readonly tuple `[E, px, py, pz]` for convenience, or four consecutive numbers
 * at an offset in a caller-owned `Float64Array` for allocation-free Monte Carlo kernels (structure of arrays:
 * event i, particle j at offset `4 * (i * particles + j)`). Every kinematics function reads a four-vector as
 * `p[offset]`, …, `p[offset + 3]`, so the same function serves both layouts.
 *
 * Units: GeV for E and p (metric (+, −, −, −)). Axes: +z along the beam of the experiment.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireFinite, requireInteger, requireNonNegative } from '../core/validate.js';

/** A four-momentum (E, px, py, pz) in GeV, as a readonly tuple. */
export type FourVector = readonly [e: number, px: number, py: number, pz: number];

/** A three-vector (x, y, z), as a readonly tuple (a momentum in GeV, a velocity β, or a direction). */
export type ThreeVector = readonly [x: number, y: number, z: number];

/** Anything holding four-vector components at an offset: a {@link FourVector} tuple or a `Float64Array` buffer. */
export type FourVectorSource = ArrayLike<number>;

/**
 * Number of array slots one four-vector occupies in a buffer.
 * @example const offsetOfParticle = (event: number, particle: number, perEvent: number) => FOUR_VECTOR_STRIDE * (event * perEvent + particle);
 */
export const FOUR_VECTOR_STRIDE = 4;

/**
 * A four-vector from its components (validated finite).
 * @param e - energy, GeV
 * @param px - momentum x component, GeV
 * @param py - momentum y component, GeV
 * @param pz - momentum z component, GeV
 * @example fourVector(5, 0, 0, 3) // [5, 0, 0, 3], a particle of mass 4 GeV moving along +z
 */
export function fourVector(e: number, px: number, py: number, pz: number): FourVector {
  return [requireFinite('e', e), requireFinite('px', px), requireFinite('py', py), requireFinite('pz', pz)];
}

/**
 * The on-shell four-vector of a particle of mass `massGeV` and momentum (px, py, pz): E = √(m² + |p|²).
 * @param massGeV - mass, GeV (≥ 0)
 * @param px - momentum x component, GeV
 * @param py - momentum y component, GeV
 * @param pz - momentum z component, GeV
 * @example onShellFourVector(4, 0, 0, 3) // [5, 0, 0, 3]
 */
export function onShellFourVector(massGeV: number, px: number, py: number, pz: number): FourVector {
  const m = requireNonNegative('massGeV', massGeV);
  const x = requireFinite('px', px);
  const y = requireFinite('py', py);
  const z = requireFinite('pz', pz);
  const e = Math.sqrt(m * m + x * x + y * y + z * z);
  // Squares overflow from ~1e154 GeV: hypot avoids that (E itself must still be a finite double).
  const energy = Number.isFinite(e) ? e : Math.hypot(m, x, y, z);
  if (!Number.isFinite(energy)) throw new ParameterError('px', px, 'momentum components for which E is finite');
  return [energy, x, y, z];
}

/**
 * A zero-filled buffer for `count` four-vectors (4·count numbers), to be filled by the `…Into` kernels.
 * @param count - number of four-vectors (integer ≥ 0)
 * @example createFourVectorBuffer(2).length // 8
 */
export function createFourVectorBuffer(count: number): Float64Array {
  return new Float64Array(FOUR_VECTOR_STRIDE * requireInteger('count', count, 0, 2 ** 28));
}

/**
 * Copy the four-vector at `offset` of a buffer into a new tuple.
 * @param source - buffer or tuple
 * @param offset - index of the energy component (default 0)
 * @example readFourVector(new Float64Array([0, 5, 0, 0, 3]), 1) // [5, 0, 0, 3]
 */
export function readFourVector(source: FourVectorSource, offset = 0): FourVector {
  requireFiniteFourVector('source', source, offset);
  return [source[offset]!, source[offset + 1]!, source[offset + 2]!, source[offset + 3]!];
}

/**
 * Write a four-vector into `out` at `offset` (allocation-free).
 * @param out - destination buffer
 * @param offset - index where the energy component goes
 * @param p - the four-vector to copy (tuple or buffer)
 * @param pOffset - offset of `p` in its buffer (default 0)
 * @example
 * const buf = createFourVectorBuffer(1);
 * writeFourVector(buf, 0, [5, 0, 0, 3]); // buf = [5, 0, 0, 3]
 */
export function writeFourVector(out: Float64Array, offset: number, p: FourVectorSource, pOffset = 0): void {
  if (!(out instanceof Float64Array)) throw new ParameterError('out', out, 'a Float64Array');
  requireOffset('offset', out, offset);
  requireFiniteFourVector('p', p, pOffset);
  out[offset] = p[pOffset]!;
  out[offset + 1] = p[pOffset + 1]!;
  out[offset + 2] = p[pOffset + 2]!;
  out[offset + 3] = p[pOffset + 3]!;
}

/**
 * Throws a ParameterError unless `offset` is an integer with room for four numbers in `array`.
 * @internal
 */
export function requireOffset(name: string, array: FourVectorSource, offset: number): number {
  if (!Number.isInteger(offset) || offset < 0 || offset + FOUR_VECTOR_STRIDE > array.length) {
    throw new ParameterError(name, offset, `an integer in [0, ${Math.max(array.length - FOUR_VECTOR_STRIDE, -1)}]`);
  }
  return offset;
}

/**
 * Throws a ParameterError naming `name` unless `p` can be indexed like a four-vector source (a tuple or a
 * buffer; JavaScript callers may pass null or a number). The kernels call it first: one `typeof` on the fast path.
 * @internal
 */
export function requireSource(name: string, p: unknown): void {
  if (typeof p !== 'object' || p === null) throw new ParameterError(name, p, 'a four-vector (a tuple or a Float64Array)');
}

/**
 * Slow path of the kernels: find which input is bad and throw a ParameterError naming it. Called only after a
 * cheap check has failed, so the kernels pay one comparison on the fast path.
 * @internal
 */
export function requireFiniteFourVector(name: string, p: FourVectorSource, offset: number): void {
  requireSource(name, p);
  requireOffset(`${name} offset`, p, offset);
  for (let k = 0; k < FOUR_VECTOR_STRIDE; k++) {
    const v = p[offset + k];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new ParameterError(`${name}[${k}]`, v, 'a finite number');
    }
  }
}
