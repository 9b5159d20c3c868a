/**
 * First-principles NA64 invisible-mode yield and expected ε limit (EXPERIMENTS.md §2.6), an order-of-magnitude
 * estimate that the library states honestly: pure Pb, primary electron only, no signal efficiency, ETL via the
 * tabulated ETL/IWW ratio. NA64's own limit uses Geant4 + DMG4 with the Pb/Sc ECAL, secondaries and efficiencies.
 *
 * N_A′ = EOT · n X₀ · L_eff(y) · σ_ETL(m, ε) · f(x > y),  σ_ETL = σ_IWW · (ETL/IWW)(m),
 * with n = ρN_A/A, L_eff the primary-electron path above yE₀ in X₀, f the IWW fraction with x > y (y = 0.5:
 * E_A′ > 50 GeV at E₀ = 100 GeV). Zero background, 90% CL: N_UL = 2.3 and ε_UL = ε·√(N_UL/N(ε)) (σ ∝ ε²).
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { invGeV2 } from '../core/units.js';
import { requireObject, requirePositive, requireInRange } from '../core/validate.js';
import { prepareDarkBrem } from './darkBremSetup.js';
import { darkBremCrossSection } from './darkBremTotal.js';
import { etlOverIwwRatio } from './etlCorrection.js';
import { primaryElectronTrackLength } from './thickTarget.js';
import { LEAD, targetNumberDensityPerCm3, type TargetMaterial } from './targets.js';

/** An NA64 electron-beam data set and the selection of the invisible search. */
export interface Na64DataSet {
  /** Electrons on target. */
  readonly electronsOnTarget: number;
  /** Beam energy E₀, GeV. */
  readonly beamEnergyGeV: number;
  /** Active target (pure-material approximation of the ECAL). */
  readonly target: TargetMaterial;
  /** Signal region as a fraction of E₀: E_A′ > y·E₀ (y = 0.5 ⇔ E_ECAL < 50 GeV). */
  readonly minEnergyFraction: number;
  /** Signal events excluded at 90% CL with zero background (2.3). */
  readonly signalUpperLimit: number;
  /** Where the numbers come from. */
  readonly source: string;
}

/**
 * NA64 2016–2018 invisible mode: 2.84×10¹¹ EOT at 100 GeV (PRL 123, 121801; arXiv:1906.00176; EXPERIMENTS.md §2.6
 * [V]), E_ECAL < 50 GeV, zero background → N_UL = 2.3.
 * @example NA64_2016_2018_INVISIBLE.electronsOnTarget // 2.84e11
 */
export const NA64_2016_2018_INVISIBLE: Na64DataSet = {
  electronsOnTarget: 2.84e11,
  beamEnergyGeV: 100,
  target: LEAD,
  minEnergyFraction: 0.5,
  signalUpperLimit: 2.3,
  source: 'EXPERIMENTS.md §2.6 [V]: NA64 PRL 123, 121801 (2019), arXiv:1906.00176, 2.84e11 EOT',
};

/** The factors of an NA64 yield estimate. */
export interface Na64YieldEstimate {
  /** Expected number of A′ with E_A′ > yE₀. */
  readonly signalEvents: number;
  /** σ_IWW (all x), GeV⁻². */
  readonly crossSectionIwwGeV2: number;
  /** ETL/IWW ratio applied. */
  readonly etlOverIww: number;
  /** IWW fraction with x > y. */
  readonly fractionAbove: number;
  /** L_eff(y), in X₀. */
  readonly trackLengthRadiationLengths: number;
  /** n·X₀, atoms per cm². */
  readonly areaDensityPerCm2: number;
}

/**
 * Expected A′ yield in the NA64 signal region (module formula). EXPERIMENTS.md §2.6: ≈ 0.46 for ε = 10⁻⁴,
 * m = 0.1 GeV, 2.84×10¹¹ EOT.
 * @param massGeV - m_A′, GeV, within the ETL/IWW table (0.01–1 GeV)
 * @param epsilon - ε, in (0, 1]
 * @param dataSet - data set (default {@link NA64_2016_2018_INVISIBLE})
 * @example na64YieldEstimate(0.1, 1e-4).signalEvents // ≈ 0.46
 */
export function na64YieldEstimate(
  massGeV: number,
  epsilon: number,
  dataSet: Na64DataSet = NA64_2016_2018_INVISIBLE,
): Na64YieldEstimate {
  requireObject('dataSet', dataSet);
  const eot = requirePositive('dataSet.electronsOnTarget', dataSet.electronsOnTarget);
  const y = requireInRange('dataSet.minEnergyFraction', dataSet.minEnergyFraction, 1e-6, 1, { upperOpen: true });
  const etlOverIww = etlOverIwwRatio(massGeV);
  const darkBrem = prepareDarkBrem({ massGeV, epsilon, beamEnergyGeV: dataSet.beamEnergyGeV, target: dataSet.target });
  const crossSectionIwwGeV2 = darkBremCrossSection(darkBrem);
  if (!(crossSectionIwwGeV2 > 0)) throw new ParameterError('epsilon', epsilon, 'a value for which σ ∝ eps² does not underflow to 0');
  const xCut = Math.max(y, darkBrem.xMin);
  const fractionAbove = xCut < darkBrem.xMax ? darkBremCrossSection(darkBrem, { xMin: xCut }) / crossSectionIwwGeV2 : 0;
  const trackLengthRadiationLengths = primaryElectronTrackLength(y);
  const areaDensityPerCm2 = targetNumberDensityPerCm3(dataSet.target) * dataSet.target.radiationLengthCm;
  const signalEvents =
    eot * areaDensityPerCm2 * trackLengthRadiationLengths * crossSectionIwwGeV2 * invGeV2 * etlOverIww * fractionAbove;
  return { signalEvents, crossSectionIwwGeV2, etlOverIww, fractionAbove, trackLengthRadiationLengths, areaDensityPerCm2 };
}

/**
 * Expected 90% CL upper limit on ε from {@link na64YieldEstimate}: ε_UL = √(N_UL/N(ε = 1)) (σ ∝ ε² exactly).
 * @param massGeV - m_A′, GeV, within the ETL/IWW table (0.01–1 GeV)
 * @param dataSet - data set (default {@link NA64_2016_2018_INVISIBLE})
 * @example na64EpsilonLimitEstimate(0.1) // ≈ 2.2e-4 (published curve: 3.4e-4)
 */
export function na64EpsilonLimitEstimate(massGeV: number, dataSet: Na64DataSet = NA64_2016_2018_INVISIBLE): number {
  requireObject('dataSet', dataSet);
  const nUl = requirePositive('dataSet.signalUpperLimit', dataSet.signalUpperLimit);
  const { signalEvents } = na64YieldEstimate(massGeV, 1, dataSet);
  if (!(signalEvents > 0)) throw new ParameterError('massGeV', massGeV, 'a mass with a non-zero yield above the energy cut');
  return Math.sqrt(nUl / signalEvents);
}
