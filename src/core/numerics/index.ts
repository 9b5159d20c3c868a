/**
 * Numerical core: adaptive and double-exponential quadrature, 2-D quadrature, Brent root finding, grids,
 * interpolation and the Källén function.
 *
 * @example
 * import { integrate, brent, logspace } from './numerics/index.js';
 * integrate((x) => x * x, 0, 1).value // 1/3
 *
 * @module
 */
export type { QuadratureOptions, QuadratureResult } from './quadratureOptions.js';
export { integrate } from './integrate.js';
export { integrateTanhSinh } from './tanhSinh.js';
export { integrate2D } from './integrate2D.js';
export type { RootOptions } from './brent.js';
export { brent } from './brent.js';
export { findRoots } from './findRoots.js';
export { linspace, logspace } from './grids.js';
export { linearInterpolator } from './linearInterpolator.js';
export { logLogInterpolator } from './logLogInterpolator.js';
export { kallen, sqrtKallen } from './kallen.js';
