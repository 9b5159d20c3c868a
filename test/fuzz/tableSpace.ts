// Fuzz table, geometry layers: detectors (geometries, rays, segments, decay probabilities) and kinematics
// (four-vectors as tuples or buffers at an offset, boosts, rotations, two-body decays).
import fc from 'fast-check';
import { between, buffer, int, mostly, pos, randomStream, real } from './arbitraries.js';
import { entry, intoEntry, LIGHT, type FuzzEntry } from './entry.js';
import { axialGeometries, cylindricalGeometries, fromPool, regions, segmentLists } from './fixtures.js';

// ---- detectors ----------------------------------------------------------------------------------------------

const cylGeometry = fromPool(cylindricalGeometries);
const axGeometry = fromPool(axialGeometries);
const region = fromPool(regions);
const segments = fromPool(segmentLists);
const lengthCm = pos(-3, 4);
const ray = fc.record(
  { x0Cm: real(-2, 2), y0Cm: real(-2, 2), z0Cm: real(-2, 2), dx: real(-3, 0), dy: real(-3, 0), dz: real(-3, 0) },
  { requiredKeys: ['dx', 'dy', 'dz'] },
);
const cylinder = fc.record({ rOuterCm: pos(-1, 3), zMinCm: real(-1, 3).map((z) => -Math.abs(z)), zMaxCm: pos(-1, 3) });
const visibleFor = (n: number) => fc.array(fc.oneof(fc.boolean(), fc.constantFrom(0, 1)), { minLength: n, maxLength: n + 1 });
const segmentsWithFlags = segments.chain((s) => fc.tuple(fc.constant(s), visibleFor(s.length)));
const intervals = fc.array(pos(-2, 3), { minLength: 0, maxLength: 4 }).map((xs) => {
  const sorted = [0, ...xs].sort((a, b) => a - b);
  return Float64Array.from(sorted.length % 2 === 1 ? sorted : sorted.slice(1));
});
const optionalCount = fc.option(int(0, 2), { nil: undefined });
const geometryName = fc.option(mostly(fc.constant('geometry')), { nil: undefined });

// ---- kinematics ---------------------------------------------------------------------------------------------

/** A four-momentum with mass in [10⁻⁴, 10] GeV and |p| components up to 100 GeV. */
const vec4 = fc
  .record({ mass: pos(-4, 1), px: real(-3, 2), py: real(-3, 2), pz: real(-3, 2) })
  .map(({ mass, px, py, pz }) => [Math.hypot(mass, px, py, pz), px, py, pz] as const);

/** A four-vector source and its offset: a tuple at 0, or a Float64Array with the vector at a random offset. */
const source = fc.tuple(vec4, fc.integer({ min: 0, max: 3 }), fc.boolean()).map(([v, pad, asBuffer]) => {
  if (!asBuffer) return { src: [...v] as unknown, offset: 0 as unknown };
  const b = new Float64Array(pad + 4 + (pad % 2));
  b.set(v, pad);
  return { src: b as unknown, offset: pad as unknown };
});

/** (p, pOffset) */
const one = source.map((s) => [s.src, s.offset] as const);
/** (p, q, pOffset, qOffset) */
const two = fc.tuple(source, source).map(([p, q]) => [p.src, q.src, p.offset, q.offset] as const);
const beta = between(-0.999999, 0.999999);
const out8 = fc.tuple(buffer(4, 16), int(0, 12)).map(([b, o]) => [b, o] as const);

export const spaceEntries: Record<string, FuzzEntry> = {
  // ---- detectors
  axialExitLengthCm: entry(LIGHT, axGeometry, fc.option(real(-1, 3), { nil: undefined })),
  axialRegionAt: entry(LIGHT, axGeometry, real(-1, 3)),
  axialRegionIndexAt: entry(LIGHT, axGeometry, real(-1, 3)),
  axialSegments: entry(LIGHT, axGeometry, fc.option(real(-1, 3), { nil: undefined })),
  axialSegmentsInto: intoEntry(LIGHT, [0], buffer(0, 40), int(0, 4), axGeometry, fc.option(real(-1, 3), { nil: undefined })),
  buildNa64Geometry: entry(LIGHT, fc.option(fc.record({ hcalEndCm: fc.oneof(between(600, 2000), pos(0, 4)) }, { requiredKeys: [] }), { nil: undefined })),
  decayLengthAtEpsilonCm: entry(LIGHT, pos(-8, 3), pos(-8, -0.01)),
  decayProbabilityBetween: entry(LIGHT, pos(-2, 3), fc.oneof(pos(-2, 4), fc.constant(Infinity)), lengthCm),
  defineAxialGeometry: { ...entry(LIGHT, axGeometry), passThrough: 0 },
  defineCylindricalGeometry: { ...entry(LIGHT, cylGeometry), passThrough: 0 },
  validateAxialGeometry: { ...entry(LIGHT, axGeometry, geometryName), passThrough: 0 },
  validateCylindricalGeometry: { ...entry(LIGHT, cylGeometry, geometryName), passThrough: 0 },
  exitLengthFromOriginCm: entry(LIGHT, cylinder, between(0, Math.PI)),
  geometryExitLengthCm: entry(LIGHT, cylGeometry, ray),
  invisibleIntervals: { args: segmentsWithFlags, runs: LIGHT },
  invisibleIntervalsInto: {
    args: fc.tuple(segmentsWithFlags, fc.integer({ min: 0, max: 3 })).map(([[s, flags], offset]) => {
      const flat = Float64Array.from(s.flatMap((x) => [x.regionIndex, x.startCm, x.endCm]));
      return [new Float64Array(2 * s.length + 1 + Math.max(0, offset)), offset, flat, s.length, flags] as const;
    }),
    runs: LIGHT,
    out: [0],
  },
  labDecayLengthCm: entry(
    LIGHT,
    fc.oneof(
      fc.record({ massGeV: pos(-3, 1), ctauCm: pos(-6, 6), momentumGeV: pos(-3, 3) }),
      fc.record({ massGeV: pos(-3, 1), ctauCm: pos(-6, 6), energyGeV: pos(-3, 3) }),
    ),
  ),
  maxSegmentCount: entry(LIGHT, cylGeometry),
  noVisibleDecayAtEpsilon: entry(LIGHT, intervals, pos(-8, 3), pos(-8, -0.01), optionalCount, fc.option(int(0, 2), { nil: undefined })),
  noVisibleDecayFromIntervals: entry(LIGHT, intervals, lengthCm, optionalCount, fc.option(int(0, 2), { nil: undefined })),
  noVisibleDecayProbability: { args: fc.tuple(segmentsWithFlags, lengthCm).map(([[s, f], l]) => [s, f, l] as const), runs: LIGHT },
  rayCylinderIntervalInto: intoEntry(LIGHT, [0], buffer(0, 6), int(0, 4), cylinder, ray),
  rayExitLengthCm: entry(LIGHT, cylinder, ray),
  rayFromAngles: entry(
    LIGHT,
    between(0, Math.PI),
    fc.option(real(-1, 1), { nil: undefined }),
    fc.option(fc.record({ x0Cm: real(-2, 2), y0Cm: real(-2, 2), z0Cm: real(-2, 2) }, { requiredKeys: [] }), { nil: undefined }),
  ),
  raySegments: entry(LIGHT, cylGeometry, ray),
  raySegmentsInto: intoEntry(LIGHT, [0], buffer(0, 130), int(0, 4), cylGeometry, ray),
  regionAt: entry(LIGHT, cylGeometry, real(-1, 3), real(-1, 3), real(-1, 3)),
  regionIndexAt: entry(LIGHT, cylGeometry, real(-1, 3), real(-1, 3), real(-1, 3)),
  regionIntervals: entry(LIGHT, region, ray),
  regionIntervalsInto: intoEntry(LIGHT, [0], buffer(0, 8), int(0, 4), region, ray),
  survivalProbabilityBeyond: entry(LIGHT, pos(-2, 4), lengthCm),
  // ---- kinematics
  azimuthalAngle: { args: one, runs: LIGHT },
  cosPolarAngle: { args: one, runs: LIGHT },
  polarAngle: { args: one, runs: LIGHT },
  pseudorapidity: { args: one, runs: LIGHT },
  rapidity: { args: one, runs: LIGHT },
  invariantMass: { args: one, runs: LIGHT },
  invariantMassSquared: { args: one, runs: LIGHT },
  momentumMagnitude: { args: one, runs: LIGHT },
  transverseMomentum: { args: one, runs: LIGHT },
  readFourVector: { args: one, runs: LIGHT },
  dot: { args: two, runs: LIGHT },
  openingAngle: { args: two, runs: LIGHT },
  pairInvariantMass: { args: two, runs: LIGHT },
  boost: { args: fc.tuple(source, fc.tuple(beta, beta, beta).map((b) => b.map((x) => x / 2))).map(([p, b]) => [p.src, b] as const), runs: LIGHT },
  boostZ: { args: fc.tuple(source, beta).map(([p, b]) => [p.src, b] as const), runs: LIGHT },
  boostFromRestFrame: { args: fc.tuple(source, source).map(([p, q]) => [p.src, q.src] as const), runs: LIGHT },
  boostToRestFrame: { args: fc.tuple(source, source).map(([p, q]) => [p.src, q.src] as const), runs: LIGHT },
  boostInto: {
    args: fc.tuple(out8, source, beta, beta, beta).map(([[o, k], p, bx, by, bz]) => [o, k, p.src, bx / 2, by / 2, bz / 2, p.offset] as const),
    runs: LIGHT,
    out: [0],
  },
  boostZInto: { args: fc.tuple(out8, source, beta).map(([[o, k], p, b]) => [o, k, p.src, b, p.offset] as const), runs: LIGHT, out: [0] },
  boostFromRestFrameInto: {
    args: fc.tuple(out8, source, source).map(([[o, k], p, q]) => [o, k, p.src, q.src, p.offset, q.offset] as const),
    runs: LIGHT,
    out: [0],
  },
  boostToRestFrameInto: {
    args: fc.tuple(out8, source, source).map(([[o, k], p, q]) => [o, k, p.src, q.src, p.offset, q.offset] as const),
    runs: LIGHT,
    out: [0],
  },
  createFourVectorBuffer: entry(LIGHT, int(0, 100)),
  decayTwoBody: {
    args: fc.tuple(source, pos(-4, 0), pos(-4, 0), between(-1, 1), real(-1, 1)).map(([p, m1, m2, c, phi]) => [p.src, m1, m2, c, phi] as const),
    runs: LIGHT,
  },
  decayTwoBodyInto: {
    args: fc
      .tuple(buffer(8, 16), int(0, 8), source, pos(-4, 0), pos(-4, 0), between(-1, 1), real(-1, 1))
      .map(([o, k, p, m1, m2, c, phi]) => [o, k, p.src, m1, m2, c, phi, p.offset] as const),
    runs: LIGHT,
    out: [0],
  },
  decayTwoBodyIsotropicInto: {
    args: fc
      .tuple(buffer(8, 16), int(0, 8), source, pos(-4, 0), pos(-4, 0), randomStream)
      .map(([o, k, p, m1, m2, r]) => [o, k, p.src, m1, m2, r, p.offset] as const),
    runs: LIGHT,
    out: [0],
  },
  decayTwoBodyRestInto: intoEntry(LIGHT, [0], buffer(8, 16), int(0, 8), pos(-3, 1), pos(-4, 0), pos(-4, 0), between(-1, 1), real(-1, 1)),
  directionFromAngles: entry(LIGHT, between(-1, 1), real(-1, 2)),
  fourVector: entry(LIGHT, real(-3, 3), real(-3, 3), real(-3, 3), real(-3, 3)),
  onShellFourVector: entry(LIGHT, pos(-4, 1), real(-3, 3), real(-3, 3), real(-3, 3)),
  rotate: { args: fc.tuple(source, between(0, Math.PI), real(-1, 1)).map(([p, t, f]) => [p.src, t, f] as const), runs: LIGHT },
  rotateInto: {
    args: fc.tuple(out8, source, between(0, Math.PI), real(-1, 1)).map(([[o, k], p, t, f]) => [o, k, p.src, t, f, p.offset] as const),
    runs: LIGHT,
    out: [0],
  },
  rotateToDirectionInto: {
    args: fc.tuple(out8, source, real(-3, 1), real(-3, 1), real(-3, 1)).map(([[o, k], p, x, y, z]) => [o, k, p.src, x, y, z, p.offset] as const),
    runs: LIGHT,
    out: [0],
  },
  twoBodyMomentum: entry(LIGHT, pos(-3, 1), pos(-4, 0), pos(-4, 0)),
  writeFourVector: { args: fc.tuple(out8, source).map(([[o, k], p]) => [o, k, p.src, p.offset] as const), runs: LIGHT, out: [0] },
};
