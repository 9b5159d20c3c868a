/**
 * The public entry point of the Monte Carlo: N events of A' production at BaBar (e+e− → γA') or NA64
 * (e⁻Z → e⁻ZA'), each followed by the full dark-sector cascade of the A', as an eps-independent
 * {@link EventSample}.
 *
 * - BaBar (EXPERIMENTS.md §1): √s = 10.58 GeV, cos θ*_γ from dσ/dcos θ* inside the window (default
 *   |cos θ*| < 0.6) and φ uniform, boosted to the lab (`prepareEeToGammaAPrimeSampler`); `recoil` = the photon,
 *   `selectionVariable` = cos θ*_γ.
 * - NA64 (EXPERIMENTS.md §2): x = E_A'/E₀ and θ from the IWW dark-bremsstrahlung sampler over the whole x
 *   range (the experiments layer applies E_recoil < 50 GeV), `recoil` = the scattered electron
 *   (`darkBremRecoilElectronInto` model), `selectionVariable` = x.
 * - Decays: `sampleDecayChainInto` with the per-model `prepareDecayPlan` (A' → dark sector only; the
 *   eps-dependent BR_dark(eps) = Γ_dark/(Γ_dark + eps² Γ_SM/eps²) is left to the consumer through
 *   `darkPhotonDarkWidthGeV` and `darkPhotonSmWidthPerEpsilon2GeV`).
 * Kinematics are sampled once per mass point: eps enters only through λ₁/eps² (never re-simulate per eps).
 * Random numbers: events come in chunks of {@link EVENT_CHUNK} = 2¹⁵; chunk k uses stream 2k of
 * `createRandomStream(seed)` for production and stream 2k + 1 for the decays. So the same seed gives
 * bit-identical samples on every platform, the first M events of a sample of N ≥ M events are the sample of M
 * events, and {@link generateEventChunks} streams exactly the events of {@link generateEvents} with memory
 * bounded by one chunk.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { createRandomStream, type RandomStream } from '../core/random/index.js';
import { requireInteger, requireObject, requireOneOf } from '../core/validate.js';
import type { DarkSectorModel } from '../models/types.js';
import { prepareDarkBremSampler, sampleDarkBremInto } from './darkBremSampler.js';
import { prepareDarkBrem } from './darkBremSetup.js';
import { createCascadeBuffers, type CascadeBuffers } from './cascadeBuffers.js';
import { markGeneratedSample } from './checkEventSample.js';
import { sampleDecayChainUncheckedInto } from './decayChain.js';
import { prepareDecayPlan, type DecayPlan } from './decayChannelSampler.js';
import { BABAR_COS_WINDOW, type CosThetaWindow } from './eeToGammaAPrimeParameters.js';
import { prepareEeToGammaAPrimeSampler, sampleEeToGammaAPrimeUncheckedInto } from './eeToGammaAPrimeSampler.js';
import type { EventSample, ProductionProcess } from './eventSample.js';
import type { TargetMaterial } from './targets.js';

/**
 * Experiment names accepted by {@link generateEvents} (aliases of the experiments layer's names included).
 * @example const experiment: EventExperiment = 'na64-2019';
 */
export type EventExperiment = 'babar' | 'babar2017' | 'na64' | 'na64-2019' | 'na64-modified';

/**
 * All names accepted by {@link generateEvents}.
 * @example EVENT_EXPERIMENTS.includes('na64-2019') // true
 */
export const EVENT_EXPERIMENTS: readonly EventExperiment[] = Object.freeze(['babar', 'babar2017', 'na64', 'na64-2019', 'na64-modified']);

/**
 * Largest number of events of one call (memory: ~0.3 kB per event for {@link generateEvents}; one chunk of
 * {@link EVENT_CHUNK} events at a time for {@link generateEventChunks}).
 * @example MAX_EVENTS // 10 000 000
 */
export const MAX_EVENTS = 10_000_000;

/** Options of {@link generateEvents}. */
export interface GenerateEventsOptions {
  /** The model (its m_A' is the mass point; its eps only fixes the tables' reference eps). */
  readonly model: DarkSectorModel;
  /** `'babar'`/`'babar2017'` → e+e− → γA'; `'na64'`/`'na64-2019'`/`'na64-modified'` → dark bremsstrahlung. */
  readonly experiment: EventExperiment;
  /** Number of events, an integer in [1, {@link MAX_EVENTS}]. */
  readonly events: number;
  /** Seed, an integer in [0, 2³² − 1]. */
  readonly seed: number;
  /** BaBar options (used for `'babar'`, `'babar2017'`). */
  readonly babar?: BabarEventOptions;
  /** NA64 options (used for the `'na64…'` names). */
  readonly na64?: Na64EventOptions;
}

/** BaBar production options of {@link generateEvents}. */
export interface BabarEventOptions {
  /** The cos θ*_γ window sampled (default |cos θ*| < 0.6, `BABAR_COS_WINDOW`). */
  readonly cosThetaWindow?: CosThetaWindow;
}

/** NA64 production options of {@link generateEvents}. */
export interface Na64EventOptions {
  /** Beam energy E₀, GeV (default 100, `NA64_BEAM_ENERGY_GEV`). */
  readonly beamEnergyGeV?: number;
  /** Target material (default `LEAD`). */
  readonly target?: TargetMaterial;
  /** Cells of the x inverse-CDF table (default 1024, see `prepareDarkBremSampler`). */
  readonly cells?: number;
}

/** Models of samples made here, for writers that must complete stable (unrecorded) states. @internal */
const sampleModels = new WeakMap<EventSample, DarkSectorModel>();

/**
 * The model a sample was generated with by {@link generateEvents} in this process (undefined otherwise).
 * @param sample - an event sample
 * @returns the model or undefined
 * @example modelOfSample(generateEvents({ model, experiment: 'babar', events: 10, seed: 1 })) === model // true
 * @internal
 */
export function modelOfSample(sample: EventSample): DarkSectorModel | undefined {
  return sampleModels.get(sample);
}

function rejectUnknown(o: Record<string, unknown>, prefix: string, known: readonly string[]): void {
  for (const key of Object.keys(o)) {
    if (!known.includes(key)) throw new ParameterError(`${prefix}${key}`, o[key], `not an option (known: ${known.join(', ')})`);
  }
}

/** Per-event production kernel: writes A' and recoil at 4e, returns the selection variable. */
type Producer = (darkPhoton: Float64Array, recoil: Float64Array, e: number, random: RandomStream) => number;

function producer(o: Record<string, unknown>, which: ProductionProcess, massGeV: number): Producer {
  const b = o['babar'] === undefined ? {} : requireObject('options.babar', o['babar']);
  rejectUnknown(b, 'options.babar.', ['cosThetaWindow']);
  const n = o['na64'] === undefined ? {} : requireObject('options.na64', o['na64']);
  rejectUnknown(n, 'options.na64.', ['beamEnergyGeV', 'target', 'cells']);
  if (which === 'babar-monophoton') {
    const window = (b['cosThetaWindow'] as CosThetaWindow | undefined) ?? BABAR_COS_WINDOW;
    const sampler = prepareEeToGammaAPrimeSampler({ massGeV, window });
    return (darkPhoton, recoil, e, random) => sampleEeToGammaAPrimeUncheckedInto(recoil, 4 * e, sampler, random, darkPhoton, 4 * e);
  }
  const brem = prepareDarkBrem({
    massGeV,
    epsilon: 1,
    ...(n['beamEnergyGeV'] === undefined ? {} : { beamEnergyGeV: n['beamEnergyGeV'] as number }),
    ...(n['target'] === undefined ? {} : { target: n['target'] as TargetMaterial }),
  });
  const sampler = prepareDarkBremSampler(brem, n['cells'] === undefined ? {} : { cells: n['cells'] as number });
  return (darkPhoton, recoil, e, random) => sampleDarkBremInto(darkPhoton, 4 * e, sampler, random, recoil, 4 * e);
}

/**
 * Events per random-stream chunk (2¹⁵): chunk k of a sample uses streams 2k (production) and 2k + 1 (decays)
 * of its seed, and {@link generateEventChunks} yields one chunk at a time.
 * @example EVENT_CHUNK // 32768
 */
export const EVENT_CHUNK = 2 ** 15;

/** A validated generation request: model, plan and production kernel prepared once. */
interface Generation {
  readonly model: DarkSectorModel;
  readonly process: ProductionProcess;
  readonly count: number;
  readonly seed: number;
  readonly plan: DecayPlan;
  readonly produce: Producer;
}

function prepareGeneration(options: GenerateEventsOptions): Generation {
  const o = requireObject('options', options);
  rejectUnknown(o, 'options.', ['model', 'experiment', 'events', 'seed', 'babar', 'na64']);
  const experiment = requireOneOf('options.experiment', o['experiment'], EVENT_EXPERIMENTS);
  const count = requireInteger('options.events', o['events'], 1, MAX_EVENTS);
  const seed = requireInteger('options.seed', o['seed'], 0, 2 ** 32 - 1);
  const model = requireObject('options.model', o['model']) as unknown as DarkSectorModel;
  const process: ProductionProcess = experiment.startsWith('babar') ? 'babar-monophoton' : 'na64-bremsstrahlung';
  const plan = prepareDecayPlan(model);
  return { model, process, count, seed, plan, produce: producer(o, process, model.darkPhotonMassGeV) };
}

/** Per-event arrays of a range of events (internal). */
export interface EventArrays {
  readonly darkPhoton: Float64Array;
  readonly recoil: Float64Array;
  readonly selectionVariable: Float64Array;
  readonly channel: Int32Array;
  readonly trackStart: Int32Array;
}

function createEventArrays(count: number): EventArrays {
  return {
    darkPhoton: new Float64Array(4 * count),
    recoil: new Float64Array(4 * count),
    selectionVariable: new Float64Array(count),
    channel: new Int32Array(count),
    trackStart: new Int32Array(count + 1),
  };
}

/** Initial track capacity of the cascade buffers for `count` events (≈ 2 tracks per event). */
function cascadeTrackCapacity(count: number): number {
  return Math.min(2 * count + 16, 1 << 20);
}

/** Cascade buffers sized for `count` events (≈ 2 tracks and 4 visible particles per event; they grow ×2 beyond). */
function cascadeBuffersFor(count: number): CascadeBuffers {
  return createCascadeBuffers(cascadeTrackCapacity(count), Math.min(4 * count + 16, 1 << 21));
}

/**
 * Events [first, first + count) of the generation (first a multiple of EVENT_CHUNK), as one sample, generated
 * into `events` (length ≥ count) and `b` (reset first). `inPlace`: the sample's arrays are views of that storage
 * (valid until it is reused); otherwise the per-event arrays are `events` itself (exactly sized) and the
 * cascade arrays are copied out of `b`.
 */
function generateRange(g: Generation, first: number, count: number, events: EventArrays, b: CascadeBuffers, inPlace: boolean): EventSample {
  const { plan, produce, seed } = g;
  const { darkPhoton, recoil, selectionVariable, channel, trackStart } = events;
  b.trackCount = 0;
  b.visibleCount = 0;
  let chunk = first / EVENT_CHUNK;
  let production = createRandomStream(seed, 2 * chunk);
  let decays = createRandomStream(seed, 2 * chunk + 1);
  for (let e = 0; e < count; e++) {
    if (e > 0 && (first + e) % EVENT_CHUNK === 0) {
      chunk++;
      production = createRandomStream(seed, 2 * chunk);
      decays = createRandomStream(seed, 2 * chunk + 1);
    }
    selectionVariable[e] = produce(darkPhoton, recoil, e, production);
    trackStart[e] = b.trackCount;
    channel[e] = sampleDecayChainUncheckedInto(b, plan, darkPhoton, 4 * e, decays);
  }
  trackStart[count] = b.trackCount;
  const t = b.trackCount;
  const v = b.visibleCount;
  const part = <T extends Float64Array | Int32Array>(a: T, n: number): T => (inPlace ? (a.subarray(0, n) as T) : (a.slice(0, n) as T));
  const own = <T extends Float64Array | Int32Array>(a: T, n: number): T => (inPlace ? (a.subarray(0, n) as T) : a);
  const sample: EventSample = Object.freeze({
    process: g.process,
    darkPhotonMassGeV: g.model.darkPhotonMassGeV,
    seed,
    count,
    darkPhotonDarkWidthGeV: plan.darkPhotonDarkWidthGeV,
    darkPhotonSmWidthPerEpsilon2GeV: plan.darkPhotonSmWidthPerEpsilon2GeV,
    channels: Object.freeze(
      plan.darkPhoton.channels.map((c) => Object.freeze({ products: Object.freeze([...c.products]), darkBranchingRatio: c.branchingRatio })),
    ),
    channel: own(channel, count),
    darkPhoton: own(darkPhoton, 4 * count),
    recoil: own(recoil, 4 * count),
    selectionVariable: own(selectionVariable, count),
    trackStart: own(trackStart, count + 1),
    trackMomentum: part(b.trackMomentum, 4 * t),
    trackMass: part(b.trackMass, t),
    trackState: part(b.trackState, t),
    trackParent: part(b.trackParent, t),
    decayLengthCmAtUnitEpsilon: part(b.decayLengthCmAtUnitEpsilon, t),
    visibleStart: part(b.visibleStart, t + 1),
    visibleMomentum: part(b.visibleMomentum, 4 * v),
    visiblePdg: part(b.visiblePdg, v),
  });
  sampleModels.set(sample, g.model);
  markGeneratedSample(sample);
  return sample;
}

/**
 * Generate an eps-independent event sample (see the module comment and eventSample.ts for the record).
 * @param options - model, experiment, number of events, seed, per-experiment options
 * @returns the sample (frozen object; treat its arrays as read-only)
 * @throws ParameterError naming `options.experiment`, `options.events`, `options.seed`, `options.model` or an
 *   unknown option; KinematicsError when the model's A' has no open dark channel (`A' -> dark sector`) or
 *   cannot be produced (m_A' ≥ √s at BaBar, ≥ E₀ − m_e at NA64)
 * @example
 * const sample = generateEvents({ model: preset('idm', { massGeV: 1 }), experiment: 'babar', events: 1000, seed: 7 });
 * sample.trackStart[sample.count] // 1000 tracks (one ψ2 per event)
 */
export function generateEvents(options: GenerateEventsOptions): EventSample {
  const g = prepareGeneration(options);
  return generateRange(g, 0, g.count, createEventArrays(g.count), cascadeBuffersFor(g.count), false);
}

/**
 * The events of {@link generateEvents} with the same options, streamed as consecutive samples of at most
 * {@link EVENT_CHUNK} events (chunk k holds events k·2¹⁵ … of the full sample, bit-identical to them), so that
 * memory stays bounded by one chunk whatever the number of events. Setup (decay plan, production tables)
 * happens once, when the first chunk is requested. Each chunk is a complete {@link EventSample} (its `count`
 * is the chunk's size; `seed` is the sample's seed).
 * @param options - as for {@link generateEvents}
 * @returns an iterator over the chunks
 * @throws as {@link generateEvents}, when the first chunk is requested
 * @example
 * let passed = 0;
 * for (const chunk of generateEventChunks({ model, experiment: 'na64', events: 1_000_000, seed: 7 })) {
 *   passed += na64SurvivalTerms(chunk).selectedCount; // one chunk in memory at a time
 * }
 */
export function* generateEventChunks(options: GenerateEventsOptions): Generator<EventSample, void, undefined> {
  const g = prepareGeneration(options);
  const buffers = cascadeBuffersFor(Math.min(EVENT_CHUNK, g.count)); // reused: the chunks get copies
  for (let first = 0; first < g.count; first += EVENT_CHUNK) {
    const count = Math.min(EVENT_CHUNK, g.count - first);
    yield generateRange(g, first, count, createEventArrays(count), buffers, false);
  }
}

/**
 * Storage for {@link generateEventChunksInPlace} kept between calls (internal): the per-event arrays and the
 * cascade buffers of the last call, reused by the next one when large enough. A caller that recasts many mass
 * points (a scan) then allocates them once instead of a few MB per point, which spares the allocation, the
 * page faults of fresh zeroed memory, and the garbage collections that V8 starts for external (typed-array)
 * memory.
 * @internal
 */
export interface GenerationStorage {
  events: EventArrays | undefined;
  buffers: CascadeBuffers | undefined;
}

/**
 * The chunks of {@link generateEventChunks}, bit-identical, but all generated into one reused storage: each
 * chunk's arrays are views that the next chunk overwrites, so a consumer must be done with a chunk before it
 * asks for the next (e.g. build its survival terms). Nothing is allocated per chunk, so memory does not grow
 * with the number of events even before garbage collection catches up.
 * @param options - as for {@link generateEvents}
 * @param storage - storage to reuse (and to keep the storage of this call in for the next); the chunks of a
 *   previous call into the same storage are overwritten
 * @returns an iterator over the chunks (each valid until the next is requested)
 * @throws as {@link generateEvents}, when the first chunk is requested
 * @internal
 */
export function* generateEventChunksInPlace(
  options: GenerateEventsOptions,
  storage: GenerationStorage = { events: undefined, buffers: undefined },
): Generator<EventSample, void, undefined> {
  const g = prepareGeneration(options);
  const size = Math.min(EVENT_CHUNK, g.count);
  if (storage.events === undefined || storage.events.selectionVariable.length < size) storage.events = createEventArrays(size);
  // The buffers grow ×2 when a chunk needs more room, and keep their grown arrays for the next call.
  if (storage.buffers === undefined || storage.buffers.trackMass.length < cascadeTrackCapacity(size)) storage.buffers = cascadeBuffersFor(size);
  const { events, buffers } = storage;
  for (let first = 0; first < g.count; first += EVENT_CHUNK) yield generateRange(g, first, Math.min(EVENT_CHUNK, g.count - first), events, buffers, true);
}
