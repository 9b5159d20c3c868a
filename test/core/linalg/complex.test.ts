import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../../src/core/errors.js';
import {
  complexConjugate,
  complexDiagonal,
  complexEntry,
  complexMultiply,
  complexTranspose,
  conjugateTranspose,
  maxAbsDifference,
  toComplexMatrix,
  unitarityResidual,
  type ComplexMatrix,
} from '../../../src/core/linalg/index.js';

const a: ComplexMatrix = {
  re: [
    [1, 2],
    [3, 4],
  ],
  im: [
    [5, 6],
    [7, 8],
  ],
};

describe('complex matrix helpers', () => {
  it('multiply against a hand computation', () => {
    // (1+5i)(1+5i) + (2+6i)(3+7i) = (−24+10i) + (−36+32i) = −60+42i
    const p = complexMultiply(a, a);
    expect(complexEntry(p, 0, 0)).toEqual({ re: -60, im: 42 });
    // row 1, col 0: (3+7i)(1+5i) + (4+8i)(3+7i) = (−32+22i) + (−44+52i) = −76+74i
    expect(complexEntry(p, 1, 0)).toEqual({ re: -76, im: 74 });
    const rect = complexMultiply({ re: [[1, 2]], im: [[0, 0]] }, { re: [[3], [4]], im: [[1], [0]] });
    expect(rect).toEqual({ re: [[11]], im: [[1]] });
  });

  it('transpose, conjugate, adjoint', () => {
    expect(complexTranspose(a)).toEqual({ re: [[1, 3], [2, 4]], im: [[5, 7], [6, 8]] });
    expect(complexConjugate(a)).toEqual({ re: a.re, im: [[-5, -6], [-7, -8]] });
    expect(conjugateTranspose(a)).toEqual({ re: [[1, 3], [2, 4]], im: [[-5, -7], [-6, -8]] });
    expect(conjugateTranspose({ re: [[1, 2]], im: [[0, 1]] })).toEqual({ re: [[1], [2]], im: [[0], [-1]] });
  });

  it('toComplexMatrix, complexDiagonal, maxAbsDifference, unitarityResidual', () => {
    expect(toComplexMatrix([[1, 2]])).toEqual({ re: [[1, 2]], im: [[0, 0]] });
    expect(toComplexMatrix(a)).toBe(a);
    expect(complexDiagonal([1, 2])).toEqual({ re: [[1, 0], [0, 2]], im: [[0, 0], [0, 0]] });
    expect(maxAbsDifference(a, complexConjugate(a))).toBe(16);
    const h = Math.SQRT1_2;
    const u: ComplexMatrix = { re: [[h, 0], [0, h]], im: [[0, h], [h, 0]] }; // (1/√2)[[1, i], [i, 1]]
    expect(unitarityResidual(u)).toBeLessThan(1e-15);
    expect(unitarityResidual(a)).toBeGreaterThan(1);
    expect(() => complexEntry(a, 5, 5)).toThrow(ParameterError); // out of range (it returned NaN before issue 8)
  });
});
