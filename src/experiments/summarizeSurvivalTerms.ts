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
import { requireInteger, requireObject, requireOneOf } from '../core/validate.js';
import { checkTerms } from './checkTerms.js';
import { mergeSurvivalTerms } from './mergeSurvivalTerms.js';
import { rejectUnknownKeys } from './rejectUnknownKeys.js';
import type { EventSample } from '../production/eventSample.js';
import { survivalTermsReusing, type ExperimentSelection } from './experimentRegistry.js';
import { markBuiltTerms, type TermsBuilderSlot } from './termsBuilder.js';
import { GENERAL_EXACT_CAP, type ExpandedGeneral, type SummaryBins, type SurvivalSummary, type SurvivalTerms } from './types.js';

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
 * The selected events of `t` that have a general track (not folded into the origin exponent) and are marked in
 * `keep` (all of them without it), as terms of their own: the same tracks and intervals, offsets renumbered.
 */
function generalEvents(t: SurvivalTerms, keep?: Uint8Array): SurvivalTerms {
  const { generalTrackStart: gs, eventTrackStart: es, trackIntervalStart: ks } = t;
  let events = 0;
  let tracks = 0;
  let intervals = 0;
  let general = 0;
  for (let s = 0; s < t.selectedCount; s++) {
    if (gs[s + 1]! === gs[s]! || (keep !== undefined && keep[s] === 0)) continue;
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
    if (gs[s + 1]! === gs[s]! || (keep !== undefined && keep[s] === 0)) continue;
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

/** Most exponential terms of one expanded event; an event with more is kept exactly. */
const MAX_TERMS = 27;
/** Exponents and signs of the terms, and the buffers the next track's expansion is written to (swapped per track). */
let termU = new Float64Array(MAX_TERMS);
let termSign = new Float64Array(MAX_TERMS);
let nextU = new Float64Array(MAX_TERMS);
let nextSign = new Float64Array(MAX_TERMS);
/** One-entry arrays handed to addToHistogram (its inputs are arrays and an index, see there). */
const negExponent = new Float64Array(1);
const termWeight = new Float64Array(1);

/** The histograms and sums of the expanded general-track events (internal). */
interface Expansion {
  count: number;
  weightSum: number;
  weight2Sum: number;
  readonly plus: Histogram;
  readonly minus: Histogram;
  readonly pairPlus: Histogram;
  readonly pairMinus: Histogram;
}

function createExpansion(): Expansion {
  return { count: 0, weightSum: 0, weight2Sum: 0, plus: createHistogram(), minus: createHistogram(), pairPlus: createHistogram(), pairMinus: createHistogram() };
}

/** Add one term ± weight · e^(−u x) to the histogram of its sign (terms with u = +∞ vanish for every x > 0). */
function addTerm(plus: Histogram, minus: Histogram, u: number, sign: number, weight: number): void {
  if (u === Infinity) return;
  negExponent[0] = -u;
  termWeight[0] = weight;
  addToHistogram(sign > 0 ? plus : minus, negExponent, termWeight, 0);
}

/**
 * Expand general-track event s of `t` (ExpandedGeneral in types.ts): P = e^(−o x) Π_tracks [1 − Σ_k (e^(−a_k x)
 * − e^(−b_k x))] as Σ_i c_i e^(−u_i x) with c_i = ±1, added to `ex` with weight w, and P² = Σ_{i ≤ l} m c_i c_l
 * e^(−(u_i + u_l) x) (m = 1 on the diagonal, 2 off it) with weight w². Returns false, adding nothing, when the
 * event has more than {@link MAX_TERMS} terms.
 */
function expandEvent(ex: Expansion, t: SurvivalTerms, s: number): boolean {
  const { generalTrackStart: gs, generalTrack, trackIntervalStart: ks, lower, upper } = t;
  let n = 1;
  termU[0] = 0 - t.originExponent[s]!;
  termSign[0] = 1;
  for (let j = gs[s]!; j < gs[s + 1]!; j++) {
    const k0 = ks[generalTrack[j]!]!;
    const k1 = ks[generalTrack[j]! + 1]!;
    if (n * (1 + 2 * (k1 - k0)) > MAX_TERMS) return false;
    let m = 0;
    for (let i = 0; i < n; i++) {
      nextU[m] = termU[i]!;
      nextSign[m++] = termSign[i]!;
      for (let k = k0; k < k1; k++) {
        nextU[m] = termU[i]! + lower[k]!; // − e^(−(u + a) x): a decay inside the visible interval
        nextSign[m++] = -termSign[i]!;
        nextU[m] = termU[i]! + upper[k]!;
        nextSign[m++] = termSign[i]!;
      }
    }
    [termU, nextU] = [nextU, termU];
    [termSign, nextSign] = [nextSign, termSign];
    n = m;
  }
  const w = t.weight[s]!;
  const w2 = w * w;
  for (let i = 0; i < n; i++) {
    addTerm(ex.plus, ex.minus, termU[i]!, termSign[i]!, w);
    for (let l = i; l < n; l++) addTerm(ex.pairPlus, ex.pairMinus, termU[i]! + termU[l]!, termSign[i]! * termSign[l]!, (l === i ? 1 : 2) * w2);
  }
  ex.count++;
  ex.weightSum += w;
  ex.weight2Sum += w2;
  return true;
}

/** Per-event marks of the general-track events kept exactly (grown as needed, reused). */
let keepMarks = new Uint8Array(1024);

/** Options of {@link summarizeSurvivalTerms}. */
export interface SummaryOptions {
  /**
   * General-track events kept exactly before the rest are expanded into signed exponential sums (default
   * {@link GENERAL_EXACT_CAP}; 0 expands all). Exact up to the cap; beyond, F is off absolutely by ≲ 1.5·10⁻⁹ per
   * term of an event's expansion (≲ 4·10⁻⁸ for the longest, 27-term, events; ≤ 5·10⁻¹² seen on real samples).
   */
  readonly generalExactCap?: number;
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
 * @param options - `generalExactCap`: general-track events kept exactly before the rest are expanded
 * @returns the summary
 * @throws ParameterError naming `options.generalExactCap`, `parts` (not iterable or empty), `parts[k]` (malformed terms) or
 *   `parts[k].selection` / `.process` / `.darkPhotonMassGeV` when a part belongs to another selection or sample
 * @example
 * const chunks = generateEventChunks({ model, experiment: 'babar', events: 1_000_000, seed: 1 });
 * const summary = summarizeSurvivalTerms((function* () { for (const c of chunks) yield babarSurvivalTerms(c); })());
 * survivingFractionFromSummary(summary, 1e-3);
 */
export function summarizeSurvivalTerms(parts: Iterable<SurvivalTerms>, options: SummaryOptions = {}): SurvivalSummary {
  const o = requireObject('options', options);
  rejectUnknownKeys(o, ['generalExactCap']);
  const cap = requireInteger('options.generalExactCap', o['generalExactCap'] ?? GENERAL_EXACT_CAP, 0, 2 ** 31 - 1);
  if (parts === null || typeof parts !== 'object' || typeof (parts as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== 'function') {
    throw new ParameterError('parts', parts, 'an iterable of SurvivalTerms (one per chunk, in order)');
  }
  const h = createHistogram();
  const ex = createExpansion();
  let exact = 0;
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
    if (keepMarks.length < t.selectedCount) keepMarks = new Uint8Array(2 * t.selectedCount);
    let kept = 0;
    for (let s = 0; s < t.selectedCount; s++) {
      const w = weight[s]!;
      weightSum += w;
      weight2Sum += w * w;
      keepMarks[s] = 0;
      if (gs[s + 1]! > gs[s]!) {
        // General track: exact for the first `cap` of the sample (and for events with too many terms).
        if (exact < cap || !expandEvent(ex, t, s)) {
          keepMarks[s] = 1;
          exact++;
          kept++;
        }
        continue;
      }
      addToHistogram(h, originExponent, weight, s);
      binned++;
    }
    if (kept > 0) general.push(generalEvents(t, keepMarks));
    k++;
  }
  if (head === undefined) throw new ParameterError('parts', 'an empty iterable', 'the terms of at least one chunk');
  const exactTerms = general.length > 0 ? mergeSurvivalTerms(general) : generalEvents(head, new Uint8Array(head.selectedCount));
  const summary = finishSummary(h, head, eventCount, binned, weightSum, weight2Sum, exactTerms, ex);
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

/** The bins of a histogram in ascending key order with their means and variances. */
function binsOf(h: Histogram): SummaryBins {
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
    // > 0 rather than Math.max(0, …): for v ≳ 1e154 both parts overflow and Inf − Inf is NaN (such a bin has
    // e^(−v x) = 0 at every eps the evaluation accepts, so its spread does not matter).
    const variance = h.wdd[slot]! / h.w[slot]! - m * m;
    const variance2 = h.w2dd[slot]! / h.w2[slot]! - m2 * m2;
    binVariance[b] = variance > 0 && variance < Infinity ? variance : 0;
    binVariance2[b] = variance2 > 0 && variance2 < Infinity ? variance2 : 0;
    b++;
  }
  return { binCount: n, binMinimum, binWeight, binMean, binVariance, binWeight2, binMean2, binVariance2 };
}

/** The summary: the bins, the totals, the exact general-track events and the expanded ones. */
function finishSummary(
  h: Histogram,
  head: SurvivalTerms,
  eventCount: number,
  binned: number,
  weightSum: number,
  weight2Sum: number,
  general: SurvivalTerms,
  ex: Expansion,
): SurvivalSummary {
  const expanded: ExpandedGeneral = Object.freeze({
    count: ex.count,
    weightSum: ex.weightSum,
    weight2Sum: ex.weight2Sum,
    plus: Object.freeze(binsOf(ex.plus)),
    minus: Object.freeze(binsOf(ex.minus)),
    pairPlus: Object.freeze(binsOf(ex.pairPlus)),
    pairMinus: Object.freeze(binsOf(ex.pairMinus)),
  });
  return Object.freeze({
    selection: head.selection,
    process: head.process,
    darkPhotonMassGeV: head.darkPhotonMassGeV,
    eventCount,
    selectedCount: general.selectedCount + binned + ex.count,
    weightSum,
    weight2Sum,
    ...binsOf(h),
    general,
    expanded,
  });
}

/** True when `summary` was returned by {@link summarizeSurvivalTerms} (its structure needs no re-validation). */
export function isBuiltSummary(summary: object): boolean {
  return built.has(summary);
}

function finiteSum(o: Record<string, unknown>, key: string, prefix = 'summary'): number {
  const v = o[key];
  if (typeof v !== 'number' || !(v >= 0) || !Number.isFinite(v)) throw new ParameterError(`${prefix}.${key}`, v, 'a finite number ≥ 0');
  return v;
}

/**
 * Throw a ParameterError naming `<prefix>.<field>` unless `o` holds valid {@link SummaryBins}: array types and
 * lengths, per bin Σ w > 0 and Σ w² > 0 finite, 0 ≤ v_min ≤ means, finite variances ≥ 0, minima non-decreasing
 * (the evaluation's early exit relies on it). Returns Σ binWeight and Σ binWeight2.
 */
function checkBins(o: Record<string, unknown>, prefix: string): [number, number] {
  const n = o['binCount'];
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw new ParameterError(`${prefix}.binCount`, n, 'an integer ≥ 0');
  const floatsOf = (key: string): Float64Array => {
    const v = o[key];
    if (!(v instanceof Float64Array) || v.length !== n) throw new ParameterError(`${prefix}.${key}`, v, `a Float64Array of length ${n}`);
    return v;
  };
  const minimum = floatsOf('binMinimum');
  const arrays = (['binWeight', 'binMean', 'binVariance', 'binWeight2', 'binMean2', 'binVariance2'] as const).map((key) => [key, floatsOf(key)] as const);
  let sumW = 0;
  let sumW2 = 0;
  for (let b = 0; b < n; b++) {
    const vMin = minimum[b]!;
    if (!(vMin >= (b > 0 ? minimum[b - 1]! : 0))) throw new ParameterError(`${prefix}.binMinimum[${b}]`, vMin, `≥ ${b > 0 ? prefix + '.binMinimum[' + (b - 1) + ']' : '0'} (non-decreasing)`);
    for (const [key, a] of arrays) {
      const v = a[b]!;
      const ok = key.startsWith('binWeight') ? v > 0 && Number.isFinite(v) : key.startsWith('binMean') ? v >= vMin : v >= 0 && Number.isFinite(v);
      if (!ok) {
        const expected = key.startsWith('binWeight') ? 'a finite number > 0' : key.startsWith('binMean') ? `≥ ${prefix}.binMinimum[${b}] (${vMin})` : 'a finite number ≥ 0';
        throw new ParameterError(`${prefix}.${key}[${b}]`, v, expected);
      }
    }
    sumW += arrays[0]![1][b]!;
    sumW2 += arrays[3]![1][b]!;
  }
  return [sumW, sumW2];
}

/** Throw a ParameterError naming `summary.expanded…` unless it is a valid {@link ExpandedGeneral}; returns its Σ w. */
function checkExpanded(value: unknown): number {
  const e = requireObject('summary.expanded', value);
  const count = e['count'];
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw new ParameterError('summary.expanded.count', count, 'an integer ≥ 0');
  const sumW = finiteSum(e, 'weightSum', 'summary.expanded');
  finiteSum(e, 'weight2Sum', 'summary.expanded');
  for (const key of ['plus', 'minus', 'pairPlus', 'pairMinus'] as const) checkBins(requireObject(`summary.expanded.${key}`, e[key]), `summary.expanded.${key}`);
  return sumW;
}

/**
 * Validate a {@link SurvivalSummary} not built by {@link summarizeSurvivalTerms} (e.g. deserialised): its bins
 * ({@link checkBins}), the general terms, the expanded events, and the weight sums. Cost O(B) (O(1) for built ones).
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
  const [binW0, binW2] = checkBins(o, 'summary');
  let general: SurvivalTerms;
  try {
    general = checkTerms(o['general']);
  } catch (error) {
    if (error instanceof ParameterError) throw new ParameterError('summary.general', error.value, `valid survival terms (${error.message})`);
    throw error;
  }
  const expandedW = checkExpanded(o['expanded']);
  const sumW = finiteSum(o, 'weightSum');
  const sumW2 = finiteSum(o, 'weight2Sum');
  const binW = binW0 + general.weightSum + expandedW;
  if (!(Math.abs(sumW - binW) <= 1e-9 * binW)) throw new ParameterError('summary.weightSum', sumW, `Σ binWeight + general.weightSum + expanded.weightSum (${binW})`);
  if (!(sumW2 >= binW2 * (1 - 1e-9))) throw new ParameterError('summary.weight2Sum', sumW2, `≥ Σ binWeight2 (${binW2})`);
  return summary as SurvivalSummary;
}
