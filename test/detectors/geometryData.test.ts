import { describe, expect, it } from 'vitest';
import {
  BABAR_DETECTOR_CENTRE_Z_CM,
  BABAR_LEPTON_ACCEPTANCE,
  NA64_DEFAULT_HCAL_END_CM,
  NA64_HCAL_MODULE_LENGTH_CM,
  babarGeometry,
  buildNa64Geometry,
  defineAxialGeometry,
  defineCylindricalGeometry,
  na64Geometry,
  validateAxialGeometry,
  validateCylindricalGeometry,
} from '../../src/detectors/index.js';
import { expectClose } from '../helpers/close.js';
import { expectParameterError } from './arbitraries.js';

const byName = (name: string) => {
  const r = babarGeometry.regions.find((g) => g.name === name);
  if (r === undefined) throw new Error(`no region ${name}`);
  return r;
};

describe('babarGeometry (EXPERIMENTS.md §3)', () => {
  it('has the ten regions inside out, each with a source and a confidence tag', () => {
    expect(babarGeometry.regions.map((r) => r.name)).toEqual([
      'beam pipe',
      'SVT',
      'DCH',
      'DIRC',
      'EMC barrel',
      'EMC forward endcap',
      'solenoid cryostat',
      'IFR barrel',
      'IFR forward endcap',
      'IFR backward endcap',
    ]);
    for (const r of babarGeometry.regions) {
      expect(r.source.length).toBeGreaterThan(20);
      expect(['V', 'C', 'R', 'T']).toContain(r.tag);
    }
  });

  it('stores the DCH of the table: r 23.6–80.9 cm, z −101.5 … +174.9 cm, 17.2°–152.6°', () => {
    expect(byName('DCH')).toMatchObject({
      rInnerCm: 23.6,
      rOuterCm: 80.9,
      zMinCm: -101.5,
      zMaxCm: 174.9,
      polarCoverageDeg: { thetaMinDeg: 17.2, thetaMaxDeg: 152.6 },
      instrumented: true,
    });
  });

  it('derives the SVT z extent from its coverage at r = 14.6 cm: −25.5 … +39.9 cm [C]', () => {
    expectClose(byName('SVT').zMinCm, -25.5, 0, 0.05);
    expectClose(byName('SVT').zMaxCm, 39.9, 0, 0.05);
  });

  it('derives the EMC barrel inner-face z extent from 26.8°–141.8° at r = 91 cm: ≈ −116 … +180 cm [C]', () => {
    expectClose(byName('EMC barrel').zMinCm, -115.64, 0, 0.01);
    expectClose(byName('EMC barrel').zMaxCm, 180.15, 0, 0.01);
    expect(byName('EMC forward endcap').zMinCm).toBe(byName('EMC barrel').zMaxCm);
    expect(byName('EMC forward endcap').rOuterCm).toBe(byName('EMC barrel').rInnerCm);
  });

  it('puts the IP 36.7 cm backward of the DCH centre and centres cryostat and IFR barrel there', () => {
    expectClose(BABAR_DETECTOR_CENTRE_Z_CM, 36.7, 1e-12);
    expect(babarGeometry.detectorCentreZCm).toBe(BABAR_DETECTOR_CENTRE_Z_CM);
    for (const name of ['solenoid cryostat', 'IFR barrel']) {
      const r = byName(name);
      expectClose((r.zMinCm + r.zMaxCm) / 2, 36.7, 1e-12);
    }
    expectClose(byName('solenoid cryostat').zMaxCm - byName('solenoid cryostat').zMinCm, 385, 1e-12);
  });

  it('marks SVT, DCH, EMC and IFR as instrumented and beam pipe, DIRC, cryostat as not (§5.1)', () => {
    const instrumented = babarGeometry.regions.filter((r) => r.instrumented).map((r) => r.name);
    expect(instrumented).toEqual(['SVT', 'DCH', 'EMC barrel', 'EMC forward endcap', 'IFR barrel', 'IFR forward endcap', 'IFR backward endcap']);
  });

  it('names the recast lepton acceptance 17° < θ < 142° [T]', () => {
    expect(BABAR_LEPTON_ACCEPTANCE).toMatchObject({ thetaMinDeg: 17, thetaMaxDeg: 142, tag: 'T' });
    expect(babarGeometry.leptonAcceptance).toBe(BABAR_LEPTON_ACCEPTANCE);
  });

  it('is deeply frozen and valid; a modified plain copy is accepted, an overlapping one rejected', () => {
    expect(Object.isFrozen(babarGeometry)).toBe(true);
    expect(Object.isFrozen(babarGeometry.regions[2])).toBe(true);
    expect(validateCylindricalGeometry(babarGeometry)).toBe(babarGeometry);
    const modified = {
      ...babarGeometry,
      regions: babarGeometry.regions.map((r) => (r.name === 'DCH' ? { ...r, rInnerCm: 20 } : r)),
    };
    expect(validateCylindricalGeometry(modified)).toBe(modified);
    const defined = defineCylindricalGeometry(modified);
    expect(defined).not.toBe(modified);
    expect(defined.regions[2]!.rInnerCm).toBe(20);
    expect(defined.leptonAcceptance.thetaMaxDeg).toBe(142);
    expect(Object.isFrozen(defined.regions[2])).toBe(true);
    const overlapping = {
      ...babarGeometry,
      regions: babarGeometry.regions.map((r) => (r.name === 'DCH' ? { ...r, rOuterCm: 82 } : r)),
    };
    expectParameterError(() => validateCylindricalGeometry(overlapping), 'geometry.regions[3]');
  });
});

describe('na64Geometry (EXPERIMENTS.md §4)', () => {
  it('lays out ECAL 0–45, VETO 50–60 and four adjacent 139.2 cm HCAL modules ending at 650 cm', () => {
    expectClose(NA64_HCAL_MODULE_LENGTH_CM, 139.2, 1e-14);
    expect(NA64_DEFAULT_HCAL_END_CM).toBe(650);
    expect(na64Geometry.hcalEndCm).toBe(650);
    const [ecal, veto, h1, h2, h3, h4] = na64Geometry.regions;
    expect(ecal).toMatchObject({ name: 'ECAL', zStartCm: 0, zEndCm: 45 });
    expect(veto).toMatchObject({ name: 'VETO', zStartCm: 50, zEndCm: 60 });
    expect([h1, h2, h3, h4].map((h) => h!.name)).toEqual(['HCAL1', 'HCAL2', 'HCAL3', 'HCAL4']);
    expectClose(h1!.zStartCm, 93.2, 1e-12);
    expect(h1!.zEndCm).toBe(h2!.zStartCm);
    expect(h2!.zEndCm).toBe(h3!.zStartCm);
    expect(h3!.zEndCm).toBe(h4!.zStartCm);
    expect(h4!.zEndCm).toBe(650);
    for (const h of [h1, h2, h3, h4]) expectClose(h!.zEndCm - h!.zStartCm, 139.2, 1e-12);
    for (const r of na64Geometry.regions) {
      expect(r.instrumented).toBe(true);
      expect(r.source.length).toBeGreaterThan(20);
      expect(r.tag).toBe('R');
    }
  });

  it('moves the HCAL with a configurable end (700 cm: HCAL1 front at 143.2 cm) and rejects ends before 616.8 cm', () => {
    const g = buildNa64Geometry({ hcalEndCm: 700 });
    expect(g.hcalEndCm).toBe(700);
    expect(g.regions[5]!.zEndCm).toBe(700);
    expectClose(g.regions[2]!.zStartCm, 143.2, 1e-12);
    expect(buildNa64Geometry({ hcalEndCm: 616.8 }).regions[2]!.zStartCm).toBeGreaterThanOrEqual(60 - 1e-9);
    expectParameterError(() => buildNa64Geometry({ hcalEndCm: 600 }), 'hcalEndCm');
    expectParameterError(() => buildNa64Geometry({ hcalEndCm: Number.NaN }), 'hcalEndCm');
  });

  it('validates modified copies: hcalEndCm must match the last slab, slabs ordered and non-overlapping', () => {
    expect(validateAxialGeometry(na64Geometry)).toBe(na64Geometry);
    expectParameterError(() => validateAxialGeometry({ ...na64Geometry, hcalEndCm: 700 }), 'geometry.hcalEndCm');
    const swapped = { ...na64Geometry, regions: [na64Geometry.regions[1]!, na64Geometry.regions[0]!] };
    expectParameterError(() => validateAxialGeometry(swapped), 'geometry.regions[1].zStartCm');
    const noVeto = defineAxialGeometry({ name: 'no veto', regions: na64Geometry.regions.filter((r) => r.name !== 'VETO') });
    expect(noVeto.regions).toHaveLength(5);
    expect(Object.isFrozen(noVeto.regions[0])).toBe(true);
  });
});
