/**
 * Exponential decay along a straight path (EXPERIMENTS.md §3 notes, §6.1): a particle with lab decay length
 * λ = βγcτ = (p/m)cτ decays between path lengths L₁ ≤ L₂ with probability e^(−L₁/λ) − e^(−L₂/λ) and
 * survives beyond L with probability e^(−L/λ). The difference is evaluated as e^(−L₁/λ)·(−expm1(−(L₂ − L₁)/λ)),
 * which keeps full relative accuracy for λ ≫ L (where the naive difference cancels) and gives the exact
 * limits for λ → 0 (0, or 1 when L₁ = 0) without NaN.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireEpsilon, requireFinite, requireNonNegative, requireObject, requirePositive } from '../core/validate.js';

/**
 * Input of {@link labDecayLengthCm}: the lab energy or the lab momentum (exactly one), the mass and cτ.
 * @example const input: LabDecayLengthInput = { energyGeV: 50, massGeV: 0.1, ctauCm: 1 };
 */
export type LabDecayLengthInput =
  | {
      /** Lab energy, GeV (> massGeV). */
      readonly energyGeV: number;
      /** Not allowed together with energyGeV. */
      readonly momentumGeV?: never;
      /** Mass, GeV (> 0). */
      readonly massGeV: number;
      /** Proper decay length cτ, cm (> 0). */
      readonly ctauCm: number;
    }
  | {
      /** Lab momentum |p|, GeV (> 0). */
      readonly momentumGeV: number;
      /** Not allowed together with momentumGeV. */
      readonly energyGeV?: never;
      /** Mass, GeV (> 0). */
      readonly massGeV: number;
      /** Proper decay length cτ, cm (> 0). */
      readonly ctauCm: number;
    };

/**
 * Lab-frame decay length λ = βγ cτ = (|p|/m) cτ, cm, from the lab energy (|p| = √((E − m)(E + m))) or the
 * lab momentum. (Named distinctly from the widths layer's proper decay length.)
 * Check value [C] (EXPERIMENTS §5.3): E = 50 GeV, m = 0.1 GeV, cτ = 1 cm ⇒ λ = 499.999 cm.
 * @param input - `{ energyGeV | momentumGeV, massGeV, ctauCm }`
 * @returns λ in cm (finite, > 0)
 * @throws ParameterError when both or neither of energyGeV/momentumGeV are given, energyGeV ≤ massGeV, or
 *   a value is not finite and positive
 * @example labDecayLengthCm({ energyGeV: 50, massGeV: 0.1, ctauCm: 1 }) // 499.99899999…
 */
export function labDecayLengthCm(input: LabDecayLengthInput): number {
  const o = requireObject('input', input);
  const m = requirePositive('massGeV', o['massGeV']);
  const ctau = requirePositive('ctauCm', o['ctauCm']);
  const hasE = o['energyGeV'] !== undefined;
  const hasP = o['momentumGeV'] !== undefined;
  if (hasE === hasP) {
    throw new ParameterError(hasE ? 'momentumGeV' : 'energyGeV', hasE ? o['momentumGeV'] : undefined, 'exactly one of energyGeV, momentumGeV');
  }
  let p: number;
  if (hasP) {
    p = requirePositive('momentumGeV', o['momentumGeV']);
  } else {
    const e = requireFinite('energyGeV', o['energyGeV']);
    if (!(e > m)) throw new ParameterError('energyGeV', e, `a finite number > massGeV = ${m}`);
    p = Math.sqrt((e - m) * (e + m));
  }
  const lambda = (p / m) * ctau;
  if (!(lambda > 0 && Number.isFinite(lambda))) {
    throw new ParameterError('ctauCm', ctau, 'such that (p/m)·cτ is a finite number > 0');
  }
  return lambda;
}

/**
 * Lab decay length at kinetic mixing eps, given the one at eps = 1: λ(eps) = λ₁/eps² (the ψ_j widths scale
 * as eps², EXPERIMENTS §6.1).
 * @param unitEpsilonDecayLengthCm - λ₁ = lab decay length at eps = 1, cm (> 0)
 * @param epsilon - kinetic mixing in (0, 1)
 * @returns λ₁/eps² in cm
 * @throws ParameterError when the result would overflow (eps below ~1e-154 for λ₁ ~ 1 cm)
 * @example decayLengthAtEpsilonCm(1e-4, 1e-3) // 100
 */
export function decayLengthAtEpsilonCm(unitEpsilonDecayLengthCm: number, epsilon: number): number {
  const l1 = requirePositive('unitEpsilonDecayLengthCm', unitEpsilonDecayLengthCm);
  const eps = requireEpsilon('epsilon', epsilon);
  const lambda = l1 / eps / eps;
  if (!Number.isFinite(lambda)) throw new ParameterError('epsilon', eps, 'such that λ₁/eps² is finite');
  return lambda;
}

/**
 * Probability to decay between path lengths L₁ and L₂: e^(−L₁/λ) − e^(−L₂/λ), evaluated as
 * e^(−L₁/λ)·(−expm1(−(L₂ − L₁)/λ)). Check value [C] (EXPERIMENTS §3): L₁ = 23.6, L₂ = 80.9, λ = 100 cm ⇒
 * 0.344478.
 * @param startCm - L₁ ≥ 0, cm
 * @param endCm - L₂ ≥ L₁, cm (may be Infinity: decay anywhere beyond L₁)
 * @param decayLengthCm - lab decay length λ > 0, cm
 * @returns a probability in [0, 1]
 * @example decayProbabilityBetween(23.6, 80.9, 100) // 0.3444775…
 */
export function decayProbabilityBetween(startCm: number, endCm: number, decayLengthCm: number): number {
  const a = requireNonNegative('startCm', startCm);
  if (!(typeof endCm === 'number' && endCm >= a && (Number.isFinite(endCm) || endCm === Infinity))) {
    throw new ParameterError('endCm', endCm, `a number ≥ startCm = ${a} (finite or Infinity)`);
  }
  const lambda = requirePositive('decayLengthCm', decayLengthCm);
  return Math.exp(-a / lambda) * -Math.expm1(-(endCm - a) / lambda);
}

/**
 * Probability to survive (not decay) beyond path length L: e^(−L/λ). Check value [C] (EXPERIMENTS §5.3):
 * L = 700 cm, λ = 499.999 cm ⇒ 0.246596.
 * @param lengthCm - L ≥ 0, cm
 * @param decayLengthCm - lab decay length λ > 0, cm
 * @returns a probability in [0, 1]
 * @example survivalProbabilityBeyond(700, labDecayLengthCm({ energyGeV: 50, massGeV: 0.1, ctauCm: 1 })) // 0.2465963…
 */
export function survivalProbabilityBeyond(lengthCm: number, decayLengthCm: number): number {
  const l = requireNonNegative('lengthCm', lengthCm);
  const lambda = requirePositive('decayLengthCm', decayLengthCm);
  return Math.exp(-l / lambda);
}
