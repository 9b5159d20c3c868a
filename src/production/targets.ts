/**
 * Target materials of dark bremsstrahlung as plain data (EXPERIMENTS.md §2.2, §2.6). Densities and radiation
 * lengths: PDG "Atomic and Nuclear Properties of Materials" (pdg.lbl.gov/AtomicNuclearProperties, 2024 web
 * tables), X₀ in cm = X₀[g cm⁻²]/ρ. Atomic weights: IUPAC standard atomic weights (conventional values).
 *
 * @module
 */
import { AVOGADRO_PER_MOL } from '../core/constants.js';
import { requireInRange, requireObject, requirePositive } from '../core/validate.js';

/** A (pure-element) target material. */
export interface TargetMaterial {
  /** Name, e.g. `"Pb"`. */
  readonly name: string;
  /** Atomic number Z. */
  readonly atomicNumber: number;
  /** Atomic weight A, g/mol (also the "A" of the Tsai form factors). */
  readonly massNumber: number;
  /** Density, g/cm³. */
  readonly densityGPerCm3: number;
  /** Radiation length X₀, cm. */
  readonly radiationLengthCm: number;
  /** Where the numbers come from. */
  readonly source: string;
}

/**
 * Lead: Z = 82, A = 207.2, ρ = 11.35 g/cm³, X₀ = 6.37 g/cm² / ρ = 0.5612 cm (NA64 ECAL absorber; EXPERIMENTS.md §2.6).
 * @example LEAD.radiationLengthCm // 0.5612
 */
export const LEAD: TargetMaterial = {
  name: 'Pb',
  atomicNumber: 82,
  massNumber: 207.2,
  densityGPerCm3: 11.35,
  radiationLengthCm: 0.5612,
  source: 'PDG Atomic and Nuclear Properties (lead): X0 = 6.37 g/cm2, rho = 11.35 g/cm3; EXPERIMENTS.md §2.6',
};

/**
 * Tungsten: Z = 74, A = 183.84, ρ = 19.30 g/cm³, X₀ = 6.76 g/cm² / ρ = 0.3504 cm (EXPERIMENTS.md §2.2 test target).
 * @example TUNGSTEN.atomicNumber // 74
 */
export const TUNGSTEN: TargetMaterial = {
  name: 'W',
  atomicNumber: 74,
  massNumber: 183.84,
  densityGPerCm3: 19.3,
  radiationLengthCm: 0.3504,
  source: 'PDG Atomic and Nuclear Properties (tungsten): X0 = 6.76 g/cm2, rho = 19.30 g/cm3',
};

/**
 * Carbon (graphite): Z = 6, A = 12.011, ρ = 2.210 g/cm³, X₀ = 42.70 g/cm² / ρ = 19.32 cm (EXPERIMENTS.md §2.2 test
 * target).
 * @example CARBON.massNumber // 12.011
 */
export const CARBON: TargetMaterial = {
  name: 'C',
  atomicNumber: 6,
  massNumber: 12.011,
  densityGPerCm3: 2.21,
  radiationLengthCm: 19.32,
  source: 'PDG Atomic and Nuclear Properties (graphite): X0 = 42.70 g/cm2, rho = 2.210 g/cm3; IUPAC A = 12.011',
};

/**
 * Number density of atoms n = ρ N_A / A, cm⁻³ (Pb: 3.2988×10²² cm⁻³, EXPERIMENTS.md §2.6).
 * @param target - the material
 * @example targetNumberDensityPerCm3(LEAD) // 3.2988e22
 */
export function targetNumberDensityPerCm3(target: TargetMaterial): number {
  const t = requireTarget(target);
  return (t.densityGPerCm3 * AVOGADRO_PER_MOL) / t.massNumber;
}

/** Validate a {@link TargetMaterial} (the numeric fields). @internal */
export function requireTarget(target: TargetMaterial, name = 'target'): TargetMaterial {
  requireObject(name, target);
  // Ranges of real materials (Z ≤ 118, A ≤ 300 g/mol, ρ ≤ 23 g/cm³), with room to spare: outside them the
  // form factors and number densities overflow or underflow.
  requireInRange(`${name}.atomicNumber`, target.atomicNumber, 1, 200);
  requireInRange(`${name}.massNumber`, target.massNumber, 1, 1000);
  requireInRange(`${name}.densityGPerCm3`, target.densityGPerCm3, 0, 1000, { lowerOpen: true });
  requirePositive(`${name}.radiationLengthCm`, target.radiationLengthCm);
  return target;
}
