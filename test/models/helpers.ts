// Test-only helpers for the model tests, written independently of src/ (no library code): complex matrix
// algebra on [re, im] pairs, the two-body width of THEORY.md §3.3, and fast-check arbitraries for physical
// parameters (log-uniform magnitudes, as ENGINEERING.md §1.3 recommends).
import fc from 'fast-check';
import type { ComplexMatrix } from '../../src/core/linalg/types.js';
import type { DarkSectorModel } from '../../src/models/types.js';

/** A complex number as a [re, im] pair. */
export type C = readonly [number, number];
/** A complex matrix as rows of pairs. */
export type CM = C[][];

export const pairs = (m: ComplexMatrix): CM => m.re.map((row, i) => row.map((x, j): C => [x, m.im[i]![j]!]));
export const mul = (a: CM, b: CM): CM =>
  a.map((row) =>
    b[0]!.map((_, j) =>
      row.reduce<C>((s, x, k) => {
        const y = b[k]![j]!;
        return [s[0] + x[0] * y[0] - x[1] * y[1], s[1] + x[0] * y[1] + x[1] * y[0]];
      }, [0, 0]),
    ),
  );
export const conj = (a: CM): CM => a.map((row) => row.map(([re, im]): C => [re, -im]));
export const transpose = (a: CM): CM => a[0]!.map((_, j) => a.map((row) => row[j]!));
export const adjoint = (a: CM): CM => conj(transpose(a));
export const diag = (d: readonly number[]): CM => d.map((x, i) => d.map((_, j): C => [i === j ? x : 0, 0]));
export const fromReal = (a: readonly (readonly number[])[]): CM => a.map((row) => row.map((x): C => [x, 0]));
export const abs = (z: C): number => Math.hypot(z[0], z[1]);
/** max_ij |A_ij − B_ij|. */
export const maxDiff = (a: CM, b: CM): number =>
  Math.max(...a.flatMap((row, i) => row.map((x, j) => abs([x[0] - b[i]![j]![0], x[1] - b[i]![j]![1]]))));
export const maxAbs = (a: CM): number => Math.max(...a.flat().map(abs));

/** V = U† diag(Q) U recomputed here from a model's U and Q. */
export function currentOf(model: DarkSectorModel): CM {
  const u = pairs(model.mixingMatrix!);
  return mul(adjoint(u), mul(diag(model.flavourCharges!), u));
}

/** Källén λ(a, b, c). */
const kallen = (a: number, b: number, c: number): number => a * a + b * b + c * c - 2 * (a * b + a * c + b * c);

/**
 * Γ(A' → ψ_i ψ_j) for one vertex ψ̄_i γ^μ (c_V − c_A γ⁵) ψ_j, unequal masses, THEORY.md §3.3 (GeV):
 * m/(12π) λ^½(1, μ_i², μ_j²) [c_V²(A + 3μ_iμ_j) + c_A²(A − 3μ_iμ_j)], A = 1 − (μ_i²+μ_j²)/2 − (μ_i²−μ_j²)²/2.
 * `identical` halves it (Majorana i = j: the 1/(24π) of §3.3). 0 when closed.
 */
export function twoBodyWidth(mA: number, mi: number, mj: number, cV: number, cA: number, identical = false): number {
  if (mi + mj >= mA) return 0;
  const [ui, uj] = [mi / mA, mj / mA];
  const a = 1 - (ui * ui + uj * uj) / 2 - (ui * ui - uj * uj) ** 2 / 2;
  const w = (mA / (12 * Math.PI)) * Math.sqrt(kallen(1, ui * ui, uj * uj)) * (cV * cV * (a + 3 * ui * uj) + cA * cA * (a - 3 * ui * uj));
  return identical ? w / 2 : w;
}

/**
 * Γ(A' → ψ_i ψ_j) for every coupled pair of a model, using THEORY.md §3.3's counting: Majorana i = j is
 * identical particles; Dirac i ≠ j are two final states (ψ_iψ̄_j and ψ_jψ̄_i).
 */
export function darkWidths(model: DarkSectorModel): Map<string, number> {
  const widths = new Map<string, number>();
  for (const c of model.couplings) {
    const [si, sj] = [model.states[c.i]!, model.states[c.j]!];
    const dirac = si.nature === 'dirac';
    let w = twoBodyWidth(model.darkPhotonMassGeV, si.massGeV, sj.massGeV, c.vector, c.axial, !dirac && c.i === c.j);
    if (dirac && c.i !== c.j) w *= 2;
    widths.set(`${si.name} ${sj.name}`, w);
  }
  return widths;
}

/** Log-uniform positive double in [10^lo, 10^hi]. */
export const logUniform = (lo: number, hi: number): fc.Arbitrary<number> =>
  fc.double({ min: lo, max: hi, noNaN: true }).map((e) => 10 ** e);

/** Log-uniform magnitude with a random sign (zero excluded). */
export const signedLogUniform = (lo: number, hi: number): fc.Arbitrary<number> =>
  fc.tuple(logUniform(lo, hi), fc.boolean()).map(([x, negative]) => (negative ? -x : x));

/** A random complex symmetric n×n matrix {re, im} with entries of log-uniform magnitude in [1e-3, 1] GeV. */
export const complexSymmetric = (n: number, complex: boolean): fc.Arbitrary<ComplexMatrix> =>
  fc
    .tuple(
      fc.array(signedLogUniform(-3, 0), { minLength: n * n, maxLength: n * n }),
      fc.array(signedLogUniform(-3, 0), { minLength: n * n, maxLength: n * n }),
    )
    .map(([a, b]) => {
      const sym = (x: number[], on: boolean): number[][] =>
        Array.from({ length: n }, (_, i) => Array.from({ length: n }, (__, j) => (on ? x[Math.min(i, j) * n + Math.max(i, j)]! : 0)));
      return { re: sym(a, true), im: sym(b, complex) };
    });
