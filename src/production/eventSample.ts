/**
 * The Monte Carlo event record: structure-of-arrays buffers (Float64Array / Int32Array) for one model at one
 * dark-photon mass. It is eps-independent by construction: every unstable dark fermion carries its lab decay
 * length at eps = 1, and since its width scales as eps² (THEORY.md §3.4: ψ_j → ψ_i A'* → ψ_i ℓℓ through an
 * off-shell A') the decay length at any eps is `decayLengthCmAtUnitEpsilon / eps²`. Decay positions are never
 * sampled here; the experiments layer integrates the exponential decay law analytically along each flight line.
 *
 * Layout: event e owns tracks `trackStart[e] .. trackStart[e+1]-1`; track t owns visible particles
 * `visibleStart[t] .. visibleStart[t+1]-1`. Four-momenta are stored as 4 consecutive numbers (E, px, py, pz)
 * in GeV, lab frame (+z along the e− beam for BaBar and NA64).
 *
 * @module
 */

/** Which experiment's production mechanism generated the sample. */
export type ProductionProcess = 'babar-monophoton' | 'na64-bremsstrahlung';

/** Description of one A' decay channel into the dark sector (as sampled; the SM channels are not sampled). */
export interface DarkPhotonChannel {
  /** Product names, e.g. `['psi1', 'psi2']`. */
  readonly products: readonly string[];
  /** Branching ratio of this channel among the dark-sector channels only (the sampled fractions sum to 1). */
  readonly darkBranchingRatio: number;
}

/**
 * A sample of N events of e+e− → γA' (BaBar) or e−Z → e−ZA' (NA64) followed by A' → dark-sector cascade.
 * All arrays are owned by the sample and must be treated as read-only.
 */
export interface EventSample {
  /** The production process. */
  readonly process: ProductionProcess;
  /** Dark photon mass, GeV. */
  readonly darkPhotonMassGeV: number;
  /** The seed that generated the sample (bit-identical regeneration). */
  readonly seed: number;
  /** Number of events N. */
  readonly count: number;
  /**
   * eps-independent part of the A' branching ratio into the dark sector: BR_dark(eps) =
   * darkWidthGeV / (darkWidthGeV + eps² · smWidthPerEpsilon2GeV).
   */
  readonly darkPhotonDarkWidthGeV: number;
  /** Γ(A' → SM)/eps² in GeV (leptons + hadrons), for the eps-dependent BR above. */
  readonly darkPhotonSmWidthPerEpsilon2GeV: number;
  /** The dark-sector channels the A' decays were drawn from. */
  readonly channels: readonly DarkPhotonChannel[];
  /** Per event: index into `channels`. Length N. */
  readonly channel: Int32Array;
  /** Per event: A' lab four-momentum (E, px, py, pz). Length 4N. */
  readonly darkPhoton: Float64Array;
  /**
   * Per event: the recoil four-momentum seen by the experiment's primary selection — the photon for BaBar,
   * the scattered electron for NA64 (E, px, py, pz, lab). Length 4N.
   */
  readonly recoil: Float64Array;
  /**
   * Per event: the production-selection variable — cos θ*_γ (c.m.) for BaBar, the A' energy fraction
   * x = E_A'/E₀ for NA64. Length N.
   */
  readonly selectionVariable: Float64Array;
  /** Track offsets: event e owns tracks trackStart[e] .. trackStart[e+1]−1. Length N+1. */
  readonly trackStart: Int32Array;
  /** Per unstable dark-fermion track: its lab four-momentum. Length 4T. */
  readonly trackMomentum: Float64Array;
  /** Per track: its mass, GeV. Length T. */
  readonly trackMass: Float64Array;
  /** Per track: the index of the state in the model's `states`. Length T. */
  readonly trackState: Int32Array;
  /** Per track: the track index of its parent (−1 when produced in the A' decay). Length T. */
  readonly trackParent: Int32Array;
  /**
   * Per track: lab decay length at eps = 1, cm: (|p|/m) · ħc / (Γ/eps²). At any eps the decay length is this
   * divided by eps². Length T.
   */
  readonly decayLengthCmAtUnitEpsilon: Float64Array;
  /** Visible-particle offsets: track t owns visible particles visibleStart[t] .. visibleStart[t+1]−1. Length T+1. */
  readonly visibleStart: Int32Array;
  /** Per visible particle (ℓ+, ℓ−, or a hadronic system): lab four-momentum. Length 4V. */
  readonly visibleMomentum: Float64Array;
  /** Per visible particle: PDG code (11/−11 e, 13/−13 μ, 15/−15 τ, 0 for a hadronic system). Length V. */
  readonly visiblePdg: Int32Array;
}
