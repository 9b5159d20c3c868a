/**
 * Units as plain multiplicative constants in the library's base system (GeV, cm, s), in the style of
 * scikit-hep `hepunits`: write `1.5 * MeV`, read `massGeV / MeV`. No unit objects, no run-time cost.
 *
 * @module
 */
import { GEV_MINUS2_TO_CM2 } from './constants.js';

/** 1 GeV (base unit of energy and mass). */
export const GeV = 1;
/** 1 TeV in GeV. */
export const TeV = 1e3;
/** 1 MeV in GeV. */
export const MeV = 1e-3;
/** 1 keV in GeV. */
export const keV = 1e-6;
/** 1 eV in GeV. */
export const eV = 1e-9;

/** 1 cm (base unit of length). */
export const cm = 1;
/** 1 m in cm. */
export const m = 100;
/** 1 mm in cm. */
export const mm = 0.1;
/** 1 µm in cm. */
export const um = 1e-4;
/** 1 km in cm. */
export const km = 1e5;

/** 1 s (base unit of time). */
export const s = 1;
/** 1 ns in s. */
export const ns = 1e-9;
/** 1 ps in s. */
export const ps = 1e-12;

/** 1 barn in cm². */
export const barn = 1e-24;
/** 1 mb in cm². */
export const mb = 1e-27;
/** 1 nb in cm². */
export const nb = 1e-33;
/** 1 pb in cm². */
export const pb = 1e-36;
/** 1 fb in cm². */
export const fb = 1e-39;
/** 1 GeV⁻² (natural-unit cross section) in cm², equal to (ħc)². */
export const invGeV2 = GEV_MINUS2_TO_CM2;

/** 1 degree in radians. */
export const degree = Math.PI / 180;
/** 1 mrad in radians. */
export const mrad = 1e-3;
