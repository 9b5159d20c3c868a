import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/errors.js';
import {
  FOUR_VECTOR_STRIDE,
  createFourVectorBuffer,
  fourVector,
  onShellFourVector,
  readFourVector,
  writeFourVector,
} from '../../src/kinematics/index.js';

describe('four-vector construction and buffers', () => {
  it('builds tuples and on-shell vectors', () => {
    expect(fourVector(5, 0, 0, 3)).toEqual([5, 0, 0, 3]);
    expect(onShellFourVector(4, 0, 0, 3)).toEqual([5, 0, 0, 3]);
    expect(onShellFourVector(0, 3, 4, 0)[0]).toBe(5);
  });

  it('reads and writes four-vectors at offsets of a structure-of-arrays buffer', () => {
    const buf = createFourVectorBuffer(3);
    expect(buf.length).toBe(3 * FOUR_VECTOR_STRIDE);
    writeFourVector(buf, 4, [5, 1, 2, 3]);
    expect(readFourVector(buf, 4)).toEqual([5, 1, 2, 3]);
    writeFourVector(buf, 8, buf, 4);
    expect(Array.from(buf.subarray(8))).toEqual([5, 1, 2, 3]);
  });

  it('rejects NaN, negative masses and out-of-range offsets with errors naming the parameter', () => {
    expect(() => fourVector(Number.NaN, 0, 0, 0)).toThrowError(ParameterError);
    expect(() => fourVector(1, 0, Number.POSITIVE_INFINITY, 0)).toThrow(/py/);
    expect(() => onShellFourVector(-1, 0, 0, 0)).toThrow(/massGeV/);
    expect(() => readFourVector(new Float64Array(4), 1)).toThrow(/offset/);
    expect(() => writeFourVector(new Float64Array(4), 2, [1, 0, 0, 0])).toThrow(/offset/);
    expect(() => createFourVectorBuffer(-1)).toThrow(/count/);
  });
});
