/**
 * A one-dimensional distribution tabulated on a uniform grid for fast inverse-CDF sampling: exact cell
 * probabilities (adaptive quadrature of the density over each cell) select a cell through a guide table (the
 * cell holding each quantile k/cells, then a short forward scan: O(1) on average), and inside
 * the cell the density is taken linear between its end values (exact inversion of a linear density), so the
 * sampled shape is exact to second order in the cell width.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { integrate } from '../core/numerics/index.js';
import { requireFinite, requireFunction, requireInteger, requireObject, requirePositive } from '../core/validate.js';

/** A tabulated density on [lower, lower + cells·step] (plain data). */
export interface TabulatedDistribution {
  /** Lower end of the variable. */
  readonly lower: number;
  /** Cell width. */
  readonly step: number;
  /** Number of cells. */
  readonly cells: number;
  /** Normalised cumulative probability at the cell edges (cells + 1 values, 0 … 1). */
  readonly cdf: Float64Array;
  /** Density at the cell edges (cells + 1 values, un-normalised, ≥ 0). */
  readonly density: Float64Array;
  /** Integral of the density over the whole range (in the density's units × the variable's units). */
  readonly total: number;
  /** Guide table: guide[j] = the last cell i with cdf[i] ≤ j/cells (cells values). */
  readonly guide: Int32Array;
}

/**
 * Tabulate a non-negative density f on [lower, upper] with `cells` uniform cells.
 * @param f - density (finite, ≥ 0)
 * @param lower - lower end
 * @param upper - upper end (> lower)
 * @param cells - number of cells (integer, 1 … 10⁶)
 * @param relTol - relative tolerance of each cell integral (default 1e-10)
 * @example tabulateDistribution((t) => Math.exp(-t), 0, 5, 64).total // 1 − e⁻⁵
 */
export function tabulateDistribution(
  f: (t: number) => number,
  lower: number,
  upper: number,
  cells: number,
  relTol = 1e-10,
): TabulatedDistribution {
  requireFunction('f', f);
  requireFinite('lower', lower);
  requireFinite('upper', upper);
  if (!(upper > lower)) throw new ParameterError('upper', upper, `(${lower}, ∞)`);
  requireInteger('cells', cells, 1, 1_000_000);
  const step = (upper - lower) / cells;
  const cdf = new Float64Array(cells + 1);
  const density = new Float64Array(cells + 1);
  for (let i = 0; i <= cells; i++) density[i] = checkDensity(f(i === cells ? upper : lower + i * step));
  let total = 0;
  for (let i = 0; i < cells; i++) {
    const a = lower + i * step;
    const b = i + 1 === cells ? upper : a + step;
    total += integrate(f, a, b, { relTol, absTol: 0 }).value;
    cdf[i + 1] = total;
  }
  if (!(total > 0 && total < Infinity)) throw new ParameterError('f', total, 'a density with a finite, positive integral');
  for (let i = 1; i <= cells; i++) cdf[i] = cdf[i]! / total;
  cdf[cells] = 1;
  const guide = new Int32Array(cells);
  let i = 0;
  for (let j = 0; j < cells; j++) {
    while (i + 1 < cells && cdf[i + 1]! <= j / cells) i++;
    guide[j] = i;
  }
  const table = { lower, step, cells, cdf, density, total, guide };
  tabulated.add(table);
  return table;
}

/** Tables built by {@link tabulateDistribution} (trusted); anything else is checked field by field. */
const tabulated = new WeakSet<object>();

/**
 * Check a {@link TabulatedDistribution} handed back by a caller: a table from {@link tabulateDistribution}
 * passes at once; any other object must have the same consistent fields (finite, cdf from 0 to 1, guide in
 * range), else a ParameterError names the field.
 * @internal
 * @example requireTable(tabulateDistribution(() => 1, 0, 1, 4)) // the same table
 */
export function requireTable(table: TabulatedDistribution, name = 'table'): TabulatedDistribution {
  if (tabulated.has(table)) return table;
  const o = requireObject(name, table);
  requireFinite(`${name}.lower`, o['lower']);
  requirePositive(`${name}.step`, o['step']);
  const cells = requireInteger(`${name}.cells`, o['cells'], 1, 1_000_000);
  if (!Number.isFinite((o['lower'] as number) + cells * (o['step'] as number))) {
    throw new ParameterError(`${name}.step`, o['step'], 'a cell width for which the upper end is finite');
  }
  requirePositive(`${name}.total`, o['total']);
  const cdf = o['cdf'];
  const density = o['density'];
  const guide = o['guide'];
  if (!(cdf instanceof Float64Array) || cdf.length !== cells + 1 || cdf[0] !== 0 || cdf[cells] !== 1 || !cdf.every((c, i) => c >= (cdf[i - 1] ?? 0) && c <= 1)) {
    throw new ParameterError(`${name}.cdf`, cdf, `a Float64Array of ${cells + 1} non-decreasing values from 0 to 1`);
  }
  if (!(density instanceof Float64Array) || density.length !== cells + 1 || !density.every((d) => d >= 0 && d < Infinity)) {
    throw new ParameterError(`${name}.density`, density, `a Float64Array of ${cells + 1} finite values >= 0`);
  }
  if (!(guide instanceof Int32Array) || guide.length !== cells || !guide.every((g) => g >= 0 && g < cells)) {
    throw new ParameterError(`${name}.guide`, guide, `an Int32Array of ${cells} cell indices`);
  }
  return table;
}

/**
 * Inverse CDF of a tabulated distribution: the value below which a fraction `v` of the probability lies.
 * @param table - from {@link tabulateDistribution}
 * @param v - cumulative fraction, [0, 1]
 * @example sampleTabulated(tabulateDistribution((t) => 1, 0, 2, 4), 0.25) // 0.5
 */
export function sampleTabulated(table: TabulatedDistribution, v: number): number {
  if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new ParameterError('v', v, '[0, 1]');
  requireTable(table);
  const { cdf, density, cells } = table;
  const j = Math.floor(v * cells);
  let lo = table.guide[j < cells ? j : cells - 1]!;
  while (lo + 1 < cells && cdf[lo + 1]! <= v) lo++;
  const c0 = cdf[lo]!;
  const mass = cdf[lo + 1]! - c0;
  const w = mass > 0 ? Math.min(1, (v - c0) / mass) : 0.5;
  const f0 = density[lo]!;
  const f1 = density[lo + 1]!;
  // Linear density f0 + (f1 − f0)t on [0, 1]: ∫₀ᵗ = w·(f0 + f1)/2, solved in the cancellation-free form.
  const den = f0 + Math.sqrt(f0 * f0 + w * (f1 * f1 - f0 * f0));
  const t = den > 0 ? (w * (f0 + f1)) / den : w;
  return table.lower + (lo + t) * table.step;
}

function checkDensity(value: number): number {
  if (!(value >= 0 && value < Infinity)) throw new ParameterError('f', value, 'a finite density >= 0');
  return value;
}
