/**
 * Parameter grids of a scan: one axis per varied constructor field, the full cartesian product in a fixed,
 * documented order. Point index = row-major over the axes in the order given (the LAST axis varies fastest,
 * as in nested loops with the first axis outermost): for axes of lengths n₀, n₁, …, n_{K−1} the point with
 * axis positions (i₀, …, i_{K−1}) has index Σ_k i_k · Π_{j>k} n_j. With no axis the grid is the single point 0.
 *
 * Axis syntax (the CLI's `--vary`): `name=a:b:n` n linearly spaced values from a to b (both included, either
 * order), `name=log:a:b:n` n logarithmically spaced values (a, b > 0), `name=v1,v2,...` an explicit list.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireFinite, requireInteger } from '../core/validate.js';
import { linspace, logspace } from '../core/numerics/index.js';

/** One varied parameter: the constructor field name and its values, in scan order. */
export interface ScanAxis {
  /** Constructor field of the model, e.g. `alphaD`, `delta`, `r`, `theta`, `muLGeV`. */
  readonly name: string;
  /** The values, in the order of the grid (no duplicates). */
  readonly values: readonly number[];
}

/** Largest number of values on one axis. */
const MAX_AXIS_VALUES = 10_000;

/**
 * Largest number of points in a grid (10⁷; a scan point is a full recast, so far more is never meant).
 * @example scanGridSize([scanAxis('r', [0.1, 0.2])]) <= MAX_SCAN_POINTS // true
 */
export const MAX_SCAN_POINTS = 10_000_000;

const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * A validated axis: a field name (letters and digits) and 1..10 000 distinct finite values.
 * @param name - the constructor field
 * @param values - its values in scan order
 * @param flag - name used in error messages (default `vary`)
 * @throws ParameterError naming `flag` for a bad name, a non-finite value, a duplicate or too many values
 * @example scanAxis('delta', [0.1, 0.4]).values // [0.1, 0.4]
 */
export function scanAxis(name: string, values: readonly number[], flag = 'vary'): ScanAxis {
  if (typeof name !== 'string' || !NAME.test(name)) throw new ParameterError(flag, name, 'a field name (letters and digits, e.g. alphaD)');
  if (!Array.isArray(values) || values.length === 0 || values.length > MAX_AXIS_VALUES) {
    throw new ParameterError(`${flag} ${name}`, values, `1 to ${MAX_AXIS_VALUES} values`);
  }
  values.forEach((v, k) => requireFinite(`${flag} ${name}[${k}]`, v));
  const seen = new Set<number>();
  for (const v of values) {
    if (seen.has(v)) throw new ParameterError(`${flag} ${name}`, v, 'distinct values (this one is repeated)');
    seen.add(v);
  }
  return Object.freeze({ name, values: Object.freeze([...values]) });
}

/** A finite number from text; ParameterError naming the flag otherwise. */
function numberFrom(flag: string, whole: string, text: string | undefined): number {
  const value = text === undefined || text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) throw new ParameterError(flag, whole, `finite numbers (not ${JSON.stringify(text ?? '')})`);
  return value;
}

/** The values of a range `a:b:n` (linear) or `log:a:b:n` (logarithmic). */
function rangeValues(flag: string, whole: string, fields: readonly string[], log: boolean): number[] {
  if (fields.length !== 3) throw new ParameterError(flag, whole, `name=${log ? 'log:' : ''}a:b:n (three fields after the name)`);
  const a = numberFrom(flag, whole, fields[0]);
  const b = numberFrom(flag, whole, fields[1]);
  const n = numberFrom(flag, whole, fields[2]);
  if (!Number.isInteger(n) || n < 1 || n > MAX_AXIS_VALUES) throw new ParameterError(flag, whole, `a count n in [1, ${MAX_AXIS_VALUES}]`);
  if (log && !(a > 0 && b > 0)) throw new ParameterError(flag, whole, 'log:a:b:n with a, b > 0');
  if (n === 1) return [a];
  if (a === b) throw new ParameterError(flag, whole, 'a != b when n > 1');
  return log ? logspace(a, b, n) : linspace(a, b, n);
}

/**
 * Parse one axis from the CLI syntax `name=a:b:n` (linear), `name=log:a:b:n` (logarithmic) or
 * `name=v1,v2,...` (explicit list). With n = 1 a range is the single value a.
 * @param text - e.g. `alphaD=0.05:0.5:10`, `delta=log:0.01:1:5`, `r=0.2,0.33`
 * @param flag - name used in error messages (default `--vary`)
 * @throws ParameterError naming `flag` and the text for any malformed spec
 * @example parseScanAxis('alphaD=0.1:0.3:3').values // [0.1, 0.2, 0.3] (up to rounding of the middle value)
 */
export function parseScanAxis(text: unknown, flag = '--vary'): ScanAxis {
  if (typeof text !== 'string') throw new ParameterError(flag, text, 'name=a:b:n, name=log:a:b:n or name=v1,v2,...');
  const eq = text.indexOf('=');
  if (eq <= 0) throw new ParameterError(flag, text, 'name=a:b:n, name=log:a:b:n or name=v1,v2,... (a field name, then =)');
  const name = text.slice(0, eq).trim();
  const spec = text.slice(eq + 1).trim();
  let values: number[];
  if (spec.startsWith('log:')) values = rangeValues(flag, text, spec.slice(4).split(':'), true);
  else if (spec.includes(':')) values = rangeValues(flag, text, spec.split(':'), false);
  else values = spec.split(',').map((t) => numberFrom(flag, text, t));
  return scanAxis(name, values, flag);
}

/**
 * Number of points of the grid: the product of the axis lengths (1 for no axis).
 * @throws ParameterError naming `vary` for repeated axis names or more than {@link MAX_SCAN_POINTS} points
 * @example scanGridSize([scanAxis('alphaD', [0.1, 0.2]), scanAxis('delta', [0.1, 0.2, 0.3])]) // 6
 */
export function scanGridSize(axes: readonly ScanAxis[]): number {
  const names = new Set<string>();
  let size = 1;
  for (const axis of axes) {
    if (names.has(axis.name)) throw new ParameterError('vary', axis.name, 'each field varied at most once');
    names.add(axis.name);
    size *= axis.values.length;
    if (size > MAX_SCAN_POINTS) throw new ParameterError('vary', size, `a grid of at most ${MAX_SCAN_POINTS} points`);
  }
  return size;
}

/**
 * The varied values of point `index` (row-major, last axis fastest), keyed by field name in axis order.
 * @param axes - the grid
 * @param index - point index, an integer in [0, size − 1]
 * @throws ParameterError naming `index`
 * @example
 * const axes = [scanAxis('alphaD', [0.1, 0.2]), scanAxis('delta', [0.1, 0.2, 0.3])];
 * scanGridInputs(axes, 4) // { alphaD: 0.2, delta: 0.2 }
 */
export function scanGridInputs(axes: readonly ScanAxis[], index: number): Record<string, number> {
  const size = scanGridSize(axes);
  requireInteger('index', index, 0, size - 1);
  const positions = new Array<number>(axes.length);
  let rest = index;
  for (let k = axes.length - 1; k >= 0; k--) {
    const n = (axes[k] as ScanAxis).values.length;
    positions[k] = rest % n;
    rest = Math.floor(rest / n);
  }
  const inputs: Record<string, number> = {};
  axes.forEach((axis, k) => {
    inputs[axis.name] = axis.values[positions[k] as number] as number;
  });
  return inputs;
}
