/**
 * Dark-photon decay to hadrons through the measured (or modelled) R ratio.
 *
 * @module
 */
import { ALPHA } from '../core/constants.js';
import { ParameterError } from '../core/errors.js';
import { requireEpsilon, requireFunction, requireObject, requirePositive } from '../core/validate.js';
import { HADRONIC_THRESHOLD_GEV, rRatioModelUnchecked, type RRatio } from './rRatio.js';

/** Arguments of {@link widthDarkPhotonToHadrons}. */
export interface DarkPhotonToHadronsArgs {
  /** Dark-photon mass m_A' in GeV (finite, > 0). */
  readonly massGeV: number;
  /** Kinetic mixing eps (photon-like normalisation), in the open interval (0, 1). */
  readonly epsilon: number;
  /**
   * R(√s) to use, evaluated at √s = m_A'. Defaults to the library's model `rRatioModel`; a measured table can
   * be supplied through `rRatioFromTable`. It must return a finite number ≥ 0.
   */
  readonly rRatio?: RRatio;
}

/**
 * Partial width Γ(A' → hadrons) in GeV:
 *
 *     Γ(A' → hadrons) = (eps² α m_A' / 3) · R(√s = m_A'),     0 for m_A' ≤ 2m_π±
 *
 * Source: Ilten, Soreq, Williams, Xue (DarkCast), arXiv:1801.04847, eqs. 2.17–2.18 (as cited in DarkCast's
 * `model.py`); THEORY §3.2. The prefactor is the **massless** Γ(A' → μμ) (no (1 + 2m_μ²/m²)√(1 − 4m_μ²/m²)
 * factor), consistent with the definition of R through the point-like, massless σ_pt = 4πα²/(3s) — the PDG
 * convention. (The other common choice, the massive Γ_μμ × R, is lower by 11% at 0.3 GeV and by < 0.1% above
 * 1 GeV.) α = α(0) (CODATA 2022), as in DarkCast; the running of α is neglected (THEORY §3.7). R already
 * contains every hadronic channel (charm and bottom included): do not add quark-level widths on top.
 *
 * Below 2m_π± the width is 0 whatever `rRatio` returns (A' → π⁰γ, opening at m_π⁰, is neglected); it is also
 * 0 wherever R = 0 (e.g. outside a table's range). Γ scales exactly as eps².
 *
 * @param args - `{ massGeV, epsilon, rRatio? }`
 * @returns the width in GeV (≥ 0)
 * @throws ParameterError naming `massGeV`, `epsilon` or `rRatio` (not a function, or returned a value that is
 *   not a finite number ≥ 0)
 * @example
 * widthDarkPhotonToHadrons({ massGeV: 1.5, epsilon: 1e-3, rRatio: () => 2 }) // 7.2973525643e-9 GeV (= α × 1e-6)
 */
export function widthDarkPhotonToHadrons(args: DarkPhotonToHadronsArgs): number {
  const obj = requireObject('args', args);
  const massGeV = requirePositive('massGeV', obj['massGeV']);
  const epsilon = requireEpsilon('epsilon', obj['epsilon']);
  const custom = obj['rRatio'];
  if (!(massGeV > HADRONIC_THRESHOLD_GEV)) return 0;
  let r: number;
  if (custom === undefined) {
    r = rRatioModelUnchecked(massGeV);
  } else {
    const fn = requireFunction<RRatio>('rRatio', custom);
    r = fn(massGeV);
    if (typeof r !== 'number' || !Number.isFinite(r) || r < 0) {
      throw new ParameterError('rRatio', r, `a function returning a finite number >= 0 (at sqrtS = ${massGeV} GeV)`);
    }
  }
  const width = ((epsilon * epsilon * ALPHA * massGeV) / 3) * r;
  if (!Number.isFinite(width)) throw new ParameterError('massGeV', massGeV, `a mass small enough that the width is finite (R = ${r})`);
  return width;
}
