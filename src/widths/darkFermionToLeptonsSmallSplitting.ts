/**
 * The small-splitting approximation of ψ_j → ψ_i ℓ⁺ℓ⁻ (heavy mediator, massless leptons), kept only as a
 * documented cross-check of the exact width `widthDarkFermionToLeptons` (THEORY §3.6, §5 item 8).
 *
 * @module
 */
import { ALPHA } from '../core/constants.js';
import { ParameterError } from '../core/errors.js';
import { requireEpsilon, requireFinite, requireNonNegative, requireObject, requirePositive } from '../core/validate.js';

/** Arguments of {@link widthDarkFermionToLeptonsSmallSplitting}. */
export interface SmallSplittingArgs {
  /** m_j in GeV (> 0). */
  readonly parentMassGeV: number;
  /** m_i in GeV (≥ 0, < m_j). */
  readonly daughterMassGeV: number;
  /** m_A' in GeV (> 0). */
  readonly darkPhotonMassGeV: number;
  /** eps in (0, 1). */
  readonly epsilon: number;
  /** Left-handed dark coupling (finite). */
  readonly left: number;
  /** Right-handed dark coupling (finite). */
  readonly right: number;
}

/**
 * CROSS-CHECK ONLY: the small-splitting, heavy-mediator, massless-lepton approximation of Γ(ψ_j → ψ_i ℓ⁺ℓ⁻),
 * in GeV (THEORY §3.6 "Known approximation", §5 item 8):
 *
 *     Γ ≈ eps² α δ⁵ (c_V² + 3 c_A²) / (15 π² m_A'⁴),   δ = m_j − m_i
 *
 * For pure vector c_V = g_X this is the literature form 4 eps² α α_D δ⁵/(15π m_A'⁴) (Izaguirre et al.
 * arXiv:1703.06881); an axial coupling gives 3×. Leading order in δ/m_i: full/approx ≈ 1 − 1.5 Δ. It
 * overestimates by 55% at the iDM benchmark (Δ = 0.4: ratio 0.6435), ignores m_ℓ (non-zero below the μμ
 * threshold) and the A' width. Do not use it for physics: use `widthDarkFermionToLeptons` (darkFermionToLeptons.ts).
 *
 * @param args - see {@link SmallSplittingArgs}
 * @returns the approximate width in GeV (≥ 0)
 * @throws ParameterError naming the offending field, or `daughterMassGeV` if it is not below parentMassGeV
 * @example
 * const g = Math.sqrt(4 * Math.PI * 0.1);
 * widthDarkFermionToLeptonsSmallSplitting({ parentMassGeV: 0.462, daughterMassGeV: 0.33,
 *   darkPhotonMassGeV: 1, epsilon: 1e-3, left: g, right: g }) // ≈ 2.4822975873e-15 GeV
 */
export function widthDarkFermionToLeptonsSmallSplitting(args: SmallSplittingArgs): number {
  const o = requireObject('args', args);
  const mj = requirePositive('parentMassGeV', o['parentMassGeV']);
  const mi = requireNonNegative('daughterMassGeV', o['daughterMassGeV']);
  const ma = requirePositive('darkPhotonMassGeV', o['darkPhotonMassGeV']);
  const eps = requireEpsilon('epsilon', o['epsilon']);
  const left = requireFinite('left', o['left']);
  const right = requireFinite('right', o['right']);
  if (!(mi < mj)) throw new ParameterError('daughterMassGeV', mi, `< parentMassGeV = ${mj}`);
  const cv = 0.5 * (left + right);
  const ca = 0.5 * (left - right);
  const delta = mj - mi;
  const width = (eps * eps * ALPHA * delta ** 5 * (cv * cv + 3 * ca * ca)) / (15 * Math.PI * Math.PI * ma ** 4);
  if (!Number.isFinite(width)) throw new ParameterError('args', args, 'masses and couplings for which the width is finite');
  return width;
}
