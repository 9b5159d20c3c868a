/**
 * The scattered electron of e⁻Z → e⁻ZA′, as the recoil of a sampled A′ (for the NA64 event record, where the
 * selection uses the energy left in the ECAL, E_e = E₀ − E_A′).
 *
 * Model (approximation, documented): the nucleus is infinitely heavy (no energy transfer), so E_e = E₀ − E_A′;
 * the transverse momentum of the A′ is balanced by the electron, p⃗⊥,e = −k⃗⊥. The momentum transfer to the nucleus,
 * |q|² = t ≲ m² (EXPERIMENTS.md §2.2), is neglected: it changes the electron angle (~m/E_e) by O(1) but not E_e.
 * If the electron is too soft to balance k⊥ (|p_e| < k⊥ ~ m√(1 − x)), its momentum is taken purely transverse; the
 * nucleus really absorbs k⊥ there. Measured fraction of such events (Pb, 100 GeV, whole x range): 0.1% at
 * m = 16.7 MeV, 2.4% at 0.1 GeV, 26% at 1 GeV (1 − x < 10⁻⁴). Only the electron's direction is unreliable in them;
 * its energy, which is what the NA64 selection uses, is exact within the model.
 *
 * @module
 */
import { ELECTRON_MASS_GEV } from '../core/constants.js';
import { ParameterError } from '../core/errors.js';
import type { FourVectorSource } from '../kinematics/index.js';
import { requireDarkBrem, type DarkBrem } from './darkBremSetup.js';

/**
 * Write the recoil electron four-momentum for a given A′ four-momentum (module model), GeV. Allocation-free.
 * @param out - destination buffer
 * @param offset - index of the electron energy
 * @param darkBrem - from `prepareDarkBrem` (for E₀)
 * @param darkPhoton - the A′ lab four-momentum (tuple or buffer)
 * @param darkPhotonOffset - offset of the A′ (default 0)
 * @example
 * const e = new Float64Array(4);
 * darkBremRecoilElectronInto(e, 0, prepareDarkBrem({ massGeV: 0.1, epsilon: 1e-4 }), [90, 0.01, 0, 89.99]); // e[0] = 10
 */
export function darkBremRecoilElectronInto(
  out: Float64Array,
  offset: number,
  darkBrem: DarkBrem,
  darkPhoton: FourVectorSource,
  darkPhotonOffset = 0,
): void {
  if (!(out instanceof Float64Array)) throw new ParameterError('out', out, 'a Float64Array');
  if (!(offset >= 0 && offset + 4 <= out.length && (offset | 0) === offset)) {
    throw new ParameterError('offset', offset, `an integer in [0, ${out.length - 4}]`);
  }
  const e0 = requireDarkBrem(darkBrem).beamEnergyGeV;
  if (typeof darkPhoton !== 'object' || darkPhoton === null) throw new ParameterError('darkPhoton', darkPhoton, 'a four-vector (a tuple or a Float64Array)');
  const ea = darkPhoton[darkPhotonOffset]!;
  const kx = darkPhoton[darkPhotonOffset + 1]!;
  const ky = darkPhoton[darkPhotonOffset + 2]!;
  const me = ELECTRON_MASS_GEV;
  if (typeof ea !== 'number' || !(ea > 0 && ea <= e0 - me) || typeof kx !== 'number' || typeof ky !== 'number' || !Number.isFinite(kx + ky)) {
    throw new ParameterError('darkPhoton', ea, `an A′ four-momentum with 0 < E ≤ ${e0 - me} GeV (E₀ − m_e)`);
  }
  const ee = e0 - ea;
  const p2 = Math.max(0, (ee - me) * (ee + me)); // E_A′ at its upper end can round E_e just below m_e
  const pt2 = kx * kx + ky * ky;
  let px = -kx;
  let py = -ky;
  let pz = 0;
  if (pt2 <= p2) pz = Math.sqrt(p2 - pt2);
  else if (pt2 > 0) {
    const scale = Math.sqrt(p2 / pt2);
    px *= scale;
    py *= scale;
  }
  out[offset] = ee;
  out[offset + 1] = px;
  out[offset + 2] = py;
  out[offset + 3] = pz;
}
