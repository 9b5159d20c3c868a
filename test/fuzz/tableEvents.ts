// Fuzz table, from production to recast: cross sections, kinematics and samplers of e+e− → γA′ and dark
// bremsstrahlung, the thick target, the NA64 yield, the experiments' survival terms and the recast.
import fc from 'fast-check';
import { between, buffer, int, logUniform, mostly, oneOfStrings, pos, randomStream, real } from './arbitraries.js';
import { entry, HEAVY, intoEntry, LIGHT, MEDIUM, type FuzzEntry } from './entry.js';
import {
  babarSamples,
  babarSelections,
  cheapModels,
  darkBrems,
  darkBremSamplers,
  depthSamplers,
  eeKinematics,
  eeSamplers,
  fourVectors,
  fromPool,
  g2Points,
  limitCurves,
  na64Samples,
  na64Selections,
  recastCurves,
  samples,
  sampleTerms,
  summaries,
  tabulated,
  targets,
} from './fixtures.js';

const sqrtS = fc.option(fc.oneof(between(9, 11), pos(-1, 2)), { nil: undefined });
const eeMass = fc.oneof(between(0, 10.58), pos(-3, 1.2));
const epsilon = fc.oneof({ weight: 6, arbitrary: pos(-8, -0.01) }, { weight: 1, arbitrary: between(0, 1) });
const window = fc.record({ cosMin: between(-1, 0.5), cosMax: between(-0.5, 1) });
const beams = fc.record({ electronEnergyGeV: pos(-2, 1.5), positronEnergyGeV: pos(-2, 1.5), sqrtSGeV: pos(-1, 1.5), source: fc.constant('fuzz') });
const target = fromPool(targets);
const bremMass = pos(-3, 0.5);
const beamEnergy = fc.oneof(fc.constant(100), pos(-1, 3));
const brem = fromPool(darkBrems);
const x = fc.oneof(between(0, 1), pos(-4, 0));
const v = between(0, 1);
const limit = fromPool(limitCurves);
const curve = fromPool(recastCurves);
const sample = fromPool(samples);
const babarSample = fromPool(babarSamples);
const na64Sample = fromPool(na64Samples);
const selection = fc.oneof(fromPool(babarSelections), fromPool(na64Selections));
const experiment = oneOfStrings('babar2017', 'na64-2019', 'na64-modified');
const csvRows = fc
  .array(fc.tuple(logUniform(-2, 1), logUniform(-5, -0.5)), { minLength: 2, maxLength: 8 })
  .map((rows) => rows.sort((a, b) => a[0] - b[0]));
const fractionFn = fc.constantFrom(
  () => 1,
  () => 0.5,
  (e: number) => Math.exp(-e * 1e3),
  (e: number) => (e > 0.01 ? 0 : 1),
  () => 2,
  () => Number.NaN,
  () => 'x',
);

/** A HEPData YAML table of a limit (mass units and the dependent variable's name sometimes wrong). */
const hepDataTable = fc
  .tuple(
    fc.array(logUniform(-2, 1), { minLength: 2, maxLength: 6 }).map((m) => [...new Set(m)].sort((a, b) => a - b)),
    fc.constantFrom('GEV', 'GEV', 'MEV', 'TeV'),
    fc.constantFrom('EPSILON', 'EPSILON', 'EPSILON', 'EPS^2'),
  )
  .map(([ms, unit, name]) =>
    [
      'independent_variables:',
      `- header: {name: "M(A')", units: ${unit}}`,
      '  values:',
      ...ms.map((m) => `  - {value: ${m}}`),
      'dependent_variables:',
      `- header: {name: ${name}}`,
      '  values:',
      ...ms.map((m, k) => (k % 3 === 2 ? `  - {low: ${1e-4 * m}, high: ${2e-4 * m}}` : `  - {value: ${1e-4 * (k + 1)}}`)),
    ].join('\n'),
  );

/**
 * SurvivalTerms document infinite interval bounds "only when λ₁ underflows the division" (experiments/types.ts):
 * allowed when the sample has a decay length so short that a detector distance (≤ 1e15 cm) over it overflows.
 */
const tinyDecayLength = (args: readonly unknown[]): boolean => {
  const lambda = (args[0] as { decayLengthCmAtUnitEpsilon?: unknown } | null)?.decayLengthCmAtUnitEpsilon;
  return lambda instanceof Float64Array && lambda.some((l) => l < 1e15 / Number.MAX_VALUE);
};

const ascendingMasses = fc.array(pos(-2, 1), { minLength: 2, maxLength: 6 }).map((m) => [...new Set(m)].sort((a, b) => a - b));

export const eventEntries: Record<string, FuzzEntry> = {
  // ---- cross-section units, BaBar beams and kinematics
  fbToInvGeV2: entry(LIGHT, real(-10, 10)),
  invGeV2ToFb: entry(LIGHT, real(-10, 10)),
  invGeV2ToPb: entry(LIGHT, real(-10, 10)),
  beamBoost: entry(LIGHT, fc.option(beams, { nil: undefined })),
  photonEnergyCm: entry(LIGHT, eeMass, sqrtS),
  darkPhotonEnergyCm: entry(LIGHT, eeMass, sqrtS),
  maxMassForPhotonThreshold: entry(LIGHT, between(0, 5.29), sqrtS),
  eeToGammaAPrimeKinematics: entry(LIGHT, eeMass, fc.option(beams, { nil: undefined })),
  eeToGammaAPrimeLabInto: {
    args: fc
      .tuple(buffer(8, 16), int(0, 8), fromPool(eeKinematics), between(-1, 1), real(-1, 1), fc.boolean(), int(0, 4))
      .map(([o, k, kin, c, phi, separate, k2]) => (separate ? [o, k, kin, c, phi, new Float64Array(8), k2] : [o, k, kin, c, phi]) as readonly unknown[]),
    runs: LIGHT,
    out: [0, 5],
  },
  symmetricCosWindow: entry(LIGHT, between(0, 1)),
  eeToGammaAPrimeCrossSection: entry(
    LIGHT,
    fc.record({ massGeV: eeMass, epsilon, sqrtSGeV: pos(-1, 1.5), alpha: pos(-3, -0.01) }, { requiredKeys: ['massGeV', 'epsilon'] }),
    fc.option(window, { nil: undefined }),
  ),
  eeToGammaAPrimeDSigmaDCos: entry(
    LIGHT,
    fc.record({ massGeV: eeMass, epsilon, sqrtSGeV: pos(-1, 1.5), alpha: pos(-3, -0.01) }, { requiredKeys: ['massGeV', 'epsilon'] }),
    between(-1, 1),
  ),
  prepareEeToGammaAPrimeSampler: entry(
    MEDIUM,
    fc.record({ massGeV: eeMass, epsilon, window, beams, alpha: pos(-3, -0.01) }, { requiredKeys: ['massGeV'] }),
  ),
  sampleEeToGammaAPrime: entry(LIGHT, fromPool(eeSamplers), randomStream),
  sampleEeToGammaAPrimeCosTheta: entry(LIGHT, fromPool(eeSamplers), v),
  sampleEeToGammaAPrimeInto: {
    args: fc
      .tuple(buffer(8, 16), int(0, 8), fromPool(eeSamplers), randomStream, fc.boolean(), int(0, 4))
      .map(([o, k, s, r, separate, k2]) => (separate ? [o, k, s, r, new Float64Array(8), k2] : [o, k, s, r]) as readonly unknown[]),
    runs: LIGHT,
    out: [0, 4],
  },
  // ---- targets, form factors, photon flux
  targetNumberDensityPerCm3: entry(LIGHT, target),
  formFactorScales: entry(LIGHT, target),
  elasticFormFactor: entry(LIGHT, pos(-10, 2), target),
  inelasticFormFactor: entry(LIGHT, pos(-10, 2), target),
  photonFluxTRange: entry(LIGHT, bremMass, beamEnergy),
  photonFluxElasticClosedForm: entry(LIGHT, bremMass, beamEnergy, target),
  photonFluxElasticNumerical: entry(HEAVY, bremMass, beamEnergy, target, fc.option(between(1e-10, 1e-3), { nil: undefined })),
  photonFluxInelastic: entry(HEAVY, bremMass, beamEnergy, target, fc.option(between(1e-10, 1e-3), { nil: undefined })),
  photonFlux: entry(MEDIUM, bremMass, beamEnergy, target, fc.option(oneOfStrings('closed-form', 'numerical'), { nil: undefined })),
  // ---- dark bremsstrahlung
  prepareDarkBrem: entry(
    MEDIUM,
    fc.record(
      {
        massGeV: bremMass,
        epsilon,
        beamEnergyGeV: beamEnergy,
        target,
        fluxMethod: oneOfStrings('closed-form', 'numerical'),
        includeInelastic: mostly(fc.boolean()),
        alpha: pos(-3, -0.01),
      },
      { requiredKeys: ['massGeV', 'epsilon'] },
    ),
  ),
  darkBremDSigmaDx: entry(LIGHT, brem, x),
  darkBremDSigmaDxMasslessElectron: entry(LIGHT, brem, x),
  darkBremD2SigmaDxDCosTheta: entry(LIGHT, brem, x, fc.oneof(between(0, Math.PI), pos(-6, -1))),
  darkBremMedianAngle: entry(LIGHT, bremMass, beamEnergy, x),
  darkBremCrossSection: entry(
    HEAVY,
    brem,
    fc.option(fc.record({ xMin: x, xMax: x, relTol: between(1e-10, 1e-3) }, { requiredKeys: [] }), { nil: undefined }),
  ),
  darkBremFractionAbove: entry(HEAVY, brem, x),
  darkBremMeanX: entry(HEAVY, brem),
  darkBremLeadingLogCrossSection: entry(LIGHT, brem),
  darkBremRecoilElectronInto: {
    args: fc
      .tuple(buffer(4, 12), int(0, 8), brem, fromPool(fourVectors), fc.boolean())
      .map(([o, k, b, p, asBuffer]) => (asBuffer ? [o, k, b, Float64Array.from([0, ...p]), 1] : [o, k, b, p]) as readonly unknown[]),
    runs: LIGHT,
    out: [0],
  },
  prepareDarkBremSampler: entry(
    HEAVY,
    brem,
    fc.option(fc.record({ cells: int(1, 50), xMin: x, xMax: x }, { requiredKeys: [] }), { nil: undefined }),
  ),
  sampleDarkBremX: entry(LIGHT, fromPool(darkBremSamplers), v),
  sampleDarkBremTheta: entry(LIGHT, brem, x, v),
  sampleDarkBremInto: {
    args: fc
      .tuple(buffer(4, 12), int(0, 8), fromPool(darkBremSamplers), randomStream, fc.boolean(), int(0, 4))
      .map(([o, k, s, r, recoil, k2]) => (recoil ? [o, k, s, r, new Float64Array(8), k2] : [o, k, s, r]) as readonly unknown[]),
    runs: LIGHT,
    out: [0, 4],
  },
  sampleDarkBrem: entry(LIGHT, fromPool(darkBremSamplers), randomStream),
  etlOverIwwRatio: entry(
    LIGHT,
    pos(-3, 0.5),
    fc.option(
      fc.record(
        {
          table: fc.constantFrom(
            { massesGeV: [0.01, 0.1, 1], ratios: [0.9, 0.6, 0.4], target: 'Pb', beamEnergyGeV: 100, source: 'fuzz' },
            { massesGeV: [0.1, 0.2], ratios: [1, 1], target: 'W', beamEnergyGeV: 50, source: 'fuzz' },
          ),
          outOfRange: oneOfStrings('throw', 'clamp'),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
  ),
  tabulateDistribution: entry(
    MEDIUM,
    fc.oneof(
      fc.constantFrom((t: number) => Math.exp(-t), (t: number) => t * t, () => 1, (t: number) => Math.abs(Math.sin(t))),
      fc.constantFrom(() => -1, () => Number.NaN, () => 0, () => 'x'),
    ),
    real(-2, 1),
    real(-2, 1.5),
    int(1, 40),
    fc.option(between(1e-10, 1e-3), { nil: undefined }),
  ),
  sampleTabulated: entry(LIGHT, fromPool(tabulated), v),
  primaryElectronSurvival: entry(LIGHT, pos(-3, 1.5), fc.oneof(between(1e-6, 1), pos(-7, 0))),
  primaryElectronTrackLength: entry(LIGHT, fc.oneof(between(1e-6, 1), pos(-7, 0))),
  prepareProductionDepthSampler: entry(
    MEDIUM,
    fc.option(
      fc.oneof(
        fc.record({ kind: mostly(fc.constant('primary-electron')), minEnergyFraction: between(1e-6, 1), maxRadiationLengths: pos(-1, 1.5) }),
        fc.record({ kind: mostly(fc.constant('exponential')), meanRadiationLengths: pos(-1, 1), maxRadiationLengths: pos(-1, 1.5) }),
        fc.record({ kind: oneOfStrings('uniform', 'flat'), maxRadiationLengths: pos(-1, 1.5) }),
      ),
      { nil: undefined },
    ),
    fc.option(target, { nil: undefined }),
  ),
  sampleProductionDepthCm: entry(LIGHT, fromPool(depthSamplers), v),
  na64YieldEstimate: entry(HEAVY, pos(-2, 0), epsilon),
  na64EpsilonLimitEstimate: entry(HEAVY, pos(-2, 0)),
  // ---- experiments
  babarMonophotonSelection: entry(
    LIGHT,
    fc.option(
      fc.record(
        {
          photonThresholdGeV: pos(-1, 0.5),
          photonWindow: window,
          leptonEnergyThresholdGeV: pos(-2, 0),
          hadronEnergyThresholdGeV: pos(-2, 0),
          separationAngleDeg: pos(-1, 2),
          separatedPairRule: oneOfStrings('both', 'either'),
          leptonAcceptance: fc.record({ thetaMinDeg: between(0, 90), thetaMaxDeg: between(90, 180) }),
          vetoVolume: oneOfStrings('envelope', 'instrumented'),
          innerVolumeVisible: mostly(fc.boolean()),
          geometry: fromPool(() => [babarSelections()[0]?.geometry]),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
  ),
  na64InvisibleSelection: entry(
    LIGHT,
    fc.option(
      fc.record({ ecalMaxEnergyGeV: pos(0, 2), hcalEndCm: between(600, 1000), ecalEndCm: between(0, 100), productionZCm: between(0, 45) }, { requiredKeys: [] }),
      { nil: undefined },
    ),
  ),
  na64ModifiedSelection: entry(
    LIGHT,
    fc.option(
      fc.record({ ecalMaxEnergyGeV: pos(0, 2), hcalEndCm: between(600, 1000), ecalEndCm: between(0, 100), productionZCm: between(0, 45) }, { requiredKeys: [] }),
      { nil: undefined },
    ),
  ),
  babarSurvivalTerms: { ...entry(MEDIUM, babarSample, fc.option(fromPool(babarSelections), { nil: undefined })), infiniteAllowed: tinyDecayLength },
  na64SurvivalTerms: { ...entry(MEDIUM, na64Sample, fc.option(fromPool(na64Selections), { nil: undefined })), infiniteAllowed: tinyDecayLength },
  survivalTerms: { ...entry(MEDIUM, sample, selection), infiniteAllowed: tinyDecayLength },
  mergeSurvivalTerms: {
    args: fc.tuple(fc.array(fromPool(sampleTerms).map(([, t]) => t), { minLength: 1, maxLength: 3 })),
    runs: MEDIUM,
    infiniteAllowed: (args) => Array.isArray(args[0]) && (args[0] as { upper?: unknown }[]).some((t) => t.upper instanceof Float64Array && t.upper.includes(Infinity)),
  },
  summarizeSurvivalTerms: {
    args: fc.tuple(
      fc.array(fromPool(sampleTerms).map(([, t]) => t), { minLength: 1, maxLength: 3 }),
      fc.option(
        fc.oneof(
          fc.record({ generalExactCap: fc.oneof(int(0, 50), fc.constantFrom(-1, 0.5, Number.NaN)) }),
          fc.constant({ generalExactCaps: 3 }), // a typo: an unknown key
        ),
        { nil: undefined },
      ),
    ),
    runs: MEDIUM,
  },
  survivingFractionFromSummary: {
    args: fc.tuple(fromPool(summaries), epsilon),
    runs: LIGHT,
  },
  darkBranchingRatio: entry(LIGHT, sample, epsilon),
  survivingFraction: { args: fc.tuple(fromPool(sampleTerms), epsilon).map(([[, t], e]) => [t, e] as const), runs: LIGHT },
  recastFraction: { args: fc.tuple(fromPool(sampleTerms), epsilon).map(([[s, t], e]) => [s, t, e] as const), runs: LIGHT },
  experimentByName: entry(LIGHT, experiment),
  // ---- recast
  limitCurve: {
    args: fc
      .tuple(mostly(fc.constant('toy')), ascendingMasses, fc.boolean())
      .chain(([label, masses, withSegments]) =>
        fc.tuple(
          fc.constant(label),
          fc.constant(masses),
          fc.array(pos(-5, -0.5), { minLength: masses.length, maxLength: masses.length }),
          withSegments ? fc.array(int(1, 3), { minLength: masses.length, maxLength: masses.length }).map((s) => s.sort()) : fc.constant(undefined),
        ),
      ),
    runs: LIGHT,
  },
  limitCurveRange: entry(LIGHT, limit),
  limitAt: entry(LIGHT, limit, pos(-2, 1)),
  parseLimitCsv: entry(
    MEDIUM,
    fc
      .tuple(
        fc.constantFrom('m_GeV,eps', 'm_GeV,eps', 'mass,epsilon,segment', '1,2', ''),
        csvRows,
        fc.option(fc.tuple(fc.nat(), fc.constantFrom('# c', '', 'a,b', '1', '0.5,2,x')), { nil: undefined }),
      )
      .map(([head, rows, junkLine]) => {
        const lines = rows.map(([m, e], k) => (head.endsWith('segment') ? `${m},${e},${k < 2 ? 1 : 2}` : `${m},${e}`));
        if (junkLine !== undefined) lines.splice(junkLine[0] % (lines.length + 1), 0, junkLine[1]);
        return [head, ...lines].join('\n');
      }),
    mostly(fc.constant('toy')),
  ),
  parseLimitJson: entry(
    MEDIUM,
    fc.oneof(
      csvRows.map((rows) => JSON.stringify(rows.map(([massGeV, epsilon]) => ({ massGeV, epsilon })))),
      csvRows.map((rows) => JSON.stringify({ massesGeV: rows.map((r) => r[0]), epsilons: rows.map((r) => r[1]) })),
      fc.constantFrom('{', 'null', '[null]', '[1,2]', '{"massesGeV": [1, 2]}', '"x"', '[{"massGeV": "1e-1", "epsilon": 1e-3}, {}]'),
    ),
    mostly(fc.constant('toy')),
  ),
  parseLimitHepData: entry(
    MEDIUM,
    fc.oneof(
      { weight: 4, arbitrary: hepDataTable },
      { weight: 1, arbitrary: fc.constantFrom('a: [', 'null', 'independent_variables: 1', 'independent_variables: [1]\ndependent_variables: [2]', '- 1\n- 2') },
    ),
    mostly(fc.constant('toy')),
    fc.option(oneOfStrings('EPSILON', 'EPSILON', 'EPSILON', 'EPS^2'), { nil: undefined }),
  ),
  solveExclusion: entry(
    MEDIUM,
    fractionFn,
    pos(-5, -0.5),
    fc.option(fc.record({ epsilonMax: between(0.01, 0.999), pointsPerDecade: int(2, 30), relTol: between(1e-12, 1e-3) }, { requiredKeys: [] }), { nil: undefined }),
  ),
  recastPoint: entry(
    40,
    fc
      .record(
        {
          model: fromPool(cheapModels),
          experiment,
          limit,
          events: int(1, 30),
          seed: int(0, 2 ** 32 - 1),
          selection: fc.boolean(),
          solver: fc.record({ pointsPerDecade: int(2, 8) }, { requiredKeys: [] }),
        },
        { requiredKeys: ['model', 'experiment', 'limit', 'events'] },
      )
      .map(({ selection: withSelection, ...o }) => {
        // A selection of the experiment's own kind (a non-default one), when asked for.
        const own = o.experiment === 'babar2017' ? babarSelections()[1] : o.experiment === 'na64-modified' ? na64Selections()[1] : na64Selections()[0];
        return withSelection === true && own !== undefined ? { ...o, selection: own } : o;
      }),
  ),
  recastCurve: entry(
    16,
    fc.record(
      {
        model: fromPool(cheapModels),
        experiment,
        limit,
        massesGeV: fc.array(pos(-1.5, 0.5), { minLength: 1, maxLength: 2 }),
        events: int(1, 20),
        seed: int(0, 100),
        onProgress: fc.constantFrom(() => undefined, () => 1),
      },
      { requiredKeys: ['model', 'experiment', 'limit', 'massesGeV', 'events'] },
    ),
  ),
  g2Opening: entry(
    MEDIUM,
    fc.record(
      {
        curves: fc.array(curve, { minLength: 0, maxLength: 2 }),
        dataset: oneOfStrings('2021', '2023', '2025'),
        sigmas: pos(-1, 1),
        massesGeV: fc.array(fc.oneof(fc.constantFrom(0.1, 0.3, 0.5, 1), pos(-2, 1)), { maxLength: 4 }),
      },
      { requiredKeys: ['curves'] },
    ),
  ),
  openMassRanges: entry(LIGHT, fromPool(() => [g2Points()]), fc.option(between(0, 1), { nil: undefined })),
  recastToCsv: entry(LIGHT, curve),
  recastToHepDataYaml: entry(MEDIUM, curve),
  recastToJson: entry(LIGHT, curve),
};
