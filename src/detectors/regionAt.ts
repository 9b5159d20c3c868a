/**
 * Which region of a cylindrical geometry a point (e.g. a decay vertex) lies in. Regions are closed solids
 * rInnerCm ≤ r ≤ rOuterCm, zMinCm ≤ z ≤ zMaxCm with r = √(x² + y²); they never overlap, so only a point on
 * a shared boundary belongs to two of them — it is then given to the one listed first.
 *
 * @module
 */
import { requireFinite } from '../core/validate.js';
import { GAP_REGION_INDEX, type CylindricalGeometry, type CylindricalRegion } from './types.js';
import { validateCylindricalGeometry } from './validateGeometry.js';

/**
 * Index of the region containing the point (x, y, z), or {@link GAP_REGION_INDEX} (−1) when it is in no
 * region (a gap, or outside the detector). Allocation-free.
 * @param geometry - the geometry
 * @param xCm - x of the point, cm
 * @param yCm - y of the point, cm
 * @param zCm - z of the point (from the IP), cm
 * @returns region index or −1
 * @example regionIndexAt(babarGeometry, 50, 0, 0) // 2 (DCH)
 */
export function regionIndexAt(geometry: CylindricalGeometry, xCm: number, yCm: number, zCm: number): number {
  const regions = validateCylindricalGeometry(geometry).regions;
  requireFinite('xCm', xCm);
  requireFinite('yCm', yCm);
  requireFinite('zCm', zCm);
  const r2 = xCm * xCm + yCm * yCm;
  for (let k = 0; k < regions.length; k++) {
    const g = regions[k]!;
    if (zCm >= g.zMinCm && zCm <= g.zMaxCm && r2 >= g.rInnerCm * g.rInnerCm && r2 <= g.rOuterCm * g.rOuterCm) return k;
  }
  return GAP_REGION_INDEX;
}

/**
 * The region containing the point (x, y, z), or `undefined` when it is in no region.
 * @param geometry - the geometry
 * @param xCm - x of the point, cm
 * @param yCm - y of the point, cm
 * @param zCm - z of the point (from the IP), cm
 * @returns the region object, or undefined
 * @example regionAt(babarGeometry, 0, 100, 0)?.name // 'EMC barrel'
 */
export function regionAt(geometry: CylindricalGeometry, xCm: number, yCm: number, zCm: number): CylindricalRegion | undefined {
  const k = regionIndexAt(geometry, xCm, yCm, zCm);
  return k === GAP_REGION_INDEX ? undefined : geometry.regions[k];
}
