/**
 * Three-body decay of a dark fermion into a lighter one plus hadrons through the off-shell (or on-shell)
 * dark photon, ψ_j → ψ_i + hadrons, via the hadronic R ratio.
 *
 * Derivation (THEORY §3.2, §3.6). The factorised rate is
 *   dΓ/dq² = Γ(ψ_j → ψ_i V*; M² = q²) · (1/π) √q² Γ(V* → X; √q²) / [(q² − m_A'²)² + m_A'²Γ_A'²].
 * For leptons (1/π) √q² Γ(V*→ℓℓ) = (eps²α/3π)(q² + 2m_ℓ²)√(1 − 4m_ℓ²/q²). For hadrons
 * Γ(V* → had; √q²) = (eps² α √q²/3) R(√q²) (the massless-muon normalisation that defines R), hence
 *   (1/π) √q² Γ(V* → had) = (eps² α/3π) q² R(√q²),
 * i.e. the lepton factor (q² + 2m_ℓ²)√(1 − 4m_ℓ²/q²) is replaced by q² R(√q²), integrated from the hadronic
 * threshold (2m_π±)² to (m_j − m_i)². The factorisation holds because the hadronic current is a conserved
 * vector current, like the lepton one. Same Dirac/Majorana rule and couplings as the lepton channel.
 *
 * @module
 */
import { checkThreeBodyCommonArgs, type DarkFermionToLeptonsArgs } from './darkFermionToLeptons.js';
import { KinematicsError, ParameterError } from '../core/errors.js';
import { requireFunction } from '../core/validate.js';
import { makeThreeBodyKernel, resolveThreeBodyOptions, type ThreeBodyWidthOptions } from './darkFermionThreeBody.js';
import { threeBodyWidthRaw } from './darkFermionThreeBodyIntegral.js';
import { HADRONIC_THRESHOLD_GEV, rRatioModelUnchecked, type RRatio } from './rRatio.js';
import { BOTTOMONIUM_VECTORS, CHARMONIUM_VECTORS, OMEGA_782, PHI_1020, THRESHOLD_MASSES_GEV } from './rRatioResonanceData.js';

/**
 * q² breakpoints (GeV², ascending) of the hadronic integral: the squared masses of the narrow vector mesons
 * of the R model (Γ/M < 2%: ω, φ, J/ψ, ψ(2S), ψ(3770), Υ(1S)–Υ(4S)) and the open-charm and open-bottom
 * thresholds, so that the adaptive quadrature never steps over a narrow peak.
 */
const HADRONIC_BREAKPOINTS_GEV2: readonly number[] = [
  OMEGA_782,
  PHI_1020,
  ...CHARMONIUM_VECTORS,
  ...BOTTOMONIUM_VECTORS,
]
  .filter((v) => v.widthGeV < 0.02 * v.massGeV)
  .map((v) => v.massGeV * v.massGeV)
  .concat([(2 * THRESHOLD_MASSES_GEV.neutralD) ** 2, (2 * THRESHOLD_MASSES_GEV.chargedB) ** 2])
  .sort((x, y) => x - y);

/**
 * Γ(ψ_j → ψ_i + hadrons) in GeV for plain, already-validated numbers (0 when m_j − m_i ≤ 2m_π±), with the
 * library's R model (`rRatioModel`) unless `rRatio` is given. Formula: see the module comment.
 *
 * @param parentMassGeV - m_j (GeV)
 * @param daughterMassGeV - m_i (GeV)
 * @param darkPhotonMassGeV - m_A' (GeV)
 * @param darkPhotonWidthGeV - Γ_A' in the Breit–Wigner (GeV)
 * @param epsilon - eps
 * @param sumSquares - c_V² + c_A²
 * @param differenceSquares - c_V² − c_A²
 * @param relTol - quadrature relative tolerance
 * @param rRatio - R(√s) (default: the library's model)
 * @returns Γ in GeV (≥ 0)
 * @example
 * darkFermionToHadronsWidthRaw(1.5, 0.3, 3, 0, 1e-3, 1.2566, 1.2566, 1e-10) // ψ_j → ψ_i + hadrons, GeV
 */
export function darkFermionToHadronsWidthRaw(
  parentMassGeV: number,
  daughterMassGeV: number,
  darkPhotonMassGeV: number,
  darkPhotonWidthGeV: number,
  epsilon: number,
  sumSquares: number,
  differenceSquares: number,
  relTol: number,
  rRatio: RRatio = rRatioModelUnchecked,
): number {
  if (!(parentMassGeV - daughterMassGeV > HADRONIC_THRESHOLD_GEV)) return 0;
  const k = makeThreeBodyKernel(
    parentMassGeV,
    daughterMassGeV,
    darkPhotonMassGeV,
    darkPhotonWidthGeV,
    epsilon,
    sumSquares,
    differenceSquares,
    HADRONIC_THRESHOLD_GEV * HADRONIC_THRESHOLD_GEV,
    0,
    rRatio,
  );
  return threeBodyWidthRaw(k, relTol, HADRONIC_BREAKPOINTS_GEV2);
}

/**
 * Arguments of {@link widthDarkFermionToHadrons}: those of the lepton channel (masses, Γ_A', eps, left/right
 * couplings) without the lepton flavour, plus the R ratio.
 */
export interface DarkFermionToHadronsArgs extends Omit<DarkFermionToLeptonsArgs, 'lepton'> {
  /** R(√s) (default: the library's `rRatioModel`); must return finite numbers ≥ 0. */
  readonly rRatio?: RRatio;
}

/**
 * Partial width Γ(ψ_j → ψ_i + hadrons) in GeV through the dark photon and the hadronic R ratio:
 *
 *     Γ = ∫_{(2m_π)²}^{(m_j−m_i)²} dq² λ^½(m_j², m_i², q²)/(16π m_j³)
 *           × { S [(m_j² − m_i²)² + q²(m_j² + m_i²) − 2q⁴] − 6 D m_i m_j q² } (eps² α/3π) R(√q²)
 *           / [(q² − m_A'²)² + m_A'²Γ_A'²]
 *
 * (THEORY §3.6 with the lepton factor replaced as derived in the module comment; S = (left² + right²)/2,
 * D = left·right). ∝ eps² at fixed Γ_A'. A custom `rRatio` with narrow structures other than the model's
 * resonances may need a tighter `relTol`.
 *
 * @param args - see {@link DarkFermionToHadronsArgs}
 * @param options - `{ relTol }` (default 1e-10)
 * @returns the width in GeV (≥ 0; 0 where R vanishes over the whole range)
 * @throws ParameterError naming the offending field (`rRatio` if it returns a negative or non-finite value)
 * @throws KinematicsError when m_j − m_i ≤ 2m_π±
 * @example
 * const g = Math.sqrt(4 * Math.PI * 0.1);
 * widthDarkFermionToHadrons({ parentMassGeV: 1.386, daughterMassGeV: 0.99, darkPhotonMassGeV: 3,
 *   darkPhotonWidthGeV: 0, epsilon: 1e-3, left: g, right: g }) // iDM point at m_A' = 3 GeV
 */
export function widthDarkFermionToHadrons(args: DarkFermionToHadronsArgs, options?: ThreeBodyWidthOptions): number {
  const { o, mj, mi, ma, gamma, eps, left, right } = checkThreeBodyCommonArgs(args);
  const relTol = resolveThreeBodyOptions(options).relTol;
  let r: RRatio = rRatioModelUnchecked;
  if (o['rRatio'] !== undefined) {
    const custom = requireFunction<RRatio>('rRatio', o['rRatio']);
    r = (sqrtS) => {
      const value = custom(sqrtS);
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new ParameterError('rRatio', value, `a function returning a finite number >= 0 (at sqrtS = ${sqrtS} GeV)`);
      }
      return value;
    };
  }
  if (!(mj - mi > HADRONIC_THRESHOLD_GEV)) {
    throw new KinematicsError('psi_j -> psi_i hadrons', `m_j - m_i = ${mj - mi} GeV <= 2 m_pi = ${HADRONIC_THRESHOLD_GEV} GeV`);
  }
  return darkFermionToHadronsWidthRaw(mj, mi, ma, gamma, eps, 0.5 * (left * left + right * right), left * right, relTol, r);
}
