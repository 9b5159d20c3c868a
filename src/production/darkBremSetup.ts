/**
 * Parameters of dark bremsstrahlung e⁻Z → e⁻ZA′ (EXPERIMENTS.md §2) and their one-time preparation: the effective
 * photon flux χ depends only on (m, E₀, target), so it is computed once per mass and carried as plain data.
 *
 * @module
 */
import { ALPHA, ELECTRON_MASS_GEV } from '../core/constants.js';
import { KinematicsError, ParameterError } from '../core/errors.js';
import { requireBoolean, requireInRange, requireNonNegative, requireObject, requireOneOf, requirePositive } from '../core/validate.js';
import { photonFlux, type PhotonFlux, type PhotonFluxMethod } from './photonFlux.js';
import { LEAD, requireTarget, type TargetMaterial } from './targets.js';

/**
 * NA64 beam energy E₀ = 100 GeV (EXPERIMENTS.md §2).
 * @example prepareDarkBrem({ massGeV: 0.1, epsilon: 1e-4 }).beamEnergyGeV === NA64_BEAM_ENERGY_GEV // true
 */
export const NA64_BEAM_ENERGY_GEV = 100;

/** Inputs of {@link prepareDarkBrem}. */
export interface DarkBremOptions {
  /** m_A′, GeV, in (0, E₀ − m_e). The IWW formulas assume m_e ≪ m ≪ E₀. */
  readonly massGeV: number;
  /** Kinetic mixing ε, in (0, 1] (ε = 1: cross sections per unit ε²). */
  readonly epsilon: number;
  /** Incident electron energy E₀, GeV (default {@link NA64_BEAM_ENERGY_GEV}). */
  readonly beamEnergyGeV?: number;
  /** Target (default {@link LEAD}). */
  readonly target?: TargetMaterial;
  /** Elastic flux by `'closed-form'` (default) or `'numerical'` quadrature. */
  readonly fluxMethod?: PhotonFluxMethod;
  /** Include the inelastic (incoherent) flux (default true). */
  readonly includeInelastic?: boolean;
  /** Fine-structure constant (default α(0)). */
  readonly alpha?: number;
}

/** Prepared dark-bremsstrahlung parameters (plain data; build with {@link prepareDarkBrem}). */
export interface DarkBrem {
  /** m_A′, GeV. */
  readonly massGeV: number;
  /** ε. */
  readonly epsilon: number;
  /** E₀, GeV. */
  readonly beamEnergyGeV: number;
  /** The target. */
  readonly target: TargetMaterial;
  /** α. */
  readonly alpha: number;
  /** The photon flux parts. */
  readonly flux: PhotonFlux;
  /** χ used in the cross sections (flux.total, or flux.elastic without the inelastic part). */
  readonly chi: number;
  /** Lower end of x = E_A′/E₀: m/E₀. */
  readonly xMin: number;
  /** Upper end of x: 1 − m_e/E₀. */
  readonly xMax: number;
}

/**
 * Validate the inputs and compute χ once.
 * @param options - mass, ε, E₀, target, flux options, α
 * @throws KinematicsError if m ≥ E₀ − m_e; ParameterError naming the bad field otherwise
 * @example prepareDarkBrem({ massGeV: 0.1, epsilon: 1e-4 }).chi // 83 389.2 (Pb, 100 GeV)
 */
export function prepareDarkBrem(options: DarkBremOptions): DarkBrem {
  const o = requireObject('options', options);
  const massGeV = requirePositive('options.massGeV', o['massGeV']);
  const epsilon = requireInRange('options.epsilon', o['epsilon'], 0, 1, { lowerOpen: true });
  const beamEnergyGeV =
    o['beamEnergyGeV'] === undefined ? NA64_BEAM_ENERGY_GEV : requirePositive('options.beamEnergyGeV', o['beamEnergyGeV']);
  const target = o['target'] === undefined ? LEAD : requireTarget(o['target'] as TargetMaterial, 'options.target');
  const method =
    o['fluxMethod'] === undefined ? 'closed-form' : requireOneOf('options.fluxMethod', o['fluxMethod'], ['closed-form', 'numerical']);
  const includeInelastic =
    o['includeInelastic'] === undefined ? true : requireBoolean('options.includeInelastic', o['includeInelastic']);
  const alpha =
    o['alpha'] === undefined ? ALPHA : requireInRange('options.alpha', o['alpha'], 0, 1, { lowerOpen: true, upperOpen: true });
  const xMin = massGeV / beamEnergyGeV;
  const xMax = 1 - ELECTRON_MASS_GEV / beamEnergyGeV;
  if (!(xMin < xMax)) {
    throw new KinematicsError(
      "e- Z -> e- Z A'",
      `massGeV = ${massGeV} GeV is not below beamEnergyGeV - m_e = ${beamEnergyGeV - ELECTRON_MASS_GEV} GeV`,
    );
  }
  const flux = photonFlux(massGeV, beamEnergyGeV, target, method);
  const darkBrem = {
    massGeV,
    epsilon,
    beamEnergyGeV,
    target,
    alpha,
    flux,
    chi: includeInelastic ? flux.total : flux.elastic,
    xMin,
    xMax,
  };
  prepared.add(darkBrem);
  return darkBrem;
}

/** Objects built by {@link prepareDarkBrem} (trusted); any other object is checked field by field. */
const prepared = new WeakSet<object>();

/**
 * Check a {@link DarkBrem} handed back by a caller: one from {@link prepareDarkBrem} passes at once; any other
 * object must hold the same fields, valid and consistent, else a ParameterError names the field.
 * @internal
 * @example requireDarkBrem(prepareDarkBrem({ massGeV: 0.1, epsilon: 1e-4 })) // the same object
 */
export function requireDarkBrem(darkBrem: DarkBrem, name = 'darkBrem'): DarkBrem {
  if (prepared.has(darkBrem)) return darkBrem;
  const o = requireObject(name, darkBrem);
  const m = requirePositive(`${name}.massGeV`, o['massGeV']);
  requireInRange(`${name}.epsilon`, o['epsilon'], 0, 1, { lowerOpen: true });
  const e0 = requirePositive(`${name}.beamEnergyGeV`, o['beamEnergyGeV']);
  requireTarget(o['target'] as TargetMaterial, `${name}.target`);
  requireInRange(`${name}.alpha`, o['alpha'], 0, 1, { lowerOpen: true, upperOpen: true });
  const flux = requireObject(`${name}.flux`, o['flux']);
  for (const key of ['elastic', 'inelastic', 'total']) requireNonNegative(`${name}.flux.${key}`, flux[key]);
  requireNonNegative(`${name}.chi`, o['chi']);
  const xMin = requireInRange(`${name}.xMin`, o['xMin'], 0, 1, { lowerOpen: true, upperOpen: true });
  const xMax = requireInRange(`${name}.xMax`, o['xMax'], xMin, 1, { lowerOpen: true, upperOpen: true });
  if (!(m < e0 && xMin >= m / e0 && xMax <= 1 - ELECTRON_MASS_GEV / e0)) {
    throw new ParameterError(`${name}.xMin`, xMin, `[m/E0, 1 − m_e/E0] = [${m / e0}, ${1 - ELECTRON_MASS_GEV / e0}] with xMin < xMax`);
  }
  // The masses prepareDarkBrem accepts (the photon flux's t range finite and > 0, see photonFluxTRange).
  if (!((m * m * m * m) / (4 * e0 * e0) > 0 && m * m < Infinity)) {
    throw new ParameterError(`${name}.beamEnergyGeV`, e0, `a beam energy for which t_min = m⁴/(4E₀²) is > 0 (m = ${m} GeV)`);
  }
  return darkBrem;
}
