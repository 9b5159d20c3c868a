/**
 * Models: the dark photon and the dark sectors it decays into (iDM, i2DM, dark HNLs), built by pure
 * functions from the parameters a physicist writes, plus the benchmarks of arXiv:2302.05410.
 *
 * @module
 */
export type { DarkSectorModel, DarkState, FermionNature, ModelKind, PairCoupling } from './types.js';
export { darkPhoton, type DarkPhotonOptions } from './darkPhoton.js';
export { idm, idmFromLagrangian, type IdmLagrangianOptions, type IdmOptions } from './idm.js';
export { i2dm, i2dmFromLagrangian, type I2dmLagrangianOptions, type I2dmOptions } from './i2dm.js';
export { hnl, type HnlMassMatrix, type HnlOptions } from './hnl.js';
export { cSymmetricMassMatrix, type CSymmetricSpectrum } from './cSymmetric.js';
export { darkCoupling, darkCurrentMatrix, pairCoupling } from './darkCurrent.js';
export { flavourMassMatrix, mixingAngle } from './mixing.js';
export { withDarkPhotonMass, withEpsilon } from './modify.js';
export {
  DEFAULT_PRESET_EPSILON,
  DEFAULT_PRESET_MASS_GEV,
  HNL_BP1,
  HNL_BP2,
  I2DM_BENCHMARK,
  IDM_BENCHMARK,
  PRESET_NAMES,
  preset,
  type PresetName,
  type PresetOptions,
} from './presets.js';
