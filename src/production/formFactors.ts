/**
 * Tsai's elastic (atomic screening × nuclear size) and inelastic (quasi-elastic proton) form factors G₂(t) of a
 * nucleus, as used for the effective photon flux of dark bremsstrahlung (Tsai, Rev. Mod. Phys. 46 (1974) 815;
 * Bjorken, Essig, Schuster, Toro arXiv:0906.0580 App. A, eqs. A18–A19; EXPERIMENTS.md §2.2). t = −q² in GeV²;
 * G₂ dimensionless.
 *
 * @module
 */
import { ELECTRON_MASS_GEV, PROTON_MAGNETIC_MOMENT, PROTON_MASS_GEV } from '../core/constants.js';
import { ParameterError } from '../core/errors.js';
import { requireNonNegative } from '../core/validate.js';
import { requireTarget, type TargetMaterial } from './targets.js';

/** Screening and nuclear-size scales of a target, GeV². */
export interface FormFactorScales {
  /** t_a = 1/a², a = 111 Z^(−1/3)/m_e (atomic screening, elastic), GeV². */
  readonly elasticScreeningGeV2: number;
  /** d = 0.164 A^(−2/3) GeV² (nuclear size). */
  readonly nuclearSizeGeV2: number;
  /** t_a′ = 1/a′², a′ = 773 Z^(−2/3)/m_e (atomic screening, inelastic), GeV². */
  readonly inelasticScreeningGeV2: number;
}

/** Dipole scale of the proton form factor, 0.71 GeV². */
const PROTON_DIPOLE_GEV2 = 0.71;

/**
 * The form-factor scales t_a = 1/a², d and t_a′ = 1/a′² of a target (EXPERIMENTS.md §2.2).
 * @param target - the material
 * @example formFactorScales(LEAD).nuclearSizeGeV2 // 0.164 · 207.2^(−2/3) ≈ 4.68e-3
 */
export function formFactorScales(target: TargetMaterial): FormFactorScales {
  const t = requireTarget(target);
  const a = (111 * Math.cbrt(1 / t.atomicNumber)) / ELECTRON_MASS_GEV;
  const ap = (773 * Math.cbrt(1 / t.atomicNumber) ** 2) / ELECTRON_MASS_GEV;
  return {
    elasticScreeningGeV2: 1 / (a * a),
    nuclearSizeGeV2: 0.164 * Math.cbrt(1 / t.massNumber) ** 2,
    inelasticScreeningGeV2: 1 / (ap * ap),
  };
}

/**
 * Elastic form factor G₂,el(t) = Z² [a²t/(1 + a²t)]² [1/(1 + t/d)]² (EXPERIMENTS.md §2.2; BEST eq. A18).
 * @param tGeV2 - momentum transfer t = −q² ≥ 0, GeV²
 * @param target - the material
 * @example elasticFormFactor(1e-3, LEAD) // ≈ 82² · 0.68
 */
export function elasticFormFactor(tGeV2: number, target: TargetMaterial): number {
  const t = requireNonNegative('tGeV2', tGeV2);
  return elasticFormFactorUnchecked(t, formFactorScales(target), target.atomicNumber);
}

/**
 * Inelastic form factor G₂,inel(t) = Z [a′²t/(1 + a′²t)]² (1 + t(μ_p² − 1)/(4m_p²))/(1 + t/0.71 GeV²)⁴
 * (EXPERIMENTS.md §2.2; BEST eq. A19). The proton bracket is unsquared as in mhostert/PETITE (for Pb, squaring it
 * changes χ by < 0.3%). μ_p and m_p: CODATA 2022.
 * @param tGeV2 - momentum transfer t ≥ 0, GeV²
 * @param target - the material
 * @example inelasticFormFactor(1e-3, LEAD) // ≈ 82 · 0.99
 */
export function inelasticFormFactor(tGeV2: number, target: TargetMaterial): number {
  const t = requireNonNegative('tGeV2', tGeV2);
  const f = inelasticFormFactorUnchecked(t, formFactorScales(target), target.atomicNumber);
  if (!Number.isFinite(f)) throw new ParameterError('tGeV2', t, 'a momentum transfer small enough that the dipole factor is finite');
  return f;
}

/** G₂,el without validation (t ≥ 0, scales from {@link formFactorScales}). @internal */
export function elasticFormFactorUnchecked(t: number, scales: FormFactorScales, z: number): number {
  const screening = t / (scales.elasticScreeningGeV2 + t);
  const size = scales.nuclearSizeGeV2 / (scales.nuclearSizeGeV2 + t);
  return z * z * screening * screening * size * size;
}

/** G₂,inel without validation. @internal */
export function inelasticFormFactorUnchecked(t: number, scales: FormFactorScales, z: number): number {
  const screening = t / (scales.inelasticScreeningGeV2 + t);
  const mu2 = PROTON_MAGNETIC_MOMENT * PROTON_MAGNETIC_MOMENT;
  const dipole = 1 + t / PROTON_DIPOLE_GEV2;
  const d2 = dipole * dipole;
  return (z * screening * screening * (1 + (t * (mu2 - 1)) / (4 * PROTON_MASS_GEV * PROTON_MASS_GEV))) / (d2 * d2);
}
