/**
 * Dark-sector heavy neutral leptons (Ballett–Hostert–Pascoli 1903.07589; Abdullahi–Hostert–Pascoli
 * 2007.11813; the HNL models of 2302.05410; THEORY.md §2.0, §2.3): any number of left-handed Weyl fields
 * n_a — active neutrinos ν_α, neutral steriles (N, η) and the U(1)_X-charged χ_L, (χ_R)^c — with a general
 * complex symmetric Majorana mass matrix M, L_mass = −½ nᵀ M n + h.c.
 *
 * Takagi factorisation n_a = Σ_i U_ai ψ_i, Uᵀ M U = diag(m), m ascending ≥ 0 (THEORY.md §2.0); dark current
 * V_ij = Σ_a Q_a U*_{a i} U_{a j}; couplings c_V = g_X|Im V_ij|, c_A = g_X|Re V_ij| (i ≠ j), c_A = g_X|V_ii|.
 * Z and W couplings of the active admixture are not part of the model (THEORY.md §2.3, §3.7).
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { takagi } from '../core/linalg/index.js';
import type { Complex, ComplexMatrix, RealMatrix } from '../core/linalg/types.js';
import { requireFinite, requireInteger } from '../core/validate.js';
import { assembleModel } from './assemble.js';
import { readDarkSectorParameters, readOptions } from './options.js';
import type { DarkSectorModel } from './types.js';

/**
 * A symmetric mass matrix in GeV, in any of three spellings: real rows `[[0.5, 0.08], ...]`; a complex
 * matrix `{ re: rows, im: rows }`; or rows whose entries are numbers or `{ re, im }` complex numbers.
 */
export type HnlMassMatrix = RealMatrix | ComplexMatrix | readonly (readonly (number | Complex)[])[];

/** Inputs of {@link hnl}. */
export interface HnlOptions {
  /** Dark photon mass m_A' in GeV, > 0. */
  readonly massGeV: number;
  /** Kinetic mixing eps, in (0, 1). */
  readonly epsilon: number;
  /** Dark coupling alpha_D = g_X²/(4π), > 0. */
  readonly alphaD: number;
  /**
   * Majorana mass matrix M (GeV), n×n complex symmetric (n ≥ 2), in the flavour basis
   * (ν_1..ν_k, steriles..., χ_L, (χ_R)^c) unless `charges` says otherwise.
   */
  readonly massMatrix: HnlMassMatrix;
  /** U(1)_X charge Q_a of each flavour row; default 0 for every row except the last two, which are +1, −1. */
  readonly charges?: readonly number[];
  /** Number k of leading rows that are active neutrinos (U(1)_X neutral); default 0. */
  readonly activeFlavours?: number;
}

/**
 * Convert the rows-of-(number | {re, im}) spelling to a {@link ComplexMatrix}; other spellings pass through
 * unchanged (shape and finiteness are checked by `takagi`).
 * @param m - the mass matrix as given
 * @example normaliseMassMatrix([[1, { re: 0, im: 2 }], [{ re: 0, im: 2 }, 1]]).im // [[0, 2], [2, 0]]
 */
export function normaliseMassMatrix(m: unknown): unknown {
  if (!Array.isArray(m) || !m.some((row) => Array.isArray(row) && row.some((x) => typeof x === 'object'))) return m;
  const part = (key: 're' | 'im'): unknown[][] =>
    (m as unknown[]).map((row) =>
      Array.isArray(row) ? row.map((x: unknown) => (typeof x === 'number' ? (key === 're' ? x : 0) : entryPart(x, key))) : [],
    );
  return { re: part('re'), im: part('im') };
}

/** One part of a `{ re, im }` entry (NaN when missing, which `takagi` then reports with its position). */
function entryPart(x: unknown, key: 're' | 'im'): unknown {
  return typeof x === 'object' && x !== null ? (x as Record<string, unknown>)[key] : Number.NaN;
}

/**
 * Active admixtures below this are round-off of an exact zero: U is accurate to ~1e-16 absolute (THEORY.md
 * §2.0), so a sum of |U_αi|² below ~1e-30 carries no information.
 */
const ADMIXTURE_ROUND_OFF = 1e-30;

/** Default flavour charges: (0, ..., 0, +1, −1), the last two rows being χ_L and (χ_R)^c. */
function defaultCharges(n: number): number[] {
  return Array.from({ length: n }, (_, a) => (a === n - 2 ? 1 : a === n - 1 ? -1 : 0));
}

/**
 * Names of the mass eigenstates (THEORY.md §2.3): states whose active admixture exceeds 1/2 are `nu` (or
 * `nu1`, `nu2`, ... when there are several), the others `psi1`, `psi2`, ..., both counted in ascending mass.
 * @param admixtures - active admixture of each state, in ascending mass
 * @example stateNames([0.99, 0, 0]) // ['nu', 'psi1', 'psi2']
 */
export function stateNames(admixtures: readonly number[]): string[] {
  const active = admixtures.map((a) => a > 0.5);
  const nuCount = active.filter(Boolean).length;
  let nu = 0;
  let psi = 0;
  return active.map((isNu) => (isNu ? (nuCount === 1 ? 'nu' : `nu${++nu}`) : `psi${++psi}`));
}

/**
 * A dark-sector HNL model from its Majorana mass matrix (GeV), diagonalised by Takagi factorisation
 * (THEORY.md §2.0). Returns the ordered states with their active admixture Σ_α |U_{α i}|² (sum over the first
 * `activeFlavours` rows), the couplings of every pair from V = U† diag(Q) U, and U and Q themselves.
 *
 * An HNL with mostly-active character (admixture > 1/2) is named `nu`; a massless state (rank-deficient M)
 * is allowed. Active rows must be U(1)_X neutral. Negative and complex entries are allowed (their phases are
 * physical); M must be symmetric to 1e-12 relative.
 *
 * @param options - m_A', eps, alpha_D, `massMatrix`, optional `charges` and `activeFlavours`
 * @returns a frozen model of kind `hnl` with Majorana states
 * @throws ParameterError naming the offending parameter (`massMatrix` not square, not symmetric, not finite,
 *   zero or smaller than 2×2; `charges` of the wrong length or all zero; ...)
 * @example
 * // C-symmetric fixture of THEORY.md §2.3, basis (η, χ_L, (χ_R)^c)
 * const model = hnl({ massGeV: 1, epsilon: 1e-3, alphaD: 0.11,
 *   massMatrix: [[0.5, 0.08, 0.08], [0.08, 0.02, 0.3], [0.08, 0.3, 0.02]] });
 * model.states.map((s) => s.massGeV) // [0.2654316771…, 0.28, 0.5545683229…]
 */
export function hnl(options: HnlOptions): DarkSectorModel {
  const o = readOptions('hnl', options, ['massGeV', 'epsilon', 'alphaD', 'massMatrix', 'charges', 'activeFlavours']);
  const common = readDarkSectorParameters(o);
  const { values, u } = takagi(normaliseMassMatrix(o['massMatrix']) as ComplexMatrix, 'massMatrix');
  const n = values.length;
  if (n < 2) throw new ParameterError('massMatrix', o['massMatrix'], 'an n×n matrix with n ≥ 2');
  if (!values.some((m) => m > 0)) throw new ParameterError('massMatrix', o['massMatrix'], 'a matrix that is not zero');
  const charges = readCharges(o['charges'], n);
  const k = o['activeFlavours'] === undefined ? 0 : requireInteger('activeFlavours', o['activeFlavours'], 0, n - 1);
  const charged = charges.findIndex((q, a) => a < k && q !== 0);
  if (charged >= 0) throw new ParameterError(`charges[${charged}]`, charges[charged], '0 (active neutrino rows are U(1)_X neutral)');
  const admixtures = values.map((_, i) => {
    let sum = 0;
    for (let a = 0; a < k; a += 1) sum += (u.re[a]?.[i] ?? 0) ** 2 + (u.im[a]?.[i] ?? 0) ** 2;
    return sum < ADMIXTURE_ROUND_OFF ? 0 : sum;
  });
  return assembleModel({
    kind: 'hnl',
    label: 'hnl',
    ...common,
    parameters: { ...common, activeFlavours: k },
    masses: values,
    nature: 'majorana',
    mixingMatrix: u,
    flavourCharges: charges,
    activeAdmixtures: admixtures,
    names: stateNames(admixtures),
  });
}

/**
 * Validate the flavour charges: n finite numbers, not all zero (else nothing couples to the A'); default
 * (0, ..., 0, +1, −1) when omitted.
 */
function readCharges(value: unknown, n: number): number[] {
  if (value === undefined) return defaultCharges(n);
  if (!Array.isArray(value) || value.length !== n) {
    throw new ParameterError('charges', value, `an array of ${n} numbers (one per row of massMatrix)`);
  }
  const charges = value.map((q: unknown, a) => requireFinite(`charges[${a}]`, q));
  if (charges.every((q) => q === 0)) throw new ParameterError('charges', value, 'at least one non-zero U(1)_X charge');
  return charges;
}
