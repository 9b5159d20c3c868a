/**
 * Incremental construction of a {@link SurvivalTerms} (internal to the experiments layer): the selection
 * builders open an event with its weight, add the visible-decay intervals of each track in cm, and finish.
 * Contiguous or overlapping intervals of one track are merged as they arrive (intervals must be added in
 * ascending order of L_in). Terms made here are remembered, so {@link survivingFraction} skips re-validating
 * them.
 *
 * @module
 */
import type { ProductionProcess } from '../production/eventSample.js';
import type { SelectionKind, SurvivalTerms } from './types.js';

/** Mutable state of a terms build (internal). */
export interface TermsBuilder {
  weight: Float64Array;
  originExponent: Float64Array;
  eventTrackStart: Int32Array;
  generalTrackStart: Int32Array;
  generalTrack: Int32Array;
  trackIntervalStart: Int32Array;
  lower: Float64Array;
  upper: Float64Array;
  negLower: Float64Array;
  negWidth: Float64Array;
  /** Stored events, committed tracks, intervals, general tracks. */
  s: number;
  t: number;
  k: number;
  g: number;
  weightSum: number;
  /** L_in and L_out (cm) of the last interval of the open track (−1 when it has none). */
  openInCm: number;
  openOutCm: number;
}

/** Terms built by this module (frozen objects whose arrays were validated by construction). */
const built = new WeakSet<object>();

/** Record terms assembled from validated parts (mergeSurvivalTerms), trusted like the builders' own. */
export function markBuiltTerms(terms: SurvivalTerms): void {
  built.add(terms);
}

/** True when `terms` was returned by {@link finishTerms} (its structure needs no re-validation). */
export function isBuiltTerms(terms: object): boolean {
  return built.has(terms);
}

/**
 * A builder for at most `eventCount` events and `trackCount` tracks; interval storage grows on demand.
 * `slot`: the builder it holds is reset and reused when it is large enough (its previous terms, if made with
 * `view`, are overwritten); otherwise the new builder is stored there for the next call.
 */
export function createTermsBuilder(eventCount: number, trackCount: number, slot?: TermsBuilderSlot): TermsBuilder {
  const old = slot?.current;
  if (old !== undefined && old.weight.length >= eventCount && old.generalTrack.length >= trackCount) {
    Object.assign(old, { s: 0, t: 0, k: 0, g: 0, weightSum: 0, openInCm: -1, openOutCm: -1 });
    return old;
  }
  const b = newTermsBuilder(eventCount, trackCount);
  if (slot !== undefined) slot.current = b;
  return b;
}

/** A place to keep one builder for reuse across builds (internal). */
export interface TermsBuilderSlot {
  current: TermsBuilder | undefined;
}

function newTermsBuilder(eventCount: number, trackCount: number): TermsBuilder {
  const k = Math.max(16, trackCount);
  return {
    weight: new Float64Array(eventCount),
    originExponent: new Float64Array(eventCount),
    eventTrackStart: new Int32Array(eventCount + 1),
    generalTrackStart: new Int32Array(eventCount + 1),
    generalTrack: new Int32Array(trackCount),
    trackIntervalStart: new Int32Array(trackCount + 1),
    lower: new Float64Array(k),
    upper: new Float64Array(k),
    negLower: new Float64Array(k),
    negWidth: new Float64Array(k),
    s: 0,
    t: 0,
    k: 0,
    g: 0,
    weightSum: 0,
    openInCm: -1,
    openOutCm: -1,
  };
}

/** Store a selected event with weight w ∈ (0, 1]; its tracks follow. */
export function beginEvent(b: TermsBuilder, w: number): void {
  b.weight[b.s] = w;
  b.originExponent[b.s] = 0; // (a reused builder holds old values)
  b.eventTrackStart[b.s] = b.t;
  b.generalTrackStart[b.s] = b.g;
  b.s++;
  b.weightSum += w;
}

function grow(b: TermsBuilder): void {
  const size = 2 * b.lower.length;
  const copy = (a: Float64Array): Float64Array => {
    const c = new Float64Array(size);
    c.set(a);
    return c;
  };
  b.lower = copy(b.lower);
  b.upper = copy(b.upper);
  b.negLower = copy(b.negLower);
  b.negWidth = copy(b.negWidth);
}

/**
 * Add the visible interval [inCm, outCm] (0 ≤ inCm < outCm, finite) of the open track, whose decay length at
 * eps = 1 is lambda1Cm (finite, > 0). Merged with the previous interval of the track when they touch.
 */
export function addInterval(b: TermsBuilder, inCm: number, outCm: number, lambda1Cm: number): void {
  if (!(outCm > inCm)) return;
  let k = b.k;
  let start = inCm;
  if (b.openInCm >= 0 && inCm <= b.openOutCm) {
    k--; // extend the previous interval of this track
    start = b.openInCm;
    if (outCm <= b.openOutCm) return;
  } else if (k === b.lower.length) {
    grow(b);
  }
  b.lower[k] = start / lambda1Cm;
  b.upper[k] = outCm / lambda1Cm;
  b.negLower[k] = -b.lower[k]!;
  b.negWidth[k] = -(outCm - start) / lambda1Cm;
  b.k = k + 1;
  b.openInCm = start;
  b.openOutCm = outCm;
}

/**
 * Close the open track: it is kept when it received at least one interval. A track whose visible region is
 * the single interval [0, b] adds −b to its event's originExponent; any other is listed in generalTrack.
 */
export function endTrack(b: TermsBuilder): void {
  const k0 = b.trackIntervalStart[b.t]!;
  if (b.k > k0) {
    if (b.k === k0 + 1 && b.lower[k0] === 0) b.originExponent[b.s - 1]! -= b.upper[k0]!;
    else b.generalTrack[b.g++] = b.t;
    b.t++;
    b.trackIntervalStart[b.t] = b.k;
  }
  b.openInCm = -1;
  b.openOutCm = -1;
}

/**
 * Freeze the build into a {@link SurvivalTerms} with exactly sized arrays: copies, or with `view` views of the
 * builder's storage (valid until the builder is reused).
 */
export function finishTerms(
  b: TermsBuilder,
  selection: SelectionKind,
  process: ProductionProcess,
  darkPhotonMassGeV: number,
  eventCount: number,
  view = false,
): SurvivalTerms {
  b.eventTrackStart[b.s] = b.t;
  b.generalTrackStart[b.s] = b.g;
  const cut = <T extends Float64Array | Int32Array>(a: T, n: number): T => (view ? (a.subarray(0, n) as T) : (a.slice(0, n) as T));
  const terms: SurvivalTerms = Object.freeze({
    selection,
    process,
    darkPhotonMassGeV,
    eventCount,
    selectedCount: b.s,
    weightSum: b.weightSum,
    weight: cut(b.weight, b.s),
    originExponent: cut(b.originExponent, b.s),
    eventTrackStart: cut(b.eventTrackStart, b.s + 1),
    generalTrackStart: cut(b.generalTrackStart, b.s + 1),
    generalTrack: cut(b.generalTrack, b.g),
    trackIntervalStart: cut(b.trackIntervalStart, b.t + 1),
    lower: cut(b.lower, b.k),
    upper: cut(b.upper, b.k),
    negLower: cut(b.negLower, b.k),
    negWidth: cut(b.negWidth, b.k),
  });
  built.add(terms);
  return terms;
}
