/**
 * The minimal dark photon: a massive U(1)_X boson A' kinetically mixed with the photon, with no dark sector
 * it can decay into.
 *
 * @module
 */
import { deepFreeze } from './freeze.js';
import { readCommonParameters, readOptions } from './options.js';
import type { DarkSectorModel } from './types.js';

/** Inputs of {@link darkPhoton}. */
export interface DarkPhotonOptions {
  /** Dark photon mass m_A' in GeV, > 0. */
  readonly massGeV: number;
  /** Kinetic mixing eps (photon-like normalisation, THEORY.md §1.1), in (0, 1). */
  readonly epsilon: number;
}

/** Keys of {@link DarkPhotonOptions}, for validation. */
const DARK_PHOTON_KEYS = ['massGeV', 'epsilon'] as const;

/**
 * The minimal dark photon of mass m_A' and kinetic mixing eps, coupling to every SM fermion as eps·e·Q_f
 * (vector, THEORY.md §1.2). It has no dark sector: `alphaD = 0`, no states, no couplings.
 *
 * Why eps·e·Q_f: the talk's Lagrangian mixes A' with hypercharge, −(eps/(2 c_W)) X_μν B^μν (THEORY.md §1.1).
 * Since B = c_W A − s_W Z, the photon part of that mixing is exactly eps, so eps is the usual photon-like
 * parameter (as in DarkNews and DarkCast). The remaining Z-like part changes the lepton couplings only at
 * O(m_A'²/m_Z²): below m_A' = 10 GeV every width changes by < 1e-3 relative (THEORY.md §1.3: |g_A/g_V| =
 * 4.0e-3 and Δg_V/g_V ≤ 4.2e-4 at 10 GeV, 3.9e-5 and 2.9e-6 at 1 GeV). The library neglects it and keeps the
 * pure-vector coupling eps·e·Q_f; its results are therefore meant for m_A' ≲ 10 GeV.
 *
 * @param options - `massGeV` (m_A' in GeV, > 0) and `epsilon` (in (0, 1))
 * @returns a frozen {@link DarkSectorModel} of kind `dark-photon`
 * @throws ParameterError naming the offending parameter
 * @example
 * const model = darkPhoton({ massGeV: 0.1, epsilon: 1e-3 });
 * model.states.length // 0
 */
export function darkPhoton(options: DarkPhotonOptions): DarkSectorModel {
  const { massGeV, epsilon } = readCommonParameters(readOptions('darkPhoton', options, DARK_PHOTON_KEYS));
  return deepFreeze({
    kind: 'dark-photon',
    label: 'dark-photon',
    darkPhotonMassGeV: massGeV,
    epsilon,
    alphaD: 0,
    parameters: { massGeV, epsilon },
    states: [],
    couplings: [],
  });
}
