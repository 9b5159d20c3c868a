/**
 * Widths layer: dark-photon decays (leptons, hadrons through R(s), dark fermions), dark-fermion decays
 * (two-body to an on-shell A', three-body to leptons or hadrons through the A'), decay tables, lifetimes.
 *
 * @module
 */
export * from './darkPhotonToLeptons.js';
export * from './darkPhotonToHadrons.js';
export { rRatioModel, HADRONIC_THRESHOLD_GEV, type RRatio } from './rRatio.js';
export * from './rRatioTable.js';
export { rRatioPerturbative } from './rRatioQcd.js';
export { alphaStrong, ALPHA_S_MIN_SCALE_GEV } from './rRatioAlphaStrong.js';
export { rRatioBreitWigner, rRatioPhi } from './rRatioBreitWigner.js';
export { rRatioPionPair } from './rRatioPionPair.js';
export * from './rRatioResonanceData.js';
export {
  widthDarkPhotonToDarkFermions,
  darkFermionPairMultiplicity,
  type DarkPhotonToDarkFermionsArgs,
} from './darkPhotonToDarkFermions.js';
export { widthDarkFermionToDarkPhoton, type DarkFermionToDarkPhotonArgs } from './darkFermionToDarkPhoton.js';
export {
  widthDarkFermionToLeptons,
  dWidthDq2DarkFermionToLeptons,
  squaredMatrixElementDarkFermionToLeptons,
  sMinusLimitsDarkFermionToLeptons,
  type DarkFermionToLeptonsArgs,
  type DalitzLimits,
} from './darkFermionToLeptons.js';
export { widthDarkFermionToLeptonsSmallSplitting, type SmallSplittingArgs } from './darkFermionToLeptonsSmallSplitting.js';
export { widthDarkFermionToHadrons, type DarkFermionToHadronsArgs } from './darkFermionToHadrons.js';
export type { ThreeBodyWidthOptions } from './darkFermionThreeBody.js';
export { decayTable, decayTables, DARK_PHOTON_NAME, type DecayTable, type DecayChannel } from './decayTable.js';
export { decayLengthCm, widthAtEpsilonGeV, ctauCmAtEpsilon, darkFermionWidthPerEpsilon2 } from './decayLength.js';
