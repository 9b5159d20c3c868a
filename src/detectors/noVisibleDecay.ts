/**
 * Probability that a particle travelling along a ray has NO visible decay — the eps-analytic core of the
 * recast (EXPERIMENTS.md §6.1). Given the ray's contiguous segments (from L = 0) and a per-segment flag
 * "a decay here is visible", the invisible segments are merged into runs [a_j, b_j] plus a tail starting at
 * T (the last invisible run that reaches the end of the segments, or the end itself):
 *
 *   P_nv(λ) = Σ_j e^(−a_j/λ)·(−expm1(−(b_j − a_j)/λ)) + e^(−T/λ),
 *
 * a closed form in λ. With λ = λ₁/eps² the same numbers give P_nv(eps) with no re-simulation per eps.
 * Intervals layout (Float64Array): [a₀, b₀, a₁, b₁, …, a_{n−1}, b_{n−1}, T] — n pairs then the tail start.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireEpsilon, requireObject, requirePositive } from '../core/validate.js';
import { checkOut } from './rayMath.js';
import { SEGMENT_STRIDE, type RaySegment } from './types.js';

function checkCount(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new ParameterError(name, value, 'an integer ≥ 0');
  return value;
}

function isVisible(visible: ArrayLike<boolean | number>, i: number): boolean {
  const v = visible[i];
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return v !== 0;
  throw new ParameterError(`visible[${i}]`, v, 'a boolean (or a finite number, non-zero = visible)');
}

/**
 * Merge the invisible segments into runs and write the intervals layout [a₀, b₀, …, T] at out[outOffset].
 * The segments (flat triples [regionIndex, startCm, endCm], as written by {@link raySegmentsInto} or
 * {@link axialSegmentsInto}) must start at 0 and be contiguous. Allocation-free.
 * @param out - destination with room for 2 × segmentCount + 1 numbers
 * @param outOffset - where to write
 * @param segments - flat segment triples
 * @param segmentCount - number of segments to read
 * @param visible - per-segment flag, true (or non-zero) when a decay in that segment is visible
 * @returns n, the number of finite invisible runs; the tail start T is at out[outOffset + 2n]
 * @example
 * const segs = new Float64Array([0, 0, 10, 1, 10, 20]); // invisible [0,10], visible [10,20]
 * const out = new Float64Array(5);
 * invisibleIntervalsInto(out, 0, segs, 2, [false, true]); // 1, out = [0, 10, 20, …]
 */
export function invisibleIntervalsInto(
  out: Float64Array,
  outOffset: number,
  segments: Float64Array,
  segmentCount: number,
  visible: ArrayLike<boolean | number>,
): number {
  const count = checkCount('segmentCount', segmentCount);
  checkOut(out, outOffset, 2 * count + 1);
  if (!(segments instanceof Float64Array) || SEGMENT_STRIDE * count > segments.length) {
    throw new ParameterError('segments', segments, `a Float64Array with ≥ ${SEGMENT_STRIDE} × segmentCount numbers`);
  }
  if (typeof visible !== 'object' || visible === null || !(visible.length >= count)) {
    throw new ParameterError('visible', visible, `an array-like of ≥ segmentCount = ${count} flags`);
  }
  let n = 0;
  let runStart = -1;
  let previousEnd = 0;
  for (let i = 0; i < count; i++) {
    const start = segments[SEGMENT_STRIDE * i + 1]!;
    const end = segments[SEGMENT_STRIDE * i + 2]!;
    if (start !== previousEnd) {
      throw new ParameterError(`segments[${i}].startCm`, start, `equal to the previous end ${previousEnd} (contiguous from 0)`);
    }
    if (!(end > start && Number.isFinite(end))) throw new ParameterError(`segments[${i}].endCm`, end, `a finite number > startCm = ${start}`);
    previousEnd = end;
    if (!isVisible(visible, i)) {
      if (runStart < 0) runStart = start;
    } else if (runStart >= 0) {
      out[outOffset + 2 * n] = runStart;
      out[outOffset + 2 * n + 1] = start;
      n++;
      runStart = -1;
    }
  }
  out[outOffset + 2 * n] = runStart >= 0 ? runStart : previousEnd;
  return n;
}

/**
 * The intervals layout [a₀, b₀, …, T] of a list of segments (allocating form of {@link invisibleIntervalsInto});
 * the returned array has length 2n + 1.
 * @param segments - contiguous segments from 0 (e.g. from {@link raySegments} or {@link axialSegments})
 * @param visible - per-segment flag, true when a decay in that segment is visible
 * @returns the intervals of the closed form
 * @example invisibleIntervals(axialSegments(na64Geometry), [true, true, true, true, true, true, true, true]) // Float64Array [650]
 */
export function invisibleIntervals(segments: readonly RaySegment[], visible: ArrayLike<boolean | number>): Float64Array {
  if (!Array.isArray(segments)) throw new ParameterError('segments', segments, 'an array of segments');
  const flat = new Float64Array(SEGMENT_STRIDE * segments.length);
  segments.forEach((segment, i) => {
    const s = requireObject(`segments[${i}]`, segment);
    flat[SEGMENT_STRIDE * i] = s['regionIndex'] as number;
    flat[SEGMENT_STRIDE * i + 1] = s['startCm'] as number;
    flat[SEGMENT_STRIDE * i + 2] = s['endCm'] as number;
  });
  const out = new Float64Array(2 * segments.length + 1);
  const n = invisibleIntervalsInto(out, 0, flat, segments.length, visible);
  return out.slice(0, 2 * n + 1);
}

/** Validate intervals[offset … offset + 2·pairCount] (non-negative, finite, non-decreasing); returns pairCount. */
function checkIntervals(intervals: unknown, pairCount: unknown, offset: unknown): number {
  if (!(intervals instanceof Float64Array)) throw new ParameterError('intervals', intervals, 'a Float64Array');
  const n = checkCount('pairCount', pairCount === undefined ? (intervals.length - 1) / 2 : pairCount);
  const o = checkCount('offset', offset);
  if (o + 2 * n + 1 > intervals.length) throw new ParameterError('pairCount', n, `≤ (intervals.length − offset − 1)/2`);
  let previous = 0;
  for (let i = o; i <= o + 2 * n; i++) {
    const v = intervals[i]!;
    if (!(v >= previous && Number.isFinite(v))) {
      throw new ParameterError(`intervals[${i}]`, v, `a finite number ≥ ${previous} (intervals non-decreasing from 0)`);
    }
    previous = v;
  }
  return n;
}

/**
 * P_nv with exponents x(L) = (L·f·f)/d: the λ form uses f = 1, d = λ; the eps form f = eps, d = λ₁ (so λ is
 * never formed and cannot overflow). No closure, no allocation.
 */
function closedForm(intervals: Float64Array, n: number, o: number, f: number, d: number): number {
  let p = Math.exp(-((intervals[o + 2 * n]! * f * f) / d));
  for (let j = 0; j < n; j++) {
    const a = intervals[o + 2 * j]!;
    const b = intervals[o + 2 * j + 1]!;
    p += Math.exp(-((a * f * f) / d)) * -Math.expm1(-(((b - a) * f * f) / d));
  }
  return Math.min(1, p);
}

/**
 * P(no visible decay) for lab decay length λ, from the intervals of {@link invisibleIntervalsInto}:
 * Σ_j [e^(−a_j/λ) − e^(−b_j/λ)] + e^(−T/λ).
 * @param intervals - the intervals layout [a₀, b₀, …, T]
 * @param decayLengthCm - λ > 0, cm
 * @param pairCount - n (default (intervals.length − 1)/2, i.e. the whole array)
 * @param offset - index of a₀ (default 0)
 * @returns a probability in [0, 1]
 * @example noVisibleDecayFromIntervals(new Float64Array([0, 23.6, 80.9]), 100) // e^0 − e^−0.236 + e^−0.809
 */
export function noVisibleDecayFromIntervals(
  intervals: Float64Array,
  decayLengthCm: number,
  pairCount?: number,
  offset = 0,
): number {
  const n = checkIntervals(intervals, pairCount, offset);
  const lambda = requirePositive('decayLengthCm', decayLengthCm);
  return closedForm(intervals, n, offset, 1, lambda);
}

/**
 * P(no visible decay) at kinetic mixing eps, with λ = λ₁/eps² (λ₁ = lab decay length at eps = 1): the
 * same closed form with exponents L·eps²/λ₁, evaluated without forming λ (no overflow for tiny eps).
 * Equals {@link noVisibleDecayFromIntervals}(intervals, λ₁/eps²) to rounding.
 * @param intervals - the intervals layout [a₀, b₀, …, T]
 * @param unitEpsilonDecayLengthCm - λ₁ > 0, cm
 * @param epsilon - kinetic mixing in (0, 1)
 * @param pairCount - n (default (intervals.length − 1)/2)
 * @param offset - index of a₀ (default 0)
 * @returns a probability in [0, 1]
 * @example noVisibleDecayAtEpsilon(new Float64Array([650]), 1e-4, 1e-3) // e^(−650/100)
 */
export function noVisibleDecayAtEpsilon(
  intervals: Float64Array,
  unitEpsilonDecayLengthCm: number,
  epsilon: number,
  pairCount?: number,
  offset = 0,
): number {
  const n = checkIntervals(intervals, pairCount, offset);
  const l1 = requirePositive('unitEpsilonDecayLengthCm', unitEpsilonDecayLengthCm);
  const eps = requireEpsilon('epsilon', epsilon);
  return closedForm(intervals, n, offset, eps, l1);
}

/**
 * P(no visible decay) along segments with per-segment visibility flags: the sum of the decay probabilities
 * of the invisible segments plus the survival beyond the last segment (convenience form).
 * @param segments - contiguous segments from 0
 * @param visible - per-segment flag, true when a decay there is visible
 * @param decayLengthCm - λ > 0, cm
 * @returns a probability in [0, 1]
 * @example
 * const segs = axialSegments(na64Geometry);
 * noVisibleDecayProbability(segs, segs.map(() => true), 500) // e^(−650/500) ≈ 0.2725
 */
export function noVisibleDecayProbability(
  segments: readonly RaySegment[],
  visible: ArrayLike<boolean | number>,
  decayLengthCm: number,
): number {
  return noVisibleDecayFromIntervals(invisibleIntervals(segments, visible), decayLengthCm);
}
