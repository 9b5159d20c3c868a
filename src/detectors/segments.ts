/**
 * The ordered pieces a straight ray cuts through a cylindrical geometry: (region, L_in, L_out) for every
 * region it crosses, with the gaps between regions as segments of region {@link GAP_REGION_INDEX}. The
 * segments are contiguous, start at the ray start (L = 0) and end where the ray leaves the last region it
 * crosses; beyond that the ray is outside the detector. Allocation-free variant for Monte Carlo loops.
 *
 * Gaps shorter than 10⁻¹² (relative, or 10⁻¹² cm below 1 cm) are merged into the following region, so
 * touching regions give no spurious sliver gaps from rounding. Region pieces are never dropped (a ray grazing
 * a corner may give a very short region segment).
 *
 * @module
 */
import { checkOut, readRay, RAY_SCRATCH_LENGTH, shellIntervals } from './rayMath.js';
import { GAP_REGION_INDEX, SEGMENT_STRIDE, type CylindricalGeometry, type Ray, type RaySegment } from './types.js';
import { validateCylindricalGeometry } from './validateGeometry.js';

const rayScratch = new Float64Array(RAY_SCRATCH_LENGTH);
const pairScratch = new Float64Array(4);
/** Sorted region intervals as triples (start, end, regionIndex); grown on demand. */
let intervals = new Float64Array(3 * 32);
/** Output scratch of {@link geometryExitLengthCm}; grown on demand. */
let exitScratch = new Float64Array(SEGMENT_STRIDE * 64);

/** Relative merge tolerance of boundaries. */
const MERGE_TOLERANCE = 1e-12;

/**
 * Largest number of segments a ray can have in `geometry`: each region contributes at most two intervals
 * and each interval at most one preceding gap, so 4 × (number of regions). Size buffers with it:
 * `new Float64Array(SEGMENT_STRIDE * maxSegmentCount(geometry))`.
 * @param geometry - a cylindrical geometry
 * @returns 4 × geometry.regions.length
 * @example maxSegmentCount(babarGeometry) // 40
 */
export function maxSegmentCount(geometry: CylindricalGeometry): number {
  return 4 * validateCylindricalGeometry(geometry).regions.length;
}

/** Insert the triple (start, end, k) into the first m triples of `intervals`, keeping them sorted by start. */
function insertSorted(m: number, start: number, end: number, k: number): void {
  let i = m;
  while (i > 0 && intervals[3 * (i - 1)]! > start) {
    intervals[3 * i] = intervals[3 * (i - 1)]!;
    intervals[3 * i + 1] = intervals[3 * (i - 1) + 1]!;
    intervals[3 * i + 2] = intervals[3 * (i - 1) + 2]!;
    i--;
  }
  intervals[3 * i] = start;
  intervals[3 * i + 1] = end;
  intervals[3 * i + 2] = k;
}

/**
 * Write the segments of `ray` through `geometry` into `out` as triples [regionIndex, startCm, endCm]
 * ({@link SEGMENT_STRIDE} numbers each, regionIndex −1 for gaps), starting at `out[outOffset]`.
 * Allocation-free (after the first call for a given geometry size).
 * Guarantees: startCm of the first segment is 0; each segment starts where the previous one ends; every
 * segment has positive length; the last endCm is the ray's exit from the last region it crosses.
 * @param out - destination buffer with room for SEGMENT_STRIDE × {@link maxSegmentCount}(geometry) numbers
 * @param outOffset - where to write
 * @param geometry - the geometry (validated; validation is cached for deeply frozen geometries)
 * @param ray - the ray (start point and direction; direction normalised internally)
 * @returns the number of segments written (0 when the ray misses every region)
 * @example
 * const buf = new Float64Array(SEGMENT_STRIDE * maxSegmentCount(babarGeometry));
 * const n = raySegmentsInto(buf, 0, babarGeometry, rayFromAngles(Math.PI / 2));
 * // buf = [-1, 0, 2.66, 0, 2.66, 2.8, -1, 2.8, 3.3, 1, 3.3, 14.6, ...]
 */
export function raySegmentsInto(out: Float64Array, outOffset: number, geometry: CylindricalGeometry, ray: Ray): number {
  const regions = validateCylindricalGeometry(geometry).regions;
  const nRegions = regions.length;
  checkOut(out, outOffset, SEGMENT_STRIDE * 4 * nRegions);
  readRay(ray, 'ray', rayScratch);
  if (intervals.length < 6 * nRegions) intervals = new Float64Array(12 * nRegions);
  let m = 0;
  for (let k = 0; k < nRegions; k++) {
    const r = regions[k]!;
    const cnt = shellIntervals(r.rInnerCm, r.rOuterCm, r.zMinCm, r.zMaxCm, rayScratch, pairScratch, 0);
    for (let i = 0; i < cnt; i++) insertSorted(m++, pairScratch[2 * i]!, pairScratch[2 * i + 1]!, k);
  }
  let pos = 0;
  let w = outOffset;
  for (let i = 0; i < m; i++) {
    let start = Math.max(intervals[3 * i]!, pos);
    const end = intervals[3 * i + 1]!;
    if (!(end > start)) continue; // already covered (rounding at a shared boundary)
    if (start - pos > MERGE_TOLERANCE * Math.max(1, start)) {
      out[w] = GAP_REGION_INDEX;
      out[w + 1] = pos;
      out[w + 2] = start;
      w += SEGMENT_STRIDE;
    } else {
      start = pos;
    }
    out[w] = intervals[3 * i + 2]!;
    out[w + 1] = start;
    out[w + 2] = end;
    w += SEGMENT_STRIDE;
    pos = end;
  }
  return (w - outOffset) / SEGMENT_STRIDE;
}

/**
 * The segments of `ray` through `geometry` as objects (allocating form of {@link raySegmentsInto}).
 * @param geometry - the geometry
 * @param ray - the ray
 * @returns contiguous segments from L = 0 to the exit of the last region crossed
 * @example raySegments(babarGeometry, rayFromAngles(Math.PI / 2)).find((s) => s.regionIndex === 2) // { regionIndex: 2, startCm: 23.6, endCm: 80.9 } (DCH)
 */
export function raySegments(geometry: CylindricalGeometry, ray: Ray): RaySegment[] {
  const buf = new Float64Array(SEGMENT_STRIDE * maxSegmentCount(geometry));
  const n = raySegmentsInto(buf, 0, geometry, ray);
  const result: RaySegment[] = [];
  for (let i = 0; i < n; i++) {
    result.push({ regionIndex: buf[3 * i]!, startCm: buf[3 * i + 1]!, endCm: buf[3 * i + 2]! });
  }
  return result;
}

/**
 * Path length at which the ray leaves the last region of `geometry` it crosses (the end of its last
 * segment) — the start of the "beyond the detector" tail. Allocation-free.
 * @param geometry - the geometry
 * @param ray - the ray
 * @returns the exit length in cm, or 0 when the ray misses every region
 * @example geometryExitLengthCm(babarGeometry, rayFromAngles(Math.PI / 2)) // 300 (IFR barrel outer radius)
 */
export function geometryExitLengthCm(geometry: CylindricalGeometry, ray: Ray): number {
  const size = SEGMENT_STRIDE * maxSegmentCount(geometry);
  if (exitScratch.length < size) exitScratch = new Float64Array(2 * size);
  const n = raySegmentsInto(exitScratch, 0, geometry, ray);
  return n === 0 ? 0 : exitScratch[SEGMENT_STRIDE * n - 1]!;
}
