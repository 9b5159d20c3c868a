/**
 * The model contract every later layer (widths, production, Monte Carlo, recast) takes as input: a plain,
 * immutable object built by a pure constructor from the parameters a physicist writes in a paper.
 *
 * Conventions (THEORY.md §0.1, §2.0): masses in GeV; eps normalised so that A' couples to eps·e·Q_f·f̄γ^μf;
 * alpha_D = g_X²/(4π); dark-fermion states ordered by mass, all masses ≥ 0 (Takagi convention, phases in U).
 *
 * @module
 */
import type { ComplexMatrix } from '../core/linalg/types.js';

/** Whether a dark-fermion mass eigenstate is a Majorana or a Dirac fermion. */
export type FermionNature = 'majorana' | 'dirac';

/** One dark-fermion mass eigenstate. */
export interface DarkState {
  /** Name: `psi1`, `psi2`, ... in ascending mass; `nu` (or `nu1`, `nu2`, ...) for mostly-active neutrino states. */
  readonly name: string;
  /** Mass in GeV, ≥ 0. */
  readonly massGeV: number;
  /** Majorana or Dirac. */
  readonly nature: FermionNature;
  /** Active-neutrino admixture Σ_α |U_{α i}|² (0 in models without active neutrinos). */
  readonly activeAdmixture: number;
}

/**
 * Effective A' coupling of one pair of mass eigenstates (i ≤ j), for the vertex
 * A'_μ ψ̄_i γ^μ (c_V − c_A γ⁵) ψ_j, with g_X and all mixing factors included (THEORY.md §2.0, §3.3):
 * - Majorana i ≠ j: c_V = g_X |Im V_ij|, c_A = g_X |Re V_ij| (one vertex, no "+ h.c.");
 * - Majorana i = j: c_A = g_X |V_ii| with the Lagrangian normalisation 1/2 (so Γ(A'→ψ_iψ_i) carries 1/(24π));
 * - Dirac: c_V, c_A of the Dirac bilinear (i2DM: c_V = g_X Q s², −s c, c²).
 * Left/right couplings of γ^μ(left P_L + right P_R) are left = c_V + c_A, right = c_V − c_A.
 */
export interface PairCoupling {
  /** Index of the lighter (or equal) state in `states`, 0-based. */
  readonly i: number;
  /** Index of the heavier (or equal) state in `states`, 0-based, j ≥ i. */
  readonly j: number;
  /** Vector coupling c_V (dimensionless, ≥ 0). */
  readonly vector: number;
  /** Axial coupling c_A (dimensionless, ≥ 0). */
  readonly axial: number;
}

/** Which family of dark sector a model belongs to. */
export type ModelKind = 'dark-photon' | 'idm' | 'i2dm' | 'hnl';

/** A dark-photon model: the A' plus (possibly) a dark sector of fermions coupled to it. */
export interface DarkSectorModel {
  /** Model family. */
  readonly kind: ModelKind;
  /** A label: the preset name (`idm`, `hnl-bp1`, ...) or the constructor name. */
  readonly label: string;
  /** Dark photon mass m_A' in GeV. */
  readonly darkPhotonMassGeV: number;
  /** Kinetic mixing eps, in (0, 1). */
  readonly epsilon: number;
  /** Dark gauge coupling alpha_D = g_X²/(4π) (0 for the minimal dark photon). */
  readonly alphaD: number;
  /** The constructor inputs, exactly as given (numbers only), for provenance and re-construction. */
  readonly parameters: Readonly<Record<string, number>>;
  /** Dark-fermion mass eigenstates, ascending in mass. Empty for the minimal dark photon. */
  readonly states: readonly DarkState[];
  /** A' couplings of every pair i ≤ j in the mass basis (pairs with both couplings 0 may be omitted). */
  readonly couplings: readonly PairCoupling[];
  /** Mixing matrix U (flavour rows, mass columns; Uᵀ M U = diag(m)) where the model has one. */
  readonly mixingMatrix?: ComplexMatrix;
  /** U(1)_X charges of the flavour (Weyl) fields, aligned with the rows of `mixingMatrix`. */
  readonly flavourCharges?: readonly number[];
}
