import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/errors.js';
import { integrate } from '../../src/core/numerics/index.js';
import { createRandomStream } from '../../src/core/random/index.js';
import { aliasTable } from '../../src/kinematics/aliasTable.js';
import { prepareDensitySampler, sampleDensity } from '../../src/kinematics/densitySampler.js';
import { boostFromRestWithMassInto, decayTwoBodyWithMassInto } from '../../src/kinematics/knownMassDecay.js';
import { prepareThreeBodySampler, sampleThreeBodyInto } from '../../src/kinematics/threeBodySampler.js';
import { chi2 } from '../helpers/statistics.js';

/** m² of the four-vector at a[o] in the cancellation-free form (E − |p|)(E + |p|). */
function mass2(a: ArrayLike<number>, o = 0): number {
  const p = Math.hypot(a[o + 1]!, a[o + 2]!, a[o + 3]!);
  return (a[o]! - p) * (a[o]! + p);
}

/** Two-body momentum λ^½(a, b, c)/(2√a) for squared masses. */
function kallenRoot(a: number, b: number, c: number): number {
  return Math.sqrt(Math.max(0, a * a + b * b + c * c - 2 * a * b - 2 * a * c - 2 * b * c));
}

describe('aliasTable', () => {
  it('reproduces the weights exactly: Σ over cells of the probability mass routed to each index', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 40 }), (w) => {
        fc.pre(w.some((x) => x > 0));
        const { probability, alias } = aliasTable(w);
        const n = w.length;
        const mass = new Array<number>(n).fill(0);
        for (let i = 0; i < n; i++) {
          mass[i]! += probability[i]! / n;
          mass[alias[i]!]! += (1 - probability[i]!) / n;
        }
        const total = w.reduce((a, b) => a + b, 0);
        w.forEach((x, i) => expect(Math.abs(mass[i]! - x / total)).toBeLessThan(1e-12));
      }),
    );
  });

  it('builds the same table from a Float64Array as from a plain array of the same weights (integers and doubles mixed)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(5), fc.double({ min: 0, max: 10, noNaN: true })), { minLength: 1, maxLength: 40 }), (w) => {
        fc.pre(w.some((x) => x > 0));
        const plain = aliasTable(w);
        const typed = aliasTable(Float64Array.from(w));
        expect(Array.from(typed.probability)).toEqual(Array.from(plain.probability));
        expect(Array.from(typed.alias)).toEqual(Array.from(plain.alias));
      }),
    );
  });
});

describe('prepareDensitySampler / sampleDensity', () => {
  it('draws follow the density: χ² of 40 bins for a skewed density with a sharp peak (seed 11, 2×10⁵ draws, p > 1e-3)', () => {
    const f = (x: number): number => Math.sqrt(x) * (1 - x) ** 2 + 0.05 / ((x - 0.7) ** 2 + 1e-4);
    const s = prepareDensitySampler(f, 0, 1, { breakpoints: [0.7] });
    const random = createRandomStream(11);
    const n = 200_000;
    const counts = new Array<number>(40).fill(0);
    for (let i = 0; i < n; i++) counts[Math.min(39, Math.floor(sampleDensity(s, random) * 40))]! += 1;
    const binIntegrals = counts.map((_, k) => integrate(f, k / 40, (k + 1) / 40, { relTol: 1e-12 }).value);
    const total = binIntegrals.reduce((a, b) => a + b, 0);
    const probabilities = binIntegrals.map((v) => v / total);
    const { value, dof } = chi2(counts, probabilities, n);
    expect(dof).toBe(39);
    expect(value).toBeLessThan(72.1); // χ²(39) at p = 1e-3
    expect(Math.abs(s.integral / total - 1)).toBeLessThan(1e-3); // trapezoid by-product
    expect(s.integral / s.envelopeIntegral).toBeGreaterThan(0.95);
  });

  it('the envelope bounds the density from above, the squeeze from below, on a fine grid (64 points per cell) for a threshold + pole shape', () => {
    const f = (x: number): number => (Math.sqrt(Math.max(0, x - 1e-6)) * (0.02 - x) ** 1.5) / ((x - 0.021) ** 2 + 1e-8);
    const s = prepareDensitySampler(f, 1e-6, 0.02);
    const len = s.upper - s.lower;
    for (let i = 0; i < s.cells; i++) {
      for (let k = 0; k <= 64; k++) {
        const t = s.cellStart[i]! + (s.cellWidth[i]! * k) / 64;
        const x = s.lower + len * t * t * (3 - 2 * t);
        const g = f(x) * 6 * len * t * (1 - t);
        expect(g).toBeLessThanOrEqual(s.cellBound[i]!);
        expect(g).toBeGreaterThanOrEqual(s.cellFloorFraction[i]! * s.cellBound[i]!);
      }
    }
  });

  it('evaluates the density 9 times per visited cell: the initial cells once, not again when refined', () => {
    // Visited cells: the 128 initial ones, plus 2 children per split; the final cells are initial + splits, so
    // the visits are 2 × cells − 128 (each sampled at 9 points). Re-evaluating the initial cells (as the total's
    // first pass once did) would add 9 × 128 calls.
    let calls = 0;
    const f = (x: number): number => {
      calls++;
      return Math.sqrt(x) * (1 - x) ** 2 + 0.05 / ((x - 0.7) ** 2 + 1e-4);
    };
    const s = prepareDensitySampler(f, 0, 1);
    expect(s.cells).toBeGreaterThan(128); // the peak forces refinement
    expect(calls).toBe(9 * (2 * s.cells - 128));
  });

  it('rejects bad input with ParameterErrors naming the parameter', () => {
    expect(() => prepareDensitySampler((x) => x, 1, 1)).toThrow(expect.objectContaining({ parameter: 'upper' }));
    expect(() => prepareDensitySampler((x) => x, Number.NaN, 1)).toThrow(expect.objectContaining({ parameter: 'lower' }));
    expect(() => prepareDensitySampler(() => 0, 0, 1)).toThrow(expect.objectContaining({ parameter: 'density' }));
    expect(() => prepareDensitySampler(3 as never, 0, 1)).toThrow(ParameterError);
    expect(() => prepareDensitySampler((x) => x, 0, 1, { cells: 0 })).toThrow(expect.objectContaining({ parameter: 'options.cells' }));
  });
});

describe('known-mass kinematics', () => {
  it('decayTwoBodyWithMassInto conserves four-momentum and daughter masses (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 0.49, noNaN: true }),
        fc.double({ min: 0, max: 0.49, noNaN: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 6.28, noNaN: true }),
        (m, r1, r2, pz, c, phi) => {
          const parent = [Math.sqrt(m * m + pz * pz + 0.09), 0.3, 0, pz];
          const out = new Float64Array(8);
          decayTwoBodyWithMassInto(out, 0, 4, parent, 0, m, r1 * m, r2 * m, c, phi);
          for (let k = 0; k < 4; k++) expect(Math.abs(out[k]! + out[4 + k]! - parent[k]!)).toBeLessThanOrEqual(1e-12 * parent[0]!);
          const gamma2 = (parent[0]! / m) ** 2;
          for (const [o, mk] of [[0, r1 * m], [4, r2 * m]] as const) {
            expect(Math.abs(mass2(out, o) - mk * mk)).toBeLessThanOrEqual(1e-12 * m * m * gamma2 + 1e-9 * mk * mk);
          }
        },
      ),
    );
  });

  it('boostFromRestWithMassInto matches the textbook boost', () => {
    const out = new Float64Array(4);
    boostFromRestWithMassInto(out, 0, [1, 0, 0, 0], 0, [5, 0, 0, 3], 0, 4);
    expect(Array.from(out)).toEqual([1.25, 0, 0, 0.75]);
  });
});

describe('prepareThreeBodySampler / sampleThreeBodyInto', () => {
  const flat = (m: number, m1: number, m2: number, m3: number) =>
    prepareThreeBodySampler({
      parentMassGeV: m,
      recoilMassGeV: m1,
      firstMassGeV: m2,
      secondMassGeV: m3,
      // Phase-space q² density of a flat Dalitz plot: ∝ s₋ range = λ^½(M², m₁², q²) λ^½(q², m₂², m₃²)/q².
      q2Density: (q2) => (kallenRoot(m * m, m1 * m1, q2) * kallenRoot(q2, m2 * m2, m3 * m3)) / q2,
      dalitzQuadratic: (_q2, c) => c.set([1, 0, 0]),
    });

  it('property: four-momentum conservation (1e-12 relative) and on-shell daughters (1e-9) for random masses and boosts', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 5, noNaN: true }),
        fc.double({ min: 0, max: 0.6, noNaN: true }),
        fc.double({ min: 0, max: 0.15, noNaN: true }),
        fc.double({ min: 0, max: 0.15, noNaN: true }),
        fc.double({ min: -30, max: 30, noNaN: true }),
        fc.integer({ min: 0, max: 1000 }),
        (m, r1, r2, r3, pz, seed) => {
          const sampler = flat(m, r1 * m, r2 * m, r3 * m);
          const parent = [Math.sqrt(m * m + pz * pz + 0.04), -0.2, 0, pz];
          const out = new Float64Array(12);
          const q2 = sampleThreeBodyInto(out, 0, sampler, parent, 0, createRandomStream(seed));
          for (let k = 0; k < 4; k++) {
            expect(Math.abs(out[k]! + out[4 + k]! + out[8 + k]! - parent[k]!)).toBeLessThanOrEqual(1e-12 * parent[0]!);
          }
          const g2 = (parent[0]! / m) ** 2;
          for (const [o, mk] of [[0, r1 * m], [4, r2 * m], [8, r3 * m]] as const) {
            expect(Math.abs(mass2(out, o) - mk * mk)).toBeLessThanOrEqual(1e-14 * g2 * m * m + 1e-9 * mk * mk);
          }
          const pair = [0, 1, 2, 3].map((k) => out[4 + k]! + out[8 + k]!);
          expect(Math.abs(mass2(pair) - q2)).toBeLessThanOrEqual(1e-12 * g2 * m * m + 1e-9 * q2);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a flat Dalitz weight gives a flat Dalitz plot: s₋ histogram in a q² slice is uniform (χ², seed 3)', () => {
    const m = 1;
    const sampler = flat(m, 0.2, 0.1, 0.05);
    const random = createRandomStream(3);
    const out = new Float64Array(12);
    const rest = [m, 0, 0, 0];
    const counts = new Array<number>(20).fill(0);
    let n = 0;
    for (let i = 0; i < 200_000; i++) {
      const q2 = sampleThreeBodyInto(out, 0, sampler, rest, 0, random);
      if (q2 < 0.2 || q2 > 0.21) continue;
      // In a thin slice the s₋ range moves little; use x = cos θ₁₂ᴿ (linear in s₋), uniform for a flat plot.
      const w = Math.sqrt(q2);
      const e2 = (q2 + 0.01 - 0.0025) / (2 * w);
      const p2 = kallenRoot(q2, 0.01, 0.0025) / (2 * w);
      const p1 = kallenRoot(1, 0.04, q2) / (2 * w);
      const e1 = (1 - q2 - 0.04) / (2 * w);
      const s = mass2([0, 1, 2, 3].map((k) => out[k]! + out[4 + k]!));
      const x = (0.04 + 0.01 + 2 * e1 * e2 - s) / (2 * p1 * p2);
      counts[Math.min(19, Math.max(0, Math.floor(((x + 1) / 2) * 20)))]! += 1;
      n++;
    }
    const { value } = chi2(counts, new Array<number>(20).fill(1 / 20), n);
    expect(value).toBeLessThan(43.8); // χ²(19) at p = 1e-3
  });

  it('a Dalitz weight linear in s₋ tilts the cos θ₁₂ᴿ distribution as W(x) predicts (mean of x, seed 9)', () => {
    // W = s₋ − s_min(q²) at fixed q² ⇒ in x: W ∝ (1 − x); E[x] = −1/3 at any q².
    const m = 1;
    const m1 = 0.3;
    const sampler = prepareThreeBodySampler({
      parentMassGeV: m,
      recoilMassGeV: m1,
      firstMassGeV: 0,
      secondMassGeV: 0,
      q2Density: (q2) => kallenRoot(1, m1 * m1, q2) ** 2, // ∫ W ds₋ = (range)²/2 ∝ λ(1, m₁², q²)
      dalitzQuadratic: (q2, c) => {
        const w = Math.sqrt(q2);
        const base = m1 * m1 + ((1 - q2 - m1 * m1) * (w / 2)) / w;
        const half = 2 * (kallenRoot(1, m1 * m1, q2) / (2 * w)) * (w / 2);
        c.set([-(base - half), 1, 0]);
      },
    });
    const random = createRandomStream(9);
    const out = new Float64Array(12);
    let sum = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const q2 = sampleThreeBodyInto(out, 0, sampler, [m, 0, 0, 0], 0, random);
      const w = Math.sqrt(q2);
      const p1 = kallenRoot(1, m1 * m1, q2) / (2 * w);
      const e1 = (1 - q2 - m1 * m1) / (2 * w);
      const s = mass2([0, 1, 2, 3].map((k) => out[k]! + out[4 + k]!));
      sum += (m1 * m1 + 2 * e1 * (w / 2) - s) / (2 * p1 * (w / 2));
    }
    // σ(x) = √(1/3 − 1/9) = 0.471 per draw.
    expect(Math.abs(sum / n + 1 / 3)).toBeLessThan((5 * 0.4714) / Math.sqrt(n));
  });

  it('a Dalitz weight vanishing at the boundary, (s₋ − s_min)², is inverted exactly: E[cos θ₁₂ᴿ] = −1/2 (seed 13)', () => {
    const m1 = 0.3;
    const sampler = prepareThreeBodySampler({
      parentMassGeV: 1,
      recoilMassGeV: m1,
      firstMassGeV: 0,
      secondMassGeV: 0,
      q2Density: (q2) => kallenRoot(1, m1 * m1, q2) ** 3, // ∫ W ds₋ = (range)³/3 ∝ λ^{3/2}
      dalitzQuadratic: (q2, c) => {
        const a = m1 * m1 + (1 - q2 - m1 * m1) / 2 - kallenRoot(1, m1 * m1, q2) / 2; // s_min(q²)
        c.set([a * a, -2 * a, 1]);
      },
    });
    const random = createRandomStream(13);
    const out = new Float64Array(12);
    let sum = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const q2 = sampleThreeBodyInto(out, 0, sampler, [1, 0, 0, 0], 0, random);
      const w = Math.sqrt(q2);
      const s = mass2([0, 1, 2, 3].map((k) => out[k]! + out[4 + k]!));
      sum += (m1 * m1 + ((1 - q2 - m1 * m1) * (w / 2)) / w - s) / (2 * (kallenRoot(1, m1 * m1, q2) / (2 * w)) * (w / 2));
    }
    expect(Math.abs(sum / n + 0.5)).toBeLessThan((5 * Math.sqrt(0.15)) / Math.sqrt(n)); // σ² = 0.4 − 0.25
  });

  it('rejects bad input with ParameterErrors naming the field', () => {
    const base = { parentMassGeV: 1, recoilMassGeV: 0.2, firstMassGeV: 0, secondMassGeV: 0, q2Density: () => 1, dalitzQuadratic: () => undefined };
    expect(() => prepareThreeBodySampler({ ...base, parentMassGeV: 0.1 })).toThrow(expect.objectContaining({ parameter: 'parentMassGeV' }));
    expect(() => prepareThreeBodySampler({ ...base, recoilMassGeV: -1 })).toThrow(expect.objectContaining({ parameter: 'recoilMassGeV' }));
    expect(() => prepareThreeBodySampler({ ...base, q2Density: 1 as never })).toThrow(expect.objectContaining({ parameter: 'q2Density' }));
    expect(() => prepareThreeBodySampler({ ...base, dalitzQuadratic: null as never })).toThrow(expect.objectContaining({ parameter: 'dalitzQuadratic' }));
    expect(() => prepareThreeBodySampler(null as never)).toThrow(expect.objectContaining({ parameter: 'options' }));
  });
});
