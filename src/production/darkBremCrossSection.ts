/**
 * Differential cross sections of dark bremsstrahlung e⁻Z → e⁻ZA′ in the (improved) Weizsäcker–Williams
 * approximation, GeV⁻² (EXPERIMENTS.md §2.3). x = E_A′/E₀, θ = lab angle between A′ and beam (rad).
 *
 * Sources: double differential — Bjorken, Essig, Schuster, Toro arXiv:0906.0580 App. A (eq. A12 type), m_e kept as
 * in DMG4 `CrossSectionDSDXDU`; single differential — Liu, McKeen, Miller arXiv:1609.06781 (IWW, m_e kept) and its
 * m_e → 0 limit. The θ-integral of the double differential reproduces dσ/dx exactly (checked in the tests).
 *
 * @module
 */
import { ELECTRON_MASS_GEV } from '../core/constants.js';
import { ParameterError } from '../core/errors.js';
import { requireInRange, requirePositive } from '../core/validate.js';
import { requireDarkBrem, type DarkBrem } from './darkBremSetup.js';

const ME2 = ELECTRON_MASS_GEV * ELECTRON_MASS_GEV;

/**
 * dσ/dx (IWW with m_e kept; EXPERIMENTS.md §2.3, Liu–McKeen–Miller 1609.06781):
 * dσ/dx = 2α³ε²χ (|k|/E₀)[m_e² x(−2 + 2x + x²) − 2(3 − 3x + x²)ũ]/(3xũ²), ũ = −m²(1 − x)/x − m_e² x,
 * |k| = √((xE₀)² − m²). GeV⁻².
 * @param darkBrem - from `prepareDarkBrem`
 * @param x - E_A′/E₀, in [m/E₀, 1 − m_e/E₀]
 * @example darkBremDSigmaDx(prepareDarkBrem({ massGeV: 0.1, epsilon: 1 }), 0.9) // 43.1562
 */
export function darkBremDSigmaDx(darkBrem: DarkBrem, x: number): number {
  requireX(darkBrem, x);
  return finite(dSigmaDxUnchecked(darkBrem, x, 1 - x), darkBrem);
}

/**
 * dσ/dx in the m_e → 0 limit (EXPERIMENTS.md §2.3): dσ/dx = 4α³ε²χβ_A′ x(1 − x + x²/3)/(m²(1 − x)),
 * β_A′ = √(1 − m²/(xE₀)²). Agrees with {@link darkBremDSigmaDx} to < 10⁻³ for x ≤ 0.99; diverges as x → 1 where
 * the m_e form is cut off. GeV⁻².
 * @param darkBrem - from `prepareDarkBrem`
 * @param x - E_A′/E₀, in [m/E₀, 1 − m_e/E₀]
 * @example darkBremDSigmaDxMasslessElectron(prepareDarkBrem({ massGeV: 0.1, epsilon: 1 }), 0.9) // 43.1628
 */
export function darkBremDSigmaDxMasslessElectron(darkBrem: DarkBrem, x: number): number {
  requireX(darkBrem, x);
  const { massGeV: m, beamEnergyGeV: e0 } = darkBrem;
  const beta = Math.sqrt((x * e0 - m) * (x * e0 + m)) / (x * e0);
  return finite((4 * couplings(darkBrem) * beta * x * (1 - x + (x * x) / 3)) / (m * m * (1 - x)), darkBrem);
}

/**
 * d²σ/(dx dcos θ) (EXPERIMENTS.md §2.3; BEST App. A, m_e kept as in DMG4), small-angle form:
 * 8α³ε²χE₀²xβ_A′ [(1 − x + x²/2)/U² + (1 − x)²(m² + 2m_e²)(m² − Ux/(1 − x) + m_e²x²/(1 − x))/U⁴],
 * U = E₀²xθ² + m²(1 − x)/x + m_e²x. Since dcos θ ≈ dθ²/2, dσ/dθ² = ½ d²σ/(dx dcos θ). GeV⁻².
 * @param darkBrem - from `prepareDarkBrem`
 * @param x - E_A′/E₀, in [m/E₀, 1 − m_e/E₀]
 * @param theta - A′ angle to the beam, rad, in [0, π]
 * @example darkBremD2SigmaDxDCosTheta(prepareDarkBrem({ massGeV: 0.1, epsilon: 1 }), 0.9, 3e-4) // ≈ 1.94e8 GeV⁻²
 */
export function darkBremD2SigmaDxDCosTheta(darkBrem: DarkBrem, x: number, theta: number): number {
  requireX(darkBrem, x);
  requireInRange('theta', theta, 0, Math.PI);
  const { massGeV: m, beamEnergyGeV: e0 } = darkBrem;
  const y = 1 - x;
  const beta = Math.sqrt((x * e0 - m) * (x * e0 + m)) / (x * e0);
  const u = e0 * e0 * x * theta * theta + (m * m * y) / x + ME2 * x;
  const u2 = u * u;
  const bracket =
    (1 - x + (x * x) / 2) / u2 + (y * y * (m * m + 2 * ME2) * (m * m - (u * x) / y + (ME2 * x * x) / y)) / (u2 * u2);
  return finite(8 * couplings(darkBrem) * e0 * e0 * x * beta * bracket, darkBrem);
}

/**
 * Median A′ angle at fixed x from the leading 1/U² term, θ_med = (m/E₀)√(1 − x)/x, rad (EXPERIMENTS.md §2.5;
 * m = 0.1 GeV, E₀ = 100 GeV: x = 0.5 → 1.4142 mrad, 0.9 → 0.3514 mrad).
 * @param massGeV - m_A′, GeV
 * @param beamEnergyGeV - E₀, GeV
 * @param x - E_A′/E₀, in (0, 1]
 * @example darkBremMedianAngle(0.1, 100, 0.9) // 3.514e-4
 */
export function darkBremMedianAngle(massGeV: number, beamEnergyGeV: number, x: number): number {
  const m = requirePositive('massGeV', massGeV);
  const e0 = requirePositive('beamEnergyGeV', beamEnergyGeV);
  requireInRange('x', x, 0, 1, { lowerOpen: true });
  if (!Number.isFinite(m / e0)) throw new ParameterError('beamEnergyGeV', e0, `a value for which m/E₀ is finite (m = ${m} GeV)`);
  const angle = ((m / e0) * Math.sqrt(1 - x)) / x;
  if (!Number.isFinite(angle)) throw new ParameterError('x', x, 'a value for which the median angle is finite');
  return angle;
}

/**
 * dσ/dx with y = 1 − x supplied separately (accurate as x → 1); no validation. @internal
 */
export function dSigmaDxUnchecked(darkBrem: DarkBrem, x: number, y: number): number {
  const { massGeV: m, beamEnergyGeV: e0 } = darkBrem;
  const xe = x * e0;
  if (!(xe > m)) return 0;
  const kOverE0 = Math.sqrt((xe - m) * (xe + m)) / e0;
  const ut = -(m * m * y) / x - ME2 * x;
  const numerator = ME2 * x * (x * x - 2 * y) - 2 * (3 * y + x * x) * ut;
  return (2 * couplings(darkBrem) * kOverE0 * numerator) / (3 * x * ut * ut);
}

/** α³ε²χ. */
/** A cross section, or a ParameterError naming `darkBrem` when the hand-made object's numbers make it overflow. */
function finite(sigma: number, darkBrem: DarkBrem): number {
  if (!Number.isFinite(sigma)) throw new ParameterError('darkBrem', darkBrem, 'parameters for which the cross section is finite');
  return sigma;
}

function couplings(d: DarkBrem): number {
  return d.alpha * d.alpha * d.alpha * d.epsilon * d.epsilon * d.chi;
}

function requireX(d: DarkBrem, x: number): void {
  requireDarkBrem(d);
  if (typeof x !== 'number' || !(x >= d.xMin && x <= d.xMax)) throw new ParameterError('x', x, `[${d.xMin}, ${d.xMax}] (m/E0 to 1 - m_e/E0)`);
}
