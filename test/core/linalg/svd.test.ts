import fc from 'fast-check';
import * as math from 'mathjs';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/errors.js';
import { singularValues, svd } from '../../../src/core/linalg/index.js';
import { expectClose } from '../../helpers/close.js';

/** max |(XᵀX − 1)_ij| for a matrix with orthonormal columns. */
function orthonormality(x: readonly (readonly number[])[]): number {
  const k = x[0]!.length;
  let worst = 0;
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      let t = 0;
      for (const row of x) t += row[i]! * row[j]!;
      worst = Math.max(worst, Math.abs(t - (i === j ? 1 : 0)));
    }
  return worst;
}

const rectangular = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .chain(([p, q]) =>
    fc
      .array(
        fc.oneof(
          fc.double({ min: -1e3, max: 1e3, noNaN: true }),
          fc.constant(0),
          fc.tuple(fc.double({ min: -323, max: 2, noNaN: true }), fc.boolean()).map(([e, neg]) => (neg ? -1 : 1) * 10 ** e),
        ),
        { minLength: p * q, maxLength: p * q },
      )
      .map((e) => Array.from({ length: p }, (_, i) => e.slice(i * q, (i + 1) * q))),
  );

describe('svd / singularValues', () => {
  it('diagonal example with the sign convention', () => {
    const r = svd([
      [3, 0],
      [0, -4],
    ]);
    expect(r.values).toEqual([4, 3]);
    expect(r.v).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(r.u).toEqual([
      [0, 1],
      [-1, 0],
    ]);
  });

  it('wide and tall rank-1 matrices: thin SVD with complete orthonormal columns (mljs/matrix#203)', () => {
    const wide = [
      [1, 2, 3],
      [2, 4, 6],
    ];
    const r = svd(wide);
    expect(r.u.length).toBe(2);
    expect(r.v.length).toBe(3);
    expect(r.values.length).toBe(2);
    expectClose(r.values[0]!, Math.sqrt(70), 1e-15);
    expect(r.values[1]!).toBeLessThan(1e-15);
    expect(orthonormality(r.u)).toBeLessThan(1e-15);
    expect(orthonormality(r.v)).toBeLessThan(1e-15);
    expect(singularValues(wide)).toEqual(singularValues([[1, 2], [2, 4], [3, 6]]));
  });

  it('property: A = U diag(σ) Vᵀ, orthonormal columns, σ descending, σ² equal to eig(AᵀA) from mathjs', () => {
    fc.assert(
      fc.property(rectangular, (a) => {
        const p = a.length;
        const q = a[0]!.length;
        const scale = Math.max(0, ...a.flat().map(Math.abs));
        const { values, u, v } = svd(a);
        const k = Math.min(p, q);
        expect(values.length).toBe(k);
        expect(u.length).toBe(p);
        expect(v.length).toBe(q);
        let rec = 0;
        for (let i = 0; i < p; i++)
          for (let j = 0; j < q; j++) {
            let t = 0;
            for (let c = 0; c < k; c++) t += u[i]![c]! * values[c]! * v[j]![c]!;
            rec = Math.max(rec, Math.abs(t - a[i]![j]!));
          }
        // backward stability ~ max(p, q)·ε·max|a| (atol for subnormal products)
        expect(rec).toBeLessThanOrEqual(1e-13 * Math.max(p, q) * scale + 1e-300);
        expect(orthonormality(u)).toBeLessThanOrEqual(1e-13 * k);
        expect(orthonormality(v)).toBeLessThanOrEqual(1e-13 * k);
        for (let c = 1; c < k; c++) expect(values[c]!).toBeLessThanOrEqual(values[c - 1]!);
        expect(values.every((x) => x >= 0)).toBe(true);
        if (scale > 0) {
          const b = a.map((row) => row.map((x) => x / scale));
          const gram = k === q ? math.multiply(math.transpose(b), b) : math.multiply(b, math.transpose(b));
          const eig = (math.eigs(gram, { precision: 1e-15, eigenvectors: false } as never).values as unknown as number[])
            .map((x) => x * scale * scale)
            .sort((x, y) => y - x);
          eig.forEach((e, c) => expectClose(values[c]! ** 2, e, 0, 1e-12 * k * scale * scale));
        }
      }),
    );
  });

  it('throws ParameterError naming the parameter on bad input', () => {
    for (const b of [[], [[]], [[1, 2], [3]], [[Number.NaN]], 'x', null]) {
      expect(() => svd(b as never)).toThrow(ParameterError);
      expect(() => singularValues(b as never, 'couplings')).toThrow(/couplings/);
    }
  });
});
