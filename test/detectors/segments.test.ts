import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GAP_REGION_INDEX,
  SEGMENT_STRIDE,
  axialExitLengthCm,
  axialRegionAt,
  axialRegionIndexAt,
  axialSegments,
  axialSegmentsInto,
  babarGeometry,
  buildNa64Geometry,
  exitLengthFromOriginCm,
  geometryExitLengthCm,
  maxSegmentCount,
  na64Geometry,
  rayFromAngles,
  raySegments,
  raySegmentsInto,
  regionAt,
  regionIndexAt,
  regionIntervals,
  type CylindricalGeometry,
  type Ray,
  type RaySegment,
} from '../../src/detectors/index.js';
import { expectClose } from '../helpers/close.js';
import { anyRay, expectParameterError, gappyGeometry, onionGeometry, pointAlong, thetaPhi } from './arbitraries.js';

/** Structural guarantees of a segment list (throws via expect on failure). */
function checkStructure(segments: readonly RaySegment[], nRegions: number): void {
  let previousEnd = 0;
  segments.forEach((s, i) => {
    expect(s.startCm).toBe(previousEnd); // ordered, contiguous, non-overlapping, from 0
    expect(s.endCm).toBeGreaterThan(s.startCm);
    expect(Number.isInteger(s.regionIndex) && s.regionIndex >= -1 && s.regionIndex < nRegions).toBe(true);
    if (i > 0 && s.regionIndex === GAP_REGION_INDEX) expect(segments[i - 1]!.regionIndex).not.toBe(GAP_REGION_INDEX);
    previousEnd = s.endCm;
  });
  if (segments.length > 0) expect(segments[segments.length - 1]!.regionIndex).not.toBe(GAP_REGION_INDEX);
}

/** The last exit over all regions, from the per-region intervals. */
function lastRegionExit(geometry: CylindricalGeometry, ray: Ray): number {
  let last = 0;
  for (const r of geometry.regions) for (const [, b] of regionIntervals(r, ray)) last = Math.max(last, b);
  return last;
}

/** regionAt at every segment's midpoint is the segment's region; points beyond the end are in no region. */
function checkRegionAgreement(geometry: CylindricalGeometry, ray: Ray, segments: readonly RaySegment[]): void {
  for (const s of segments) {
    if (s.endCm - s.startCm < 1e-6 * Math.max(1, s.endCm)) continue;
    const [x, y, z] = pointAlong(ray, (s.startCm + s.endCm) / 2);
    expect(regionIndexAt(geometry, x, y, z)).toBe(s.regionIndex);
  }
  const end = segments.length > 0 ? segments[segments.length - 1]!.endCm : 0;
  for (const beyond of [end + 1e-6 * Math.max(1, end), end + 1, end + 1e4]) {
    const [x, y, z] = pointAlong(ray, beyond);
    expect(regionIndexAt(geometry, x, y, z)).toBe(GAP_REGION_INDEX);
  }
}

describe('raySegments through babarGeometry', () => {
  it('at θ = 90° crosses beam pipe, SVT, DCH, DIRC, EMC, cryostat and IFR barrel with the table radii', () => {
    const segs = raySegments(babarGeometry, rayFromAngles(Math.PI / 2, 0.7));
    const inside = segs.filter((s) => s.regionIndex !== GAP_REGION_INDEX);
    expect(inside.map((s) => babarGeometry.regions[s.regionIndex]!.name)).toEqual([
      'beam pipe',
      'SVT',
      'DCH',
      'DIRC',
      'EMC barrel',
      'solenoid cryostat',
      'IFR barrel',
    ]);
    const dch = inside[2]!;
    expectClose(dch.startCm, 23.6, 1e-12);
    expectClose(dch.endCm, 80.9, 1e-12);
    expectClose(segs[segs.length - 1]!.endCm, 300, 1e-12);
    expectClose(geometryExitLengthCm(babarGeometry, rayFromAngles(Math.PI / 2)), 300, 1e-12);
  });

  it('forward and backward rays end in the IFR endcaps; a ray down the beam hole ends in the beam pipe', () => {
    const fwd = raySegments(babarGeometry, rayFromAngles(30 * (Math.PI / 180)));
    expect(babarGeometry.regions[fwd[fwd.length - 1]!.regionIndex]!.name).toBe('IFR forward endcap');
    const bwd = raySegments(babarGeometry, rayFromAngles(145 * (Math.PI / 180)));
    expect(babarGeometry.regions[bwd[bwd.length - 1]!.regionIndex]!.name).toBe('IFR backward endcap');
    const axis = raySegments(babarGeometry, { x0Cm: 2.7, dx: 0, dy: 0, dz: 1 });
    expect(axis).toEqual([{ regionIndex: 0, startCm: 0, endCm: 174.9 }]);
  });

  it('writes the same segments into a Float64Array at an offset, with 4 × regions as capacity', () => {
    const ray = rayFromAngles(1.1, 0.3);
    const n = maxSegmentCount(babarGeometry);
    expect(n).toBe(40);
    const buf = new Float64Array(5 + SEGMENT_STRIDE * n);
    const count = raySegmentsInto(buf, 5, babarGeometry, ray);
    const objects = raySegments(babarGeometry, ray);
    expect(count).toBe(objects.length);
    objects.forEach((s, i) => {
      expect([buf[5 + 3 * i], buf[6 + 3 * i], buf[7 + 3 * i]]).toEqual([s.regionIndex, s.startCm, s.endCm]);
    });
    expectParameterError(() => raySegmentsInto(new Float64Array(10), 0, babarGeometry, ray), 'out');
  });

  it('property: segments are ordered, contiguous from 0, end at the last region exit and agree with regionAt', () => {
    fc.assert(
      fc.property(anyRay, (ray) => {
        const segs = raySegments(babarGeometry, ray);
        checkStructure(segs, babarGeometry.regions.length);
        const end = segs.length > 0 ? segs[segs.length - 1]!.endCm : 0;
        expectClose(end, lastRegionExit(babarGeometry, ray), 1e-12, 1e-12);
        checkRegionAgreement(babarGeometry, ray, segs);
      }),
    );
  });
});

describe('raySegments through random geometries', () => {
  it('property (onion): segment lengths sum to the exit length of the outermost cylinder, L(θ) closed form', () => {
    fc.assert(
      fc.property(onionGeometry, thetaPhi, ({ geometry, envelope }, { theta, phi }) => {
        const ray = rayFromAngles(theta, phi);
        const segs = raySegments(geometry, ray);
        checkStructure(segs, geometry.regions.length);
        expect(segs.every((s) => s.regionIndex !== GAP_REGION_INDEX)).toBe(true);
        const sum = segs.reduce((acc, s) => acc + (s.endCm - s.startCm), 0);
        expectClose(sum, exitLengthFromOriginCm(envelope, theta), 1e-9);
        checkRegionAgreement(geometry, ray, segs);
      }),
    );
  });

  it('property (gaps, endcap discs, arbitrary start points): structure, last exit and regionAt agree', () => {
    fc.assert(
      fc.property(gappyGeometry, anyRay, (geometry, ray) => {
        const segs = raySegments(geometry, ray);
        checkStructure(segs, geometry.regions.length);
        expect(segs.length).toBeLessThanOrEqual(maxSegmentCount(geometry));
        const end = segs.length > 0 ? segs[segs.length - 1]!.endCm : 0;
        expectClose(end, lastRegionExit(geometry, ray), 1e-12, 1e-12);
        checkRegionAgreement(geometry, ray, segs);
      }),
    );
  });

  it('rejects invalid geometries and rays, naming the parameter', () => {
    const ray = rayFromAngles(1);
    const dch = babarGeometry.regions[2]!;
    const g = (patch: object): CylindricalGeometry => ({ name: 'bad', regions: [{ ...dch, ...patch }] });
    expectParameterError(() => raySegments(g({ rInnerCm: -1 }), ray), 'geometry.regions[0].rInnerCm');
    expectParameterError(() => raySegments(g({ rOuterCm: 10 }), ray), 'geometry.regions[0].rOuterCm');
    expectParameterError(() => raySegments(g({ zMinCm: 200 }), ray), 'geometry.regions[0].zMinCm');
    expectParameterError(() => raySegments(g({ zMaxCm: Number.NaN }), ray), 'geometry.regions[0].zMaxCm');
    expectParameterError(() => raySegments(g({ tag: 'X' }), ray), 'geometry.regions[0].tag');
    expectParameterError(() => raySegments(g({ instrumented: 1 }), ray), 'geometry.regions[0].instrumented');
    expectParameterError(() => raySegments({ name: 'empty', regions: [] }, ray), 'geometry.regions');
    expectParameterError(() => raySegments({ name: 'dup', regions: [dch, { ...dch, zMinCm: 200, zMaxCm: 300 }] }, ray), 'geometry.regions[1].name');
    expectParameterError(() => raySegments(babarGeometry, { dx: 0, dy: 0, dz: 0 }), 'ray.direction');
    expectParameterError(() => regionIndexAt(babarGeometry, 0, Number.NaN, 0), 'yCm');
  });
});

describe('regionAt', () => {
  it('locates vertices in the BaBar regions and gaps (closed boundaries)', () => {
    expect(regionAt(babarGeometry, 50, 0, 0)?.name).toBe('DCH');
    expect(regionAt(babarGeometry, 0, 100, 0)?.name).toBe('EMC barrel');
    expect(regionAt(babarGeometry, 0, 60, 190)?.name).toBe('EMC forward endcap');
    expect(regionAt(babarGeometry, 0, 200, 300)?.name).toBe('IFR forward endcap');
    expect(regionAt(babarGeometry, 20, 0, 0)).toBeUndefined();
    expect(regionAt(babarGeometry, 0, 0, 0)).toBeUndefined();
    expect(regionIndexAt(babarGeometry, 23.6, 0, 174.9)).toBe(2);
    expect(regionIndexAt(babarGeometry, 400, 0, 0)).toBe(GAP_REGION_INDEX);
  });
});

describe('axial segments (NA64, 1-D in z)', () => {
  it('from the ECAL front face: ECAL, gap, VETO, gap, HCAL1…4 to hcalEndCm = 650', () => {
    const segs = axialSegments(na64Geometry);
    expect(segs.map((s) => s.regionIndex)).toEqual([0, -1, 1, -1, 2, 3, 4, 5]);
    expect(segs[0]).toEqual({ regionIndex: 0, startCm: 0, endCm: 45 });
    expect(segs[2]).toEqual({ regionIndex: 1, startCm: 50, endCm: 60 });
    expectClose(segs[4]!.startCm, 93.2, 1e-12);
    expect(segs[7]!.endCm).toBe(650);
    expect(axialExitLengthCm(na64Geometry)).toBe(650);
    checkStructure(segs, na64Geometry.regions.length);
  });

  it('starts at the production point (inside the ECAL, in a gap, beyond the HCAL)', () => {
    expect(axialSegments(na64Geometry, 10)[0]).toEqual({ regionIndex: 0, startCm: 0, endCm: 35 });
    expect(axialSegments(na64Geometry, 47).slice(0, 2)).toEqual([
      { regionIndex: -1, startCm: 0, endCm: 3 },
      { regionIndex: 1, startCm: 3, endCm: 13 },
    ]);
    expect(axialSegments(na64Geometry, -5)[0]).toEqual({ regionIndex: -1, startCm: 0, endCm: 5 });
    expect(axialSegments(na64Geometry, 650)).toEqual([]);
    expect(axialExitLengthCm(na64Geometry, 800)).toBe(0);
    expect(axialSegments(buildNa64Geometry({ hcalEndCm: 700 })).at(-1)!.endCm).toBe(700);
  });

  it('property: contiguous from 0, end at hcalEndCm − z₀, and axialRegionAt agrees at midpoints', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 616.8, max: 800, noNaN: true }), (f, end) => {
        const z0 = -100 + f * (end - 1 + 100); // production upstream of the HCAL end
        const g = buildNa64Geometry({ hcalEndCm: end });
        const segs = axialSegments(g, z0);
        checkStructure(segs, g.regions.length);
        expectClose(segs.at(-1)!.endCm, end - z0, 1e-12);
        for (const s of segs) {
          if (s.endCm - s.startCm < 1e-9 * Math.max(1, s.endCm)) continue;
          expect(axialRegionIndexAt(g, z0 + (s.startCm + s.endCm) / 2)).toBe(s.regionIndex);
        }
        expect(axialRegionIndexAt(g, end + 1e-6)).toBe(GAP_REGION_INDEX);
      }),
    );
  });

  it('locates z and validates inputs', () => {
    expect(axialRegionAt(na64Geometry, 300)?.name).toBe('HCAL2');
    expect(axialRegionAt(na64Geometry, 47)).toBeUndefined();
    expect(axialRegionIndexAt(na64Geometry, 45)).toBe(0);
    expectParameterError(() => axialSegments(na64Geometry, Number.NaN), 'productionZCm');
    expectParameterError(() => axialRegionIndexAt(na64Geometry, Number.POSITIVE_INFINITY), 'zCm');
    expectParameterError(() => axialSegmentsInto(new Float64Array(3), 0, na64Geometry), 'out');
    const reversed = { name: 'bad', regions: [{ ...na64Geometry.regions[0]!, zStartCm: 50, zEndCm: 40 }] };
    expectParameterError(() => axialSegments(reversed), 'geometry.regions[0].zStartCm');
  });
});
