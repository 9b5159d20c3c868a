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
