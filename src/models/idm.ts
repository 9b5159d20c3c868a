/**
 * Inelastic dark matter (iDM): one Dirac fermion χ = (χ_L, χ_R) of unit U(1)_X charge whose two Weyl
 * components get small Majorana masses, splitting it into two Majorana states ψ_1, ψ_2 (THEORY.md §2.1;
 * Izaguirre et al. 1703.06881, Berlin–Kling 1810.01879, Mohlabeng 1902.05075).
 *
 * Flavour basis (ξ, η) = (χ_L, (χ_R)^c) with charges (+1, −1) and Majorana mass matrix
 * M = [[μ_L, m_D], [m_D, μ_R]] (GeV). Diagonalised exactly in the Takagi convention Uᵀ M U = diag(m_1, m_2),
 * m_1 ≤ m_2, both ≥ 0: a negative eigenvalue of the real M becomes the phase i in the column of U
 * (THEORY.md §2.0 convention (a)).
 *
 * @module
 */
import type { ComplexMatrix } from '../core/linalg/types.js';
import { requireNonNegative, requirePositive } from '../core/validate.js';
import { assembleModel } from './assemble.js';
import { readDarkSectorParameters, readOptions } from './options.js';
import type { DarkSectorModel } from './types.js';

/** Inputs of {@link idmFromLagrangian}: the Lagrangian masses of the Dirac pair (GeV). */
export interface IdmLagrangianOptions {
  /** Dark photon mass m_A' in GeV, > 0. */
  readonly massGeV: number;
  /** Kinetic mixing eps, in (0, 1). */
  readonly epsilon: number;
  /** Dark coupling alpha_D = g_X²/(4π), > 0. */
  readonly alphaD: number;
  /** Majorana mass μ_L of χ_L in GeV, ≥ 0. */
  readonly muLGeV: number;
  /** Majorana mass μ_R of (χ_R)^c in GeV, ≥ 0. */
  readonly muRGeV: number;
  /** Dirac mass m_D in GeV, > 0. */
  readonly diracMassGeV: number;
}

/** Inputs of {@link idm}: the phenomenological parameters (THEORY.md §2.4). */
export interface IdmOptions {
  /** Dark photon mass m_A' in GeV, > 0. */
  readonly massGeV: number;
  /** Kinetic mixing eps, in (0, 1). */
  readonly epsilon: number;
  /** Dark coupling alpha_D = g_X²/(4π), > 0. */
  readonly alphaD: number;
  /** r = m_1/m_A' (dimensionless), > 0. */
  readonly r: number;
  /** Δ = (m_2 − m_1)/m_1 (dimensionless), > 0. */
  readonly delta: number;
}

/** Flavour charges of (χ_L, (χ_R)^c) for a vector-like U(1)_X with unit charge. */
const IDM_CHARGES = [1, -1] as const;

/**
 * Takagi matrix of the 2×2 iDM mass matrix (THEORY.md §2.1), rows (ξ, η), columns (ψ_1, ψ_2):
 * U = [[i cos θ, sin θ], [−i sin θ, cos θ]] when the lower eigenvalue λ_− is negative, and the real rotation
 * [[cos θ, sin θ], [−sin θ, cos θ]] when it is ≥ 0.
 * @param theta - mixing angle in rad, tan 2θ = 2 m_D/(μ_R − μ_L)
 * @param lowerNegative - whether λ_− < 0
 * @example idmMixingMatrix(Math.PI / 4, true).im[0][0] // 0.7071067811865476
 */
export function idmMixingMatrix(theta: number, lowerNegative: boolean): ComplexMatrix {
  const [c, s] = [Math.cos(theta), Math.sin(theta)];
  return lowerNegative
    ? { re: [[0, s], [0, c]], im: [[c, 0], [-s, 0]] }
    : { re: [[c, s], [-s, c]], im: [[0, 0], [0, 0]] };
}

/**
 * iDM from its Lagrangian masses μ_L, μ_R, m_D (GeV), diagonalised exactly (THEORY.md §2.1):
 * λ_± = (μ_L+μ_R)/2 ± √(m_D² + ((μ_R−μ_L)/2)²), m_2 = λ_+, m_1 = |λ_−| = |μ_L μ_R − m_D²|/λ_+ (the product
 * form avoids cancellation), tan 2θ = 2 m_D/(μ_R − μ_L) with θ ∈ (0, π/2) from atan2.
 *
 * Dark current (unit charges): V_11 = cos²θ − sin²θ = −V_22 (diagonal, axial),
 * V_12 = −i sin 2θ (off-diagonal, vector) when m_D² > μ_L μ_R; real (axial) when both eigenvalues are positive.
 * For μ_L = μ_R this is the pseudo-Dirac limit: θ = π/4, V_11 = V_22 = 0, |V_12| = 1.
 *
 * The masses must be real and ≥ 0 (CP conserving; m_D ≥ 0 and μ ≥ 0 by rephasing). For complex or
 * negative Majorana masses pass the 2×2 matrix to {@link hnl} with charges [1, −1].
 *
 * @param options - m_A', eps, alpha_D, `muLGeV`, `muRGeV` (≥ 0), `diracMassGeV` (> 0)
 * @returns a frozen model of kind `idm` with two Majorana states psi1, psi2
 * @throws ParameterError naming the offending parameter
 * @example
 * const model = idmFromLagrangian({ massGeV: 1, epsilon: 1e-3, alphaD: 0.1, muLGeV: 0.02, muRGeV: 0.1, diracMassGeV: 0.4 });
 * model.states.map((s) => s.massGeV) // [0.3419950248…, 0.4619950248…]
 */
export function idmFromLagrangian(options: IdmLagrangianOptions): DarkSectorModel {
  const o = readOptions('idmFromLagrangian', options, ['massGeV', 'epsilon', 'alphaD', 'muLGeV', 'muRGeV', 'diracMassGeV']);
  const common = readDarkSectorParameters(o);
  const muLGeV = requireNonNegative('muLGeV', o['muLGeV']);
  const muRGeV = requireNonNegative('muRGeV', o['muRGeV']);
  const diracMassGeV = requirePositive('diracMassGeV', o['diracMassGeV']);
  const halfGap = (muRGeV - muLGeV) / 2;
  const upper = (muLGeV + muRGeV) / 2 + Math.hypot(diracMassGeV, halfGap);
  const lower = (muLGeV * muRGeV - diracMassGeV * diracMassGeV) / upper;
  const theta = Math.atan2(2 * diracMassGeV, muRGeV - muLGeV) / 2;
  return assembleModel({
    kind: 'idm',
    label: 'idm-lagrangian',
    ...common,
    parameters: { ...common, muLGeV, muRGeV, diracMassGeV },
    masses: [Math.abs(lower), upper],
    nature: 'majorana',
    mixingMatrix: idmMixingMatrix(theta, lower < 0),
    flavourCharges: IDM_CHARGES,
  });
}

/**
 * iDM from the phenomenological parameters of the talk (THEORY.md §2.4): m_1 = r·m_A', m_2 = (1 + Δ)·m_1.
 * This is the pseudo-Dirac (C-symmetric) limit μ_L = μ_R = μ of {@link idmFromLagrangian}, with
 * m_D = (m_1 + m_2)/2 and μ = (m_2 − m_1)/2 (THEORY.md §2.1): θ = π/4, the A' couples only off-diagonally,
 * A'ψ̄_1γ^μψ_2 with pure vector coupling c_V = g_X, and never to ψ_iψ_i.
 *
 * Whether A' → ψ_1ψ_2 is open (m_1 + m_2 < m_A', i.e. r(2 + Δ) < 1) is a question for the widths, not a
 * model error: any r > 0, Δ > 0 is accepted.
 *
 * @param options - m_A', eps, alpha_D, `r` = m_1/m_A' (> 0), `delta` = (m_2 − m_1)/m_1 (> 0)
 * @returns a frozen model of kind `idm` with two Majorana states psi1, psi2
 * @throws ParameterError naming the offending parameter
 * @example
 * const model = idm({ massGeV: 1, epsilon: 1e-3, alphaD: 0.1, r: 0.33, delta: 0.4 });
 * model.states[1].massGeV // 0.462
 */
export function idm(options: IdmOptions): DarkSectorModel {
  const o = readOptions('idm', options, ['massGeV', 'epsilon', 'alphaD', 'r', 'delta']);
  const common = readDarkSectorParameters(o);
  const r = requirePositive('r', o['r']);
  const delta = requirePositive('delta', o['delta']);
  const m1 = r * common.massGeV;
  return assembleModel({
    kind: 'idm',
    label: 'idm',
    ...common,
    parameters: { ...common, r, delta },
    masses: [m1, (1 + delta) * m1],
    nature: 'majorana',
    mixingMatrix: idmMixingMatrix(Math.PI / 4, true),
    flavourCharges: IDM_CHARGES,
  });
}
