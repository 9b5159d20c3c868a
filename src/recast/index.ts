/**
 * Recast layer: published limits as inputs (LimitCurve, parsers), the exclusion condition eps² F ≥ eps_UL²
 * solved per mass, recast curves over a mass grid, and the g−2 band left open.
 *
 * @module
 */
export * from './limitCurve.js';
export * from './limitParsers.js';
export * from './exclusionBand.js';
export * from './recastPoint.js';
export * from './recastCurve.js';
export * from './g2Opening.js';
export * from './recastSerialize.js';
