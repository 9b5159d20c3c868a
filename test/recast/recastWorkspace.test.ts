import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { preset } from '../../src/models/index.js';
import { parseLimitCsv, recastPoint } from '../../src/recast/index.js';
import { referencePath } from '../helpers/reference.js';

// recastPoint keeps its chunk storage (event arrays, cascade buffers, terms builder) for the next call, as a
// scan recasts hundreds of mass points in a row. A result must not depend on what ran before: the first call of
// this file runs on fresh storage and is the reference for the same call after larger and other recasts.
const babar = parseLimitCsv(readFileSync(referencePath('babar2017_invisible_eps_limit.csv'), 'utf8'), 'BaBar 2017');
const na64 = parseLimitCsv(readFileSync(referencePath('na64_2019_invisible_eps_limit.csv'), 'utf8'), 'NA64 2019');

describe('recastPoint scratch storage', () => {
  it('gives the same point on fresh storage and after larger recasts of other models and experiments', () => {
    const point = { model: preset('idm', { massGeV: 0.3 }), experiment: 'babar2017', limit: babar, events: 3000, seed: 9 } as const;
    const fresh = recastPoint(point);
    recastPoint({ model: preset('hnl-bp1', { massGeV: 1 }), experiment: 'babar2017', limit: babar, events: 40_000, seed: 2 });
    recastPoint({ model: preset('i2dm', { massGeV: 0.2 }), experiment: 'na64-2019', limit: na64, events: 5000, seed: 3 });
    expect(recastPoint(point)).toEqual(fresh);
    expect(fresh.epsilonLower).not.toBeNull(); // a point with a band, so the comparison covers the solver's inputs
  });
});
