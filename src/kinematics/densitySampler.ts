/**
 * Unweighted sampling of a one-dimensional density f(x) ≥ 0 on [lower, upper] (e.g. the q² density
 * dΓ/dq² of a three-body decay, THEORY §3.6 step 1) by accept–reject under an adaptive piecewise-constant
 * envelope, with the envelope cell drawn in O(1) by Walker's alias method.
 *
 * Method (our own construction; alias tables: A. J. Walker, ACM TOMS 3 (1977) 253, in the stable form of
 * M. D. Vose, IEEE TSE 17 (1991) 972):
 * - Variable: x = lower + (upper − lower)·(3t² − 2t³), t ∈ [0, 1] (the smooth-step map of the width
 *   quadratures, widths/darkFermionThreeBodyIntegral.ts). Its Jacobian 6t(1 − t)(upper − lower) vanishes at
 *   both ends, so square-root thresholds of f (q² → 4m_ℓ², q² → (m_j − m_i)²) become smooth zeros of
 *   g(t) = f(x(t)) x′(t). Breakpoints (e.g. narrow resonances) become cell edges.
 * - Envelope: per cell, g at 9 equally spaced points; bound B = max g + max |second difference| + 10⁻³ max g
 *   (the linear-interpolation error between samples is ≤ |second difference|/8, so this is ~8× safe for any
 *   g that is smooth on the scale of the samples). A cell whose excess ∫(B − g) exceeds 1% of both its own
 *   ∫g and its share of the total (total × width) is halved (at most 24 times, 2¹⁶ cells): the envelope is
 *   then ≤ 1.02 × ∫g, i.e. ≥ 98% acceptance.
 * - Squeeze: per cell also a floor F = max(0, min g − max |second difference| − 10⁻³ max g) ≤ g.
 * - Sampling (accept–reject with a squeeze, as in Marsaglia & Tsang's ziggurat, J. Stat. Softw. 5 (2000) 8):
 *   one uniform picks cell i by alias and, from its residual (itself uniform), a point under the envelope:
 *   with probability F_i/B_i it lies under the floor and t is accepted at once (no density call, one
 *   uniform in all); otherwise t is uniform in the cell and y uniform in [F_i, B_i] is accepted if y < g(t).
 *   This is exactly accept–reject of (t, y) uniform under the envelope: exact, unweighted
 *   draws from f as long as B bounds g, which the construction guarantees for densities that are smooth
 *   between breakpoints (the lepton and hadron q² densities of this library are). A drawn point where g(t) > B_i
 *   (an envelope that does not bound its density) throws a ConvergenceError instead of biasing the sample.
 *
 * @module
 */
import { ConvergenceError, ParameterError } from '../core/errors.js';
import type { RandomStream } from '../core/random/index.js';
import { requireRandomStream } from '../core/random/stream.js';
import { requireFinite, requireFunction, requireInteger, requireObject } from '../core/validate.js';
import { aliasTable } from './aliasTable.js';

/** A prepared sampler of a one-dimensional density (plain data; build with {@link prepareDensitySampler}). */
export interface DensitySampler {
  /** Lower end of x. */
  readonly lower: number;
  /** Upper end of x. */
  readonly upper: number;
  /** The density f(x) (any units; only its shape matters). */
  readonly density: (x: number) => number;
  /** Number of envelope cells. */
  readonly cells: number;
  /** Left edge of each cell in t. */
  readonly cellStart: Float64Array;
  /** Width of each cell in t. */
  readonly cellWidth: Float64Array;
  /** Envelope height of g(t) = f(x(t)) x′(t) in each cell. */
  readonly cellBound: Float64Array;
  /** Floor of g in each cell divided by the envelope height (the squeeze: draws below it need no density call). */
  readonly cellFloorFraction: Float64Array;
  /** Alias-table acceptance probability of each cell. */
  readonly aliasProbability: Float64Array;
  /** Alias-table alternative of each cell. */
  readonly alias: Int32Array;
  /** ∫ f dx over [lower, upper] by the trapezoid rule on the envelope samples (a by-product; ≲ 1e-3 relative). */
  readonly integral: number;
  /** ∫ envelope dt (≥ integral); integral / envelopeIntegral is the expected acceptance. */
  readonly envelopeIntegral: number;
}

/** Options of {@link prepareDensitySampler}. */
export interface DensitySamplerOptions {
  /** Number of initial cells (default 128; refinement adds more where needed). */
  readonly cells?: number;
  /** Points of x inside (lower, upper) that must be cell edges (e.g. squared masses of narrow resonances). */
  readonly breakpoints?: readonly number[];
}

const SUB = 8;
const MAX_DEPTH = 24;
const MAX_CELLS = 1 << 16;
const EXCESS = 0.01;

/** x(t) of the smooth-step map, evaluated from the nearer end to keep the distance to it exact. */
function xOf(lower: number, upper: number, t: number): number {
  const len = upper - lower;
  return t <= 0.5 ? lower + len * t * t * (3 - 2 * t) : upper - len * (1 - t) * (1 - t) * (1 + 2 * t);
}

/** g(t) = f(x(t)) x′(t), 0 for a non-finite or negative density. */
function gOf(s: Pick<DensitySampler, 'lower' | 'upper' | 'density'>, t: number): number {
  const v = s.density(xOf(s.lower, s.upper, t)) * 6 * (s.upper - s.lower) * t * (1 - t);
  return v > 0 && v < Infinity ? v : 0;
}

/** t of x: inverse of the smooth step, t = ½ − sin(asin(1 − 2s)/3) with s = (x − lower)/(upper − lower). */
function tOf(lower: number, upper: number, x: number): number {
  const s = (x - lower) / (upper - lower);
  return 0.5 - Math.sin(Math.asin(1 - 2 * s) / 3);
}

/**
 * Prepare the envelope of a density on [lower, upper] (see the module comment for the method).
 * @param density - f(x) ≥ 0 (negative or non-finite values count as 0)
 * @param lower - lower end of x (finite)
 * @param upper - upper end of x (finite, > lower)
 * @param options - initial cell count and breakpoints
 * @returns the sampler
 * @throws ParameterError naming `density`, `lower`, `upper`, `options.cells`; or `density` when f vanishes everywhere
 * @example
 * const s = prepareDensitySampler((x) => x * (1 - x), 0, 1);
 * sampleDensity(s, createRandomStream(1)); // a draw from the Beta(2, 2) shape
 */
export function prepareDensitySampler(
  density: (x: number) => number,
  lower: number,
  upper: number,
  options: DensitySamplerOptions = {},
): DensitySampler {
  const f = requireFunction<(x: number) => number>('density', density);
  const lo = requireFinite('lower', lower);
  const hi = requireFinite('upper', upper);
  if (!(hi > lo)) throw new ParameterError('upper', hi, `a finite number > lower = ${lo}`);
  if (!Number.isFinite(hi - lo)) throw new ParameterError('upper', hi, `a finite number with upper - lower finite (lower = ${lo})`);
  const o = requireObject('options', options);
  const n0 = o['cells'] === undefined ? 128 : requireInteger('options.cells', o['cells'], 1, 1 << 14);
  const breakpoints = o['breakpoints'] ?? [];
  if (!Array.isArray(breakpoints)) throw new ParameterError('options.breakpoints', breakpoints, 'an array of finite numbers');
  const base = { lower: lo, upper: hi, density: f };
  const edges = [0, 1];
  for (let k = 1; k < n0; k++) edges.push(k / n0);
  for (let k = 0; k < breakpoints.length; k++) {
    const b = requireFinite(`options.breakpoints[${k}]`, breakpoints[k]);
    if (b > lo && b < hi) edges.push(tOf(lo, hi, b));
  }
  edges.sort((a, b) => a - b);
  const starts: number[] = [];
  const widths: number[] = [];
  const bounds: number[] = [];
  const floors: number[] = [];
  let integral = 0;
  // First pass: the total for the refinement threshold. Each initial cell's samples and area are kept, so the
  // refinement below starts from them instead of evaluating the density there again (a fifth of all calls).
  const initial = edges.length - 1;
  const initialValues = new Float64Array(initial * (SUB + 1));
  const initialArea = new Float64Array(initial);
  let total = 0;
  for (let k = 0; k < initial; k++) {
    initialArea[k] = trapezoid(base, edges[k]!, edges[k + 1]! - edges[k]!, initialValues.subarray(k * (SUB + 1), (k + 1) * (SUB + 1)));
    total += initialArea[k]!;
  }
  if (!(total > 0 && total < Infinity)) throw new ParameterError('density', total, `a density with a positive, finite integral over [${lo}, ${hi}]`);
  // Cells to visit: [t0, h, depth, initial cell index or −1 for a refined cell].
  const stack: [number, number, number, number][] = [];
  for (let k = initial - 1; k >= 0; k--) if (edges[k + 1]! > edges[k]!) stack.push([edges[k]!, edges[k + 1]! - edges[k]!, 0, k]);
  let values = new Float64Array(SUB + 1);
  const scratch = values;
  while (stack.length > 0) {
    const [t0, h, depth, cell] = stack.pop()!;
    let area: number;
    if (cell >= 0) {
      values = initialValues.subarray(cell * (SUB + 1), (cell + 1) * (SUB + 1));
      area = initialArea[cell]!;
    } else {
      values = scratch;
      area = trapezoid(base, t0, h, values);
    }
    let max = 0;
    let curvature = 0;
    let min = Infinity;
    for (let k = 0; k <= SUB; k++) {
      max = Math.max(max, values[k]!);
      min = Math.min(min, values[k]!);
    }
    for (let k = 1; k < SUB; k++) curvature = Math.max(curvature, Math.abs(values[k - 1]! - 2 * values[k]! + values[k + 1]!));
    const bound = max + curvature + 1e-3 * max;
    if (bound * h - area > EXCESS * Math.max(area, total * h) && depth < MAX_DEPTH && starts.length + stack.length < MAX_CELLS) {
      stack.push([t0 + h / 2, h / 2, depth + 1, -1], [t0, h / 2, depth + 1, -1]);
      continue;
    }
    starts.push(t0);
    widths.push(h);
    bounds.push(bound);
    floors.push(bound > 0 ? Math.max(0, min - curvature - 1e-3 * max) / bound : 0);
    integral += area;
  }
  // A Float64Array (not starts.map(...)): a plain array of cell masses is small-integer or double depending on
  // whether every mass is an integer (0 where the density vanishes), and each switch deoptimised this function.
  const mass = new Float64Array(starts.length);
  let envelopeIntegral = 0;
  for (let i = 0; i < mass.length; i++) {
    mass[i] = widths[i]! * bounds[i]!;
    envelopeIntegral += mass[i]!;
  }
  if (!(envelopeIntegral < Infinity && integral < Infinity)) {
    throw new ParameterError('density', integral, `a density whose integral and envelope over [${lo}, ${hi}] are finite`);
  }
  const table = aliasTable(mass);
  const sampler: DensitySampler = {
    ...base,
    cells: starts.length,
    cellStart: Float64Array.from(starts),
    cellWidth: Float64Array.from(widths),
    cellBound: Float64Array.from(bounds),
    cellFloorFraction: Float64Array.from(floors),
    aliasProbability: table.probability,
    alias: table.alias,
    integral,
    envelopeIntegral,
  };
  prepared.add(sampler);
  return sampler;
}

/** Samplers made by {@link prepareDensitySampler}: trusted by identity. */
const prepared = new WeakSet<object>();

/** Throws a ParameterError naming `name` unless `typed` is a Float64Array of at least `n` entries in [lo, hi]. */
function requireCells(name: string, typed: unknown, n: number, lo: number, hi: number): void {
  if (!(typed instanceof Float64Array) || typed.length < n) throw new ParameterError(name, typed, `a Float64Array of length >= ${n}`);
  for (let i = 0; i < n; i++) {
    const v = typed[i]!;
    if (!(v >= lo && v <= hi)) throw new ParameterError(`${name}[${i}]`, v, `[${lo}, ${hi}]`);
  }
}

/**
 * Throw a ParameterError naming the field unless `sampler` is a prepared sampler or a structurally valid copy.
 * @internal
 */
export function requireDensitySampler(sampler: unknown, name = 'sampler'): DensitySampler {
  if (prepared.has(sampler as object)) return sampler as DensitySampler;
  const o = requireObject(name, sampler);
  const lo = requireFinite(`${name}.lower`, o['lower']);
  const hi = requireFinite(`${name}.upper`, o['upper']);
  if (!(hi > lo) || !Number.isFinite(hi - lo)) throw new ParameterError(`${name}.upper`, hi, `a finite number > lower = ${lo}`);
  requireFunction(`${name}.density`, o['density']);
  const n = requireInteger(`${name}.cells`, o['cells'], 1, MAX_CELLS + (1 << 14));
  requireCells(`${name}.cellStart`, o['cellStart'], n, 0, 1);
  requireCells(`${name}.cellWidth`, o['cellWidth'], n, 0, 1);
  requireCells(`${name}.cellBound`, o['cellBound'], n, 0, Number.MAX_VALUE);
  requireCells(`${name}.cellFloorFraction`, o['cellFloorFraction'], n, 0, 1);
  requireCells(`${name}.aliasProbability`, o['aliasProbability'], n, 0, 1);
  const start = o['cellStart'] as Float64Array;
  const width = o['cellWidth'] as Float64Array;
  for (let i = 0; i < n; i++) {
    if (!(start[i]! + width[i]! <= 1)) throw new ParameterError(`${name}.cellWidth[${i}]`, width[i], `<= 1 - cellStart[${i}]`);
  }
  const alias = o['alias'];
  if (!(alias instanceof Int32Array) || alias.length < n) throw new ParameterError(`${name}.alias`, alias, `an Int32Array of length >= ${n}`);
  for (let i = 0; i < n; i++) {
    if (!(alias[i]! >= 0 && alias[i]! < n)) throw new ParameterError(`${name}.alias[${i}]`, alias[i], `an integer in [0, ${n - 1}]`);
  }
  return sampler as DensitySampler;
}

/** Trapezoid integral of g over [t0, t0 + h] on SUB intervals; fills `values` with the SUB + 1 samples. */
function trapezoid(s: Pick<DensitySampler, 'lower' | 'upper' | 'density'>, t0: number, h: number, values: Float64Array): number {
  let sum = 0;
  for (let k = 0; k <= SUB; k++) {
    const v = gOf(s, t0 + (h * k) / SUB);
    values[k] = v;
    sum += k === 0 || k === SUB ? v / 2 : v;
  }
  return (sum * h) / SUB;
}

/** Trials after which {@link sampleDensity} gives up (never reached for a valid envelope: acceptance ≥ 50%). */
const MAX_TRIALS = 10_000;

/**
 * Draw one x from the density (exact, unweighted; ~1.05 uniforms and ~0.05 density calls per draw for a well-resolved density).
 * Allocation-free.
 * @param sampler - from {@link prepareDensitySampler}
 * @param random - uniform source in [0, 1)
 * @returns x in (lower, upper)
 * @throws ParameterError naming a field of a corrupted sampler, or `random` without a next() method
 * @throws ConvergenceError if 10⁴ trials in a row are rejected (an envelope that does not match its density)
 * @example sampleDensity(prepareDensitySampler((x) => Math.exp(-x), 0, 5), createRandomStream(2)) // ~Exp(1) on [0, 5]
 */
export function sampleDensity(sampler: DensitySampler, random: RandomStream): number {
  requireDensitySampler(sampler);
  requireRandomStream('random', random);
  const x = sampleDensityUnchecked(sampler, random);
  if (!Number.isFinite(x)) throw new ParameterError('random', random, 'a RandomStream whose next() returns numbers in [0, 1)');
  return x;
}

/**
 * {@link sampleDensity} without validation (the Monte Carlo's inner loops, on prepared samplers).
 * @internal
 */
export function sampleDensityUnchecked(sampler: DensitySampler, random: RandomStream): number {
  return sampleDensityFromUniformUnchecked(sampler, random.next(), random);
}

/**
 * {@link sampleDensityUnchecked} whose first trial uses the given uniform `u` ∈ [0, 1) (drawn by the caller, e.g.
 * in a block with others). The uniform picks slot ⌊u n⌋ of the alias table and, rescaled, a point under the
 * envelope: its remainder f ∈ [0, 1) keeps cell i = slot when f < q (then f is uniform in [0, q)) and takes the
 * alias cell otherwise (f − q uniform in [0, 1 − q)); the choice is made without a branch (the two outcomes are
 * about equally likely, so a branch would be mispredicted half the time). The point lies under the squeeze when
 * f < width·F_i, and then t = start + cellWidth·f/(width·F_i) is accepted at once: this common path is small
 * enough for the JIT to inline (the rest is {@link sampleDensityAboveSqueeze}).
 * @internal
 */
export function sampleDensityFromUniformUnchecked(sampler: DensitySampler, u: number, random: RandomStream): number {
  const scaled = u * sampler.cells;
  const slot = Math.floor(scaled);
  const q = sampler.aliasProbability[slot]!;
  const remainder = scaled - slot;
  const takeAlias = Number(remainder >= q); // 0 or 1, without a branch
  const i = slot + takeAlias * (sampler.alias[slot]! - slot);
  const f = remainder - takeAlias * q;
  const width = (1 - takeAlias) * q + takeAlias * (1 - q); // q or 1 − q, exactly
  const floor = width * sampler.cellFloorFraction[i]!;
  if (f < floor) return xOf(sampler.lower, sampler.upper, sampler.cellStart[i]! + (sampler.cellWidth[i]! * f) / floor);
  return sampleDensityAboveSqueeze(sampler, i, (f - floor) / (width - floor), random);
}

/**
 * The rest of {@link sampleDensityFromUniformUnchecked}: the point t = start + cellWidth·r (r ∈ [0, 1) uniform) of
 * cell i lies above the squeeze; its height y, uniform in [F_i, 1] times the envelope B_i, takes one uniform and is
 * accepted when y < g(t); otherwise whole new trials follow (alias cell, position, squeeze, height).
 * @throws ConvergenceError after 10⁴ consecutive rejections, or when the density exceeds its envelope at a drawn
 *   point (accept–reject would no longer be exact)
 */
function sampleDensityAboveSqueeze(sampler: DensitySampler, cell: number, r: number, random: RandomStream): number {
  const { lower, upper, cellStart, cellWidth, cellBound, cellFloorFraction } = sampler;
  const len = upper - lower;
  let i = cell;
  let position = r;
  for (let trial = 0; trial < MAX_TRIALS; trial++) {
    if (trial > 0) {
      // A new trial from scratch: slot, alias, squeeze as in sampleDensityFromUniformUnchecked.
      const scaled = random.next() * sampler.cells;
      const slot = Math.floor(scaled);
      const q = sampler.aliasProbability[slot]!;
      let f = scaled - slot;
      let width = q;
      i = slot;
      if (!(f < q)) {
        f -= q;
        width = 1 - q;
        i = sampler.alias[slot]!;
      }
      const floor = width * cellFloorFraction[i]!;
      if (f < floor) return xOf(lower, upper, cellStart[i]! + (cellWidth[i]! * f) / floor);
      position = (f - floor) / (width - floor);
    }
    const t = cellStart[i]! + cellWidth[i]! * position;
    const x = xOf(lower, upper, t);
    const bound = cellBound[i]!;
    const g = sampler.density(x) * 6 * len * t * (1 - t);
    if (g > bound) throw new ConvergenceError('sampleDensity', `the density exceeds its envelope at x = ${x} (g = ${g} > ${bound})`);
    const fraction = cellFloorFraction[i]!;
    if (bound * (fraction + (1 - fraction) * random.next()) < g) return x;
  }
  throw new ConvergenceError('sampleDensity', `${MAX_TRIALS} consecutive rejections (envelope does not match the density)`);
}
