/**
 * Plotting: the eps–m_A' exclusion figure as SVG (pure) and its PNG rasterisation (Node).
 *
 * @module
 */
export * from './logAxis.js';
export * from './exclusionFigure.js';
export * from './png.js';
export * from './recastFigure.js';
