/**
 * A user-supplied R-ratio table (e.g. a measured compilation) as an {@link RRatio} function, and a parser for
 * two-column text tables.
 *
 * @module
 */
import { findInterval } from '../core/numerics/interpolationTable.js';
import { ParameterError } from '../core/errors.js';
import { requireFinite } from '../core/validate.js';
import type { RRatio } from './rRatio.js';

/** One table point: [√s in GeV, R]. */
export type RRatioPoint = readonly [sqrtSGeV: number, r: number];

function checkPoints(points: unknown): readonly RRatioPoint[] {
  if (!Array.isArray(points) || points.length < 2) {
    throw new ParameterError('points', points, 'an array of at least 2 [sqrtSGeV, R] pairs');
  }
  let previous = -Infinity;
  points.forEach((p: unknown, i) => {
    const ok = Array.isArray(p) && p.length === 2 && p.every((v) => typeof v === 'number' && Number.isFinite(v));
    if (!ok) throw new ParameterError(`points[${i}]`, p, 'a pair [sqrtSGeV, R] of finite numbers');
    const [x, r] = p as [number, number];
    if (!(x >= 0)) throw new ParameterError(`points[${i}][0]`, x, 'a finite sqrt(s) >= 0 in GeV');
    if (!(r >= 0)) throw new ParameterError(`points[${i}][1]`, r, 'a finite R >= 0');
    if (!(x > previous)) throw new ParameterError(`points[${i}][0]`, x, `a sqrt(s) strictly above the previous point (${previous} GeV)`);
    previous = x;
  });
  return points as readonly RRatioPoint[];
}

/**
 * An {@link RRatio} from a table of (√s [GeV], R) points: linear interpolation in √s between neighbouring points,
 * and R = 0 outside the table's range [√s_first, √s_last] (so a dark-photon hadronic width built from it is 0
 * there). The points are copied; later changes to the input do not affect the function.
 *
 * Linear interpolation of a compilation whose points come from interleaved experiments (like the PDG one) is
 * a modelling choice: it follows every fluctuation and does not resolve narrow resonances between points.
 *
 * @param points - at least 2 pairs `[sqrtSGeV, R]`: finite, √s ≥ 0 strictly ascending, R ≥ 0
 * @returns R(√s); the returned function throws a ParameterError naming `sqrtSGeV` for a non-finite argument
 * @throws ParameterError naming `points`, `points[i]`, `points[i][0]` or `points[i][1]`
 * @example
 * const r = rRatioFromTable([[1, 1], [2, 2.2]]);
 * r(1.5) // 1.6
 * r(3)   // 0 (outside the table)
 */
export function rRatioFromTable(points: readonly RRatioPoint[]): RRatio {
  const checked = checkPoints(points);
  const n = checked.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  checked.forEach(([x, r], i) => {
    xs[i] = x;
    ys[i] = r;
  });
  const first = xs[0] as number;
  const last = xs[n - 1] as number;
  return (sqrtSGeV: number): number => {
    const x = requireFinite('sqrtSGeV', sqrtSGeV);
    if (x < first || x > last) return 0;
    const lo = findInterval(xs, x);
    const hi = lo + 1;
    const x0 = xs[lo] as number;
    const x1 = xs[hi] as number;
    const y0 = ys[lo] as number;
    const y1 = ys[hi] as number;
    const r = y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
    // √s near the largest double: the same interpolation without overflowing the product
    return Number.isFinite(r) ? r : y0 + (y1 - y0) * ((x - x0) / (x1 - x0));
  };
}

/**
 * Parse a two-column text table of (√s [GeV], R) into points for {@link rRatioFromTable}.
 *
 * Format: one point per line, two numbers separated by a comma, semicolon, tab or spaces (further columns are
 * not allowed). Blank lines and lines starting with `#` or `*` are skipped, and so is a first non-comment line
 * that is not numeric (a header such as `sqrt_s_GeV,R`). Every other line must hold two finite numbers with
 * √s ≥ 0 strictly ascending and R ≥ 0.
 *
 * @param text - the table's text
 * @returns the points, in file order
 * @throws ParameterError naming `text` (not a string, or fewer than 2 points) or `text line N` for a bad line
 * @example
 * parseRRatioTable('sqrt_s_GeV,R\n1.0,1.1\n2.0,2.2\n') // [[1, 1.1], [2, 2.2]]
 */
export function parseRRatioTable(text: string): RRatioPoint[] {
  if (typeof text !== 'string') throw new ParameterError('text', text, 'a string');
  const points: RRatioPoint[] = [];
  let headerAllowed = true;
  let previous = -Infinity;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('*')) return;
    const fields = line.split(/\s*[,;\t ]\s*/);
    const values = fields.map((f) => (f === '' ? Number.NaN : Number(f)));
    const numeric = fields.length === 2 && values.every((v) => Number.isFinite(v));
    const lineName = `text line ${index + 1}`;
    if (!numeric) {
      if (headerAllowed && values.every((v) => Number.isNaN(v))) {
        headerAllowed = false;
        return;
      }
      throw new ParameterError(lineName, raw, 'two finite numbers: sqrt(s) in GeV and R');
    }
    headerAllowed = false;
    const [x, r] = values as [number, number];
    if (!(x >= 0) || !(x > previous)) {
      throw new ParameterError(lineName, raw, `a sqrt(s) >= 0 strictly above the previous one (${previous} GeV)`);
    }
    if (!(r >= 0)) throw new ParameterError(lineName, raw, 'an R >= 0');
    previous = x;
    points.push([x, r]);
  });
  if (points.length < 2) throw new ParameterError('text', `${points.length} points`, 'a table with at least 2 points');
  return points;
}
