/**
 * Growable structure-of-arrays buffers of the decay-chain Monte Carlo: unstable dark-fermion tracks and their
 * visible daughters, in the layout of {@link EventSample} (eventSample.ts). Full arrays grow ×2 (amortised
 * O(1) per push, no per-event allocation otherwise).
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireInteger, requireObject } from '../core/validate.js';
import type { DecayPlan } from './decayChannelSampler.js';
import type { EventSample } from './eventSample.js';

/** Growable buffers of tracks and visible particles (mutable; build with {@link createCascadeBuffers}). */
export interface CascadeBuffers {
  /** 4 per track: lab four-momentum (E, px, py, pz), GeV. */
  trackMomentum: Float64Array;
  /** Per track: mass, GeV. */
  trackMass: Float64Array;
  /** Per track: state index. */
  trackState: Int32Array;
  /** Per track: parent track index (−1: A' daughter). */
  trackParent: Int32Array;
  /** Per track: λ₁ = lab decay length at eps = 1, cm. */
  decayLengthCmAtUnitEpsilon: Float64Array;
  /** Per track (+1): first visible particle of the track. */
  visibleStart: Int32Array;
  /** 4 per visible particle: lab four-momentum, GeV. */
  visibleMomentum: Float64Array;
  /** Per visible particle: PDG code. */
  visiblePdg: Int32Array;
  /** Tracks stored. */
  trackCount: number;
  /** Visible particles stored. */
  visibleCount: number;
  /** Scratch space of the kernels (16 numbers). */
  readonly scratch: Float64Array;
}

/** Largest initial capacity of {@link createCascadeBuffers} (2²⁴: 128 MiB of track momenta). */
const MAX_CAPACITY = 2 ** 24;

/**
 * Empty buffers with room for `tracks` tracks and `visibles` visible particles (they grow ×2 when full).
 * @param tracks - initial track capacity, an integer in [1, 2²⁴]
 * @param visibles - initial visible-particle capacity, an integer in [1, 2²⁴]
 * @returns the buffers
 * @throws ParameterError naming `tracks` or `visibles` outside that range
 * @example const buffers = createCascadeBuffers(1024, 2048);
 */
export function createCascadeBuffers(tracks = 256, visibles = 512): CascadeBuffers {
  const t = requireInteger('tracks', tracks, 1, MAX_CAPACITY);
  const v = requireInteger('visibles', visibles, 1, MAX_CAPACITY);
  const buffers: CascadeBuffers = {
    trackMomentum: new Float64Array(4 * t),
    trackMass: new Float64Array(t),
    trackState: new Int32Array(t),
    trackParent: new Int32Array(t),
    decayLengthCmAtUnitEpsilon: new Float64Array(t),
    visibleStart: new Int32Array(t + 1),
    visibleMomentum: new Float64Array(4 * v),
    visiblePdg: new Int32Array(v),
    trackCount: 0,
    visibleCount: 0,
    scratch: new Float64Array(16),
  };
  Object.defineProperty(buffers, CREATED, { value: true });
  return buffers;
}

/**
 * Brand of the buffers made by {@link createCascadeBuffers}, which are trusted by identity: a non-enumerable property
 * under a module-private symbol, so that copies (spread, Object.assign, structuredClone) do not carry it. (A property
 * load; a WeakSet lookup cost ~5 ns per checked call.)
 */
const CREATED: unique symbol = Symbol('semivisible.cascadeBuffers');

/** Throws a ParameterError naming `name` unless `a` is an instance of `kind` of length >= `n`. */
function requireTyped(name: string, a: unknown, kind: typeof Float64Array | typeof Int32Array, n: number): void {
  if (!(a instanceof kind) || a.length < n) throw new ParameterError(name, a, `a ${kind.name} of length >= ${n}`);
}

/**
 * Throw a ParameterError naming the field unless `buffers` was made by {@link createCascadeBuffers} or is a
 * structurally valid copy (typed arrays of consistent lengths, counts within them).
 * @internal
 */
export function requireCascadeBuffers(buffers: unknown): CascadeBuffers {
  if (buffers != null && (buffers as { [CREATED]?: unknown })[CREATED] === true) return buffers as CascadeBuffers;
  return requireCascadeBufferFields(buffers);
}

/** The structural check of {@link requireCascadeBuffers} (kept out of it: the JIT inlines the trusted path only). */
function requireCascadeBufferFields(buffers: unknown): CascadeBuffers {
  const o = requireObject('buffers', buffers);
  const mass = o['trackMass'];
  requireTyped('buffers.trackMass', mass, Float64Array, 1);
  const t = (mass as Float64Array).length;
  requireTyped('buffers.trackMomentum', o['trackMomentum'], Float64Array, 4 * t);
  requireTyped('buffers.trackState', o['trackState'], Int32Array, t);
  requireTyped('buffers.trackParent', o['trackParent'], Int32Array, t);
  requireTyped('buffers.decayLengthCmAtUnitEpsilon', o['decayLengthCmAtUnitEpsilon'], Float64Array, t);
  requireTyped('buffers.visibleStart', o['visibleStart'], Int32Array, t + 1);
  const pdg = o['visiblePdg'];
  requireTyped('buffers.visiblePdg', pdg, Int32Array, 1);
  const v = (pdg as Int32Array).length;
  requireTyped('buffers.visibleMomentum', o['visibleMomentum'], Float64Array, 4 * v);
  requireTyped('buffers.scratch', o['scratch'], Float64Array, 16);
  requireInteger('buffers.trackCount', o['trackCount'], 0, t);
  requireInteger('buffers.visibleCount', o['visibleCount'], 0, v);
  return buffers as CascadeBuffers;
}

function grown<T extends Float64Array | Int32Array>(a: T, length: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a);
  return b;
}

function growTracks(b: CascadeBuffers): void {
  const n = 2 * b.trackMass.length;
  b.trackMomentum = grown(b.trackMomentum, 4 * n);
  b.trackMass = grown(b.trackMass, n);
  b.trackState = grown(b.trackState, n);
  b.trackParent = grown(b.trackParent, n);
  b.decayLengthCmAtUnitEpsilon = grown(b.decayLengthCmAtUnitEpsilon, n);
  b.visibleStart = grown(b.visibleStart, n + 1);
}

/**
 * Append a track of state `state` (if it is unstable; nothing otherwise) with the lab four-momentum at
 * `b.scratch[o..o+3]`, its model mass and λ₁ = (|p|/m) cτ₁ (cm, THEORY §3.4; cτ₁ from the plan).
 * @param b - the buffers
 * @param plan - the decay plan (masses, cτ₁, stability)
 * @param state - state index
 * @param parent - parent track index (−1: A' daughter)
 * @param o - offset of the four-momentum in `b.scratch`
 * @example pushTrack(buffers, plan, 1, -1, 0);
 * @internal
 */
export function pushTrack(b: CascadeBuffers, plan: DecayPlan, state: number, parent: number, o: number): void {
  const d = plan.states[state]!;
  if (d.stable) return;
  if (b.trackCount === b.trackMass.length) growTracks(b);
  const t = b.trackCount++;
  const s = b.scratch;
  const px = s[o + 1]!;
  const py = s[o + 2]!;
  const pz = s[o + 3]!;
  const m = b.trackMomentum;
  m[4 * t] = s[o]!;
  m[4 * t + 1] = px;
  m[4 * t + 2] = py;
  m[4 * t + 3] = pz;
  b.trackMass[t] = d.massGeV;
  b.trackState[t] = state;
  b.trackParent[t] = parent;
  b.decayLengthCmAtUnitEpsilon[t] = (Math.sqrt(px * px + py * py + pz * pz) / d.massGeV) * d.ctauCmAtUnitEpsilon;
}

/**
 * Append a visible particle with PDG code `pdg` and the lab four-momentum at `b.scratch[o..o+3]`.
 * @param b - the buffers
 * @param pdg - PDG code (±11, ±13, ±15; 0 for a hadronic system)
 * @param o - offset of the four-momentum in `b.scratch`
 * @example pushVisible(buffers, 11, 4);
 * @internal
 */
export function pushVisible(b: CascadeBuffers, pdg: number, o: number): void {
  if (b.visibleCount === b.visiblePdg.length) {
    b.visibleMomentum = grown(b.visibleMomentum, 8 * b.visiblePdg.length);
    b.visiblePdg = grown(b.visiblePdg, 2 * b.visiblePdg.length);
  }
  const v = b.visibleCount++;
  b.visiblePdg[v] = pdg;
  const s = b.scratch;
  const m = b.visibleMomentum;
  m[4 * v] = s[o]!;
  m[4 * v + 1] = s[o + 1]!;
  m[4 * v + 2] = s[o + 2]!;
  m[4 * v + 3] = s[o + 3]!;
}
