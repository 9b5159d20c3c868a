/**
 * Integrated dark-bremsstrahlung cross sections in the IWW approximation, GeV⁻² (EXPERIMENTS.md §2.3–§2.4).
 *
 * Method: ∫dσ/dx dx in u = ln(1 − x) (dσ/du = (1 − x) dσ/dx) over [m/E₀, 1 − m_e/E₀], adaptive Gauss–Kronrod split
 * at the m_e cut-off 1 − x = m_e²/m² and at x = ½. The peak at x → 1 is cut off by the m_e²x term of ũ at
 * 1 − x ~ m_e²/m²; cutting instead at 1 − x = m_e/m would halve the logarithm (EXPERIMENTS.md §2.3 warning).
 *
 * @module
 */
import { ELECTRON_MASS_GEV } from '../core/constants.js';
import { ParameterError } from '../core/errors.js';
import { integrate } from '../core/numerics/index.js';
import { requireInRange, requireObject } from '../core/validate.js';
import { dSigmaDxUnchecked } from './darkBremCrossSection.js';
import { requireDarkBrem, type DarkBrem } from './darkBremSetup.js';

/** Options of the integrated cross sections. */
export interface DarkBremIntegrationOptions {
  /** Lower end of x (default m/E₀). */
  readonly xMin?: number;
  /** Upper end of x (default 1 − m_e/E₀). */
  readonly xMax?: number;
  /** Relative tolerance of the quadrature (default 1e-9). */
  readonly relTol?: number;
}

/**
 * Total IWW cross section σ = ∫ dσ/dx dx (m_e kept), GeV⁻² (EXPERIMENTS.md §2.4: Pb, E₀ = 100 GeV, ε = 10⁻⁴,
 * m = 0.1 GeV → 176.0 pb). Optionally over a sub-range of x.
 * @param darkBrem - from `prepareDarkBrem`
 * @param options - x range and tolerance
 * @example invGeV2ToPb(darkBremCrossSection(prepareDarkBrem({ massGeV: 0.1, epsilon: 1e-4 }))) // 176.0
 */
export function darkBremCrossSection(darkBrem: DarkBrem, options: DarkBremIntegrationOptions = {}): number {
  const { lo, hi, relTol } = resolve(darkBrem, options);
  return integrateU(darkBrem, lo, hi, relTol, false);
}

/**
 * Fraction of the IWW cross section with x > xCut (EXPERIMENTS.md §2.4: x > 0.5 → 0.944, 0.962, 0.966, 0.966 for
 * m = 0.0167, 0.1, 0.5, 1 GeV; Pb, 100 GeV).
 * @param darkBrem - from `prepareDarkBrem`
 * @param xCut - the cut, in [m/E₀, 1 − m_e/E₀]
 * @example darkBremFractionAbove(prepareDarkBrem({ massGeV: 0.1, epsilon: 1e-4 }), 0.5) // 0.962
 */
export function darkBremFractionAbove(darkBrem: DarkBrem, xCut: number): number {
  requireDarkBrem(darkBrem);
  const cut = requireInRange('xCut', xCut, darkBrem.xMin, darkBrem.xMax);
  const above = darkBremCrossSection(darkBrem, { xMin: cut });
  return ratioOfCrossSections(above, darkBremCrossSection(darkBrem), darkBrem);
}

/** A ratio of two integrals ∝ α³ε²χ, or a ParameterError when that factor underflows to 0 (e.g. α = 1e-130). */
function ratioOfCrossSections(numerator: number, denominator: number, darkBrem: DarkBrem): number {
  if (!(denominator > 0)) throw new ParameterError('darkBrem', darkBrem, 'a process with a non-zero cross section (α³ε²χ underflows)');
  return numerator / denominator;
}

/**
 * Mean A′ energy fraction ⟨x⟩ under the IWW dσ/dx (EXPERIMENTS.md §2.4: 0.895, 0.928, 0.936, 0.937).
 * @param darkBrem - from `prepareDarkBrem`
 * @example darkBremMeanX(prepareDarkBrem({ massGeV: 0.1, epsilon: 1e-4 })) // 0.928
 */
export function darkBremMeanX(darkBrem: DarkBrem): number {
  const { lo, hi, relTol } = resolve(darkBrem, {});
  return ratioOfCrossSections(integrateU(darkBrem, lo, hi, relTol, true), integrateU(darkBrem, lo, hi, relTol, false), darkBrem);
}

/**
 * Leading-log total cross section of BEST (arXiv:0906.0580, eq. for σ_tot; EXPERIMENTS.md §2.3):
 * σ ≈ (4/3)(α³ε²χ/m²) ln(1/δ), δ = max(m_e²/m², m²/E₀², m_e/E₀), GeV⁻². A cross-check of the integral, not a
 * replacement (about 2% low at 10 MeV, 20% low at 1 GeV for Pb at 100 GeV).
 * @param darkBrem - from `prepareDarkBrem`
 * @example invGeV2ToPb(darkBremLeadingLogCrossSection(prepareDarkBrem({ massGeV: 0.1, epsilon: 1e-4 }))) // 177.5
 */
export function darkBremLeadingLogCrossSection(darkBrem: DarkBrem): number {
  requireDarkBrem(darkBrem);
  const { massGeV: m, beamEnergyGeV: e0, alpha, epsilon, chi } = darkBrem;
  const me = ELECTRON_MASS_GEV;
  const delta = Math.max((me * me) / (m * m), (m * m) / (e0 * e0), me / e0);
  const sigma = ((4 / 3) * alpha ** 3 * epsilon * epsilon * chi * -Math.log(delta)) / (m * m);
  if (!Number.isFinite(sigma)) throw new ParameterError('darkBrem.massGeV', m, 'a mass for which the leading-log σ is finite');
  return sigma;
}

function resolve(d: DarkBrem, options: DarkBremIntegrationOptions): { lo: number; hi: number; relTol: number } {
  requireDarkBrem(d);
  const o = requireObject('options', options);
  const lo = o['xMin'] === undefined ? d.xMin : requireInRange('options.xMin', o['xMin'], d.xMin, d.xMax);
  const hi = o['xMax'] === undefined ? d.xMax : requireInRange('options.xMax', o['xMax'], d.xMin, d.xMax);
  if (!(lo < hi)) throw new ParameterError('options.xMax', hi, `(${lo}, ${d.xMax}] (above options.xMin)`);
  const relTol = o['relTol'] === undefined ? 1e-9 : requireInRange('options.relTol', o['relTol'], 1e-14, 1e-2);
  return { lo, hi, relTol };
}

/** ∫ dσ/dx (× x if weighted) dx over [lo, hi], in u = ln(1 − x). */
function integrateU(d: DarkBrem, lo: number, hi: number, relTol: number, weightX: boolean): number {
  const uLo = Math.log1p(-hi);
  const uHi = Math.log1p(-lo);
  const f = (u: number): number => {
    const y = Math.exp(u);
    const x = -Math.expm1(u);
    const v = dSigmaDxUnchecked(d, x, y) * y;
    return weightX ? v * x : v;
  };
  const cutoff = 2 * Math.log(ELECTRON_MASS_GEV / d.massGeV);
  const breaks = [cutoff, Math.log(0.5)].filter((u) => u > uLo && u < uHi).sort((a, b) => a - b);
  const edges = [uLo, ...breaks, uHi];
  let sum = 0;
  for (let i = 0; i + 1 < edges.length; i++) sum += integrate(f, edges[i]!, edges[i + 1]!, { relTol }).value;
  return sum;
}
