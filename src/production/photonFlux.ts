/**
 * Effective photon flux χ of dark bremsstrahlung (Bjorken, Essig, Schuster, Toro arXiv:0906.0580, App. A, eq. A17;
 * EXPERIMENTS.md §2.2): χ = ∫_{t_min}^{t_max} dt (t − t_min)/t² G₂(t), with the IWW choice
 * t_min = m⁴/(4E₀²), t_max = m² (Liu, McKeen, Miller arXiv:1609.06781; DMG4). χ is dimensionless.
 *
 * The elastic part has a closed form (as in DMG4 `DarkPhotons.cc`, `TotalCrossSectionCalc`); both it and the
 * inelastic part are also integrated numerically (adaptive Gauss–Kronrod in ln t, split at the form-factor scales).
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { integrate } from '../core/numerics/index.js';
import { requireInRange, requireOneOf, requirePositive } from '../core/validate.js';
import {
  elasticFormFactorUnchecked,
  formFactorScales,
  inelasticFormFactorUnchecked,
  type FormFactorScales,
} from './formFactors.js';
import { requireTarget, type TargetMaterial } from './targets.js';

/** The momentum-transfer range of χ, GeV². */
export interface PhotonFluxTRange {
  /** t_min = m⁴/(4E₀²), GeV². */
  readonly tMinGeV2: number;
  /** t_max = m², GeV². */
  readonly tMaxGeV2: number;
}

/** χ split into its parts (dimensionless). */
export interface PhotonFlux {
  /** Elastic (coherent, Z²) part. */
  readonly elastic: number;
  /** Inelastic (incoherent, Z) part. */
  readonly inelastic: number;
  /** elastic + inelastic. */
  readonly total: number;
}

/** How the elastic part is obtained. */
export type PhotonFluxMethod = 'closed-form' | 'numerical';

/**
 * The IWW momentum-transfer range t_min = m⁴/(4E₀²), t_max = m² (EXPERIMENTS.md §2.2).
 * @param massGeV - m_A′, GeV (> 0)
 * @param beamEnergyGeV - E₀, GeV (> m)
 * @example photonFluxTRange(0.1, 100) // { tMinGeV2: 2.5e-9, tMaxGeV2: 0.01 }
 */
export function photonFluxTRange(massGeV: number, beamEnergyGeV: number): PhotonFluxTRange {
  const m = requirePositive('massGeV', massGeV);
  const e0 = requirePositive('beamEnergyGeV', beamEnergyGeV);
  if (!(m < e0)) throw new ParameterError('massGeV', m, `(0, ${e0}) (below beamEnergyGeV)`);
  const m2 = m * m;
  const range = { tMinGeV2: (m2 * m2) / (4 * e0 * e0), tMaxGeV2: m2 };
  if (!(range.tMinGeV2 > 0 && range.tMaxGeV2 < Infinity)) {
    throw new ParameterError('massGeV', m, 'a mass for which t_min = m⁴/(4E₀²) and t_max = m² are finite and > 0');
  }
  return range;
}

/**
 * Closed form of the elastic flux (EXPERIMENTS.md §2.2 [V], DMG4): with t_a = 1/a², t_d = d,
 * χ_el = −Z² t_d² [(t_a − t_d)(t_a + t_d + 2t_max)(t_max − t_min)/((t_a + t_max)(t_d + t_max))
 *        + (t_a + t_d + 2t_min) ln((t_a + t_max)(t_d + t_min)/((t_d + t_max)(t_a + t_min)))]/(t_a − t_d)³.
 * @param massGeV - m_A′, GeV
 * @param beamEnergyGeV - E₀, GeV
 * @param target - the material
 * @example photonFluxElasticClosedForm(0.1, 100, LEAD) // 82 232.6
 */
export function photonFluxElasticClosedForm(massGeV: number, beamEnergyGeV: number, target: TargetMaterial): number {
  const { tMinGeV2: tmin, tMaxGeV2: tmax } = photonFluxTRange(massGeV, beamEnergyGeV);
  const z = requireTarget(target).atomicNumber;
  const s = formFactorScales(target);
  const ta = s.elasticScreeningGeV2;
  const td = s.nuclearSizeGeV2;
  const diff = ta - td;
  const rational = (diff * (ta + td + 2 * tmax) * (tmax - tmin)) / ((ta + tmax) * (td + tmax));
  const log = Math.log1p((tmax - tmin) / (ta + tmin)) - Math.log1p((tmax - tmin) / (td + tmin));
  return (-z * z * td * td * (rational + (ta + td + 2 * tmin) * log)) / (diff * diff * diff);
}

/**
 * Elastic flux by numerical quadrature of ∫ dt (t − t_min)/t² G₂,el(t) (in ln t, split at t_a and d).
 * @param massGeV - m_A′, GeV
 * @param beamEnergyGeV - E₀, GeV
 * @param target - the material
 * @param relTol - relative tolerance (default 1e-10)
 * @example photonFluxElasticNumerical(0.1, 100, LEAD) // 82 232.6
 */
export function photonFluxElasticNumerical(
  massGeV: number,
  beamEnergyGeV: number,
  target: TargetMaterial,
  relTol = 1e-10,
): number {
  const range = photonFluxTRange(massGeV, beamEnergyGeV);
  const z = requireTarget(target).atomicNumber;
  const s = formFactorScales(target);
  return fluxIntegral(range, s, (t) => elasticFormFactorUnchecked(t, s, z), relTol);
}

/**
 * Inelastic flux ∫ dt (t − t_min)/t² G₂,inel(t) by numerical quadrature (same t range as the elastic part,
 * as in EXPERIMENTS.md §2.2 and PETITE).
 * @param massGeV - m_A′, GeV
 * @param beamEnergyGeV - E₀, GeV
 * @param target - the material
 * @param relTol - relative tolerance (default 1e-10)
 * @example photonFluxInelastic(0.1, 100, LEAD) // ≈ 1 156.6
 */
export function photonFluxInelastic(massGeV: number, beamEnergyGeV: number, target: TargetMaterial, relTol = 1e-10): number {
  const range = photonFluxTRange(massGeV, beamEnergyGeV);
  const z = requireTarget(target).atomicNumber;
  const s = formFactorScales(target);
  return fluxIntegral(range, s, (t) => inelasticFormFactorUnchecked(t, s, z), relTol);
}

/**
 * The effective photon flux χ = χ_el + χ_inel (EXPERIMENTS.md §2.2; Pb, E₀ = 100 GeV, m = 0.1 GeV: 83 389.2).
 * @param massGeV - m_A′, GeV
 * @param beamEnergyGeV - E₀, GeV
 * @param target - the material
 * @param method - elastic part by `'closed-form'` (default) or `'numerical'` quadrature
 * @example photonFlux(0.1, 100, LEAD).total // 83 389.2
 */
export function photonFlux(
  massGeV: number,
  beamEnergyGeV: number,
  target: TargetMaterial,
  method: PhotonFluxMethod = 'closed-form',
): PhotonFlux {
  const elastic =
    requireOneOf('method', method, ['closed-form', 'numerical']) === 'closed-form'
      ? photonFluxElasticClosedForm(massGeV, beamEnergyGeV, target)
      : photonFluxElasticNumerical(massGeV, beamEnergyGeV, target);
  const inelastic = photonFluxInelastic(massGeV, beamEnergyGeV, target);
  return { elastic, inelastic, total: elastic + inelastic };
}

/** ∫ d(ln t) (t − t_min)/t · G(t) over [t_min, t_max], split at the form-factor scales inside the range. */
function fluxIntegral(
  range: PhotonFluxTRange,
  scales: FormFactorScales,
  g: (t: number) => number,
  relTol: number,
): number {
  requireInRange('relTol', relTol, 1e-14, 1e-2);
  const { tMinGeV2: tmin, tMaxGeV2: tmax } = range;
  const breaks = [scales.elasticScreeningGeV2, scales.nuclearSizeGeV2, scales.inelasticScreeningGeV2, 0.71]
    .filter((t) => t > tmin && t < tmax)
    .sort((a, b) => a - b);
  const edges = [Math.log(tmin), ...breaks.map(Math.log), Math.log(tmax)];
  const f = (lt: number): number => {
    const t = Math.exp(lt);
    return (-Math.expm1(Math.log(tmin) - lt)) * g(t);
  };
  let sum = 0;
  for (let i = 0; i + 1 < edges.length; i++) sum += integrate(f, edges[i]!, edges[i + 1]!, { relTol }).value;
  return sum;
}
