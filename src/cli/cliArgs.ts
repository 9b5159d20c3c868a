// Shared parsing of CLI flag values: numbers, integers and mass grids. Every failure is a ParameterError
// naming the flag, which main.ts turns into exit code 2 and a one-line message.
import { ParameterError } from '../core/errors.js';
import { logspace } from '../core/numerics/index.js';
import { limitCurveRange, type LimitCurve } from '../recast/index.js';
import type { ExperimentName } from '../experiments/index.js';

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

/**
 * Default mass grids of `recast` and `scan` per experiment: [min, max, n], log-spaced, in GeV. The top is
 * clipped to the published curve (BaBar 2017 ends at 7.9999 GeV, below the grid's 8), see {@link massGridFlag}.
 */
const DEFAULT_MASS_GRIDS: Readonly<Record<ExperimentName, readonly [number, number, number]>> = {
  babar2017: [0.03, 8, 60],
  'na64-2019': [0.03, 1, 40],
  'na64-modified': [0.03, 1, 40],
};

/** The default grid of an experiment as `--help` shows it (`0.03:8:60`). */
export function defaultMassGridText(experiment: ExperimentName): string {
  return DEFAULT_MASS_GRIDS[experiment].join(':');
}

/**
 * The masses of a `--masses` flag: the user's grid as given (a mass outside the limit curve is then an error
 * naming it), or, without the flag, the experiment's default grid with its ends clipped to the range of the
 * published curve `limit`, so that the defaults always run (n log-spaced masses between the clipped ends).
 */
export function massGridFlag(flag: string, text: unknown, experiment: ExperimentName, limit: LimitCurve): number[] {
  if (text !== undefined) return parseMassGrid(flag, text);
  const [min, max, n] = DEFAULT_MASS_GRIDS[experiment];
  const [lo, hi] = limitCurveRange(limit);
  const a = Math.max(min, lo);
  const b = Math.min(max, hi);
  if (!(b > a)) throw new ParameterError(flag, `the default ${defaultMassGridText(experiment)}`, `masses inside the limit curve's range [${lo}, ${hi}] GeV (give --masses)`);
  return logspace(a, b, n);
}
