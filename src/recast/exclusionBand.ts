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
 * epsilonMax; each sign change is refined by Brent's method. Bands narrower than the grid spacing
 * (default 24 points per decade) can be missed; that is the stated resolution.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireEpsilon, requireInRange } from '../core/validate.js';
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
  /** Grid points per decade of eps for bracketing (default 24). */
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
  requireEpsilon('epsilonLimit', epsilonLimit);
  const epsilonMax = requireInRange('epsilonMax', options.epsilonMax ?? 0.999, epsilonLimit, 1, { upperOpen: true });
  const perDecade = requireInRange('pointsPerDecade', options.pointsPerDecade ?? 24, 2, 1000);
  const relTol = requireInRange('relTol', options.relTol ?? 1e-9, 1e-15, 1e-2);
  const limit2 = epsilonLimit * epsilonLimit;
  const g = (eps: number): number => {
    const f = survivingFraction(eps);
    if (typeof f !== 'number' || !(f >= 0 && f <= 1 + 1e-12)) {
      throw new ParameterError('survivingFraction(eps)', f, `[0, 1] (at eps = ${eps})`);
    }
    return eps * eps * f - limit2;
  };
  const decades = Math.log10(epsilonMax / epsilonLimit);
  const n = Math.max(2, Math.ceil(decades * perDecade) + 1);
  const grid = logspace(epsilonLimit, epsilonMax, n);
  const values = grid.map(g);
  const intervals: ExclusionInterval[] = [];
  let lower: number | null = (values[0] as number) > 0 ? (grid[0] as number) : null;
  for (let k = 1; k < n; k++) {
    const a = grid[k - 1] as number;
    const b = grid[k] as number;
    const ga = values[k - 1] as number;
    const gb = values[k] as number;
    if (ga <= 0 && gb > 0) {
      lower = ga === 0 ? a : brent(g, a, b, { relTol, absTol: 0 });
    } else if (ga > 0 && gb <= 0 && lower !== null) {
      intervals.push({ lower, upper: gb === 0 ? b : brent(g, a, b, { relTol, absTol: 0 }) });
      lower = null;
    }
  }
  if (lower !== null) intervals.push({ lower, upper: null });
  return intervals;
}
