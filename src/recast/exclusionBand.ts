/**
 * The recast condition and its solution in eps (EXPERIMENTS.md §6.1–6.2; the method of Mohlabeng 1902.05075,
 * Izaguirre et al. 1703.06881 and arXiv:2302.05410): an invisible search that excludes eps ≥ eps_UL(m) for a
 * purely invisible A' excludes the semi-visible model where
 *
 *     eps² · F(eps, m) ≥ eps_UL(m)²,
 *
 * with F the fraction of A' events that survive the selection. F depends on eps through the dark-fermion
 * lifetimes (∝ 1/eps²) and BR(A' → SM) (∝ eps²), so this is an implicit condition: a band [eps_lo, eps_hi],
 * possibly open above (when a fully invisible channel keeps F > 0 at large eps), possibly empty.
 *
 * Algorithm: g(eps) = eps² F(eps) − eps_UL² on a logarithmic grid from eps_UL (where g ≤ 0 since F ≤ 1) to
 * epsilonMax (12 points per decade); where g has a local maximum just below zero on the grid, a golden-section
 * search between the neighbouring points finds a narrow tip the grid would miss; each sign change is refined
 * by Brent's method.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireEpsilon, requireFunction, requireInRange, requireObject } from '../core/validate.js';
import { brent, logspace } from '../core/numerics/index.js';

/** One excluded interval in eps; `upper` is `null` when the exclusion is open above (reaches epsilonMax). */
export interface ExclusionInterval {
  /** Lower edge eps_lo. */
  readonly lower: number;
  /** Upper edge eps_hi, or `null` when still excluded at epsilonMax. */
  readonly upper: number | null;
}

/** Options of {@link solveExclusion}. */
export interface ExclusionOptions {
  /** Largest eps considered (default 0.999; must be < 1). */
  readonly epsilonMax?: number;
  /** Grid points per decade of eps for bracketing (default 12; narrow tips between points are searched). */
  readonly pointsPerDecade?: number;
  /** Relative tolerance of each edge (default 1e-9). */
  readonly relTol?: number;
}

/**
 * Solve eps² F(eps) ≥ eps_UL² for the excluded intervals in eps (ascending, disjoint). An empty array means
 * nothing is excluded. `survivingFraction` must return F in [0, 1] (validated).
 * @param survivingFraction - F(eps) of the semi-visible model at this mass
 * @param epsilonLimit - the published eps_UL at this mass, in (0, 1)
 * @example
 * // Toy model of EXPERIMENTS.md §6.2: F = exp(-L/λ), λ = λ0 (eps0/eps)²
 * solveExclusion((e) => Math.exp(-100 / (1000 * (1e-3 / e) ** 2)), 1e-3) // [{ lower: 1.0575e-3, upper: 5.9809e-3 }]
 */
export function solveExclusion(
  survivingFraction: (epsilon: number) => number,
  epsilonLimit: number,
  options: ExclusionOptions = {},
): ExclusionInterval[] {
  requireFunction('survivingFraction', survivingFraction);
  requireEpsilon('epsilonLimit', epsilonLimit);
  requireObject('options', options);
  const epsilonMax = requireInRange('epsilonMax', options.epsilonMax ?? 0.999, epsilonLimit, 1, { upperOpen: true });
  const perDecade = requireInRange('pointsPerDecade', options.pointsPerDecade ?? 12, 2, 1000);
  const relTol = requireInRange('relTol', options.relTol ?? 1e-9, 1e-15, 1e-2);
  const limit2 = epsilonLimit * epsilonLimit;
  const g = (eps: number): number => {
    const f = survivingFraction(eps);
    if (typeof f !== 'number' || !(f >= 0 && f <= 1 + 1e-12)) {
      throw new ParameterError('survivingFraction(eps)', f, `[0, 1] (at eps = ${eps})`);
    }
    return eps * eps * f - limit2;
  };
  const grid = exclusionGrid(epsilonLimit, epsilonMax, perDecade);
  return intervalsFromGrid(g, grid, grid.map(g), relTol, limit2);
}

/** The logarithmic eps grid of the bracketing scan, from eps_UL to epsilonMax. */
function exclusionGrid(epsilonLimit: number, epsilonMax: number, perDecade: number): number[] {
  const decades = Math.log10(epsilonMax / epsilonLimit);
  return logspace(epsilonLimit, epsilonMax, Math.max(2, Math.ceil(decades * perDecade) + 1));
}

/** Golden-section maximisation of g on [a, b] in ln eps (a local maximum is assumed inside). */
function maximise(g: (eps: number) => number, a: number, b: number): { x: number; value: number } {
  const r = (Math.sqrt(5) - 1) / 2;
  let lo = Math.log(a);
  let hi = Math.log(b);
  let x1 = hi - r * (hi - lo);
  let x2 = lo + r * (hi - lo);
  let g1 = g(Math.exp(x1));
  let g2 = g(Math.exp(x2));
  for (let it = 0; it < 40 && hi - lo > 1e-6; it++) {
    if (g1 > 0 || g2 > 0) break; // positive already: that is all the bracketing needs
    if (g1 < g2) {
      lo = x1; x1 = x2; g1 = g2; x2 = lo + r * (hi - lo); g2 = g(Math.exp(x2));
    } else {
      hi = x2; x2 = x1; g2 = g1; x1 = hi - r * (hi - lo); g1 = g(Math.exp(x1));
    }
  }
  return g1 >= g2 ? { x: Math.exp(x1), value: g1 } : { x: Math.exp(x2), value: g2 };
}

/**
 * Insert the maximum of g between grid points where g has a local maximum just below zero on the grid
 * (a narrow exclusion tip the grid spacing would miss): golden-section search in the two neighbouring cells.
 * "Just below" means within 10% of eps_UL² (g ≥ −0.1 eps_UL²); deeper maxima cannot reach zero for the smooth
 * F of a recast.
 */
function refineTips(
  g: (eps: number) => number,
  grid: readonly number[],
  values: readonly number[],
  limit2: number,
): { grid: number[]; values: number[] } {
  const xs = [...grid];
  const ys = [...values];
  for (let k = grid.length - 2; k >= 1; k--) {
    const y = values[k] as number;
    if (y <= 0 && y >= -0.1 * limit2 && y >= (values[k - 1] as number) && y >= (values[k + 1] as number)) {
      const best = maximise(g, grid[k - 1] as number, grid[k + 1] as number);
      if (best.value > 0) {
        const at = best.x < (grid[k] as number) ? k : k + 1;
        xs.splice(at, 0, best.x);
        ys.splice(at, 0, best.value);
      }
    }
  }
  return { grid: xs, values: ys };
}

/** Excluded intervals from g on a grid: narrow tips refined, every sign change refined by Brent. */
function intervalsFromGrid(
  g: (eps: number) => number,
  coarseGrid: readonly number[],
  coarseValues: readonly number[],
  relTol: number,
  limit2: number,
): ExclusionInterval[] {
  const { grid, values } = refineTips(g, coarseGrid, coarseValues, limit2);
  const intervals: ExclusionInterval[] = [];
  let lower: number | null = (values[0] as number) > 0 ? (grid[0] as number) : null;
  for (let k = 1; k < grid.length; k++) {
    const a = grid[k - 1] as number;
    const b = grid[k] as number;
    const ga = values[k - 1] as number;
    const gb = values[k] as number;
    // Brent starts by evaluating g at both ends: hand it the grid values instead of recomputing them.
    const known = (eps: number): number => (eps === a ? ga : eps === b ? gb : g(eps));
    if (ga <= 0 && gb > 0) {
      lower = ga === 0 ? a : brent(known, a, b, { relTol, absTol: 0 });
    } else if (ga > 0 && gb <= 0 && lower !== null) {
      intervals.push({ lower, upper: gb === 0 ? b : brent(known, a, b, { relTol, absTol: 0 }) });
      lower = null;
    }
  }
  if (lower !== null) intervals.push({ lower, upper: null });
  return intervals;
}

/** A Monte Carlo estimate of the surviving fraction: value and standard error. */
export interface FractionWithError {
  /** F in [0, 1]. */
  readonly value: number;
  /** Its standard error (≥ 0). */
  readonly error: number;
}

/** Excluded intervals for the central F and for F ± σ_F (the MC band of each edge). */
export interface ExclusionWithUncertainty {
  /** Intervals for the central estimate F. */
  readonly intervals: readonly ExclusionInterval[];
  /** Intervals for min(1, F + σ_F) (edges widen). */
  readonly high: readonly ExclusionInterval[];
  /** Intervals for max(0, F − σ_F) (edges narrow). */
  readonly low: readonly ExclusionInterval[];
}

/**
 * {@link solveExclusion} for F, F + σ and F − σ at once: one bracketing scan serves all three (each grid
 * evaluation returns F and σ together), and the ±σ edges are refined to `errorRelTol` (default 1e-5; they only
 * estimate the MC uncertainty). This is what the recast calls — the scan dominates its cost.
 * @example solveExclusionWithUncertainty((e) => ({ value: Math.exp(-0.1 * (e / 1e-3) ** 2), error: 0.01 }), 1e-3)
 */
export function solveExclusionWithUncertainty(
  estimate: (epsilon: number) => FractionWithError,
  epsilonLimit: number,
  options: ExclusionOptions & { readonly errorRelTol?: number } = {},
): ExclusionWithUncertainty {
  requireFunction('estimate', estimate);
  requireEpsilon('epsilonLimit', epsilonLimit);
  requireObject('options', options);
  const epsilonMax = requireInRange('epsilonMax', options.epsilonMax ?? 0.999, epsilonLimit, 1, { upperOpen: true });
  const perDecade = requireInRange('pointsPerDecade', options.pointsPerDecade ?? 12, 2, 1000);
  const relTol = requireInRange('relTol', options.relTol ?? 1e-9, 1e-15, 1e-2);
  const errorRelTol = requireInRange('errorRelTol', options.errorRelTol ?? 1e-5, 1e-15, 1e-2);
  const limit2 = epsilonLimit * epsilonLimit;
  const checked = (eps: number): FractionWithError => {
    const f = estimate(eps);
    if (typeof f !== 'object' || f === null || !(f.value >= 0 && f.value <= 1 + 1e-12) || !(f.error >= 0 && Number.isFinite(f.error))) {
      throw new ParameterError('estimate(eps)', f, `{ value in [0, 1], error >= 0 } (at eps = ${eps})`);
    }
    return f;
  };
  const gOf = (shift: -1 | 0 | 1) => (eps: number): number => {
    const f = checked(eps);
    return eps * eps * Math.min(1, Math.max(0, f.value + shift * f.error)) - limit2;
  };
  const grid = exclusionGrid(epsilonLimit, epsilonMax, perDecade);
  const estimates = grid.map(checked);
  const values = (shift: -1 | 0 | 1): number[] =>
    estimates.map((f, k) => (grid[k] as number) ** 2 * Math.min(1, Math.max(0, f.value + shift * f.error)) - limit2);
  return {
    intervals: intervalsFromGrid(gOf(0), grid, values(0), relTol, limit2),
    high: intervalsFromGrid(gOf(1), grid, values(1), errorRelTol, limit2),
    low: intervalsFromGrid(gOf(-1), grid, values(-1), errorRelTol, limit2),
  };
}
