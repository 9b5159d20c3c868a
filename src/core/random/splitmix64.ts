/**
 * SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014; the
 * finaliser constants are Vigna's `splitmix64.c`, prng.di.unimi.it), used only to turn 32-bit seeds into
 * well-mixed 64-bit generator states and per-point seeds. Runs in BigInt: it is called once per stream or per
 * point, never per random number.
 *
 * @module
 */
import { requireInteger } from '../validate.js';

const MASK64 = (1n << 64n) - 1n;
/** The SplitMix64 increment, ⌊2⁶⁴/φ⌋ rounded to odd. */
const GAMMA = 0x9e3779b97f4a7c15n;

/**
 * The SplitMix64 output function (a bijection of 64-bit integers): z ← (z ⊕ z≫30)·0xbf58476d1ce4e5b9,
 * z ← (z ⊕ z≫27)·0x94d049bb133111eb, z ⊕ z≫31, all mod 2⁶⁴.
 * @internal
 * @example mix64(0n) // 0n
 */
export function mix64(x: bigint): bigint {
  let z = x & MASK64;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return z ^ (z >> 31n);
}

/**
 * The k-th output (k = 1, 2, ...) of a SplitMix64 generator started at `state`: mix64(state + k·γ mod 2⁶⁴).
 * @internal
 * @example splitmix64(0n, 1) // 0xe220a8397b1dcdafn, the first output of splitmix64.c seeded with 0
 */
export function splitmix64(state: bigint, k: number): bigint {
  return mix64((state + BigInt(k) * GAMMA) & MASK64);
}

/**
 * A deterministic 32-bit seed for point `index` of a scan run with master seed `seed` (use it to give every
 * mass point its own reproducible stream, independent of how points are distributed over workers).
 *
 * Method: SplitMix64 — the high 32 bits of mix64(mix64(seed + γ) + (index + 1)·γ mod 2⁶⁴), γ = 0x9e3779b97f4a7c15
 * (Steele, Lea & Flood 2014; Vigna's splitmix64.c). For a fixed `seed` distinct indices give 64-bit
 * intermediate values that are all distinct; the 32-bit results collide only at the birthday rate (~n²/2³³).
 *
 * Domain: `seed` an integer in [0, 2³² − 1], `index` an integer in [0, 2⁵³ − 1]; otherwise a ParameterError
 * naming the parameter.
 *
 * @param seed - master seed of the run
 * @param index - point index (e.g. position in the mass grid)
 * @returns an integer in [0, 2³² − 1], a valid seed for {@link createRandomStream}
 * @example
 * const rng = createRandomStream(deriveSeed(20230210, 17)); // stream for mass point 17
 */
export function deriveSeed(seed: number, index: number): number {
  requireInteger('seed', seed, 0, 2 ** 32 - 1);
  requireInteger('index', index, 0, Number.MAX_SAFE_INTEGER);
  const base = splitmix64(BigInt(seed), 1);
  return Number(splitmix64(base, index + 1) >> 32n);
}
