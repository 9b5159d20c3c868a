/**
 * Inelastic Dirac dark matter, i2DM (Filimonova, Junius, Lopez Honorez, Westhoff, arXiv:2201.08409;
 * THEORY.md §2.2): two Dirac fermions, ψ_a = η sterile (U(1)_X neutral) and ψ_b = χ of unit charge, with the
 * Dirac mass matrix [[M_1, M], [M, M_2]] (GeV); the U(1)_X-breaking mass M mixes them.
 *
 * Exact diagonalisation: m_{1,2} = (M_1+M_2)/2 ∓ √(M² + ((M_2−M_1)/2)²), tan 2θ = 2M/(M_2 − M_1),
 * ψ_a = c ψ_1 + s ψ_2, ψ_b = −s ψ_1 + c ψ_2 (s = sin θ, c = cos θ). The current Q ψ̄_bγ^μψ_b becomes
 * Q(s² ψ̄_1γ^μψ_1 − s c (ψ̄_1γ^μψ_2 + ψ̄_2γ^μψ_1) + c² ψ̄_2γ^μψ_2): pure vector couplings g_X s², g_X s c,
 * g_X c². The mixing matrix stored in the model is this real rotation, rows (ψ_a, ψ_b) = Dirac fields,
 * flavour charges (0, 1). For a Dirac pair i ≠ j the single {@link PairCoupling} entry describes each of the
 * two distinct final states ψ_iψ̄_j and ψ_jψ̄_i (THEORY.md §3.3 table).
 *
 * Both eigenvalues must be ≥ 0 (M² ≤ M_1 M_2): then the left and right rotations coincide and the couplings
 * are pure vector. A negative eigenvalue needs a chiral rotation of that state, which generates axial
 * couplings that differ for L and R (a general SVD); that case is not supported and raises a ParameterError.
 *
 * @module
 */
import type { ComplexMatrix } from '../core/linalg/types.js';
import { ParameterError } from '../core/errors.js';
import { requireInRange, requireNonNegative, requirePositive } from '../core/validate.js';
import { assembleModel } from './assemble.js';
import { readDarkSectorParameters, readOptions } from './options.js';
import type { DarkSectorModel } from './types.js';

/** Inputs of {@link i2dm}: phenomenological parameters. */
export interface I2dmOptions {
  /** Dark photon mass m_A' in GeV, > 0. */
  readonly massGeV: number;
  /** Kinetic mixing eps, in (0, 1). */
  readonly epsilon: number;
  /** Dark coupling alpha_D = g_X²/(4π) of the charged Dirac fermion, > 0. */
  readonly alphaD: number;
  /** r = m_1/m_A' (dimensionless), > 0. */
  readonly r: number;
  /** Δ = (m_2 − m_1)/m_1 (dimensionless), > 0. */
  readonly delta: number;
  /** Exact mixing angle θ in rad, in [0, π/2); θ < π/4 means ψ_1 is mostly the sterile (the DM). */
  readonly theta: number;
}

/** Inputs of {@link i2dmFromLagrangian}: the Dirac mass matrix [[M_1, M], [M, M_2]] in GeV. */
export interface I2dmLagrangianOptions {
  /** Dark photon mass m_A' in GeV, > 0. */
  readonly massGeV: number;
  /** Kinetic mixing eps, in (0, 1). */
  readonly epsilon: number;
  /** Dark coupling alpha_D = g_X²/(4π) of the charged Dirac fermion, > 0. */
  readonly alphaD: number;
  /** Dirac mass M_1 of the sterile η in GeV, ≥ 0. */
  readonly sterileMassGeV: number;
  /** Dirac mass M_2 of the charged χ in GeV, ≥ 0. */
  readonly chargedMassGeV: number;
  /** U(1)_X-breaking mixing mass M in GeV, ≥ 0 and M² ≤ M_1 M_2 (to round-off: equality gives m_1 = 0). */
  readonly mixingMassGeV: number;
}

/** U(1)_X charges of the Dirac fields (ψ_a = η, ψ_b = χ). */
const I2DM_CHARGES = [0, 1] as const;

/**
 * Real rotation of i2DM, rows (ψ_a, ψ_b), columns (ψ_1, ψ_2): [[c, s], [−s, c]] (THEORY.md §2.2).
 * @param theta - mixing angle in rad
 * @example i2dmMixingMatrix(Math.PI / 4).re // [[0.7071…, 0.7071…], [-0.7071…, 0.7071…]]
 */
function i2dmMixingMatrix(theta: number): ComplexMatrix {
  const [c, s] = [Math.cos(theta), Math.sin(theta)];
  return { re: [[c, s], [-s, c]], im: [[0, 0], [0, 0]] };
}

/**
 * i2DM from the phenomenological parameters: m_1 = r·m_A', m_2 = (1 + Δ)·m_1 and the exact mixing angle θ
 * (so M_1 = c² m_1 + s² m_2, M_2 = s² m_1 + c² m_2, M = s c (m_2 − m_1) — the inverse of the exact
 * diagonalisation, not its small-angle form θ ≈ M/(M_2 − M_1)). Couplings (unit charge): ψ_1ψ̄_1: g_X s²,
 * ψ_1ψ̄_2: g_X s c, ψ_2ψ̄_2: g_X c², all vector (2201.08409; THEORY.md §2.2).
 * @param options - m_A', eps, alpha_D, `r` (> 0), `delta` (> 0), `theta` (rad, in [0, π/2))
 * @returns a frozen model of kind `i2dm` with two Dirac states psi1, psi2
 * @throws ParameterError naming the offending parameter
 * @example i2dm({ massGeV: 1, epsilon: 1e-3, alphaD: 0.1, r: 0.33, delta: 0.4, theta: 0.1 }).couplings.length // 3
 */
export function i2dm(options: I2dmOptions): DarkSectorModel {
  const o = readOptions('i2dm', options, ['massGeV', 'epsilon', 'alphaD', 'r', 'delta', 'theta']);
  const common = readDarkSectorParameters(o);
  const r = requirePositive('r', o['r']);
  const delta = requirePositive('delta', o['delta']);
  const theta = requireInRange('theta', o['theta'], 0, Math.PI / 2, { upperOpen: true });
  const m1 = r * common.massGeV;
  return assembleModel({
    kind: 'i2dm',
    label: 'i2dm',
    ...common,
    parameters: { ...common, r, delta, theta },
    masses: [m1, (1 + delta) * m1],
    nature: 'dirac',
    mixingMatrix: i2dmMixingMatrix(theta),
    flavourCharges: I2DM_CHARGES,
  });
}

/**
 * i2DM from the Dirac mass matrix [[M_1, M], [M, M_2]] (GeV), diagonalised exactly (2201.08409;
 * THEORY.md §2.2): m_2 = (M_1+M_2)/2 + √(M² + ((M_2−M_1)/2)²), m_1 = (M_1 M_2 − M²)/m_2 (product form,
 * no cancellation), θ = atan2(2M, M_2 − M_1)/2 ∈ [0, π/2).
 * @param options - m_A', eps, alpha_D, `sterileMassGeV` M_1, `chargedMassGeV` M_2, `mixingMassGeV` M (all ≥ 0)
 * @returns a frozen model of kind `i2dm` with two Dirac states psi1, psi2
 * @throws ParameterError naming the offending parameter; `mixingMassGeV` when M² > M_1 M_2 (negative
 *   eigenvalue: chiral rotation not supported)
 * @example
 * const model = i2dmFromLagrangian({ massGeV: 1, epsilon: 1e-3, alphaD: 0.5, sterileMassGeV: 0.3, chargedMassGeV: 0.36, mixingMassGeV: 0.003 });
 * model.states[0].massGeV // 0.29985037…
 */
export function i2dmFromLagrangian(options: I2dmLagrangianOptions): DarkSectorModel {
  const keys = ['massGeV', 'epsilon', 'alphaD', 'sterileMassGeV', 'chargedMassGeV', 'mixingMassGeV'];
  const o = readOptions('i2dmFromLagrangian', options, keys);
  const common = readDarkSectorParameters(o);
  const sterileMassGeV = requireNonNegative('sterileMassGeV', o['sterileMassGeV']);
  const chargedMassGeV = requireNonNegative('chargedMassGeV', o['chargedMassGeV']);
  const mixingMassGeV = requireNonNegative('mixingMassGeV', o['mixingMassGeV']);
  // M_1 M_2 − M², with a round-off guard: |det| within a few ulp of its terms is an exact 0 (m_1 = 0)
  const [product, square] = [sterileMassGeV * chargedMassGeV, mixingMassGeV * mixingMassGeV];
  const raw = product - square;
  const determinant = Math.abs(raw) <= 4 * Number.EPSILON * (product + square) ? 0 : raw;
  if (determinant < 0) {
    throw new ParameterError('mixingMassGeV', mixingMassGeV,
      `[0, √(M_1 M_2)] = [0, ${Math.sqrt(sterileMassGeV * chargedMassGeV)}] (a negative eigenvalue needs a chiral rotation, which is not supported)`);
  }
  const upper = (sterileMassGeV + chargedMassGeV) / 2 + Math.hypot(mixingMassGeV, (chargedMassGeV - sterileMassGeV) / 2);
  if (!(upper > 0)) throw new ParameterError('chargedMassGeV', chargedMassGeV, '> 0 (the mass matrix vanishes)');
  return assembleModel({
    kind: 'i2dm',
    label: 'i2dm-lagrangian',
    ...common,
    parameters: { ...common, sterileMassGeV, chargedMassGeV, mixingMassGeV },
    masses: [determinant / upper, upper],
    nature: 'dirac',
    mixingMatrix: i2dmMixingMatrix(Math.atan2(2 * mixingMassGeV, chargedMassGeV - sterileMassGeV) / 2),
    flavourCharges: I2DM_CHARGES,
  });
}
