/**
 * semivisible — semi-visible dark photons: from a dark-sector Lagrangian to recast BaBar and NA64 limits.
 *
 * Layers (imports point only down this list): core (constants, units, errors, numerics, random, linalg)
 * ← models ← widths (g-2 beside it) ← kinematics, production ← detectors ← experiments ← recast ← cli, plot.
 *
 * @packageDocumentation
 */
export * from './core/index.js';
export * from './models/index.js';
export * from './widths/index.js';
export * from './g2/index.js';
export * from './detectors/index.js';
export * from './kinematics/index.js';
export * from './production/index.js';
export * from './experiments/index.js';
export * from './recast/index.js';
