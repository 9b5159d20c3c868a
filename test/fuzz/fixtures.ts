// Valid library objects the fuzz table starts from (models, decay tables, geometries, samplers, samples,
// survival terms, limit and recast curves). Built once, lazily; each case mutates a copy, never these.
import fc from 'fast-check';
import * as api from '../../src/index.js';
import { electronPair, momentum, syntheticSample } from '../experiments/syntheticSample.js';

/** Compute once on first use. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value as T;
  };
}

/** fc.constantFrom over a lazily built pool (the pool is built when the arbitrary is first generated from). */
export function fromPool<T>(pool: () => readonly T[]): fc.Arbitrary<T> {
  return fc.nat().map((k) => {
    const p = pool();
    return p[k % p.length] as T;
  });
}

export const models = lazy((): api.DarkSectorModel[] => [
  api.preset('idm'),
  api.preset('idm', { massGeV: 0.05, epsilon: 1e-5 }),
  api.preset('i2dm', { massGeV: 3 }),
  api.preset('hnl-bp1', { massGeV: 0.7 }),
  api.preset('hnl-bp2', { massGeV: 2.5, epsilon: 1e-2 }),
  api.darkPhoton({ massGeV: 0.5, epsilon: 1e-3 }),
  api.idmFromLagrangian({ massGeV: 1, epsilon: 1e-3, alphaD: 0.1, muLGeV: 0.02, muRGeV: 0.1, diracMassGeV: 0.4 }),
  api.i2dmFromLagrangian({ massGeV: 1, epsilon: 1e-4, alphaD: 0.5, sterileMassGeV: 0.2, chargedMassGeV: 0.3, mixingMassGeV: 0.05 }),
  api.hnl({ massGeV: 1, epsilon: 1e-3, alphaD: 0.1, massMatrix: [[0, 0.01, 0], [0.01, 0.1, 0.3], [0, 0.3, 0.12]], activeFlavours: 1, charges: [0, 1, -1] }),
]);

/** Models with a dark sector (mixing matrix and charges). */
export const darkModels = lazy(() => models().filter((m) => m.mixingMatrix !== undefined));

/** Light models only: their decay tables are cheap (no three-body HNL cascades at high mass). */
export const cheapModels = lazy(() => [models()[0], models()[1], models()[5], models()[6]] as api.DarkSectorModel[]);

export const decayTables = lazy((): api.DecayTable[] => cheapModels().flatMap((m) => api.decayTables(m)));

export const cylindricalGeometries = lazy((): api.CylindricalGeometry[] => [
  api.babarGeometry,
  {
    name: 'onion',
    regions: [
      { name: 'inner', kind: 'cylinder-shell', rInnerCm: 0, rOuterCm: 10, zMinCm: -20, zMaxCm: 20, instrumented: true, source: 'fuzz', tag: 'C' },
      { name: 'outer', kind: 'cylinder-shell', rInnerCm: 12, rOuterCm: 30, zMinCm: -40, zMaxCm: 60, instrumented: false, source: 'fuzz', tag: 'R' },
      { name: 'cap', kind: 'endcap-disc', rInnerCm: 5, rOuterCm: 30, zMinCm: 70, zMaxCm: 80, instrumented: true, source: 'fuzz', tag: 'T' },
    ],
  },
]);

export const axialGeometries = lazy((): api.AxialGeometry[] => [
  api.na64Geometry,
  api.buildNa64Geometry({ hcalEndCm: 700 }),
  {
    name: 'slabs',
    regions: [
      { name: 'a', zStartCm: 0, zEndCm: 10, instrumented: true, source: 'fuzz', tag: 'C' },
      { name: 'b', zStartCm: 15, zEndCm: 16, transverseWidthCm: 3, instrumented: false, source: 'fuzz', tag: 'V' },
    ],
  },
]);

export const regions = lazy(() => cylindricalGeometries().flatMap((g) => g.regions));

export const segmentLists = lazy((): api.RaySegment[][] => [
  api.raySegments(api.babarGeometry, api.rayFromAngles(Math.PI / 2)),
  api.raySegments(api.babarGeometry, api.rayFromAngles(0.4, 1)),
  api.axialSegments(api.na64Geometry),
  api.axialSegments(api.na64Geometry, 30),
]);

export const eeKinematics = lazy(() => [0, 0.01, 1, 8, 10.5].map((m) => api.eeToGammaAPrimeKinematics(m)));

export const eeSamplers = lazy(() => [
  api.prepareEeToGammaAPrimeSampler({ massGeV: 1 }),
  api.prepareEeToGammaAPrimeSampler({ massGeV: 0.01, epsilon: 1e-3, window: { cosMin: -0.4, cosMax: 0.6 } }),
  api.prepareEeToGammaAPrimeSampler({ massGeV: 9 }),
]);

export const darkBrems = lazy(() => [
  api.prepareDarkBrem({ massGeV: 0.1, epsilon: 1e-4 }),
  api.prepareDarkBrem({ massGeV: 0.01, epsilon: 1, beamEnergyGeV: 10, target: api.TUNGSTEN }),
  api.prepareDarkBrem({ massGeV: 1, epsilon: 1e-3, includeInelastic: false }),
]);

export const darkBremSamplers = lazy(() => darkBrems().map((b) => api.prepareDarkBremSampler(b, { cells: 32 })));

export const tabulated = lazy(() => [
  api.tabulateDistribution((t) => Math.exp(-t), 0, 5, 16),
  api.tabulateDistribution((t) => t * t, -1, 2, 7),
  api.tabulateDistribution(() => 1, 3, 4, 1),
]);

export const depthSamplers = lazy(() => [
  api.prepareProductionDepthSampler(),
  api.prepareProductionDepthSampler({ kind: 'exponential', meanRadiationLengths: 2, maxRadiationLengths: 5 }, api.TUNGSTEN),
  api.prepareProductionDepthSampler({ kind: 'uniform', maxRadiationLengths: 2 }, api.CARBON),
]);

export const targets = lazy((): api.TargetMaterial[] => [api.LEAD, api.TUNGSTEN, api.CARBON]);

const pairTrack = (thetaDeg: number, lambda1Cm: number) => ({ p: momentum(0.1, 1, thetaDeg), lambda1Cm, visible: electronPair(0.5, thetaDeg - 10, thetaDeg + 10) });

export const babarSamples = lazy((): api.EventSample[] => [
  syntheticSample({ process: 'babar-monophoton', events: [{ tracks: [pairTrack(90, 1)] }, { tracks: [pairTrack(40, 1e-3), pairTrack(120, 10)] }, {}] }),
  syntheticSample({ process: 'babar-monophoton', massGeV: 2, events: [{ tracks: [pairTrack(60, 0.5)] }] }),
]);

export const na64Samples = lazy((): api.EventSample[] => [
  syntheticSample({ process: 'na64-bremsstrahlung', events: [{ tracks: [pairTrack(1, 1)] }, { tracks: [pairTrack(2, 1e-2)] }] }),
  syntheticSample({ process: 'na64-bremsstrahlung', massGeV: 0.05, darkWidthGeV: 0, events: [{}, { tracks: [pairTrack(0.5, 3)] }] }),
]);

export const samples = lazy(() => [...babarSamples(), ...na64Samples()]);

export const babarSelections = lazy(() => [api.babarMonophotonSelection(), api.babarMonophotonSelection({ vetoVolume: 'instrumented', innerVolumeVisible: false })]);
export const na64Selections = lazy(() => [api.na64InvisibleSelection(), api.na64ModifiedSelection()]);

/** [sample, terms] pairs that belong together. */
export const sampleTerms = lazy((): [api.EventSample, api.SurvivalTerms][] => [
  ...babarSamples().map((s): [api.EventSample, api.SurvivalTerms] => [s, api.babarSurvivalTerms(s)]),
  ...na64Samples().map((s): [api.EventSample, api.SurvivalTerms] => [s, api.na64SurvivalTerms(s, api.na64ModifiedSelection())]),
]);

/** Summaries of the terms above, and of the NA64 samples under the standard selection (histogram only). */
export const summaries = lazy((): api.SurvivalSummary[] => [
  ...sampleTerms().map(([, t]) => api.summarizeSurvivalTerms([t])),
  ...sampleTerms().map(([, t]) => api.summarizeSurvivalTerms([t], { generalExactCap: 0 })), // general-track events expanded
  ...na64Samples().map((s) => api.summarizeSurvivalTerms([api.na64SurvivalTerms(s)])),
]);

export const limitCurves = lazy((): api.LimitCurve[] => [
  api.limitCurve('flat', [0.01, 0.1, 1, 10], [1e-3, 1e-3, 2e-3, 1e-2]),
  api.limitCurve('segments', [0.02, 0.2, 0.3, 3], [5e-4, 1e-3, 1e-3, 3e-3], [1, 1, 2, 2]),
]);

/** Hand-built recast curves (generating real ones costs a Monte Carlo run per point). */
export const recastCurves = lazy((): api.RecastCurve[] => {
  const point = (massGeV: number, lower: number | null, upper: number | null): api.RecastPoint => ({
    massGeV,
    epsilonLimit: 1e-3,
    epsilonLower: lower,
    epsilonUpper: upper,
    epsilonLowerError: lower === null ? null : lower * 0.01,
    epsilonUpperError: upper === null ? null : upper * 0.02,
    intervals: lower === null ? [] : [{ lower, upper }],
    survivingFraction: 0.5,
    survivingFractionError: 0.01,
    events: 100,
    seed: 7,
  });
  return [
    { experiment: 'babar2017', model: 'idm', modelParameters: { massGeV: 1, epsilon: 1e-3, r: 0.33 }, limit: 'flat', seed: 1, points: [point(0.1, 1e-3, 1e-2), point(0.5, 2e-3, null), point(1, null, null)] },
    { experiment: 'na64-2019', model: 'idm', modelParameters: { massGeV: 1 }, limit: 'flat', seed: 2, points: [point(0.1, 1e-4, 1e-3), point(0.3, 1e-4, 3e-2)] },
  ];
});

export const g2Points = lazy(() => api.g2Opening({ curves: recastCurves() }));

export const fourVectors = lazy((): api.FourVector[] => [
  [1, 0, 0, 0],
  [5, 0, 0, 3],
  [10, 1, -2, 3],
  [1e-3, 0, 0, 1e-3],
  [100, 0, 0, -99.99],
]);

// ---- Monte Carlo (issue 5) -----------------------------------------------------------------------------------

export const decayPlans = lazy(() => cheapModels().filter((m) => m.states.length > 0).map((m) => api.prepareDecayPlan(m)));

export const densitySamplers = lazy(() => [
  api.prepareDensitySampler((x) => Math.exp(-x), 0, 5),
  api.prepareDensitySampler((x) => x * x, -1, 2, { cells: 16, breakpoints: [0] }),
]);

export const threeBodySamplers = lazy(() => [
  api.prepareThreeBodySampler({
    parentMassGeV: 0.462,
    recoilMassGeV: 0.33,
    firstMassGeV: api.ELECTRON_MASS_GEV,
    secondMassGeV: api.ELECTRON_MASS_GEV,
    q2Density: () => 1,
    dalitzQuadratic: api.leptonDalitzQuadratic(1, 0, 0.33, 0.462, api.ELECTRON_MASS_GEV),
  }),
]);

/** Small generated samples (20 events each) for the event writers. */
export const mcSamples = lazy(() => [
  api.generateEvents({ model: api.preset('idm', { massGeV: 0.5 }), experiment: 'babar', events: 20, seed: 1 }),
  api.generateEvents({ model: api.preset('idm', { massGeV: 0.2 }), experiment: 'na64', events: 20, seed: 2 }),
]);
