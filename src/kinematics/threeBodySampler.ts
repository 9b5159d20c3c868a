/**
 * Generic sampler of a three-body decay P(M) → 1(m₁) + 2(m₂) + 3(m₃) with unweighted events, following the
 * recipe of THEORY §3.6: (1) q² = (p₂ + p₃)² from a given q² density; (2) s₋ = (p₁ + p₂)² at fixed q² from a
 * Dalitz weight that is a quadratic polynomial in s₋; (3) isotropic Euler angles in the parent rest frame;
 * (4) boost to the lab (the known-mass transformation of knownMassDecay.ts).
 *
 * Choices (documented):
 * - q²: accept–reject with a squeeze under the adaptive envelope of `prepareDensitySampler` (exact; ~1.02
 *   uniforms and ~0.02 density calls per draw), prepared once per channel; the density must be proportional to
 *   dΓ/dq² = ∫ |M|² ds₋ × const, i.e. to the Dalitz weight integrated over the s₋ range (the Dalitz phase space is
 *   flat in (q², s₋), PDG Review "Kinematics" eq. 49.22).
 * - s₋: at fixed q² the Dalitz limits are s₋ = m₁² + m₂² + 2E₁ᴿE₂* ∓ 2p₁ᴿp₂* (pair rest frame R; PDG eq.
 *   49.23), i.e. s₋ is linear in x = cos θ₁₂ᴿ, and the weight, given by its three coefficients in s₋ (one
 *   callback per decay, writing into a buffer), is a quadratic w(x) on [−1, 1]. x is drawn exactly and without
 *   rejection by composition in the Bernstein basis (three order statistics of uniforms, see
 *   {@link cosineFromBernstein}); a weight with a negative Bernstein coefficient (convex with a dip, or negative
 *   somewhere) falls back to accept–reject under its exact maximum. (Before: accept–reject for every decay,
 *   ~3 uniforms and ~1.5 trials for the lepton |M|²; inverting the cubic CDF with Halley iterations was slower.)
 * - Angles: the pair direction n̂ is isotropic in the parent rest frame, particle 1 recoils along −n̂ and
 *   particle 2 has polar angle θ₁₂ᴿ to particle 1's direction in R and a uniform azimuth ψ about it; n̂ and ψ come
 *   from two points uniform in the unit disk (Marsaglia 1972), without trigonometric calls, and the second point's
 *   squared radius, uniform and independent of ψ, is one of the uniforms of x.
 * - Uniforms: 1 (q²) + 2 × 2.55 (disk points, acceptance π/4) + 2 (x) ≈ 8.1 per decay, drawn at one call site
 *   of `random.next()` (the JIT inlines it there; a call it does not inline returns a boxed double).
 *
 * @module
 */
import { ConvergenceError, ParameterError } from '../core/errors.js';
import type { RandomStream } from '../core/random/index.js';
import { requireRandomStream } from '../core/random/stream.js';
import { requireFunction, requireNonNegative, requireObject, requirePositive } from '../core/validate.js';
import { prepareDensitySampler, requireDensitySampler, sampleDensityFromUniformUnchecked, type DensitySampler } from './densitySampler.js';
import { requireFiniteFourVector, type FourVectorSource } from './fourVector.js';

/** Inputs of {@link prepareThreeBodySampler}. Masses in GeV. */
export interface ThreeBodySamplerOptions {
  /** Parent mass M (> m₁ + m₂ + m₃). */
  readonly parentMassGeV: number;
  /** Mass m₁ of the recoiling particle 1 (e.g. the daughter dark fermion ψ_i). */
  readonly recoilMassGeV: number;
  /** Mass m₂ of particle 2 (e.g. ℓ⁻), which enters s₋ = (p₁ + p₂)². */
  readonly firstMassGeV: number;
  /** Mass m₃ of particle 3 (e.g. ℓ⁺). */
  readonly secondMassGeV: number;
  /** Density in q² on [(m₂ + m₃)², (M − m₁)²] (any normalisation; GeV⁻¹ for dΓ/dq²). */
  readonly q2Density: (q2: number) => number;
  /**
   * The Dalitz weight |M|²(q², s₋) = c₀ + c₁s₋ + c₂s₋² at fixed q² (≥ 0 on the Dalitz range; any
   * normalisation): writes (c₀, c₁, c₂) into `coefficients[0..2]`.
   */
  readonly dalitzQuadratic: (q2: number, coefficients: Float64Array) => void;
  /** Initial envelope cells of the q² sampler (default 128). */
  readonly cells?: number;
  /** q² values (GeV²) that must be envelope cell edges (narrow structures of the density). */
  readonly breakpointsGeV2?: readonly number[];
}

/** A prepared three-body sampler (plain data; build with {@link prepareThreeBodySampler}). */
export interface ThreeBodySampler {
  /** M, GeV. */
  readonly parentMassGeV: number;
  /** m₁, GeV. */
  readonly recoilMassGeV: number;
  /** m₂, GeV. */
  readonly firstMassGeV: number;
  /** m₃, GeV. */
  readonly secondMassGeV: number;
  /** The q² sampler on [(m₂ + m₃)², (M − m₁)²]. */
  readonly q2: DensitySampler;
  /** The Dalitz weight's coefficients in s₋ (see {@link ThreeBodySamplerOptions}). */
  readonly dalitzQuadratic: (q2: number, coefficients: Float64Array) => void;
  /** Scratch buffer for the three coefficients (mutated by every draw). */
  readonly coefficients: Float64Array;
}

/**
 * Validate the masses and build the q² envelope once (per channel).
 * @param options - masses, q² density, Dalitz weight
 * @returns the sampler
 * @throws ParameterError naming the offending field (including `parentMassGeV` when M ≤ m₁ + m₂ + m₃)
 * @example
 * const flat = prepareThreeBodySampler({ parentMassGeV: 1, recoilMassGeV: 0.1, firstMassGeV: 0, secondMassGeV: 0,
 *   q2Density: (q2) => Math.sqrt(Math.max(0, (1 - 0.1 ** 2 - q2) ** 2 - 4 * 0.01 * q2)),
 *   dalitzQuadratic: (q2, c) => c.set([1, 0, 0]) }); // flat Dalitz plot (phase space)
 */
export function prepareThreeBodySampler(options: ThreeBodySamplerOptions): ThreeBodySampler {
  const o = requireObject('options', options);
  const m = requirePositive('parentMassGeV', o['parentMassGeV']);
  const m1 = requireNonNegative('recoilMassGeV', o['recoilMassGeV']);
  const m2 = requireNonNegative('firstMassGeV', o['firstMassGeV']);
  const m3 = requireNonNegative('secondMassGeV', o['secondMassGeV']);
  if (!(m > m1 + m2 + m3)) throw new ParameterError('parentMassGeV', m, `> recoilMassGeV + firstMassGeV + secondMassGeV = ${m1 + m2 + m3}`);
  const density = requireFunction<(q2: number) => number>('q2Density', o['q2Density']);
  const dalitzQuadratic = requireFunction<(q2: number, c: Float64Array) => void>('dalitzQuadratic', o['dalitzQuadratic']);
  const q2 = prepareDensitySampler(density, (m2 + m3) ** 2, (m - m1) ** 2, {
    ...(options.cells === undefined ? {} : { cells: options.cells }),
    ...(options.breakpointsGeV2 === undefined ? {} : { breakpoints: options.breakpointsGeV2 }),
  });
  const coefficients = new Float64Array(3);
  const sampler = { parentMassGeV: m, recoilMassGeV: m1, firstMassGeV: m2, secondMassGeV: m3, q2, dalitzQuadratic, coefficients };
  prepared.add(sampler);
  return sampler;
}

/** Samplers made by {@link prepareThreeBodySampler}: trusted by identity. */
const prepared = new WeakSet<object>();

/** Throw a ParameterError naming the field unless `sampler` is a prepared sampler or a structurally valid copy. */
function requireThreeBodySampler(sampler: unknown): ThreeBodySampler {
  if (prepared.has(sampler as object)) return sampler as ThreeBodySampler;
  const o = requireObject('sampler', sampler);
  const m = requirePositive('sampler.parentMassGeV', o['parentMassGeV']);
  const m1 = requireNonNegative('sampler.recoilMassGeV', o['recoilMassGeV']);
  const m2 = requireNonNegative('sampler.firstMassGeV', o['firstMassGeV']);
  const m3 = requireNonNegative('sampler.secondMassGeV', o['secondMassGeV']);
  if (!(m > m1 + m2 + m3)) throw new ParameterError('sampler.parentMassGeV', m, `> recoilMassGeV + firstMassGeV + secondMassGeV = ${m1 + m2 + m3}`);
  const q2 = requireDensitySampler(o['q2'], 'sampler.q2');
  if (!(q2.lower >= (m2 + m3) ** 2 && q2.lower > 0 && q2.upper <= (m - m1) ** 2)) {
    throw new ParameterError('sampler.q2', q2.lower, `a q² range inside (0, ${(m - m1) ** 2}] and >= ${(m2 + m3) ** 2}`);
  }
  requireFunction('sampler.dalitzQuadratic', o['dalitzQuadratic']);
  const c = o['coefficients'];
  if (!(c instanceof Float64Array) || c.length < 3) throw new ParameterError('sampler.coefficients', c, 'a Float64Array of length >= 3');
  return sampler as ThreeBodySampler;
}

/**
 * The uniforms of one decay (see {@link sampleThreeBodyUncheckedInto}): [0] q², [1, 2] and [3, 4] two points in the
 * unit disk, [5, 6] two of the three uniforms of x = cos θ₁₂ᴿ.
 */
const block = new Float64Array(7);

/** Math.min and Math.max by name (a shorter bytecode than Math.min: it counts against the JIT's inlining budget). */
const { min, max } = Math;

/** Rejections after which a rejection loop of this module gives up (a random stream that never accepts, e.g. constant). */
const MAX_TRIALS = 10_000;

/**
 * Whether (2a − 1, 2b − 1), a proposal uniform in the square [−1, 1)² from two uniforms a, b, lies in the open unit
 * disk without its centre: Marsaglia's rejection (Ann. Math. Stat. 43 (1972) 645; acceptance π/4, so 2.55 uniforms
 * per accepted point). The accepted point (u, v) is uniform in the disk: its angle is uniform on [0, 2π) and
 * s = u² + v² is uniform on (0, 1), independent of it.
 * @internal
 */
export function insideUnitDisk(a: number, b: number): boolean {
  const u = 2 * a - 1;
  const v = 2 * b - 1;
  const s = u * u + v * v;
  return s < 1 && s > 0;
}

/** The error of a rejection loop that hit {@link MAX_TRIALS}. @internal */
export function unitDiskRejectionError(routine: string): ConvergenceError {
  return new ConvergenceError(routine, `${MAX_TRIALS} rejections in the unit disk (a random stream that never accepts)`);
}

/**
 * x ∈ [−1, 1] with density ∝ W(x) = w₀ + d₁x + d₂x², exactly and without rejection, by composition (L. Devroye,
 * Non-Uniform Random Variate Generation (Springer 1986) §II.4), given the Bernstein coefficients b₀, b₁, b₂ ≥ 0 of W
 * in t = (1 + x)/2: W = b₀(1 − t)² + 2b₁t(1 − t) + b₂t² with b₀ = W(−1) = w₀ − d₁ + d₂, b₁ = w₀ − d₂,
 * b₂ = W(1) = w₀ + d₁ + d₂. The three basis functions have the same integral (1/3), so the density of t is the mixture,
 * with weights b₀ : b₁ : b₂, of 3(1 − t)², 6t(1 − t) and 3t²: the densities of the smallest, the middle and the
 * largest of three independent uniforms (order statistics, Devroye §I.4.3). `u` picks the component and its rescaled
 * remainder is one of the three uniforms; `u2` and `u3` are the other two. No transcendental call and no rejection
 * loop: a lepton pair's weight is concave in s₋ (b₁ ≥ (b₀ + b₂)/2) and non-negative, so it always takes this path.
 */
function cosineFromBernstein(b0: number, b1: number, b2: number, u: number, u2: number, u3: number): number {
  const v = u * (b0 + b1 + b2);
  // The middle of (w, u₂, u₃) is w clamped to [min(u₂, u₃), max(u₂, u₃)]; the smallest min(w, u₂, u₃); the largest
  // max(w, u₂, u₃), capped at 1 in case rounding pushes w = (v − b₁ − b₀)/b₂ above 1.
  if (v < b1) return 2 * min(max(v / b1, min(u2, u3)), max(u2, u3)) - 1;
  if (v < b1 + b0) return 2 * min((v - b1) / b0, u2, u3) - 1;
  return 2 * min(1, max((v - b1 - b0) / b2, u2, u3)) - 1;
}

/**
 * x ∈ [−1, 1] with density ∝ max(W(x), 0), W = w₀ + d₁x + d₂x², by accept–reject under the exact maximum of W on
 * [−1, 1] (ends or vertex): the fallback of {@link cosineFromBernstein} when a Bernstein coefficient is negative.
 * The first candidate is 2u − 1 and its test uniform `test`; further candidates and tests come from `random`.
 * x is uniform when W ≤ 0 everywhere.
 * @throws ConvergenceError after 10 000 consecutive rejections (a weight or random stream that never accepts)
 */
function cosineByRejection(w0: number, d1: number, d2: number, u: number, test: number, random: RandomStream): number {
  let wMax = Math.max(w0 - d1 + d2, w0 + d1 + d2, w0);
  if (d2 < 0 && Math.abs(d1) < -2 * d2) wMax = Math.max(wMax, w0 - (d1 * d1) / (4 * d2));
  let x = 2 * u - 1;
  if (!(wMax > 0)) return x;
  for (let trial = 0, y = test; !(y * wMax < w0 + x * (d1 + d2 * x)); trial++) {
    if (trial === MAX_TRIALS) throw new ConvergenceError('sampleThreeBodyInto', '10000 consecutive rejections of cos θ (a Dalitz weight or random stream that never accepts)');
    x = 2 * random.next() - 1;
    y = random.next();
  }
  return x;
}

/** Results of {@link sampleThreeBodyInto} land here first, so that nothing non-finite is written to `out`. */
const scratch = new Float64Array(12);

/**
 * Sample one decay (see the module comment) and write the lab four-momenta of particles 1, 2, 3 at
 * `out[offset..+3]`, `out[offset+4..+7]`, `out[offset+8..+11]` (GeV). The parent four-momentum is read first
 * (it may live in `out`) and is taken to have mass `sampler.parentMassGeV`. Allocation-free; uses ~8.1 uniforms.
 * @param out - destination buffer (12 numbers from `offset`)
 * @param offset - index of particle 1's energy
 * @param sampler - from {@link prepareThreeBodySampler}
 * @param parent - parent lab four-momentum (GeV)
 * @param parentOffset - offset of `parent`
 * @param random - uniform source in [0, 1)
 * @returns the sampled q² (GeV²)
 * @example
 * const out = new Float64Array(12);
 * const q2 = sampleThreeBodyInto(out, 0, flat, [1, 0, 0, 0], 0, createRandomStream(5));
 */
export function sampleThreeBodyInto(
  out: Float64Array,
  offset: number,
  sampler: ThreeBodySampler,
  parent: FourVectorSource,
  parentOffset: number,
  random: RandomStream,
): number {
  if (!(out instanceof Float64Array)) throw new ParameterError('out', out, 'a Float64Array');
  if (!(Number.isInteger(offset) && offset >= 0 && offset + 12 <= out.length)) {
    throw new ParameterError('offset', offset, `an integer in [0, ${out.length - 12}]`);
  }
  const s = requireThreeBodySampler(sampler);
  requireFiniteFourVector('parent', parent, parentOffset);
  if (!(parent[parentOffset]! > 0)) throw new ParameterError('parent[0]', parent[parentOffset], 'a finite number > 0 (the parent energy)');
  requireRandomStream('random', random);
  const q2 = sampleThreeBodyUncheckedInto(scratch, 0, s, parent, parentOffset, random);
  for (let k = 0; k < 12; k++) {
    if (!Number.isFinite(scratch[k]!)) throw new ParameterError('parent', parent[parentOffset], 'a parent four-momentum whose decay products are finite');
  }
  for (let k = 0; k < 12; k++) out[offset + k] = scratch[k]!;
  return q2;
}

/**
 * {@link sampleThreeBodyInto} without validation (the Monte Carlo's inner loops, on prepared samplers).
 * @internal
 */
export function sampleThreeBodyUncheckedInto(
  out: Float64Array,
  offset: number,
  sampler: ThreeBodySampler,
  parent: FourVectorSource,
  parentOffset: number,
  random: RandomStream,
): number {
  const { parentMassGeV: m, recoilMassGeV: m1, firstMassGeV: m2, secondMassGeV: m3 } = sampler;
  const pe = parent[parentOffset]!;
  const ppx = parent[parentOffset + 1]!;
  const ppy = parent[parentOffset + 2]!;
  const ppz = parent[parentOffset + 3]!;
  // The decay's uniforms, from one call site of random.next() (V8 inlines `next` at only a few call sites per
  // function, and a call it does not inline returns its double boxed on the heap). A disk pair that falls outside
  // is drawn again.
  for (let k = 0, rejected = 0; k < 7; ) {
    block[k] = random.next();
    k++;
    if ((k === 3 || k === 5) && !insideUnitDisk(block[k - 2]!, block[k - 1]!)) {
      k -= 2;
      if (++rejected === MAX_TRIALS) throw unitDiskRejectionError('sampleThreeBodyInto');
    }
  }
  const q2 = sampleDensityFromUniformUnchecked(sampler.q2, block[0]!, random);
  // Two-body momenta (PDG Review "Kinematics" §49.4), with the Källén functions factorised and evaluated from q²
  // itself (not from w = √q², so the three square roots are independent): the pair (mass w) and particle 1 in the
  // parent rest frame, p₁* = λ^½(M², m₁², q²)/(2M), λ = ((M − m₁)² − q²)((M + m₁)² − q²); particles 2 and 3 in the
  // pair rest frame R, p₂* = λ^½(q², m₂², m₃²)/(2w), E₂* = (q² + m₂² − m₃²)/(2w), E₃* = (q² − m₂² + m₃²)/(2w) (GeV).
  const w = Math.sqrt(q2);
  const invW = 1 / w;
  const halfInvW = 0.5 * invW;
  const mMinus = m - m1;
  const mPlus = m + m1;
  const sqrtLambda = Math.sqrt(Math.max(0, (mMinus * mMinus - q2) * (mPlus * mPlus - q2)));
  const sum = m2 + m3;
  const dif = m2 - m3;
  const pStar = Math.sqrt(Math.max(0, (q2 - sum * sum) * (q2 - dif * dif))) * halfInvW;
  const e2 = (q2 + sum * dif) * halfInvW;
  const e3 = (q2 - sum * dif) * halfInvW;
  // s₋ = base − half·x with x = cos θ₁₂ᴿ (base = m₁² + m₂² + 2E₁ᴿE₂*, half = 2p₁ᴿp₂*, E₁ᴿ = (M² − q² − m₁²)/(2w),
  // p₁ᴿ = λ^½(M², m₁², q²)/(2w); module comment): the Dalitz weight in x is w(x) = W(s₋(x)) = w₀ + d₁x + d₂x².
  const base = m1 * m1 + m2 * m2 + (m * m - q2 - m1 * m1) * e2 * invW;
  const half = sqrtLambda * pStar * invW;
  const c = sampler.coefficients;
  sampler.dalitzQuadratic(q2, c);
  const w0 = c[0]! + base * (c[1]! + c[2]! * base);
  const d1 = -half * (c[1]! + 2 * c[2]! * base);
  const d2 = c[2]! * half * half;
  // Orientation, without trigonometric calls: the pair direction n̂ is isotropic by Marsaglia's method (Ann. Math.
  // Stat. 43 (1972) 645: (u, v) uniform in the unit disk, s = u² + v², n̂ = (2u√(1−s), 2v√(1−s), 1 − 2s)). The
  // orthonormal e₁ = (1 − 2u², −2uv, −2u√(1−s)), e₂ = (−2uv, 1 − 2v², −2v√(1−s)) complete it to a right-handed
  // frame (e₁ × e₂ = n̂; smooth everywhere, no division). Any frame ⊥ n̂ serves, since the azimuth ψ of particle 2
  // about n̂ is uniform: from a second point (a, b) uniform in the unit disk, cos ψ = (a² − b²)/r², sin ψ = 2ab/r²
  // (the doubled angle of (a, b)), and f̂ = cos ψ e₁ + sin ψ e₂. r² = a² + b² is uniform on (0, 1) and independent
  // of ψ: it is one of the three uniforms of x = cos θ₁₂ᴿ below (one uniform fewer per decay).
  const u = 2 * block[1]! - 1;
  const v = 2 * block[2]! - 1;
  const s = u * u + v * v;
  const root = 2 * Math.sqrt(1 - s);
  const nx = u * root;
  const ny = v * root;
  const nz = 1 - 2 * s;
  const ra = 2 * block[3]! - 1;
  const rb = 2 * block[4]! - 1;
  const r2 = ra * ra + rb * rb;
  const invR2 = 1 / r2;
  const cosPsi = (ra - rb) * (ra + rb) * invR2;
  const sinPsi = 2 * ra * rb * invR2;
  const uv2 = 2 * u * v;
  const fx = cosPsi * (1 - 2 * u * u) - sinPsi * uv2;
  const fy = sinPsi * (1 - 2 * v * v) - cosPsi * uv2;
  const fz = -(cosPsi * u + sinPsi * v) * root;
  // Parent rest frame: particle 1 has E₁ = (M² + m₁² − q²)/(2M) and momentum −p₁* n̂; the pair E_P = (M² − m₁² + q²)/(2M),
  // momentum p₁* n̂ (γ = E_P/w, γβ = p₁*/w). In R, particle 2 is p₂*(−x n̂ + sin θ₁₂ f̂) and particle 3 the opposite;
  // boosted along n̂ (pure boost, as in knownMassDecay.ts) both momenta lie in the plane of n̂ and f̂: p⃗ = α n̂ + β f̂ with
  // α₂,₃ = p₁*(E₂,₃*/w ∓ x p₂* γβ/(E_P + w)) ∓ x p₂*, β₂,₃ = ±p₂* sin θ₁₂, E₂,₃ = γE₂,₃* ∓ x p₂* γβ.
  const invM = 1 / m;
  const halfInvM = 0.5 * invM;
  const pPair = sqrtLambda * halfInvM;
  const e1 = (m * m + m1 * m1 - q2) * halfInvM;
  const ePair = (m * m - m1 * m1 + q2) * halfInvM;
  const gamma = ePair * invW;
  const gammaBeta = pPair * invW;
  const h = (pStar * gammaBeta) / (ePair + w);
  // Parent rest frame → lab (known mass M; as boostFromRestWithMassInto): p⃗ + P⃗[P⃗·p⃗/(M(E_P + M)) + E/M].
  const k = invM / (pe + m);
  const pn = ppx * nx + ppy * ny + ppz * nz;
  const pf = ppx * fx + ppy * fy + ppz * fz;
  const o = offset;
  const pp1 = -pPair * pn;
  const cc1 = pp1 * k + e1 * invM;
  out[o] = (pe * e1 + pp1) * invM;
  out[o + 1] = cc1 * ppx - pPair * nx;
  out[o + 2] = cc1 * ppy - pPair * ny;
  out[o + 3] = cc1 * ppz - pPair * nz;
  // Bernstein coefficients of w in t = (1 + x)/2 (see cosineFromBernstein).
  const b0 = w0 - d1 + d2;
  const b1 = w0 - d2;
  const b2 = w0 + d1 + d2;
  const total = b0 + b1 + b2;
  const x =
    b0 >= 0 && b1 >= 0 && b2 >= 0 && total > 0 && total < Infinity
      ? cosineFromBernstein(b0, b1, b2, r2, block[5]!, block[6]!)
      : cosineByRejection(w0, d1, d2, r2, block[5]!, random); // w convex with b₁ < 0, negative somewhere, 0 or not finite
  const sx = Math.sqrt(Math.max(0, (1 - x) * (1 + x)));
  const xp = x * pStar;
  const beta = pStar * sx;
  const alpha2 = pPair * (e2 * invW - x * h) - xp;
  const alpha3 = pPair * (e3 * invW + x * h) + xp;
  const en2 = gamma * e2 - xp * gammaBeta;
  const en3 = gamma * e3 + xp * gammaBeta;
  const pp2 = alpha2 * pn + beta * pf;
  const pp3 = alpha3 * pn - beta * pf;
  const cc2 = pp2 * k + en2 * invM;
  const cc3 = pp3 * k + en3 * invM;
  out[o + 4] = (pe * en2 + pp2) * invM;
  out[o + 5] = alpha2 * nx + beta * fx + cc2 * ppx;
  out[o + 6] = alpha2 * ny + beta * fy + cc2 * ppy;
  out[o + 7] = alpha2 * nz + beta * fz + cc2 * ppz;
  out[o + 8] = (pe * en3 + pp3) * invM;
  out[o + 9] = alpha3 * nx - beta * fx + cc3 * ppx;
  out[o + 10] = alpha3 * ny - beta * fy + cc3 * ppy;
  out[o + 11] = alpha3 * nz - beta * fz + cc3 * ppz;
  return q2;
}
