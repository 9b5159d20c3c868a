import fc from 'fast-check';
import * as math from 'mathjs';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/errors.js';
import { eigenSymmetric } from '../../../src/core/linalg/index.js';
import { expectClose } from '../../helpers/close.js';

/** max |V diag(λ) Vᵀ − A| and max |VᵀV − 1|. */
function residuals(a: number[][], values: readonly number[], v: readonly (readonly number[])[]): { rec: number; orth: number } {
  const n = a.length;
  let rec = 0;
  let orth = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let r = 0;
      let o = 0;
      for (let k = 0; k < n; k++) {
        r += v[i]![k]! * values[k]! * v[j]![k]!;
        o += v[k]![i]! * v[k]![j]!;
      }
      rec = Math.max(rec, Math.abs(r - 0.5 * (a[i]![j]! + a[j]![i]!)));
      orth = Math.max(orth, Math.abs(o - (i === j ? 1 : 0)));
    }
  }
  return { rec, orth };
}

const maxAbs = (a: number[][]): number => Math.max(0, ...a.flat().map(Math.abs));

/** Symmetric n×n matrices with entries mixing ordinary, zero and tiny/subnormal values (ENGINEERING.md §1.3). */
const symmetricMatrix = fc.integer({ min: 1, max: 7 }).chain((n) =>
  fc
    .array(
      fc.oneof(
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.constant(0),
        fc.double({ min: -1e-300, max: 1e-300, noNaN: true }),
        // log-uniform magnitudes over the whole double range, both signs (fc.double alone rarely hits 1e-200..1e-30)
        fc.tuple(fc.double({ min: -323, max: 2, noNaN: true }), fc.boolean()).map(([e, neg]) => (neg ? -1 : 1) * 10 ** e),
      ),
      { minLength: n * n, maxLength: n * n },
    )
    .map((e) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (__, j) => e[Math.max(i, j) * n + Math.min(i, j)]!))),
);

describe('eigenSymmetric', () => {
  it('2×2 example with the sign convention', () => {
    const { values, vectors } = eigenSymmetric([
      [2, 1],
      [1, 2],
    ]);
    expectClose(values[0]!, 1, 1e-15);
    expectClose(values[1]!, 3, 1e-15);
    const h = Math.SQRT1_2;
    // column 0 = (1, −1)/√2 with its first (tied-largest) component positive; column 1 = (1, 1)/√2
    expectClose(vectors[0]![0]!, h, 1e-15);
    expectClose(vectors[1]![0]!, -h, 1e-15);
    expectClose(vectors[0]![1]!, h, 1e-15);
    expectClose(vectors[1]![1]!, h, 1e-15);
  });

  it('seesaw [[0, 1e-6], [1e-6, 1e3]]: light eigenvalue −m_D²/M (ENGINEERING.md §1.1)', () => {
    const { values } = eigenSymmetric([
      [0, 1e-6],
      [1e-6, 1e3],
    ]);
    expectClose(values[0]!, -1e-15, 1e-6);
    expectClose(values[1]!, 1e3, 1e-15);
  });

  it('subnormal counterexample of ENGINEERING.md §1.1 does not crash: [0, 0, 1.6e-14]', () => {
    const { values, vectors } = eigenSymmetric([
      [1.6e-14, 5e-324, -1.2e-66],
      [5e-324, 0, 0],
      [-1.2e-66, 0, 0],
    ]);
    expect(values).toEqual([0, 0, 1.6e-14]);
    expect(vectors.map((r) => r[2])).toEqual([1, 0, 0]);
  });

  it('regression: entries 1e-300..1e-110 of the maximum (crashed or broke orthogonality with a 1e-300 flush)', () => {
    const cases = [
      [
        [0, 0, 0, -1.2185528253174537e-178],
        [0, 0, -2.0272639625308574e-146, 0],
        [0, -2.0272639625308574e-146, 0, 1],
        [-1.2185528253174537e-178, 0, 1, 0],
      ],
      [
        [0, 0, 0, 1.0000589294026149e-297, 0, 0],
        [0, 0, 0, 0, 0, -2.5025784394334046e-12],
        [0, 0, 0, 0, 1, 0],
        [1.0000589294026149e-297, 0, 0, 1, 1, 0],
        [0, 0, 1, 1, 0, 2.3743760297432865e-6],
        [0, -2.5025784394334046e-12, 0, 0, 2.3743760297432865e-6, 1],
      ],
      [
        [0, 1, 1, -8.31632781251592e-112, 0, 0, 0],
        [1, 0, 0, 0, 0, 1.0536798125029069e-283, -2.9531271783523386e-143],
        [1, 0, 1, 0, 0, 0, -1e-300],
        [-8.31632781251592e-112, 0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0, 0],
        [0, 1.0536798125029069e-283, 0, 0, 0, 0, 0],
        [0, -2.9531271783523386e-143, -1e-300, 0, 0, 0, 1],
      ],
    ];
    for (const a of cases) {
      const { values, vectors } = eigenSymmetric(a);
      const r = residuals(a, values, vectors);
      expect(r.rec).toBeLessThan(1e-14);
      expect(r.orth).toBeLessThan(1e-14);
    }
  });

  it('symmetrises round-off asymmetry (ml-matrix isSymmetric is exact) and keeps V orthogonal', () => {
    const a = [
      [1, 0.3 + 1e-15, 0.2],
      [0.3, 2, 0.1],
      [0.2, 0.1 - 2e-16, 3],
    ];
    const { values, vectors } = eigenSymmetric(a);
    const r = residuals(a, values, vectors);
    expect(r.rec).toBeLessThan(1e-14);
    expect(r.orth).toBeLessThan(1e-14);
  });

  it('handles extreme scales without overflow (entries near 1e307) and the zero matrix', () => {
    const big = [
      [1e307, 1e307],
      [1e307, 1e307],
    ];
    const { values } = eigenSymmetric(big);
    expect(values[0]!).toBeLessThan(1e293);
    expectClose(values[1]!, 2e307, 1e-15);
    expect(
      eigenSymmetric([
        [0, 0],
        [0, 0],
      ]),
    ).toEqual({ values: [0, 0], vectors: [[1, 0], [0, 1]] });
  });

  it('property: V diag(λ) Vᵀ = A, VᵀV = 1, ascending, sign convention, values equal to mathjs (Jacobi)', () => {
    fc.assert(
      fc.property(symmetricMatrix, (a) => {
        const { values, vectors } = eigenSymmetric(a);
        const scale = maxAbs(a);
        const n = a.length;
        const r = residuals(a, values, vectors);
        // backward stability: absolute error ~ n·ε·max|a| (atol 1e-300 for products of subnormals)
        expect(r.rec).toBeLessThanOrEqual(1e-13 * n * scale + 1e-300);
        expect(r.orth).toBeLessThanOrEqual(1e-13 * n);
        for (let k = 1; k < n; k++) expect(values[k]!).toBeGreaterThanOrEqual(values[k - 1]!);
        for (let k = 0; k < n; k++) {
          const col = vectors.map((row) => row[k]!);
          const big = Math.max(...col.map(Math.abs));
          const first = col.find((x) => Math.abs(x) >= big * (1 - 1e-12))!;
          expect(first).toBeGreaterThan(0);
        }
        if (scale > 0) {
          // mathjs on A/scale (its precision is absolute), eigenvalues scaled back
          const oracle = (math.eigs(a.map((row) => row.map((x) => x / scale)), { precision: 1e-15, eigenvectors: false } as never)
            .values as unknown as number[])
            .map((x) => x * scale)
            .sort((p, q) => p - q);
          oracle.forEach((x, k) => expectClose(values[k]!, x, 0, 1e-12 * n * scale));
        }
      }),
    );
  });

  it('throws ParameterError naming the parameter on bad input', () => {
    const bad: unknown[] = [
      [],
      [[]],
      [[1, 2]],
      [[1], [2]],
      [[Number.NaN]],
      [[Infinity]],
      [[1, 2], [3]],
      [[1, 2], [3, 4]],
      [[1, '2'], ['2', 1]],
      'matrix',
      null,
      undefined,
      [1, 2],
    ];
    for (const b of bad) {
      expect(() => eigenSymmetric(b as never)).toThrow(ParameterError);
      try {
        eigenSymmetric(b as never, 'massMatrix');
      } catch (error) {
        expect((error as ParameterError).parameter).toBe('massMatrix');
      }
    }
    // asymmetry within 1e-12 relative is accepted
    expect(() => eigenSymmetric([[1, 1], [1 + 5e-13, 1]])).not.toThrow();
    expect(() => eigenSymmetric([[1, 1], [1 + 5e-12, 1]])).toThrow(/symmetric/);
  });

  it('is deterministic', () => {
    const a = [
      [0, 1, 0],
      [1, 0, 1],
      [0, 1, 0],
    ];
    expect(eigenSymmetric(a)).toEqual(eigenSymmetric(a));
  });
});
