/**
 * New models from old ones with one physical input changed (the models are immutable). Presets fix mass
 * ratios and take m_A' and eps, so these are the natural ways to scan them.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireEpsilon, requirePositive } from '../core/validate.js';
import { checkModel } from './checkModel.js';
import { deepFreeze } from './freeze.js';
import type { DarkSectorModel } from './types.js';

/**
 * The same model with another kinetic mixing eps. Nothing else changes: the dark sector does not depend on
 * eps (THEORY.md §3.4: Γ(A'→SM) ∝ eps², Γ(A'→dark) independent of eps).
 * @param model - any model
 * @param epsilon - new eps, in (0, 1)
 * @throws ParameterError naming `epsilon`
 * @example withEpsilon(preset('idm'), 1e-2).epsilon // 0.01
 */
export function withEpsilon(model: DarkSectorModel, epsilon: number): DarkSectorModel {
  checkModel(model);
  const eps = requireEpsilon('epsilon', epsilon);
  return deepFreeze({ ...model, epsilon: eps, parameters: { ...model.parameters, epsilon: eps } });
}

/**
 * The same model at another dark photon mass m_A', with the whole dark sector rescaled by the same factor
 * m_A'(new)/m_A'(old): every mass ratio (r = m_1/m_A', Δ_ij = m_i/m_j − 1), the mixing matrix and the
 * couplings are unchanged. This is how the presets and the talk's benchmarks are defined (fixed ratios).
 * Every parameter whose name ends in `GeV` is rescaled too, so `parameters` still rebuilds the model.
 * @param model - any model
 * @param massGeV - new m_A' in GeV, > 0
 * @throws ParameterError naming `massGeV`
 * @example withDarkPhotonMass(preset('idm'), 3).states[0].massGeV // 0.99 (= 0.33 × 3 GeV)
 */
export function withDarkPhotonMass(model: DarkSectorModel, massGeV: number): DarkSectorModel {
  checkModel(model);
  const mass = requirePositive('massGeV', massGeV);
  const factor = mass / model.darkPhotonMassGeV;
  const scaled = (x: number): number => {
    const y = x * factor;
    if (!Number.isFinite(y)) throw new ParameterError('massGeV', massGeV, 'a value that keeps every dark mass finite');
    return y;
  };
  const parameters = Object.fromEntries(
    Object.entries(model.parameters).map(([key, value]) => [key, key.endsWith('GeV') ? scaled(value) : value]),
  );
  return deepFreeze({
    ...model,
    darkPhotonMassGeV: mass,
    parameters: { ...parameters, massGeV: mass },
    states: model.states.map((s) => ({ ...s, massGeV: scaled(s.massGeV) })),
  });
}
