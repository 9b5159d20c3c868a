/**
 * One-loop contribution of a dark photon to a lepton anomalous magnetic moment, and its inverse in eps.
 *
 * @module
 */
import { ALPHA, ELECTRON_MASS_GEV, MUON_MASS_GEV } from '../core/constants.js';
import { ParameterError } from '../core/errors.js';
import { requireEpsilon, requireObject, requireOneOf, requirePositive } from '../core/validate.js';
import { G2_LEPTONS, type G2Lepton } from './g2Datasets.js';
import { g2LoopFunctionUnchecked } from './g2LoopFunction.js';

/** Arguments of {@link deltaA}. */
export interface DeltaAArgs {
  /** The lepton, `'e'` or `'mu'`. */
  readonly lepton: G2Lepton;
  /** Dark-photon mass m_A' in GeV (finite, > 0). */
  readonly massGeV: number;
  /** Kinetic mixing eps in (0, 1). */
  readonly epsilon: number;
}

/**
 * Δa_ℓ / eps² = (α/2π) F(m_A'²/m_ℓ²) for already-validated inputs (dimensionless; see {@link deltaA}).
 *
 * @internal
 * @example
 * deltaAOverEpsilonSquaredUnchecked('mu', 0.1) // ≈ 2.5709e-4
 */
export function deltaAOverEpsilonSquaredUnchecked(lepton: G2Lepton, massGeV: number): number {
  const ml = lepton === 'e' ? ELECTRON_MASS_GEV : MUON_MASS_GEV;
  const ratio = massGeV / ml;
  const r = ratio * ratio;
  // m_A' ≳ 1e151 m_ℓ: r overflows to Infinity, where F(r) ≈ 2/(3r) has long underflowed to 0.
  return (ALPHA / (2 * Math.PI)) * (r === Infinity ? 0 : g2LoopFunctionUnchecked(r));
}

/** Arguments of {@link deltaAOverEpsilonSquared}. */
export interface DeltaAOverEpsilonSquaredArgs {
  /** The lepton, `'e'` or `'mu'`. */
  readonly lepton: G2Lepton;
  /** Dark-photon mass m_A' in GeV (finite, > 0). */
  readonly massGeV: number;
}

/**
 * The eps-independent g−2 coefficient Δa_ℓ/eps² = (α/2π) F(m_A'²/m_ℓ²) (dimensionless; Pospelov,
 * arXiv:0811.1030; Endo et al., arXiv:1209.2558 eq. 6; THEORY §4.1). m_e: CODATA 2022, m_μ: PDG 2024.
 *
 * @param args - `{ lepton, massGeV }`
 * @returns Δa_ℓ/eps² (> 0)
 * @throws ParameterError naming `lepton` or `massGeV`
 * @example
 * deltaAOverEpsilonSquared({ lepton: 'mu', massGeV: 0.1 }) // ≈ 2.5708970070e-4
 */
export function deltaAOverEpsilonSquared(args: DeltaAOverEpsilonSquaredArgs): number {
  const obj = requireObject('args', args);
  const lepton = requireOneOf('lepton', obj['lepton'], G2_LEPTONS);
  const massGeV = requirePositive('massGeV', obj['massGeV']);
  return deltaAOverEpsilonSquaredUnchecked(lepton, massGeV);
}

/**
 * One-loop dark-photon contribution to the anomalous magnetic moment a_ℓ = (g − 2)/2 (dimensionless):
 *
 *     Δa_ℓ = (α eps² / 2π) F(m_A'²/m_ℓ²),   F(r) = ∫₀¹ 2z(1 − z)²/[(1 − z)² + r z] dz
 *
 * Source: Pospelov, arXiv:0811.1030; Endo, Hamaguchi, Mishima, arXiv:1209.2558 eq. 6 (as cited in DarkCast);
 * THEORY §4.1. α = α(0) (CODATA 2022). Positive for every mass; → α eps²/2π for m_A' ≪ m_ℓ and
 * → α eps² m_ℓ²/(3π m_A'²) for m_A' ≫ m_ℓ.
 *
 * @param args - `{ lepton, massGeV, epsilon }`: lepton `'e' | 'mu'`, m_A' in GeV (> 0), eps ∈ (0, 1)
 * @returns Δa_ℓ (> 0)
 * @throws ParameterError naming `lepton`, `massGeV` or `epsilon`
 * @example
 * deltaA({ lepton: 'mu', massGeV: 0.1, epsilon: 3e-3 }) // ≈ 2.314e-9 (= 2.5709e-4 × eps²)
 */
export function deltaA(args: DeltaAArgs): number {
  const obj = requireObject('args', args);
  const lepton = requireOneOf('lepton', obj['lepton'], G2_LEPTONS);
  const massGeV = requirePositive('massGeV', obj['massGeV']);
  const epsilon = requireEpsilon('epsilon', obj['epsilon']);
  return epsilon * epsilon * deltaAOverEpsilonSquaredUnchecked(lepton, massGeV);
}

/** Arguments of {@link epsilonForDeltaA}. */
export interface EpsilonForDeltaAArgs {
  /** The lepton, `'e'` or `'mu'`. */
  readonly lepton: G2Lepton;
  /** Dark-photon mass m_A' in GeV (finite, > 0). */
  readonly massGeV: number;
  /** The target contribution Δa (finite, > 0). */
  readonly deltaA: number;
}

/**
 * The kinetic mixing for which the one-loop dark-photon contribution equals a given Δa:
 *
 *     eps = √( Δa / ((α/2π) F(m_A'²/m_ℓ²)) )
 *
 * (inverse of {@link deltaA}, which is ∝ eps²; THEORY §4.1, §4.3). The result is not restricted to eps < 1: a
 * value ≥ 1 means that no eps < 1 produces Δa at this mass.
 *
 * @param args - `{ lepton, massGeV, deltaA }`
 * @returns eps (> 0, finite)
 * @throws ParameterError naming `lepton`, `massGeV` or `deltaA`
 * @example
 * epsilonForDeltaA({ lepton: 'mu', massGeV: 0.1, deltaA: 251e-11 }) // ≈ 3.124601e-3
 */
export function epsilonForDeltaA(args: EpsilonForDeltaAArgs): number {
  const obj = requireObject('args', args);
  const lepton = requireOneOf('lepton', obj['lepton'], G2_LEPTONS);
  const massGeV = requirePositive('massGeV', obj['massGeV']);
  const target = requirePositive('deltaA', obj['deltaA']);
  const perEps2 = deltaAOverEpsilonSquaredUnchecked(lepton, massGeV);
  if (!(perEps2 > 0)) throw new ParameterError('massGeV', massGeV, 'a mass at which Δa/eps² > 0 (it underflows above ~1e150 GeV)');
  const epsilon = Math.sqrt(target / perEps2);
  if (!Number.isFinite(epsilon)) throw new ParameterError('deltaA', target, `a value reachable with a finite eps (Δa/eps² = ${perEps2})`);
  return epsilon;
}
