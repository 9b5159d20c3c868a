/**
 * The BaBar detector as data: cylindrical regions about the beam axis, z from the interaction point (IP),
 * +z along the 9 GeV e− beam. Numbers from EXPERIMENTS.md §3 (primary reference: BaBar, NIM A479 (2002) 1,
 * hep-ex/0105044, Table 1 and subsystem sections), each with its confidence tag; derived numbers are computed
 * here from the primary ones (tag [C]) and never retyped.
 *
 * Modelling choices (not in the table; documented per region):
 * - z extents not given in §3 follow from the polar coverage at the region's inner radius, z = r/tan θ [C].
 * - Elements without asymmetric data (cryostat, IFR) are centred on the DCH centre, +36.7 cm: the IP sits
 *   ≈ 37 cm backward of the detector centre (§3 notes; DCH z −101.5 … +174.9 [V]).
 * - The EMC forward endcap starts where the barrel's inner face ends (26.8° at r = 91 cm) and reaches the
 *   barrel's inner radius, so the two touch without overlapping.
 * - The IFR endcaps start at the cryostat ends; their thickness is taken equal to the barrel's radial depth
 *   (120 cm) and their inner radius from their polar coverage at the front face [R, low confidence].
 * Regions never overlap (validated); decays in the gaps between them are left to the experiment layer.
 *
 * @module
 */
import type { BabarGeometry, CylindricalRegion, TaggedPolarRange } from './types.js';
import { defineCylindricalGeometry } from './validateGeometry.js';
import {
  DCH_Z_FORWARD_CM,
  DCH_Z_BACKWARD_CM,
  DCH_R_INNER_CM,
  DCH_R_OUTER_CM,
  BABAR_DETECTOR_CENTRE_Z_CM,
  BEAM_PIPE_R_OUTER_CM,
  BEAM_PIPE_WALL_CM,
  SVT_R_INNER_CM,
  SVT_R_OUTER_CM,
  SVT_COVERAGE,
  DCH_COVERAGE,
  DIRC_R_INNER_CM,
  DIRC_R_OUTER_CM,
  DIRC_COVERAGE,
  EMC_R_INNER_CM,
  EMC_R_OUTER_CM,
  EMC_BARREL_COVERAGE,
  EMC_ENDCAP_Z_BACK_CM,
  EMC_ENDCAP_COVERAGE,
  CRYOSTAT_R_INNER_CM,
  CRYOSTAT_R_OUTER_CM,
  CRYOSTAT_LENGTH_CM,
  IFR_R_INNER_CM,
  IFR_R_OUTER_CM,
  IFR_BARREL_LENGTH_CM,
  IFR_BARREL_COVERAGE,
  IFR_FORWARD_COVERAGE,
  IFR_BACKWARD_COVERAGE,
  EMC_Z_FORWARD_CM,
  CRYOSTAT_Z_MIN_CM,
  CRYOSTAT_Z_MAX_CM,
  IFR_ENDCAP_THICKNESS_CM,
  tan,
} from './babarDimensions.js';

export { BABAR_DETECTOR_CENTRE_Z_CM };

const EXP3 = 'EXPERIMENTS.md §3 (BaBar NIM A479 (2002) 1, hep-ex/0105044)';

const regions: CylindricalRegion[] = [
  {
    name: 'beam pipe',
    kind: 'cylinder-shell',
    rInnerCm: BEAM_PIPE_R_OUTER_CM - BEAM_PIPE_WALL_CM,
    rOuterCm: BEAM_PIPE_R_OUTER_CM,
    zMinCm: DCH_Z_BACKWARD_CM,
    zMaxCm: DCH_Z_FORWARD_CM,
    instrumented: false,
    source: `${EXP3}: r_out ≈ 2.8 cm, ~1.4 mm Be wall [R]; z extent not given, taken equal to the DCH length (assumption)`,
    tag: 'R',
  },
  {
    name: 'SVT',
    kind: 'cylinder-shell',
    rInnerCm: SVT_R_INNER_CM,
    rOuterCm: SVT_R_OUTER_CM,
    zMinCm: SVT_R_OUTER_CM / tan(SVT_COVERAGE.thetaMaxDeg),
    zMaxCm: SVT_R_OUTER_CM / tan(SVT_COVERAGE.thetaMinDeg),
    polarCoverageDeg: SVT_COVERAGE,
    instrumented: true,
    source: `${EXP3}: radii 3.3–14.6 cm [T] ([R] NIM §3); z = r_out/tan θ over 20.1°–150.2° [R] ⇒ −25.5 … +39.9 cm [C]`,
    tag: 'R',
  },
  {
    name: 'DCH',
    kind: 'cylinder-shell',
    rInnerCm: DCH_R_INNER_CM,
    rOuterCm: DCH_R_OUTER_CM,
    zMinCm: DCH_Z_BACKWARD_CM,
    zMaxCm: DCH_Z_FORWARD_CM,
    polarCoverageDeg: DCH_COVERAGE,
    instrumented: true,
    source: `${EXP3}: z −101.5 … +174.9 cm [V] (TDR p.58); radii 23.6/80.9 cm [R] (NIM §4); coverage 17.2°–152.6° [R]`,
    tag: 'R',
  },
  {
    name: 'DIRC',
    kind: 'cylinder-shell',
    rInnerCm: DIRC_R_INNER_CM,
    rOuterCm: DIRC_R_OUTER_CM,
    zMinCm: DIRC_R_INNER_CM / tan(DIRC_COVERAGE.thetaMaxDeg),
    zMaxCm: DIRC_R_INNER_CM / tan(DIRC_COVERAGE.thetaMinDeg),
    polarCoverageDeg: DIRC_COVERAGE,
    instrumented: false,
    source: `${EXP3}: radii ≈ 81–85 cm, coverage 25.5°–141.4° [R]; z = r_in/tan θ ⇒ −101.5 … +169.8 cm [C] (the 4.9 m bars continue backward outside the model); not a vertexing region (§5.1)`,
    tag: 'R',
  },
  {
    name: 'EMC barrel',
    kind: 'cylinder-shell',
    rInnerCm: EMC_R_INNER_CM,
    rOuterCm: EMC_R_OUTER_CM,
    zMinCm: EMC_R_INNER_CM / tan(EMC_BARREL_COVERAGE.thetaMaxDeg),
    zMaxCm: EMC_Z_FORWARD_CM,
    polarCoverageDeg: EMC_BARREL_COVERAGE,
    instrumented: true,
    source: `${EXP3}: radii ≈ 91–136 cm, coverage 26.8°–141.8° [R]; inner-face z = 91/tan θ ⇒ −115.6 … +180.1 cm [C]`,
    tag: 'R',
  },
  {
    name: 'EMC forward endcap',
    kind: 'endcap-disc',
    rInnerCm: EMC_Z_FORWARD_CM * tan(EMC_ENDCAP_COVERAGE.thetaMinDeg),
    rOuterCm: EMC_R_INNER_CM,
    zMinCm: EMC_Z_FORWARD_CM,
    zMaxCm: EMC_ENDCAP_Z_BACK_CM,
    polarCoverageDeg: EMC_ENDCAP_COVERAGE,
    instrumented: true,
    source: `${EXP3}: z ≈ +180 … +200 cm, coverage 15.8°–26.8° [R]; front face at the barrel's forward end (+180.1 cm), r from 15.8° there (51.0 cm) to the barrel inner radius (91 cm) [C]`,
    tag: 'R',
  },
  {
    name: 'solenoid cryostat',
    kind: 'cylinder-shell',
    rInnerCm: CRYOSTAT_R_INNER_CM,
    rOuterCm: CRYOSTAT_R_OUTER_CM,
    zMinCm: CRYOSTAT_Z_MIN_CM,
    zMaxCm: CRYOSTAT_Z_MAX_CM,
    instrumented: false,
    source: `${EXP3}: radii 140/173 cm [V] (TDR figure); length ≈ 385 cm [R], centred on the detector centre (+36.7 cm) ⇒ −155.8 … +229.2 cm [C]`,
    tag: 'R',
  },
  {
    name: 'IFR barrel',
    kind: 'cylinder-shell',
    rInnerCm: IFR_R_INNER_CM,
    rOuterCm: IFR_R_OUTER_CM,
    zMinCm: BABAR_DETECTOR_CENTRE_Z_CM - IFR_BARREL_LENGTH_CM / 2,
    zMaxCm: BABAR_DETECTOR_CENTRE_Z_CM + IFR_BARREL_LENGTH_CM / 2,
    polarCoverageDeg: IFR_BARREL_COVERAGE,
    instrumented: true,
    source: `${EXP3}: radii ≈ 180–300 cm, length ≈ 375 cm, coverage 47°–123° [R, low confidence]; centred on +36.7 cm ⇒ −150.8 … +224.2 cm [C]`,
    tag: 'R',
  },
  {
    name: 'IFR forward endcap',
    kind: 'endcap-disc',
    rInnerCm: CRYOSTAT_Z_MAX_CM * tan(IFR_FORWARD_COVERAGE.thetaMinDeg),
    rOuterCm: IFR_R_OUTER_CM,
    zMinCm: CRYOSTAT_Z_MAX_CM,
    zMaxCm: CRYOSTAT_Z_MAX_CM + IFR_ENDCAP_THICKNESS_CM,
    polarCoverageDeg: IFR_FORWARD_COVERAGE,
    instrumented: true,
    source: `${EXP3}: r_out ≈ 300 cm, coverage 20°–47° [R, low confidence]; front face at the cryostat end (+229.2 cm), thickness = barrel depth 120 cm (assumption), r_in = 229.2·tan 20° = 83.4 cm [C]`,
    tag: 'R',
  },
  {
    name: 'IFR backward endcap',
    kind: 'endcap-disc',
    rInnerCm: -CRYOSTAT_Z_MIN_CM * tan(180 - IFR_BACKWARD_COVERAGE.thetaMaxDeg),
    rOuterCm: IFR_R_OUTER_CM,
    zMinCm: CRYOSTAT_Z_MIN_CM - IFR_ENDCAP_THICKNESS_CM,
    zMaxCm: CRYOSTAT_Z_MIN_CM,
    polarCoverageDeg: IFR_BACKWARD_COVERAGE,
    instrumented: true,
    source: `${EXP3}: r_out ≈ 300 cm, coverage 123°–154° [R, low confidence]; front face at the cryostat end (−155.8 cm), thickness = barrel depth 120 cm (assumption), r_in = 155.8·tan 26° = 76.0 cm [C]`,
    tag: 'R',
  },
];

/**
 * The default BaBar geometry (deeply frozen, validated): regions, inside out — beam pipe, SVT, DCH, DIRC,
 * EMC barrel, EMC forward endcap, solenoid cryostat, IFR barrel, IFR forward and backward endcaps — with
 * `instrumented` true for SVT, DCH, EMC and IFR (the vertexing regions of EXPERIMENTS §5.1), the recast
 * lepton acceptance and the detector-centre offset. Pass a modified copy (see
 * {@link defineCylindricalGeometry}) to any function to change it.
 * @example babarGeometry.regions.find((r) => r.name === 'DCH')!.rOuterCm // 80.9
 */
export const babarGeometry: BabarGeometry = defineCylindricalGeometry({
  name: 'BaBar',
  regions,
  leptonAcceptance: {
    thetaMinDeg: 17,
    thetaMaxDeg: 142,
    source: 'EXPERIMENTS.md §3/§5.1: DCH forward edge 17.2° … EMC backward edge 141.8°, as used in 2302.05410',
    tag: 'T',
  },
  detectorCentreZCm: BABAR_DETECTOR_CENTRE_Z_CM,
});

/**
 * Recast polar acceptance for lepton tracks, 17° < θ_lab < 142° [T]: the DCH forward edge (17.2°) … the EMC
 * backward edge (141.8°) (EXPERIMENTS §3, last row; §5.1).
 * @example BABAR_LEPTON_ACCEPTANCE.thetaMinDeg // 17
 */
export const BABAR_LEPTON_ACCEPTANCE: TaggedPolarRange = babarGeometry.leptonAcceptance;
