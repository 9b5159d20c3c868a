/**
 * Parameters of e+e− → γA′ (EXPERIMENTS.md §1) and their validation at the public boundary.
 *
 * @module
 */
import { ALPHA } from '../core/constants.js';
import { KinematicsError, ParameterError } from '../core/errors.js';
import { requireInRange, requireNonNegative, requireObject, requirePositive } from '../core/validate.js';
import { BABAR_BEAMS } from './babarBeams.js';

/** Physics parameters of e+e− → γA′. */
export interface EeToGammaAPrimeParameters {
  /** Dark-photon mass m_A′, GeV, in [0, √s). */
  readonly massGeV: number;
  /** Kinetic mixing ε, in (0, 1] (ε = 1 gives the cross section per unit ε²). */
  readonly epsilon: number;
  /** c.m. energy √s, GeV (default 10.58 GeV, {@link BABAR_BEAMS}). */
  readonly sqrtSGeV?: number;
  /** Fine-structure constant used in the coupling (default α(0) = 1/137.035 999 177, CODATA 2022). */
  readonly alpha?: number;
}

/**
 * A window of the photon's c.m. polar angle, cosMin < cos θ* < cosMax, both inside the open interval (−1, 1)
 * (the cross section diverges at |cos θ*| → 1).
 */
export interface CosThetaWindow {
  /** Lower edge of cos θ*_γ, in (−1, 1). */
  readonly cosMin: number;
  /** Upper edge of cos θ*_γ, in (−1, 1), > cosMin. */
  readonly cosMax: number;
}

/**
 * The BaBar monophoton window |cos θ*_γ| < 0.6 (EXPERIMENTS.md §1.6 [T], as modelled in 2302.05410).
 * @example BABAR_COS_WINDOW.cosMax // 0.6
 */
export const BABAR_COS_WINDOW: CosThetaWindow = { cosMin: -0.6, cosMax: 0.6 };

/**
 * The symmetric window |cos θ*| < c₀ (EXPERIMENTS.md §1.4).
 * @param c0 - half width, in (0, 1)
 * @example symmetricCosWindow(0.6) // { cosMin: -0.6, cosMax: 0.6 }
 */
export function symmetricCosWindow(c0: number): CosThetaWindow {
  const c = requireInRange('c0', c0, 0, 1, { lowerOpen: true, upperOpen: true });
  return { cosMin: -c, cosMax: c };
}

/** Validated parameters with defaults filled in. @internal */
export interface ResolvedEeParameters {
  readonly massGeV: number;
  readonly epsilon: number;
  readonly sqrtSGeV: number;
  readonly alpha: number;
  /** s, GeV². */
  readonly s: number;
  /** r = m²/s ∈ [0, 1). */
  readonly r: number;
}

/** Validate {@link EeToGammaAPrimeParameters}; m ≥ √s throws a KinematicsError naming `massGeV`. @internal */
export function resolveEeParameters(params: EeToGammaAPrimeParameters): ResolvedEeParameters {
  const o = requireObject('params', params);
  const massGeV = requireNonNegative('params.massGeV', o['massGeV']);
  const epsilon = requireInRange('params.epsilon', o['epsilon'], 0, 1, { lowerOpen: true });
  const sqrtSGeV = o['sqrtSGeV'] === undefined ? BABAR_BEAMS.sqrtSGeV : requirePositive('params.sqrtSGeV', o['sqrtSGeV']);
  const alpha =
    o['alpha'] === undefined ? ALPHA : requireInRange('params.alpha', o['alpha'], 0, 1, { lowerOpen: true, upperOpen: true });
  if (!(massGeV < sqrtSGeV)) {
    throw new KinematicsError("e+e- -> gamma A'", `massGeV = ${massGeV} GeV is not below sqrtSGeV = ${sqrtSGeV} GeV`);
  }
  const s = sqrtSGeV * sqrtSGeV;
  if (!(s > 0 && s < Infinity)) throw new ParameterError('params.sqrtSGeV', sqrtSGeV, 'a value whose square s is a finite number > 0');
  return { massGeV, epsilon, sqrtSGeV, alpha, s, r: (massGeV * massGeV) / s };
}

/** Validate a {@link CosThetaWindow}: both edges in (−1, 1), cosMin < cosMax. @internal */
export function resolveWindow(window: CosThetaWindow): CosThetaWindow {
  const o = requireObject('window', window);
  const cosMin = requireInRange('window.cosMin', o['cosMin'], -1, 1, { lowerOpen: true, upperOpen: true });
  const cosMax = requireInRange('window.cosMax', o['cosMax'], -1, 1, { lowerOpen: true, upperOpen: true });
  if (!(cosMin < cosMax)) throw new ParameterError('window.cosMax', cosMax, `(${cosMin}, 1) (above window.cosMin)`);
  return { cosMin, cosMax };
}
