/**
 * Sampling of e+e− → γA′ events: cos θ*_γ from dσ/dcos θ* inside a window by an exact inverse CDF, φ uniform,
 * and the boost of both momenta to the lab. Everything that depends only on the mass is precomputed once in a
 * plain-data sampler; the per-event kernel allocates nothing.
 *
 * Inverse CDF (derived from EXPERIMENTS.md §1.3): with y = artanh c, the cumulative cross section is
 * G(y) − G(y₁), G(y) = A·y − B·tanh y, A = 2(1 + r²)/(1 − r), B = 1 − r, r = m²/s. G′ = A − B sech²y ≥ A − B > 0
 * and B/A ≤ ½, so G is nearly linear in y. The per-mass sampler stores the solution y(u) at 65 equally spaced u;
 * linear interpolation of that table (error ≲ 10⁻⁵) starts Newton's method (safeguarded by bisection on the bracket
 * [y₁, y₂]), which then needs two steps (two tanh) to reach round-off.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import type { RandomStream } from '../core/random/index.js';
import { requireRandomStream } from '../core/random/stream.js';
import { requireFinite, requireObject, requirePositive } from '../core/validate.js';
import type { FourVector } from '../kinematics/index.js';
import { BABAR_BEAMS, type CollidingBeams } from './babarBeams.js';
import { eeToGammaAPrimeCrossSection } from './eeToGammaAPrimeCrossSection.js';
import { eeToGammaAPrimeKinematics, eeToGammaAPrimeLabInto, eeToGammaAPrimeLabUncheckedInto, type EeToGammaAPrimeKinematics } from './eeToGammaAPrimeKinematics.js';
import {
  BABAR_COS_WINDOW,
  resolveEeParameters,
  resolveWindow,
  type CosThetaWindow,
} from './eeToGammaAPrimeParameters.js';

/** What {@link prepareEeToGammaAPrimeSampler} needs. */
export interface EeToGammaAPrimeSamplerOptions {
  /** m_A′, GeV, in [0, √s). */
  readonly massGeV: number;
  /** Kinetic mixing ε in (0, 1] (only sets {@link EeToGammaAPrimeSampler.crossSectionGeV2}; default 1). */
  readonly epsilon?: number;
  /** Photon window in cos θ* (default {@link BABAR_COS_WINDOW}). */
  readonly window?: CosThetaWindow;
  /** Beams: nominal √s for the c.m. energies and cross section, beam energies for the boost (default BaBar). */
  readonly beams?: CollidingBeams;
  /** Fine-structure constant (default α(0)). */
  readonly alpha?: number;
}

/** Precomputed per-mass sampler of e+e− → γA′ (plain data; build with {@link prepareEeToGammaAPrimeSampler}). */
export interface EeToGammaAPrimeSampler {
  /** c.m. energies and lab boost. */
  readonly kinematics: EeToGammaAPrimeKinematics;
  /** The cos θ*_γ window sampled. */
  readonly window: CosThetaWindow;
  /** σ inside the window for the given ε, GeV⁻². */
  readonly crossSectionGeV2: number;
  /** A = 2(1 + r²)/(1 − r) of the inverse CDF. */
  readonly cdfA: number;
  /** B = 1 − r of the inverse CDF. */
  readonly cdfB: number;
  /** y₁ = artanh(cosMin). */
  readonly yMin: number;
  /** y₂ = artanh(cosMax). */
  readonly yMax: number;
  /** G(y₁). */
  readonly gMin: number;
  /** G(y₂) − G(y₁) (> 0). */
  readonly gRange: number;
  /** y(u) at u = k/64, k = 0 … 64: starting points of Newton's method. */
  readonly yGuess: Float64Array;
}

/** Number of intervals of the table of starting points of the inverse CDF. */
const GUESS_INTERVALS = 64;

/**
 * Precompute everything needed to sample e+e− → γA′ at one mass.
 * @param options - mass, ε, window, beams, α
 * @throws KinematicsError if m ≥ √s; ParameterError for a bad window or parameter
 * @example const sampler = prepareEeToGammaAPrimeSampler({ massGeV: 1 }); // |cos θ*| < 0.6 at BaBar
 */
export function prepareEeToGammaAPrimeSampler(options: EeToGammaAPrimeSamplerOptions): EeToGammaAPrimeSampler {
  requireObject('options', options);
  const beams = options.beams ?? BABAR_BEAMS;
  const window = resolveWindow(options.window ?? BABAR_COS_WINDOW);
  const params = {
    massGeV: options.massGeV,
    epsilon: options.epsilon ?? 1,
    sqrtSGeV: beams.sqrtSGeV,
    ...(options.alpha === undefined ? {} : { alpha: options.alpha }),
  };
  const p = resolveEeParameters(params);
  const a = (2 * (1 + p.r * p.r)) / (1 - p.r);
  const b = 1 - p.r;
  const yMin = Math.atanh(window.cosMin);
  const yMax = Math.atanh(window.cosMax);
  const gMin = a * yMin - b * window.cosMin;
  const gRange = a * yMax - b * window.cosMax - gMin;
  const yGuess = new Float64Array(GUESS_INTERVALS + 1);
  for (let k = 0; k <= GUESS_INTERVALS; k++) {
    const u = k / GUESS_INTERVALS;
    yGuess[k] = Math.atanh(solveCos(a, b, yMin, yMax, gMin + u * gRange, yMin + u * (yMax - yMin), window));
  }
  const sampler = {
    kinematics: eeToGammaAPrimeKinematics(p.massGeV, beams),
    window,
    crossSectionGeV2: eeToGammaAPrimeCrossSection(params, window),
    cdfA: a,
    cdfB: b,
    yMin,
    yMax,
    gMin,
    gRange,
    yGuess,
  };
  prepared.add(sampler);
  return sampler;
}

/** Samplers built by {@link prepareEeToGammaAPrimeSampler}; any other object is checked field by field. */
const prepared = new WeakSet<object>();

function requireSampler(sampler: EeToGammaAPrimeSampler): EeToGammaAPrimeSampler {
  if (prepared.has(sampler)) return sampler;
  const o = requireObject('sampler', sampler);
  requireObject('sampler.kinematics', o['kinematics']);
  resolveWindow(o['window'] as CosThetaWindow);
  for (const key of ['cdfA', 'cdfB', 'yMin', 'yMax', 'gMin']) requireFinite(`sampler.${key}`, o[key]);
  requirePositive('sampler.gRange', o['gRange']);
  const guess = o['yGuess'];
  if (!(guess instanceof Float64Array) || guess.length !== GUESS_INTERVALS + 1 || !guess.every(Number.isFinite)) {
    throw new ParameterError('sampler.yGuess', guess, `a Float64Array of ${GUESS_INTERVALS + 1} finite numbers`);
  }
  return sampler;
}

/**
 * Inverse CDF of cos θ*_γ: the cos θ* below which a fraction `u` of the window cross section lies.
 * @param sampler - from {@link prepareEeToGammaAPrimeSampler}
 * @param u - cumulative fraction, [0, 1]
 * @returns cos θ*_γ in [cosMin, cosMax]
 * @example sampleEeToGammaAPrimeCosTheta(prepareEeToGammaAPrimeSampler({ massGeV: 1 }), 0.5) // 0 (symmetric window)
 */
export function sampleEeToGammaAPrimeCosTheta(sampler: EeToGammaAPrimeSampler, u: number): number {
  if (typeof u !== 'number' || !(u >= 0 && u <= 1)) throw new ParameterError('u', u, '[0, 1]');
  return cosThetaUnchecked(requireSampler(sampler), u);
}

/** {@link sampleEeToGammaAPrimeCosTheta} on a prepared sampler and u ∈ [0, 1]. */
function cosThetaUnchecked(sampler: EeToGammaAPrimeSampler, u: number): number {
  const g = sampler.yGuess;
  const t = u * GUESS_INTERVALS;
  const k = t < GUESS_INTERVALS ? Math.floor(t) : GUESS_INTERVALS - 1;
  const y0 = g[k]! + (t - k) * (g[k + 1]! - g[k]!);
  return solveCos(sampler.cdfA, sampler.cdfB, sampler.yMin, sampler.yMax, sampler.gMin + u * sampler.gRange, y0, sampler.window);
}

/**
 * Solve A·y − B·tanh y = target for y ∈ [yMin, yMax] from the start y, and return c = tanh y clamped to the window.
 * Newton's method, safeguarded by bisection; quadratic convergence with |G''/2G'| < 0.4, so once a step is below
 * 10⁻⁹ the error is < 10⁻¹⁸ and tanh of the last iterate is corrected to first order instead of re-evaluated.
 */
function solveCos(a: number, b: number, yMin: number, yMax: number, target: number, start: number, w: CosThetaWindow): number {
  let lo = yMin;
  let hi = yMax;
  let y = start;
  let c = Math.tanh(y);
  for (let i = 0; i < 60; i++) {
    const sech2 = 1 - c * c;
    const g = a * y - b * c - target;
    const dy = g / (a - b * sech2);
    if (Math.abs(dy) < 1e-9) {
      c -= sech2 * dy;
      break;
    }
    if (g > 0) hi = y;
    else lo = y;
    y -= dy;
    if (!(y > lo && y < hi)) y = 0.5 * (lo + hi);
    c = Math.tanh(y);
  }
  return c < w.cosMin ? w.cosMin : c > w.cosMax ? w.cosMax : c;
}

/**
 * Sample one event: cos θ*_γ from dσ/dcos θ* in the window, φ uniform in [0, 2π), and write the lab four-momenta
 * of the photon (`out[offset..offset+3]`) and the A′ (by default `out[offset+4..offset+7]`, or
 * `darkPhotonOut[darkPhotonOffset..+3]`), GeV. Two draws from `random`. Allocation-free.
 * @param out - destination buffer of the photon
 * @param offset - index of the photon energy
 * @param sampler - from {@link prepareEeToGammaAPrimeSampler}
 * @param random - uniform source in [0, 1) (e.g. `createRandomStream(seed)`)
 * @param darkPhotonOut - destination buffer of the A′ (default `out`)
 * @param darkPhotonOffset - index of the A′ energy (default `offset + 4`)
 * @returns the sampled cos θ*_γ
 * @example
 * const out = new Float64Array(8);
 * const cosThetaCm = sampleEeToGammaAPrimeInto(out, 0, prepareEeToGammaAPrimeSampler({ massGeV: 1 }), createRandomStream(7));
 */
export function sampleEeToGammaAPrimeInto(
  out: Float64Array,
  offset: number,
  sampler: EeToGammaAPrimeSampler,
  random: RandomStream,
  darkPhotonOut: Float64Array = out,
  darkPhotonOffset: number = offset + 4,
): number {
  requireRandomStream('random', random);
  const c = sampleEeToGammaAPrimeCosTheta(sampler, random.next());
  eeToGammaAPrimeLabInto(out, offset, sampler.kinematics, c, 2 * Math.PI * random.next(), darkPhotonOut, darkPhotonOffset);
  return c;
}

/**
 * {@link sampleEeToGammaAPrimeInto} without validation (the event loop of `generateEvents`: a prepared sampler,
 * a stream of the library, buffers sized by the caller). Same random draws, same result.
 * @internal
 */
export function sampleEeToGammaAPrimeUncheckedInto(
  out: Float64Array,
  offset: number,
  sampler: EeToGammaAPrimeSampler,
  random: RandomStream,
  darkPhotonOut: Float64Array,
  darkPhotonOffset: number,
): number {
  const c = cosThetaUnchecked(sampler, random.next());
  eeToGammaAPrimeLabUncheckedInto(out, offset, sampler.kinematics, c, 2 * Math.PI * random.next(), darkPhotonOut, darkPhotonOffset);
  return c;
}

/** One sampled e+e− → γA′ event (convenience form of {@link sampleEeToGammaAPrimeInto}). */
export interface EeToGammaAPrimeEvent {
  /** cos θ*_γ in the c.m. frame. */
  readonly cosThetaCm: number;
  /** Photon lab four-momentum, GeV. */
  readonly photon: FourVector;
  /** A′ lab four-momentum, GeV. */
  readonly darkPhoton: FourVector;
}

/**
 * Sample one event and return it as tuples (allocates; use {@link sampleEeToGammaAPrimeInto} in loops).
 * @param sampler - from {@link prepareEeToGammaAPrimeSampler}
 * @param random - uniform source in [0, 1)
 * @example sampleEeToGammaAPrime(prepareEeToGammaAPrimeSampler({ massGeV: 1 }), createRandomStream(7)).photon
 */
export function sampleEeToGammaAPrime(sampler: EeToGammaAPrimeSampler, random: RandomStream): EeToGammaAPrimeEvent {
  const out = new Float64Array(8);
  const cosThetaCm = sampleEeToGammaAPrimeInto(out, 0, sampler, random);
  return {
    cosThetaCm,
    photon: [out[0]!, out[1]!, out[2]!, out[3]!],
    darkPhoton: [out[4]!, out[5]!, out[6]!, out[7]!],
  };
}
