/**
 * Seeded random numbers: reproducible, independent streams of uniform doubles (xoroshiro128+ via pure-rand)
 * and per-point seed derivation (SplitMix64).
 *
 * @module
 */
export { createRandomStream, MAX_STREAM_INDEX, type RandomStream } from './stream.js';
export { deriveSeed } from './splitmix64.js';
