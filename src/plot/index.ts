/**
 * Plotting: the eps–m_A' exclusion figure as SVG (pure, browser-safe); PNG rasterisation is in `semivisible/node`.
 *
 * @module
 */
export * from './logAxis.js';
export * from './exclusionFigure.js';
export * from './recastFigure.js';
