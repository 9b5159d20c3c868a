/**
 * The model of a scan as plain data: its label (constructor or preset name) and its constructor parameters
 * (`model.parameters`), so that any worker thread or machine rebuilds exactly the same model with some fields
 * changed. The fields a scan may vary are the model's numeric constructor fields except `massGeV` (the recast's
 * mass grid moves the model in m_A', keeping every ratio) and `epsilon` (the recast solves for it). Fields in GeV
 * (`muLGeV`, `sterileMassGeV`, ...) are values at the base m_A' (`parameters.massGeV`) and are rescaled with it
 * along the mass grid, as `withDarkPhotonMass` does.
 *
 * Models that cannot be rebuilt from their numeric parameters (a general `hnl` with a mass matrix) cannot be
 * scanned; the HNL presets can (their fields alphaD, r, delta21, delta32, v12Squared).
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireFinite, requireObject, requireOneOf } from '../core/validate.js';
import { cSymmetricMassMatrix, darkPhoton, hnl, i2dm, i2dmFromLagrangian, idm, idmFromLagrangian } from '../models/index.js';
import { deepFreeze } from '../models/freeze.js';
import type { DarkSectorModel } from '../models/types.js';

/**
 * Labels of the models a scan can rebuild (constructors and presets).
 * @example SCAN_MODELS.includes('hnl-bp1') // true
 */
export const SCAN_MODELS = ['dark-photon', 'idm', 'i2dm', 'idm-lagrangian', 'i2dm-lagrangian', 'hnl-bp1', 'hnl-bp2'] as const;

/** A model a scan can rebuild. */
export type ScanModelName = (typeof SCAN_MODELS)[number];

/** The base model of a scan as data. */
export interface ScanBase {
  /** Constructor or preset name (the model's `label`). */
  readonly model: ScanModelName;
  /** Constructor parameters at the base m_A' (the model's `parameters`). */
  readonly parameters: Readonly<Record<string, number>>;
}

/** Fields never varied by a scan: the recast's own axes. */
const FIXED_FIELDS: readonly string[] = ['massGeV', 'epsilon'];

/**
 * The scan base of a model built by a constructor or preset listed in {@link SCAN_MODELS}.
 * @throws ParameterError naming `model` for any other model (e.g. a general `hnl`)
 * @example scanBase(preset('idm')) // { model: 'idm', parameters: { massGeV: 1, epsilon: 0.001, alphaD: 0.1, r: 0.33, delta: 0.4 } }
 */
export function scanBase(model: DarkSectorModel): ScanBase {
  requireObject('model', model);
  const name = requireOneOf('model', model.label, SCAN_MODELS);
  return Object.freeze({ model: name, parameters: Object.freeze({ ...model.parameters }) });
}

/**
 * The fields of a base that a scan may vary: its numeric constructor fields except massGeV and epsilon.
 * @example scannableFields({ model: 'idm', parameters: { massGeV: 1, epsilon: 1e-3, alphaD: 0.1, r: 0.33, delta: 0.4 } }) // ['alphaD', 'r', 'delta']
 */
export function scannableFields(base: ScanBase): string[] {
  return Object.keys(base.parameters).filter((key) => !FIXED_FIELDS.includes(key));
}

/**
 * Check that every name is a scannable field of the base.
 * @throws ParameterError naming `flag` and the first bad name, listing the fields that may be varied
 * @example checkScanFields(scanBase(preset('idm')), ['alphaD', 'delta']) // ok
 */
export function checkScanFields(base: ScanBase, names: readonly string[], flag = 'vary'): void {
  const fields = scannableFields(base);
  for (const name of names) {
    if (fields.includes(name)) continue;
    const why = FIXED_FIELDS.includes(name) ? `not ${name} (the recast's own axis; use the mass grid)` : `a field of ${base.model}`;
    const list = fields.length === 0 ? `${base.model} has no field to vary` : `one of ${fields.join(', ')}`;
    throw new ParameterError(flag, name, `${why}: ${list}`);
  }
}

/** Constructor parameters of an HNL preset (see presets.ts: masses r·m_A', (1+Δ21)m_1, (1+Δ32)m_2). */
function hnlPresetModel(label: ScanModelName, p: Readonly<Record<string, number>>): DarkSectorModel {
  const get = (key: string): number => requireFinite(key, p[key]);
  const massGeV = get('massGeV');
  const m1 = get('r') * massGeV;
  const m2 = (1 + get('delta21')) * m1;
  const m3 = (1 + get('delta32')) * m2;
  const massMatrix = cSymmetricMassMatrix({ massesGeV: [m1, m2, m3], v12Squared: get('v12Squared') });
  const model = hnl({ massGeV, epsilon: get('epsilon'), alphaD: get('alphaD'), massMatrix });
  const parameters = {
    massGeV, epsilon: get('epsilon'), alphaD: get('alphaD'), r: get('r'),
    delta21: get('delta21'), delta32: get('delta32'), v12Squared: get('v12Squared'),
  };
  return deepFreeze({ ...model, label, parameters });
}

/**
 * Rebuild the base model with some fields replaced (the values of one scan point).
 * @param base - the scan base
 * @param inputs - field → value; every field must be scannable
 * @returns the model, as its constructor or preset builds it
 * @throws ParameterError naming a field that cannot be varied, or the constructor's own error for a bad value
 * @example buildScanModel(scanBase(preset('idm')), { delta: 0.1 }).states[1].massGeV // 0.363 (= 1.1 × 0.33 GeV)
 */
export function buildScanModel(base: ScanBase, inputs: Readonly<Record<string, number>>): DarkSectorModel {
  checkScanFields(base, Object.keys(inputs));
  const p: Record<string, number> = { ...base.parameters, ...inputs };
  switch (base.model) {
    case 'dark-photon':
      return darkPhoton(p as never);
    case 'idm':
      return idm(p as never);
    case 'i2dm':
      return i2dm(p as never);
    case 'idm-lagrangian':
      return idmFromLagrangian(p as never);
    case 'i2dm-lagrangian':
      return i2dmFromLagrangian(p as never);
    case 'hnl-bp1':
    case 'hnl-bp2':
      return hnlPresetModel(base.model, p);
  }
}
