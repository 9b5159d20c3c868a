/**
 * Production of dark photons: e+e− → γA′ at BaBar (EXPERIMENTS.md §1) and dark bremsstrahlung e⁻Z → e⁻ZA′ at NA64
 * (EXPERIMENTS.md §2): cross sections in GeV⁻², per-mass samplers and the thick-target model.
 *
 * @module
 */
export { invGeV2ToFb, invGeV2ToPb, fbToInvGeV2 } from './crossSectionUnits.js';
export { BABAR_BEAMS, BABAR_SQRT_S_GEV, beamBoost, type BeamBoost, type CollidingBeams } from './babarBeams.js';
export {
  BABAR_COS_WINDOW,
  symmetricCosWindow,
  type CosThetaWindow,
  type EeToGammaAPrimeParameters,
} from './eeToGammaAPrimeParameters.js';
export { eeToGammaAPrimeCrossSection, eeToGammaAPrimeDSigmaDCos } from './eeToGammaAPrimeCrossSection.js';
export {
  darkPhotonEnergyCm,
  eeToGammaAPrimeKinematics,
  eeToGammaAPrimeLabInto,
  maxMassForPhotonThreshold,
  photonEnergyCm,
  type EeToGammaAPrimeKinematics,
} from './eeToGammaAPrimeKinematics.js';
export {
  prepareEeToGammaAPrimeSampler,
  sampleEeToGammaAPrime,
  sampleEeToGammaAPrimeCosTheta,
  sampleEeToGammaAPrimeInto,
  type EeToGammaAPrimeEvent,
  type EeToGammaAPrimeSampler,
  type EeToGammaAPrimeSamplerOptions,
} from './eeToGammaAPrimeSampler.js';
export { CARBON, LEAD, TUNGSTEN, targetNumberDensityPerCm3, type TargetMaterial } from './targets.js';
export { elasticFormFactor, formFactorScales, inelasticFormFactor, type FormFactorScales } from './formFactors.js';
export {
  photonFlux,
  photonFluxElasticClosedForm,
  photonFluxElasticNumerical,
  photonFluxInelastic,
  photonFluxTRange,
  type PhotonFlux,
  type PhotonFluxMethod,
  type PhotonFluxTRange,
} from './photonFlux.js';
export { NA64_BEAM_ENERGY_GEV, prepareDarkBrem, type DarkBrem, type DarkBremOptions } from './darkBremSetup.js';
export {
  darkBremD2SigmaDxDCosTheta,
  darkBremDSigmaDx,
  darkBremDSigmaDxMasslessElectron,
  darkBremMedianAngle,
} from './darkBremCrossSection.js';
export {
  darkBremCrossSection,
  darkBremFractionAbove,
  darkBremLeadingLogCrossSection,
  darkBremMeanX,
  type DarkBremIntegrationOptions,
} from './darkBremTotal.js';
export {
  ETL_OVER_IWW_LEAD_100GEV,
  etlOverIwwRatio,
  type EtlCorrectionOptions,
  type EtlCorrectionTable,
} from './etlCorrection.js';
export { sampleTabulated, tabulateDistribution, type TabulatedDistribution } from './tabulatedDistribution.js';
export {
  prepareDarkBremSampler,
  sampleDarkBrem,
  sampleDarkBremInto,
  sampleDarkBremTheta,
  sampleDarkBremX,
  type DarkBremEvent,
  type DarkBremSampler,
  type DarkBremSamplerOptions,
} from './darkBremSampler.js';
export { darkBremRecoilElectronInto } from './darkBremRecoil.js';
export type { DarkPhotonChannel, EventSample, ProductionProcess } from './eventSample.js';
export { primaryElectronSurvival, primaryElectronTrackLength } from './thickTarget.js';
export {
  DEFAULT_PRODUCTION_DEPTH_MODEL,
  prepareProductionDepthSampler,
  sampleProductionDepthCm,
  type ProductionDepthModel,
  type ProductionDepthSampler,
} from './productionDepth.js';
export {
  NA64_2016_2018_INVISIBLE,
  na64EpsilonLimitEstimate,
  na64YieldEstimate,
  type Na64DataSet,
  type Na64YieldEstimate,
} from './na64Yield.js';
export * from './events.js';
