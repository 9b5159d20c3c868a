/**
 * Evaluation of a {@link SurvivalSummary} at a kinetic mixing eps: the surviving fraction F(eps) and its
 * standard error, as {@link survivingFraction} gives them from the full per-event terms (EXPERIMENTS.md
 * §6.1), to ≤ 10⁻⁶ relative for the binned events (the binning error bounded in {@link SurvivalSummary}) and
 * to ≲ 1.5·10⁻⁹ per expansion term absolutely for expanded general-track events (ExpandedGeneral in types.ts).
 *
 * With x = eps², a bin of events with P = e^(−v x), w-weighted mean v̄ and variance σ² of v, contributes
 * Σ w · ⟨e^(−v x)⟩ with ⟨e^(−v x)⟩ = e^(−v̄ x + σ² x²/2) (cumulant expansion to second order), capped by
 * e^(−v_min x), which bounds it exactly. Its share of the spread Σ w² (P − F)² is
 * Σ w² · [(⟨P⟩ − F)² + Var P] with Var P = e^(−2v̄x + σ²x²) · (e^(σ²x²) − 1) (same expansion, w²-weighted
 * moments), so no large sums cancel in these bins (identical events give a zero spread to rounding); the expanded
 * events' share, Σ w²P² − 2F Σ w²P + F² Σ w², is a difference of sums, accurate absolutely. The events with a
 * general track are evaluated exactly (the loop of {@link survivingFraction}) up to the summary's exact cap, and
 * beyond it from their signed exponential sums (ExpandedGeneral in types.ts: every bin, no early exit). Bins are visited in ascending
 * v and the visit stops, as in {@link survivingFraction}, once e^(−v_min x) · Σ_{remaining} w ≤ 2⁻⁶⁰ Σ w P.
 *
 * @module
 */
import { requireEpsilon } from '../core/validate.js';
import { exp } from '../core/numerics/exp.js';
import { checkSummary } from './summarizeSurvivalTerms.js';
import { EARLY_EXIT, standardError, termsSums } from './survivingFraction.js';
import type { FractionEstimate, SummaryBins, SurvivalSummary } from './types.js';

/** Σ w and Σ w² over bins i … B−1 (length B + 1), per summary. */
interface TailSums {
  readonly weight: Float64Array;
  readonly weight2: Float64Array;
}

const tails = new WeakMap<SurvivalSummary, TailSums>();

function tailSums(s: SurvivalSummary): TailSums {
  const cached = tails.get(s);
  if (cached !== undefined) return cached;
  const n = s.binCount;
  const weight = new Float64Array(n + 1);
  const weight2 = new Float64Array(n + 1);
  for (let b = n - 1; b >= 0; b--) {
    weight[b] = weight[b + 1]! + s.binWeight[b]!;
    weight2[b] = weight2[b + 1]! + s.binWeight2[b]!;
  }
  const result = { weight, weight2 };
  tails.set(s, result);
  return result;
}

/** Σ w⟨P⟩ over the visited bins, written by {@link visitBins} (a double returned from a call is boxed). */
const visitedSum = new Float64Array(1);

/**
 * Visit the bins in ascending v until the rest cannot change Σ w P (see the module comment); store Σ w⟨P⟩ of the
 * visited bins in `visitedSum[0]` and return how many were visited. The two bin loops are functions of their own
 * so that the JIT inlines `exp` into each (inlined into one larger function, its budget ran out and every call
 * returned a heap-allocated double).
 */
function visitBins(s: SurvivalSummary, tail: TailSums, x: number, generalSumWP: number): number {
  const { binMinimum, binWeight, binMean, binVariance } = s;
  const xx = x * x;
  let sumWP = 0;
  let visited = 0;
  for (; visited < s.binCount; visited++) {
    const bound = exp(-binMinimum[visited]! * x);
    if (bound * tail.weight[visited]! <= EARLY_EXIT * (sumWP + generalSumWP)) break;
    sumWP += binWeight[visited]! * Math.min(bound, exp(-binMean[visited]! * x + 0.5 * binVariance[visited]! * xx));
  }
  visitedSum[0] = sumWP;
  return visited;
}

/** Σ w² [(⟨P⟩ − f)² + Var P] over the first `visited` bins (w²-weighted moments; module comment). */
function binSpread(s: SurvivalSummary, visited: number, x: number, f: number): number {
  const { binMinimum, binWeight2, binMean2, binVariance2 } = s;
  const xx = x * x;
  let spread = 0;
  for (let b = 0; b < visited; b++) {
    const bound = exp(-binMinimum[b]! * x);
    const v2 = binVariance2[b]! * xx;
    const p = Math.min(bound, exp(-binMean2[b]! * x + 0.5 * v2));
    const varP = v2 < 700 ? Math.min(bound * bound, exp(-2 * binMean2[b]! * x + v2) * Math.expm1(v2)) : bound * bound; // ≤ ⟨P²⟩ ≤ e^(−2 v_min x)
    spread += binWeight2[b]! * ((p - f) * (p - f) + varP);
  }
  return spread;
}

/**
 * Σ w ⟨e^(−v x)⟩ over every bin of `b`, each bin by its cumulant expansion capped by e^(−v_min x) (module
 * comment), from the w-moments, or with `second` from the w²-moments. No early exit: used for the expanded
 * general-track terms, whose signed sums need every bin.
 */
function binsValue(b: SummaryBins, x: number, second: boolean): number {
  const { binMinimum } = b;
  const weight = second ? b.binWeight2 : b.binWeight;
  const mean = second ? b.binMean2 : b.binMean;
  const variance = second ? b.binVariance2 : b.binVariance;
  const xx = x * x;
  let sum = 0;
  for (let k = 0; k < b.binCount; k++) {
    const bound = exp(-binMinimum[k]! * x);
    if (bound === 0) break; // bins ascend in v: every later one vanishes too (and v ≳ 1e154 must not reach the expansion)
    sum += weight[k]! * Math.min(bound, exp(-mean[k]! * x + 0.5 * variance[k]! * xx));
  }
  return sum;
}

/**
 * Surviving fraction F(eps) and its standard error from a {@link SurvivalSummary} (the same estimator as
 * {@link survivingFraction}; not multiplied by BR_dark). `{ value: 0, error: 0 }` when no event is selected.
 * Cost O(bins visited + general events); no allocation after the first call on a summary.
 * @param summary - from {@link summarizeSurvivalTerms}
 * @param epsilon - kinetic mixing, in (0, 1)
 * @returns `{ value, error }`, value in [0, 1]
 * @throws ParameterError naming `epsilon` or the malformed `summary.…` field
 * @example
 * const summary = summarizeSurvivalTerms([babarSurvivalTerms(sample)]);
 * survivingFractionFromSummary(summary, 1e-3); // ≈ survivingFraction(babarSurvivalTerms(sample), 1e-3)
 */
export function survivingFractionFromSummary(summary: SurvivalSummary, epsilon: number): FractionEstimate {
  const s = checkSummary(summary);
  const eps = requireEpsilon('epsilon', epsilon);
  const x = Math.max(eps * eps, Number.MIN_VALUE); // as survivingFraction: ∞ · x ≠ NaN
  const sumW = s.weightSum;
  if (!(sumW > 0)) return { value: 0, error: 0 };
  const g = termsSums(s.general, x);
  // Expanded general-track events (ExpandedGeneral): Σ w P, Σ w² P and Σ w² P² as differences of positive sums.
  const ex = s.expanded;
  let exWP = 0;
  let exW2P = 0;
  let exW2P2 = 0;
  if (ex.count > 0) {
    exWP = binsValue(ex.plus, x, false) - binsValue(ex.minus, x, false);
    exW2P = binsValue(ex.plus, x, true) - binsValue(ex.minus, x, true);
    exW2P2 = binsValue(ex.pairPlus, x, false) - binsValue(ex.pairMinus, x, false);
  }
  const tail = tailSums(s);
  const visited = visitBins(s, tail, x, g.sumWP + Math.max(0, exWP));
  const f = (visitedSum[0]! + g.sumWP + exWP) / sumW;
  let spread = binSpread(s, visited, x, f);
  spread += tail.weight2[visited]! * f * f; // bins not visited: P = 0 to double precision
  const c = f - g.shift;
  spread += Math.max(0, g.sumW2D2 - 2 * c * g.sumW2D + c * c * g.sumW2);
  if (ex.count > 0) spread += Math.max(0, exW2P2 - 2 * f * exW2P + f * f * ex.weight2Sum); // Σ w² (P − f)² of the expanded events
  return { value: Math.min(1, Math.max(0, f)), error: standardError(spread, sumW, s.weight2Sum) };
}
