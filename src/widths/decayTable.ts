/**
 * Decay tables of the dark photon and of the dark fermions of a {@link DarkSectorModel}: every open channel
 * with its width and branching ratio, the total width, lifetime and cτ (THEORY §3.4).
 *
 * Conventions:
 * - Products are particle names: `A'`, the model's state names (`psi1`, `psi2`, `nu`, ...), `e+`, `e-`,
 *   `mu+`, `mu-`, `tau+`, `tau-`, `hadrons`. Closed channels are absent (never listed with zero width).
 * - A' → ψ_i ψ_j: one channel per coupled pair. For a Dirac pair i ≠ j the channel `[psi_i, psi_j]` carries
 *   BOTH charge states ψ_i ψ̄_j + ψ_j ψ̄_i (twice the one-final-state width, THEORY §3.3).
 * - ψ_j decays, for every lighter state ψ_i with a non-zero coupling (cascades included): if m_j > m_i + m_A'
 *   the on-shell two-body channel `[psi_i, A']` (THEORY §3.5) and nothing else for that i — the resonant
 *   three-body region is NOT added on top (no double counting; the A' then decays with its own table). The
 *   non-resonant remainder is O(Γ_A'/m_A') and is dropped. Otherwise the three-body channels through the
 *   off-shell A' (THEORY §3.6): `[psi_i, l+, l-]` per open lepton and `[psi_i, hadrons]` (through R), with the
 *   model's full Γ_A' (dark channels included) in the Breit–Wigner. At m_A' = m_j − m_i the table switches
 *   from the off-shell sum to the two-body width, which vanishes at threshold: within a few Γ_A' of that
 *   threshold neither description is accurate (use `widthDarkFermionToLeptons`, which is exact there).
 * - A stable particle has `stable: true`, `totalWidthGeV: 0`, `lifetimeS: null`, `ctauCm: null`, no channels.
 * - Neglected (THEORY §3.7): Z/W-mediated decays through the active admixture, ψ_j → ψ_i γ, ψ_j → ψ_i ψ_k ψ_l
 *   through A'*, A' → ν ν̄ from Z mixing. A state with no coupling to a lighter state is reported stable.
 *
 * Tables are cached per model object (WeakMap; models are immutable), so repeated calls are free.
 *
 * @module
 */
import { HBAR_C_GEV_CM, HBAR_GEV_S } from '../core/constants.js';
import { ParameterError } from '../core/errors.js';
import { LEPTONS, leptonMassGeV, leptonPairNames } from '../core/leptons.js';
import { requireEpsilon, requireObject, requireOneOf, requirePositive } from '../core/validate.js';
import { checkModel } from '../models/checkModel.js';
import type { DarkSectorModel, DarkState } from '../models/types.js';
import { darkFermionToVectorWidthRaw } from './darkFermionToDarkPhoton.js';
import { darkFermionToHadronsWidthRaw } from './darkFermionToHadrons.js';
import { makeThreeBodyKernel } from './darkFermionThreeBody.js';
import { threeBodyWidthRaw } from './darkFermionThreeBodyIntegral.js';
import { darkFermionPairMultiplicity, darkPhotonToFermionPairWidthRaw } from './darkPhotonToDarkFermions.js';
import { widthDarkPhotonToHadrons } from './darkPhotonToHadrons.js';
import { widthDarkPhotonToLeptonsOrZero } from './darkPhotonToLeptons.js';

/**
 * Name of the dark photon in decay tables (as `parent` and in `products`).
 * @example
 * decayTable(preset('idm'), DARK_PHOTON_NAME).parent // "A'"
 */
export const DARK_PHOTON_NAME = "A'";

/** Relative tolerance of the three-body quadratures inside decay tables. */
const TABLE_REL_TOL = 1e-10;

/** One open decay channel. */
export interface DecayChannel {
  /** Final-state particle names, e.g. `["e+", "e-"]` or `["psi1", "mu+", "mu-"]`. */
  readonly products: readonly string[];
  /** Partial width in GeV (> 0). */
  readonly widthGeV: number;
  /** Branching ratio (the channels of a table sum to 1 within 1e-12). */
  readonly branchingRatio: number;
  /**
   * Power n with width ∝ eps^n at fixed masses and couplings: 2 for A' → SM and ψ_j → ψ_i + SM through the
   * off-shell A' (up to the tiny eps-dependence of Γ_A' in its Breit–Wigner), 0 for A' → ψψ and ψ_j → ψ_i A'.
   */
  readonly epsilonPower: 0 | 2;
}

/** Decay table of one particle. */
export interface DecayTable {
  /** The decaying particle: `A'` or a state name. */
  readonly parent: string;
  /** Its mass in GeV. */
  readonly massGeV: number;
  /** The eps the widths were computed at (the model's eps). */
  readonly epsilon: number;
  /** True when no channel is open (then totalWidthGeV = 0 and lifetimeS = ctauCm = null). */
  readonly stable: boolean;
  /** Total width Γ in GeV (0 when stable). */
  readonly totalWidthGeV: number;
  /** Lifetime τ = ħ/Γ in s, or null when stable. */
  readonly lifetimeS: number | null;
  /** Proper decay length cτ = ħc/Γ in cm, or null when stable. */
  readonly ctauCm: number | null;
  /** Open channels, in a fixed order (SM first, then dark; lighter daughters first). */
  readonly channels: readonly DecayChannel[];
}

interface RawChannel {
  readonly products: readonly string[];
  readonly widthGeV: number;
  readonly epsilonPower: 0 | 2;
}

const cache = new WeakMap<DarkSectorModel, Map<string, DecayTable>>();

/** Assemble a frozen table from raw channels (drops zero widths, normalises BRs). */
function finish(parent: string, massGeV: number, epsilon: number, raw: readonly RawChannel[]): DecayTable {
  const open = raw.filter((c) => c.widthGeV > 0);
  const total = open.reduce((sum, c) => sum + c.widthGeV, 0);
  const channels = open.map((c) =>
    Object.freeze({ products: Object.freeze([...c.products]), widthGeV: c.widthGeV, branchingRatio: c.widthGeV / total, epsilonPower: c.epsilonPower }),
  );
  const stable = channels.length === 0;
  return Object.freeze({
    parent,
    massGeV,
    epsilon,
    stable,
    totalWidthGeV: stable ? 0 : total,
    lifetimeS: stable ? null : HBAR_GEV_S / total,
    ctauCm: stable ? null : HBAR_C_GEV_CM / total,
    channels: Object.freeze(channels),
  });
}

/** A' channels: ℓℓ, hadrons, every coupled open ψ_iψ_j pair (THEORY §3.1–3.4). */
function darkPhotonChannels(model: DarkSectorModel): RawChannel[] {
  const massGeV = model.darkPhotonMassGeV;
  const epsilon = model.epsilon;
  const raw: RawChannel[] = LEPTONS.map((lepton) => ({
    products: leptonPairNames(lepton),
    widthGeV: widthDarkPhotonToLeptonsOrZero({ massGeV, epsilon, lepton }),
    epsilonPower: 2 as const,
  }));
  raw.push({ products: ['hadrons'], widthGeV: widthDarkPhotonToHadrons({ massGeV, epsilon }), epsilonPower: 2 });
  for (const c of model.couplings) {
    const si = stateAt(model, c.i);
    const sj = stateAt(model, c.j);
    const nature = si.nature === 'dirac' || sj.nature === 'dirac' ? 'dirac' : 'majorana';
    const oneState = darkPhotonToFermionPairWidthRaw(massGeV, si.massGeV, sj.massGeV, c.vector, c.axial);
    raw.push({ products: [si.name, sj.name], widthGeV: darkFermionPairMultiplicity(nature, c.i === c.j) * oneState, epsilonPower: 0 });
  }
  return raw;
}

function stateAt(model: DarkSectorModel, index: number): DarkState {
  const s = model.states[index];
  if (s === undefined) throw new ParameterError('model.couplings', index, `state indices in [0, ${model.states.length - 1}]`);
  return s;
}

/** ψ_j channels: two-body ψ_i A' when open, else ψ_i ℓℓ and ψ_i + hadrons through A'* (THEORY §3.5, §3.6). */
function darkFermionChannels(model: DarkSectorModel, j: number): RawChannel[] {
  const parent = stateAt(model, j);
  const mj = parent.massGeV;
  const ma = model.darkPhotonMassGeV;
  const eps = model.epsilon;
  const raw: RawChannel[] = [];
  const gammaA = cachedTable(model, DARK_PHOTON_NAME).totalWidthGeV;
  for (const c of model.couplings) {
    if (c.j !== j || c.i === j) continue;
    const daughter = stateAt(model, c.i);
    const mi = daughter.massGeV;
    if (!(mj > mi)) continue;
    const s = c.vector * c.vector + c.axial * c.axial;
    const d = c.vector * c.vector - c.axial * c.axial;
    if (mj > mi + ma) {
      raw.push({ products: [daughter.name, DARK_PHOTON_NAME], widthGeV: darkFermionToVectorWidthRaw(mj, mi, ma * ma, s, d), epsilonPower: 0 });
      continue;
    }
    for (const lepton of LEPTONS) {
      const ml = leptonMassGeV(lepton);
      if (!(mj - mi > 2 * ml)) continue;
      const k = makeThreeBodyKernel(mj, mi, ma, gammaA, eps, s, d, 4 * ml * ml, ml, null);
      raw.push({ products: [daughter.name, ...leptonPairNames(lepton)], widthGeV: threeBodyWidthRaw(k, TABLE_REL_TOL), epsilonPower: 2 });
    }
    const had = darkFermionToHadronsWidthRaw(mj, mi, ma, gammaA, eps, s, d, TABLE_REL_TOL);
    raw.push({ products: [daughter.name, 'hadrons'], widthGeV: had, epsilonPower: 2 });
  }
  return raw;
}

function cachedTable(model: DarkSectorModel, particle: string): DecayTable {
  let perModel = cache.get(model);
  if (perModel === undefined) {
    perModel = new Map();
    cache.set(model, perModel);
  }
  const hit = perModel.get(particle);
  if (hit !== undefined) return hit;
  let table: DecayTable;
  if (particle === DARK_PHOTON_NAME) {
    table = finish(particle, model.darkPhotonMassGeV, model.epsilon, darkPhotonChannels(model));
  } else {
    const j = model.states.findIndex((s) => s.name === particle);
    table = finish(particle, stateAt(model, j).massGeV, model.epsilon, darkFermionChannels(model, j));
  }
  if (!Number.isFinite(table.totalWidthGeV)) {
    // e.g. ψ_j → ψ_i A' ∝ 1/m_A'² for an A' far lighter than the dark states
    throw new ParameterError('model', model.label, `a model whose ${particle} width is finite (m_A' = ${model.darkPhotonMassGeV} GeV)`);
  }
  perModel.set(particle, table);
  return table;
}

/** Validate the model at the boundary (it must look like a {@link DarkSectorModel}, every field checked). */
function checkedModel(model: DarkSectorModel): DarkSectorModel {
  const o = requireObject('model', model);
  requirePositive('model.darkPhotonMassGeV', o['darkPhotonMassGeV']);
  requireEpsilon('model.epsilon', o['epsilon']);
  if (!Array.isArray(o['states']) || !Array.isArray(o['couplings'])) {
    throw new ParameterError('model', model, 'a DarkSectorModel (with states and couplings arrays)');
  }
  return checkModel(model);
}

/**
 * Decay table of the dark photon (`"A'"`) or of a dark-fermion state (`"psi2"`, ...) of a model: every open
 * channel with its width (GeV) and branching ratio, the total width Γ (GeV), τ = ħ/Γ (s) and cτ = ħc/Γ (cm)
 * (THEORY §3.4; channel widths from §3.1–3.3, §3.5, §3.6; see the module comment for the conventions). The
 * widths are computed at the model's eps; `widthAtEpsilonGeV` (decayLength.ts) rescales them to any other eps.
 * Cached per model object.
 *
 * @param model - a model from the constructors (`idm`, `i2dm`, `hnl`, `preset`, `darkPhoton`)
 * @param particle - `"A'"` or the name of one of `model.states`
 * @returns the (frozen) decay table
 * @throws ParameterError naming `particle` if it is not `A'` or a state of the model, or `model` if it is not a model
 * @throws ConvergenceError if a three-body quadrature fails (not expected for physical inputs)
 * @example
 * const model = preset('idm', { massGeV: 1, epsilon: 1e-3 });
 * decayTable(model, 'psi2').ctauCm // ≈ 12.4 cm (ψ2 → ψ1 e+e−, plus μμ/hadrons when open)
 */
export function decayTable(model: DarkSectorModel, particle: string): DecayTable {
  const m = checkedModel(model);
  const names = [DARK_PHOTON_NAME, ...m.states.map((s) => s.name)];
  return cachedTable(m, requireOneOf('particle', particle, names));
}

/**
 * Decay tables of the dark photon (always first, even if it were stable) and of every unstable dark-fermion
 * state, in the order of `model.states` (THEORY §3.4). Stable states are omitted. Cached per model object.
 *
 * @param model - a model from the constructors
 * @returns the tables, A' first
 * @throws ParameterError if `model` is not a model
 * @example
 * decayTables(preset('hnl-bp1', { massGeV: 1, epsilon: 1e-3 })).map((t) => t.parent) // ["A'", 'psi2', 'psi3']
 */
export function decayTables(model: DarkSectorModel): DecayTable[] {
  const m = checkedModel(model);
  const tables = [cachedTable(m, DARK_PHOTON_NAME)];
  for (const s of m.states) {
    const t = cachedTable(m, s.name);
    if (!t.stable) tables.push(t);
  }
  return tables;
}
