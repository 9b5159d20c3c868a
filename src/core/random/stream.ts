/**
 * Seeded, reproducible streams of uniform random doubles for the Monte Carlo: pure-rand's xoroshiro128+
 * (Blackman & Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 47 (2021) 36) with
 * independent streams by `jump()`.
 *
 * @module
 */
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { ParameterError } from '../errors.js';
import { requireInteger } from '../validate.js';
import { splitmix64 } from './splitmix64.js';

/**
 * A stream of uniform random doubles, created by {@link createRandomStream}.
 * @example
 * const rng: RandomStream = createRandomStream(1);
 * const phi = 2 * Math.PI * rng.next(); // uniform azimuth
 */
export interface RandomStream {
  /** Next uniform double in [0, 1): a multiple of 2⁻⁵³ (53 random bits). No allocation per call. */
  readonly next: () => number;
}

/**
 * Throw a ParameterError naming `name` unless `value` looks like a {@link RandomStream} (an object with a
 * `next` method). The values `next` returns are the caller's responsibility.
 * @internal
 * @example requireRandomStream('random', createRandomStream(1)); // passes
 */
export function requireRandomStream(name: string, value: unknown): RandomStream {
  if (typeof value !== 'object' || value === null || typeof (value as { next?: unknown }).next !== 'function') {
    throw new ParameterError(name, value, 'a RandomStream (an object with a next() method)');
  }
  return value as RandomStream;
}

/**
 * Largest allowed `streamIndex` of {@link createRandomStream}, 2²⁰: stream k costs k xoroshiro128+ jumps
 * (~0.4 µs each), so the largest index takes ~0.4 s to create.
 * @example createRandomStream(7, MAX_STREAM_INDEX); // the last allowed stream of seed 7
 */
export const MAX_STREAM_INDEX = 2 ** 20;

const TWO_POW_21 = 2 ** 21;
const TWO_POW_MINUS_53 = 2 ** -53;
const MASK32 = 0xffffffffn;

/**
 * Create a reproducible stream of uniform doubles in [0, 1).
 *
 * Method: xoroshiro128+ (Blackman & Vigna 2021) as implemented by pure-rand 8.
 * - Seeding: the 128-bit state is the first two SplitMix64 outputs from `seed` (the seeding Vigna recommends;
 *   pure-rand's own `xoroshiro128plus(seed)` puts the seed bits into the state directly, so nearby seeds would
 *   start with correlated outputs). The state is handed to pure-rand's `xoroshiro128plusFromState`.
 * - Streams: stream k is that state advanced by pure-rand's `jump()` k times, i.e. by k·2⁶⁴ steps, so streams
 *   never overlap for fewer than 2⁶⁴ draws each. The cost is linear in k (~0.4 µs per jump), hence the cap
 *   {@link MAX_STREAM_INDEX}; for one stream per scan point use {@link deriveSeed} instead.
 * - Output: pure-rand's `next()` exposes only the low 32 bits of each 64-bit xoroshiro128+ output, whose lowest
 *   bits are the generator's weak ones. `next` here advances exactly the same state (same recurrence, verified
 *   against pure-rand in the tests) but returns the upper 53 bits of the full 64-bit sum s₀ + s₁, as the authors
 *   recommend for doubles: (s₀ + s₁) ≫ 11 × 2⁻⁵³. One state step per double, no allocation.
 *
 * Domain: `seed` an integer in [0, 2³² − 1]; `streamIndex` (default 0) an integer in [0, {@link MAX_STREAM_INDEX}];
 * otherwise a ParameterError naming the parameter.
 *
 * @param seed - the seed
 * @param streamIndex - which independent stream of this seed
 * @example
 * const rng = createRandomStream(20230210);
 * const u = rng.next(); // uniform in [0, 1), identical on every run
 */
export function createRandomStream(seed: number, streamIndex = 0): RandomStream {
  requireInteger('seed', seed, 0, 2 ** 32 - 1);
  requireInteger('streamIndex', streamIndex, 0, MAX_STREAM_INDEX);
  const s0 = splitmix64(BigInt(seed), 1);
  let s1 = splitmix64(BigInt(seed), 2);
  if (s0 === 0n && s1 === 0n) s1 = 1n; // the all-zero state is a fixed point (never happens for 32-bit seeds)
  // pure-rand's state layout: [s0 high, s0 low, s1 high, s1 low] as signed 32-bit integers.
  const word = (x: bigint): number => Number(BigInt.asIntN(32, x & MASK32));
  const generator = xoroshiro128plusFromState([word(s0 >> 32n), word(s0), word(s1 >> 32n), word(s1)]);
  for (let k = 0; k < streamIndex; k++) generator.jump();
  const state = generator.getState();
  // The four 32-bit state words live in an Int32Array: kept in closure variables they would not fit V8's 31-bit
  // small integers and every step would allocate heap numbers (measured 2× slower).
  const s = Int32Array.of(state[1]!, state[0]!, state[3]!, state[2]!); // [s0 low, s0 high, s1 low, s1 high]
  const next = (): number => {
    const s00 = s[0]!;
    const s01 = s[1]!;
    const s10 = s[2]!;
    const s11 = s[3]!;
    // 64-bit sum s0 + s1 from 32-bit halves (carry out of the low word by unsigned comparison).
    const lo = (s00 + s10) | 0;
    // Number(…) of the comparison compiles without a branch (a ?: here is mispredicted about half the time).
    const hi = (s01 + s11 + Number((lo >>> 0) < (s00 >>> 0))) >>> 0;
    const out = (hi * TWO_POW_21 + (lo >>> 11)) * TWO_POW_MINUS_53;
    // xoroshiro128+ step (a = 24, b = 16, c = 37), same recurrence as pure-rand's XoroShiro128Plus.next().
    const a0 = s10 ^ s00;
    const a1 = s11 ^ s01;
    s[0] = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
    s[1] = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    s[2] = (a1 << 5) ^ (a0 >>> 27);
    s[3] = (a0 << 5) ^ (a1 >>> 27);
    return out;
  };
  return { next };
}
