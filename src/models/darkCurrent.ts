/**
 * The dark current in the mass basis and the effective A' couplings of each pair of dark fermions
 * (THEORY.md §2.0, §2.2, §3.3). Everything here is derived from a model's mixing matrix U and flavour charges
 * Q_a, never stored separately.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { complexDiagonal, complexMultiply, conjugateTranspose } from '../core/linalg/index.js';
import type { ComplexMatrix } from '../core/linalg/types.js';
import { requireInteger, requireOneOf } from '../core/validate.js';
import { checkModel } from './checkModel.js';
import type { DarkSectorModel, FermionNature, PairCoupling } from './types.js';

/**
 * Entries of V smaller than this (relative to max|Q_a|) are double-precision round-off of exact zeros
 * (U is accurate to ~1e-15 absolute, THEORY.md §2.0 "Robust Takagi") and are set to exactly 0, so that a
 * symmetry-forbidden coupling (C symmetry, the pseudo-Dirac limit) is exactly absent. Genuine couplings in
 * this library's models are many orders larger (e.g. |V_ν3| ≈ 7.7e-4 in the §2.3 neutrino fixture).
 */
const ROUND_OFF = 1e-14;

/**
 * Dark-current matrix V = U† diag(Q) U, i.e. V_ij = Σ_a Q_a U*_{a i} U_{a j} (THEORY.md §2.0; for one charged
 * Dirac pair V_ij = U*_{χL i} U_{χL j} − U*_{χR i} U_{χR j}). Hermitian, dimensionless.
 * @param u - mixing matrix, flavour rows, mass columns (Uᵀ M U = diag(m))
 * @param charges - U(1)_X charge of each flavour row
 * @returns V as real and imaginary parts, round-off below 1e-14·max|Q| set to 0
 * @example currentMatrix({ re: [[1, 0], [0, 1]], im: [[0, 0], [0, 0]] }, [1, -1]).re // [[1, 0], [0, -1]]
 */
export function currentMatrix(u: ComplexMatrix, charges: readonly number[]): ComplexMatrix {
  const v = complexMultiply(conjugateTranspose(u), complexMultiply(complexDiagonal(charges), u));
  const chop = ROUND_OFF * Math.max(...charges.map(Math.abs));
  const clean = (row: readonly number[]): number[] => row.map((x) => (Math.abs(x) < chop ? 0 : x));
  return { re: v.re.map(clean), im: v.im.map(clean) };
}

/**
 * Effective couplings c_V, c_A of every pair i ≤ j from the dark current V (THEORY.md §2.0 and the table of
 * §3.3), for the vertex A'_μ ψ̄_i γ^μ (c_V − c_A γ⁵) ψ_j, with g_X included:
 * - Majorana, i ≠ j: c_V = g_X |Im V_ij|, c_A = g_X |Re V_ij| (one Hermitian vertex, no "+ h.c." doubling);
 * - Majorana, i = j: c_A = g_X |V_ii| (Lagrangian normalisation 1/2, so Γ(A'→ψ_iψ_i) carries 1/(24π));
 * - Dirac (i2DM, 2201.08409; THEORY.md §2.2): c_V = g_X |V_ij| (pure vector; V real for Dirac mixing).
 * Pairs with both couplings exactly 0 are omitted.
 * @param v - dark-current matrix in the mass basis
 * @param gX - U(1)_X gauge coupling g_X = √(4π α_D)
 * @param nature - whether the states are Majorana or Dirac fermions
 * @returns couplings sorted by (i, j)
 * @example pairCouplingsFromCurrent({ re: [[0, 0], [0, 0]], im: [[0, -1], [1, 0]] }, 1, 'majorana') // [{ i: 0, j: 1, vector: 1, axial: 0 }]
 */
export function pairCouplingsFromCurrent(v: ComplexMatrix, gX: number, nature: FermionNature): PairCoupling[] {
  const couplings: PairCoupling[] = [];
  const n = v.re.length;
  for (let i = 0; i < n; i += 1) {
    for (let j = i; j < n; j += 1) {
      const re = v.re[i]?.[j] ?? 0;
      const im = v.im[i]?.[j] ?? 0;
      let vector: number;
      let axial: number;
      if (nature === 'dirac') [vector, axial] = [gX * Math.hypot(re, im), 0];
      else if (i === j) [vector, axial] = [0, gX * Math.abs(re)];
      else [vector, axial] = [gX * Math.abs(im), gX * Math.abs(re)];
      if (vector !== 0 || axial !== 0) couplings.push({ i, j, vector, axial });
    }
  }
  return couplings;
}

/**
 * The U(1)_X gauge coupling g_X = √(4π α_D) (THEORY.md §0.1; α_D = g_X²/(4π) with unit charges, §5 item 2).
 * Dimensionless; 0 for the minimal dark photon.
 * @param model - any model
 * @example darkCoupling(idm({ massGeV: 1, epsilon: 1e-3, alphaD: 0.1, r: 0.33, delta: 0.4 })) // 1.1209982432795857
 */
export function darkCoupling(model: DarkSectorModel): number {
  const gX = gaugeCouplingFromAlpha(checkModel(model).alphaD);
  if (!Number.isFinite(gX)) throw new ParameterError('model.alphaD', model.alphaD, 'a value with a finite g_X = √(4π alpha_D)');
  return gX;
}

/**
 * g_X = √(4π α_D) from α_D (THEORY.md §0.1). Dimensionless.
 * @param alphaD - α_D ≥ 0 (validated by the caller)
 * @example gaugeCouplingFromAlpha(0.1) // 1.1209982432795857
 */
export function gaugeCouplingFromAlpha(alphaD: number): number {
  return Math.sqrt(4 * Math.PI * alphaD);
}

/**
 * The dark-current matrix V of a model, derived from its mixing matrix and flavour charges:
 * V_ij = Σ_a Q_a U*_{a i} U_{a j} (THEORY.md §2.0). Dimensionless, Hermitian, indices as in `model.states`.
 * @param model - a model with a dark sector (not the minimal dark photon)
 * @throws ParameterError if the model has no mixing matrix
 * @example darkCurrentMatrix(preset('idm')).im[0][1] // -1 (pseudo-Dirac: purely off-diagonal, vector)
 */
export function darkCurrentMatrix(model: DarkSectorModel): ComplexMatrix {
  checkModel(model);
  if (model.mixingMatrix === undefined || model.flavourCharges === undefined) {
    throw new ParameterError('model', model.kind, 'a model with a dark sector (mixingMatrix and flavourCharges)');
  }
  return currentMatrix(model.mixingMatrix, model.flavourCharges);
}

/**
 * Index of a state in `model.states`, given its 0-based index or its name (`"psi2"`, `"nu"`).
 * @param model - any model with states
 * @param state - index or name
 * @param parameter - parameter name used in the error message
 * @throws ParameterError if there is no such state
 * @example stateIndex(preset('idm'), 'psi2') // 1
 */
export function stateIndex(model: DarkSectorModel, state: number | string, parameter = 'state'): number {
  if (typeof state === 'string') {
    const names = model.states.map((s) => s.name);
    return names.indexOf(requireOneOf(parameter, state, names));
  }
  return requireInteger(parameter, state, 0, model.states.length - 1);
}

/**
 * The effective couplings (c_V, c_A) of the pair (i, j), in either order; zeros when the pair does not couple
 * (e.g. forbidden by C symmetry). Same vertex convention as {@link PairCoupling}.
 * @param model - any model with states
 * @param first - index or name of one state
 * @param second - index or name of the other state
 * @example pairCoupling(preset('idm'), 'psi1', 'psi2') // { vector: 1.1209982432795857, axial: 0 }
 */
export function pairCoupling(
  model: DarkSectorModel,
  first: number | string,
  second: number | string,
): {
  /** Vector coupling c_V. */
  readonly vector: number;
  /** Axial coupling c_A. */
  readonly axial: number;
} {
  checkModel(model);
  const a = stateIndex(model, first, 'first');
  const b = stateIndex(model, second, 'second');
  const [i, j] = a <= b ? [a, b] : [b, a];
  const found = model.couplings.find((c) => c.i === i && c.j === j);
  return { vector: found?.vector ?? 0, axial: found?.axial ?? 0 };
}
