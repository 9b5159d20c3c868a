/**
 * Quantities derived from a model's mixing matrix U (THEORY.md §2.0–§2.2): the two-state mixing angle and the
 * flavour-basis mass matrix. Derived on demand, never stored.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { complexConjugate, complexDiagonal, complexMultiply, conjugateTranspose } from '../core/linalg/index.js';
import type { ComplexMatrix } from '../core/linalg/types.js';
import { checkModel } from './checkModel.js';
import type { DarkSectorModel } from './types.js';

/** The mixing matrix of a model, or a ParameterError for the minimal dark photon. */
function requireMixing(model: DarkSectorModel): ComplexMatrix {
  checkModel(model);
  if (model.mixingMatrix === undefined) {
    throw new ParameterError('model', model.kind, 'a model with a dark sector (a mixing matrix)');
  }
  return model.mixingMatrix;
}

/**
 * Mixing angle θ ∈ [0, π/2] of a two-state model, θ = atan2(|U_21|, |U_11|) (rad):
 * iDM (THEORY.md §2.1) tan 2θ = 2 m_D/(μ_R − μ_L), π/4 in the pseudo-Dirac limit;
 * i2DM (THEORY.md §2.2, 2201.08409) tan 2θ = 2M/(M_2 − M_1), the exact angle (≈ M/(M_2 − M_1) for small M).
 * @param model - a model with exactly two dark states
 * @throws ParameterError for any other model
 * @example mixingAngle(i2dmFromLagrangian({ massGeV: 1, epsilon: 1e-3, alphaD: 0.1, sterileMassGeV: 0.3, chargedMassGeV: 0.36, mixingMassGeV: 0.003 })) // 0.0498343…
 */
export function mixingAngle(model: DarkSectorModel): number {
  const u = requireMixing(model);
  if (model.states.length !== 2) throw new ParameterError('model', model.kind, 'a model with two dark states (iDM, i2DM)');
  const modulus = (i: number): number => Math.hypot(u.re[i]?.[0] ?? 0, u.im[i]?.[0] ?? 0);
  return Math.atan2(modulus(1), modulus(0));
}

/**
 * The flavour-basis mass matrix (GeV) rebuilt from the model: M = U* diag(m) U† (the Takagi convention
 * Uᵀ M U = diag(m), THEORY.md §2.0). For the Dirac i2DM the rotation is real and this is the Dirac mass
 * matrix [[M_1, M], [M, M_2]]. Equal to the constructor's input up to round-off (~1e-16·max m).
 * @param model - a model with a dark sector
 * @throws ParameterError for the minimal dark photon
 * @example flavourMassMatrix(preset('idm')).re // [[0.066, 0.396], [0.396, 0.066]] (μ and m_D in GeV at m_A' = 1 GeV)
 */
export function flavourMassMatrix(model: DarkSectorModel): ComplexMatrix {
  const u = requireMixing(model);
  const diag = complexDiagonal(model.states.map((s) => s.massGeV));
  return complexMultiply(complexMultiply(complexConjugate(u), diag), conjugateTranspose(u));
}
