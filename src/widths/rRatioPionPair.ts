/**
 * The π⁺π⁻ contribution to the R ratio from the pion form factor: Gounaris–Sakurai ρ(770) and ρ(1450) with
 * ρ–ω mixing.
 *
 * @module
 */
import { ALPHA, CHARGED_PION_MASS_GEV as MPI } from '../core/constants.js';
import { ParameterError } from '../core/errors.js';
import { OMEGA_782, RHO_1450, RHO_770 } from './rRatioResonanceData.js';
import { pairMomentum } from './rRatioBreitWigner.js';

const MPI2 = MPI * MPI;

/** Gounaris–Sakurai h(s) = (2/π)(k/√s) ln((√s + 2k)/(2m_π)), k = pair momentum (Gounaris, Sakurai, PRL 21, 244 (1968)). */
function h(s: number): number {
  const k = pairMomentum(s, MPI);
  const w = Math.sqrt(s);
  return (2 / Math.PI) * (k / w) * Math.log((w + 2 * k) / (2 * MPI));
}

/** Constants of one Gounaris–Sakurai propagator (mass M, width Γ, both GeV). */
interface GsConstants {
  readonly m: number;
  readonly m2: number;
  readonly gamma: number;
  readonly kM: number;
  readonly hM: number;
  /** dh/ds at s = M². */
  readonly dhM: number;
  /** GS constant d, fixed by the normalisation BW_GS(0) = 1. */
  readonly d: number;
}

function gsConstants(m: number, gamma: number): GsConstants {
  const m2 = m * m;
  const kM = pairMomentum(m2, MPI);
  const hM = h(m2);
  const dhM = hM * (1 / (8 * kM * kM) - 1 / (2 * m2)) + 1 / (2 * Math.PI * m2);
  const d =
    (((3 / Math.PI) * MPI2) / (kM * kM)) * Math.log((m + 2 * kM) / (2 * MPI)) +
    m / (2 * Math.PI * kM) -
    (MPI2 * m) / (Math.PI * kM * kM * kM);
  return { m, m2, gamma, kM, hM, dhM, d };
}

/**
 * Gounaris–Sakurai propagator (Gounaris & Sakurai, PRL 21, 244 (1968); in the form used e.g. by ALEPH,
 * Phys. Rept. 421, 191 (2005), and Belle, PRD 78, 072006 (2008)), for s > 4m_π²:
 *
 *     BW_GS(s) = M²(1 + dΓ/M) / [M² − s + f(s) − i M Γ(s)],   Γ(s) = Γ (M/√s)(k/k_M)³,
 *     f(s) = Γ M²/k_M³ [k² (h(s) − h(M²)) + (M² − s) k_M² h′(M²)]
 *
 * Returns [Re, Im].
 */
function gsPropagator(c: GsConstants, s: number): [number, number] {
  const k = pairMomentum(s, MPI);
  const kM3 = c.kM * c.kM * c.kM;
  const f = ((c.gamma * c.m2) / kM3) * (k * k * (h(s) - c.hM) + (c.m2 - s) * c.kM * c.kM * c.dhM);
  const width = c.gamma * (c.m / Math.sqrt(s)) * (k / c.kM) ** 3;
  const re = c.m2 - s + f;
  const im = -c.m * width;
  const num = c.m2 * (1 + (c.d * c.gamma) / c.m);
  const den = re * re + im * im;
  return [(num * re) / den, (-num * im) / den];
}

const RHO = gsConstants(RHO_770.massGeV, RHO_770.widthGeV);
const RHO_PRIME = gsConstants(RHO_1450.massGeV, RHO_1450.widthGeV);

/** Pion velocity β_π = √(1 − 4m_π²/s). */
function pionVelocity(s: number): number {
  return Math.sqrt(Math.max(0, 1 - (4 * MPI2) / s));
}

/**
 * Weight β of the ρ(1450) term in F_π = [BW_ρ + β BW_ρ′]/(1 + β) (so F_π(0) = 1, charge normalisation),
 * fixed by the PDG ρ e⁺e⁻ width: at s = M_ρ² the ρ–ρ′ part of R_ππ = (β_π³/4)|F_π|² must equal the peak value
 * 9 Γ_ee B_ππ/(α² Γ_ρ) of a J = 1 resonance (B_ππ ≈ 1). With G = BW_ρ(M_ρ²), P = BW_ρ′(M_ρ²) and
 * K = 36 Γ_ee/(α² Γ_ρ β_π³) this is |G + βP|² = K(1 + β)², a quadratic in real β; the root of smaller |β| is
 * taken: β ≈ −0.096, of the size of the ρ(1450) weights found in published Gounaris–Sakurai fits (|β| ~ 0.1).
 */
const BETA_RHO_PRIME = (() => {
  const m2 = RHO.m2;
  const target = (36 * RHO_770.eeWidthGeV) / (ALPHA * ALPHA * RHO.gamma * pionVelocity(m2) ** 3);
  const [gr, gi] = gsPropagator(RHO, m2);
  const [pr, pi] = gsPropagator(RHO_PRIME, m2);
  const qa = pr * pr + pi * pi - target;
  const qb = 2 * (gr * pr + gi * pi - target);
  const qc = gr * gr + gi * gi - target;
  const disc = Math.sqrt(Math.max(0, qb * qb - 4 * qa * qc));
  const r1 = (-qb + disc) / (2 * qa);
  const r2 = (-qb - disc) / (2 * qa);
  return Math.abs(r1) < Math.abs(r2) ? r1 : r2;
})();

const MW = OMEGA_782.massGeV;
const MW2 = MW * MW;
const GW = OMEGA_782.widthGeV;
/**
 * ρ–ω mixing strength δ (taken real), fixed by PDG B(ω → π⁺π⁻): the ω term of F_π alone,
 * δ BW_ρ(M_ω²) (M_ω/Γ_ω)/(1 + β), must give the ω peak 9 Γ_ee(ω) B_ππ(ω)/(α² Γ_ω) at s = M_ω², i.e.
 * δ² = 36 Γ_ee(ω) B_ππ(ω) Γ_ω (1 + β)² / (α² β_π³ |BW_ρ(M_ω²)|² M_ω²). Gives δ ≈ 1.76×10⁻³.
 */
const DELTA_OMEGA = (() => {
  const [re, im] = gsPropagator(RHO, MW2);
  const eeWidth = OMEGA_782.branchingEE * GW;
  const num = 36 * eeWidth * OMEGA_782.branchingPiPi * GW * (1 + BETA_RHO_PRIME) ** 2;
  return Math.sqrt(num / (ALPHA * ALPHA * pionVelocity(MW2) ** 3 * (re * re + im * im) * MW2));
})();

/**
 * R contribution of e⁺e⁻ → π⁺π⁻ (dimensionless), for √s above 2m_π (0 below):
 *
 *     R_ππ(s) = (β_π³/4) |F_π(s)|²,
 *     F_π(s) = { BW_ρ(s) [1 + δ (s/M_ω²) M_ω²/(M_ω² − s − i M_ω Γ_ω)] + β BW_ρ′(s) } / (1 + β)
 *
 * (R_ππ = σ(e⁺e⁻→π⁺π⁻)/σ_pt with σ = πα²β_π³|F_π|²/(3s), e.g. Jegerlehner, "The Anomalous Magnetic Moment of
 * the Muon", Springer 2017.) BW_ρ, BW_ρ′: Gounaris–Sakurai propagators with the PDG 2024 ρ(770) and ρ(1450)
 * masses and widths; β from F_π(0) = 1 and the PDG Γ(ρ → e⁺e⁻); ρ–ω mixing in the Kühn–Santamaria form
 * (Z. Phys. C 48, 445 (1990)) with real δ from PDG B(ω → π⁺π⁻). No ρ(1700) term.
 *
 * @param s - Mandelstam s in GeV²
 * @returns R_ππ(s) ≥ 0
 * @throws ParameterError naming `s` when it is so large that |F_π(s)|² overflows
 * @example
 * rRatioPionPair(0.775 ** 2) // ≈ 9.1, the ρ peak
 */
export function rRatioPionPair(s: number): number {
  if (!(s > 4 * MPI2)) return 0;
  const [gr, gi] = gsPropagator(RHO, s);
  const [pr, pi] = gsPropagator(RHO_PRIME, s);
  // ω factor 1 + δ (s/M_ω²) M_ω²/(M_ω² − s − i M_ω Γ_ω) = 1 + δ s/(a − i b)
  const a = MW2 - s;
  const b = MW * GW;
  const den = a * a + b * b;
  const wr = 1 + (DELTA_OMEGA * s * a) / den;
  const wi = (DELTA_OMEGA * s * b) / den;
  const fr = (gr * wr - gi * wi + BETA_RHO_PRIME * pr) / (1 + BETA_RHO_PRIME);
  const fi = (gr * wi + gi * wr + BETA_RHO_PRIME * pi) / (1 + BETA_RHO_PRIME);
  const beta = pionVelocity(s);
  const r = 0.25 * beta * beta * beta * (fr * fr + fi * fi);
  if (!Number.isFinite(r)) throw new ParameterError('s', s, 'a value small enough that |F_π(s)|² is finite');
  return r;
}
