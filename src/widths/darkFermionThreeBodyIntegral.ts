/**
 * The q² integral of the three-body density of darkFermionThreeBody.ts (THEORY §3.6), aware of the A' pole.
 *
 * Every piece uses the smooth-step map u = u₀ + (u₁−u₀)(3t² − 2t³), t ∈ [0, 1], whose Jacobian 6(u₁−u₀)t(1−t)
 * vanishes at both ends and absorbs the √ thresholds at q² = 4m_ℓ² and q² = (m_j − m_i)²:
 * - pole far from [q²_min, q²_max] (distance or m_A'Γ_A' ≥ range): directly in q²;
 * - otherwise the range is split at m_A'² ± max(5 m_A'Γ_A', 1e-10 m_A'²): the window is integrated in
 *   θ = arctan((q² − m_A'²)/(m_A'Γ_A')) (the Breit–Wigner becomes flat, dq²/[(q²−m²)² + m²Γ²] = dθ/(mΓ)), the
 *   outer pieces in u = 1/(m_A'² − q²) (the Breit–Wigner becomes 1/(1 + m_A'²Γ_A'² u²)). This reproduces the
 *   narrow-width limit Γ(ψ_j → ψ_i A') × BR(A' → f f̄) (THEORY §3.6, §6 #11) and is continuous in m_A' across
 *   the on-shell threshold.
 * Distances to both ends of the range are carried exactly through every map (e.g. q² − q²_lo =
 * (u − u_lo)/(u·u_lo)), so the thresholds keep full relative precision. Quadrature (core/numerics): tanh–sinh
 * for leptons, adaptive G7K15 for hadrons (see `piece`).
 *
 * @module
 */
import { ConvergenceError, ParameterError } from '../core/errors.js';
import { integrate, integrateTanhSinh } from '../core/numerics/index.js';
import { threeBodyNumerator, type ThreeBodyKernel } from './darkFermionThreeBody.js';

/** Half-width of the θ window around the pole, in units of m_A'Γ_A' (but at least 1e-10 m_A'²). */
const WINDOW = 5;

type PieceKind = 'direct' | 'reciprocal' | 'theta';

/** Running sum of the pieces, and the error of pieces that missed relTol on their own. */
interface Sum {
  value: number;
  shortfall: number;
}

/**
 * Add ∫ dΓ/dq² over [lo, hi] ⊂ [q²_min, q²_max] (substitution `kind` + smooth-step map) to `sum`. A piece
 * that cannot reach relTol relative to ITSELF (a tiny piece at round-off level) still counts if the total
 * does: its estimate is kept and its error checked against the total at the end.
 */
function piece(k: ThreeBodyKernel, kind: PieceKind, lo: number, hi: number, relTol: number, sum: Sum): void {
  const a = k.lowerGeV2;
  const b = k.upperGeV2;
  const pole = k.poleGeV2;
  const w = k.poleWidthGeV2;
  const offLow = lo - a;
  const offUp = b - hi;
  let f: (t: number) => number;
  if (kind === 'direct') {
    const len = hi - lo;
    f = (t) => {
      const s = t * t * (3 - 2 * t);
      const c = (1 - t) * (1 - t) * (1 + 2 * t);
      const q2 = s <= 0.5 ? lo + len * s : hi - len * c;
      const x = q2 - pole;
      return (threeBodyNumerator(k, q2, offLow + len * s, offUp + len * c) * 6 * len * t * (1 - t)) / (x * x + w * w);
    };
  } else if (kind === 'reciprocal') {
    const u0 = 1 / (pole - lo);
    const u1 = 1 / (pole - hi);
    const len = u1 - u0;
    f = (t) => {
      const s = t * t * (3 - 2 * t);
      const c = (1 - t) * (1 - t) * (1 + 2 * t);
      const u = s <= 0.5 ? u0 + len * s : u1 - len * c;
      const q2 = pole - 1 / u;
      const dLow = offLow + (len * s) / (u * u0);
      const dUp = offUp + (len * c) / (u * u1);
      return (threeBodyNumerator(k, q2, dLow, dUp) * 6 * len * t * (1 - t)) / (1 + w * w * u * u);
    };
  } else {
    const th0 = Math.atan((lo - pole) / w);
    const th1 = Math.atan((hi - pole) / w);
    const cos0 = Math.cos(th0);
    const cos1 = Math.cos(th1);
    const len = th1 - th0;
    f = (t) => {
      const s = t * t * (3 - 2 * t);
      const c = (1 - t) * (1 - t) * (1 + 2 * t);
      const th = s <= 0.5 ? th0 + len * s : th1 - len * c;
      const cos = Math.cos(th);
      const q2 = pole + w * Math.tan(th);
      const dLow = offLow + (w * Math.sin(len * s)) / (cos * cos0);
      const dUp = offUp + (w * Math.sin(len * c)) / (cos * cos1);
      return (threeBodyNumerator(k, q2, dLow, dUp) * 6 * len * t * (1 - t)) / w;
    };
  }
  // Leptons: tanh–sinh, whose double-exponential clustering at t = 0 resolves the e⁺e⁻ threshold structure at
  // q² ~ 4m_e², which can be ~1e-8 of the range and which G7K15 may step over without noticing (measured:
  // 9e-9 error at relTol 1e-10 over random masses, vs 2e-13 for tanh–sinh). Hadrons: adaptive G7K15, because
  // R(√q²) has interior kinks (channel thresholds, C¹ joins) that a non-adaptive rule converges on slowly.
  try {
    const result =
      k.rRatio === null ? integrateTanhSinh(f, 0, 1, { relTol }) : integrate(f, 0, 1, { relTol, absTol: 0, maxSubdivisions: 4000 });
    sum.value += result.value;
  } catch (error) {
    if (!(error instanceof ConvergenceError) || error.estimate === undefined || error.achievedError === undefined) throw error;
    sum.value += error.estimate;
    sum.shortfall += error.achievedError;
  }
}

/** ∫ over [lo, hi] with one substitution, split further at the breakpoints inside (lo, hi) (ascending). */
function splitPiece(
  k: ThreeBodyKernel,
  kind: PieceKind,
  lo: number,
  hi: number,
  relTol: number,
  breakpoints: readonly number[],
  sum: Sum,
): void {
  let start = lo;
  for (const x of breakpoints) {
    if (x > start && x < hi) {
      piece(k, kind, start, x, relTol, sum);
      start = x;
    }
  }
  piece(k, kind, start, hi, relTol, sum);
}

/**
 * Γ = ∫ dΓ/dq² dq² over [q²_min, q²_max] (GeV), with the pole-aware splitting described in the module
 * comment; 0 when the range is empty. `breakpointsGeV2` (ascending) are extra split points, e.g. the squared
 * masses of narrow hadronic resonances in R, so that the adaptive quadrature cannot step over them.
 * @param k - the kernel
 * @param relTol - relative tolerance of the quadrature
 * @param breakpointsGeV2 - ascending q² values (GeV²) at which to split; those outside the range are ignored
 * @returns Γ (GeV, ≥ 0)
 * @throws ParameterError naming `darkPhotonWidthGeV` when the A' pole lies inside the range and Γ_A' = 0
 * @throws ConvergenceError if the quadrature cannot reach relTol
 * @example
 * threeBodyWidthRaw(makeThreeBodyKernel(0.462, 0.33, 1, 0, 1, 1.2566, 1.2566, 1.04e-6, 5.11e-4, null), 1e-10)
 * @internal
 */
export function threeBodyWidthRaw(k: ThreeBodyKernel, relTol: number, breakpointsGeV2: readonly number[] = []): number {
  const a = k.lowerGeV2;
  const b = k.upperGeV2;
  if (!(b > a)) return 0;
  const pole = k.poleGeV2;
  const w = k.poleWidthGeV2;
  const bp = breakpointsGeV2;
  const sum: Sum = { value: 0, shortfall: 0 };
  const distance = pole < a ? a - pole : pole > b ? pole - b : 0;
  if (Math.max(distance, w) >= b - a) {
    splitPiece(k, 'direct', a, b, relTol, bp, sum);
  } else {
    if (!(w > 0) && distance === 0) {
      throw new ParameterError('darkPhotonWidthGeV', 0, "> 0 when the A' pole lies inside the q² range (on-shell A')");
    }
    // The window is at least 1e-10 m_A'² wide, so that its edges m_A'² ± h stay distinct from m_A'² in floating
    // point for arbitrarily narrow A' (Γ_A'/m_A' down to ~1e-30 at tiny eps).
    const h = Math.max(WINDOW * w, 1e-10 * pole);
    const winLo = Math.max(a, pole - h);
    const winHi = Math.min(b, pole + h);
    if (pole - h > a) splitPiece(k, 'reciprocal', a, Math.min(b, pole - h), relTol, bp, sum);
    if (winHi > winLo) splitPiece(k, 'theta', winLo, winHi, relTol, bp, sum);
    if (pole + h < b) splitPiece(k, 'reciprocal', Math.max(a, pole + h), b, relTol, bp, sum);
  }
  if (sum.shortfall > relTol * Math.abs(sum.value)) {
    throw new ConvergenceError(
      'threeBodyWidth',
      `the q² quadrature reached ${sum.shortfall} absolute, above relTol = ${relTol} of ${sum.value}`,
      sum.value,
      sum.shortfall,
    );
  }
  return sum.value;
}
