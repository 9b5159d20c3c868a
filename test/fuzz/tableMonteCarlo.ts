// Fuzz table, Monte Carlo event generation (issue 5): density and three-body samplers, the decay plan and
// cascades, generateEvents and the event writers.
import fc from 'fast-check';
import * as api from '../../src/index.js';
import { between, buffer, int, oneOfStrings, pos, randomStream, real } from './arbitraries.js';
import { entry, HEAVY, LIGHT, MEDIUM, type FuzzEntry } from './entry.js';
import { cheapModels, decayPlans, densitySamplers, fromPool, mcSamples, samples, threeBodySamplers } from './fixtures.js';

const density = fc.oneof(
  fc.constantFrom((x: number) => Math.exp(-x), (x: number) => x * x, () => 1, (x: number) => Math.abs(Math.sin(5 * x))),
  fc.constantFrom(() => -1, () => Number.NaN, () => 0, () => 'x'),
);
const plan = fromPool(decayPlans);
const particleDecays = fromPool(() => decayPlans().flatMap((p) => [p.darkPhoton, ...p.states]));
const mcSample = fromPool(mcSamples);
const anySample = fc.oneof(mcSample, fromPool(samples));
/** A parent four-momentum of mass M with |p| up to 10 GeV: [p⃗, M] → (tuple, M). */
const parentWithMass = fc
  .record({ mass: pos(-2, 0.5), px: real(-2, 1), py: real(-2, 1), pz: real(-2, 1) })
  .map(({ mass, px, py, pz }) => ({ p: [Math.hypot(mass, px, py, pz), px, py, pz] as const, mass }));
const jsonLinesText = fc
  .tuple(mcSample, fc.nat(), fc.constantFrom('keep', 'truncate', 'junk-line', 'drop-line'))
  .map(([s, k, how]) => {
    const text = api.writeEventsJsonLines(s);
    const lines = text.split('\n');
    const i = k % lines.length;
    if (how === 'truncate') return text.slice(0, k % text.length);
    if (how === 'junk-line') return [...lines.slice(0, i), '{"x": 1}', ...lines.slice(i + 1)].join('\n');
    if (how === 'drop-line') return [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
    return text;
  });

/** Options of the HepMC3 writers, and with a cross section those of the LHE writers. */
const writerOptions = fc.record(
  { epsilon: pos(-6, -0.5), seed: int(0, 2 ** 32 - 1), model: fromPool(cheapModels), eventsPerChunk: int(1, 10) },
  { requiredKeys: ['epsilon', 'seed'] },
);
const lheOptions = fc.record(
  {
    epsilon: pos(-6, -0.5), seed: int(0, 2 ** 32 - 1), model: fromPool(cheapModels), eventsPerChunk: int(1, 10), crossSectionPb: pos(-3, 6),
    target: fc.oneof(fc.constantFrom(api.LEAD, api.TUNGSTEN, api.CARBON), fc.record({ atomicNumber: int(-2, 130), massNumber: real(-1, 3) })),
  },
  { requiredKeys: ['epsilon', 'seed'] },
);

/** Options of generateEvents and generateEventChunks (the same contract). */
const generateEventsOptions = fc.record(
  {
    model: fromPool(cheapModels),
    experiment: oneOfStrings('babar', 'babar2017', 'na64', 'na64-2019', 'na64-modified'),
    events: int(1, 30),
    seed: int(0, 2 ** 32 - 1),
    babar: fc.record({ cosThetaWindow: fc.record({ cosMin: between(-1, 0), cosMax: between(0, 1) }) }, { requiredKeys: [] }),
    na64: fc.record({ beamEnergyGeV: between(20, 150), cells: int(8, 64) }, { requiredKeys: [] }),
  },
  { requiredKeys: ['model', 'experiment', 'events', 'seed'] },
);

export const monteCarloEntries: Record<string, FuzzEntry> = {
  prepareDensitySampler: entry(
    MEDIUM,
    density,
    real(-2, 1),
    real(-2, 1.5),
    fc.option(fc.record({ cells: int(1, 64), breakpoints: fc.array(real(-2, 1), { maxLength: 3 }) }, { requiredKeys: [] }), { nil: undefined }),
  ),
  sampleDensity: entry(LIGHT, fromPool(densitySamplers), randomStream),
  boostFromRestWithMassInto: {
    args: fc
      .tuple(buffer(4, 12), int(0, 8), parentWithMass, parentWithMass)
      .map(([o, k, p, parent]) => [o, k, [...p.p], 0, [...parent.p], 0, parent.mass] as const),
    runs: LIGHT,
    out: [0],
  },
  decayTwoBodyWithMassInto: {
    args: fc
      .tuple(buffer(8, 16), int(0, 8), int(0, 8), parentWithMass, between(0, 1), between(0, 1), between(-1, 1), real(-1, 1))
      .map(([o, k1, k2, parent, f1, f2, c, phi]) => [o, k1, k2, [...parent.p], 0, parent.mass, f1 * parent.mass * 0.5, f2 * parent.mass * 0.5, c, phi] as const),
    runs: LIGHT,
    out: [0],
  },
  prepareThreeBodySampler: entry(
    MEDIUM,
    fc
      .record({ parentMassGeV: pos(-1, 0.5), ratio: between(0, 1), cells: int(1, 64) }, { requiredKeys: ['parentMassGeV', 'ratio'] })
      .map(({ parentMassGeV, ratio, ...rest }) => ({
        ...rest,
        parentMassGeV,
        recoilMassGeV: parentMassGeV * ratio * 0.9,
        firstMassGeV: api.ELECTRON_MASS_GEV,
        secondMassGeV: api.ELECTRON_MASS_GEV,
        q2Density: () => 1,
        // (a mutated parent mass or ratio makes the factory throw: then a closure of the wrong shape instead)
        dalitzQuadratic: ((): unknown => {
          try {
            return api.leptonDalitzQuadratic(1, 0.5, parentMassGeV * ratio * 0.9, parentMassGeV, api.ELECTRON_MASS_GEV);
          } catch {
            return () => undefined;
          }
        })(),
      })),
  ),
  sampleThreeBodyInto: {
    args: fc
      .tuple(buffer(12, 20), int(0, 8), fromPool(threeBodySamplers), parentWithMass, randomStream)
      .map(([o, k, s, parent, r]) => [o, k, s, [parent.p[0] + s.parentMassGeV, ...parent.p.slice(1)], 0, r] as const),
    runs: LIGHT,
    out: [0],
  },
  prepareDecayPlan: entry(MEDIUM, fromPool(cheapModels)),
  chooseChannel: entry(LIGHT, particleDecays, between(0, 1)),
  leptonDalitzQuadratic: entry(LIGHT, pos(-2, 0.5), real(-2, 0.5), pos(-3, 0), pos(-2, 0.5), pos(-4, -1)),
  createCascadeBuffers: entry(LIGHT, fc.option(int(1, 64), { nil: undefined }), fc.option(int(1, 64), { nil: undefined })),
  sampleDecayChainInto: {
    args: fc
      .tuple(plan, parentWithMass, fc.integer({ min: 0, max: 4 }), randomStream)
      .map(([p, parent, k, r]) => {
        const m = p.model.darkPhotonMassGeV;
        const b = new Float64Array(k + 4);
        b.set([Math.hypot(m, parent.p[1], parent.p[2], parent.p[3]), parent.p[1], parent.p[2], parent.p[3]], k);
        return [api.createCascadeBuffers(4, 4), p, b, k, r] as const;
      }),
    runs: MEDIUM,
  },
  sampleStateDecayChainInto: {
    args: fc
      .tuple(plan, fc.nat(), parentWithMass, randomStream)
      .map(([p, i, parent, r]) => {
        const state = i % p.states.length;
        const m = p.model.states[state]?.massGeV ?? 1;
        const b = Float64Array.from([Math.hypot(m, parent.p[1], parent.p[2], parent.p[3]), parent.p[1], parent.p[2], parent.p[3]]);
        return [api.createCascadeBuffers(4, 4), p, state, b, 0, r] as const;
      }),
    runs: MEDIUM,
  },
  generateEvents: entry(HEAVY, generateEventsOptions),
  generateEventChunks: entry(HEAVY, generateEventsOptions),
  darkFermionPdg: entry(LIGHT, int(0, 10)),
  writeHepMC3: entry(MEDIUM, anySample, writerOptions),
  writeHepMC3Chunks: entry(MEDIUM, anySample, writerOptions),
  writeLhe: entry(MEDIUM, anySample, lheOptions),
  writeLheChunks: entry(MEDIUM, anySample, lheOptions),
  readEventsJsonLines: entry(MEDIUM, jsonLinesText),
  writeEventsJsonLines: entry(MEDIUM, anySample),
  writeEventsJsonLinesChunks: entry(MEDIUM, anySample, fc.option(int(1, 10), { nil: undefined })),
  writeEventsCsv: entry(MEDIUM, anySample),
  writeEventsCsvChunks: entry(MEDIUM, anySample, fc.option(int(1, 10), { nil: undefined })),
};

/** solveExclusionWithUncertainty sits in the recast layer but takes an F ± σ estimate: here for its fixtures. */
export const uncertaintyEntries: Record<string, FuzzEntry> = {
  solveExclusionWithUncertainty: entry(
    MEDIUM,
    fc.constantFrom(
      () => ({ value: 0.5, error: 0.01 }),
      (e: number) => ({ value: Math.exp(-e * 1e3), error: 0.1 * Math.exp(-e * 1e3) }),
      () => ({ value: 2, error: 0 }),
      () => ({ value: Number.NaN, error: 0 }),
      () => 0.5,
      () => null,
    ),
    pos(-5, -0.5),
    fc.option(
      fc.record({ epsilonMax: between(0.01, 0.999), pointsPerDecade: int(2, 30), relTol: between(1e-12, 1e-3), errorRelTol: between(1e-10, 1e-3) }, { requiredKeys: [] }),
      { nil: undefined },
    ),
  ),
};
