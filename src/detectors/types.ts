/**
 * Plain data types of the detector layer: cylindrical regions about the beam axis (BaBar), slabs along the
 * beam (NA64), rays and the segments a ray cuts through a geometry.
 *
 * Conventions (EXPERIMENTS.md §3, §4): lengths in cm; BaBar z from the interaction point (IP), +z along the
 * 9 GeV e− beam; NA64 z = 0 at the ECAL front face, +z along the 100 GeV e− beam. Angles in degrees only in
 * stored data (`…Deg`), radians in function arguments (`…Rad`).
 *
 * @module
 */

/**
 * Confidence tag of a stored number, as defined in EXPERIMENTS.md (table at the top):
 * `'V'` verified against readable source text, `'C'` computed from a formula, `'R'` recollection of the cited
 * paper (to be checked), `'T'` stated in the brief/talk on 2302.05410.
 * @example const tag: ConfidenceTag = 'R';
 */
export type ConfidenceTag = 'V' | 'C' | 'R' | 'T';

/**
 * Shape label of a cylindrical region. Both kinds are the same solid (rInnerCm ≤ r ≤ rOuterCm,
 * zMinCm ≤ z ≤ zMaxCm); the label says whether the piece is a barrel shell or an endcap disc.
 * @example const kind: RegionKind = 'endcap-disc';
 */
export type RegionKind = 'cylinder-shell' | 'endcap-disc';

/**
 * A polar-angle range in the lab frame, degrees, 0 ≤ thetaMinDeg < thetaMaxDeg ≤ 180 (θ from +z).
 * @example const dch: PolarRange = { thetaMinDeg: 17.2, thetaMaxDeg: 152.6 };
 */
export interface PolarRange {
  /** Smallest polar angle covered, degrees. */
  readonly thetaMinDeg: number;
  /** Largest polar angle covered, degrees. */
  readonly thetaMaxDeg: number;
}

/**
 * A polar-angle range with its provenance (e.g. the recast lepton acceptance 17° < θ < 142°).
 * @example const acc: TaggedPolarRange = { thetaMinDeg: 17, thetaMaxDeg: 142, source: 'EXPERIMENTS §3', tag: 'T' };
 */
export interface TaggedPolarRange extends PolarRange {
  /** Where the numbers come from. */
  readonly source: string;
  /** Confidence tag of the numbers (EXPERIMENTS.md). */
  readonly tag: ConfidenceTag;
}

/**
 * A solid cylinder about the beam axis: r ≤ rOuterCm, zMinCm ≤ z ≤ zMaxCm. Every {@link CylindricalRegion}
 * is also a CylinderBounds (its outer envelope), so regions can be passed directly.
 * @example const dchOuter: CylinderBounds = { rOuterCm: 80.9, zMinCm: -101.5, zMaxCm: 174.9 };
 */
export interface CylinderBounds {
  /** Outer radius, cm (> 0). */
  readonly rOuterCm: number;
  /** Backward end, cm (z of the backward face; negative when the IP is inside). */
  readonly zMinCm: number;
  /** Forward end, cm. */
  readonly zMaxCm: number;
}

/**
 * One detector region as data: the solid rInnerCm ≤ r ≤ rOuterCm, zMinCm ≤ z ≤ zMaxCm (r = √(x² + y²)).
 * @example
 * const dch: CylindricalRegion = {
 *   name: 'DCH', kind: 'cylinder-shell', rInnerCm: 23.6, rOuterCm: 80.9, zMinCm: -101.5, zMaxCm: 174.9,
 *   polarCoverageDeg: { thetaMinDeg: 17.2, thetaMaxDeg: 152.6 }, instrumented: true,
 *   source: 'NIM A479 §4', tag: 'R',
 * };
 */
export interface CylindricalRegion extends CylinderBounds {
  /** Short unique name, e.g. `'DCH'`. */
  readonly name: string;
  /** Barrel shell or endcap disc (descriptive; the geometry is the same solid). */
  readonly kind: RegionKind;
  /** Inner radius, cm (≥ 0, < rOuterCm). */
  readonly rInnerCm: number;
  /** Polar coverage of the active element as seen from the IP, when the source gives one. */
  readonly polarCoverageDeg?: PolarRange;
  /** True where tracks or showers are measured (a decay there can be seen directly). */
  readonly instrumented: boolean;
  /** Where the numbers come from (paper, section, derivation). */
  readonly source: string;
  /** Confidence tag of the weakest number of the region (details in `source`). */
  readonly tag: ConfidenceTag;
}

/**
 * A detector as a list of non-overlapping cylindrical regions (they may touch). The list order is the
 * index used by segments and {@link RaySegment.regionIndex}.
 * @example const g: CylindricalGeometry = { name: 'toy', regions: [] };
 */
export interface CylindricalGeometry {
  /** Name of the geometry. */
  readonly name: string;
  /** The regions, indexed 0 … n−1. */
  readonly regions: readonly CylindricalRegion[];
}

/**
 * The BaBar geometry: cylindrical regions plus the named data of the recast.
 * @example babarGeometry.leptonAcceptance.thetaMaxDeg // 142
 */
export interface BabarGeometry extends CylindricalGeometry {
  /** Lepton polar acceptance of the recast, 17° < θ < 142° (lab). */
  readonly leptonAcceptance: TaggedPolarRange;
  /** z of the DCH centre (= detector centre), cm: the IP sits this far backward of it. */
  readonly detectorCentreZCm: number;
}

/**
 * One slab of a detector along the beam (NA64): zStartCm ≤ z ≤ zEndCm.
 * @example
 * const ecal: AxialRegion = { name: 'ECAL', zStartCm: 0, zEndCm: 45, instrumented: true, source: 'EXPERIMENTS §4', tag: 'R' };
 */
export interface AxialRegion {
  /** Short unique name, e.g. `'HCAL1'`. */
  readonly name: string;
  /** Upstream face, cm. */
  readonly zStartCm: number;
  /** Downstream face, cm (> zStartCm). */
  readonly zEndCm: number;
  /** Full transverse width (square cross section), cm, when known. Informative only (1-D model). */
  readonly transverseWidthCm?: number;
  /** True where energy deposits are measured. */
  readonly instrumented: boolean;
  /** Where the numbers come from. */
  readonly source: string;
  /** Confidence tag of the weakest number of the region. */
  readonly tag: ConfidenceTag;
}

/**
 * A detector as slabs along z, ordered by zStartCm and non-overlapping (they may touch).
 * @example const g: AxialGeometry = { name: 'toy', regions: [] };
 */
export interface AxialGeometry {
  /** Name of the geometry. */
  readonly name: string;
  /** The slabs, upstream first. */
  readonly regions: readonly AxialRegion[];
}

/**
 * The NA64 geometry: slabs plus the named end of the last HCAL module.
 * @example na64Geometry.hcalEndCm // 650
 */
export interface Na64Geometry extends AxialGeometry {
  /** z of the downstream face of the last HCAL module, cm; equals the last region's zEndCm. */
  readonly hcalEndCm: number;
}

/**
 * A straight ray: start point (default the origin/IP) and direction (any non-zero length; functions
 * normalise it, so path lengths are in cm along the ray).
 * @example const up: Ray = { dx: 0, dy: 1, dz: 0 };
 */
export interface Ray {
  /** Start x, cm (default 0). */
  readonly x0Cm?: number;
  /** Start y, cm (default 0). */
  readonly y0Cm?: number;
  /** Start z, cm (default 0). */
  readonly z0Cm?: number;
  /** Direction, x component. */
  readonly dx: number;
  /** Direction, y component. */
  readonly dy: number;
  /** Direction, z component. */
  readonly dz: number;
}

/**
 * A piece of a ray inside one region (or in a gap between regions), as path lengths from the ray start.
 * @example const s: RaySegment = { regionIndex: 2, startCm: 23.6, endCm: 80.9 };
 */
export interface RaySegment {
  /** Index into the geometry's `regions`, or {@link GAP_REGION_INDEX} (−1) for a gap. */
  readonly regionIndex: number;
  /** Path length where the segment starts, cm. */
  readonly startCm: number;
  /** Path length where the segment ends, cm (> startCm). */
  readonly endCm: number;
}

/**
 * Region index of a gap (a piece of the ray inside the detector's extent but in no region).
 * @example raySegments(babarGeometry, rayFromAngles(Math.PI / 2))[0]!.regionIndex === GAP_REGION_INDEX // true (0 … 2.66 cm)
 */
export const GAP_REGION_INDEX = -1;

/**
 * Numbers per segment in the flat `Float64Array` layout of {@link raySegmentsInto} and
 * {@link axialSegmentsInto}: `[regionIndex, startCm, endCm]`.
 * @example const buf = new Float64Array(SEGMENT_STRIDE * maxSegmentCount(babarGeometry));
 */
export const SEGMENT_STRIDE = 3;
