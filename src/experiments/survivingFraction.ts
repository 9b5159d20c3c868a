/**
 * Evaluation of {@link SurvivalTerms} at a kinetic mixing eps (EXPERIMENTS.md §6.1): the surviving fraction
 * F(eps) = Σ_s w_s P_s(eps) / Σ_s w_s with P_s = Π_tracks [1 − Σ_k (e^(−a_k eps²) − e^(−b_k eps²))], and the
 * recast fraction BR_dark(eps) · F(eps) that enters eps² · F ≥ eps_UL².
 *
 * Cost: one exponential (the table-driven `exp` of core/numerics/exp.ts, ~3× faster than `Math.exp`) per event for all its tracks whose visible interval is [0, b] (their joint probability is
 * e^(−eps² Σ b), precomputed as `originExponent`), plus one `exp` and one `expm1` per other interval
 * (e^(−a x) − e^(−b x) = e^(−a x) · (−expm1(−(b − a) x)), accurate when the interval is short compared with
 * the decay length); no allocation.
 *
 * Early exit (exact to 2⁻⁶⁰ relative): every factor of P_s other than the origin one is ≤ 1, so
 * P_s ≤ e^(originExponent_s · x). Events are visited in groups of descending originExponent (a counting sort
 * by 1/16 of a binary octave, computed once per terms object and cached), so once e^(max o of the group · x) ·
 * Σ_{remaining} w ≤ 2⁻⁶⁰ Σ_{visited} w P the remaining events cannot change the weighted sum in double
 * precision; they enter the variance with P = 0 through precomputed tail sums of w and w². At large eps, where most dark fermions decay inside the detector, an
 * evaluation then costs a few events instead of all of them — the bracketing scan of the exclusion solver
 * spends most of its points there. Measured on 2 × 10⁴ BaBar iDM events at 1 GeV: ~5–10 µs on the plateau at
 * large eps instead of ~150–200 µs for a full pass (bench/recast.bench.ts times the whole recast).
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { exp } from '../core/numerics/exp.js';
import { requireEpsilon, requireObject } from '../core/validate.js';
import type { EventSample } from '../production/eventSample.js';
import { checkTerms } from './checkTerms.js';
import type { FractionEstimate, SurvivalTerms } from './types.js';

/**
 * Surviving fraction F(eps): the selection-weighted mean over the sample's events of the probability that
 * none of the event's dark fermions decays visibly, with its standard error. Not multiplied by BR_dark (see
 * {@link recastFraction}).
 *
 * Error: the standard error of a ratio (weighted-mean) estimator, SE² = n_eff/(n_eff − 1) ·
 * Σ w_s² (P_s − F)² / (Σ w_s)² with n_eff = (Σ w)²/Σ w² (for 0/1 weights: the sample variance of P over
 * the selected events divided by their number). It is 0 for identical events and for a single event (no
 * spread can be estimated). When no event passes the primary selection (Σ w = 0) the experiment has no
 * sensitivity at this mass and `{ value: 0, error: 0 }` is returned (check `terms.selectedCount`).
 * @param terms - survival terms from {@link babarSurvivalTerms}, {@link na64SurvivalTerms} or {@link survivalTerms}
 * @param epsilon - kinetic mixing, in (0, 1)
 * @returns `{ value, error }`, value in [0, 1]
 * @throws ParameterError naming `epsilon` or the malformed `terms.…` field
 * @example
 * const terms = survivalTerms(sample, experimentByName('na64-2019').selection);
 * survivingFraction(terms, 1e-4); // { value: 0.93, error: 0.002 } (model dependent)
 */
export function survivingFraction(terms: SurvivalTerms, epsilon: number): FractionEstimate {
  const t = checkTerms(terms);
  const eps = requireEpsilon('epsilon', epsilon);
  const sums = termsSums(t, Math.max(eps * eps, Number.MIN_VALUE)); // eps² underflows below eps ≈ 1e-162; keep ∞ · x ≠ NaN
  const { sumW, sumW2, sumWP, shift, sumW2D, sumW2D2 } = sums;
  if (!(sumW > 0)) return { value: 0, error: 0 };
  const mean = sumWP / sumW;
  const c = mean - shift;
  const spread = Math.max(0, sumW2D2 - 2 * c * sumW2D + c * c * sumW2);
  return { value: Math.min(1, Math.max(0, mean)), error: standardError(spread, sumW, sumW2) };
}

/**
 * Standard error of a weighted mean from its spread Σ w² (P − F)², Σ w and Σ w² (see {@link survivingFraction}).
 * @internal
 */
export function standardError(spread: number, sumW: number, sumW2: number): number {
  const nEff = (sumW * sumW) / sumW2;
  const bessel = nEff > 1 + 1e-12 ? nEff / (nEff - 1) : 1;
  return Math.sqrt(spread * bessel) / sumW;
}

/**
 * Raw sums of the evaluation of terms at x = eps² (> 0): Σ w, Σ w², Σ w P and the shifted sums
 * Σ w² (P − shift), Σ w² (P − shift)² with shift = P of the first visited event (so identical events give
 * an exactly zero spread).
 * @internal
 */
export interface TermsSums {
  readonly sumW: number;
  readonly sumW2: number;
  readonly sumWP: number;
  readonly shift: number;
  readonly sumW2D: number;
  readonly sumW2D2: number;
}

/**
 * The {@link TermsSums} of validated terms at x = eps² > 0 (the loop of {@link survivingFraction}, with its
 * early exit). No allocation besides the result.
 * @internal
 */
export function termsSums(t: SurvivalTerms, x: number): TermsSums {
  const { trackIntervalStart, negLower, negWidth } = t;
  const { origin, weight, generalStart, generalTrack, groupStart, groupMaxOrigin, tailWeight, tailWeight2 } = evaluationOrder(t);
  let sumWP = 0;
  let sumW2D = 0;
  let sumW2D2 = 0;
  let shift = 0;
  const n = origin.length;
  let group = 0;
  let groupEnd = 0;
  let i = 0;
  for (; i < n; i++) {
    if (i === groupEnd) {
      // Every event from here on has P ≤ e^(groupMaxOrigin · x): stop when they cannot change the sum.
      if (exp(groupMaxOrigin[group]! * x) * tailWeight[i]! <= EARLY_EXIT * sumWP) break;
      groupEnd = groupStart[++group]!;
    }
    const o = origin[i]!;
    let p = o === 0 ? 1 : exp(o * x); // tracks visible on [0, b]: survive past b
    const jEnd = generalStart[i + 1]!;
    for (let j = generalStart[i]!; j < jEnd; j++) {
      const tr = generalTrack[j]!;
      const k1 = trackIntervalStart[tr + 1]!;
      let d = 0;
      for (let k = trackIntervalStart[tr]!; k < k1; k++) d -= exp(negLower[k]! * x) * Math.expm1(negWidth[k]! * x);
      p *= d < 1 ? 1 - d : 0;
    }
    const w = weight[i]!;
    if (i === 0) shift = p; // shifted sums: exact zero spread for identical events, no cancellation
    const dev = p - shift;
    const w2 = w * w;
    sumWP += w * p;
    sumW2D += w2 * dev;
    sumW2D2 += w2 * dev * dev;
  }
  // Events not visited have P = 0 to double precision: deviation −shift each.
  const rest2 = tailWeight2[i]!;
  sumW2D -= rest2 * shift;
  sumW2D2 += rest2 * shift * shift;
  return { sumW: tailWeight[0]!, sumW2: tailWeight2[0]!, sumWP, shift, sumW2D, sumW2D2 };
}

/**
 * Relative size below which the unvisited events are dropped from Σ w P (2⁻⁶⁰ ≈ 8.7e-19).
 * @internal
 */
export const EARLY_EXIT = 2 ** -60;

/**
 * The selected events in the visiting order of {@link survivingFraction}, copied so that the loop reads memory
 * sequentially. Events are grouped by ⌊16 log₂(−originExponent)⌋ (group 0: originExponent = 0; then ascending
 * −o in steps of 2^(1/16); index order within a group): a counting sort, O(S), so groups
 * come in descending order of originExponent and each has a known largest originExponent.
 */
interface EvaluationOrder {
  readonly origin: Float64Array;
  readonly weight: Float64Array;
  /** Offsets into `generalTrack` per position (length S+1). */
  readonly generalStart: Int32Array;
  /** The terms' general tracks regrouped in visiting order. */
  readonly generalTrack: Int32Array;
  /** First position of each non-empty group, and S at the end (length groups + 1). */
  readonly groupStart: Int32Array;
  /** Largest originExponent in each group. */
  readonly groupMaxOrigin: Float64Array;
  /** Σ w over positions i … S−1 (length S+1). */
  readonly tailWeight: Float64Array;
  /** Σ w² over positions i … S−1 (length S+1). */
  readonly tailWeight2: Float64Array;
}

const orders = new WeakMap<SurvivalTerms, EvaluationOrder>();

/** Groups per factor 2 of −originExponent: within a group the exponents differ by at most 2^(1/16) ≈ 1.044. */
const GROUPS_PER_OCTAVE = 16;
/** Group 0: o = 0; then −o from 2⁻¹⁰⁷⁵ to 2¹⁰²⁴ in 1/16-octave steps; the last group holds o = −∞. */
const GROUPS = 2 + GROUPS_PER_OCTAVE * 2100;

/** Group of an originExponent o ≤ 0 (see {@link GROUPS}). */
function groupOf(o: number): number {
  if (o === 0) return 0;
  if (o === -Infinity) return GROUPS - 1;
  return 1 + Math.max(0, Math.min(GROUPS - 3, Math.floor(GROUPS_PER_OCTAVE * (Math.log2(-o) + 1075))));
}

/** {@link EvaluationOrder} of the terms, built in O(S) on first use and cached per terms object. */
function evaluationOrder(terms: SurvivalTerms): EvaluationOrder {
  const cached = orders.get(terms);
  if (cached !== undefined) return cached;
  const n = terms.selectedCount;
  const { originExponent, weight: w, generalTrackStart: gs, generalTrack: gt } = terms;
  const group = new Int32Array(n);
  const count = new Int32Array(GROUPS + 1);
  for (let s = 0; s < n; s++) {
    group[s] = groupOf(originExponent[s]!);
    count[group[s]! + 1]!++;
  }
  for (let k = 0; k < GROUPS; k++) count[k + 1]! += count[k]!; // count[k] = first position of group k
  const starts: number[] = [];
  const maxima: number[] = [];
  for (let k = 0; k < GROUPS; k++) {
    if (count[k + 1]! > count[k]!) {
      starts.push(count[k]!);
      maxima.push(-Infinity);
    }
  }
  starts.push(n);
  const origin = new Float64Array(n);
  const weight = new Float64Array(n);
  const position = new Int32Array(n);
  const next = count.slice(0, GROUPS);
  for (let s = 0; s < n; s++) position[s] = next[group[s]!]!++;
  const generalCount = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) {
    const i = position[s]!;
    origin[i] = originExponent[s]!;
    weight[i] = w[s]!;
    generalCount[i + 1] = gs[s + 1]! - gs[s]!;
  }
  const generalStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) generalStart[i + 1] = generalStart[i]! + generalCount[i + 1]!;
  const generalTrack = new Int32Array(gt.length);
  for (let s = 0; s < n; s++) {
    let g = generalStart[position[s]!]!;
    for (let j = gs[s]!; j < gs[s + 1]!; j++) generalTrack[g++] = gt[j]!;
  }
  for (let g = 0; g < maxima.length; g++) {
    for (let i = starts[g]!; i < starts[g + 1]!; i++) maxima[g] = Math.max(maxima[g]!, origin[i]!);
  }
  const tailWeight = new Float64Array(n + 1);
  const tailWeight2 = new Float64Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    tailWeight[i] = tailWeight[i + 1]! + weight[i]!;
    tailWeight2[i] = tailWeight2[i + 1]! + weight[i]! * weight[i]!;
  }
  const result: EvaluationOrder = {
    origin, weight, generalStart, generalTrack, groupStart: Int32Array.from(starts), groupMaxOrigin: Float64Array.from(maxima),
    tailWeight, tailWeight2,
  };
  orders.set(terms, result);
  return result;
}

/**
 * Branching ratio of the A' into the dark sector at eps, from the sample's eps-independent widths:
 * BR_dark = Γ_dark / (Γ_dark + eps² · (Γ_SM/eps²)) (THEORY.md §3; A' → SM decays are prompt and visible, so
 * they always fail an invisible selection).
 * @param sample - the event sample (its `darkPhotonDarkWidthGeV` and `darkPhotonSmWidthPerEpsilon2GeV`)
 * @param epsilon - kinetic mixing, in (0, 1)
 * @returns BR_dark in [0, 1]
 * @throws ParameterError naming `sample.darkPhotonDarkWidthGeV` when both widths are 0 (or a width is invalid)
 * @example darkBranchingRatio(sample, 1e-3) // 0.99999 for Γ_dark = 1e-3 GeV, Γ_SM/eps² = 1e-2 GeV
 */
export function darkBranchingRatio(sample: EventSample, epsilon: number): number {
  const o = requireObject('sample', sample);
  const dark = o['darkPhotonDarkWidthGeV'];
  const sm = o['darkPhotonSmWidthPerEpsilon2GeV'];
  if (typeof dark !== 'number' || !(dark >= 0) || !Number.isFinite(dark)) {
    throw new ParameterError('sample.darkPhotonDarkWidthGeV', dark, 'a finite number ≥ 0 (GeV)');
  }
  if (typeof sm !== 'number' || !(sm >= 0) || !Number.isFinite(sm)) {
    throw new ParameterError('sample.darkPhotonSmWidthPerEpsilon2GeV', sm, 'a finite number ≥ 0 (GeV)');
  }
  const eps = requireEpsilon('epsilon', epsilon);
  const total = dark + eps * eps * sm;
  if (!(total > 0)) throw new ParameterError('sample.darkPhotonDarkWidthGeV', dark, '> 0 (or a positive SM width)');
  return dark / total;
}

/**
 * The full recast fraction at eps: BR_dark(eps) × F(eps) (value and error), the F of the exclusion condition
 * eps² · F ≥ eps_UL² (EXPERIMENTS.md §6.1). The terms must have been built from this sample.
 * @param sample - the event sample the terms were built from
 * @param terms - its survival terms
 * @param epsilon - kinetic mixing, in (0, 1)
 * @returns `{ value, error }`, value in [0, 1]
 * @throws ParameterError naming `terms` when they do not belong to the sample (count, process or mass differ)
 * @example
 * const terms = survivalTerms(sample, experimentByName('babar2017').selection);
 * solveExclusion((eps) => recastFraction(sample, terms, eps).value, 1e-3);
 */
export function recastFraction(sample: EventSample, terms: SurvivalTerms, epsilon: number): FractionEstimate {
  const br = darkBranchingRatio(sample, epsilon);
  const t = checkTerms(terms);
  if (t.eventCount !== sample.count || t.process !== sample.process || t.darkPhotonMassGeV !== sample.darkPhotonMassGeV) {
    const expected = `terms built from this sample (count ${sample.count}, ${sample.process}, m = ${sample.darkPhotonMassGeV} GeV)`;
    throw new ParameterError('terms', 'survival terms of another sample', expected);
  }
  const f = survivingFraction(t, epsilon);
  return { value: br * f.value, error: br * f.error };
}
