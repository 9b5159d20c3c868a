/**
 * The per-model decay plan of the Monte Carlo: for the A' (dark-sector channels only) and every dark
 * fermion, the open channels of the decay tables (widths/decayTable.ts, THEORY §3.3–3.6) with their
 * branching ratios, and, built ONCE per (parent state, channel), the samplers of the three-body kinematics:
 * - ψ_j → ψ_i ℓ⁺ℓ⁻: q² from dΓ/dq² (THEORY §3.6, exact, the model's full Γ_A' in the Breit–Wigner as in the
 *   tables) and s₋ from the Dalitz |M|² of THEORY §3.6 (see {@link leptonDalitzQuadratic});
 * - ψ_j → ψ_i + hadrons: q² of the hadronic system from the same density with the lepton factor replaced by
 *   q² R(√q²) (THEORY §3.2, §3.6), narrow vector mesons as envelope breakpoints;
 * - ψ_j → ψ_i A' (on shell) and A' → ψ_i ψ_j: two-body, isotropic (unpolarised parent), nothing to prepare.
 * Plus each state's proper decay length at eps = 1, cτ₁ = ħc/Γ(eps = 1) with Γ(eps) = Σ_c Γ_c (eps/eps₀)^{n_c}
 * (THEORY §3.4 scalings; `epsilonPower` of each channel). Plans are cached per model object (models are
 * immutable), so the preparation (~ms) is paid once per model and mass.
 *
 * @module
 */
import { HBAR_C_GEV_CM } from '../core/constants.js';
import { KinematicsError, ParameterError } from '../core/errors.js';
import { LEPTONS, leptonMassGeV, type Lepton } from '../core/leptons.js';
import { requireInRange, requireObject } from '../core/validate.js';
import { prepareDensitySampler, type DensitySampler } from '../kinematics/densitySampler.js';
import { prepareThreeBodySampler, type ThreeBodySampler } from '../kinematics/threeBodySampler.js';
import type { DarkSectorModel } from '../models/types.js';
import { makeThreeBodyKernel, threeBodyDensity } from '../widths/darkFermionThreeBody.js';
import { widthDarkPhotonToHadrons } from '../widths/darkPhotonToHadrons.js';
import { widthDarkPhotonToLeptonsOrZero } from '../widths/darkPhotonToLeptons.js';
import { DARK_PHOTON_NAME, decayTable, type DecayChannel } from '../widths/decayTable.js';
import { HADRONIC_THRESHOLD_GEV, rRatioModelUnchecked } from '../widths/rRatio.js';
import { BOTTOMONIUM_VECTORS, CHARMONIUM_VECTORS, OMEGA_782, PHI_1020 } from '../widths/rRatioResonanceData.js';
import { leptonDalitzQuadratic } from './leptonDalitz.js';

/**
 * How a channel is sampled: A' → ψψ, ψ → ψ ℓℓ, ψ → ψ + hadrons, ψ → ψ A' (on shell).
 * @example prepareDecayPlan(preset('idm')).states[1]?.channels[0]?.kind // 'leptons'
 */
export type DecayChannelKind = 'dark-pair' | 'leptons' | 'hadrons' | 'dark-photon';

/** One sampled channel of a {@link ParticleDecays}. */
export interface SampledChannel {
  /** How it is sampled. */
  readonly kind: DecayChannelKind;
  /** Product names as in the decay table, e.g. `['psi1', 'e+', 'e-']`. */
  readonly products: readonly string[];
  /** Branching ratio among the sampled channels of the parent (they sum to 1). */
  readonly branchingRatio: number;
  /** State index (in `model.states`) of the first dark daughter. */
  readonly firstState: number;
  /** State index of the second dark daughter (`dark-pair` only), else −1. */
  readonly secondState: number;
  /** PDG code of the negative lepton (11, 13, 15) for `leptons`, else 0. */
  readonly leptonPdg: number;
  /** Three-body sampler (ψ_i, ℓ⁻, ℓ⁺) for `leptons`, else null. */
  readonly threeBody: ThreeBodySampler | null;
  /** Sampler of the hadronic q² (GeV²) for `hadrons`, else null. */
  readonly hadronicMass2: DensitySampler | null;
}

/** The sampled decays of one particle. */
export interface ParticleDecays {
  /** Particle name (`A'` or a state name). */
  readonly name: string;
  /** Mass, GeV. */
  readonly massGeV: number;
  /** True when the particle has no channel (never decays). */
  readonly stable: boolean;
  /** ħc/Γ(eps = 1) in cm (0 when stable; for the A' not used). */
  readonly ctauCmAtUnitEpsilon: number;
  /** The channels (for the A': the dark-sector ones only). */
  readonly channels: readonly SampledChannel[];
  /** Cumulative branching ratios (last = 1), for the channel choice. */
  readonly cumulative: Float64Array;
}

/** Everything the decay-chain sampler needs for one model at one mass (plain data). */
export interface DecayPlan {
  /** The model. */
  readonly model: DarkSectorModel;
  /** A' decays into the dark sector (branching ratios renormalised to the dark channels). */
  readonly darkPhoton: ParticleDecays;
  /** Per state of `model.states`. */
  readonly states: readonly ParticleDecays[];
  /** Σ Γ(A' → ψψ), GeV (eps-independent). */
  readonly darkPhotonDarkWidthGeV: number;
  /** Σ Γ(A' → SM)/eps², GeV. */
  readonly darkPhotonSmWidthPerEpsilon2GeV: number;
}

const LEPTON_PDG: Readonly<Record<string, number>> = { e: 11, mu: 13, tau: 15 };

/** Squared masses (GeV²) of the narrow (Γ/M < 2%) vector mesons of R: envelope breakpoints of the hadronic q². */
const NARROW_HADRONIC_GEV2: readonly number[] = [OMEGA_782, PHI_1020, ...CHARMONIUM_VECTORS, ...BOTTOMONIUM_VECTORS]
  .filter((v) => v.widthGeV < 0.02 * v.massGeV)
  .map((v) => v.massGeV * v.massGeV);

const cache = new WeakMap<DarkSectorModel, DecayPlan>();

function stateIndex(model: DarkSectorModel, name: string): number {
  const i = model.states.findIndex((s) => s.name === name);
  if (i < 0) throw new KinematicsError('decay plan', `unknown product ${name}`);
  return i;
}

function channelOf(
  kind: DecayChannelKind,
  c: DecayChannel,
  branchingRatio: number,
  firstState: number,
  rest: Partial<Pick<SampledChannel, 'secondState' | 'leptonPdg' | 'threeBody' | 'hadronicMass2'>> = {},
): SampledChannel {
  return {
    kind,
    products: c.products,
    branchingRatio,
    firstState,
    secondState: rest.secondState ?? -1,
    leptonPdg: rest.leptonPdg ?? 0,
    threeBody: rest.threeBody ?? null,
    hadronicMass2: rest.hadronicMass2 ?? null,
  };
}

function decaysOf(name: string, massGeV: number, ctau: number, channels: SampledChannel[]): ParticleDecays {
  const cumulative = new Float64Array(channels.length);
  let sum = 0;
  channels.forEach((c, k) => (cumulative[k] = sum += c.branchingRatio));
  if (channels.length > 0) cumulative[channels.length - 1] = 1;
  return { name, massGeV, stable: channels.length === 0, ctauCmAtUnitEpsilon: ctau, channels, cumulative };
}

/** Sampled decays of state j (all channels of its table). */
function stateDecays(model: DarkSectorModel, j: number, gammaA: number): ParticleDecays {
  const parent = model.states[j]!;
  const table = decayTable(model, parent.name);
  const mj = parent.massGeV;
  const ma = model.darkPhotonMassGeV;
  const eps = table.epsilon;
  const channels = table.channels.map((c) => {
    const i = stateIndex(model, c.products[0]!);
    const mi = model.states[i]!.massGeV;
    const coupling = model.couplings.find((k) => k.i === i && k.j === j);
    const s = coupling === undefined ? 0 : coupling.vector ** 2 + coupling.axial ** 2;
    const d = coupling === undefined ? 0 : coupling.vector ** 2 - coupling.axial ** 2;
    const second = c.products[1]!;
    if (second === DARK_PHOTON_NAME) return channelOf('dark-photon', c, c.branchingRatio, i);
    if (second === 'hadrons') {
      const k = makeThreeBodyKernel(mj, mi, ma, gammaA, eps, s, d, HADRONIC_THRESHOLD_GEV ** 2, 0, rRatioModelUnchecked);
      const hadronicMass2 = prepareDensitySampler((q2) => threeBodyDensity(k, q2), k.lowerGeV2, k.upperGeV2, {
        breakpoints: NARROW_HADRONIC_GEV2,
      });
      return channelOf('hadrons', c, c.branchingRatio, i, { hadronicMass2 });
    }
    const lepton = second.slice(0, -1) as Lepton;
    const ml = leptonMassGeV(lepton);
    const k = makeThreeBodyKernel(mj, mi, ma, gammaA, eps, s, d, 4 * ml * ml, ml, null);
    const threeBody = prepareThreeBodySampler({
      parentMassGeV: mj,
      recoilMassGeV: mi,
      firstMassGeV: ml,
      secondMassGeV: ml,
      q2Density: (q2) => threeBodyDensity(k, q2),
      dalitzQuadratic: leptonDalitzQuadratic(s, d, mi, mj, ml),
    });
    return channelOf('leptons', c, c.branchingRatio, i, { leptonPdg: LEPTON_PDG[lepton]!, threeBody });
  });
  const widthAtUnitEpsilon = table.channels.reduce((sum, c) => sum + (c.epsilonPower === 2 ? c.widthGeV / (eps * eps) : c.widthGeV), 0);
  return decaysOf(parent.name, mj, table.stable ? 0 : HBAR_C_GEV_CM / widthAtUnitEpsilon, channels);
}

/** Below this eps², Γ_SM(eps)/eps² loses precision (Γ_SM underflows): the ratio is taken at {@link REFERENCE_EPSILON}. */
const MIN_EPSILON2_FOR_RATIO = 1e-280;
const REFERENCE_EPSILON = 1e-3;

/** Γ_SM/eps² of the A' (the SM widths are ∝ eps² exactly); finite also when the model's eps² underflows. */
function smWidthPerEpsilon2(massGeV: number, smWidth: number, epsilon: number): number {
  const eps2 = epsilon * epsilon;
  if (eps2 > MIN_EPSILON2_FOR_RATIO) return smWidth / eps2;
  let w = widthDarkPhotonToHadrons({ massGeV, epsilon: REFERENCE_EPSILON });
  for (const lepton of LEPTONS) w += widthDarkPhotonToLeptonsOrZero({ massGeV, epsilon: REFERENCE_EPSILON, lepton });
  return w / (REFERENCE_EPSILON * REFERENCE_EPSILON);
}

/**
 * The decay plan of a model (see the module comment), cached per model object.
 * @param model - a model from the constructors (`idm`, `i2dm`, `hnl`, `preset`)
 * @returns the plan
 * @throws ParameterError if `model` is not a model; KinematicsError naming `A' -> dark sector` when no
 *   A' → ψ_i ψ_j channel is open (nothing to sample)
 * @example prepareDecayPlan(preset('hnl-bp1')).darkPhoton.channels.map((c) => c.products.join(' ')) // ['psi1 psi2', 'psi2 psi3']
 */
export function prepareDecayPlan(model: DarkSectorModel): DecayPlan {
  const hit = cache.get(model);
  if (hit !== undefined) return hit;
  const table = decayTable(model, DARK_PHOTON_NAME);
  const dark = table.channels.filter((c) => c.epsilonPower === 0);
  const darkWidth = dark.reduce((sum, c) => sum + c.widthGeV, 0);
  if (dark.length === 0 || !(darkWidth > 0)) {
    throw new KinematicsError(
      "A' -> dark sector",
      `model '${model.label}' has no open A' -> psi_i psi_j channel at m_A' = ${model.darkPhotonMassGeV} GeV`,
    );
  }
  const smWidth = table.channels.reduce((sum, c) => sum + (c.epsilonPower === 2 ? c.widthGeV : 0), 0);
  const darkPhoton = decaysOf(
    DARK_PHOTON_NAME,
    model.darkPhotonMassGeV,
    0,
    dark.map((c) =>
      channelOf('dark-pair', c, c.widthGeV / darkWidth, stateIndex(model, c.products[0]!), {
        secondState: stateIndex(model, c.products[1]!),
      }),
    ),
  );
  const states = model.states.map((_, j) => stateDecays(model, j, table.totalWidthGeV));
  const plan: DecayPlan = {
    model,
    darkPhoton,
    states,
    darkPhotonDarkWidthGeV: darkWidth,
    darkPhotonSmWidthPerEpsilon2GeV: smWidthPerEpsilon2(model.darkPhotonMassGeV, smWidth, table.epsilon),
  };
  cache.set(model, plan);
  Object.defineProperty(plan, PREPARED, { value: true });
  return plan;
}

/**
 * Brand of the plans made by {@link prepareDecayPlan}: a non-enumerable property under a module-private symbol, so
 * that copies (spread, Object.assign, structuredClone) do not carry it. (A property load; a WeakSet lookup cost ~5 ns
 * per checked call.)
 */
const PREPARED: unique symbol = Symbol('semivisible.decayPlan');

/**
 * Throw a ParameterError unless `plan` was made by {@link prepareDecayPlan} (its samplers and closures are
 * trusted only then; a copy or a hand-built plan is rejected).
 * @internal
 */
export function requireDecayPlan(plan: unknown): DecayPlan {
  if (!(plan != null && (plan as { [PREPARED]?: unknown })[PREPARED] === true)) {
    throw new ParameterError('plan', plan, 'a plan made by prepareDecayPlan');
  }
  return plan as DecayPlan;
}

/**
 * Index of the channel drawn by the uniform `u` ∈ [0, 1) from the cumulative branching ratios (linear scan:
 * a few channels per particle).
 * @param decays - a particle's decays from a {@link DecayPlan}
 * @param u - uniform in [0, 1)
 * @returns the channel index
 * @throws ParameterError for `decays` without a non-empty `cumulative` Float64Array, or u outside [0, 1]
 * @example chooseChannel(prepareDecayPlan(preset('hnl-bp1')).darkPhoton, 0.9) // 1 (psi2 psi3)
 */
export function chooseChannel(decays: ParticleDecays, u: number): number {
  const c = requireObject('decays', decays)['cumulative'];
  if (!(c instanceof Float64Array) || c.length === 0) throw new ParameterError('decays.cumulative', c, 'a non-empty Float64Array');
  requireInRange('u', u, 0, 1);
  return chooseChannelUnchecked(decays, u);
}

/**
 * {@link chooseChannel} without validation (the Monte Carlo's inner loops, on prepared plans).
 * @internal
 */
export function chooseChannelUnchecked(decays: ParticleDecays, u: number): number {
  const c = decays.cumulative;
  const last = c.length - 1;
  let k = 0;
  while (k < last && u >= c[k]!) k++;
  return k;
}
