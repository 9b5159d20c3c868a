/**
 * Validation of a {@link DarkSectorModel} handed back to the library. The constructors build valid, deeply
 * frozen models; JavaScript callers may pass anything else (a hand-edited copy, a field set to NaN, a
 * missing array), so every field the library reads is checked and a ParameterError names the first bad one,
 * e.g. `model.states[1].massGeV`. A deeply frozen model that passed is remembered (it cannot change).
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireComplexSquareMatrix } from '../core/linalg/validateMatrix.js';
import {
  requireEpsilon,
  requireFinite,
  requireInteger,
  requireNonNegative,
  requireObject,
  requireOneOf,
  requirePositive,
} from '../core/validate.js';
import type { DarkSectorModel } from './types.js';

const KINDS = ['dark-photon', 'idm', 'i2dm', 'hnl'] as const;
const NATURES = ['majorana', 'dirac'] as const;

/** Deeply frozen models that passed {@link checkModel}. */
const checked = new WeakSet<object>();

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  return Object.keys(value).every((key) => isDeepFrozen((value as Record<string, unknown>)[key]));
}

function requireArray(name: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw new ParameterError(name, value, 'an array');
  return value;
}

/**
 * Check that `model` is a well-formed {@link DarkSectorModel} and return it.
 * @param model - what the caller passed
 * @param name - the parameter name used in errors (default `'model'`)
 * @throws ParameterError naming the offending field
 * @example checkModel(preset('idm')) // the same model
 */
export function checkModel(model: unknown, name = 'model'): DarkSectorModel {
  if (typeof model === 'object' && model !== null && checked.has(model)) return model as DarkSectorModel;
  const o = requireObject(name, model);
  requireOneOf(`${name}.kind`, o['kind'], KINDS);
  if (typeof o['label'] !== 'string') throw new ParameterError(`${name}.label`, o['label'], 'a string');
  requirePositive(`${name}.darkPhotonMassGeV`, o['darkPhotonMassGeV']);
  requireEpsilon(`${name}.epsilon`, o['epsilon']);
  requireNonNegative(`${name}.alphaD`, o['alphaD']);
  const parameters = requireObject(`${name}.parameters`, o['parameters']);
  for (const key of Object.keys(parameters)) requireFinite(`${name}.parameters.${key}`, parameters[key]);
  const states = requireArray(`${name}.states`, o['states']);
  states.forEach((state, i) => {
    const s = requireObject(`${name}.states[${i}]`, state);
    if (typeof s['name'] !== 'string' || s['name'] === '') {
      throw new ParameterError(`${name}.states[${i}].name`, s['name'], 'a non-empty string');
    }
    requireNonNegative(`${name}.states[${i}].massGeV`, s['massGeV']);
    requireOneOf(`${name}.states[${i}].nature`, s['nature'], NATURES);
    requireNonNegative(`${name}.states[${i}].activeAdmixture`, s['activeAdmixture']);
  });
  requireArray(`${name}.couplings`, o['couplings']).forEach((coupling, k) => {
    const c = requireObject(`${name}.couplings[${k}]`, coupling);
    const i = requireInteger(`${name}.couplings[${k}].i`, c['i'], 0, states.length - 1);
    requireInteger(`${name}.couplings[${k}].j`, c['j'], i, states.length - 1);
    requireNonNegative(`${name}.couplings[${k}].vector`, c['vector']);
    requireNonNegative(`${name}.couplings[${k}].axial`, c['axial']);
  });
  if (o['mixingMatrix'] !== undefined) {
    const u = requireComplexSquareMatrix(`${name}.mixingMatrix`, o['mixingMatrix']);
    if (u.re.length !== states.length) {
      throw new ParameterError(`${name}.mixingMatrix`, o['mixingMatrix'], `a ${states.length}×${states.length} matrix (one column per state)`);
    }
  }
  if (o['flavourCharges'] !== undefined) {
    const charges = requireArray(`${name}.flavourCharges`, o['flavourCharges']);
    charges.forEach((q, a) => requireFinite(`${name}.flavourCharges[${a}]`, q));
    if (o['mixingMatrix'] !== undefined && charges.length !== states.length) {
      throw new ParameterError(`${name}.flavourCharges`, charges, `an array of ${states.length} charges (one per row of mixingMatrix)`);
    }
  }
  if (isDeepFrozen(model)) checked.add(o);
  return model as DarkSectorModel;
}
