/**
 * The exclusion figure of a dark-photon analysis as a self-contained SVG string: kinetic mixing eps versus
 * m_A' on logarithmic axes, with excluded bands, limit lines and a legend (the layout of the figures of
 * arXiv:2302.05410). Pure: data in, text out; no DOM, no file system.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { decadeLabel, logScale, logTicks, scaleLog, type LogScale } from './logAxis.js';

/** One point of a band: the excluded (or preferred) interval of eps at a mass; `null` edges are open. */
export interface BandPoint {
  /** m_A' in GeV. */
  readonly massGeV: number;
  /** Lower edge of the band in eps, or `null` when there is no band at this mass. */
  readonly lower: number | null;
  /** Upper edge in eps, or `null` when the band is open above (drawn to the top of the frame). */
  readonly upper: number | null;
}

/** A filled band between two eps edges (an excluded region or the g-2 preferred band). */
export interface BandLayer {
  /** Discriminant. */
  readonly kind: 'band';
  /** Legend text. */
  readonly label: string;
  /** Fill and outline colour (any SVG colour). */
  readonly color: string;
  /** Fill opacity in [0, 1]. */
  readonly opacity: number;
  /** Points ascending in mass; runs of points with a lower edge are drawn as separate polygons. */
  readonly points: readonly BandPoint[];
  /** Dashed outline (e.g. for a projection). */
  readonly dashed?: boolean;
  /** Show in the legend (default true; false for further pieces of an already listed region). */
  readonly legend?: boolean;
}

/** A curve eps(m_A'), e.g. a published limit. */
export interface LineLayer {
  /** Discriminant. */
  readonly kind: 'line';
  /** Legend text. */
  readonly label: string;
  /** Stroke colour. */
  readonly color: string;
  /** Points ascending in mass; a `null` eps breaks the line (e.g. a resonance gap). */
  readonly points: readonly {
    /** m_A′ in GeV. */
    readonly massGeV: number;
    /** eps, or `null` to break the line. */
    readonly epsilon: number | null;
  }[];
  /** Dashed stroke. */
  readonly dashed?: boolean;
  /** Width in px (default 2). */
  readonly width?: number;
  /** Show in the legend (default true). */
  readonly legend?: boolean;
}

/** Everything the figure shows. */
export interface ExclusionFigureSpec {
  /** Title line (e.g. the model). */
  readonly title: string;
  /** Second line under the title (e.g. the benchmark parameters). */
  readonly subtitle?: string;
  /** Mass range on the x axis, GeV. */
  readonly massRangeGeV: readonly [number, number];
  /** eps range on the y axis. */
  readonly epsilonRange: readonly [number, number];
  /** Layers drawn in order (first is at the back). */
  readonly layers: readonly (BandLayer | LineLayer)[];
  /** Width in px (default 960); height is 3/4 of it. */
  readonly widthPx?: number;
}

const FONT = 'DejaVu Sans, Helvetica, Arial, sans-serif';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function fmt(v: number): string {
  return v.toFixed(2);
}

function clampEps(y: LogScale, eps: number): number {
  const [lo, hi] = y.domain;
  return scaleLog(y, Math.min(Math.max(eps, lo * 1e-3), hi * 1e3));
}

function bandPaths(layer: BandLayer, x: LogScale, y: LogScale): string[] {
  const runs: BandPoint[][] = [];
  let run: BandPoint[] = [];
  for (const p of layer.points) {
    if (p.lower !== null) run.push(p);
    else if (run.length > 0) (runs.push(run), (run = []));
  }
  if (run.length > 0) runs.push(run);
  const top = y.domain[1];
  return runs.map((r) => {
    const lower = r.map((p) => `${fmt(scaleLog(x, p.massGeV))},${fmt(clampEps(y, p.lower ?? top))}`);
    const upper = [...r].reverse().map((p) => `${fmt(scaleLog(x, p.massGeV))},${fmt(clampEps(y, p.upper ?? top * 10))}`);
    return `M${[...lower, ...upper].join('L')}Z`;
  });
}

function linePaths(layer: LineLayer, x: LogScale, y: LogScale): string[] {
  const paths: string[] = [];
  let current: string[] = [];
  for (const p of layer.points) {
    if (p.epsilon === null || !(p.epsilon > 0)) {
      if (current.length > 1) paths.push(`M${current.join('L')}`);
      current = [];
      continue;
    }
    current.push(`${fmt(scaleLog(x, p.massGeV))},${fmt(clampEps(y, p.epsilon))}`);
  }
  if (current.length > 1) paths.push(`M${current.join('L')}`);
  return paths;
}

/**
 * Render the exclusion figure as an SVG document (a talk-ready 960×720 picture by default: axis labels with
 * units, decade ticks, legend, clipped plot area).
 * @example
 * renderExclusionFigure({ title: 'iDM', massRangeGeV: [0.03, 8], epsilonRange: [1e-5, 1e-1], layers: [] })
 */
export function renderExclusionFigure(spec: ExclusionFigureSpec): string {
  const width = spec.widthPx ?? 960;
  if (!(Number.isFinite(width) && width >= 200 && width <= 10000)) {
    throw new ParameterError('widthPx', width, '[200, 10000]');
  }
  const height = Math.round(width * 0.75);
  const s = width / 960;
  const margin = { left: 110 * s, right: 30 * s, top: 80 * s, bottom: 80 * s };
  const x = logScale(spec.massRangeGeV, [margin.left, width - margin.right]);
  const y = logScale(spec.epsilonRange, [height - margin.bottom, margin.top]);
  const [x0, x1] = x.range;
  const [y0, y1] = y.range;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`);
  out.push(`<rect width="${width}" height="${height}" fill="white"/>`);
  out.push(`<defs><clipPath id="plot"><rect x="${fmt(x0)}" y="${fmt(y1)}" width="${fmt(x1 - x0)}" height="${fmt(y0 - y1)}"/></clipPath></defs>`);
  out.push('<g clip-path="url(#plot)">');
  for (const layer of spec.layers) {
    const dash = layer.dashed === true ? ` stroke-dasharray="${8 * s},${5 * s}"` : '';
    if (layer.kind === 'band') {
      for (const d of bandPaths(layer, x, y)) {
        out.push(`<path d="${d}" fill="${layer.color}" fill-opacity="${layer.opacity}" stroke="${layer.color}" stroke-width="${1.5 * s}"${dash}/>`);
      }
    } else {
      for (const d of linePaths(layer, x, y)) {
        out.push(`<path d="${d}" fill="none" stroke="${layer.color}" stroke-width="${(layer.width ?? 2) * s}"${dash}/>`);
      }
    }
  }
  out.push('</g>');
  // Frame, ticks and tick labels.
  out.push(`<rect x="${fmt(x0)}" y="${fmt(y1)}" width="${fmt(x1 - x0)}" height="${fmt(y0 - y1)}" fill="none" stroke="black" stroke-width="${1.5 * s}"/>`);
  const tickFont = 20 * s;
  for (const t of logTicks(spec.massRangeGeV)) {
    const px = fmt(scaleLog(x, t.value));
    const len = (t.major ? 10 : 5) * s;
    out.push(`<line x1="${px}" x2="${px}" y1="${fmt(y0)}" y2="${fmt(y0 - len)}" stroke="black"/>`);
    out.push(`<line x1="${px}" x2="${px}" y1="${fmt(y1)}" y2="${fmt(y1 + len)}" stroke="black"/>`);
    if (t.major) out.push(`<text x="${px}" y="${fmt(y0 + 28 * s)}" font-size="${tickFont}" text-anchor="middle">${decadeLabel(t.value)}</text>`);
  }
  for (const t of logTicks(spec.epsilonRange)) {
    const py = fmt(scaleLog(y, t.value));
    const len = (t.major ? 10 : 5) * s;
    out.push(`<line x1="${fmt(x0)}" x2="${fmt(x0 + len)}" y1="${py}" y2="${py}" stroke="black"/>`);
    out.push(`<line x1="${fmt(x1)}" x2="${fmt(x1 - len)}" y1="${py}" y2="${py}" stroke="black"/>`);
    if (t.major) out.push(`<text x="${fmt(x0 - 10 * s)}" y="${fmt(Number(py) + 7 * s)}" font-size="${tickFont}" text-anchor="end">${decadeLabel(t.value)}</text>`);
  }
  // Axis labels and title.
  out.push(`<text x="${fmt((x0 + x1) / 2)}" y="${fmt(height - 22 * s)}" font-size="${24 * s}" text-anchor="middle">m<tspan dy="6" font-size="70%">A′</tspan><tspan dy="-6"> [GeV]</tspan></text>`);
  out.push(`<text x="${fmt(30 * s)}" y="${fmt((y0 + y1) / 2 + 10 * s)}" font-size="${30 * s}" font-style="italic" text-anchor="middle">ε</text>`);
  out.push(`<text x="${fmt(x0)}" y="${fmt(34 * s)}" font-size="${24 * s}" font-weight="bold">${escapeXml(spec.title)}</text>`);
  if (spec.subtitle !== undefined) out.push(`<text x="${fmt(x0)}" y="${fmt(62 * s)}" font-size="${18 * s}">${escapeXml(spec.subtitle)}</text>`);
  // Legend (bottom right inside the frame, on a white box).
  const entries = spec.layers.filter((layer) => layer.legend !== false);
  const rowH = 24 * s;
  const longest = Math.max(0, ...entries.map((layer) => layer.label.length));
  const boxW = (64 + 9.6 * longest) * s; // ≈ 0.56 em per character at 17 px

  const boxH = rowH * entries.length + 12 * s;
  const bx = x1 - boxW - 12 * s;
  const by = y0 - boxH - 12 * s;
  if (entries.length > 0) {
    out.push(`<rect x="${fmt(bx)}" y="${fmt(by)}" width="${fmt(boxW)}" height="${fmt(boxH)}" fill="white" fill-opacity="0.85" stroke="#888"/>`);
  }
  entries.forEach((layer, k) => {
    const ry = by + 6 * s + rowH * k + rowH / 2;
    const dash = layer.dashed === true ? ` stroke-dasharray="${6 * s},${4 * s}"` : '';
    if (layer.kind === 'band') {
      out.push(`<rect x="${fmt(bx + 10 * s)}" y="${fmt(ry - 8 * s)}" width="${fmt(34 * s)}" height="${fmt(16 * s)}" fill="${layer.color}" fill-opacity="${layer.opacity}" stroke="${layer.color}"${dash}/>`);
    } else {
      out.push(`<line x1="${fmt(bx + 10 * s)}" x2="${fmt(bx + 44 * s)}" y1="${fmt(ry)}" y2="${fmt(ry)}" stroke="${layer.color}" stroke-width="${(layer.width ?? 2) * s}"${dash}/>`);
    }
    out.push(`<text x="${fmt(bx + 54 * s)}" y="${fmt(ry + 6 * s)}" font-size="${17 * s}">${escapeXml(layer.label)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
