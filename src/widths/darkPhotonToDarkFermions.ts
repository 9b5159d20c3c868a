/**
 * Dark-photon decay into a pair of dark fermions, A' → ψ_i ψ_j, for general vector/axial couplings, unequal
 * masses, and Dirac or Majorana states with the final-state counting of THEORY §3.3 and §5 item 5.
 *
 * @module
 */
import { KinematicsError, ParameterError } from '../core/errors.js';
import { requireNonNegative, requireObject, requireOneOf, requirePositive } from '../core/validate.js';
import type { FermionNature } from '../models/types.js';

const NATURES: readonly FermionNature[] = ['majorana', 'dirac'];

/**
 * Width of ONE final state of a vector of mass M into fermions of masses m_i, m_j through the vertex
 * A'_μ ψ̄_i γ^μ (c_V − c_A γ⁵) ψ_j, in GeV; 0 when the channel is closed (M ≤ m_i + m_j). No validation:
 * the low-level form for callers that have already validated (decay tables, sums).
 *
 *     Γ = (M/12π) λ^½(1, μ_i², μ_j²) [c_V² (A + 3 μ_i μ_j) + c_A² (A − 3 μ_i μ_j)],
 *     A = 1 − (μ_i² + μ_j²)/2 − (μ_i² − μ_j²)²/2,   μ_k = m_k/M
 *
 * Source: THEORY §3.3 (explicit-spinor calculation; the iDM closed form of Izaguirre et al. arXiv:1703.06881
 * is its c_A = 0 case). There is no V–A interference in the total width. λ^½ is evaluated in the
 * factorised form √((1 − (μ_i+μ_j)²)(1 − (μ_i−μ_j)²)), accurate at threshold.
 *
 * @param massGeV - vector mass M (GeV)
 * @param massIGeV - m_i (GeV, ≥ 0)
 * @param massJGeV - m_j (GeV, ≥ 0)
 * @param vector - c_V (dimensionless; only c_V² enters)
 * @param axial - c_A (dimensionless; only c_A² enters)
 * @returns Γ in GeV (≥ 0; 0 when closed)
 * @example
 * // generic fixture of THEORY §3.3: m_A' = 1, m = (0.2, 0.3) GeV, c_V = 0.7
 * darkPhotonToFermionPairWidthRaw(1, 0.2, 0.3, 0.7, 0) // ≈ 1.2473861e-2 GeV
 */
export function darkPhotonToFermionPairWidthRaw(
  massGeV: number,
  massIGeV: number,
  massJGeV: number,
  vector: number,
  axial: number,
): number {
  if (!(massGeV > massIGeV + massJGeV)) return 0;
  const mi = massIGeV / massGeV;
  const mj = massJGeV / massGeV;
  const sum = mi + mj;
  const diff = mi - mj;
  const sqrtLambda = Math.sqrt((1 - sum * sum) * (1 - diff * diff));
  const a = 1 - 0.5 * (mi * mi + mj * mj) - 0.5 * (sum * diff) * (sum * diff);
  const cross = 3 * mi * mj;
  const bracket = vector * vector * (a + cross) + axial * axial * Math.max(0, a - cross);
  return ((massGeV / (12 * Math.PI)) * sqrtLambda * bracket);
}

/**
 * How many distinct final states A' → ψ_i ψ_j has, and the identical-particle factor, as one multiplier of
 * the one-final-state width `darkPhotonToFermionPairWidthRaw` (THEORY §3.3 table, §5 item 5):
 * - Majorana, i = j: 1/2 (Lagrangian normalisation 1/2 with c_A = g_X|V_ii| and identical particles,
 *   giving the 1/(24π) form);
 * - Majorana i ≠ j, Dirac i = j: 1;
 * - i ≠ j with at least one Dirac state: 2 (ψ_i ψ̄_j and its charge conjugate are distinct final states).
 *
 * @param nature - nature of the pair (`'dirac'` if either state is Dirac)
 * @param diagonal - whether the two states are the same state (i = j)
 * @returns the multiplier (0.5, 1 or 2)
 * @example
 * darkFermionPairMultiplicity('majorana', true) // 0.5
 */
export function darkFermionPairMultiplicity(nature: FermionNature, diagonal: boolean): number {
  if (nature === 'majorana') return diagonal ? 0.5 : 1;
  return diagonal ? 1 : 2;
}

/** Arguments of {@link widthDarkPhotonToDarkFermions}. */
export interface DarkPhotonToDarkFermionsArgs {
  /** Dark-photon mass m_A' in GeV (> 0). */
  readonly darkPhotonMassGeV: number;
  /** Mass of the first state ψ_i in GeV (≥ 0). */
  readonly firstMassGeV: number;
  /** Mass of the second state ψ_j in GeV (≥ 0; equal to firstMassGeV when `diagonal`). */
  readonly secondMassGeV: number;
  /** Vector coupling c_V of the vertex A'_μ ψ̄_i γ^μ (c_V − c_A γ⁵) ψ_j, g_X and mixing included (≥ 0). */
  readonly vector: number;
  /** Axial coupling c_A (≥ 0). For Majorana i = j: c_A = g_X |V_ii| (Lagrangian normalisation 1/2). */
  readonly axial: number;
  /** `'majorana'` or `'dirac'` (a pair with one Dirac state counts as `'dirac'`). */
  readonly nature: FermionNature;
  /** True for A' → ψ_i ψ_i (the same state twice, i = j). Default false. */
  readonly diagonal?: boolean;
}

/**
 * Partial width Γ(A' → ψ_i ψ_j) in GeV, summed over the distinct final states of the pair:
 *
 *     Γ = n · (m_A'/12π) λ^½(1, μ_i², μ_j²) [c_V² (A + 3 μ_i μ_j) + c_A² (A − 3 μ_i μ_j)]
 *
 * with n from {@link darkFermionPairMultiplicity} (Majorana i = j: n = ½, i.e. the 1/(24π) form
 * c_A² m_A' (1 − 4μ²)^{3/2}/(24π); Dirac i ≠ j: n = 2, both charge states). Source: THEORY §3.3, §2.0.
 * Independent of eps (the A' couples to the dark current with g_X).
 *
 * @param args - see {@link DarkPhotonToDarkFermionsArgs}
 * @returns the width in GeV (> 0 unless both couplings vanish)
 * @throws ParameterError naming the offending field (negative or non-finite couplings or masses, unequal
 *   masses with `diagonal`, a vector coupling for a Majorana diagonal pair, an unknown `nature`)
 * @throws KinematicsError when m_A' ≤ m_i + m_j
 * @example
 * // iDM benchmark (THEORY §6 #3): r = 0.33, Δ = 0.4, α_D = 0.1, m_A' = 1 GeV
 * widthDarkPhotonToDarkFermions({ darkPhotonMassGeV: 1, firstMassGeV: 0.33, secondMassGeV: 0.462,
 *   vector: Math.sqrt(4 * Math.PI * 0.1), axial: 0, nature: 'majorana' }) // ≈ 2.6037684646e-2 GeV
 */
export function widthDarkPhotonToDarkFermions(args: DarkPhotonToDarkFermionsArgs): number {
  const o = requireObject('args', args);
  const mass = requirePositive('darkPhotonMassGeV', o['darkPhotonMassGeV']);
  const mi = requireNonNegative('firstMassGeV', o['firstMassGeV']);
  const mj = requireNonNegative('secondMassGeV', o['secondMassGeV']);
  const vector = requireNonNegative('vector', o['vector']);
  const axial = requireNonNegative('axial', o['axial']);
  const nature = requireOneOf('nature', o['nature'], NATURES);
  const diagonalRaw = o['diagonal'] ?? false;
  if (typeof diagonalRaw !== 'boolean') throw new ParameterError('diagonal', diagonalRaw, 'true or false');
  if (diagonalRaw && mi !== mj) throw new ParameterError('secondMassGeV', mj, `equal to firstMassGeV = ${mi} when diagonal`);
  if (diagonalRaw && nature === 'majorana' && vector !== 0) {
    throw new ParameterError('vector', vector, '0 for a Majorana diagonal pair (the vector current vanishes)');
  }
  if (!(mass > mi + mj)) {
    throw new KinematicsError("A' -> psi_i psi_j", `m_A' = ${mass} GeV <= m_i + m_j = ${mi + mj} GeV`);
  }
  const width = darkFermionPairMultiplicity(nature, diagonalRaw) * darkPhotonToFermionPairWidthRaw(mass, mi, mj, vector, axial);
  if (!Number.isFinite(width)) throw new ParameterError('args', args, 'masses and couplings small enough that the width is finite');
  return width;
}
