/**
 * The BaBar 2017 monophoton (invisible A') search as a selection object (EXPERIMENTS.md §1.6, §5.1; BaBar
 * PRL 119, 131804, arXiv:1702.03327, as modelled in 2302.05410). Plain, frozen data; every number has a
 * default with its EXPERIMENTS confidence tag and can be overridden.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireBoolean, requireInRange, requireNonNegative, requireObject, requireOneOf } from '../core/validate.js';
import {
  babarGeometry,
  defineCylindricalGeometry,
  type BabarGeometry,
  type CylindricalGeometry,
  type PolarRange,
} from '../detectors/index.js';
import type { CosThetaWindow } from '../production/eeToGammaAPrimeParameters.js';
import { rejectUnknownKeys } from './rejectUnknownKeys.js';

/**
 * The c.m. photon-energy thresholds of the two BaBar triggers, GeV [T] (EXPERIMENTS §1.6, §5.1): "low-mass"
 * (high-E_γ) E*_γ ≥ 2 GeV and "high-mass" (low-E_γ) E*_γ ≥ 1 GeV. Since E*_γ = (s − m²)/(2√s) ≥ 2 GeV up
 * to m = 8.34 GeV, the 2 GeV threshold removes nothing inside the published range m ≤ 8 GeV [V].
 * @example BABAR_PHOTON_THRESHOLD_GEV.lowMass // 2
 */
export const BABAR_PHOTON_THRESHOLD_GEV: {
  /** Low-mass (high-E_γ) trigger threshold on E*_γ, GeV [T]. */
  readonly lowMass: number;
  /** High-mass (low-E_γ) trigger threshold on E*_γ, GeV [T]. */
  readonly highMass: number;
} = Object.freeze({
  lowMass: 2,
  highMass: 1,
});

/**
 * Which decay vertices can be seen: `'envelope'` — anywhere inside the IFR outer envelope (the bounding
 * cylinder of all regions; EXPERIMENTS §5.1 recommendation, since leptons from the DIRC or cryostat still
 * cross the EMC/IFR); `'instrumented'` — only inside the instrumented regions (SVT, DCH, EMC, IFR).
 * @example const v: BabarVetoVolume = 'instrumented';
 */
export type BabarVetoVolume = 'envelope' | 'instrumented';

/**
 * Reading of "both leptons" for a well-separated pair (EXPERIMENTS §5.1 flags the wording as unchecked):
 * `'either'` (default) — one lepton passing the energy and acceptance cuts suffices: each separated lepton is its
 * own track, "both leptons need E > 100 MeV" to be seen individually, and a single reconstructed track already
 * fails BaBar's "no tracks" requirement. `'both'` — the pair is detectable only when both leptons pass (the
 * most literal reading of EXPERIMENTS §5.1 [T]); kept as a systematic variation.
 *
 * Why 'either' is the default: with it the recast reproduces the talk's statements (i2DM opens the g−2 band
 * near 0.8–1.4 GeV, HNL BP2 relaxes it over ~0.1–3.7 GeV, iDM stays disfavoured); with 'both' a single soft
 * lepton hides the whole decay and every preset but BP2 stays excluded at large eps.
 * @example const r: SeparatedPairRule = 'either';
 */
export type SeparatedPairRule = 'both' | 'either';

/**
 * Options of {@link babarMonophotonSelection}; every field is optional.
 * @example const options: BabarMonophotonOptions = { photonWindow: { cosMin: -0.4, cosMax: 0.6 }, separatedPairRule: 'either' };
 */
export interface BabarMonophotonOptions {
  /** E*_γ threshold (c.m.), GeV: default 2 ("low-mass" trigger [T]); 1 for the "high-mass" trigger [T]. */
  readonly photonThresholdGeV?: number;
  /**
   * c.m. photon window on cos θ*_γ (the sample's selectionVariable), inclusive: default [−0.6, 0.6] [T]; the
   * PRL may use [−0.4, 0.6] at low mass [R] (EXPERIMENTS §1.6, §8 item 1).
   */
  readonly photonWindow?: CosThetaWindow;
  /** Lepton energy threshold, GeV (lab): default 0.1 [T]. */
  readonly leptonEnergyThresholdGeV?: number;
  /** Energy threshold of a hadronic visible system (pdg 0), GeV (lab): default 0.1 [T, by analogy with the leptons]. */
  readonly hadronEnergyThresholdGeV?: number;
  /** Lab opening angle above which the leptons are "separated", degrees: default 10 [T]. */
  readonly separationAngleDeg?: number;
  /** Reading of "both" for separated pairs: default `'either'` (any reconstructed lepton vetoes; see {@link SeparatedPairRule}). */
  readonly separatedPairRule?: SeparatedPairRule;
  /** Lab polar acceptance of leptons (exclusive edges), degrees: default the geometry's, 17°–142° [T]. */
  readonly leptonAcceptance?: PolarRange;
  /** Where a decay can be seen: default `'envelope'`. */
  readonly vetoVolume?: BabarVetoVolume;
  /**
   * `'instrumented'` only: also count the volume upstream of the first instrumented region along the flight
   * line (beam vacuum and pipe; the leptons then cross the whole tracker, like prompt ones). Default true.
   */
  readonly innerVolumeVisible?: boolean;
  /** Detector geometry: default {@link babarGeometry}. */
  readonly geometry?: CylindricalGeometry | BabarGeometry;
}

/**
 * A resolved BaBar monophoton selection (all options filled in; frozen). Build it with
 * {@link babarMonophotonSelection}.
 * @example babarMonophotonSelection().photonWindow.cosMax // 0.6
 */
export interface BabarMonophotonSelection {
  /** Discriminant. */
  readonly kind: 'babar-monophoton';
  /** Production process the selection applies to. */
  readonly process: 'babar-monophoton';
  /** E*_γ threshold, GeV. */
  readonly photonThresholdGeV: number;
  /** Inclusive window on cos θ*_γ. */
  readonly photonWindow: CosThetaWindow;
  /** Lepton energy threshold, GeV. */
  readonly leptonEnergyThresholdGeV: number;
  /** Hadronic-system energy threshold, GeV. */
  readonly hadronEnergyThresholdGeV: number;
  /** Separation angle, degrees. */
  readonly separationAngleDeg: number;
  /** Reading of "both". */
  readonly separatedPairRule: SeparatedPairRule;
  /** Lepton acceptance, degrees (exclusive edges). */
  readonly leptonAcceptance: PolarRange;
  /** Veto volume. */
  readonly vetoVolume: BabarVetoVolume;
  /** Inner volume counted in `'instrumented'` mode. */
  readonly innerVolumeVisible: boolean;
  /** The (validated, frozen) geometry. */
  readonly geometry: CylindricalGeometry;
}

const KEYS = [
  'photonThresholdGeV', 'photonWindow', 'leptonEnergyThresholdGeV', 'hadronEnergyThresholdGeV', 'separationAngleDeg',
  'separatedPairRule', 'leptonAcceptance', 'vetoVolume', 'innerVolumeVisible', 'geometry',
];

/** Selections returned by {@link babarMonophotonSelection} (validated by construction). */
const resolved = new WeakSet<object>();

/**
 * The BaBar monophoton selection with defaults (see {@link BabarMonophotonOptions}): E*_γ ≥ 2 GeV,
 * −0.6 ≤ cos θ*_γ ≤ 0.6, leptons E > 0.1 GeV, 10° separation, 17° < θ_lab < 142°, veto volume = IFR envelope.
 * @param options - overrides
 * @returns a frozen selection object
 * @throws ParameterError naming the option, e.g. `leptonEnergyThresholdGeV` (negative or NaN) or
 *   `photonWindow.cosMin` (outside [−1, 1] or not below cosMax)
 * @example babarMonophotonSelection({ leptonEnergyThresholdGeV: 0.2, vetoVolume: 'instrumented' })
 */
export function babarMonophotonSelection(options: BabarMonophotonOptions = {}): BabarMonophotonSelection {
  const o = requireObject('options', options);
  rejectUnknownKeys(o, KEYS);
  const window = o['photonWindow'] === undefined ? { cosMin: -0.6, cosMax: 0.6 } : requireObject('photonWindow', o['photonWindow']);
  const cosMin = requireInRange('photonWindow.cosMin', window['cosMin'], -1, 1);
  const cosMax = requireInRange('photonWindow.cosMax', window['cosMax'], -1, 1);
  if (!(cosMin < cosMax)) throw new ParameterError('photonWindow.cosMin', cosMin, `[−1, cosMax = ${cosMax})`);
  const geometryIn = (o['geometry'] ?? babarGeometry) as CylindricalGeometry;
  requireObject('geometry', geometryIn);
  // A deeply frozen, validated copy: the detectors layer then skips re-validation on every ray.
  const geometry = geometryIn === babarGeometry ? babarGeometry : defineCylindricalGeometry(geometryIn);
  const defaultAcceptance = (geometry as Partial<BabarGeometry>).leptonAcceptance ?? babarGeometry.leptonAcceptance;
  const acc = requireObject('leptonAcceptance', o['leptonAcceptance'] ?? defaultAcceptance);
  const thetaMinDeg = requireInRange('leptonAcceptance.thetaMinDeg', acc['thetaMinDeg'], 0, 180);
  const thetaMaxDeg = requireInRange('leptonAcceptance.thetaMaxDeg', acc['thetaMaxDeg'], 0, 180);
  if (!(thetaMinDeg < thetaMaxDeg)) throw new ParameterError('leptonAcceptance.thetaMinDeg', thetaMinDeg, `[0, thetaMaxDeg = ${thetaMaxDeg})`);
  const selection: BabarMonophotonSelection = Object.freeze({
    kind: 'babar-monophoton',
    process: 'babar-monophoton',
    photonThresholdGeV: requireNonNegative('photonThresholdGeV', o['photonThresholdGeV'] ?? BABAR_PHOTON_THRESHOLD_GEV.lowMass),
    photonWindow: Object.freeze({ cosMin, cosMax }),
    leptonEnergyThresholdGeV: requireNonNegative('leptonEnergyThresholdGeV', o['leptonEnergyThresholdGeV'] ?? 0.1),
    hadronEnergyThresholdGeV: requireNonNegative('hadronEnergyThresholdGeV', o['hadronEnergyThresholdGeV'] ?? 0.1),
    separationAngleDeg: requireInRange('separationAngleDeg', o['separationAngleDeg'] ?? 10, 0, 180),
    separatedPairRule: requireOneOf('separatedPairRule', o['separatedPairRule'] ?? 'either', ['both', 'either']),
    leptonAcceptance: Object.freeze({ thetaMinDeg, thetaMaxDeg }),
    vetoVolume: requireOneOf('vetoVolume', o['vetoVolume'] ?? 'envelope', ['envelope', 'instrumented']),
    innerVolumeVisible: requireBoolean('innerVolumeVisible', o['innerVolumeVisible'] ?? true),
    geometry,
  });
  resolved.add(selection);
  return selection;
}

/**
 * Validate a selection given to a builder: one made by {@link babarMonophotonSelection} is returned as is;
 * any other object is re-resolved through it (so hand-made or deserialised selections are checked too).
 * Internal.
 */
export function checkBabarSelection(selection: unknown): BabarMonophotonSelection {
  const o = requireObject('selection', selection);
  if (resolved.has(o)) return selection as BabarMonophotonSelection;
  if (o['kind'] !== 'babar-monophoton') throw new ParameterError('selection.kind', o['kind'], '"babar-monophoton"');
  const { kind: _kind, process: _process, ...options } = o;
  return babarMonophotonSelection(options as BabarMonophotonOptions);
}
