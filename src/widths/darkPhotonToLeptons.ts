/**
 * Dark-photon decay to a charged-lepton pair, A' → ℓ⁺ℓ⁻, at tree level.
 *
 * @module
 */
import { ALPHA } from '../core/constants.js';
import { KinematicsError } from '../core/errors.js';
import { leptonMassGeV, type Lepton } from '../core/leptons.js';
import { requireEpsilon, requireObject, requirePositive } from '../core/validate.js';

/** Arguments of {@link widthDarkPhotonToLeptons} and {@link widthDarkPhotonToLeptonsOrZero}. */
export interface DarkPhotonToLeptonsArgs {
  /** Dark-photon mass m_A' in GeV (finite, > 0). */
  readonly massGeV: number;
  /** Kinetic mixing eps (photon-like normalisation), in the open interval (0, 1). */
  readonly epsilon: number;
  /** The final-state lepton flavour: `'e'`, `'mu'` or `'tau'`. */
  readonly lepton: Lepton;
}

/**
 * The tree-level width for already-validated inputs; 0 when m_A' ≤ 2 m_ℓ.
 *
 *     Γ(A'→ℓℓ) = (eps² α m_A'/3) (1 + 2 m_ℓ²/m_A'²) √(1 − 4 m_ℓ²/m_A'²)       [GeV]
 *
 * Pospelov, arXiv:0811.1030; Ilten et al. (DarkCast), arXiv:1801.04847 eq. 2.13; THEORY §3.1.
 * α = α(0) (CODATA 2022): the running of α is neglected (THEORY §3.7).
 */
function leptonWidth(massGeV: number, epsilon: number, leptonMass: number): number {
  const x = (leptonMass * leptonMass) / (massGeV * massGeV);
  // 1 − 4x written as (m − 2m_ℓ)(m + 2m_ℓ)/m²: exact subtraction near threshold (no cancellation)
  const beta2 = ((massGeV - 2 * leptonMass) * (massGeV + 2 * leptonMass)) / (massGeV * massGeV);
  if (!(beta2 > 0)) return 0;
  return ((epsilon * epsilon * ALPHA * massGeV) / 3) * (1 + 2 * x) * Math.sqrt(beta2);
}

function validated(args: DarkPhotonToLeptonsArgs): { massGeV: number; epsilon: number; leptonMass: number } {
  const obj = requireObject('args', args);
  const massGeV = requirePositive('massGeV', obj['massGeV']);
  const epsilon = requireEpsilon('epsilon', obj['epsilon']);
  const leptonMass = leptonMassGeV(obj['lepton'] as Lepton);
  return { massGeV, epsilon, leptonMass };
}

/**
 * Partial width Γ(A' → ℓ⁺ℓ⁻) in GeV (tree level, exact lepton-mass dependence):
 *
 *     Γ = (eps² α m_A'/3) (1 + 2 m_ℓ²/m_A'²) √(1 − 4 m_ℓ²/m_A'²)
 *
 * Source: Pospelov, arXiv:0811.1030; DarkCast (Ilten, Soreq, Williams, Xue), arXiv:1801.04847 eq. 2.13;
 * THEORY §3.1. α = α(0) (CODATA 2022); the running of α and Z–A' mixing are neglected (THEORY §3.7).
 * The width scales exactly as eps².
 *
 * @param args - `{ massGeV, epsilon, lepton }`; mass in GeV (> 0), eps ∈ (0, 1), lepton `'e' | 'mu' | 'tau'`.
 * @returns the width in GeV (> 0).
 * @throws ParameterError naming `massGeV`, `epsilon` or `lepton` for invalid input.
 * @throws KinematicsError when the channel is closed, m_A' ≤ 2 m_ℓ. Use
 *   {@link widthDarkPhotonToLeptonsOrZero} to get 0 instead (e.g. when summing a total width).
 * @example
 * widthDarkPhotonToLeptons({ massGeV: 1, epsilon: 1e-3, lepton: 'e' }) // ≈ 2.43245e-9 GeV
 */
export function widthDarkPhotonToLeptons(args: DarkPhotonToLeptonsArgs): number {
  const { massGeV, epsilon, leptonMass } = validated(args);
  if (!(massGeV > 2 * leptonMass)) {
    throw new KinematicsError(
      `A' -> ${args.lepton}+ ${args.lepton}-`,
      `m_A' = ${massGeV} GeV <= 2 m_${args.lepton} = ${2 * leptonMass} GeV`,
    );
  }
  return leptonWidth(massGeV, epsilon, leptonMass);
}

/**
 * Like {@link widthDarkPhotonToLeptons} but returns 0 (instead of throwing) when the channel is closed,
 * m_A' ≤ 2 m_ℓ. Intended for summing the total width. The width is continuous at threshold: it vanishes as
 * √(1 − 4m_ℓ²/m_A'²). Same formula, source and units (GeV); invalid input still throws a ParameterError.
 *
 * @param args - `{ massGeV, epsilon, lepton }` as for {@link widthDarkPhotonToLeptons}.
 * @returns the width in GeV, or 0 below threshold.
 * @example
 * widthDarkPhotonToLeptonsOrZero({ massGeV: 0.1, epsilon: 1e-3, lepton: 'mu' }) // 0 (closed: 0.1 < 2 m_mu)
 */
export function widthDarkPhotonToLeptonsOrZero(args: DarkPhotonToLeptonsArgs): number {
  const { massGeV, epsilon, leptonMass } = validated(args);
  return leptonWidth(massGeV, epsilon, leptonMass);
}
