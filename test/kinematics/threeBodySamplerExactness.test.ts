// Exactness of the three-body sampler's cos θ₁₂ᴿ draw (composition by order statistics, and its accept–reject
// fallback), isotropy of the decay orientation (two unit-disk points, no trigonometric calls), and the guards of
// the rejection loops (kinematics/threeBodySampler.ts, kinematics/densitySampler.ts).
import { describe, expect, it } from 'vitest';
import { ConvergenceError } from '../../src/core/errors.js';
import { createRandomStream } from '../../src/core/random/index.js';
import { prepareDensitySampler, sampleDensity } from '../../src/kinematics/densitySampler.js';
import { prepareThreeBodySampler, sampleThreeBodyInto, type ThreeBodySampler } from '../../src/kinematics/threeBodySampler.js';
import { chi2Critical, chi2Uniform, ksCritical, ksDistance } from '../helpers/statistics.js';

/** m² of the four-vector at a[o] in the cancellation-free form (E − |p|)(E + |p|). */
function mass2(a: ArrayLike<number>, o = 0): number {
  const p = Math.hypot(a[o + 1]!, a[o + 2]!, a[o + 3]!);
  return (a[o]! - p) * (a[o]! + p);
}

/** λ^½(a, b, c) for squared masses. */
function kallenRoot(a: number, b: number, c: number): number {
  return Math.sqrt(Math.max(0, a * a + b * b + c * c - 2 * a * b - 2 * a * c - 2 * b * c));
}

// Parent M = 1 GeV at rest, particle 1 of mass 0.3 GeV, particles 2 and 3 massless. In the pair rest frame R,
// s₋ = base − half·x with base = m₁² + (M² − q² − m₁²)/2 and half = λ^½(M², m₁², q²)/2 (E₂* = p₂* = √q²/2).
const M1 = 0.3;
const base = (q2: number): number => M1 * M1 + (1 - q2 - M1 * M1) / 2;
const half = (q2: number): number => kallenRoot(1, M1 * M1, q2) / 2;

/**
 * A sampler whose Dalitz weight is P(x) = p₀ + p₁x + p₂x² in x = cos θ₁₂ᴿ at every q² (the coefficients in s₋ follow
 * from x = (base − s₋)/half), so that x has the q²-independent density P/∫P whatever the q² density.
 */
function cosineWeightSampler(p0: number, p1: number, p2: number): ThreeBodySampler {
  return prepareThreeBodySampler({
    parentMassGeV: 1,
    recoilMassGeV: M1,
    firstMassGeV: 0,
    secondMassGeV: 0,
    q2Density: (q2) => kallenRoot(1, M1 * M1, q2),
    dalitzQuadratic: (q2, c) => {
      const b = base(q2);
      const h = half(q2);
      c[0] = p0 + (p1 * b) / h + (p2 * b * b) / (h * h);
      c[1] = -p1 / h - (2 * p2 * b) / (h * h);
      c[2] = p2 / (h * h);
    },
  });
}

/** n decays at rest; x = cos θ₁₂ᴿ of each, reconstructed from s₋ = (p₁ + p₂)². */
function sampledCosines(sampler: ThreeBodySampler, n: number, seed: number): Float64Array {
  const random = createRandomStream(seed);
  const out = new Float64Array(12);
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const q2 = sampleThreeBodyInto(out, 0, sampler, [1, 0, 0, 0], 0, random);
    const s = mass2([0, 1, 2, 3].map((k) => out[k]! + out[4 + k]!));
    xs[i] = (base(q2) - s) / half(q2);
  }
  return xs;
}

describe('sampleThreeBodyInto: x = cos θ₁₂ᴿ follows the Dalitz weight exactly (KS, 4·10⁴ decays each, p > 1e-3)', () => {
  // Each case names the path it takes: Bernstein coefficients b₀ = P(−1), b₁ = p₀ − p₂, b₂ = P(1) all ≥ 0 →
  // composition by order statistics (which components carry weight); otherwise the accept–reject fallback.
  const cases: readonly (readonly [string, number, number, number])[] = [
    ['lepton-like, concave, nearly vanishing at both ends (mostly the middle order statistic)', 1, 0.02, -0.97],
    ['flat (the three components equally)', 1, 0, 0],
    ['linear, vanishing at x = 1 (b₂ = 0)', 1, -1, 0],
    ['(1 − x)², vanishing at x = 1 to second order (only the smallest order statistic: b₁ = b₂ = 0)', 1, -2, 1],
    ['(1 + x)² (only the largest order statistic)', 1, 2, 1],
    ['asymmetric concave, vanishing at x = −1', 0.5, 0.3, -0.2],
    ['convex with a dip, b₁ < 0: the accept–reject fallback', 0.05, 0, 1],
    ['convex, b₁ = 0.2 > 0: composition', 1.2, 0.1, 1],
  ];
  cases.forEach(([name, p0, p1, p2], k) => {
    it(name, () => {
      const n = 40_000;
      const xs = sampledCosines(cosineWeightSampler(p0, p1, p2), n, 100 + k);
      const norm = 2 * p0 + (2 * p2) / 3;
      const cdf = (x: number): number => (p0 * (x + 1) + (p1 * (x * x - 1)) / 2 + (p2 * (x * x * x + 1)) / 3) / norm;
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(-1 - 1e-9);
      expect(Math.max(...xs)).toBeLessThanOrEqual(1 + 1e-9);
      expect(ksDistance(xs, cdf)).toBeLessThan(ksCritical(n));
    });
  });

  it('a weight that vanishes everywhere gives a uniform x (no NaN: the fallback draws x uniform)', () => {
    const n = 20_000;
    const xs = sampledCosines(cosineWeightSampler(0, 0, 0), n, 7);
    expect(ksDistance(xs, (x) => (x + 1) / 2)).toBeLessThan(ksCritical(n));
  });
});

describe('sampleThreeBodyInto: the orientation is isotropic (10⁵ decays at rest, seed 17, χ² p > 1e-3)', () => {
  const sampler = cosineWeightSampler(1, 0.02, -0.97);
  const random = createRandomStream(17);
  const out = new Float64Array(12);
  const n = 100_000;
  const cosBins = new Array<number>(20).fill(0);
  const phiBins = new Array<number>(20).fill(0);
  const psiBins = new Array<number>(20).fill(0);
  const joint = new Array<number>(25).fill(0);
  const jointPhi = new Array<number>(25).fill(0);
  for (let i = 0; i < n; i++) {
    sampleThreeBodyInto(out, 0, sampler, [1, 0, 0, 0], 0, random);
    const p1 = Math.hypot(out[1]!, out[2]!, out[3]!);
    const [nx, ny, nz] = [out[1]! / p1, out[2]! / p1, out[3]! / p1];
    const phi = Math.atan2(ny, nx);
    // Azimuth of particle 2 about n̂₁, measured from the fixed reference e_a = ẑ × n̂₁/|ẑ × n̂₁|, e_b = n̂₁ × e_a.
    const rho = Math.hypot(nx, ny);
    const [ax, ay] = [-ny / rho, nx / rho];
    const [bx, by, bz] = [-nz * ay, nz * ax, nx * ay - ny * ax];
    const psi = Math.atan2(out[5]! * bx + out[6]! * by + out[7]! * bz, out[5]! * ax + out[6]! * ay);
    const c = Math.min(19, Math.floor(((nz + 1) / 2) * 20));
    const f = Math.min(19, Math.floor(((phi + Math.PI) / (2 * Math.PI)) * 20));
    const g = Math.min(19, Math.floor(((psi + Math.PI) / (2 * Math.PI)) * 20));
    cosBins[c]! += 1;
    phiBins[f]! += 1;
    psiBins[g]! += 1;
    joint[5 * Math.floor(g / 4) + Math.floor(c / 4)]! += 1;
    jointPhi[5 * Math.floor(g / 4) + Math.floor(f / 4)]! += 1;
  }

  it("particle 1's direction is uniform on the sphere: cos θ and φ histograms flat (19 dof each)", () => {
    expect(chi2Uniform(cosBins)).toBeLessThan(chi2Critical(19));
    expect(chi2Uniform(phiBins)).toBeLessThan(chi2Critical(19));
  });

  it("particle 2's azimuth about particle 1 is uniform (19 dof) and independent of cos θ₁ and φ₁ (5 × 5 cells, 24 dof each)", () => {
    // The joint tests matter: the sampler's frame about n̂₁ turns with φ₁, so a half-range azimuth in that frame
    // would still give a flat marginal.
    expect(chi2Uniform(psiBins)).toBeLessThan(chi2Critical(19));
    expect(chi2Uniform(joint)).toBeLessThan(chi2Critical(24));
    expect(chi2Uniform(jointPhi)).toBeLessThan(chi2Critical(24));
  });
});

describe('guards of the rejection loops (typed errors, no hang, no silent bias)', () => {
  it('a random stream that never lands in the unit disk throws a ConvergenceError', () => {
    const sampler = cosineWeightSampler(1, 0, 0);
    expect(() => sampleThreeBodyInto(new Float64Array(12), 0, sampler, [1, 0, 0, 0], 0, { next: () => 0 })).toThrow(ConvergenceError);
  });

  it('sampleDensity throws a ConvergenceError when a (corrupted) envelope does not bound its density', () => {
    const s = prepareDensitySampler((x) => x * (1 - x), 0, 1);
    const corrupted = { ...s, cellBound: s.cellBound.map((b) => b / 4), cellFloorFraction: new Float64Array(s.cells) };
    const random = createRandomStream(3);
    expect(() => {
      for (let i = 0; i < 1000; i++) sampleDensity(corrupted, random);
    }).toThrow(ConvergenceError);
    // The intact sampler never trips the guard.
    for (let i = 0; i < 10_000; i++) expect(sampleDensity(s, random)).toBeGreaterThan(0);
  });
});
