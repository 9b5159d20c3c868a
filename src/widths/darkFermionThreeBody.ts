/**
 * Exact one-dimensional q² density of the three-body decay ψ_j → ψ_i V*(q²) → ψ_i f f̄ through the A'
 * propagator (THEORY §3.6), on plain, already-validated numbers. Shared by the lepton and hadron channels.
 *
 * The rate factorises exactly (conserved vector current on the SM side, the q^μq^ν propagator term drops):
 *
 *     dΓ/dq² = Γ(ψ_j → ψ_i V*; M² = q²) · (1/π) √q² Γ(V* → f f̄; √q²) / [(q² − m_A'²)² + m_A'² Γ_A'²]
 *
 * Leptons: (1/π) √q² Γ(V*→ℓℓ) = (eps² α/3π) (q² + 2m_ℓ²) √(1 − 4m_ℓ²/q²)   (THEORY §3.1, §3.6)
 * Hadrons: (1/π) √q² Γ(V*→had) = (eps² α/3π) q² R(√q²), from Γ(V*→had) = (eps² α √q²/3) R (THEORY §3.2)
 *
 * This file holds the kernel (plain numbers) and the density; the pole-aware q² integral is in
 * darkFermionThreeBodyIntegral.ts.
 *
 * @module
 */
import { ALPHA } from '../core/constants.js';
import { requireInRange, requireObject } from '../core/validate.js';

/** Options of the three-body widths (quadrature accuracy). */
export interface ThreeBodyWidthOptions {
  /** Relative tolerance of the q² quadrature, in [1e-14, 1e-2] (default 1e-10). */
  readonly relTol?: number;
}

/**
 * Validate {@link ThreeBodyWidthOptions} (may be undefined) and fill in the default relTol = 1e-10.
 * @param options - the options or undefined
 * @returns `{ relTol }`
 * @throws ParameterError naming `options` or `options.relTol`
 * @example
 * resolveThreeBodyOptions(undefined).relTol // 1e-10
 * @internal
 */
export function resolveThreeBodyOptions(options: ThreeBodyWidthOptions | undefined): { readonly relTol: number } {
  if (options === undefined) return { relTol: 1e-10 };
  const o = requireObject('options', options);
  const raw = o['relTol'];
  return { relTol: raw === undefined ? 1e-10 : requireInRange('options.relTol', raw, 1e-14, 1e-2) };
}

/** Everything the q² density needs, as plain numbers (built once per width). @internal */
export interface ThreeBodyKernel {
  /** m_j, GeV. */
  readonly parentMassGeV: number;
  /** m_i, GeV. */
  readonly daughterMassGeV: number;
  /** S = c_V² + c_A² of the dark vertex. */
  readonly sumSquares: number;
  /** D = c_V² − c_A² of the dark vertex. */
  readonly differenceSquares: number;
  /** m_A'² (GeV²). */
  readonly poleGeV2: number;
  /** m_A' Γ_A' (GeV²), ≥ 0. */
  readonly poleWidthGeV2: number;
  /** eps². */
  readonly epsilonSquared: number;
  /** eps² α/(3π) / (16π m_j³) (GeV⁻³). */
  readonly prefactor: number;
  /** Lower end of q²: 4m_ℓ² (leptons) or the hadronic threshold (GeV²). */
  readonly lowerGeV2: number;
  /** Upper end of q²: (m_j − m_i)² (GeV²). */
  readonly upperGeV2: number;
  /** Lepton mass m_ℓ (GeV); ignored when `rRatio` is set. */
  readonly leptonMassGeV: number;
  /** Hadronic R(√s) for the hadron channel, or null for a lepton pair. */
  readonly rRatio: ((sqrtSGeV: number) => number) | null;
}

/**
 * Build a {@link ThreeBodyKernel} from plain numbers (no validation).
 * @param parentMassGeV - m_j (GeV)
 * @param daughterMassGeV - m_i (GeV)
 * @param darkPhotonMassGeV - m_A' (GeV)
 * @param darkPhotonWidthGeV - Γ_A' in the propagator (GeV)
 * @param epsilon - eps
 * @param sumSquares - c_V² + c_A²
 * @param differenceSquares - c_V² − c_A²
 * @param lowerGeV2 - lower end of q² (4m_ℓ², or the hadronic threshold)
 * @param leptonMassGeV - m_ℓ (0 for hadrons or massless leptons)
 * @param rRatio - R(√s) for hadrons, null for leptons
 * @returns the kernel
 * @example
 * const k = makeThreeBodyKernel(0.462, 0.33, 1, 0, 1, 4 * Math.PI * 0.1, 4 * Math.PI * 0.1, 0, 0, null);
 * @internal
 */
export function makeThreeBodyKernel(
  parentMassGeV: number,
  daughterMassGeV: number,
  darkPhotonMassGeV: number,
  darkPhotonWidthGeV: number,
  epsilon: number,
  sumSquares: number,
  differenceSquares: number,
  lowerGeV2: number,
  leptonMassGeV: number,
  rRatio: ((sqrtSGeV: number) => number) | null,
): ThreeBodyKernel {
  const split = parentMassGeV - daughterMassGeV;
  return {
    parentMassGeV,
    daughterMassGeV,
    sumSquares,
    differenceSquares,
    poleGeV2: darkPhotonMassGeV * darkPhotonMassGeV,
    poleWidthGeV2: darkPhotonMassGeV * darkPhotonWidthGeV,
    epsilonSquared: epsilon * epsilon,
    prefactor: (epsilon * epsilon * ALPHA) / (3 * Math.PI) / (16 * Math.PI * parentMassGeV ** 3),
    lowerGeV2,
    upperGeV2: split * split,
    leptonMassGeV,
    rRatio,
  };
}

/**
 * dΓ/dq² × [(q² − m_A'²)² + m_A'²Γ_A'²] (GeV³), given q² and its exact distances to both ends of the range
 * (dLow = q² − q²_min, dUp = q²_max − q²). THEORY §3.6, first display.
 * @param k - the kernel
 * @param q2 - q² (GeV²)
 * @param dLow - q² − q²_min ≥ 0 (GeV²), computed without cancellation by the caller
 * @param dUp - q²_max − q² ≥ 0 (GeV²)
 * @returns the numerator (GeV³, ≥ 0)
 * @example
 * threeBodyNumerator(makeThreeBodyKernel(0.462, 0.33, 1, 0, 1, 1.2566, 1.2566, 0, 0, null), 0.005, 0.005, 0.012424)
 * @internal
 */
export function threeBodyNumerator(k: ThreeBodyKernel, q2: number, dLow: number, dUp: number): number {
  const mi = k.daughterMassGeV;
  const mj = k.parentMassGeV;
  const sum2 = (mi + mj) * (mi + mj);
  const sqrtLambda = Math.sqrt(dUp * (sum2 - q2));
  // S[(m_j² − m_i²)² + q²(m_j² + m_i²) − 2q⁴] − 6 D m_i m_j q², with the exact factorisation
  // (m_j² − m_i²)² + q²(m_j² + m_i² − 6 m_i m_j) − 2q⁴ = ((m_j − m_i)² − q²)(2q² + (m_j + m_i)²), which makes
  // every term ≥ 0 (S − D = 2c_A² ≥ 0) and avoids the cancellation at q² → (m_j − m_i)².
  const cross = 6 * (k.sumSquares - k.differenceSquares) * mi * mj;
  const spin = k.sumSquares * dUp * (2 * q2 + sum2);
  let h: number;
  if (k.rRatio === null) {
    const ml2 = k.leptonMassGeV * k.leptonMassGeV;
    h = (q2 + 2 * ml2) * (spin / q2 + cross) * Math.sqrt(dLow / q2);
  } else {
    h = (spin + cross * q2) * k.rRatio(Math.sqrt(q2));
  }
  return h > 0 ? k.prefactor * sqrtLambda * h : 0;
}

/**
 * The q² density dΓ/dq² (GeV⁻¹) at one q²; 0 outside (q²_min, q²_max). THEORY §3.6.
 * @param k - the kernel
 * @param q2 - q² (GeV²)
 * @returns dΓ/dq² ≥ 0
 * @example
 * threeBodyDensity(makeThreeBodyKernel(0.462, 0.33, 1, 0, 1, 1.2566, 1.2566, 1.04e-6, 5.11e-4, null), 0.005)
 * @internal
 */
export function threeBodyDensity(k: ThreeBodyKernel, q2: number): number {
  if (!(q2 > k.lowerGeV2 && q2 < k.upperGeV2)) return 0;
  const x = q2 - k.poleGeV2;
  const w = k.poleWidthGeV2;
  return threeBodyNumerator(k, q2, q2 - k.lowerGeV2, k.upperGeV2 - q2) / (x * x + w * w);
}
