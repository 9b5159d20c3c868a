/**
 * Thick-target model of A′ production by the primary electron (EXPERIMENTS.md §2.6): the Tsai survival probability
 * of the primary above an energy fraction, its effective path length L_eff, and the depth at which an A′ is produced.
 *
 * Tsai (Rev. Mod. Phys. 46 (1974) 815, eq. 3.82 with b ≈ 4/3): after t radiation lengths the primary-electron
 * spectrum is I_e(E₀, E, t) = (1/E₀)[ln(E₀/E)]^(4t/3 − 1)/Γ(4t/3), so P(E_e > yE₀ | t) = P(4t/3, ln(1/y)), the
 * regularised lower incomplete gamma function.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { integrate } from '../core/numerics/index.js';
import { requireInRange, requireNonNegative } from '../core/validate.js';
import { logGamma, regularizedLowerGamma } from './incompleteGamma.js';

/**
 * Probability that the primary electron still carries more than a fraction y of its energy after t radiation
 * lengths, P(4t/3, ln(1/y)) (EXPERIMENTS.md §2.6; Tsai 1974). Equals 1 at t = 0.
 * @param depthRadiationLengths - t, in X₀ (≥ 0)
 * @param energyFraction - y, in [10⁻⁶, 1)
 * @example primaryElectronSurvival(1, 0.5) // ≈ 0.353
 */
export function primaryElectronSurvival(depthRadiationLengths: number, energyFraction: number): number {
  const t = requireNonNegative('depthRadiationLengths', depthRadiationLengths);
  const y = requireInRange('energyFraction', energyFraction, 1e-6, 1, { upperOpen: true });
  // Beyond ~1e308 X₀, 4t/3 overflows; the survival probability underflowed to 0 long before.
  if ((4 * t) / 3 === Infinity) return 0;
  return regularizedLowerGamma((4 * t) / 3, -Math.log(y));
}

/**
 * Effective path length (in X₀) of the primary electron while its energy exceeds yE₀,
 * L_eff(y) = ∫₀^∞ P(4t/3, ln 1/y) dt (EXPERIMENTS.md §2.6 [C]: y = 0.5 → 0.870 X₀; 0.9 → 0.341 X₀).
 * @param energyFraction - y, in [10⁻⁶, 1)
 * @example primaryElectronTrackLength(0.5) // 0.870
 */
export function primaryElectronTrackLength(energyFraction: number): number {
  const y = requireInRange('energyFraction', energyFraction, 1e-6, 1, { upperOpen: true });
  const tMax = survivalCutoffRadiationLengths(y);
  const lnInv = -Math.log(y);
  const f = (t: number): number => regularizedLowerGamma((4 * t) / 3, lnInv);
  return integrate(f, 0, tMax, { relTol: 1e-10 }).value;
}

/**
 * A depth t (in X₀) beyond which the survival probability is below 10⁻¹⁸, used to truncate integrals.
 * @internal
 */
export function survivalCutoffRadiationLengths(y: number): number {
  const lnInv = -Math.log(y);
  let a = Math.max(4, 2 * lnInv);
  // For a ≫ x, P(a, x) < x^a/Γ(a + 1).
  while (a * Math.log(lnInv) - logGamma(a + 1) > -42) a *= 1.5;
  if (!Number.isFinite(a)) throw new ParameterError('energyFraction', y, '[1e-6, 1)');
  return (3 * a) / 4;
}
