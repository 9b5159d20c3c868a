/**
 * Two-body decay of a dark fermion into a lighter one and an on-shell dark photon, ψ_j → ψ_i A'
 * (THEORY §3.5), and the same width for a vector of any (virtual) mass, which is the building block of the
 * exact three-body rate ψ_j → ψ_i ℓ⁺ℓ⁻ (THEORY §3.6).
 *
 * @module
 */
import { KinematicsError, ParameterError } from '../core/errors.js';
import { requireFinite, requireNonNegative, requireObject, requirePositive } from '../core/validate.js';

/**
 * Γ(ψ_j → ψ_i V) for a vector of mass² `vectorMass2` (on-shell A' or virtual V* with M² = q²), in GeV, for
 * already-validated plain numbers; 0 when closed (M ≥ m_j − m_i). Vertex V_μ ψ̄_i γ^μ (c_V − c_A γ⁵) ψ_j;
 * initial spin averaged, polarisation sum −g + qq/M².
 *
 *     Γ = λ^½(m_j², m_i², M²)/(16π m_j³) × { S [(m_j² − m_i²)² + M²(m_j² + m_i²) − 2M⁴]/M² − 6 D m_i m_j },
 *     S = c_V² + c_A²,  D = c_V² − c_A²
 *
 * Source: THEORY §3.5 (explicit spinors; agrees with DarkNews `diff_gamma_Ni_to_Nj_V`). λ^½ is evaluated as
 * √((m_j² − (m_i+M)²)(m_j² − (m_i−M)²)).
 *
 * @param parentMassGeV - m_j (GeV, > 0)
 * @param daughterMassGeV - m_i (GeV, ≥ 0)
 * @param vectorMass2 - M² (GeV², > 0)
 * @param sumSquares - S = c_V² + c_A²
 * @param differenceSquares - D = c_V² − c_A²
 * @returns Γ in GeV (≥ 0)
 * @example
 * // THEORY §6 #5: m = (1, 0.2, 0.5) GeV, vector c_V = g_X with α_X = 0.1
 * const g2 = 4 * Math.PI * 0.1;
 * darkFermionToVectorWidthRaw(1, 0.2, 0.25, g2, g2) // ≈ 5.15432882e-2 GeV
 */
export function darkFermionToVectorWidthRaw(
  parentMassGeV: number,
  daughterMassGeV: number,
  vectorMass2: number,
  sumSquares: number,
  differenceSquares: number,
): number {
  const mj2 = parentMassGeV * parentMassGeV;
  const vm = Math.sqrt(vectorMass2);
  const split = parentMassGeV - daughterMassGeV;
  const sum = parentMassGeV + daughterMassGeV;
  if (!(split > vm)) return 0;
  const lam = (split - vm) * (split + vm) * (sum - vm) * (sum + vm);
  // (m_j² − m_i²)² + M²(m_j² + m_i²) − 2M⁴ − 6 m_i m_j M² = (δ² − M²)(2M² + Σ²), δ = m_j − m_i, Σ = m_j + m_i:
  // the brace is S(δ² − M²)(2M² + Σ²)/M² + 6(S − D) m_i m_j, every term ≥ 0 and free of cancellation.
  const brace =
    (sumSquares * (split - vm) * (split + vm) * (2 * vectorMass2 + sum * sum)) / vectorMass2 +
    6 * (sumSquares - differenceSquares) * daughterMassGeV * parentMassGeV;
  return (Math.sqrt(lam) / (16 * Math.PI * mj2 * parentMassGeV)) * brace;
}

/** Arguments of {@link widthDarkFermionToDarkPhoton}. */
export interface DarkFermionToDarkPhotonArgs {
  /** Mass of the decaying state m_j in GeV (> 0). */
  readonly parentMassGeV: number;
  /** Mass of the daughter state m_i in GeV (≥ 0). */
  readonly daughterMassGeV: number;
  /** Dark-photon mass m_A' in GeV (> 0). */
  readonly darkPhotonMassGeV: number;
  /**
   * Left-handed coupling of the vertex ψ̄_i γ^μ (left P_L + right P_R) ψ_j A'_μ (dimensionless, finite, any
   * sign: only the relative sign of left and right matters). left = c_V + c_A.
   */
  readonly left: number;
  /** Right-handed coupling (finite, any sign). right = c_V − c_A; a pure axial coupling has right = −left. */
  readonly right: number;
}

/**
 * Partial width Γ(ψ_j → ψ_i A') for an on-shell dark photon, in GeV (THEORY §3.5):
 *
 *     Γ = λ^½(m_j², m_i², m_A'²)/(16π m_j³) × { S [(m_j² − m_i²)² + m_A'²(m_j² + m_i²) − 2m_A'⁴]/m_A'² − 6 D m_i m_j }
 *
 * with c_V = (left + right)/2, c_A = (left − right)/2, S = c_V² + c_A² = (left² + right²)/2,
 * D = c_V² − c_A² = left·right. Independent of eps. The same formula holds for Dirac and Majorana states
 * (single-vertex rule of THEORY §2.0, no extra factor). Limit m_i = 0, left = g, right = 0: the standard
 * N → ν Z' width g² m_j³ (1 − x)² (1 + 2x)/(32π m_A'²), x = m_A'²/m_j².
 *
 * @param args - see {@link DarkFermionToDarkPhotonArgs}
 * @returns the width in GeV (≥ 0)
 * @throws ParameterError naming the offending field (non-finite or negative masses, non-finite couplings)
 * @throws KinematicsError when m_j ≤ m_i + m_A'
 * @example
 * const g = Math.sqrt(4 * Math.PI * 0.1); // α_X = 0.1, pure vector
 * widthDarkFermionToDarkPhoton({ parentMassGeV: 1, daughterMassGeV: 0.2, darkPhotonMassGeV: 0.5,
 *   left: g, right: g }) // ≈ 5.15432882e-2 GeV (THEORY §6 #5)
 */
export function widthDarkFermionToDarkPhoton(args: DarkFermionToDarkPhotonArgs): number {
  const o = requireObject('args', args);
  const mj = requirePositive('parentMassGeV', o['parentMassGeV']);
  const mi = requireNonNegative('daughterMassGeV', o['daughterMassGeV']);
  const ma = requirePositive('darkPhotonMassGeV', o['darkPhotonMassGeV']);
  const left = requireFinite('left', o['left']);
  const right = requireFinite('right', o['right']);
  if (!(mj > mi + ma)) {
    throw new KinematicsError("psi_j -> psi_i A'", `m_j = ${mj} GeV <= m_i + m_A' = ${mi + ma} GeV`);
  }
  const width = darkFermionToVectorWidthRaw(mj, mi, ma * ma, 0.5 * (left * left + right * right), left * right);
  if (!Number.isFinite(width)) throw new ParameterError('args', args, 'masses and couplings small enough that the width is finite');
  return width;
}
