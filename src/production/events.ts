/**
 * Monte Carlo event generation (issue 5): three-body decay kinematics, the per-model decay plan, A' decay
 * cascades, the `generateEvents` entry point and the event writers (JSON Lines, CSV, HepMC3 ASCII, LHE 3.0).
 * Re-exports only.
 *
 * @module
 */
export { prepareDensitySampler, sampleDensity, type DensitySampler, type DensitySamplerOptions } from '../kinematics/densitySampler.js';
export { boostFromRestWithMassInto, decayTwoBodyWithMassInto } from '../kinematics/knownMassDecay.js';
export {
  prepareThreeBodySampler,
  sampleThreeBodyInto,
  type ThreeBodySampler,
  type ThreeBodySamplerOptions,
} from '../kinematics/threeBodySampler.js';
export {
  chooseChannel,
  prepareDecayPlan,
  type DecayChannelKind,
  type DecayPlan,
  type ParticleDecays,
  type SampledChannel,
} from './decayChannelSampler.js';
export { leptonDalitzQuadratic } from './leptonDalitz.js';
export { createCascadeBuffers, type CascadeBuffers } from './cascadeBuffers.js';
export { sampleDecayChainInto, sampleStateDecayChainInto } from './decayChain.js';
export {
  EVENT_EXPERIMENTS,
  MAX_EVENTS,
  EVENT_CHUNK,
  generateEvents,
  generateEventChunks,
  type BabarEventOptions,
  type EventExperiment,
  type Na64EventOptions,
  type GenerateEventsOptions,
} from './generateEvents.js';
export { HEPMC_DARK_PHOTON_PDG, darkFermionPdg, writeHepMC3, writeHepMC3Chunks, type HepMC3Options } from './writeHepMC3.js';
export { writeLhe, writeLheChunks, type LheOptions } from './writeLhe.js';
export { readEventsJsonLines, writeEventsJsonLines, writeEventsJsonLinesChunks } from './writeEventsJsonLines.js';
export { EVENTS_CSV_COLUMNS, writeEventsCsv, writeEventsCsvChunks } from './writeEventsCsv.js';
