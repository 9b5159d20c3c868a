/**
 * Does the semi-visible dark photon still explain the muon g−2? For each mass, the nσ preferred band in eps
 * (g2Band, THEORY.md §4.3) minus the union of the recast exclusions; the fraction of the band (in ln eps)
 * left open, and the contiguous mass ranges where any of it is open — the talk's headline question.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { g2Band, type G2DatasetName } from '../g2/index.js';
import type { ExclusionInterval } from './exclusionBand.js';
import { requireFinite, requireObject, requirePositive } from '../core/validate.js';
import { requireRecastCurve } from './checkRecastCurve.js';
import type { RecastCurve } from './recastCurve.js';

/** The g−2 band at one mass and how much of it the recast exclusions leave open. */
export interface G2OpeningPoint {
  /** m_A' in GeV. */
  readonly massGeV: number;
  /** Lower edge of the preferred band (`null`: no lower edge, e.g. the 2025 data set). */
  readonly bandLower: number | null;
  /** Upper edge of the preferred band. */
  readonly bandUpper: number;
  /** Fraction of the band (measured in ln eps) not excluded by any curve, in [0, 1]; for a band without a lower edge, measured down to bandUpper/10. */
  readonly openFraction: number;
}

/** Options of {@link g2Opening}. */
export interface G2OpeningOptions {
  /** Recast curves whose exclusions are combined (masses matched to 1e-9 relative). */
  readonly curves: readonly RecastCurve[];
  /** The g−2 data set (default '2021', as in arXiv:2302.05410). */
  readonly dataset?: G2DatasetName;
  /** Width of the band in σ (default 2). */
  readonly sigmas?: number;
  /** Masses at which to evaluate (default: every mass of the first curve); masses no curve covers are skipped. */
  readonly massesGeV?: readonly number[];
}

function excludedAt(curves: readonly RecastCurve[], massGeV: number): ExclusionInterval[] {
  const out: ExclusionInterval[] = [];
  for (const c of curves) {
    const p = c.points.find((q) => Math.abs(q.massGeV / massGeV - 1) < 1e-9);
    if (p !== undefined) out.push(...p.intervals);
  }
  return out;
}

function openLogLength(lo: number, hi: number, excluded: readonly ExclusionInterval[]): number {
  // Subtract the union of excluded intervals from [lo, hi], measured in ln eps.
  const cuts = excluded
    .map((e) => [Math.max(lo, e.lower), Math.min(hi, e.upper ?? Number.POSITIVE_INFINITY)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let covered = 0;
  let reach = lo;
  for (const [a, b] of cuts) {
    if (b <= reach) continue;
    covered += Math.log(b / Math.max(a, reach));
    reach = b;
  }
  return Math.max(0, Math.log(hi / lo) - covered);
}

/**
 * The g−2 band at each mass and the part of it left open by the recast exclusions.
 * @example g2Opening({ curves: [babarCurve, na64Curve], dataset: '2021', sigmas: 2 })
 */
export function g2Opening(options: G2OpeningOptions): G2OpeningPoint[] {
  requireObject('options', options);
  const curves: unknown = options.curves;
  const givenMasses: unknown = options.massesGeV;
  if (!Array.isArray(curves)) throw new ParameterError('curves', curves, 'an array of recast curves');
  curves.forEach((c: RecastCurve, k) => requireRecastCurve(c, `curves[${k}]`));
  if (givenMasses !== undefined) {
    if (!Array.isArray(givenMasses)) throw new ParameterError('massesGeV', givenMasses, 'an array of masses in GeV');
    givenMasses.forEach((m: unknown, k) => requirePositive(`massesGeV[${k}]`, m));
  }
  const first = options.curves[0];
  const masses = options.massesGeV ?? first?.points.map((p) => p.massGeV);
  if (masses === undefined) throw new ParameterError('curves', options.curves, 'at least one recast curve (or massesGeV)');
  const dataset = options.dataset ?? '2021';
  const sigmas = options.sigmas ?? 2;
  // Only masses where at least one recast curve has a point are judged (elsewhere these searches say nothing).
  const covered = masses.filter((m) => options.curves.some((c) => c.points.some((q) => Math.abs(q.massGeV / m - 1) < 1e-9)));
  return covered.map((massGeV) => {
    const band = g2Band({ dataset, sigmas, massGeV });
    const lo = band.lower ?? band.upper / 10;
    const open = openLogLength(lo, band.upper, excludedAt(options.curves, massGeV));
    const width = Math.log(band.upper / lo);
    if (!(width > 0)) throw new ParameterError('sigmas', sigmas, `a band width for which the band has a non-zero extent at ${massGeV} GeV`);
    return { massGeV, bandLower: band.lower, bandUpper: band.upper, openFraction: open / width };
  });
}

/**
 * Contiguous mass ranges [first, last] (grid masses, GeV) where the open fraction exceeds `threshold`
 * (default 0.01, i.e. more than 1% of the band in ln eps is allowed).
 * @example openMassRanges(g2Opening({ curves })) // [[0.6, 2.1]]
 */
export function openMassRanges(points: readonly G2OpeningPoint[], threshold = 0.01): [number, number][] {
  if (!Array.isArray(points)) throw new ParameterError('points', points, 'an array of g2Opening points');
  points.forEach((p, k) => {
    const o = requireObject(`points[${k}]`, p);
    requirePositive(`points[${k}].massGeV`, o['massGeV']);
    requireFinite(`points[${k}].openFraction`, o['openFraction']);
  });
  requireFinite('threshold', threshold);
  const ranges: [number, number][] = [];
  let start: number | null = null;
  let last = 0;
  for (const p of points) {
    if (p.openFraction > threshold) {
      if (start === null) start = p.massGeV;
      last = p.massGeV;
    } else if (start !== null) {
      ranges.push([start, last]);
      start = null;
    }
  }
  if (start !== null) ranges.push([start, last]);
  return ranges;
}
