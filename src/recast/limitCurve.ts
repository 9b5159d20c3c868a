/**
 * Published limits as inputs: a `LimitCurve` is eps_UL(m_A') on ascending masses, split into segments (runs
 * of valid points; a resonance veto window is a gap between segments, never interpolated across). Values
 * between points are interpolated log-log (monotone cubic in (ln m, ln eps), Fritsch–Carlson), as the limits
 * are digitised from log-log figures.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireFinite, requireObject, requirePositive } from '../core/validate.js';
import { logLogInterpolator } from '../core/numerics/index.js';

/** A published upper limit on eps as a function of m_A'. */
export interface LimitCurve {
  /** Human-readable name, e.g. `"BaBar 2017 invisible (90% CL)"`. */
  readonly label: string;
  /** Masses in GeV, strictly ascending. */
  readonly massesGeV: readonly number[];
  /** Upper limits on eps, in (0, 1), aligned with `massesGeV`. */
  readonly epsilons: readonly number[];
  /** Segment number of each point (non-decreasing); interpolation never crosses a change of segment. */
  readonly segments: readonly number[];
}

/**
 * Build a validated LimitCurve. Throws a ParameterError naming the offending array and index when masses
 * are not strictly ascending, an eps is not in (0, 1), lengths differ, or segments decrease.
 * @example limitCurve('toy', [0.1, 1], [1e-3, 2e-3])
 */
export function limitCurve(
  label: string,
  massesGeV: readonly number[],
  epsilons: readonly number[],
  segments?: readonly number[],
): LimitCurve {
  if (typeof label !== 'string') throw new ParameterError('label', label, 'a string');
  if (!Array.isArray(massesGeV) || massesGeV.length < 2) throw new ParameterError('massesGeV', massesGeV, 'at least 2 points');
  if (!Array.isArray(epsilons) || epsilons.length !== massesGeV.length) {
    throw new ParameterError('epsilons', epsilons, `an array of the same length as massesGeV (${massesGeV.length})`);
  }
  const segs = segments ?? massesGeV.map(() => 1);
  if (!Array.isArray(segs) || segs.length !== massesGeV.length) throw new ParameterError('segments', segs, 'same length as massesGeV');
  for (let i = 0; i < massesGeV.length; i++) {
    requirePositive(`massesGeV[${i}]`, massesGeV[i]);
    requireFinite(`segments[${i}]`, segs[i]);
    const eps = epsilons[i];
    if (typeof eps !== 'number' || !Number.isFinite(eps) || eps <= 0 || eps >= 1) {
      throw new ParameterError(`epsilons[${i}]`, eps, '(0, 1)');
    }
    if (i > 0) {
      if (!((massesGeV[i] as number) > (massesGeV[i - 1] as number))) {
        throw new ParameterError(`massesGeV[${i}]`, massesGeV[i], `> massesGeV[${i - 1}] = ${massesGeV[i - 1]} (strictly ascending)`);
      }
      if (!((segs[i] as number) >= (segs[i - 1] as number))) {
        throw new ParameterError(`segments[${i}]`, segs[i], `>= segments[${i - 1}] (non-decreasing)`);
      }
    }
  }
  const curve = Object.freeze({ label, massesGeV: [...massesGeV], epsilons: [...epsilons], segments: [...segs] });
  built.add(curve);
  return curve;
}

/** Curves built by {@link limitCurve}; any other object is checked as {@link limitCurve} would check it. */
const built = new WeakSet<object>();

function requireCurve(curve: LimitCurve): LimitCurve {
  if (built.has(curve)) return curve;
  const o = requireObject('curve', curve);
  if (!Array.isArray(o['segments'])) throw new ParameterError('curve.segments', o['segments'], 'an array');
  limitCurve(o['label'] as string, o['massesGeV'] as number[], o['epsilons'] as number[], o['segments'] as number[]);
  return curve;
}

/** Mass range [first, last] covered by the curve, GeV. */
export function limitCurveRange(curve: LimitCurve): readonly [number, number] {
  requireCurve(curve);
  return [curve.massesGeV[0] as number, curve.massesGeV[curve.massesGeV.length - 1] as number];
}

const interpolatorCache = new WeakMap<LimitCurve, ((m: number) => number | null)>();

function buildInterpolator(curve: LimitCurve): (m: number) => number | null {
  const pieces: { lo: number; hi: number; f: ((m: number) => number) | null; eps: number }[] = [];
  let start = 0;
  for (let i = 1; i <= curve.massesGeV.length; i++) {
    if (i === curve.massesGeV.length || curve.segments[i] !== curve.segments[start]) {
      const xs = curve.massesGeV.slice(start, i);
      const ys = curve.epsilons.slice(start, i);
      pieces.push({
        lo: xs[0] as number,
        hi: xs[xs.length - 1] as number,
        f: xs.length >= 2 ? logLogInterpolator(xs, ys) : null,
        eps: ys[0] as number,
      });
      start = i;
    }
  }
  return (m) => {
    for (const p of pieces) {
      if (m >= p.lo && m <= p.hi) return p.f === null ? p.eps : p.f(m);
    }
    return null;
  };
}

/**
 * The limit eps_UL at a mass (log-log interpolation within a segment), or `null` inside a gap between
 * segments (no published limit there). A mass outside the curve's range throws a ParameterError naming
 * `massGeV` and the range.
 * @example limitAt(limitCurve('toy', [0.1, 1], [1e-3, 1e-2]), Math.sqrt(0.1)) // ≈ 3.16e-3
 */
export function limitAt(curve: LimitCurve, massGeV: number): number | null {
  const [lo, hi] = limitCurveRange(curve);
  if (typeof massGeV !== 'number' || !Number.isFinite(massGeV) || massGeV < lo || massGeV > hi) {
    throw new ParameterError('massGeV', massGeV, `[${lo}, ${hi}] GeV (the range of the limit curve "${curve.label}")`);
  }
  let f = interpolatorCache.get(curve);
  if (f === undefined) {
    f = buildInterpolator(curve);
    interpolatorCache.set(curve, f);
  }
  return f(massGeV);
}
