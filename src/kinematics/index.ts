/**
 * Kinematics: four-vectors (tuples or Float64Array buffers), invariants, angles, boosts, rotations and two-body
 * decays. Physics-independent; imports only the core layer.
 *
 * @module
 */
export {
  FOUR_VECTOR_STRIDE,
  createFourVectorBuffer,
  fourVector,
  onShellFourVector,
  readFourVector,
  writeFourVector,
  type FourVector,
  type FourVectorSource,
  type ThreeVector,
} from './fourVector.js';
export { dot, invariantMass, invariantMassSquared, momentumMagnitude, pairInvariantMass, transverseMomentum } from './invariants.js';
export { azimuthalAngle, cosPolarAngle, openingAngle, polarAngle, pseudorapidity, rapidity } from './angles.js';
export {
  boost,
  boostFromRestFrame,
  boostFromRestFrameInto,
  boostInto,
  boostToRestFrame,
  boostToRestFrameInto,
  boostZ,
  boostZInto,
} from './boost.js';
export { directionFromAngles, rotate, rotateInto, rotateToDirectionInto } from './rotation.js';
export {
  decayTwoBody,
  decayTwoBodyInto,
  decayTwoBodyIsotropicInto,
  decayTwoBodyRestInto,
  twoBodyMomentum,
} from './twoBody.js';
