/**
 * Takagi factorisation of a complex symmetric matrix (THEORY.md §2.0, ENGINEERING.md §1.1).
 *
 * @module
 */
import { ParameterError } from '../errors.js';
import { requireObject } from '../validate.js';
import { complexDiagonal, complexMultiply, complexTranspose, maxAbsDifference } from './complex.js';
import { eigenSymmetricTrusted } from './eigenSymmetric.js';
import { pivotedGramSchmidt, type ComplexVector } from './gramSchmidt.js';
import type { ComplexMatrix, RealMatrix, TakagiResult } from './types.js';
import { maxAbsEntry, requireComplexSquareMatrix, requireSymmetric } from './validateMatrix.js';

/** One Takagi vector (a column of U) and its Takagi value, before sorting. */
interface TakagiColumn {
  value: number;
  re: Float64Array;
  im: Float64Array;
}

/**
 * Takagi factorisation of a complex symmetric n×n matrix M (Mᵀ = M, not Hermitian): a unitary U and
 * non-negative values m with
 *
 *     Uᵀ M U = diag(m),   m ascending,   U†U = 1,
 *
 * equivalently M = U* diag(m) U†, i.e. **M = Wᵀ diag(m) W with W = U†** (the form quoted in the project brief).
 * Convention of THEORY.md §2.0 (2302.05410, DarkNews): flavour fields n_a = Σ_i U_ai ψ_i, so the rows of U
 * are the flavour (interaction) basis and the columns the mass eigenstates. The m are the singular values of M.
 *
 * Method (source: THEORY.md §2.0, ENGINEERING.md §1.1 points 1–4):
 * - real M (imaginary part exactly zero): real symmetric eigen-decomposition Oᵀ M O = diag(λ) via
 *   {@link eigenSymmetric}; m_k = |λ_k| and column k of U is column k of O multiplied by i where λ_k < 0
 *   (THEORY.md convention (a), positive masses);
 * - complex M = A + iB: eigenvectors (x; z) of the real symmetric 2n×2n matrix H = [[A, B], [B, −A]], whose
 *   eigenvalues come in pairs ±m; each gives a Takagi vector u = x − i z with M u = m u*. The n vectors are
 *   chosen by pivoted complex Gram–Schmidt, largest eigenvalue first, which keeps U unitary also for degenerate
 *   values and for zero values (the J-invariant null space of H, THEORY.md's caveat); each column is then
 *   re-phased so that u_kᵀ M u_k = m_k is real and ≥ 0.
 *
 * Accuracy: absolute errors ~ n·ε·max|M_ij| in m and in Uᵀ M U (tiny Takagi values are not resolved relatively).
 * Determinism: each column's phase is fixed up to the sign, which is chosen so that its largest-modulus
 * component has Re + Im > 0; for degenerate values U is one (deterministic) basis of the eigenspace.
 *
 * Domain: non-empty square matrix of finite numbers (a {@link RealMatrix} or a {@link ComplexMatrix}), symmetric to
 * 1e-12 relative; otherwise a {@link ParameterError} naming `name` (default `'matrix'`).
 *
 * @param m - the complex symmetric matrix
 * @param name - parameter name used in error messages
 * @example
 * // iDM mass matrix (THEORY.md §2.1): pseudo-Dirac pair with one negative eigenvalue
 * const { values, u } = takagi([[0.02, 0.40], [0.40, 0.10]]);
 * // values ≈ [0.3419950248, 0.4619950248]; u.im[0][0] ≈ cos θ (the lighter state carries the factor i)
 */
export function takagi(m: ComplexMatrix | RealMatrix, name = 'matrix'): TakagiResult {
  const { re, im } = requireComplexSquareMatrix(name, m);
  requireSymmetric(name, [re, im], m);
  const isReal = im.every((row) => row.every((x) => x === 0));
  const columns = isReal ? takagiReal(re) : takagiComplex(re, im);
  const result = assemble(columns, re.length);
  // Values are scaled back by max|M_ij|: near the largest double they can overflow.
  if (!result.values.every(Number.isFinite)) throw new ParameterError(name, m, 'entries small enough that the Takagi values are finite');
  return result;
}

/**
 * Residual max_ij |(Uᵀ M U − diag(m))_ij| of a Takagi factorisation (0 for an exact one). Use it in tests and
 * sanity checks together with {@link unitarityResidual}.
 * @example takagiResidual([[0, 1], [1, 0]], takagi([[0, 1], [1, 0]])) // ≈ 1e-16
 */
export function takagiResidual(m: ComplexMatrix | RealMatrix, result: TakagiResult): number {
  const mc = requireComplexSquareMatrix('m', m);
  const n = mc.re.length;
  const r = requireObject('result', result);
  const u = requireComplexSquareMatrix('result.u', r['u']);
  if (u.re.length !== n) throw new ParameterError('result.u', r['u'], `a ${n}×${n} matrix (the shape of m)`);
  const values = r['values'];
  if (!Array.isArray(values) || values.length !== n || !values.every((x: unknown) => typeof x === 'number' && Number.isFinite(x))) {
    throw new ParameterError('result.values', values, `an array of ${n} finite numbers`);
  }
  try {
    return takagiResidualChecked(mc, { values, u });
  } catch (error) {
    // Validated finite inputs fail only by overflow of Uᵀ M U (entries near the largest double).
    if (error instanceof ParameterError) throw new ParameterError('m', m, 'entries small enough that Uᵀ M U is finite');
    throw error;
  }
}

/** {@link takagiResidual} of a validated matrix and factorisation. */
function takagiResidualChecked(mc: ComplexMatrix, result: TakagiResult): number {
  const utmu = complexMultiply(complexMultiply(complexTranspose(result.u), mc), result.u);
  return maxAbsDifference(utmu, complexDiagonal(result.values));
}

/** Real M: O diag(λ) Oᵀ, m = |λ|, column × i where λ < 0. */
function takagiReal(a: number[][]): TakagiColumn[] {
  const n = a.length;
  const { values, vectors } = eigenSymmetricTrusted(a);
  return values.map((lambda, k) => {
    const col = Float64Array.from({ length: n }, (_, i) => vectors[i]![k]!);
    const zero = new Float64Array(n);
    return lambda < 0 ? { value: -lambda, re: zero, im: col } : { value: lambda, re: col, im: zero };
  });
}

/** Complex M = A + iB through the real 2n×2n embedding H = [[A, B], [B, −A]]. */
function takagiComplex(re: number[][], im: number[][]): TakagiColumn[] {
  const n = re.length;
  const s = maxAbsEntry(re, im);
  const sym = (m: number[][], i: number, j: number): number => 0.5 * (m[i]![j]! / s + m[j]![i]! / s);
  const a = re.map((row, i) => row.map((_, j) => sym(re, i, j)));
  const b = im.map((row, i) => row.map((_, j) => sym(im, i, j)));
  const h: number[][] = Array.from({ length: 2 * n }, (_, i) =>
    Array.from({ length: 2 * n }, (__, j) => {
      const top = i < n;
      const left = j < n;
      const ii = top ? i : i - n;
      const jj = left ? j : j - n;
      if (top === left) return (top ? 1 : -1) * a[ii]![jj]!;
      return b[ii]![jj]!;
    }),
  );
  const eig = eigenSymmetricTrusted(h);
  // Candidates u = x − i z, largest eigenvalue of H first.
  const candidates: ComplexVector[] = [];
  for (let c = 2 * n - 1; c >= 0; c--) {
    const cre = new Float64Array(n);
    const cim = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      cre[i] = eig.vectors[i]![c]!;
      cim[i] = -eig.vectors[n + i]![c]!;
    }
    candidates.push({ re: cre, im: cim });
  }
  const basis = pivotedGramSchmidt(candidates, n);
  return basis.map(({ re: ur, im: ui }) => {
    // d = uᵀ M u (bilinear), M = A + iB scaled by 1/s.
    let dr = 0;
    let di = 0;
    for (let i = 0; i < n; i++) {
      let vr = 0;
      let vi = 0;
      for (let j = 0; j < n; j++) {
        const mr = a[i]![j]!;
        const mi = b[i]![j]!;
        vr += mr * ur[j]! - mi * ui[j]!;
        vi += mr * ui[j]! + mi * ur[j]!;
      }
      dr += ur[i]! * vr - ui[i]! * vi;
      di += ur[i]! * vi + ui[i]! * vr;
    }
    const modulus = Math.hypot(dr, di);
    if (modulus > 0) {
      const phase = -0.5 * Math.atan2(di, dr);
      const c = Math.cos(phase);
      const sn = Math.sin(phase);
      for (let i = 0; i < n; i++) {
        const xr = ur[i]!;
        const xi = ui[i]!;
        ur[i] = xr * c - xi * sn;
        ui[i] = xr * sn + xi * c;
      }
    }
    return { value: modulus * s, re: ur, im: ui };
  });
}

/** Sort columns by value (ascending, stable), fix each column's sign, and build the result. */
function assemble(columns: TakagiColumn[], n: number): TakagiResult {
  const order = columns.map((_, k) => k).sort((p, q) => columns[p]!.value - columns[q]!.value);
  const re = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const im = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const values = order.map((k, c) => {
    const col = columns[k]!;
    let big = 0;
    for (let i = 0; i < n; i++) big = Math.max(big, Math.hypot(col.re[i]!, col.im[i]!));
    let sign = 1;
    for (let i = 0; i < n; i++) {
      const xr = col.re[i]!;
      const xi = col.im[i]!;
      if (Math.hypot(xr, xi) >= big * (1 - 1e-12)) {
        sign = xr + xi < 0 || (xr + xi === 0 && xr < 0) ? -1 : 1;
        break;
      }
    }
    for (let i = 0; i < n; i++) {
      re[i]![c] = sign * col.re[i]! + 0;
      im[i]![c] = sign * col.im[i]! + 0;
    }
    return col.value;
  });
  return { values, u: { re, im } };
}
