/**
 * Charged leptons by name, with their masses from {@link ELECTRON_MASS_GEV}, {@link MUON_MASS_GEV},
 * {@link TAU_MASS_GEV} (CODATA 2022 / PDG 2024).
 *
 * @module
 */
import { ELECTRON_MASS_GEV, MUON_MASS_GEV, TAU_MASS_GEV } from './constants.js';
import { requireOneOf } from './validate.js';

/** A charged-lepton flavour. */
export type Lepton = 'e' | 'mu' | 'tau';

/** All charged-lepton flavours, lightest first. */
export const LEPTONS: readonly Lepton[] = ['e', 'mu', 'tau'];

/**
 * Mass of a charged lepton in GeV.
 * @param lepton - `'e'`, `'mu'` or `'tau'` (validated: anything else throws a ParameterError naming `lepton`)
 * @example leptonMassGeV('mu') // 0.1056583755
 */
export function leptonMassGeV(lepton: Lepton): number {
  switch (requireOneOf('lepton', lepton, LEPTONS)) {
    case 'e':
      return ELECTRON_MASS_GEV;
    case 'mu':
      return MUON_MASS_GEV;
    case 'tau':
      return TAU_MASS_GEV;
  }
}

/** Particle names of the lepton and antilepton, e.g. `['mu+', 'mu-']`, as used in decay tables. */
export function leptonPairNames(lepton: Lepton): readonly [string, string] {
  return [`${lepton}+`, `${lepton}-`];
}
