/**
 * Three-body decay of a dark fermion through the (off- or on-shell) dark photon, ψ_j → ψ_i ℓ⁺ℓ⁻: the exact
 * width (THEORY §3.6), its q² density and Dalitz-level |M|² (for the Monte Carlo). The small-splitting
 * approximation is in darkFermionToLeptonsSmallSplitting.ts (cross-check only).
 *
 * Dark vertex ψ̄_i γ^μ (left P_L + right P_R) ψ_j X_μ (complete couplings, g_X and mixing included), i.e.
 * c_V = (left + right)/2, c_A = (left − right)/2, S = c_V² + c_A² = (left² + right²)/2, D = c_V² − c_A² =
 * left·right. Lepton vertex exactly eps·e (pure vector; Z mixing neglected, THEORY §1.3). The same formulas
 * hold for Dirac and Majorana transitions i ≠ j (THEORY §2.0: no extra factor). Z/W-mediated decays via the
 * active admixture and the running of α are neglected (THEORY §3.7).
 *
 * @module
 */
import { ALPHA } from '../core/constants.js';
import { KinematicsError, ParameterError } from '../core/errors.js';
import { leptonMassGeV, type Lepton } from '../core/leptons.js';
import { requireEpsilon, requireFinite, requireNonNegative, requireObject, requirePositive } from '../core/validate.js';
import {
  makeThreeBodyKernel,
  resolveThreeBodyOptions,
  threeBodyDensity,
  type ThreeBodyKernel,
  type ThreeBodyWidthOptions,
} from './darkFermionThreeBody.js';
import { threeBodyWidthRaw } from './darkFermionThreeBodyIntegral.js';

/** Arguments of {@link widthDarkFermionToLeptons} and the related functions of this module. */
export interface DarkFermionToLeptonsArgs {
  /** Mass of the decaying state m_j in GeV (> 0). */
  readonly parentMassGeV: number;
  /** Mass of the daughter state m_i in GeV (≥ 0). */
  readonly daughterMassGeV: number;
  /** Dark-photon mass m_A' in GeV (> 0). */
  readonly darkPhotonMassGeV: number;
  /** Total A' width Γ_A' in the Breit–Wigner, GeV (≥ 0; must be > 0 if m_A'² lies inside the q² range). */
  readonly darkPhotonWidthGeV: number;
  /** Kinetic mixing eps, in (0, 1). */
  readonly epsilon: number;
  /** Left-handed dark coupling (finite, any sign; left = c_V + c_A). */
  readonly left: number;
  /** Right-handed dark coupling (finite, any sign; right = c_V − c_A). */
  readonly right: number;
  /** Final-state lepton flavour `'e' | 'mu' | 'tau'`. */
  readonly lepton: Lepton;
}

/** The validated fields shared by the lepton and hadron channels of ψ_j → ψ_i A'* (masses in GeV). */
export interface ThreeBodyCommonArgs {
  /** The arguments object, for channel-specific fields. */
  readonly o: Record<string, unknown>;
  /** Parent mass m_j, GeV. */
  readonly mj: number;
  /** Daughter mass m_i, GeV. */
  readonly mi: number;
  /** Dark-photon mass m_A', GeV. */
  readonly ma: number;
  /** A' total width in the Breit–Wigner, GeV. */
  readonly gamma: number;
  /** Kinetic mixing eps. */
  readonly eps: number;
  /** Left-handed dark coupling. */
  readonly left: number;
  /** Right-handed dark coupling. */
  readonly right: number;
}

/**
 * Validate the fields of {@link DarkFermionToLeptonsArgs} common to every ψ_j → ψ_i A'* channel (ParameterError
 * naming the field). @internal
 */
export function checkThreeBodyCommonArgs(args: Omit<DarkFermionToLeptonsArgs, 'lepton'>): ThreeBodyCommonArgs {
  const o = requireObject('args', args);
  return {
    o,
    mj: requirePositive('parentMassGeV', o['parentMassGeV']),
    mi: requireNonNegative('daughterMassGeV', o['daughterMassGeV']),
    ma: requirePositive('darkPhotonMassGeV', o['darkPhotonMassGeV']),
    gamma: requireNonNegative('darkPhotonWidthGeV', o['darkPhotonWidthGeV']),
    eps: requireEpsilon('epsilon', o['epsilon']),
    left: requireFinite('left', o['left']),
    right: requireFinite('right', o['right']),
  };
}

/** Validate the arguments and build the kernel; throws KinematicsError when the channel is closed. */
function kernelOf(args: DarkFermionToLeptonsArgs): ThreeBodyKernel {
  const { o, mj, mi, ma, gamma, eps, left, right } = checkThreeBodyCommonArgs(args);
  const lepton = o['lepton'] as Lepton;
  const ml = leptonMassGeV(lepton);
  if (!(mj - mi > 2 * ml)) {
    throw new KinematicsError(
      `psi_j -> psi_i ${lepton}+ ${lepton}-`,
      `m_j - m_i = ${mj - mi} GeV <= 2 m_${lepton} = ${2 * ml} GeV`,
    );
  }
  const s = 0.5 * (left * left + right * right);
  return makeThreeBodyKernel(mj, mi, ma, gamma, eps, s, left * right, 4 * ml * ml, ml, null);
}

/**
 * Partial width Γ(ψ_j → ψ_i ℓ⁺ℓ⁻) in GeV, the exact tree-level q² integral of THEORY §3.6 (valid off-shell
 * and across the A' resonance, Breit–Wigner with Γ_A'):
 *
 *     Γ = ∫_{4m_ℓ²}^{(m_j−m_i)²} dq² λ^½(m_j², m_i², q²)/(16π m_j³)
 *           × { S [(m_j² − m_i²)² + q²(m_j² + m_i²) − 2q⁴]/q² − 6 D m_i m_j }
 *           × (eps² α/3π) (q² + 2m_ℓ²) √(1 − 4m_ℓ²/q²) / [(q² − m_A'²)² + m_A'² Γ_A'²]
 *
 * When m_A' < m_j − m_i the peak is integrated in θ = arctan((q² − m_A'²)/(m_A'Γ_A')), and the result tends
 * to Γ(ψ_j → ψ_i A') × BR(A' → ℓℓ) as Γ_A' → 0 (THEORY §6 #11). ∝ eps² exactly at fixed Γ_A'.
 *
 * @param args - see {@link DarkFermionToLeptonsArgs}
 * @param options - `{ relTol }` of the quadrature (default 1e-10)
 * @returns the width in GeV (≥ 0)
 * @throws ParameterError naming the offending field (including `darkPhotonWidthGeV` = 0 with an on-shell pole)
 * @throws KinematicsError when m_j − m_i ≤ 2 m_ℓ
 * @example
 * // iDM benchmark (THEORY §6 #4): r = 0.33, Δ = 0.4, α_D = 0.1, m_A' = 1 GeV, Γ_A' neglected
 * const g = Math.sqrt(4 * Math.PI * 0.1);
 * widthDarkFermionToLeptons({ parentMassGeV: 0.462, daughterMassGeV: 0.33, darkPhotonMassGeV: 1,
 *   darkPhotonWidthGeV: 0, epsilon: 1e-3, left: g, right: g, lepton: 'e' }) // ≈ 1.5973175149e-15 GeV
 */
export function widthDarkFermionToLeptons(args: DarkFermionToLeptonsArgs, options?: ThreeBodyWidthOptions): number {
  const k = kernelOf(args);
  return threeBodyWidthRaw(k, resolveThreeBodyOptions(options).relTol);
}

/**
 * The q² density dΓ/dq² of ψ_j → ψ_i ℓ⁺ℓ⁻ in GeV⁻¹ (the integrand of {@link widthDarkFermionToLeptons},
 * THEORY §3.6): the distribution the Monte Carlo samples. 0 outside 4m_ℓ² < q² < (m_j − m_i)².
 *
 * @param args - see {@link DarkFermionToLeptonsArgs}
 * @param q2 - dilepton invariant mass squared q² in GeV² (finite)
 * @returns dΓ/dq² in GeV⁻¹ (≥ 0)
 * @throws ParameterError for invalid arguments or q2; KinematicsError when the channel is closed
 * @example
 * const g = Math.sqrt(4 * Math.PI * 0.1);
 * dWidthDq2DarkFermionToLeptons({ parentMassGeV: 0.462, daughterMassGeV: 0.33, darkPhotonMassGeV: 1,
 *   darkPhotonWidthGeV: 0, epsilon: 1e-3, left: g, right: g, lepton: 'e' }, 0.005) // ≈ 1.38026e-13 GeV⁻¹
 */
export function dWidthDq2DarkFermionToLeptons(args: DarkFermionToLeptonsArgs, q2: number): number {
  const k = kernelOf(args);
  const density = threeBodyDensity(k, requireFinite('q2', q2));
  if (!Number.isFinite(density)) {
    throw new ParameterError('args', args, 'masses and couplings for which dΓ/dq² is finite (not near the largest double)');
  }
  return density;
}

/** Dalitz limits of s₋ = (k + p₋)² at fixed q², GeV². */
export interface DalitzLimits {
  /** Lower limit of s₋ (GeV²). */
  readonly minGeV2: number;
  /** Upper limit of s₋ (GeV²). */
  readonly maxGeV2: number;
}

/**
 * Dalitz limits of s₋ = (k + p₋)² at fixed q² for ψ_j(p) → ψ_i(k) ℓ⁻(p₋) ℓ⁺(p₊), in GeV² (standard limits
 * from the dilepton rest frame; PDG Kinematics review, Dalitz plot section). Use with
 * {@link squaredMatrixElementDarkFermionToLeptons}.
 *
 * @param args - see {@link DarkFermionToLeptonsArgs}
 * @param q2 - q² in GeV², inside [4m_ℓ², (m_j − m_i)²]
 * @returns `{ minGeV2, maxGeV2 }`
 * @throws ParameterError naming `q2` outside the physical range
 * @example
 * const g = Math.sqrt(4 * Math.PI * 0.1);
 * sMinusLimitsDarkFermionToLeptons({ parentMassGeV: 0.462, daughterMassGeV: 0.33, darkPhotonMassGeV: 1,
 *   darkPhotonWidthGeV: 0, epsilon: 1e-3, left: g, right: g, lepton: 'e' }, 0.005) // { minGeV2: ≈0.1185, maxGeV2: ≈0.1476 }
 */
export function sMinusLimitsDarkFermionToLeptons(
  args: DarkFermionToLeptonsArgs,
  q2: number,
): DalitzLimits {
  const k = kernelOf(args);
  const q = requireFinite('q2', q2);
  if (!(q >= k.lowerGeV2 && q <= k.upperGeV2)) {
    throw new ParameterError('q2', q, `[${k.lowerGeV2}, ${k.upperGeV2}] (the physical q² range)`);
  }
  const mi = k.daughterMassGeV;
  const mj = k.parentMassGeV;
  const ml2 = k.leptonMassGeV * k.leptonMassGeV;
  const rootQ = Math.sqrt(q);
  const eK = (mj * mj - q - mi * mi) / (2 * rootQ);
  const pK = Math.sqrt(Math.max(0, (mj * mj - (mi + rootQ) ** 2) * (mj * mj - (mi - rootQ) ** 2))) / (2 * rootQ);
  const eL = rootQ / 2;
  const pL = Math.sqrt(Math.max(0, q / 4 - ml2));
  const base = mi * mi + ml2 + 2 * eK * eL;
  const limits = { minGeV2: base - 2 * pK * pL, maxGeV2: base + 2 * pK * pL };
  if (!Number.isFinite(limits.minGeV2) || !Number.isFinite(limits.maxGeV2)) {
    throw new ParameterError('args', args, 'masses small enough that the Dalitz limits are finite');
  }
  return limits;
}

/**
 * Spin-averaged squared matrix element ⟨|M|²⟩ (dimensionless) of ψ_j(p) → ψ_i(k) ℓ⁻(p₋) ℓ⁺(p₊) as a
 * function of q² = (p₋ + p₊)² and s₋ = (k + p₋)² (THEORY §3.6, Dalitz-level form):
 *
 *     ⟨|M|²⟩ = ½ · 16 e² eps² / [(q² − m_A'²)² + m_A'² Γ_A'²]
 *              × { 2S [(k·p₋)(p·p₊) + (k·p₊)(p·p₋) + m_ℓ² (k·p)] − D m_i m_j (q² + 2m_ℓ²) }
 *     k·p∓ = (s∓ − m_i² − m_ℓ²)/2,  p·p± = (m_j² + m_ℓ² − s∓)/2,  k·p = (m_j² + m_i² − q²)/2,
 *     s₊ = m_j² + m_i² + 2m_ℓ² − q² − s₋,   dΓ = ⟨|M|²⟩ dq² ds₋ / (256 π³ m_j³)
 *
 * Symmetric under ℓ⁻ ↔ ℓ⁺; at fixed q² a quadratic polynomial in s₋. e² = 4πα.
 *
 * @param args - see {@link DarkFermionToLeptonsArgs}
 * @param q2 - q² in GeV² (finite)
 * @param sMinus - s₋ in GeV² (finite; see {@link sMinusLimitsDarkFermionToLeptons})
 * @returns ⟨|M|²⟩ (≥ 0 inside the Dalitz region)
 * @throws ParameterError for invalid arguments; KinematicsError when the channel is closed
 * @example
 * const g = Math.sqrt(4 * Math.PI * 0.1);
 * squaredMatrixElementDarkFermionToLeptons({ parentMassGeV: 0.462, daughterMassGeV: 0.33, darkPhotonMassGeV: 1,
 *   darkPhotonWidthGeV: 0, epsilon: 1e-3, left: g, right: g, lepton: 'e' }, 0.005, 0.13)
 */
export function squaredMatrixElementDarkFermionToLeptons(
  args: DarkFermionToLeptonsArgs,
  q2: number,
  sMinus: number,
): number {
  const k = kernelOf(args);
  const q = requireFinite('q2', q2);
  const sm = requireFinite('sMinus', sMinus);
  const mi2 = k.daughterMassGeV ** 2;
  const mj2 = k.parentMassGeV ** 2;
  const ml2 = k.leptonMassGeV ** 2;
  const sp = mj2 + mi2 + 2 * ml2 - q - sm;
  const kpm = (sm - mi2 - ml2) / 2;
  const kpp = (sp - mi2 - ml2) / 2;
  const ppp = (mj2 + ml2 - sm) / 2;
  const ppm = (mj2 + ml2 - sp) / 2;
  const kp = (mj2 + mi2 - q) / 2;
  const brace =
    2 * k.sumSquares * (kpm * ppp + kpp * ppm + ml2 * kp) -
    k.differenceSquares * k.daughterMassGeV * k.parentMassGeV * (q + 2 * ml2);
  const x = q - k.poleGeV2;
  const m2 = (8 * 4 * Math.PI * ALPHA * k.epsilonSquared * brace) / (x * x + k.poleWidthGeV2 * k.poleWidthGeV2);
  if (!Number.isFinite(m2)) {
    if (x === 0) throw new ParameterError('q2', q, "a value off the A' pole m_A'² (darkPhotonWidthGeV = 0)");
    throw new ParameterError('args', args, 'masses, couplings and invariants for which |M|² is finite');
  }
  return m2;
}
