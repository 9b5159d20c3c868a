/**
 * The NA64 2016–2018 invisible-mode search (PRL 123, 121801; EXPERIMENTS.md §5.2) with the semi-visible rule
 * of 2302.05410 (§5.3), and the modified missing-energy search that paper proposes, as selection objects
 * (plain, frozen data; every number has a default with its confidence tag and can be overridden).
 *
 * Cuts and how they enter (1-D model along the beam, z = 0 at the ECAL front face, §4):
 * - ECAL signal box E_ECAL < 50 GeV [R]/[T] ⇔ recoil-electron energy < 50 GeV (the A' carries x > 0.5 of the
 *   100 GeV beam): the primary selection, 0/1 per event.
 * - VETO < 10 MeV and E_HCAL < 1 GeV [R]/[T]: for the semi-visible signal they are replaced by the
 *   conservative rule of §5.3 [T] — any visible ψ decay before the end of the last HCAL module
 *   (z < hcalEndCm) vetoes the event regardless of the energy it deposits; decays beyond it pass. A decay
 *   inside the ECAL itself (z < ecalEndCm) is vetoed too in the standard search: its products add ECAL energy
 *   and distort the shower shape / fire the VETO (§5.2 shower-shape cut [R]).
 * - Modified search ({@link na64ModifiedSelection}, 2302.05410 abstract [V]): see its comment.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireInRange, requireNonNegative, requireObject, requirePositive } from '../core/validate.js';
import { na64Geometry, validateAxialGeometry, type Na64Geometry } from '../detectors/index.js';
import { rejectUnknownKeys } from './rejectUnknownKeys.js';

/**
 * Options of {@link na64InvisibleSelection} and {@link na64ModifiedSelection}; every field is optional.
 * @example const options: Na64SelectionOptions = { hcalEndCm: 700, productionZCm: 2 };
 */
export interface Na64SelectionOptions {
  /** ECAL signal box: recoil-electron energy below this, GeV. Default 50 [R]/[T] (EXPERIMENTS §5.2). */
  readonly ecalMaxEnergyGeV?: number;
  /** End of the last HCAL module, cm (visible decays before it veto). Default `geometry.hcalEndCm` = 650 [C] (§4: 650–700 cm). */
  readonly hcalEndCm?: number;
  /** End of the ECAL (active target), cm. Default the geometry's ECAL zEndCm = 45 [C] (150 × 3 mm; ≈ 40 X₀ [R]). */
  readonly ecalEndCm?: number;
  /**
   * z of the A' production point, cm. Default 0 (the ECAL front face; the A' is produced within the first few
   * X₀ of ≈ 1.1 cm each [C], a ≲ 1% effect on 650 cm).
   */
  readonly productionZCm?: number;
  /** Geometry the defaults are read from. Default {@link na64Geometry}. */
  readonly geometry?: Na64Geometry;
}

/**
 * A resolved NA64 selection (frozen); `kind` says whether it is the standard or the modified search.
 * @example na64InvisibleSelection().hcalEndCm // 650
 */
export interface Na64Selection {
  /** `'na64-invisible'` (2016–2018 search with the §5.3 rule) or `'na64-modified'` (2302.05410 proposal). */
  readonly kind: 'na64-invisible' | 'na64-modified';
  /** Production process the selection applies to. */
  readonly process: 'na64-bremsstrahlung';
  /** ECAL signal-box upper edge on the recoil energy, GeV. */
  readonly ecalMaxEnergyGeV: number;
  /** End of the last HCAL module, cm. */
  readonly hcalEndCm: number;
  /** End of the ECAL, cm. */
  readonly ecalEndCm: number;
  /** Production point, cm. */
  readonly productionZCm: number;
}

const KEYS = ['ecalMaxEnergyGeV', 'hcalEndCm', 'ecalEndCm', 'productionZCm', 'geometry'];

/** Selections returned by the two constructors (validated by construction). */
const resolved = new WeakSet<object>();

function resolve(kind: Na64Selection['kind'], options: Na64SelectionOptions): Na64Selection {
  const o = requireObject('options', options);
  rejectUnknownKeys(o, KEYS);
  const geometry = validateAxialGeometry((o['geometry'] ?? na64Geometry) as Na64Geometry);
  const ecalRegion = geometry.regions.find((r) => r.name === 'ECAL') ?? geometry.regions[0]!;
  // Lengths up to 1e15 cm, as for the geometries (a path length over a decay length must not overflow).
  const ecalEndCm = requireInRange('ecalEndCm', o['ecalEndCm'] ?? ecalRegion.zEndCm, 0, 1e15, { lowerOpen: true });
  const hcalEndCm = requireInRange('hcalEndCm', o['hcalEndCm'] ?? geometry.hcalEndCm ?? geometry.regions.at(-1)!.zEndCm, 0, 1e15, { lowerOpen: true });
  if (!(hcalEndCm > ecalEndCm)) throw new ParameterError('hcalEndCm', hcalEndCm, `a length > ecalEndCm = ${ecalEndCm} cm`);
  const productionZCm = requireNonNegative('productionZCm', o['productionZCm'] ?? 0);
  if (!(productionZCm < ecalEndCm)) {
    throw new ParameterError('productionZCm', productionZCm, `[0, ecalEndCm = ${ecalEndCm}) cm (inside the active target)`);
  }
  const selection: Na64Selection = Object.freeze({
    kind,
    process: 'na64-bremsstrahlung',
    ecalMaxEnergyGeV: requirePositive('ecalMaxEnergyGeV', o['ecalMaxEnergyGeV'] ?? 50),
    hcalEndCm,
    ecalEndCm,
    productionZCm,
  });
  resolved.add(selection);
  return selection;
}

/**
 * The NA64 2016–2018 invisible search with the semi-visible rule of 2302.05410: E_recoil < 50 GeV; any
 * visible dark-fermion decay with z < hcalEndCm (ECAL included) vetoes the event; decays beyond pass.
 * @param options - overrides (see {@link Na64SelectionOptions})
 * @returns a frozen selection object
 * @throws ParameterError naming the option (e.g. `hcalEndCm` ≤ ecalEndCm, `ecalMaxEnergyGeV` NaN or ≤ 0)
 * @example na64InvisibleSelection({ hcalEndCm: 700 })
 */
export function na64InvisibleSelection(options: Na64SelectionOptions = {}): Na64Selection {
  return resolve('na64-invisible', options);
}

/**
 * The modified NA64 missing-energy search proposed in 2302.05410 (abstract [V]: "a modified missing-energy
 * search at NA64 can target short-lived A' decays"): a visible decay inside the ECAL (z < ecalEndCm) is
 * accepted when E_recoil + E_visible < ecalMaxEnergyGeV (the decay products are absorbed in the active
 * target, so the event still shows ≥ 50 GeV missing energy), and vetoed otherwise; a visible decay between
 * the ECAL end and hcalEndCm vetoes; beyond passes.
 * Assumptions (a projection, not a published analysis): no additional background; the same signal
 * efficiency as for invisible A' events (shower-shape and VETO cuts assumed not to reject ECAL decays); the
 * energy condition applied per track (E_recoil + E_visible of that track), i.e. for two tracks both decaying
 * in the ECAL their summed energy is not checked — optimistic for events with two visible decays.
 * @param options - overrides (see {@link Na64SelectionOptions})
 * @returns a frozen selection object
 * @throws ParameterError naming the option
 * @example na64ModifiedSelection().kind // 'na64-modified'
 */
export function na64ModifiedSelection(options: Na64SelectionOptions = {}): Na64Selection {
  return resolve('na64-modified', options);
}

/**
 * Validate a selection given to the builder: one made by the constructors is returned as is, any other
 * object is re-resolved from its fields. Internal.
 */
export function checkNa64Selection(selection: unknown): Na64Selection {
  const o = requireObject('selection', selection);
  if (resolved.has(o)) return selection as Na64Selection;
  const kind = o['kind'];
  if (kind !== 'na64-invisible' && kind !== 'na64-modified') throw new ParameterError('selection.kind', kind, '"na64-invisible" or "na64-modified"');
  const { kind: _kind, process: _process, ...options } = o;
  return resolve(kind, options as Na64SelectionOptions);
}
