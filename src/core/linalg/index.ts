/**
 * Linear algebra: the project's only adapter over ml-matrix (real symmetric eigen-decomposition, SVD) plus the
 * Takagi factorisation of complex symmetric mass matrices and small complex-matrix helpers.
 *
 * @module
 */
export type { Complex, ComplexMatrix, RealMatrix, SvdResult, SymmetricEigenResult, TakagiResult } from './types.js';
export { eigenSymmetric } from './eigenSymmetric.js';
export { singularValues, svd } from './svd.js';
export { takagi, takagiResidual } from './takagi.js';
export {
  complexConjugate,
  complexDiagonal,
  complexEntry,
  complexMultiply,
  complexTranspose,
  conjugateTranspose,
  maxAbsDifference,
  toComplexMatrix,
  unitarityResidual,
} from './complex.js';
