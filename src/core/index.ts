/**
 * Core layer: constants, units, errors, validation, numerics, random numbers and linear algebra.
 * Nothing here imports a physics layer.
 *
 * @module
 */
export * from './constants.js';
export * as units from './units.js';
export * from './errors.js';
export * from './validate.js';
export * from './leptons.js';
export * from './numerics/index.js';
export * from './linalg/index.js';
export * from './random/index.js';
