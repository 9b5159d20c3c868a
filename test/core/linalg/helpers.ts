// Test-only helpers for the linear-algebra tests: an independent mathjs oracle, and constructions of random
// unitary / orthogonal matrices and complex symmetric matrices with prescribed Takagi values, written
// independently of src/core/linalg (plain complex Gram–Schmidt here, no library code).
import fc from 'fast-check';
import * as math from 'mathjs';
import type { ComplexMatrix, RealMatrix } from '../../../src/core/linalg/types.js';

/** Plain complex matrix as arrays of [re, im] (test-local representation). */
type C = [number, number];

function toPairs(m: ComplexMatrix): C[][] {
  return m.re.map((row, i) => row.map((x, j): C => [x, m.im[i]![j]!]));
}

/**
 * Squared singular values of a complex square matrix, eig(M†M) from mathjs, ascending: an independent oracle.
 * The Hermitian K = M†M = P + iQ is diagonalised through its real symmetric embedding [[P, −Q], [Q, P]] (each
 * eigenvalue doubled), because mathjs's complex `eigs` path caps its QR iterations and fails to converge on some
 * degenerate inputs; the real symmetric path is Jacobi, independent of ml-matrix's tred2/tql2.
 */
export function oracleSquaredSingularValues(m: ComplexMatrix): number[] {
  // mathjs's eigs precision is absolute: work on M / max|M| and scale back.
  const scale = maxAbs(m);
  if (scale === 0) return m.re.map(() => 0);
  const mm = toPairs(m).map((row) => row.map(([re, im]) => math.complex(re / scale, im / scale)));
  const k = math.multiply(math.ctranspose(mm), mm) as unknown as math.Complex[][];
  const n = k.length;
  const big = Array.from({ length: 2 * n }, (_, i) =>
    Array.from({ length: 2 * n }, (__, j) => {
      const a = k[i % n]![j % n]!;
      const b = k[j % n]![i % n]!;
      const p = (a.re + b.re) / 2; // Hermitian part, exactly symmetric
      const q = (a.im - b.im) / 2;
      if (i < n === j < n) return p;
      return i < n ? -q : q;
    }),
  );
  const values = (math.eigs(big, { precision: 1e-15, eigenvectors: false } as never).values as unknown as number[]).slice();
  values.sort((a, b) => a - b);
  return Array.from({ length: n }, (_, i) => 0.5 * (values[2 * i]! + values[2 * i + 1]!) * scale * scale);
}

/** Complex Gram–Schmidt on the columns of a random complex matrix → unitary (or null if nearly singular). */
export function unitaryFromEntries(entries: readonly number[], n: number): ComplexMatrix | null {
  const cols: C[][] = [];
  for (let c = 0; c < n; c++) {
    const v: C[] = Array.from({ length: n }, (_, i): C => [entries[2 * (c * n + i)]!, entries[2 * (c * n + i) + 1]!]);
    for (let pass = 0; pass < 2; pass++) {
      for (const q of cols) {
        let dr = 0;
        let di = 0;
        for (let i = 0; i < n; i++) {
          dr += q[i]![0] * v[i]![0] + q[i]![1] * v[i]![1];
          di += q[i]![0] * v[i]![1] - q[i]![1] * v[i]![0];
        }
        for (let i = 0; i < n; i++) {
          v[i] = [v[i]![0] - (dr * q[i]![0] - di * q[i]![1]), v[i]![1] - (dr * q[i]![1] + di * q[i]![0])];
        }
      }
    }
    const norm = Math.sqrt(v.reduce((t, [a, b]) => t + a * a + b * b, 0));
    if (!(norm > 1e-3)) return null;
    cols.push(v.map(([a, b]): C => [a / norm, b / norm]));
  }
  return {
    re: Array.from({ length: n }, (_, i) => cols.map((col) => col[i]![0])),
    im: Array.from({ length: n }, (_, i) => cols.map((col) => col[i]![1])),
  };
}

/** Real orthogonal matrix from random entries (Gram–Schmidt), or null if nearly singular. */
export function orthogonalFromEntries(entries: readonly number[], n: number): number[][] | null {
  const u = unitaryFromEntries(
    entries.flatMap((x) => [x, 0]),
    n,
  );
  return u === null ? null : u.re.map((row) => row.slice());
}

/** M = Wᵀ diag(m) W (complex symmetric by construction; symmetrised to remove round-off). */
export function fromTakagi(w: ComplexMatrix, m: readonly number[]): ComplexMatrix {
  const n = m.length;
  const re = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const im = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sr = 0;
      let si = 0;
      for (let k = 0; k < n; k++) {
        // (Wᵀ)_ik W_kj = W_ki W_kj
        const ar = w.re[k]![i]!;
        const ai = w.im[k]![i]!;
        const br = w.re[k]![j]!;
        const bi = w.im[k]![j]!;
        sr += m[k]! * (ar * br - ai * bi);
        si += m[k]! * (ar * bi + ai * br);
      }
      re[i]![j] = sr;
      re[j]![i] = sr;
      im[i]![j] = si;
      im[j]![i] = si;
    }
  }
  return { re, im };
}

/** OᵀMO for real orthogonal O. */
export function rotate(m: ComplexMatrix, o: RealMatrix): ComplexMatrix {
  const n = o.length;
  const part = (a: RealMatrix): number[][] => {
    const out = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        let t = 0;
        for (let k = 0; k < n; k++) for (let l = 0; l < n; l++) t += o[k]![i]! * a[k]![l]! * o[l]![j]!;
        out[i]![j] = t;
      }
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) out[j]![i] = out[i]![j]!;
    return out;
  };
  return { re: part(m.re), im: part(m.im) };
}

/** Largest |entry| of a complex matrix (real and imaginary parts separately, like the library's scale). */
export function maxAbs(m: ComplexMatrix): number {
  let s = 0;
  for (const part of [m.re, m.im]) for (const row of part) for (const x of row) s = Math.max(s, Math.abs(x));
  return s;
}

/**
 * Entries uniform in value over [-1, 1] (fc.double is uniform over bit patterns, i.e. mostly tiny numbers) for
 * random unitary/orthogonal constructions.
 */
export const unitEntries = (count: number): fc.Arbitrary<number[]> =>
  fc.array(
    fc.noBias(fc.integer({ min: -(2 ** 30), max: 2 ** 30 })).map((k) => k / 2 ** 30),
    { minLength: count, maxLength: count },
  );

/**
 * Takagi values for a size-n construction: log-uniform in [1e-3, 1] times a log-uniform scale, with an optional
 * number of exact zeros and an optional exact degeneracy (value copied from another index).
 */
export const takagiValues = (n: number): fc.Arbitrary<number[]> =>
  fc
    .record({
      exponents: fc.array(fc.double({ min: -3, max: 0, noNaN: true }), { minLength: n, maxLength: n }),
      scaleExponent: fc.double({ min: -8, max: 8, noNaN: true }),
      zeros: fc.nat({ max: n }),
      degenerate: fc.option(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })), { nil: undefined }),
    })
    .map(({ exponents, scaleExponent, zeros, degenerate }) => {
      const m = exponents.map((e) => 10 ** (e + scaleExponent));
      if (degenerate !== undefined) m[degenerate[0]] = m[degenerate[1]]!;
      for (let k = 0; k < zeros; k++) m[k] = 0;
      return m;
    });
