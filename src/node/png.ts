/**
 * SVG → PNG rasterisation with resvg (a Rust renderer shipped as an npm package; Node only). Uses the system
 * fonts (DejaVu Sans on the project's machines) so that text renders as in the SVG.
 *
 * @module
 */
import { requireInRange } from '../core/validate.js';

/**
 * Rasterise an SVG document to PNG bytes.
 * @param svg - the SVG text
 * @param scale - resolution multiplier (1 = the SVG's own pixel size; 2 for high-DPI slides)
 * @example const png = await svgToPng(renderExclusionFigure(spec), 2)
 */
export async function svgToPng(svg: string, scale = 1): Promise<Uint8Array> {
  requireInRange('scale', scale, 0.1, 8);
  const { Resvg } = await import('@resvg/resvg-js');
  const renderer = new Resvg(svg, {
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'zoom', value: scale },
  });
  return renderer.render().asPng();
}
