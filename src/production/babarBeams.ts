/**
 * The PEP-II beams of BaBar as data, and the c.m. → lab boost they imply (EXPERIMENTS.md §1.1).
 * Lab frame: +z along the high-energy e− beam, origin at the interaction point.
 *
 * @module
 */
import { ELECTRON_MASS_GEV } from '../core/constants.js';
import { requireObject, requirePositive } from '../core/validate.js';
import { ParameterError } from '../core/errors.js';

/** Asymmetric e+e− collider beams. Energies in GeV. */
export interface CollidingBeams {
  /** Energy of the e− beam (moving along +z), GeV. */
  readonly electronEnergyGeV: number;
  /** Energy of the e+ beam (moving along −z), GeV. */
  readonly positronEnergyGeV: number;
  /**
   * Nominal c.m. energy √s in GeV, used for cross sections and c.m.-frame kinematics. (It may differ slightly from
   * the √s implied by the rounded beam energies, which set the boost; see {@link beamBoost}.)
   */
  readonly sqrtSGeV: number;
  /** Where the numbers come from. */
  readonly source: string;
}

/**
 * BaBar at PEP-II on the Υ(4S): E(e−) = 9.0 GeV, E(e+) = 3.1 GeV, √s = 10.58 GeV (EXPERIMENTS.md §1.1 [V]:
 * BaBar CsI calorimeter talk SLAC-PUB-7748 and the BaBar detector description).
 * @example beamBoost(BABAR_BEAMS).betaGamma // 0.5585
 */
export const BABAR_BEAMS: CollidingBeams = {
  electronEnergyGeV: 9.0,
  positronEnergyGeV: 3.1,
  sqrtSGeV: 10.58,
  source: 'EXPERIMENTS.md §1.1 [V]: SLAC-PUB-7748; BaBar detector description (PEP-II HER 9.0 GeV, LER 3.1 GeV, Υ(4S))',
};

/**
 * Nominal c.m. energies (GeV) of the BaBar runs in the 2007–08 data of the invisible search (EXPERIMENTS.md §1.1,
 * [R] BaBar arXiv:1702.03327 data description).
 * @example BABAR_SQRT_S_GEV.upsilon3S // 10.355
 */
export const BABAR_SQRT_S_GEV: {
  /** √s at the Υ(4S), GeV. */
  readonly upsilon4S: number;
  /** √s at the Υ(3S), GeV. */
  readonly upsilon3S: number;
  /** √s at the Υ(2S), GeV. */
  readonly upsilon2S: number;
} = {
  upsilon4S: 10.58,
  upsilon3S: 10.355,
  upsilon2S: 10.023,
};

/** Boost of the c.m. frame in the lab (along +z). */
export interface BeamBoost {
  /** β of the c.m. frame (dimensionless, ≥ 0 when the e− beam is the more energetic one). */
  readonly beta: number;
  /** γ of the c.m. frame. */
  readonly gamma: number;
  /** βγ = (p₋ − p₊)/√s. */
  readonly betaGamma: number;
  /** √s implied by the beam energies, √((E₋ + E₊)² − (p₋ − p₊)²), GeV. */
  readonly sqrtSFromBeamsGeV: number;
}

/**
 * The c.m. → lab boost of head-on beams: β = (p₋ − p₊)/(E₋ + E₊), γ = (E₋ + E₊)/√s_beams,
 * βγ = (p₋ − p₊)/√s_beams with p = √(E² − m_e²) (EXPERIMENTS.md §1.1 [C]). BaBar: β = 0.48760, γ = 1.14539,
 * βγ = 0.55850, √s_beams = 10.5641 GeV.
 * @param beams - the beams (default {@link BABAR_BEAMS})
 * @example beamBoost().beta // 0.48760
 */
export function beamBoost(beams: CollidingBeams = BABAR_BEAMS): BeamBoost {
  requireObject('beams', beams);
  const eMinus = requirePositive('beams.electronEnergyGeV', beams.electronEnergyGeV);
  const ePlus = requirePositive('beams.positronEnergyGeV', beams.positronEnergyGeV);
  requirePositive('beams.sqrtSGeV', beams.sqrtSGeV);
  if (eMinus <= ELECTRON_MASS_GEV) throw new ParameterError('beams.electronEnergyGeV', eMinus, '(m_e, ∞)');
  if (ePlus <= ELECTRON_MASS_GEV) throw new ParameterError('beams.positronEnergyGeV', ePlus, '(m_e, ∞)');
  const m2 = ELECTRON_MASS_GEV * ELECTRON_MASS_GEV;
  const pMinus = Math.sqrt((eMinus - ELECTRON_MASS_GEV) * (eMinus + ELECTRON_MASS_GEV));
  const pPlus = Math.sqrt((ePlus - ELECTRON_MASS_GEV) * (ePlus + ELECTRON_MASS_GEV));
  const total = eMinus + ePlus;
  const net = pMinus - pPlus;
  // s = (E₋ + E₊)² − (p₋ − p₊)² = 2m² + 2(E₋E₊ + p₋p₊), free of cancellation.
  const sqrtS = Math.sqrt(2 * m2 + 2 * (eMinus * ePlus + pMinus * pPlus));
  const boost = { beta: net / total, gamma: total / sqrtS, betaGamma: net / sqrtS, sqrtSFromBeamsGeV: sqrtS };
  if (!Object.values(boost).every(Number.isFinite)) {
    throw new ParameterError('beams', beams, 'beam energies for which E₋ + E₊ and √s are finite');
  }
  return boost;
}
