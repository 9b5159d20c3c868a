/**
 * Segments and point location for axial (1-D, along z) geometries such as {@link na64Geometry}. A particle
 * produced at z = productionZCm travels along +z (NA64: within ~mrad of the beam, EXPERIMENTS §2.5, so the
 * path length is L = z − productionZCm to better than 10⁻⁵ relative). Segments are given in path length
 * from the production point, in the same layout as the cylindrical ones, so the decay-probability functions
 * apply unchanged.
 *
 * @module
 */
import { requireFinite } from '../core/validate.js';
import { checkOut } from './rayMath.js';
import { GAP_REGION_INDEX, SEGMENT_STRIDE, type AxialGeometry, type AxialRegion, type RaySegment } from './types.js';
import { validateAxialGeometry } from './validateGeometry.js';

/**
 * Write the segments from `productionZCm` to the end of the last slab into `out` as triples
 * [regionIndex, startCm, endCm] (path lengths from the production point; regionIndex −1 for gaps).
 * Slabs (or their parts) upstream of the production point are skipped. Allocation-free.
 * @param out - destination with room for SEGMENT_STRIDE × 2 × geometry.regions.length numbers
 * @param outOffset - where to write
 * @param geometry - the axial geometry (validated; cached when deeply frozen)
 * @param productionZCm - z where the particle is produced, cm (default 0, the ECAL front face)
 * @returns the number of segments (0 when production is downstream of the last slab)
 * @example
 * const buf = new Float64Array(SEGMENT_STRIDE * 2 * na64Geometry.regions.length);
 * axialSegmentsInto(buf, 0, na64Geometry, 0); // 8: ECAL [0,45], gap [45,50], VETO [50,60], gap [60,93.2], HCAL1…HCAL4 to 650
 */
export function axialSegmentsInto(out: Float64Array, outOffset: number, geometry: AxialGeometry, productionZCm = 0): number {
  const regions = validateAxialGeometry(geometry).regions;
  checkOut(out, outOffset, SEGMENT_STRIDE * 2 * regions.length);
  const z0 = requireFinite('productionZCm', productionZCm);
  let pos = z0;
  let w = outOffset;
  for (let k = 0; k < regions.length; k++) {
    const r = regions[k]!;
    if (r.zEndCm <= z0) continue;
    const start = Math.max(r.zStartCm, z0);
    if (start > pos) {
      out[w] = GAP_REGION_INDEX;
      out[w + 1] = pos - z0;
      out[w + 2] = start - z0;
      w += SEGMENT_STRIDE;
    }
    out[w] = k;
    out[w + 1] = start - z0;
    out[w + 2] = r.zEndCm - z0;
    w += SEGMENT_STRIDE;
    pos = r.zEndCm;
  }
  return (w - outOffset) / SEGMENT_STRIDE;
}

/**
 * Allocating form of {@link axialSegmentsInto}.
 * @param geometry - the axial geometry
 * @param productionZCm - production point, cm (default 0)
 * @returns contiguous segments in path length from the production point
 * @example axialSegments(na64Geometry)[0] // { regionIndex: 0, startCm: 0, endCm: 45 } (ECAL)
 */
export function axialSegments(geometry: AxialGeometry, productionZCm = 0): RaySegment[] {
  const buf = new Float64Array(SEGMENT_STRIDE * 2 * validateAxialGeometry(geometry).regions.length);
  const n = axialSegmentsInto(buf, 0, geometry, productionZCm);
  const result: RaySegment[] = [];
  for (let i = 0; i < n; i++) result.push({ regionIndex: buf[3 * i]!, startCm: buf[3 * i + 1]!, endCm: buf[3 * i + 2]! });
  return result;
}

/**
 * Path length from the production point to the end of the last slab (for NA64: hcalEndCm − productionZCm),
 * the start of the "beyond the HCAL" tail; 0 when production is downstream of it.
 * @param geometry - the axial geometry
 * @param productionZCm - production point, cm (default 0)
 * @returns length in cm, ≥ 0
 * @example axialExitLengthCm(na64Geometry) // 650
 */
export function axialExitLengthCm(geometry: AxialGeometry, productionZCm = 0): number {
  const regions = validateAxialGeometry(geometry).regions;
  const z0 = requireFinite('productionZCm', productionZCm);
  return Math.max(0, regions[regions.length - 1]!.zEndCm - z0);
}

/**
 * Index of the slab containing z (closed intervals; a shared face belongs to the upstream slab), or
 * {@link GAP_REGION_INDEX} (−1) when z is in no slab.
 * @param geometry - the axial geometry
 * @param zCm - z of the point, cm
 * @returns region index or −1
 * @example axialRegionIndexAt(na64Geometry, 55) // 1 (VETO)
 */
export function axialRegionIndexAt(geometry: AxialGeometry, zCm: number): number {
  const regions = validateAxialGeometry(geometry).regions;
  requireFinite('zCm', zCm);
  for (let k = 0; k < regions.length; k++) {
    const r = regions[k]!;
    if (zCm >= r.zStartCm && zCm <= r.zEndCm) return k;
  }
  return GAP_REGION_INDEX;
}

/**
 * The slab containing z, or `undefined`.
 * @param geometry - the axial geometry
 * @param zCm - z of the point, cm
 * @returns the region, or undefined
 * @example axialRegionAt(na64Geometry, 300)?.name // 'HCAL2'
 */
export function axialRegionAt(geometry: AxialGeometry, zCm: number): AxialRegion | undefined {
  const k = axialRegionIndexAt(geometry, zCm);
  return k === GAP_REGION_INDEX ? undefined : geometry.regions[k];
}
