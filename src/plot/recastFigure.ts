/**
 * The talk's figure for one model: eps versus m_A' with the published BaBar and NA64 invisible limits
 * (dashed lines), their recast exclusions for the semi-visible model (filled bands), and the muon g−2
 * preferred band(s) (arXiv:2302.05410, figures of section V). Pure: builds an {@link ExclusionFigureSpec}.
 *
 * @module
 */
import { g2Band, type G2DatasetName } from '../g2/index.js';
import type { LimitCurve } from '../recast/limitCurve.js';
import type { RecastCurve } from '../recast/recastCurve.js';
import type { BandLayer, ExclusionFigureSpec, LineLayer } from './exclusionFigure.js';

/** A recast curve with the published limit it came from and how to draw it. */
export interface RecastFigureSeries {
  /** The recast exclusion. */
  readonly recast: RecastCurve;
  /** The published limit that was recast (drawn as a dashed line). */
  readonly published: LimitCurve;
  /** Short name for the legend, e.g. `'BaBar 2017'`. */
  readonly name: string;
  /** Colour of both the line and the band. */
  readonly color: string;
}

/** Inputs of {@link recastFigureSpec}. */
export interface RecastFigureOptions {
  /** Title (the model). */
  readonly title: string;
  /** Subtitle (the benchmark parameters). */
  readonly subtitle?: string;
  /** The recast series to draw. */
  readonly series: readonly RecastFigureSeries[];
  /** g−2 data sets to draw as nσ bands (default ['2021']); a set without lower edge is drawn as a line. */
  readonly g2Datasets?: readonly G2DatasetName[];
  /** Band half-width in σ (default 2). */
  readonly g2Sigmas?: number;
  /** Masses for the g−2 band and the published lines (default: the union of the recast grids). */
  readonly massesGeV?: readonly number[];
  /** Axis ranges (defaults 0.03–8 GeV and 1e-5–1e-1). */
  readonly massRangeGeV?: readonly [number, number];
  /** eps range of the y axis. */
  readonly epsilonRange?: readonly [number, number];
}

const G2_COLORS: Readonly<Record<G2DatasetName, string>> = { '2021': '#2a9d4a', '2023': '#7a6bd1', '2025': '#b5651d' };

/**
 * Build the figure spec (layers: g−2 bands at the back, recast exclusions, published limits on top).
 * @example renderExclusionFigure(recastFigureSpec({ title: 'iDM', series: [{ recast, published, name: 'BaBar', color: '#1f5fbf' }] }))
 */
export function recastFigureSpec(options: RecastFigureOptions): ExclusionFigureSpec {
  const masses =
    options.massesGeV ??
    [...new Set(options.series.flatMap((s) => s.recast.points.map((p) => p.massGeV)))].sort((a, b) => a - b);
  const sigmas = options.g2Sigmas ?? 2;
  const layers: (BandLayer | LineLayer)[] = [];
  for (const dataset of options.g2Datasets ?? ['2021']) {
    const bands = masses.map((m) => ({ m, band: g2Band({ dataset, sigmas, massGeV: m }) }));
    const label = `(g−2)μ ${sigmas}σ (${dataset})`;
    if (bands.every((b) => b.band.lower === null)) {
      layers.push({ kind: 'line', label: `${label}: upper bound`, color: G2_COLORS[dataset], dashed: true, width: 2.5,
        points: bands.map((b) => ({ massGeV: b.m, epsilon: b.band.upper })) });
    } else {
      layers.push({ kind: 'band', label, color: G2_COLORS[dataset], opacity: 0.35,
        points: bands.map((b) => ({ massGeV: b.m, lower: b.band.lower, upper: b.band.upper })) });
    }
  }
  for (const s of options.series) {
    // One band per excluded interval index, so that an allowed gap between two intervals stays visible.
    const pieces = Math.max(0, ...s.recast.points.map((p) => p.intervals.length));
    for (let k = 0; k < pieces; k++) {
      layers.push({
        kind: 'band', label: `${s.name} recast`, color: s.color, opacity: 0.3, legend: k === 0,
        points: s.recast.points.map((p) => {
          const interval = p.intervals[k];
          return { massGeV: p.massGeV, lower: interval?.lower ?? null, upper: interval === undefined ? null : interval.upper };
        }),
      });
    }
  }
  for (const s of options.series) {
    // The published curve at its own digitised nodes, broken at segment changes (resonance gaps).
    const points: { massGeV: number; epsilon: number | null }[] = [];
    s.published.massesGeV.forEach((m, k) => {
      if (k > 0 && s.published.segments[k] !== s.published.segments[k - 1]) points.push({ massGeV: m, epsilon: null });
      points.push({ massGeV: m, epsilon: s.published.epsilons[k] as number });
    });
    layers.push({ kind: 'line', label: `${s.name} published (invisible A′)`, color: s.color, dashed: true, points });
  }
  return {
    title: options.title,
    ...(options.subtitle === undefined ? {} : { subtitle: options.subtitle }),
    massRangeGeV: options.massRangeGeV ?? [0.03, 8],
    epsilonRange: options.epsilonRange ?? [1e-5, 1e-1],
    layers,
  };
}
