/**
 * Construction of a C-symmetric three-field dark-HNL mass matrix with prescribed masses and coupling split
 * (THEORY.md §2.0 "C symmetry", §2.3, §2.4). Used to build the HNL benchmarks from their mass ratios.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import type { RealMatrix } from '../core/linalg/types.js';
import { requireInRange, requireObject, requirePositive } from '../core/validate.js';

/** Inputs of {@link cSymmetricMassMatrix}. */
export interface CSymmetricSpectrum {
  /** Target masses m_1 < m_2 < m_3 in GeV, all > 0. */
  readonly massesGeV: readonly [number, number, number];
  /** |V_12|² in [0, 1], the share of the C-odd ψ_2's coupling that goes to ψ_1; |V_23|² = 1 − |V_12|². */
  readonly v12Squared: number;
}

/**
 * A real 3×3 Majorana mass matrix in the basis (η, χ_L, (χ_R)^c), charges (0, +1, −1), invariant under the
 * charge conjugation χ_L ↔ (χ_R)^c, whose Takagi masses are exactly (m_1, m_2, m_3) with ψ_2 the C-odd state:
 *
 *     M = [[M_η, y, y], [y, μ, m_D], [y, m_D, μ]]
 *
 * Derivation (THEORY.md §2.0): with χ_± = (χ_L ± (χ_R)^c)/√2, χ_− is an eigenvector with eigenvalue μ − m_D,
 * set to −m_2 (negative, as in pseudo-Dirac iDM); the C-even block in (η, χ_+) is
 * [[M_η, √2 y], [√2 y, μ + m_D]] = R diag(m_1, m_3) Rᵀ, where ψ_1 = cos φ η − sin φ χ_+ and
 * ψ_3 = sin φ η + cos φ χ_+, sin²φ = |V_12|². Hence M_η = m_1 cos²φ + m_3 sin²φ, √2 y = sin φ cos φ (m_3 − m_1),
 * μ + m_D = m_1 sin²φ + m_3 cos²φ, μ − m_D = −m_2.
 *
 * Consequences: the charge operator maps χ_+ ↔ χ_−, so only the C-odd ψ_2 couples, to the C-even ψ_1, ψ_3:
 * |V_12| = sin φ, |V_23| = cos φ, V_13 = 0 and every V_ii = 0 (A' → ψ_iψ_i forbidden). ψ_2's eigenvalue has the
 * opposite sign to ψ_1's and ψ_3's, so both couplings are pure vector (THEORY.md §2.0 convention (a)).
 *
 * @param spectrum - target masses (GeV) and |V_12|²
 * @returns the mass matrix in GeV
 * @throws ParameterError if the masses are not positive and strictly ascending or |V_12|² ∉ [0, 1]
 * @example
 * // reproduces the C-symmetric fixture of THEORY.md §2.3 ([[0.5, 0.08, 0.08], [0.08, 0.02, 0.3], [0.08, 0.3, 0.02]])
 * cSymmetricMassMatrix({ massesGeV: [0.2654316771, 0.28, 0.5545683229], v12Squared: 0.9007061167 ** 2 })
 */
export function cSymmetricMassMatrix(spectrum: CSymmetricSpectrum): RealMatrix {
  const masses = requireObject('spectrum', spectrum)['massesGeV'];
  if (!Array.isArray(masses) || masses.length !== 3) throw new ParameterError('massesGeV', masses, 'three masses [m1, m2, m3]');
  const [m1, m2, m3] = masses.map((m, i) => requirePositive(`massesGeV[${i}]`, m)) as [number, number, number];
  if (!(m1 < m2 && m2 < m3)) throw new ParameterError('massesGeV', masses, 'strictly ascending masses m1 < m2 < m3');
  const s2 = requireInRange('v12Squared', spectrum.v12Squared, 0, 1);
  const c2 = 1 - s2;
  const etaMass = m1 * c2 + m3 * s2;
  const y = (Math.sqrt(s2 * c2) * (m3 - m1)) / Math.SQRT2;
  const evenChargedMass = m1 * s2 + m3 * c2;
  const mu = (evenChargedMass - m2) / 2;
  const diracMass = (evenChargedMass + m2) / 2;
  const matrix = [
    [etaMass, y, y],
    [y, mu, diracMass],
    [y, diracMass, mu],
  ];
  if (!matrix.every((row) => row.every(Number.isFinite))) throw new ParameterError('massesGeV', masses, 'masses for which the matrix entries are finite');
  return matrix;
}
