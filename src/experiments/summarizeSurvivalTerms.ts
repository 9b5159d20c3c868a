/**
 * A {@link SurvivalSummary} of an event sample built from the survival terms of its chunks, one chunk at a
 * time, so that a recast of 10⁶–10⁷ events holds neither the kinematics nor the per-event terms of more than
 * one chunk (memory flat in the number of events for the standard selections; see {@link SurvivalSummary}).
 *
 * Binning: an event with P = e^(−v x) goes to the bin of v given by the biased exponent and the 8 leading
 * mantissa bits of the double v (a monotone map, so bins are ordered by v; relative bin width 2⁻⁸/(1 + f) ≤
 * 2⁻⁸ for mantissa fraction f). Per bin the first v seen is a reference r and the sums Σ w, Σ w(v − r),
 * Σ w(v − r)² (and with w²) are accumulated in event order, so a summary is deterministic and independent of
 * how the sample was cut into chunks; the deviations from r are ≤ 2⁻⁸ r, so mean and variance carry no
 * cancellation.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireObject, requireOneOf } from '../core/validate.js';
import { checkTerms } from './checkTerms.js';
import { mergeSurvivalTerms } from './mergeSurvivalTerms.js';
import type { EventSample } from '../production/eventSample.js';
import { survivalTermsReusing, type ExperimentSelection } from './experimentRegistry.js';
import { markBuiltTerms, type TermsBuilderSlot } from './termsBuilder.js';
import type { SurvivalSummary, SurvivalTerms } from './types.js';

/** Leading mantissa bits of v kept in the bin (relative bin width ≤ 2⁻⁸). */
const MANTISSA_BITS = 8;
const BINS_PER_OCTAVE = 1 << MANTISSA_BITS;
/** Biased exponents of non-negative doubles (0 … 2046, and 2047 for +∞). */
const EXPONENTS = 2048;

const word = new Float64Array(1);
const wordBits = new Uint32Array(word.buffer);
/** Index of the high word of a double in {@link wordBits} (1 on little-endian machines). */
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;

/** Mutable per-bin sums (internal). */
interface Histogram {
  /**
   * Per biased exponent of v (high word >>> 20; v ≥ 0 has sign bit 0), the slots + 1 of its 2⁸ bins by the
   * leading mantissa bits (0: empty), allocated when the exponent first occurs. The map (exponent, bits) is
   * monotone in v, so bins come out ordered by v.
   */
  readonly slotOfKey: (Int32Array | undefined)[];
  used: number;
  reference: Float64Array;
  minimum: Float64Array;
  w: Float64Array;
  wd: Float64Array;
  wdd: Float64Array;
  w2: Float64Array;
  w2d: Float64Array;
  w2dd: Float64Array;
}

function createHistogram(): Histogram {
  const n = 256;
  return {
    slotOfKey: new Array<Int32Array | undefined>(EXPONENTS).fill(undefined),
    used: 0,
    reference: new Float64Array(n),
    minimum: new Float64Array(n),
    w: new Float64Array(n),
    wd: new Float64Array(n),
    wdd: new Float64Array(n),
    w2: new Float64Array(n),
    w2d: new Float64Array(n),
    w2dd: new Float64Array(n),
  };
}

function grown(a: Float64Array): Float64Array {
  const c = new Float64Array(2 * a.length);
  c.set(a);
  return c;
}

/**
 * Add selected event s of the terms (P = e^(−v x), v = −originExponent[s]; weight[s]) to its bin. The arrays
 * are passed rather than the two doubles, which a non-inlined call would box.
 */
function addToHistogram(h: Histogram, originExponent: Float64Array, weight: Float64Array, s: number): void {
  const v = 0 - originExponent[s]!; // 0 − o: +0 for o = ±0
  const w = weight[s]!;
  word[0] = v;
  const high = wordBits[HIGH]!;
  const slots = (h.slotOfKey[high >>> 20] ??= new Int32Array(BINS_PER_OCTAVE));
  const key = (high >>> (20 - MANTISSA_BITS)) & (BINS_PER_OCTAVE - 1);
  let slot = slots[key]! - 1;
  if (slot < 0) {
    slot = h.used++;
    if (slot === h.w.length) {
      h.reference = grown(h.reference);
      h.minimum = grown(h.minimum);
      h.w = grown(h.w);
      h.wd = grown(h.wd);
      h.wdd = grown(h.wdd);
      h.w2 = grown(h.w2);
      h.w2d = grown(h.w2d);
      h.w2dd = grown(h.w2dd);
    }
    slots[key] = slot + 1;
    h.reference[slot] = v;
    h.minimum[slot] = v;
  }
  const d = v === Infinity ? 0 : v - h.reference[slot]!;
  const w2 = w * w;
  if (v < h.minimum[slot]!) h.minimum[slot] = v;
  h.w[slot]! += w;
  h.wd[slot]! += w * d;
  h.wdd[slot]! += w * d * d;
  h.w2[slot]! += w2;
  h.w2d[slot]! += w2 * d;
  h.w2dd[slot]! += w2 * d * d;
}

/**
 * The selected events of `t` that have a general track (not folded into the origin exponent), as terms of
 * their own: the same tracks and intervals, offsets renumbered.
 */
function generalEvents(t: SurvivalTerms): SurvivalTerms {
  const { generalTrackStart: gs, eventTrackStart: es, trackIntervalStart: ks } = t;
  let events = 0;
  let tracks = 0;
  let intervals = 0;
  let general = 0;
  for (let s = 0; s < t.selectedCount; s++) {
    if (gs[s + 1]! === gs[s]!) continue;
    events++;
    tracks += es[s + 1]! - es[s]!;
    intervals += ks[es[s + 1]!]! - ks[es[s]!]!;
    general += gs[s + 1]! - gs[s]!;
  }
  const weight = new Float64Array(events);
  const originExponent = new Float64Array(events);
  const eventTrackStart = new Int32Array(events + 1);
  const generalTrackStart = new Int32Array(events + 1);
  const generalTrack = new Int32Array(general);
  const trackIntervalStart = new Int32Array(tracks + 1);
  const lower = new Float64Array(intervals);
  const upper = new Float64Array(intervals);
  const negLower = new Float64Array(intervals);
  const negWidth = new Float64Array(intervals);
  let e = 0;
  let tr = 0;
  let k = 0;
  let g = 0;
  let weightSum = 0;
  for (let s = 0; s < t.selectedCount; s++) {
    if (gs[s + 1]! === gs[s]!) continue;
    weight[e] = t.weight[s]!;
    weightSum += t.weight[s]!;
    originExponent[e] = t.originExponent[s]!;
    eventTrackStart[e] = tr;
    generalTrackStart[e] = g;
    for (let j = gs[s]!; j < gs[s + 1]!; j++) generalTrack[g++] = t.generalTrack[j]! - es[s]! + tr;
    for (let old = es[s]!; old < es[s + 1]!; old++) {
      trackIntervalStart[tr++] = k;
      for (let q = ks[old]!; q < ks[old + 1]!; q++) {
        lower[k] = t.lower[q]!;
        upper[k] = t.upper[q]!;
        negLower[k] = t.negLower[q]!;
        negWidth[k] = t.negWidth[q]!;
        k++;
      }
    }
    e++;
  }
  eventTrackStart[events] = tr;
  generalTrackStart[events] = g;
  trackIntervalStart[tracks] = k;
  const subset: SurvivalTerms = Object.freeze({
    selection: t.selection,
    process: t.process,
    darkPhotonMassGeV: t.darkPhotonMassGeV,
    eventCount: events,
    selectedCount: events,
    weightSum,
    weight,
    originExponent,
    eventTrackStart,
    generalTrackStart,
    generalTrack,
    trackIntervalStart,
    lower,
    upper,
    negLower,
    negWidth,
  });
  markBuiltTerms(subset);
  return subset;
}

/** Summaries made here (their arrays are valid by construction). */
const built = new WeakSet<object>();

/**
 * Summarise the survival terms of consecutive chunks of one event sample (e.g. those of `generateEventChunks`)
 * into a {@link SurvivalSummary} whose size does not grow with the number of events. `parts` is consumed
 * lazily, so a generator that builds each chunk's terms on demand keeps one chunk in memory at a time.
 * Evaluate it with {@link survivingFractionFromSummary}; {@link survivingFraction} on the merged terms is the
 * exact reference it agrees with (see {@link SurvivalSummary} for the error, ≤ 10⁻⁶ relative).
 * @param parts - the terms of the chunks, in order (one or more; same selection, process and m_A')
 * @returns the summary
 * @throws ParameterError naming `parts` (not iterable or empty), `parts[k]` (malformed terms) or
 *   `parts[k].selection` / `.process` / `.darkPhotonMassGeV` when a part belongs to another selection or sample
 * @example
 * const chunks = generateEventChunks({ model, experiment: 'babar', events: 1_000_000, seed: 1 });
 * const summary = summarizeSurvivalTerms((function* () { for (const c of chunks) yield babarSurvivalTerms(c); })());
 * survivingFractionFromSummary(summary, 1e-3);
 */
export function summarizeSurvivalTerms(parts: Iterable<SurvivalTerms>): SurvivalSummary {
  if (parts === null || typeof parts !== 'object' || typeof (parts as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
    throw new ParameterError('parts', parts, 'an iterable of SurvivalTerms (one per chunk, in order)');
  }
  const h = createHistogram();
  const general: SurvivalTerms[] = [];
  let head: SurvivalTerms | undefined;
  let eventCount = 0;
  let weightSum = 0;
  let weight2Sum = 0;
  let binned = 0;
  let k = 0;
  for (const part of parts) {
    let t: SurvivalTerms;
    try {
      t = checkTerms(part);
    } catch (error) {
      if (error instanceof ParameterError) throw new ParameterError(`parts[${k}]`, error.value, `valid survival terms (${error.message})`);
      throw error;
    }
    head ??= t;
    for (const key of ['selection', 'process', 'darkPhotonMassGeV'] as const) {
      if (t[key] !== head[key]) throw new ParameterError(`parts[${k}].${key}`, t[key], `${String(head[key])} (as parts[0]: chunks of one sample and selection)`);
    }
    eventCount += t.eventCount;
    const { generalTrackStart: gs, weight, originExponent } = t;
    for (let s = 0; s < t.selectedCount; s++) {
      const w = weight[s]!;
      weightSum += w;
      weight2Sum += w * w;
      if (gs[s + 1]! > gs[s]!) continue;
      addToHistogram(h, originExponent, weight, s);
      binned++;
    }
    if (gs[t.selectedCount]! > 0) general.push(generalEvents(t));
    k++;
  }
  if (head === undefined) throw new ParameterError('parts', 'an empty iterable', 'the terms of at least one chunk');
  const summary = finishSummary(h, head, eventCount, binned, weightSum, weight2Sum, general.length > 0 ? mergeSurvivalTerms(general) : generalEvents(head));
  built.add(summary);
  return summary;
}

/**
 * The summary of a sample streamed as chunks under `selection`, each chunk's terms built into one reused
 * builder (no allocation per chunk: with in-place chunks, memory does not grow with the events even before
 * garbage collection runs). Each chunk is fully consumed before the next is requested. `slot` holds the
 * builder to reuse across calls (a scan's mass points); by default a fresh one.
 * @internal
 */
export function summarizeSampleChunks(
  chunks: Iterable<EventSample>,
  selection: ExperimentSelection,
  slot: TermsBuilderSlot = { current: undefined },
): SurvivalSummary {
  return summarizeSurvivalTerms(
    (function* (): Generator<SurvivalTerms> {
      for (const chunk of chunks) yield survivalTermsReusing(chunk, selection, slot);
    })(),
  );
}

/** Bins in ascending key order with their means and variances, and the totals. */
function finishSummary(
  h: Histogram,
  head: SurvivalTerms,
  eventCount: number,
  binned: number,
  weightSum: number,
  weight2Sum: number,
  general: SurvivalTerms,
): SurvivalSummary {
  const n = h.used;
  const binMinimum = new Float64Array(n);
  const binWeight = new Float64Array(n);
  const binMean = new Float64Array(n);
  const binVariance = new Float64Array(n);
  const binWeight2 = new Float64Array(n);
  const binMean2 = new Float64Array(n);
  const binVariance2 = new Float64Array(n);
  const slots: number[] = [];
  for (const bins of h.slotOfKey) if (bins !== undefined) for (const s of bins) if (s > 0) slots.push(s - 1);
  let b = 0;
  for (const slot of slots) {
    const r = h.reference[slot]!;
    binMinimum[b] = h.minimum[slot]!;
    binWeight[b] = h.w[slot]!;
    binWeight2[b] = h.w2[slot]!;
    const m = h.wd[slot]! / h.w[slot]!;
    const m2 = h.w2d[slot]! / h.w2[slot]!;
    binMean[b] = r + m;
    binMean2[b] = r + m2;
    binVariance[b] = Math.max(0, h.wdd[slot]! / h.w[slot]! - m * m);
    binVariance2[b] = Math.max(0, h.w2dd[slot]! / h.w2[slot]! - m2 * m2);
    b++;
  }
  return Object.freeze({
    selection: head.selection,
    process: head.process,
    darkPhotonMassGeV: head.darkPhotonMassGeV,
    eventCount,
    selectedCount: general.selectedCount + binned,
    weightSum,
    weight2Sum,
    binCount: n,
    binMinimum,
    binWeight,
    binMean,
    binVariance,
    binWeight2,
    binMean2,
    binVariance2,
    general,
  });
}

/** True when `summary` was returned by {@link summarizeSurvivalTerms} (its structure needs no re-validation). */
export function isBuiltSummary(summary: object): boolean {
  return built.has(summary);
}

function floats(o: Record<string, unknown>, key: string, length: number): Float64Array {
  const v = o[key];
  if (!(v instanceof Float64Array) || v.length !== length) throw new ParameterError(`summary.${key}`, v, `a Float64Array of length ${length}`);
  return v;
}

function finiteSum(o: Record<string, unknown>, key: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !(v >= 0) || !Number.isFinite(v)) throw new ParameterError(`summary.${key}`, v, 'a finite number ≥ 0');
  return v;
}

/**
 * Validate a {@link SurvivalSummary} not built by {@link summarizeSurvivalTerms} (e.g. deserialised): array
 * types and lengths, per bin Σ w > 0 and Σ w² > 0 finite, 0 ≤ v_min ≤ means, finite variances ≥ 0, minima
 * non-decreasing (the evaluation's early exit relies on it), and the general terms. Cost O(B) (O(1) for built ones).
 * @internal
 */
export function checkSummary(summary: unknown): SurvivalSummary {
  const o = requireObject('summary', summary);
  if (built.has(o)) return summary as SurvivalSummary;
  requireOneOf('summary.selection', o['selection'], ['babar-monophoton', 'na64-invisible', 'na64-modified']);
  requireOneOf('summary.process', o['process'], ['babar-monophoton', 'na64-bremsstrahlung']);
  finiteSum(o, 'darkPhotonMassGeV');
  finiteSum(o, 'eventCount');
  finiteSum(o, 'selectedCount');
  const n = o['binCount'];
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new ParameterError('summary.binCount', n, 'an integer ≥ 0');
  const minimum = floats(o, 'binMinimum', n);
  const arrays = (['binWeight', 'binMean', 'binVariance', 'binWeight2', 'binMean2', 'binVariance2'] as const).map((key) => [key, floats(o, key, n)] as const);
  for (let b = 0; b < n; b++) {
    const vMin = minimum[b]!;
    if (!(vMin >= (b > 0 ? minimum[b - 1]! : 0))) throw new ParameterError(`summary.binMinimum[${b}]`, vMin, `≥ ${b > 0 ? 'summary.binMinimum[' + (b - 1) + ']' : '0'} (non-decreasing)`);
    for (const [key, a] of arrays) {
      const v = a[b]!;
      const ok = key.startsWith('binWeight') ? v > 0 && Number.isFinite(v) : key.startsWith('binMean') ? v >= vMin : v >= 0 && Number.isFinite(v);
      if (!ok) {
        const expected = key.startsWith('binWeight') ? 'a finite number > 0' : key.startsWith('binMean') ? `≥ summary.binMinimum[${b}] (${vMin})` : 'a finite number ≥ 0';
        throw new ParameterError(`summary.${key}[${b}]`, v, expected);
      }
    }
  }
  let general: SurvivalTerms;
  try {
    general = checkTerms(o['general']);
  } catch (error) {
    if (error instanceof ParameterError) throw new ParameterError('summary.general', error.value, `valid survival terms (${error.message})`);
    throw error;
  }
  const sumW = finiteSum(o, 'weightSum');
  const sumW2 = finiteSum(o, 'weight2Sum');
  let binW = general.weightSum;
  let binW2 = 0;
  for (let b = 0; b < n; b++) {
    binW += arrays[0]![1][b]!;
    binW2 += arrays[3]![1][b]!;
  }
  if (!(Math.abs(sumW - binW) <= 1e-9 * binW)) throw new ParameterError('summary.weightSum', sumW, `Σ binWeight + general.weightSum (${binW})`);
  if (!(sumW2 >= binW2 * (1 - 1e-9))) throw new ParameterError('summary.weight2Sum', sumW2, `≥ Σ binWeight2 (${binW2})`);
  return summary as SurvivalSummary;
}
