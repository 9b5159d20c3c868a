/**
 * Primary BaBar dimensions of EXPERIMENTS.md §3, each with its source and confidence tag, and the positions
 * derived from them [C]. Internal to the detector layer (the public view is {@link babarGeometry}); see
 * babarGeometry.ts for the modelling choices.
 *
 * @module
 */
import { degree } from '../core/units.js';

/** tan of an angle in degrees. */
export const tan = (deg: number): number => Math.tan(deg * degree);

/** DCH forward end, cm: +174.9 [V] (BaBar TDR "The BABAR Experiment" p.58, via EXPERIMENTS §3). */
export const DCH_Z_FORWARD_CM = 174.9;
/** DCH backward end, cm: −101.5 [V] (same source). */
export const DCH_Z_BACKWARD_CM = -101.5;
/** DCH inner radius, cm: 23.6 [R] (NIM A479 §4). */
export const DCH_R_INNER_CM = 23.6;
/** DCH outer radius, cm: 80.9 [R] (NIM A479 §4; "outer radius 81 cm" [V], SLAC-PUB-7779). */
export const DCH_R_OUTER_CM = 80.9;

/**
 * z of the DCH centre (= detector centre) relative to the IP, cm: (174.9 + (−101.5))/2 = +36.7 [C from V].
 * The IP sits this far backward of the detector centre (EXPERIMENTS §3 notes).
 * @example BABAR_DETECTOR_CENTRE_Z_CM // 36.7
 */
export const BABAR_DETECTOR_CENTRE_Z_CM = (DCH_Z_FORWARD_CM + DCH_Z_BACKWARD_CM) / 2;

/** Beam-pipe outer radius, cm: ≈ 2.8 [R] (NIM §2; Be, water-cooled). */
export const BEAM_PIPE_R_OUTER_CM = 2.8;
/** Beam-pipe wall thickness, cm: ≈ 0.14 (~1.4 mm) [R] (NIM §2). */
export const BEAM_PIPE_WALL_CM = 0.14;
/** SVT inner radius (layer 1), cm: 3.3 [T] ("3.3–14.6 cm"; [R] 3.2–3.3). */
export const SVT_R_INNER_CM = 3.3;
/** SVT outer radius (layer 5), cm: 14.6 [T] ([R] 14.4–14.6). */
export const SVT_R_OUTER_CM = 14.6;
/** SVT polar coverage, degrees: 20.1°–150.2° [R] (NIM §3). */
export const SVT_COVERAGE = { thetaMinDeg: 20.1, thetaMaxDeg: 150.2 };
/** DCH polar coverage, degrees: 17.2°–152.6° [R]. */
export const DCH_COVERAGE = { thetaMinDeg: 17.2, thetaMaxDeg: 152.6 };
/** DIRC bar inner radius, cm: ≈ 81 [R] (12-sided barrel of 144 bars [V]). */
export const DIRC_R_INNER_CM = 81;
/** DIRC bar outer radius, cm: ≈ 85 [R]. */
export const DIRC_R_OUTER_CM = 85;
/** DIRC polar coverage, degrees: ≈ 25.5°–141.4° [R]. */
export const DIRC_COVERAGE = { thetaMinDeg: 25.5, thetaMaxDeg: 141.4 };
/** EMC barrel inner radius, cm: ≈ 91 (table: 91–92) [R]. */
export const EMC_R_INNER_CM = 91;
/** EMC barrel outer radius, cm: ≈ 136 [R]. */
export const EMC_R_OUTER_CM = 136;
/** EMC barrel polar coverage, degrees: 26.8°–141.8° [R]. */
export const EMC_BARREL_COVERAGE = { thetaMinDeg: 26.8, thetaMaxDeg: 141.8 };
/** EMC forward endcap back face, cm: z ≈ +200 [R] (table: z ≈ +180 … +200). */
export const EMC_ENDCAP_Z_BACK_CM = 200;
/** EMC forward endcap polar coverage, degrees: 15.8°–26.8° [R] (EMC total 15.8°–141.8°, NIM Table 1). */
export const EMC_ENDCAP_COVERAGE = { thetaMinDeg: 15.8, thetaMaxDeg: 26.8 };
/** Solenoid cryostat inner radius, cm: 140 [V] (TDR figure dimension 1400 mm). */
export const CRYOSTAT_R_INNER_CM = 140;
/** Solenoid cryostat outer radius, cm: 173 [V] (TDR figure dimension 1730 mm). */
export const CRYOSTAT_R_OUTER_CM = 173;
/** Solenoid cryostat length, cm: ≈ 385 [R]. */
export const CRYOSTAT_LENGTH_CM = 385;
/** IFR barrel inner radius, cm: ≈ 180 [R, low confidence] (19 RPC/LST layers [V]). */
export const IFR_R_INNER_CM = 180;
/** IFR outer radius (barrel and endcaps), cm: ≈ 300 [R, low confidence]. */
export const IFR_R_OUTER_CM = 300;
/** IFR barrel length, cm: ≈ 375 [R, low confidence]. */
export const IFR_BARREL_LENGTH_CM = 375;
/** IFR barrel polar coverage, degrees: ≈ 47°–123° [R, low confidence]. */
export const IFR_BARREL_COVERAGE = { thetaMinDeg: 47, thetaMaxDeg: 123 };
/** IFR forward endcap polar coverage, degrees: ≈ 20°–47° [R, low confidence]. */
export const IFR_FORWARD_COVERAGE = { thetaMinDeg: 20, thetaMaxDeg: 47 };
/** IFR backward endcap polar coverage, degrees: ≈ 123°–154° [R, low confidence]. */
export const IFR_BACKWARD_COVERAGE = { thetaMinDeg: 123, thetaMaxDeg: 154 };

/** Forward end of the EMC barrel inner face, cm: 91/tan 26.8° ≈ +180.15 [C from R]. */
export const EMC_Z_FORWARD_CM = EMC_R_INNER_CM / tan(EMC_BARREL_COVERAGE.thetaMinDeg);
/** Backward end of the cryostat, cm: 36.7 − 385/2 ≈ −155.8 [C from R]. */
export const CRYOSTAT_Z_MIN_CM = BABAR_DETECTOR_CENTRE_Z_CM - CRYOSTAT_LENGTH_CM / 2;
/** Forward end of the cryostat, cm: 36.7 + 385/2 ≈ +229.2 [C from R]. */
export const CRYOSTAT_Z_MAX_CM = BABAR_DETECTOR_CENTRE_Z_CM + CRYOSTAT_LENGTH_CM / 2;
/** IFR endcap thickness, cm: taken equal to the barrel's radial depth, 300 − 180 = 120 (assumption, no source). */
export const IFR_ENDCAP_THICKNESS_CM = IFR_R_OUTER_CM - IFR_R_INNER_CM;

