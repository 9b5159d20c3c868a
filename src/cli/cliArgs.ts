// Shared parsing of CLI flag values: numbers, integers and mass grids. Every failure is a ParameterError
// naming the flag, which main.ts turns into exit code 2 and a one-line message.
import { ParameterError } from '../core/errors.js';
import { logspace } from '../core/numerics/index.js';

/** Parse a finite number from a flag value (no empty strings, no trailing garbage). */
export function parseNumberFlag(flag: string, text: unknown): number {
  const value = typeof text === 'string' && text.trim() !== '' ? Number(text) : Number.NaN;
  if (!Number.isFinite(value)) throw new ParameterError(flag, text, 'a finite number');
  return value;
}

/** Parse an integer flag value in [lower, upper]. */
export function parseIntegerFlag(flag: string, text: unknown, lower: number, upper: number): number {
  const value = parseNumberFlag(flag, text);
  if (!Number.isInteger(value) || value < lower || value > upper) {
    throw new ParameterError(flag, text, `an integer in [${lower}, ${upper}]`);
  }
  return value;
}

/**
 * Parse a mass grid: `min:max:n` (n log-spaced masses from min to max, GeV) or a comma list `0.5,1,2`.
 * Masses must be finite and > 0; a range needs 0 < min < max and 1 <= n <= 10000.
 */
export function parseMassGrid(flag: string, text: unknown): number[] {
  if (typeof text !== 'string' || text.trim() === '') throw new ParameterError(flag, text, 'min:max:n or a comma list of masses in GeV');
  if (text.includes(':')) {
    const parts = text.split(':');
    if (parts.length !== 3) throw new ParameterError(flag, text, 'min:max:n (three fields)');
    const lo = parseNumberFlag(flag, parts[0]);
    const hi = parseNumberFlag(flag, parts[1]);
    const n = parseIntegerFlag(flag, parts[2], 1, 10_000);
    if (!(lo > 0 && hi > lo)) throw new ParameterError(flag, text, 'min:max:n with 0 < min < max');
    return n === 1 ? [lo] : logspace(lo, hi, n);
  }
  const masses = text.split(',').map((t) => parseNumberFlag(flag, t));
  for (const m of masses) if (!(m > 0)) throw new ParameterError(flag, text, 'masses > 0 GeV');
  return masses;
}
