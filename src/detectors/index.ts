/**
 * Detector layer: BaBar and NA64 geometry as plain data, straight-line path lengths through it, and the
 * decay probabilities along a path that make the recast analytic in eps (EXPERIMENTS.md §3, §4, §5, §6).
 * Imports only the core layer.
 *
 * @module
 */
export {
  GAP_REGION_INDEX,
  SEGMENT_STRIDE,
  type AxialGeometry,
  type AxialRegion,
  type BabarGeometry,
  type ConfidenceTag,
  type CylinderBounds,
  type CylindricalGeometry,
  type CylindricalRegion,
  type Na64Geometry,
  type PolarRange,
  type Ray,
  type RaySegment,
  type RegionKind,
  type TaggedPolarRange,
} from './types.js';
export {
  defineAxialGeometry,
  defineCylindricalGeometry,
  validateAxialGeometry,
  validateCylindricalGeometry,
} from './validateGeometry.js';
export { BABAR_DETECTOR_CENTRE_Z_CM, BABAR_LEPTON_ACCEPTANCE, babarGeometry } from './babarGeometry.js';
export {
  NA64_DEFAULT_HCAL_END_CM,
  NA64_HCAL_MODULE_LENGTH_CM,
  buildNa64Geometry,
  na64Geometry,
  type Na64GeometryOptions,
} from './na64Geometry.js';
export {
  exitLengthFromOriginCm,
  rayCylinderIntervalInto,
  rayExitLengthCm,
  rayFromAngles,
  regionIntervals,
  regionIntervalsInto,
} from './cylinder.js';
export { geometryExitLengthCm, maxSegmentCount, raySegments, raySegmentsInto } from './segments.js';
export { regionAt, regionIndexAt } from './regionAt.js';
export {
  axialExitLengthCm,
  axialRegionAt,
  axialRegionIndexAt,
  axialSegments,
  axialSegmentsInto,
} from './axialSegments.js';
export {
  decayLengthAtEpsilonCm,
  decayProbabilityBetween,
  labDecayLengthCm,
  survivalProbabilityBeyond,
  type LabDecayLengthInput,
} from './decayProbability.js';
export {
  invisibleIntervals,
  invisibleIntervalsInto,
  noVisibleDecayAtEpsilon,
  noVisibleDecayFromIntervals,
  noVisibleDecayProbability,
} from './noVisibleDecay.js';
