// Fuzz table, core layer: validators, leptons, numerics, linear algebra, random numbers.
import fc from 'fast-check';
import { takagi } from '../../src/index.js';
import { badValue, between, int, junk, mostly, oneOfStrings, pos, real, wildNumber } from './arbitraries.js';
import { entry, LIGHT, MEDIUM, type FuzzEntry } from './entry.js';

const name = mostly(fc.constantFrom('x', 'massGeV', 'options.relTol'));
/** Values for the validators: valid and invalid numbers, wrong types. */
const anyValue = fc.oneof(real(-5, 5), wildNumber, junk);

/** Integrands and root-finder functions: smooth, singular at an end, or misbehaving (NaN, a string, Infinity). */
const realFunction: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom((x: number) => x * x - 2, Math.sin, Math.exp, (x: number) => x ** 3 - x, (x: number) => 1 / Math.sqrt(Math.abs(x)), Math.log1p, (x: number) => Math.cos(20 * x)) },
  { weight: 2, arbitrary: real(-2, 2).map((c) => (x: number) => x - c) },
  { weight: 1, arbitrary: fc.constantFrom(() => Number.NaN, () => 'a', () => Infinity, (x: number) => (x > 0.5 ? Number.NaN : x), () => undefined) },
  { weight: 1, arbitrary: badValue },
);

const quadratureOptions = fc.option(
  fc.record({ relTol: between(1e-12, 1e-2), absTol: between(0, 1e-3), maxSubdivisions: int(1, 200) }, { requiredKeys: [] }),
  { nil: undefined },
);
const rootOptions = fc.option(
  fc.record({ relTol: between(0, 1e-3), absTol: between(0, 1e-6), maxIterations: int(1, 200) }, { requiredKeys: [] }),
  { nil: undefined },
);

/** Strictly ascending arrays of 2 … 12 finite numbers (positive when asked). */
const ascending = (positive: boolean): fc.Arbitrary<number[]> =>
  fc
    .array(positive ? pos(-3, 3) : real(-3, 3), { minLength: 2, maxLength: 12 })
    .map((xs) => [...new Set(xs)].sort((a, b) => a - b))
    .filter((xs) => xs.length >= 2);

const table = (positive: boolean): fc.Arbitrary<[number[], number[]]> =>
  ascending(positive).chain((xs) => fc.tuple(fc.constant(xs), fc.array(positive ? pos(-3, 3) : real(-3, 3), { minLength: xs.length, maxLength: xs.length })));

const square = (n: number): fc.Arbitrary<number[][]> => fc.array(fc.array(real(-3, 2), { minLength: n, maxLength: n }), { minLength: n, maxLength: n });
const realMatrix = fc.integer({ min: 1, max: 4 }).chain(square);
const symmetric = realMatrix.map((a) => a.map((row, i) => row.map((x, j) => (j < i ? (a[j]?.[i] as number) : x))));
const rectangular = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
  .chain(([p, q]) => fc.array(fc.array(real(-3, 2), { minLength: q, maxLength: q }), { minLength: p, maxLength: p }));
const complexMatrix = fc.integer({ min: 1, max: 4 }).chain((n) => fc.record({ re: square(n), im: square(n) }));
const complexSymmetric = complexMatrix.map(({ re, im }) => {
  const sym = (a: number[][]) => a.map((row, i) => row.map((x, j) => (j < i ? (a[j]?.[i] as number) : x)));
  return { re: sym(re), im: sym(im) };
});
const matrixName = fc.option(mostly(fc.constant('massMatrix')), { nil: undefined });

export const coreEntries: Record<string, FuzzEntry> = {
  requireBoolean: entry(LIGHT, name, fc.oneof(fc.boolean(), anyValue)),
  requireEpsilon: entry(LIGHT, name, fc.oneof(between(0, 1), anyValue)),
  requireFinite: entry(LIGHT, name, anyValue),
  requireFunction: { ...entry(LIGHT, name, fc.oneof(fc.constant(Math.sin), anyValue)), passThrough: 1 },
  requireInRange: entry(
    LIGHT,
    name,
    anyValue,
    real(-3, 3),
    real(-3, 3),
    fc.option(fc.record({ lowerOpen: mostly(fc.boolean()), upperOpen: mostly(fc.boolean()) }, { requiredKeys: [] }), { nil: undefined }),
  ),
  requireInteger: entry(LIGHT, name, fc.oneof(int(-5, 5), anyValue), int(-10, 0), int(0, 10)),
  requireNonNegative: entry(LIGHT, name, anyValue),
  requireObject: { ...entry(LIGHT, name, fc.oneof(fc.constant({ a: 1 }), anyValue)), passThrough: 1 },
  requireOneOf: entry(LIGHT, name, oneOfStrings('a', 'b', 'c'), fc.constant(['a', 'b', 'c'])),
  requirePositive: entry(LIGHT, name, anyValue),
  leptonMassGeV: entry(LIGHT, oneOfStrings('e', 'mu', 'tau')),
  leptonPairNames: entry(LIGHT, oneOfStrings('e', 'mu', 'tau')),
  brent: entry(MEDIUM, realFunction, real(-3, 1), real(-3, 1), rootOptions),
  findRoots: entry(MEDIUM, realFunction, ascending(false), rootOptions),
  integrate: entry(MEDIUM, realFunction, real(-3, 1), real(-3, 1), quadratureOptions),
  integrateTanhSinh: entry(
    MEDIUM,
    realFunction,
    real(-3, 1),
    real(-3, 1),
    fc.option(fc.record({ relTol: between(1e-12, 1e-2), absTol: between(0, 1e-3), maxSubdivisions: int(1, 14) }, { requiredKeys: [] }), { nil: undefined }),
  ),
  integrate2D: entry(
    MEDIUM,
    fc.oneof(fc.constantFrom((x: number, y: number) => x * y, (x: number, y: number) => Math.exp(-x - y), () => Number.NaN), badValue),
    real(-2, 0.5),
    real(-2, 0.5),
    fc.oneof(real(-2, 0.5), fc.constantFrom((x: number) => x, (x: number) => -x * x, () => Number.NaN)),
    fc.oneof(real(-2, 0.5), fc.constantFrom((x: number) => 1 + x, Math.sin)),
    fc.record({ relTol: between(1e-8, 1e-2), maxSubdivisions: int(1, 30) }, { requiredKeys: [] }),
  ),
  kallen: entry(LIGHT, real(-5, 5), real(-5, 5), real(-5, 5)),
  sqrtKallen: entry(LIGHT, real(-5, 5), real(-5, 5), real(-5, 5)),
  linearInterpolator: { args: table(false), runs: MEDIUM },
  logLogInterpolator: { args: table(true), runs: MEDIUM },
  linspace: entry(LIGHT, real(-5, 5), real(-5, 5), int(2, 30)),
  logspace: entry(LIGHT, pos(-5, 5), pos(-5, 5), int(2, 30)),
  complexConjugate: entry(LIGHT, complexMatrix),
  complexDiagonal: entry(LIGHT, fc.array(real(-3, 3), { maxLength: 4 })),
  complexEntry: entry(LIGHT, complexMatrix, int(0, 3), int(0, 3)),
  complexMultiply: entry(LIGHT, complexMatrix, complexMatrix),
  complexTranspose: entry(LIGHT, complexMatrix),
  conjugateTranspose: entry(LIGHT, complexMatrix),
  maxAbsDifference: entry(LIGHT, complexMatrix, complexMatrix),
  toComplexMatrix: entry(LIGHT, fc.oneof(realMatrix, complexMatrix)),
  unitarityResidual: entry(LIGHT, complexMatrix),
  eigenSymmetric: entry(MEDIUM, symmetric, matrixName),
  singularValues: entry(MEDIUM, rectangular, matrixName),
  svd: entry(MEDIUM, rectangular, matrixName),
  takagi: entry(MEDIUM, fc.oneof(symmetric, complexSymmetric), matrixName),
  takagiResidual: {
    args: fc.oneof(symmetric, complexSymmetric).map((m) => {
      try {
        return [m, takagi(m)] as const;
      } catch {
        return [m, { values: [1], u: m }] as const; // a non-finite matrix: any result object will do
      }
    }),
    runs: MEDIUM,
  },
  createRandomStream: entry(LIGHT, int(0, 2 ** 32 - 1), fc.option(int(0, 64), { nil: undefined })),
  deriveSeed: entry(LIGHT, int(0, 2 ** 32 - 1), int(0, 1e6)),
};
