/**
 * The Dalitz-level weight of ψ_j → ψ_i ℓ⁺ℓ⁻ (THEORY §3.6) as a polynomial in s₋ at fixed q², the form the
 * three-body sampler (kinematics/threeBodySampler.ts) takes.
 *
 * @module
 */

import { ParameterError } from '../core/errors.js';
import { requireFinite, requireNonNegative } from '../core/validate.js';

/**
 * Dalitz weight of ψ_j(p) → ψ_i(k) ℓ⁻(p₋) ℓ⁺(p₊) at fixed q², the brace of THEORY §3.6:
 * W = 2S[(k·p₋)(p·p₊) + (k·p₊)(p·p₋) + m_ℓ²(k·p)] − D m_i m_j (q² + 2m_ℓ²) (GeV⁴), with k·p∓ = (s∓ − m_i² − m_ℓ²)/2,
 * p·p± = (m_j² + m_ℓ² − s∓)/2, k·p = (m_j² + m_i² − q²)/2, s₊ = Σ − s₋, Σ = m_j² + m_i² + 2m_ℓ² − q². The rest of
 * ⟨|M|²⟩ depends on q² only, so W is ⟨|M|²⟩ up to a q²-dependent factor. Expanded in s₋ (A = m_i² + m_ℓ²,
 * B = m_j² + m_ℓ²): W = c₀ + c₁s₋ + c₂s₋² with c₂ = −S, c₁ = SΣ,
 * c₀ = (S/2)[(A + B)Σ − Σ² − 2AB + 2m_ℓ²(m_j² + m_i² − q²)] − D m_i m_j (q² + 2m_ℓ²) (a parabola symmetric
 * under s₋ ↔ s₊, i.e. ℓ⁻ ↔ ℓ⁺). With Σ = A + B − q², (A + B)Σ − Σ² = Σq², and the bracket collapses to
 * −q⁴ + (m_i² + m_j²)q² − 2(m_i²m_j² + m_ℓ⁴): c₀ = k₀ + k₁q² − (S/2)q⁴ with k₀ = −S(m_i²m_j² + m_ℓ⁴) − 2D m_i m_j m_ℓ²,
 * k₁ = (S/2)(m_i² + m_j²) − D m_i m_j, the form evaluated (four operations per q²: a callback small enough for the
 * JIT to inline into the three-body sampler).
 * @param sumSquares - S = c_V² + c_A²
 * @param differenceSquares - D = c_V² − c_A²
 * @param daughterMassGeV - m_i, GeV
 * @param parentMassGeV - m_j, GeV
 * @param leptonMass - m_ℓ, GeV
 * @returns (q², c) ↦ writes (c₀, c₁, c₂) into c[0..2] (GeV⁴, GeV², 1); throws a ParameterError for a missing or
 *   short `coefficients` buffer or a q² whose coefficients are not finite (nothing is written then)
 * @throws ParameterError for non-finite S, D or negative / non-finite masses
 * @example
 * const c = new Float64Array(3);
 * leptonDalitzQuadratic(1.2566, 1.2566, 0.33, 0.462, 5.11e-4)(0.005, c); // c[2] = −1.2566
 */
export function leptonDalitzQuadratic(
  sumSquares: number,
  differenceSquares: number,
  daughterMassGeV: number,
  parentMassGeV: number,
  leptonMass: number,
): (q2: number, coefficients: Float64Array) => void {
  requireFinite('sumSquares', sumSquares);
  requireFinite('differenceSquares', differenceSquares);
  requireNonNegative('daughterMassGeV', daughterMassGeV);
  requireNonNegative('parentMassGeV', parentMassGeV);
  requireNonNegative('leptonMass', leptonMass);
  const mi2 = daughterMassGeV * daughterMassGeV;
  const mj2 = parentMassGeV * parentMassGeV;
  const ml2 = leptonMass * leptonMass;
  const cross = differenceSquares * daughterMassGeV * parentMassGeV;
  const s = sumSquares;
  const k0 = -s * (mi2 * mj2 + ml2 * ml2) - 2 * cross * ml2;
  const k1 = 0.5 * s * (mi2 + mj2) - cross;
  const k2 = -0.5 * s;
  const sigma0 = mj2 + mi2 + 2 * ml2;
  // Kept small (the checks throw from helpers) so that the three-body sampler's JIT inlines it.
  return (q2, c) => {
    if (!(c instanceof Float64Array) || c.length < 3) throwBadCoefficients(c);
    const c0 = k0 + q2 * (k1 + k2 * q2);
    const c1 = s * (sigma0 - q2);
    if (!(Number.isFinite(c0) && Number.isFinite(c1))) throwBadQ2(q2);
    c[0] = c0;
    c[1] = c1;
    c[2] = -s;
  };
}

/** The ParameterError of a missing or short coefficient buffer. */
function throwBadCoefficients(c: unknown): never {
  throw new ParameterError('coefficients', c, 'a Float64Array of length >= 3');
}

/** The ParameterError of a q² whose Dalitz coefficients are not finite. */
function throwBadQ2(q2: number): never {
  throw new ParameterError('q2', q2, 'a finite q² (GeV²) giving finite Dalitz coefficients');
}
