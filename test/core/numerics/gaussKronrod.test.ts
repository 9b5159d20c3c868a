import { describe, expect, it } from 'vitest';
import { GAUSS_WEIGHTS, KRONROD_NODES, KRONROD_WEIGHTS } from '../../../src/core/numerics/gaussKronrod.js';
import { expectClose } from '../../helpers/close.js';

const EPS = Number.EPSILON;

/** Apply the tabulated rule on [−1, 1]; `gauss` selects the embedded G7 (odd Kronrod nodes and the centre). */
function ruleOnUnit(f: (x: number) => number, gauss: boolean): number {
  let sum = f(0) * ((gauss ? GAUSS_WEIGHTS[3] : KRONROD_WEIGHTS[7]) as number);
  for (let j = 0; j < 7; j++) {
    if (gauss && j % 2 === 0) continue;
    const x = KRONROD_NODES[j] as number;
    const w = (gauss ? GAUSS_WEIGHTS[j >> 1] : KRONROD_WEIGHTS[j]) as number;
    sum += w * (f(x) + f(-x));
  }
  return sum;
}

describe('G7K15 rule constants (QUADPACK QK15 tables)', () => {
  it('weights sum to 2, the length of [−1, 1], to rounding', () => {
    expectClose(ruleOnUnit(() => 1, false), 2, 4 * EPS);
    expectClose(ruleOnUnit(() => 1, true), 2, 4 * EPS);
  });

  it('K15 integrates monomials of degree ≤ 22 exactly and G7 those of degree ≤ 13 (to ~10 ulp)', () => {
    for (let k = 0; k <= 22; k += 2) expectClose(ruleOnUnit((x) => x ** k, false), 2 / (k + 1), 1e-14);
    for (let k = 0; k <= 12; k += 2) expectClose(ruleOnUnit((x) => x ** k, true), 2 / (k + 1), 1e-14);
    // ... and not beyond: degree 24 is no longer exact for K15, degree 14 not for G7.
    expect(Math.abs(ruleOnUnit((x) => x ** 24, false) - 2 / 25)).toBeGreaterThan(1e-10);
    expect(Math.abs(ruleOnUnit((x) => x ** 14, true) - 2 / 15)).toBeGreaterThan(1e-6);
  });
});
