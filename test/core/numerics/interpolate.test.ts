import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ParameterError } from '../../../src/core/errors.js';
import { linearInterpolator, logLogInterpolator } from '../../../src/core/numerics/index.js';
import { expectClose } from '../../helpers/close.js';

const logUniform = fc.double({ min: -6, max: 1, noNaN: true }).map((e) => 10 ** e);

/** 2–30 strictly ascending positive abscissae from log-uniform steps starting at a log-uniform x₀. */
const ascendingPositive = fc
  .tuple(logUniform, fc.array(fc.double({ min: 0.001, max: 2, noNaN: true }), { minLength: 1, maxLength: 29 }))
  .map(([x0, logSteps]) => {
    const xs = [x0];
    for (const s of logSteps) xs.push((xs[xs.length - 1] as number) * Math.exp(s));
    return xs;
  });

describe('logLogInterpolator', () => {
  it('is exact at the nodes and reproduces y = x² between them', () => {
    const f = logLogInterpolator([1, 10, 100], [1, 100, 10000]);
    expect(f(1)).toBe(1);
    expect(f(10)).toBe(100);
    expect(f(100)).toBe(10000);
    expectClose(f(3), 9, 1e-14);
    expectClose(f(50), 2500, 1e-14);
  });

  it('reproduces random power laws C·x^p exactly to rounding (fast-check)', () => {
    fc.assert(
      fc.property(
        ascendingPositive,
        logUniform,
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, C, p, where) => {
          const ys = xs.map((x) => C * x ** p);
          const f = logLogInterpolator(xs, ys);
          const x = Math.exp(Math.log(xs[0] as number) * (1 - where) + Math.log(xs[xs.length - 1] as number) * where);
          const xc = Math.min(Math.max(x, xs[0] as number), xs[xs.length - 1] as number);
          // ln y reaches |ln y| ≲ 150 here; exp/log round-off is ~ε·|ln y| relative, hence 1e-12
          expectClose(f(xc), C * xc ** p, 1e-12);
        },
      ),
    );
  });

  it('is monotone on monotone data and never overshoots the neighbouring nodes (fast-check)', () => {
    fc.assert(
      fc.property(
        ascendingPositive,
        fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 30, maxLength: 30 }),
        fc.boolean(),
        logUniform,
        (xs, jumps, decreasing, y0) => {
          const ys = [y0];
          for (let i = 1; i < xs.length; i++) {
            const step = Math.exp(jumps[i] as number) - 1 + 1e-9; // ≥ 0, some steps nearly flat
            ys.push((ys[i - 1] as number) * (decreasing ? 1 / (1 + step) : 1 + step));
          }
          const f = logLogInterpolator(xs, ys);
          const probe: number[] = [];
          for (let k = 0; k + 1 < xs.length; k++) {
            const a = xs[k] as number;
            const b = xs[k + 1] as number;
            for (let j = 0; j < 8; j++) probe.push(a + ((b - a) * j) / 8);
            probe.push(b);
          }
          let previous = f(probe[0] as number);
          for (const x of probe.slice(1)) {
            const y = f(x);
            // monotone up to exp/log rounding (a few ulp at the nodes, which are returned exactly)
            if (decreasing) expect(y).toBeLessThanOrEqual(previous * (1 + 1e-13));
            else expect(y).toBeGreaterThanOrEqual(previous * (1 - 1e-13));
            previous = y;
          }
          for (let k = 0; k + 1 < xs.length; k++) {
            const mid = Math.sqrt((xs[k] as number) * (xs[k + 1] as number));
            const lo = Math.min(ys[k] as number, ys[k + 1] as number);
            const hi = Math.max(ys[k] as number, ys[k + 1] as number);
            expect(f(mid)).toBeGreaterThanOrEqual(lo * (1 - 1e-13));
            expect(f(mid)).toBeLessThanOrEqual(hi * (1 + 1e-13));
          }
        },
      ),
    );
  });

  it('flattens at a local extremum (no overshoot of a peak)', () => {
    const f = logLogInterpolator([1, 2, 4, 8], [1, 5, 5.0001, 1]);
    for (let x = 1; x <= 8; x += 0.01) expect(f(x)).toBeLessThanOrEqual(5.0001 * (1 + 1e-14));
  });

  it('copies its table: later changes of the arrays do not matter', () => {
    const xs = [1, 2, 4];
    const ys = [1, 2, 4];
    const f = logLogInterpolator(xs, ys);
    ys[1] = 100;
    expectClose(f(2), 2, 0);
  });

  it('rejects bad tables and out-of-range x naming the parameter', () => {
    expect(() => logLogInterpolator([1, 3, 2], [1, 1, 1])).toThrow(expect.objectContaining({ parameter: 'xs' }));
    expect(() => logLogInterpolator([1, 1, 2], [1, 1, 1])).toThrow(expect.objectContaining({ parameter: 'xs' }));
    expect(() => logLogInterpolator([0, 1, 2], [1, 1, 1])).toThrow(expect.objectContaining({ parameter: 'xs' }));
    expect(() => logLogInterpolator([1], [1])).toThrow(expect.objectContaining({ parameter: 'xs' }));
    expect(() => logLogInterpolator([1, 2], [1, 0])).toThrow(expect.objectContaining({ parameter: 'ys' }));
    expect(() => logLogInterpolator([1, 2], [1, NaN])).toThrow(expect.objectContaining({ parameter: 'ys' }));
    expect(() => logLogInterpolator([1, 2, 3], [1, 2])).toThrow(expect.objectContaining({ parameter: 'ys' }));
    const f = logLogInterpolator([1, 2], [1, 2]);
    expect(() => f(0.5)).toThrow(ParameterError);
    expect(() => f(2.0000001)).toThrow(expect.objectContaining({ parameter: 'x' }));
    expect(() => f(NaN)).toThrow(expect.objectContaining({ parameter: 'x' }));
  });
});

describe('linearInterpolator', () => {
  it('is exact at the nodes and linear between them', () => {
    const f = linearInterpolator([0, 1, 3], [0, 2, 0]);
    expect(f(0)).toBe(0);
    expect(f(1)).toBe(2);
    expect(f(3)).toBe(0);
    expect(f(0.5)).toBe(1);
    expect(f(2)).toBe(1);
  });

  it('reproduces random straight lines (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.array(logUniform, { minLength: 1, maxLength: 20 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (slope, intercept, steps, where) => {
          const xs = [0];
          for (const s of steps) xs.push((xs[xs.length - 1] as number) + s);
          const f = linearInterpolator(xs, xs.map((x) => slope * x + intercept));
          const x = (xs[xs.length - 1] as number) * where;
          const scale = Math.abs(slope) * (xs[xs.length - 1] as number) + Math.abs(intercept);
          expect(Math.abs(f(x) - (slope * x + intercept))).toBeLessThanOrEqual(1e-14 * scale);
        },
      ),
    );
  });

  it('rejects bad tables and out-of-range x naming the parameter', () => {
    expect(() => linearInterpolator([0, 0], [1, 2])).toThrow(expect.objectContaining({ parameter: 'xs' }));
    expect(() => linearInterpolator([0, 1], [1, Infinity])).toThrow(expect.objectContaining({ parameter: 'ys' }));
    const f = linearInterpolator([-1, 1], [5, 6]);
    expect(f(-1)).toBe(5);
    expect(() => f(-1.5)).toThrow(expect.objectContaining({ parameter: 'x' }));
  });
});
