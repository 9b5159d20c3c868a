/**
 * Tree-level cross section of e+e− → γA′ (m_e → 0): the photon-angle distribution and its closed-form integral
 * over a cos θ* window. Results in GeV⁻² (convert with `invGeV2ToFb`).
 *
 * Source: EXPERIMENTS.md §1.3–§1.4. Spin-averaged |M|² = 2e⁴ε²(t/u + u/t + 2sm²/(tu)), the q q̄ → γV structure,
 * as used in dark-photon phenomenology (Essig, Mardon, Papucci, Volansky, Zhong, arXiv:1309.5084), with
 * dσ/dcos θ* = |M|²(1 − m²/s)/(32πs).
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import {
  BABAR_COS_WINDOW,
  resolveEeParameters,
  resolveWindow,
  type CosThetaWindow,
  type EeToGammaAPrimeParameters,
} from './eeToGammaAPrimeParameters.js';

/**
 * dσ/dcos θ* of e+e− → γA′ in the c.m. frame, GeV⁻² per unit cos θ* (EXPERIMENTS.md §1.3, eq. of the first line):
 *
 * dσ/dcos θ* = (2πα²ε²/s) [2(1 + m⁴/s²)/((1 − m²/s) sin²θ*) − (1 − m²/s)]
 *            = (2πα²ε²/s)(1 − m²/s)[(1 + cos²θ*) + 4sm²/(s − m²)²]/sin²θ*.
 *
 * θ* is the photon's c.m. polar angle (symmetric under θ* → π − θ*, so it is also the A′ angle). Valid for
 * m_e² ≪ m², s at tree level (no ISR). Diverges at |cos θ*| → 1, so cos θ* must lie in (−1, 1).
 * @param params - mass (GeV), ε, √s (GeV, default 10.58), α (default α(0))
 * @param cosTheta - cos θ*_γ, in (−1, 1)
 * @returns dσ/dcos θ*, GeV⁻²
 * @throws KinematicsError if m ≥ √s; ParameterError naming the bad parameter otherwise
 * @example invGeV2ToFb(eeToGammaAPrimeDSigmaDCos({ massGeV: 1, epsilon: 1e-3 }, 0.5)) // 1.97844 fb
 */
export function eeToGammaAPrimeDSigmaDCos(params: EeToGammaAPrimeParameters, cosTheta: number): number {
  const p = resolveEeParameters(params);
  if (typeof cosTheta !== 'number' || !(cosTheta > -1 && cosTheta < 1)) throw new ParameterError('cosTheta', cosTheta, '(-1, 1)');
  const k = (2 * Math.PI * p.alpha * p.alpha * p.epsilon * p.epsilon) / p.s;
  const sin2 = (1 - cosTheta) * (1 + cosTheta);
  const d = k * ((2 * (1 + p.r * p.r)) / ((1 - p.r) * sin2) - (1 - p.r));
  if (!Number.isFinite(d)) throw new ParameterError('params.sqrtSGeV', p.sqrtSGeV, 'a value for which dσ/dcos θ* is finite');
  return d;
}

/**
 * σ(e+e− → γA′) with the photon in cosMin < cos θ* < cosMax, GeV⁻² — the closed-form integral of
 * {@link eeToGammaAPrimeDSigmaDCos} (∫dc/(1 − c²) = artanh c):
 *
 * σ = (2πα²ε²/s)[2(1 + r²)/(1 − r)·(artanh c₂ − artanh c₁) − (1 − r)(c₂ − c₁)],  r = m²/s.
 *
 * For the symmetric window |cos θ*| < c₀ this is EXPERIMENTS.md §1.4,
 * σ = (2πα²ε²/s)(1 − r)[−2c₀ + 2L + 4sm²L/(s − m²)²], L = ln[(1 + c₀)/(1 − c₀)].
 * @param params - mass (GeV), ε, √s (GeV, default 10.58), α (default α(0))
 * @param window - the cos θ*_γ window (default {@link BABAR_COS_WINDOW}, |cos θ*| < 0.6); may be asymmetric
 * @returns σ, GeV⁻² (≥ 0)
 * @throws KinematicsError if m ≥ √s; ParameterError for a window outside (−1, 1) or with cosMin ≥ cosMax
 * @example invGeV2ToFb(eeToGammaAPrimeCrossSection({ massGeV: 1, epsilon: 1e-3 })) // 1.8721 fb
 */
export function eeToGammaAPrimeCrossSection(
  params: EeToGammaAPrimeParameters,
  window: CosThetaWindow = BABAR_COS_WINDOW,
): number {
  const p = resolveEeParameters(params);
  const w = resolveWindow(window);
  const k = (2 * Math.PI * p.alpha * p.alpha * p.epsilon * p.epsilon) / p.s;
  const a = (2 * (1 + p.r * p.r)) / (1 - p.r);
  const sigma = k * (a * (Math.atanh(w.cosMax) - Math.atanh(w.cosMin)) - (1 - p.r) * (w.cosMax - w.cosMin));
  if (!Number.isFinite(sigma)) throw new ParameterError('params.sqrtSGeV', p.sqrtSGeV, 'a value for which σ is finite');
  return sigma;
}
