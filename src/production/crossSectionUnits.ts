/**
 * Conversions of cross sections between natural units (GeV⁻², the library's internal unit) and fb / pb, via
 * 1 GeV⁻² = (ħc)² = 0.389 379 mb (CODATA 2022 ħ and c, see `GEV_MINUS2_TO_CM2` in src/core/constants.ts).
 *
 * @module
 */
import { fb, invGeV2, pb } from '../core/units.js';
import { ParameterError } from '../core/errors.js';
import { requireFinite } from '../core/validate.js';

/**
 * Cross section from GeV⁻² to fb: σ[fb] = σ[GeV⁻²]·(ħc)²/(10⁻³⁹ cm²).
 * @param sigmaInvGeV2 - cross section, GeV⁻² (finite)
 * @example invGeV2ToFb(1) // 3.893794e11
 */
export function invGeV2ToFb(sigmaInvGeV2: number): number {
  return converted('sigmaInvGeV2', (requireFinite('sigmaInvGeV2', sigmaInvGeV2) * invGeV2) / fb);
}

/**
 * Cross section from GeV⁻² to pb: σ[pb] = σ[GeV⁻²]·(ħc)²/(10⁻³⁶ cm²).
 * @param sigmaInvGeV2 - cross section, GeV⁻² (finite)
 * @example invGeV2ToPb(1) // 3.893794e8
 */
export function invGeV2ToPb(sigmaInvGeV2: number): number {
  return converted('sigmaInvGeV2', (requireFinite('sigmaInvGeV2', sigmaInvGeV2) * invGeV2) / pb);
}

/**
 * Cross section from fb to GeV⁻² (inverse of {@link invGeV2ToFb}).
 * @param sigmaFb - cross section, fb (finite)
 * @example fbToInvGeV2(3.893794e11) // ≈ 1
 */
export function fbToInvGeV2(sigmaFb: number): number {
  return converted('sigmaFb', (requireFinite('sigmaFb', sigmaFb) * fb) / invGeV2);
}

/** The converted value, or a ParameterError naming the input when the conversion overflows. */
function converted(name: string, value: number): number {
  if (!Number.isFinite(value)) throw new ParameterError(name, value, 'a cross section whose converted value is finite');
  return value;
}
