/**
 * Generic sampler of a three-body decay P(M) → 1(m₁) + 2(m₂) + 3(m₃) with unweighted events, following the
 * recipe of THEORY §3.6: (1) q² = (p₂ + p₃)² from a given q² density; (2) s₋ = (p₁ + p₂)² at fixed q² from a
 * Dalitz weight that is a quadratic polynomial in s₋; (3) isotropic Euler angles in the parent rest frame;
 * (4) boost to the lab (the known-mass transformation of knownMassDecay.ts).
 *
 * Choices (documented):
 * - q²: accept–reject with a squeeze under the adaptive envelope of `prepareDensitySampler` (exact; ~1.05
 *   uniforms and ~0.06 density calls per draw), prepared once per channel; the density must be proportional to dΓ/dq² = ∫ |M|² ds₋ × const, i.e. to the
 *   Dalitz weight integrated over the s₋ range (the Dalitz phase space is flat in (q², s₋), PDG Review
 *   "Kinematics" eq. 49.22).
 * - s₋: at fixed q² the Dalitz limits are s₋ = m₁² + m₂² + 2E₁ᴿE₂* ∓ 2p₁ᴿp₂* (pair rest frame R; PDG eq.
 *   49.23), i.e. s₋ is linear in x = cos θ₁₂ᴿ, so x is drawn uniform in [−1, 1] and accepted with
 *   W(x)/max W. The weight is given by its three coefficients in s₋ (one callback per decay, writing into a
 *   buffer: no number boxing in the hot loop), so max W on the interval is exact (ends or vertex). A
 *   non-negative quadratic has mean ≥ max/3, so ≤ 3 trials on average (~1.5 for the lepton |M|²). (Inverting
 *   the cubic CDF instead — one uniform, Halley iterations — was measured ~10% slower per decay.)
 * - Angles: the pair direction n̂ is isotropic in the parent rest frame, particle 1 recoils along −n̂ and
 *   particle 2 has polar angle θ₁₂ᴿ to particle 1's direction in R and a uniform azimuth about it; both drawn
 *   by rejection in the unit disk (Marsaglia 1972), without trigonometric calls.
 *
 * @module
 */
import { ConvergenceError, ParameterError } from '../core/errors.js';
import type { RandomStream } from '../core/random/index.js';
import { requireRandomStream } from '../core/random/stream.js';
import { requireFunction, requireNonNegative, requireObject, requirePositive } from '../core/validate.js';
import { prepareDensitySampler, requireDensitySampler, sampleDensityUnchecked, type DensitySampler } from './densitySampler.js';
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

/** (u, v, u² + v²) of the last {@link sampleUnitDisk} draw. */
const disk = new Float64Array(3);

/**
 * A point (u, v) uniform in the open unit disk without the origin, by rejection from the square [−1, 1)²
 * (acceptance π/4; Marsaglia, Ann. Math. Stat. 43 (1972) 645): writes u, v and u² + v² into `out[0..2]`.
 * @throws ConvergenceError after 10 000 rejections (a random stream that never lands inside, e.g. constant)
 */
function sampleUnitDisk(random: RandomStream, out: Float64Array): void {
  for (let trial = 0; trial < 10_000; trial++) {
    const u = 2 * random.next() - 1;
    const v = 2 * random.next() - 1;
    const s = u * u + v * v;
    if (s < 1 && s > 0) {
      out[0] = u;
      out[1] = v;
      out[2] = s;
      return;
    }
  }
  throw new ConvergenceError('sampleThreeBodyInto', '10000 consecutive rejections in the unit disk (a random stream that never accepts)');
}

/** Results of {@link sampleThreeBodyInto} land here first, so that nothing non-finite is written to `out`. */
const scratch = new Float64Array(12);

/**
 * Sample one decay (see the module comment) and write the lab four-momenta of particles 1, 2, 3 at
 * `out[offset..+3]`, `out[offset+4..+7]`, `out[offset+8..+11]` (GeV). The parent four-momentum is read first
 * (it may live in `out`) and is taken to have mass `sampler.parentMassGeV`. Allocation-free; uses ~9 uniforms.
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
  const q2 = sampleDensityUnchecked(sampler.q2, random);
  const w = Math.sqrt(q2);
  const invW = 1 / w;
  const halfInvW = 0.5 * invW;
  const sqrtLambda = Math.sqrt(Math.max(0, (m - m1 - w) * (m + m1 + w) * (m - m1 + w) * (m + m1 - w)));
  const sum = m2 + m3;
  const dif = m2 - m3;
  const pStar = Math.sqrt(Math.max(0, (w - sum) * (w + sum) * (w - dif) * (w + dif))) * halfInvW;
  const e2 = (q2 + sum * dif) * halfInvW;
  const e3 = (q2 - sum * dif) * halfInvW;
  const base = m1 * m1 + m2 * m2 + (m * m - q2 - m1 * m1) * e2 * invW;
  const half = 2 * sqrtLambda * halfInvW * pStar;
  // s₋ = base − half·x: x = cos θ₁₂ᴿ by accept–reject on w(x) = W(s₋(x)) = w₀ + d₁x + d₂x² with its exact
  // maximum on [−1, 1] (ends or vertex). Inlined: a call would box its five double arguments.
  const c = sampler.coefficients;
  sampler.dalitzQuadratic(q2, c);
  const w0 = c[0]! + base * (c[1]! + c[2]! * base);
  const d1 = -half * (c[1]! + 2 * c[2]! * base);
  const d2 = c[2]! * half * half;
  let wMax = Math.max(w0 - d1 + d2, w0 + d1 + d2, w0);
  if (d2 < 0 && Math.abs(d1) < -2 * d2) wMax = Math.max(wMax, w0 - (d1 * d1) / (4 * d2));
  let x = 2 * random.next() - 1;
  if (wMax > 0) {
    for (let trial = 0; !(random.next() * wMax < w0 + x * (d1 + d2 * x)); trial++) {
      if (trial === 10_000) throw new ConvergenceError('sampleThreeBodyInto', '10000 consecutive rejections of cos θ (a Dalitz weight or random stream that never accepts)');
      x = 2 * random.next() - 1;
    }
  }
  // Orientation: pair direction n̂ isotropic by Marsaglia's method (Ann. Math. Stat. 43 (1972) 645: (u, v)
  // uniform in the unit disk, s = u² + v², n̂ = (2u√(1−s), 2v√(1−s), 1 − 2s)), and the azimuth ψ of particle 2
  // about n̂ from a second point (a, b) uniform in the unit disk (cos ψ = (a² − b²)/r², sin ψ = 2ab/r²): no
  // trigonometric calls. Particle 2 in R along cos θ₁₂(−n̂) + sin θ₁₂(cos ψ e₁ + sin ψ e₂), with e₁, e₂ ⊥ n̂.
  sampleUnitDisk(random, disk);
  const u = disk[0]!;
  const v = disk[1]!;
  const s = disk[2]!;
  const root = 2 * Math.sqrt(1 - s);
  const nx = u * root;
  const ny = v * root;
  const nz = 1 - 2 * s;
  sampleUnitDisk(random, disk);
  const ra = disk[0]!;
  const rb = disk[1]!;
  const r2 = disk[2]!;
  const sx = Math.sqrt(Math.max(0, (1 - x) * (1 + x)));
  const a = (sx * (ra * ra - rb * rb)) / r2; // sin θ₁₂ cos ψ
  const b = (sx * 2 * ra * rb) / r2; // sin θ₁₂ sin ψ
  // e₁ = (cos θ cos φ, cos θ sin φ, −sin θ), e₂ = (−sin φ, cos φ, 0) in terms of n̂ = (sin θ cos φ, sin θ sin φ, cos θ):
  // with ρ = sin θ = √(nx² + ny²): cos φ = nx/ρ, sin φ = ny/ρ (φ = 0 when ρ = 0).
  const rho = Math.sqrt(nx * nx + ny * ny);
  const cf = rho > 0 ? nx / rho : 1;
  const sf = rho > 0 ? ny / rho : 0;
  const dx = -x * nx + a * nz * cf - b * sf;
  const dy = -x * ny + a * nz * sf + b * cf;
  const dz = -x * nz - a * rho;
  // Pair rest frame → parent rest frame: pair momentum P⃗ = p₁* n̂ (p₁* = √λ/2M), energy E_pair, mass w;
  // P⃗·p⃗₂ᴿ = p₁* p₂* (n̂·d̂) = −x p₁* p₂*.
  const halfInvM = 0.5 / m;
  const pPair = sqrtLambda * halfInvM;
  const ePair = (m * m - m1 * m1 + q2) * halfInvM;
  const pDot = -x * pStar * pPair * invW;
  const g = ePair * invW;
  const shift = pDot / (ePair + w);
  const k2 = (shift + e2 * invW) * pPair;
  const k3 = (-shift + e3 * invW) * pPair;
  const o = offset;
  out[o] = (m * m + m1 * m1 - q2) * halfInvM;
  out[o + 1] = -pPair * nx;
  out[o + 2] = -pPair * ny;
  out[o + 3] = -pPair * nz;
  out[o + 4] = g * e2 + pDot;
  out[o + 5] = pStar * dx + k2 * nx;
  out[o + 6] = pStar * dy + k2 * ny;
  out[o + 7] = pStar * dz + k2 * nz;
  out[o + 8] = g * e3 - pDot;
  out[o + 9] = -pStar * dx + k3 * nx;
  out[o + 10] = -pStar * dy + k3 * ny;
  out[o + 11] = -pStar * dz + k3 * nz;
  // Parent rest frame → lab (known mass M; as boostFromRestWithMassInto), in place for the three particles.
  const invM = 1 / m;
  const k = 1 / (m * (pe + m));
  for (let j = o; j < o + 12; j += 4) {
    const e = out[j]!;
    const x1 = out[j + 1]!;
    const y1 = out[j + 2]!;
    const z1 = out[j + 3]!;
    const pp = ppx * x1 + ppy * y1 + ppz * z1;
    const cc = pp * k + e * invM;
    out[j] = (pe * e + pp) * invM;
    out[j + 1] = x1 + cc * ppx;
    out[j + 2] = y1 + cc * ppy;
    out[j + 3] = z1 + cc * ppz;
  }
  return q2;
}
