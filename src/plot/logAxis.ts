/**
 * Logarithmic axes for SVG figures: a log scale (value → pixel) and decade/minor tick positions.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';

/** A map from a positive data value to a pixel coordinate on a logarithmic axis. */
export interface LogScale {
  /** Data range [min, max] (both > 0, min < max). */
  readonly domain: readonly [number, number];
  /** Pixel range [start, end] (end may be < start for a y axis pointing up). */
  readonly range: readonly [number, number];
}

/**
 * Build a log scale; throws a ParameterError unless 0 < min < max are finite.
 * @example logScale([0.01, 10], [60, 760])
 */
export function logScale(domain: readonly [number, number], range: readonly [number, number]): LogScale {
  const [lo, hi] = domain;
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo > 0 && hi > lo)) {
    throw new ParameterError('domain', domain, 'finite [min, max] with 0 < min < max');
  }
  return { domain, range };
}

/**
 * Pixel coordinate of a value on a log scale (values outside the domain extrapolate linearly in log).
 * @example scaleLog(logScale([1, 100], [0, 200]), 10) // 100
 */
export function scaleLog(scale: LogScale, value: number): number {
  const [lo, hi] = scale.domain;
  const [p0, p1] = scale.range;
  const t = Math.log(value / lo) / Math.log(hi / lo);
  return p0 + t * (p1 - p0);
}

/** One tick on a log axis. */
export interface LogTick {
  /** Data value of the tick. */
  readonly value: number;
  /** Whether it is a decade (major, labelled) tick. */
  readonly major: boolean;
}

/**
 * Decade ticks (major) and 2..9 × decade ticks (minor) within the domain, ascending.
 * @example logTicks([0.03, 8]).filter((t) => t.major).map((t) => t.value) // [0.1, 1]
 */
export function logTicks(domain: readonly [number, number]): LogTick[] {
  const [lo, hi] = domain;
  const ticks: LogTick[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (let k = 1; k <= 9; k++) {
      const value = k * 10 ** e;
      if (value >= lo * (1 - 1e-12) && value <= hi * (1 + 1e-12)) ticks.push({ value, major: k === 1 });
    }
  }
  return ticks;
}

/**
 * Label of a decade value as a power of ten in SVG text (`10` with a superscript exponent via tspan),
 * or a plain number for 0.1 … 1000.
 * @example decadeLabel(0.01) // '10<tspan dy="-7" font-size="70%">−2</tspan>'
 */
export function decadeLabel(value: number): string {
  const e = Math.round(Math.log10(value));
  if (e >= -1 && e <= 3) return String(10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e));
  const exponent = e < 0 ? `\u2212${-e}` : String(e);
  return `10<tspan dy="-7" font-size="70%">${exponent}</tspan>`;
}
