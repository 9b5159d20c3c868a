import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { takagi, takagiResidual, unitarityResidual } from '../../../src/core/linalg/index.js';
import { expectClose } from '../../helpers/close.js';
import {
  fromTakagi,
  maxAbs,
  oracleSquaredSingularValues,
  orthogonalFromEntries,
  rotate,
  takagiValues,
  unitaryFromEntries,
  unitEntries,
} from './helpers.js';

describe('takagi: properties (random complex symmetric M = Wᵀ diag(m) W, n = 1..6)', () => {
  const constructed = fc
    .integer({ min: 1, max: 6 })
    .chain((n) => fc.record({ n: fc.constant(n), w: unitEntries(2 * n * n), m: takagiValues(n), o: unitEntries(n * n) }));

  it('UᵀMU = diag(m), U†U = 1, m ≥ 0 ascending and equal to the prescribed values and to √eig(M†M) (mathjs)', () => {
    fc.assert(
      fc.property(constructed, ({ n, w, m }) => {
        const wm = unitaryFromEntries(w, n);
        fc.pre(wm !== null);
        const mat = fromTakagi(wm!, m);
        const scale = maxAbs(mat);
        const r = takagi(mat);
        // tolerances: backward-stable decomposition, errors ~ n·ε·max|M| (ENGINEERING.md §1.3 atol rule)
        expect(takagiResidual(mat, r)).toBeLessThanOrEqual(1e-12 * scale);
        expect(unitarityResidual(r.u)).toBeLessThanOrEqual(1e-12);
        for (let k = 0; k < n; k++) {
          expect(r.values[k]).toBeGreaterThanOrEqual(0);
          if (k > 0) expect(r.values[k]).toBeGreaterThanOrEqual(r.values[k - 1]!);
        }
        const sorted = [...m].sort((a, b) => a - b);
        // the construction itself carries round-off ~ n·ε·max m
        sorted.forEach((x, k) => expectClose(r.values[k]!, x, 0, 1e-12 * Math.max(...m)));
        // oracle on squared values: eig(M†M) has absolute error ~ ε·max|M|²
        oracleSquaredSingularValues(mat).forEach((s2, k) => expectClose(r.values[k]! ** 2, s2, 0, 1e-11 * n * scale * scale));
      }),
    );
  });

  it('m is invariant under M → OᵀMO (O real orthogonal)', () => {
    fc.assert(
      fc.property(constructed, ({ n, w, m, o }) => {
        const wm = unitaryFromEntries(w, n);
        const om = orthogonalFromEntries(o, n);
        fc.pre(wm !== null && om !== null);
        const mat = fromTakagi(wm!, m);
        const a = takagi(mat).values;
        const b = takagi(rotate(mat, om!)).values;
        a.forEach((x, k) => expectClose(b[k]!, x, 0, 1e-12 * maxAbs(mat)));
      }),
    );
  });

  it('never crashes on arbitrary symmetric entries (incl. subnormals, −0 and mixed scales) and stays unitary', () => {
    const entry = fc.oneof(
      fc.double({ min: -1e3, max: 1e3, noNaN: true }),
      fc.constant(0),
      fc.double({ min: -1e-300, max: 1e-300, noNaN: true }),
      fc.tuple(fc.double({ min: -323, max: 2, noNaN: true }), fc.boolean()).map(([e, neg]) => (neg ? -1 : 1) * 10 ** e),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(fc.constant(n), fc.array(entry, { minLength: 2 * n * n, maxLength: 2 * n * n }))),
        ([n, e]) => {
          const part = (offset: number): number[][] =>
            Array.from({ length: n }, (_, i) => Array.from({ length: n }, (__, j) => e[offset + Math.max(i, j) * n + Math.min(i, j)]!));
          const mat = { re: part(0), im: part(n * n) };
          const r = takagi(mat);
          expect(unitarityResidual(r.u)).toBeLessThanOrEqual(1e-12);
          // atol 1e-300: products of subnormal entries round at the subnormal spacing
          expect(takagiResidual(mat, r)).toBeLessThanOrEqual(1e-12 * maxAbs(mat) + 1e-300);
        },
      ),
    );
  });
});
