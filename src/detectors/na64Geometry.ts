/**
 * The NA64 invisible-mode setup (2016–2018, PRL 123, 121801) as slabs along the beam, z = 0 at the ECAL
 * front face, +z along the 100 GeV e− beam (EXPERIMENTS.md §4). The A′ and its decay products travel along
 * the beam within ~mrad (§2.5), so the model is 1-D in z.
 *
 * Layout: ECAL (active target) 0–45 cm, VETO ≈ 50–60 cm, then four adjacent HCAL modules of 139.2 cm whose
 * downstream end is the named, configurable length `hcalEndCm` (default 650 cm). The modules are laid out
 * backward from that end, so the default puts the HCAL1 front face at 650 − 4 × 139.2 = 93.2 cm, inside the
 * 60–100 cm estimate of §4. The 650 cm default is the low end of §4's 650–700 cm range, consistent with the
 * "hcal_length = 6.5 m" of a third-party NA64 model (alplib, quoted in §4); it is [C] from rows that are
 * [R]/estimates, so treat it as uncertain by ~50 cm and vary it ({@link buildNa64Geometry}).
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireFinite, requireObject } from '../core/validate.js';
import type { AxialRegion, Na64Geometry } from './types.js';
import { defineAxialGeometry } from './validateGeometry.js';

const EXP4 = 'EXPERIMENTS.md §4 (NA64 PRL 118, 011802; PRD 97, 072002; PRL 123, 121801; Gninenko et al. 1604.08432)';

/** ECAL depth, cm: 150 Pb/Sc layers × (1.5 + 1.5) mm ≈ 45 cm ⇒ 40.7 X₀ [C]; ≈ 40 X₀, 6×6 cells [R]. */
const ECAL_LENGTH_CM = 45;
/** ECAL full width, cm: 6 × 38.2 mm ≈ 23 cm [R]. */
const ECAL_WIDTH_CM = 6 * 3.82;
/** VETO upstream face, cm: ≈ 50 (estimate only; position not from a paper, §4). */
const VETO_Z_START_CM = 50;
/** VETO downstream face, cm: ≈ 60 (estimate only, §4). */
const VETO_Z_END_CM = 60;
/** VETO full width, cm: ≈ 50 (estimate only, §4). */
const VETO_WIDTH_CM = 50;
/** HCAL iron plate thickness, cm: 25 mm [R] (48 layers of 25 mm Fe + 4 mm Sc per module). */
const HCAL_IRON_CM = 2.5;
/** HCAL scintillator thickness, cm: 4 mm [R]. */
const HCAL_SCINTILLATOR_CM = 0.4;
/** HCAL layers per module: 48 [R]. */
const HCAL_LAYERS = 48;
/** HCAL modules: 4 × ≈ 7.5 λ_int ≈ 30 λ_int [R]. */
const HCAL_MODULES = 4;
/** HCAL full width, cm: 3 × 194 mm ≈ 58 cm [R]. */
const HCAL_WIDTH_CM = 3 * 19.4;

/**
 * Length of one HCAL module along z, cm: 48 × (2.5 + 0.4) = 139.2 cm [C] (EXPERIMENTS §4; ≈ 7.5 λ_int [R]).
 * @example NA64_HCAL_MODULE_LENGTH_CM // 139.2
 */
export const NA64_HCAL_MODULE_LENGTH_CM = HCAL_LAYERS * (HCAL_IRON_CM + HCAL_SCINTILLATOR_CM);

/**
 * Default end of the last HCAL module (HCAL4 back face), cm: 650 [C] — low end of the 650–700 cm range of
 * EXPERIMENTS §4 (sum of [R]/estimated rows; alplib's "hcal_length = 6.5 m" agrees). Decays of ψ_j beyond
 * this length keep the event "invisible" (§5.3).
 * @example NA64_DEFAULT_HCAL_END_CM // 650
 */
export const NA64_DEFAULT_HCAL_END_CM = 650;

/** Smallest HCAL end that keeps HCAL1 downstream of the VETO: 60 + 4 × 139.2 = 616.8 cm. */
const MIN_HCAL_END_CM = VETO_Z_END_CM + HCAL_MODULES * NA64_HCAL_MODULE_LENGTH_CM;

/**
 * Options of {@link buildNa64Geometry}.
 * @example const options: Na64GeometryOptions = { hcalEndCm: 700 };
 */
export interface Na64GeometryOptions {
  /** End of the last HCAL module, cm (default {@link NA64_DEFAULT_HCAL_END_CM}; ≥ 616.8 so HCAL1 stays behind the VETO). */
  readonly hcalEndCm?: number;
}

/**
 * Build the NA64 geometry with the HCAL ending at `hcalEndCm`: ECAL 0–45, VETO 50–60, and HCAL1…HCAL4 of
 * 139.2 cm each, adjacent, the last ending exactly at `hcalEndCm`. Returns a validated, deeply frozen object.
 * @param options - `{ hcalEndCm }` (default 650 cm)
 * @returns the geometry; `geometry.hcalEndCm` equals the HCAL4 back face
 * @throws ParameterError naming `hcalEndCm` when it is not finite or < 616.8 cm
 * @example buildNa64Geometry({ hcalEndCm: 700 }).regions[2]!.zStartCm // 143.2 (HCAL1 front face)
 */
export function buildNa64Geometry(options: Na64GeometryOptions = {}): Na64Geometry {
  requireObject('options', options);
  const end = options.hcalEndCm === undefined ? NA64_DEFAULT_HCAL_END_CM : requireFinite('hcalEndCm', options.hcalEndCm);
  if (!(end >= MIN_HCAL_END_CM)) {
    throw new ParameterError('hcalEndCm', end, `≥ ${MIN_HCAL_END_CM} cm (VETO end + 4 HCAL modules)`);
  }
  const len = NA64_HCAL_MODULE_LENGTH_CM;
  const regions: AxialRegion[] = [
    {
      name: 'ECAL',
      zStartCm: 0,
      zEndCm: ECAL_LENGTH_CM,
      transverseWidthCm: ECAL_WIDTH_CM,
      instrumented: true,
      source: `${EXP4}: active target incl. preshower, 0–45 cm (150 × 3 mm Pb/Sc ⇒ 40.7 X₀ [C]; ≈ 40 X₀, 6×6 cells of 38.2 mm [R])`,
      tag: 'R',
    },
    {
      name: 'VETO',
      zStartCm: VETO_Z_START_CM,
      zEndCm: VETO_Z_END_CM,
      transverseWidthCm: VETO_WIDTH_CM,
      instrumented: true,
      source: `${EXP4}: scintillator veto ≈ 50–60 cm, ≈ 50×50 cm² — estimate only (positions/size not from a paper)`,
      tag: 'R',
    },
  ];
  for (let k = 1; k <= HCAL_MODULES; k++) {
    regions.push({
      name: `HCAL${k}`,
      zStartCm: end - (HCAL_MODULES - k + 1) * len,
      zEndCm: end - (HCAL_MODULES - k) * len,
      transverseWidthCm: HCAL_WIDTH_CM,
      instrumented: true,
      source: `${EXP4}: module ${k} of 4, 48 × (25 mm Fe + 4 mm Sc) = 139.2 cm [C], ≈ 7.5 λ_int [R]; modules adjacent, ending at hcalEndCm = ${end} cm (650–700 cm range [C]; HCAL1 front ≈ 60–100 cm estimate)`,
      tag: 'R',
    });
  }
  return defineAxialGeometry({ name: 'NA64', regions, hcalEndCm: end });
}

/**
 * The default NA64 geometry: {@link buildNa64Geometry} with `hcalEndCm` = 650 cm — ECAL 0–45, VETO 50–60,
 * HCAL1 93.2–232.4, HCAL2 –371.6, HCAL3 –510.8, HCAL4 –650 cm (deeply frozen, validated).
 * @example na64Geometry.regions.map((r) => r.name) // ['ECAL', 'VETO', 'HCAL1', 'HCAL2', 'HCAL3', 'HCAL4']
 */
export const na64Geometry: Na64Geometry = buildNa64Geometry();
