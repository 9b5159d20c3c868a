/**
 * Resonant contributions to the R ratio from single vector mesons V: the relativistic Breit–Wigner in the
 * vector-meson-dominance (VMD) normalisation, and the φ(1020) with energy-dependent K K̄ widths.
 *
 * @module
 */
import { ALPHA } from '../core/constants.js';
import { ParameterError } from '../core/errors.js';
import { requireFinite, requireNonNegative, requirePositive } from '../core/validate.js';
import { PHI_1020, THRESHOLD_MASSES_GEV } from './rRatioResonanceData.js';

/** 9/α², the factor that turns Γ_ee·Γ_f/(M²Γ²)-type ratios into R (from σ_pt = 4πα²/(3s)). */
const NINE_OVER_ALPHA2 = 9 / (ALPHA * ALPHA);

/**
 * R contribution of one vector meson with constant widths (s = (√s)², all masses in GeV):
 *
 *     R_V(s) = (9/α²) · Γ_ee B_f · Γ M² / [(s − M²)² + M² Γ²]
 *
 * Derivation: e⁺e⁻ → γ* → V → f with a constant γ–V coupling (VMD) multiplies the point-like cross section by
 * |M²/(M² − s − iMΓ)|², so σ_V = 12π Γ_ee Γ_f (M²/s) / [(s − M²)² + M²Γ²] and R_V = σ_V / σ_pt with
 * σ_pt = 4πα²/(3s). At the peak σ_V(M²) = 12π B_ee B_f / M², the standard resonance-formation peak (PDG 2024,
 * "Kinematics" review, resonance cross section with J = 1, and "Plots of cross sections and related
 * quantities"); the narrow-width area is ∫σ dE = 6π² Γ_ee B_f / M² (Jegerlehner, "The Anomalous Magnetic
 * Moment of the Muon", Springer 2017, narrow-resonance contribution). Written with (M²/s) rather than the
 * also common (s/M²) so that R_V falls as 1/s² far above the peak; the two agree in the narrow-width limit.
 *
 * @param s - Mandelstam s in GeV²
 * @param massGeV - M
 * @param widthGeV - total width Γ
 * @param eeWidthTimesBranchingGeV - Γ(V → e⁺e⁻)·B(V → f) in GeV
 * @returns R_V (dimensionless, ≥ 0)
 * @throws ParameterError naming `s` (not finite), `massGeV`, `widthGeV` (finite, > 0) or
 *   `eeWidthTimesBranchingGeV` (finite, ≥ 0), or `s` when R_V overflows
 * @example
 * rRatioBreitWigner(3.0969 ** 2, 3.0969, 92.6e-6, 4.87e-6) // ≈ 8.89e3, R at the J/ψ peak
 */
export function rRatioBreitWigner(s: number, massGeV: number, widthGeV: number, eeWidthTimesBranchingGeV: number): number {
  const r = rRatioBreitWignerUnchecked(
    requireFinite('s', s),
    requirePositive('massGeV', massGeV),
    requirePositive('widthGeV', widthGeV),
    requireNonNegative('eeWidthTimesBranchingGeV', eeWidthTimesBranchingGeV),
  );
  if (!Number.isFinite(r)) throw new ParameterError('s', s, `a value for which R_V is finite (M = ${massGeV}, Γ = ${widthGeV} GeV)`);
  return r;
}

/**
 * {@link rRatioBreitWigner} without validation, for the tabulated resonances of the R model.
 * @internal
 * @example rRatioBreitWignerUnchecked(1, 1, 0.1, 1e-6) // R_V at the peak of a toy resonance
 */
export function rRatioBreitWignerUnchecked(s: number, massGeV: number, widthGeV: number, eeWidthTimesBranchingGeV: number): number {
  const m2 = massGeV * massGeV;
  const d = s - m2;
  return (NINE_OVER_ALPHA2 * eeWidthTimesBranchingGeV * widthGeV * m2) / (d * d + m2 * widthGeV * widthGeV);
}

/**
 * Two-body momentum p = √(s/4 − m²) in GeV of two particles of equal mass m (GeV) in their centre-of-mass
 * frame at energy √s (s in GeV²); 0 below threshold.
 *
 * @internal
 * @example
 * pairMomentum(1, 0.3) // 0.4
 */
export function pairMomentum(s: number, massGeV: number): number {
  const p2 = s / 4 - massGeV * massGeV;
  return p2 > 0 ? Math.sqrt(p2) : 0;
}

const PHI_M2 = PHI_1020.massGeV * PHI_1020.massGeV;
const PHI_P_CHARGED = pairMomentum(PHI_M2, THRESHOLD_MASSES_GEV.chargedKaon);
const PHI_P_NEUTRAL = pairMomentum(PHI_M2, THRESHOLD_MASSES_GEV.neutralKaon);

/**
 * Hadronic width of a φ of mass √s, GeV: P-wave K⁺K⁻ and K_L K_S widths
 * Γ_KK(s) = Γ_KK(M²) (M²/s) (p(s)/p(M²))³ (vector → two pseudoscalars, Γ ∝ p³/m², as in Kühn & Santamaria,
 * Z. Phys. C 48, 445 (1990)), plus the 3π and ηγ widths held constant.
 */
function phiHadronicWidth(s: number): number {
  const { widthGeV, branchingChargedKaons, branchingNeutralKaons, branchingOtherHadrons } = PHI_1020;
  const pc = pairMomentum(s, THRESHOLD_MASSES_GEV.chargedKaon) / PHI_P_CHARGED;
  const pn = pairMomentum(s, THRESHOLD_MASSES_GEV.neutralKaon) / PHI_P_NEUTRAL;
  const kaons = branchingChargedKaons * pc * pc * pc + branchingNeutralKaons * pn * pn * pn;
  // Below the K K̄ thresholds (s → 0 included) the kaon part vanishes: M²/s is not evaluated there.
  return widthGeV * ((kaons > 0 ? (PHI_M2 / s) * kaons : 0) + branchingOtherHadrons);
}

/**
 * R contribution of the φ(1020) (all hadronic channels), relativistic Breit–Wigner of {@link rRatioBreitWigner}
 * with energy-dependent widths, Γ_f → Γ_had(s) in the numerator and Γ → Γ_had(s) + Γ_ℓℓ in the denominator:
 *
 *     R_φ(s) = (9/α²) Γ_ee Γ_had(s) M² / [(s − M²)² + M² Γ_tot(s)²]
 *
 * so that the K K̄ part switches on with the P-wave threshold factor p³. PDG 2024 φ(1020) parameters.
 *
 * @param s - Mandelstam s in GeV²
 * @returns R_φ (dimensionless, ≥ 0)
 * @throws ParameterError naming `s` when it is not finite or so large that R_φ overflows
 * @example
 * rRatioPhi(1.019461 ** 2) // ≈ 50.2, the φ peak
 */
export function rRatioPhi(s: number): number {
  requireFinite('s', s);
  const { widthGeV, branchingEE } = PHI_1020;
  const eeWidth = branchingEE * widthGeV;
  const hadronic = phiHadronicWidth(s);
  const total = hadronic + widthGeV * (1 - PHI_1020.branchingChargedKaons - PHI_1020.branchingNeutralKaons - PHI_1020.branchingOtherHadrons);
  const d = s - PHI_M2;
  const r = (NINE_OVER_ALPHA2 * eeWidth * hadronic * PHI_M2) / (d * d + PHI_M2 * total * total);
  if (!Number.isFinite(r)) throw new ParameterError('s', s, 'a value small enough that R_φ is finite');
  return r;
}
