/**
 * Two-body kinematics of e+e− → γA′: c.m. energies, the largest mass reachable above a photon-energy threshold,
 * and the c.m. → lab mapping of both final-state momenta (EXPERIMENTS.md §1.1, §1.2, §1.5). Units: GeV.
 *
 * @module
 */
import { KinematicsError, ParameterError } from '../core/errors.js';
import { requireFinite, requireInRange, requireNonNegative, requireObject, requirePositive } from '../core/validate.js';
import { BABAR_BEAMS, beamBoost, type CollidingBeams } from './babarBeams.js';

/**
 * Photon energy in the c.m. frame, E*_γ = (s − m²)/(2√s) = |p*| (EXPERIMENTS.md §1.2).
 * @param massGeV - m_A′, GeV, in [0, √s)
 * @param sqrtSGeV - √s, GeV (default 10.58)
 * @throws KinematicsError if m ≥ √s
 * @example photonEnergyCm(1) // 5.24274
 */
export function photonEnergyCm(massGeV: number, sqrtSGeV: number = BABAR_BEAMS.sqrtSGeV): number {
  const { m, rs } = checkMass(massGeV, sqrtSGeV);
  return ((rs - m) * (rs + m)) / (2 * rs);
}

/**
 * A′ energy in the c.m. frame, E*_A′ = (s + m²)/(2√s) (EXPERIMENTS.md §1.2).
 * @param massGeV - m_A′, GeV, in [0, √s)
 * @param sqrtSGeV - √s, GeV (default 10.58)
 * @throws KinematicsError if m ≥ √s
 * @example darkPhotonEnergyCm(1) // 5.33726
 */
export function darkPhotonEnergyCm(massGeV: number, sqrtSGeV: number = BABAR_BEAMS.sqrtSGeV): number {
  const { m, rs } = checkMass(massGeV, sqrtSGeV);
  return (rs * rs + m * m) / (2 * rs);
}

/**
 * Largest A′ mass for which the c.m. photon energy reaches a threshold, m_max = √(s − 2√s E_th)
 * (EXPERIMENTS.md §1.2: E_th = 2 GeV → 8.344 GeV, 1 GeV → 9.528 GeV at √s = 10.58 GeV).
 * @param photonThresholdGeV - E_th, GeV, in [0, √s/2]
 * @param sqrtSGeV - √s, GeV (default 10.58)
 * @example maxMassForPhotonThreshold(2) // 8.344
 */
export function maxMassForPhotonThreshold(photonThresholdGeV: number, sqrtSGeV: number = BABAR_BEAMS.sqrtSGeV): number {
  const rs = requirePositive('sqrtSGeV', sqrtSGeV);
  const eth = requireNonNegative('photonThresholdGeV', photonThresholdGeV);
  if (eth > rs / 2) throw new ParameterError('photonThresholdGeV', eth, `[0, ${rs / 2}] (√s/2)`);
  if (!Number.isFinite(rs * rs)) throw new ParameterError('sqrtSGeV', rs, 'a value whose square s is finite');
  return Math.sqrt(rs * (rs - 2 * eth));
}

/** Precomputed kinematics of e+e− → γA′ at one mass and one beam setting (plain data). */
export interface EeToGammaAPrimeKinematics {
  /** m_A′, GeV. */
  readonly massGeV: number;
  /** √s used for the c.m. energies, GeV. */
  readonly sqrtSGeV: number;
  /** E*_γ = |p*|, GeV. */
  readonly photonEnergyCmGeV: number;
  /** E*_A′, GeV. */
  readonly darkPhotonEnergyCmGeV: number;
  /** β of the c.m. frame along +z (from the beam energies, {@link beamBoost}). */
  readonly beta: number;
  /** γ of the c.m. frame. */
  readonly gamma: number;
}

/**
 * Kinematics of e+e− → γA′ for given beams: c.m. energies from the nominal √s of `beams`, boost from the beam
 * energies (EXPERIMENTS.md §1.1 convention: √s = 10.58 GeV for energies, βγ = 0.5585 for the boost).
 * @param massGeV - m_A′, GeV, in [0, √s)
 * @param beams - beams (default {@link BABAR_BEAMS})
 * @throws KinematicsError if m ≥ √s
 * @example eeToGammaAPrimeKinematics(1).photonEnergyCmGeV // 5.24274
 */
export function eeToGammaAPrimeKinematics(massGeV: number, beams: CollidingBeams = BABAR_BEAMS): EeToGammaAPrimeKinematics {
  const b = beamBoost(beams);
  const kinematics = {
    massGeV,
    sqrtSGeV: beams.sqrtSGeV,
    photonEnergyCmGeV: photonEnergyCm(massGeV, beams.sqrtSGeV),
    darkPhotonEnergyCmGeV: darkPhotonEnergyCm(massGeV, beams.sqrtSGeV),
    beta: b.beta,
    gamma: b.gamma,
  };
  computed.add(kinematics);
  return kinematics;
}

/** Kinematics built by {@link eeToGammaAPrimeKinematics}; any other object is checked field by field. */
const computed = new WeakSet<object>();

function requireKinematics(kinematics: EeToGammaAPrimeKinematics): EeToGammaAPrimeKinematics {
  if (computed.has(kinematics)) return kinematics;
  const o = requireObject('kinematics', kinematics);
  requireNonNegative('kinematics.photonEnergyCmGeV', o['photonEnergyCmGeV']);
  requireNonNegative('kinematics.darkPhotonEnergyCmGeV', o['darkPhotonEnergyCmGeV']);
  requireInRange('kinematics.beta', o['beta'], -1, 1, { lowerOpen: true, upperOpen: true });
  requireInRange('kinematics.gamma', o['gamma'], 1, Number.MAX_VALUE);
  const k = kinematics.photonEnergyCmGeV + kinematics.darkPhotonEnergyCmGeV;
  if (!Number.isFinite(kinematics.gamma * 2 * k)) throw new ParameterError('kinematics', kinematics, 'c.m. energies and γ whose lab energies are finite');
  return kinematics;
}

/**
 * Lab four-momenta of the photon and the A′ for a photon at (cos θ*, φ) in the c.m. frame (the A′ is back to
 * back): E = γ(E* + βp*_z), p_z = γ(p*_z + βE*), p_T unchanged (EXPERIMENTS.md §1.1). Writes the photon at
 * `out[offset..offset+3]` and the A′ at `darkPhotonOut[darkPhotonOffset..+3]` (by default right after the photon,
 * `out[offset+4..offset+7]`; pass separate arrays for a structure-of-arrays event record), GeV. Allocation-free.
 * @param out - destination buffer of the photon
 * @param offset - index of the photon energy
 * @param kinematics - from {@link eeToGammaAPrimeKinematics}
 * @param cosThetaCm - cos θ*_γ, [−1, 1]
 * @param phiCm - azimuth of the photon, rad
 * @param darkPhotonOut - destination buffer of the A′ (default `out`)
 * @param darkPhotonOffset - index of the A′ energy (default `offset + 4`)
 * @example
 * const out = new Float64Array(8);
 * eeToGammaAPrimeLabInto(out, 0, eeToGammaAPrimeKinematics(1), 0, 0); // out[0] = 6.0050 (E_lab of γ)
 */
export function eeToGammaAPrimeLabInto(
  out: Float64Array,
  offset: number,
  kinematics: EeToGammaAPrimeKinematics,
  cosThetaCm: number,
  phiCm: number,
  darkPhotonOut: Float64Array = out,
  darkPhotonOffset: number = offset + 4,
): void {
  if (typeof cosThetaCm !== 'number' || !(cosThetaCm >= -1 && cosThetaCm <= 1)) throw new ParameterError('cosThetaCm', cosThetaCm, '[-1, 1]');
  if (typeof phiCm !== 'number' || !(phiCm > -Infinity && phiCm < Infinity)) throw new ParameterError('phiCm', phiCm, 'a finite number');
  if (!(out instanceof Float64Array)) throw new ParameterError('out', out, 'a Float64Array');
  if (!(darkPhotonOut instanceof Float64Array)) throw new ParameterError('darkPhotonOut', darkPhotonOut, 'a Float64Array');
  if (!(offset >= 0 && offset + 4 <= out.length && (offset | 0) === offset)) {
    throw new ParameterError('offset', offset, `an integer in [0, ${out.length - 4}]`);
  }
  const ao = darkPhotonOffset;
  if (!(ao >= 0 && ao + 4 <= darkPhotonOut.length && (ao | 0) === ao)) {
    throw new ParameterError('darkPhotonOffset', ao, `an integer in [0, ${darkPhotonOut.length - 4}]`);
  }
  eeToGammaAPrimeLabUncheckedInto(out, offset, requireKinematics(kinematics), cosThetaCm, phiCm, darkPhotonOut, ao);
}

/**
 * {@link eeToGammaAPrimeLabInto} without validation (the event loop of `generateEvents`, on prepared kinematics).
 * @internal
 */
export function eeToGammaAPrimeLabUncheckedInto(
  out: Float64Array,
  offset: number,
  kinematics: EeToGammaAPrimeKinematics,
  cosThetaCm: number,
  phiCm: number,
  darkPhotonOut: Float64Array,
  ao: number,
): void {
  const { photonEnergyCmGeV: k, darkPhotonEnergyCmGeV: ea, beta, gamma } = kinematics;
  const st = Math.sqrt((1 - cosThetaCm) * (1 + cosThetaCm));
  const px = k * st * Math.cos(phiCm);
  const py = k * st * Math.sin(phiCm);
  const pz = k * cosThetaCm;
  out[offset] = gamma * (k + beta * pz);
  out[offset + 1] = px;
  out[offset + 2] = py;
  out[offset + 3] = gamma * (pz + beta * k);
  darkPhotonOut[ao] = gamma * (ea - beta * pz);
  darkPhotonOut[ao + 1] = -px;
  darkPhotonOut[ao + 2] = -py;
  darkPhotonOut[ao + 3] = gamma * (-pz + beta * ea);
}

function checkMass(massGeV: number, sqrtSGeV: number): { m: number; rs: number } {
  const rs = requirePositive('sqrtSGeV', sqrtSGeV);
  const m = requireFinite('massGeV', massGeV);
  if (m < 0) throw new ParameterError('massGeV', m, 'a finite number >= 0');
  if (!(m < rs)) throw new KinematicsError("e+e- -> gamma A'", `massGeV = ${m} GeV is not below sqrtSGeV = ${rs} GeV`);
  if (!Number.isFinite(rs * rs)) throw new ParameterError('sqrtSGeV', rs, 'a value whose square s is finite');
  return { m, rs };
}
