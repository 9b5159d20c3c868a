/**
 * Sampling of dark-bremsstrahlung kinematics (x = E_A′/E₀, θ, φ) for 100 GeV-class electrons on a target.
 *
 * x: inverse CDF of the IWW dσ/dx (m_e kept, EXPERIMENTS.md §2.3) tabulated once per mass on a uniform grid in
 * u = ln(1 − x) (resolves the peak at x → 1), see `tabulateDistribution`.
 *
 * θ at fixed x: from the double differential of EXPERIMENTS.md §2.3 written in U = E₀²xθ² + U₀,
 * dσ/dU ∝ f(U) = P/U² + Q(C − DU)/U⁴ with P = 1 − x + x²/2, Q = (1 − x)²(m² + 2m_e²), C = m² + m_e²x²/(1 − x),
 * D = x/(1 − x), U₀ = m²(1 − x)/x + m_e²x. Its integral is closed form in w = 1/U; with s = 1/U₀ − 1/U,
 * F(s) = s[P + QC(w₀² − w₀s + s²/3) − QD(w₀ − s/2)], F′(s) = U²f(U) > 0. F(s) = v·F(s_max) is solved by Halley's
 * method (F is a cubic, so F″ is free) from the leading-term solution s = v·s_max, safeguarded by bisection; ≤ 3
 * iterations to round-off (θ ≤ π; the small-angle form makes the tail beyond a few mrad negligible).
 * For the leading P/U² term alone the median is θ_med = (m/E₀)√(1 − x)/x (EXPERIMENTS.md §2.5).
 *
 * @module
 */
import { ELECTRON_MASS_GEV } from '../core/constants.js';
import { ParameterError } from '../core/errors.js';
import { requireInRange, requireInteger, requireNonNegative, requireObject } from '../core/validate.js';
import type { RandomStream } from '../core/random/index.js';
import { requireRandomStream } from '../core/random/stream.js';
import type { FourVector } from '../kinematics/index.js';
import { dSigmaDxUnchecked } from './darkBremCrossSection.js';
import { darkBremRecoilElectronInto } from './darkBremRecoil.js';
import { requireDarkBrem, type DarkBrem } from './darkBremSetup.js';
import { requireTable, sampleTabulated, tabulateDistribution, type TabulatedDistribution } from './tabulatedDistribution.js';

const ME2 = ELECTRON_MASS_GEV * ELECTRON_MASS_GEV;

/** Options of {@link prepareDarkBremSampler}. */
export interface DarkBremSamplerOptions {
  /** Number of grid cells in u = ln(1 − x) (default 1024). */
  readonly cells?: number;
  /** Lower end of the sampled x (default m/E₀), e.g. 0.5 to sample only E_A′ > E₀/2. */
  readonly xMin?: number;
  /** Upper end of the sampled x (default 1 − m_e/E₀). */
  readonly xMax?: number;
}

/** Precomputed per-mass sampler (plain data; build with {@link prepareDarkBremSampler}). */
export interface DarkBremSampler {
  /** The prepared process. */
  readonly darkBrem: DarkBrem;
  /** Lower end of the sampled x. */
  readonly xMin: number;
  /** Upper end of the sampled x. */
  readonly xMax: number;
  /** IWW cross section over [xMin, xMax], GeV⁻². */
  readonly crossSectionGeV2: number;
  /** dσ/du tabulated in u = ln(1 − x). */
  readonly table: TabulatedDistribution;
}

/**
 * Tabulate dσ/du for sampling x.
 * @param darkBrem - from `prepareDarkBrem`
 * @param options - grid size and x range
 * @example const sampler = prepareDarkBremSampler(prepareDarkBrem({ massGeV: 0.1, epsilon: 1e-4 }));
 */
export function prepareDarkBremSampler(darkBrem: DarkBrem, options: DarkBremSamplerOptions = {}): DarkBremSampler {
  requireDarkBrem(darkBrem);
  const o = requireObject('options', options);
  const cells = o['cells'] === undefined ? 1024 : requireInteger('options.cells', o['cells'], 8, 1_000_000);
  const xMin = o['xMin'] === undefined ? darkBrem.xMin : requireInRange('options.xMin', o['xMin'], darkBrem.xMin, darkBrem.xMax);
  const xMax = o['xMax'] === undefined ? darkBrem.xMax : requireInRange('options.xMax', o['xMax'], darkBrem.xMin, darkBrem.xMax);
  if (!(xMin < xMax)) throw new ParameterError('options.xMax', xMax, `(${xMin}, ${darkBrem.xMax}] (above options.xMin)`);
  const density = (u: number): number => {
    const y = Math.exp(u);
    return dSigmaDxUnchecked(darkBrem, -Math.expm1(u), y) * y;
  };
  const table = tabulateDistribution(density, Math.log1p(-xMax), Math.log1p(-xMin), cells);
  const sampler = { darkBrem, xMin, xMax, crossSectionGeV2: table.total, table };
  prepared.add(sampler);
  return sampler;
}

/** Samplers built by {@link prepareDarkBremSampler}; any other object is checked field by field. */
const prepared = new WeakSet<object>();

function requireSampler(sampler: DarkBremSampler): DarkBremSampler {
  if (prepared.has(sampler)) return sampler;
  const o = requireObject('sampler', sampler);
  const d = requireDarkBrem(o['darkBrem'] as DarkBrem, 'sampler.darkBrem');
  const xMin = requireInRange('sampler.xMin', o['xMin'], d.xMin, d.xMax);
  requireInRange('sampler.xMax', o['xMax'], xMin, d.xMax, { lowerOpen: true });
  requireNonNegative('sampler.crossSectionGeV2', o['crossSectionGeV2']);
  requireTable(o['table'] as TabulatedDistribution, 'sampler.table');
  return sampler;
}

/**
 * Inverse CDF of x under dσ/dx: the x below which a fraction v of the (sampled-range) cross section lies.
 * @param sampler - from {@link prepareDarkBremSampler}
 * @param v - cumulative fraction, [0, 1]
 * @example sampleDarkBremX(sampler, 0.5) // the median x (≈ 0.996 for m = 0.1 GeV)
 */
export function sampleDarkBremX(sampler: DarkBremSampler, v: number): number {
  if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new ParameterError('v', v, '[0, 1]');
  requireSampler(sampler);
  // CDF in x increases while u = ln(1 − x) decreases: x(v) = x at u-CDF 1 − v.
  const x = -Math.expm1(sampleTabulated(sampler.table, 1 - v));
  return x < sampler.xMin ? sampler.xMin : x > sampler.xMax ? sampler.xMax : x;
}

/**
 * Inverse CDF of the A′ angle θ (rad) at fixed x under d²σ/(dx dcos θ) (closed-form CDF, Halley iteration).
 * @param darkBrem - from `prepareDarkBrem`
 * @param x - E_A′/E₀, in [m/E₀, 1 − m_e/E₀]
 * @param v - cumulative fraction, [0, 1]
 * @example sampleDarkBremTheta(prepareDarkBrem({ massGeV: 0.1, epsilon: 1 }), 0.9, 0.5) // 3.514e-4 (median)
 */
export function sampleDarkBremTheta(darkBrem: DarkBrem, x: number, v: number): number {
  requireDarkBrem(darkBrem);
  if (typeof x !== 'number' || !(x >= darkBrem.xMin && x <= darkBrem.xMax)) throw new ParameterError('x', x, `[${darkBrem.xMin}, ${darkBrem.xMax}]`);
  if (typeof v !== 'number' || !(v >= 0 && v <= 1)) throw new ParameterError('v', v, '[0, 1]');
  const { massGeV: m, beamEnergyGeV: e0 } = darkBrem;
  const y = 1 - x;
  const mm = m * m + 2 * ME2;
  const p = 1 - x + (x * x) / 2;
  const qc = y * y * mm * m * m + y * mm * ME2 * x * x;
  const qd = y * x * mm;
  const u0 = (m * m * y) / x + ME2 * x;
  const w0 = 1 / u0;
  const scale = e0 * e0 * x;
  const uSpan = scale * Math.PI * Math.PI; // U(θ = π) − U₀
  const sMax = uSpan / (u0 * (uSpan + u0));
  const target = v * angularCdf(sMax, w0, p, qc, qd);
  let lo = 0;
  let hi = sMax;
  let s = v * sMax; // exact for the leading P/U² term
  for (let i = 0; i < 100; i++) {
    const g = angularCdf(s, w0, p, qc, qd) - target;
    const w = w0 - s;
    const d1 = p + qc * w * w - qd * w; // F′(s) > 0
    const d2 = qd - 2 * qc * w; // F″(s)
    if (g > 0) hi = s;
    else lo = s;
    // Halley step (cubic convergence): after a relative step ≤ 1e-6 the error is ~1e-18 relative.
    const ds = (2 * g * d1) / (2 * d1 * d1 - g * d2);
    const next = s - ds;
    if (Math.abs(ds) <= 1e-6 * s || ds === 0) {
      if (next >= lo && next <= hi) s = next;
      break;
    }
    s = next > lo && next < hi ? next : 0.5 * (lo + hi);
  }
  const theta = Math.sqrt(s / ((w0 - s) * w0 * scale));
  return theta > Math.PI ? Math.PI : theta;
}

/**
 * Sample one A′: x from dσ/dx, θ from the double differential at that x, φ uniform; writes the A′ lab
 * four-momentum (E = xE₀, |k| = √(E² − m²) along (θ, φ) about the beam axis +z) at `out[offset..offset+3]`, GeV.
 * Three draws from `random`. If `recoilOut` is given, also writes the recoil electron there (model of
 * `darkBremRecoilElectronInto`: E_e = E₀ − E_A′, p⃗⊥ balanced). Allocation-free.
 * @param out - destination buffer (room for 4 numbers)
 * @param offset - index of the A′ energy
 * @param sampler - from {@link prepareDarkBremSampler}
 * @param random - uniform source in [0, 1)
 * @param recoilOut - optional destination of the recoil electron four-momentum
 * @param recoilOffset - index of the electron energy in `recoilOut` (default 0)
 * @returns the sampled x
 * @example
 * const out = new Float64Array(4);
 * const x = sampleDarkBremInto(out, 0, sampler, createRandomStream(3));
 */
export function sampleDarkBremInto(
  out: Float64Array,
  offset: number,
  sampler: DarkBremSampler,
  random: RandomStream,
  recoilOut?: Float64Array,
  recoilOffset = 0,
): number {
  if (!(out instanceof Float64Array)) throw new ParameterError('out', out, 'a Float64Array');
  if (!(offset >= 0 && offset + 4 <= out.length && (offset | 0) === offset)) {
    throw new ParameterError('offset', offset, `an integer in [0, ${out.length - 4}]`);
  }
  const d = requireSampler(sampler).darkBrem;
  requireRandomStream('random', random);
  const x = sampleDarkBremX(sampler, random.next());
  const theta = sampleDarkBremTheta(d, x, random.next());
  const phi = 2 * Math.PI * random.next();
  const e = x * d.beamEnergyGeV;
  const k = Math.sqrt(Math.max(0, (e - d.massGeV) * (e + d.massGeV)));
  const st = Math.sin(theta);
  out[offset] = e;
  out[offset + 1] = k * st * Math.cos(phi);
  out[offset + 2] = k * st * Math.sin(phi);
  out[offset + 3] = k * Math.cos(theta);
  if (recoilOut !== undefined) darkBremRecoilElectronInto(recoilOut, recoilOffset, d, out, offset);
  return x;
}

/** F(s) of the module comment: ∫ f dU from U₀ to U = 1/(w₀ − s). */
function angularCdf(s: number, w0: number, p: number, qc: number, qd: number): number {
  return s * (p + qc * (w0 * w0 - w0 * s + (s * s) / 3) - qd * (w0 - s / 2));
}

/** One sampled dark-bremsstrahlung A′ (convenience form of {@link sampleDarkBremInto}). */
export interface DarkBremEvent {
  /** x = E_A′/E₀. */
  readonly x: number;
  /** A′ angle to the beam, rad. */
  readonly theta: number;
  /** A′ lab four-momentum, GeV. */
  readonly darkPhoton: FourVector;
}

/**
 * Sample one A′ and return it as plain data (allocates; use {@link sampleDarkBremInto} in loops).
 * @param sampler - from {@link prepareDarkBremSampler}
 * @param random - uniform source in [0, 1)
 * @example sampleDarkBrem(sampler, createRandomStream(3)).x
 */
export function sampleDarkBrem(sampler: DarkBremSampler, random: RandomStream): DarkBremEvent {
  const out = new Float64Array(4);
  const x = sampleDarkBremInto(out, 0, sampler, random);
  const pt = Math.hypot(out[1]!, out[2]!);
  return { x, theta: Math.atan2(pt, out[3]!), darkPhoton: [out[0]!, out[1]!, out[2]!, out[3]!] };
}
