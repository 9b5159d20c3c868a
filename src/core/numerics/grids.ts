/**
 * Evenly spaced grids: linear and logarithmic.
 *
 * @module
 */
import { ParameterError } from '../errors.js';
import { requireFinite, requireInteger, requirePositive } from '../validate.js';

/** Largest grid length accepted (guards against accidental huge allocations). */
const MAX_POINTS = 100_000_000;

/**
 * n evenly spaced numbers from `start` to `stop`, both included exactly: xᵢ = start + i·(stop − start)/(n − 1).
 * The result is monotone (interior points are clamped so rounding never carries them past `stop`).
 *
 * Domain: start, stop finite (either order; equal gives n copies); n an integer ≥ 2.
 *
 * @param start - first value
 * @param stop - last value (returned exactly)
 * @param n - number of points, integer ≥ 2
 * @returns a new array of n numbers
 * @throws ParameterError naming `start`, `stop` or `n`
 * @example
 * linspace(0, 1, 5) // [0, 0.25, 0.5, 0.75, 1]
 */
export function linspace(start: number, stop: number, n: number): number[] {
  requireFinite('start', start);
  requireFinite('stop', stop);
  requireInteger('n', n, 2, MAX_POINTS);
  const step = (stop - start) / (n - 1);
  if (!Number.isFinite(step)) throw new ParameterError('stop', stop, `a value whose distance to start = ${start} is finite`);
  const out = new Array<number>(n);
  // Rounding (e.g. of a subnormal step) must not carry an interior point past `stop`: clamp, so the grid
  // is always monotone.
  if (stop >= start) for (let i = 0; i < n - 1; i++) out[i] = Math.min(start + i * step, stop);
  else for (let i = 0; i < n - 1; i++) out[i] = Math.max(start + i * step, stop);
  out[0] = start;
  out[n - 1] = stop;
  return out;
}

/**
 * n logarithmically spaced numbers from `start` to `stop` (the VALUES, not their exponents), both included
 * exactly: xᵢ = start·(stop/start)^(i/(n − 1)), computed as 10 to evenly spaced decimal logarithms (whole
 * decades, as in logspace(1e-6, 1, 7), come out as the exact literals 1e-5, 1e-4, …).
 *
 * Domain: start, stop finite and > 0 (either order); n an integer ≥ 2.
 *
 * @param start - first value (> 0), e.g. a mass in GeV
 * @param stop - last value (> 0, returned exactly)
 * @param n - number of points, integer ≥ 2
 * @returns a new array of n positive numbers
 * @throws ParameterError naming `start`, `stop` or `n`
 * @example
 * logspace(1e-3, 10, 5) // [0.001, 0.01, 0.1, 1, 10]
 */
export function logspace(start: number, stop: number, n: number): number[] {
  requirePositive('start', start);
  requirePositive('stop', stop);
  requireInteger('n', n, 2, MAX_POINTS);
  const logStart = Math.log10(start);
  const step = (Math.log10(stop) - logStart) / (n - 1);
  const out = new Array<number>(n);
  const lo = Math.min(start, stop);
  const hi = Math.max(start, stop);
  out[0] = start;
  for (let i = 1; i < n - 1; i++) {
    const exponent = logStart + i * step;
    // Whole decades exactly (10 ** k is not always the double nearest 10^k; the literal parse is).
    const x = Number.isInteger(exponent) ? Number(`1e${exponent}`) : 10 ** exponent;
    // Clamp: near the largest double, rounding of 10^exponent may step past stop (even to Infinity).
    out[i] = Math.min(Math.max(x, lo), hi);
  }
  out[n - 1] = stop;
  return out;
}
