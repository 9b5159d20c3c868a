/**
 * Plain data types of the experiments layer: the eps-independent {@link SurvivalTerms} built once per event
 * sample and selection, and the {@link FractionEstimate} returned when they are evaluated at an eps.
 *
 * The closed form (EXPERIMENTS.md §6.1): a dark-fermion track with lab decay length λ₁ at eps = 1 has decay
 * length λ₁/eps² at eps, so the probability that it decays inside a path interval [L_in, L_out] is
 * e^(−a·eps²) − e^(−b·eps²) with a = L_in/λ₁, b = L_out/λ₁. With the intervals where a decay is *visible*
 * (would fail the selection), the track has no visible decay with probability
 *
 *     P_track(eps) = 1 − Σ_k (e^(−a_k eps²) − e^(−b_k eps²)),
 *
 * and an event passes with probability Π_tracks P_track (tracks treated as independent; see the builders for
 * cascades). Nothing in these numbers depends on eps.
 *
 * @module
 */
import type { ProductionProcess } from '../production/eventSample.js';

/**
 * Which selection built a {@link SurvivalTerms}: the BaBar 2017 monophoton search, the NA64 2016–2018
 * invisible search, or the modified NA64 search proposed in 2302.05410.
 * @example const kind: SelectionKind = 'na64-invisible';
 */
export type SelectionKind = 'babar-monophoton' | 'na64-invisible' | 'na64-modified';

/**
 * What {@link SurvivalTerms} and {@link SurvivalSummary} record about the sample and selection they describe.
 * @example const info: SurvivalSampleInfo = terms; info.selectedCount; // events passing the primary selection
 */
export interface SurvivalSampleInfo {
  /** The selection that built the terms. */
  readonly selection: SelectionKind;
  /** Production process of the sample. */
  readonly process: ProductionProcess;
  /** m_A' of the sample, GeV. */
  readonly darkPhotonMassGeV: number;
  /** Number of events N of the sample. */
  readonly eventCount: number;
  /** Number S of selected (weight > 0) events (for a summary: histogrammed and general together). */
  readonly selectedCount: number;
  /** Σ of the selection weights w over the selected events (0 when no event passes the primary selection). */
  readonly weightSum: number;
}

/**
 * The eps-independent survival terms of one event sample under one selection (compact structure-of-arrays).
 *
 * Only events with a positive selection weight are stored ("selected events", index s = 0 … S−1), and of
 * their tracks only those with at least one visible-decay interval (a track without one never fails the
 * selection). Layout: selected event s owns stored tracks `eventTrackStart[s] … eventTrackStart[s+1]−1`;
 * stored track t owns intervals `trackIntervalStart[t] … trackIntervalStart[t+1]−1`; interval k is
 * [a_k, b_k] = [lower[k], upper[k]] = [L_in, L_out]/λ₁ (dimensionless, 0 ≤ a_k < b_k; b_k may be +∞ only
 * when λ₁ underflows the division, never from the geometry). `negLower` = −a_k and `negWidth` = −(b_k − a_k)
 * are precomputed for the evaluation (computed as −(L_out − L_in)/λ₁, so an infinite a_k never gives NaN).
 * For speed, `originExponent` folds the tracks whose single interval starts at 0 into one exponent per event,
 * and `generalTrackStart`/`generalTrack` list the remaining tracks per event.
 * All arrays must be treated as read-only.
 * @example
 * const terms = babarSurvivalTerms(sample, babarMonophotonSelection());
 * terms.selectedCount; // events inside the photon window
 */
export interface SurvivalTerms extends SurvivalSampleInfo {
  /** Per selected event: its selection weight in (0, 1]. Length S. */
  readonly weight: Float64Array;
  /**
   * Per selected event: −Σ b_t over its stored tracks whose visible region is the single interval [0, b_t]
   * (e.g. every track in the BaBar `'envelope'` and the standard NA64 selections). Those tracks jointly have
   * no visible decay with probability exp(originExponent · eps²), one `exp` per event; the other tracks are
   * listed in `generalTrack`. Length S.
   */
  readonly originExponent: Float64Array;
  /** Per selected event: offsets into the stored tracks (all of them, including the ones in originExponent). Length S+1. */
  readonly eventTrackStart: Int32Array;
  /**
   * Per selected event: offsets into `generalTrack`. Length S+1.
   */
  readonly generalTrackStart: Int32Array;
  /**
   * Indices (into the stored tracks) of the tracks not folded into `originExponent` — those with several
   * intervals or one not starting at 0 — grouped by event. Length G ≤ T'.
   */
  readonly generalTrack: Int32Array;
  /** Per stored track: offsets into the intervals. Length T'+1. */
  readonly trackIntervalStart: Int32Array;
  /** Per interval: a_k = L_in/λ₁. Length K. */
  readonly lower: Float64Array;
  /** Per interval: b_k = L_out/λ₁. Length K. */
  readonly upper: Float64Array;
  /** Per interval: −a_k. Length K. */
  readonly negLower: Float64Array;
  /** Per interval: −(b_k − a_k). Length K. */
  readonly negWidth: Float64Array;
}

/**
 * A Monte Carlo estimate: the value and its standard error (both finite, ≥ 0).
 * @example const f: FractionEstimate = { value: 0.42, error: 0.003 };
 */
export interface FractionEstimate {
  /** The estimate. */
  readonly value: number;
  /** Its standard error (statistical, from the spread of the per-event values). */
  readonly error: number;
}

/**
 * A summary of the survival terms of an event sample whose size does not grow with the number of events
 * (built by `summarizeSurvivalTerms` from the terms of a sample's chunks, one chunk at a time).
 *
 * Events whose every vetoing track is visible on a single interval [0, b] — all events of the standard
 * selections (BaBar `'envelope'`, NA64 invisible) — pass with P = e^(−v·eps²), v = −originExponent ≥ 0.
 * They are histogrammed in v with bins of relative width ≤ 2⁻⁸ (the exponent and the 8 leading mantissa
 * bits of v), keeping per bin the count-free moments Σ w, and the w-weighted mean and variance of v (and
 * the same with w²). The bin average of e^(−v x) is then evaluated by its cumulant expansion
 * e^(−v̄x + σ²x²/2), exact to third order in the bin width: relative error ≲ 10⁻⁹ (v̄x)³, i.e. ≤ 3·10⁻⁸ where
 * v̄x ≤ 3 and ≤ 10⁻⁶ where v̄x ≤ 10 (and e^(−10) ≈ 5·10⁻⁵ of the weight) — far below the Monte Carlo error of
 * any sample. The other events (a track visible on several intervals or one not starting at 0: the BaBar
 * `'instrumented'` and modified NA64 selections) are kept exactly in `general` up to {@link GENERAL_EXACT_CAP}
 * of them; beyond it they are expanded into signed exponential sums ({@link ExpandedGeneral}), so that the
 * summary's size does not grow with the events for any selection.
 *
 * All arrays must be treated as read-only.
 * @example
 * const summary = summarizeSurvivalTerms(chunks.map((c) => babarSurvivalTerms(c)));
 * summary.binCount; // ≈ 10³ bins for 10⁶ events
 */
export interface SurvivalSummary extends SurvivalSampleInfo, SummaryBins {
  /** Σ w² over all selected events. */
  readonly weight2Sum: number;
  /**
   * The selected events with a general track kept exactly (their own `weightSum` and `selectedCount`): the
   * first {@link GENERAL_EXACT_CAP} of the sample, and any whose expansion would exceed 27 exponential terms.
   */
  readonly general: SurvivalTerms;
  /** The general-track events beyond the exact cap, as signed exponential sums in bins (empty below the cap). */
  readonly expanded: ExpandedGeneral;
}

/**
 * Histogram of exponents v ≥ 0 with positive weights, as in {@link SurvivalSummary}: per bin (ascending in v) the
 * smallest v, Σ w and the w-weighted mean and variance of v, and the same with w².
 * @example const bins: SummaryBins = summary; bins.binCount; // the summary's own bins
 */
export interface SummaryBins {
  /** Number B of non-empty bins (ascending in v; a last bin may hold v = +∞, P = 0). */
  readonly binCount: number;
  /** Per bin: the smallest v of its entries (e^(−v_min x) bounds the bin's mean of e^(−v x) from above). Length B. */
  readonly binMinimum: Float64Array;
  /** Per bin: Σ w. Length B. */
  readonly binWeight: Float64Array;
  /** Per bin: w-weighted mean of v. Length B. */
  readonly binMean: Float64Array;
  /** Per bin: w-weighted variance of v. Length B. */
  readonly binVariance: Float64Array;
  /** Per bin: Σ w². Length B. */
  readonly binWeight2: Float64Array;
  /** Per bin: w²-weighted mean of v. Length B. */
  readonly binMean2: Float64Array;
  /** Per bin: w²-weighted variance of v. Length B. */
  readonly binVariance2: Float64Array;
}

/**
 * General-track events as signed sums of exponentials, so that their memory does not grow with their number.
 * An event's P = e^(−o x) Π_tracks [1 − Σ_k (e^(−a_k x) − e^(−b_k x))] (x = eps²) expands into ≤ 27 terms (e.g. three tracks with one interval each; events with more stay exact)
 * ± e^(−u x); P² into their pairwise products. Σ w P is binned as two positive histograms (terms with + and with
 * −), Σ w² P² likewise (weights w², pair multiplicity included); each histogram is evaluated as in
 * {@link SurvivalSummary} (error ≲ 1.5·10⁻⁹ of its Σ w), so F is off by ≲ 1.5·10⁻⁹ Σ_e w_e T_e / Σ w
 * absolutely for T_e terms per event (≲ 4·10⁻⁸ if every event had 27; ≤ 5·10⁻¹² seen on real samples) — the
 * two signs cancel, so this is an absolute, not a relative, bound; the spread, a difference of sums of order
 * T² Σ w², likewise (σ_F off by ≲ √(3·10⁻⁹ Σ w² (T² + 2T) · n/(n − 1)) / Σ w). Intervals must not overlap
 * (as the builders make them): the exact loop clamps a track's 1 − Σ_k at 0, the expansion cannot.
 * @example summary.expanded.count; // 0 unless a sample has more general-track events than the exact cap
 */
export interface ExpandedGeneral {
  /** Number of events expanded. */
  readonly count: number;
  /** Σ w over them. */
  readonly weightSum: number;
  /** Σ w² over them. */
  readonly weight2Sum: number;
  /** Terms + w e^(−u x) of Σ w P (their w² moments give Σ w² P). */
  readonly plus: SummaryBins;
  /** Terms − w e^(−u x) of Σ w P (weights stored positive). */
  readonly minus: SummaryBins;
  /** Terms + m w² e^(−u x) of Σ w² P² (m = 1 or 2 for the pair multiplicity). */
  readonly pairPlus: SummaryBins;
  /** Terms − m w² e^(−u x) of Σ w² P² (weights stored positive). */
  readonly pairMinus: SummaryBins;
}

/**
 * General-track events a {@link SurvivalSummary} keeps exactly before it expands the rest (2¹⁶ events, ~8 MB).
 * @example GENERAL_EXACT_CAP // 65536
 */
export const GENERAL_EXACT_CAP = 1 << 16;
