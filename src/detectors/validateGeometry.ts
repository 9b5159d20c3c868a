/**
 * Validation of geometry objects at the public boundary. Geometries are plain data that users may build or
 * modify; every function of this layer validates the geometry it receives. A geometry that is deeply frozen
 * (as the defaults and everything returned by {@link defineCylindricalGeometry} / {@link defineAxialGeometry}
 * are) is validated once and remembered, so per-ray calls on it cost no validation.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireBoolean, requireFinite, requireInRange, requireNonNegative, requireObject, requireOneOf } from '../core/validate.js';
import { MAX_START_CM } from './rayMath.js';
import type { AxialGeometry, AxialRegion, ConfidenceTag, CylindricalGeometry, CylindricalRegion, RegionKind } from './types.js';

const TAGS: readonly ConfidenceTag[] = ['V', 'C', 'R', 'T'];
const KINDS: readonly RegionKind[] = ['cylinder-shell', 'endcap-disc'];

/** Deeply frozen geometries that passed validation (they cannot change afterwards). */
const validated = new WeakSet<object>();

function requireString(name: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) throw new ParameterError(name, value, 'a non-empty string');
  return value;
}

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  for (const key of Object.keys(value)) {
    if (!isDeepFrozen((value as Record<string, unknown>)[key])) return false;
  }
  return true;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

/** A deeply frozen copy; extra fields the copy or the freeze cannot handle (functions, typed arrays) are an error. */
function frozenCopy<G>(geometry: G): G {
  try {
    return deepFreeze(structuredClone(geometry));
  } catch (error) {
    throw new ParameterError('geometry', geometry, `plain data that can be copied and frozen (${(error as Error).message})`);
  }
}

function requireRegionList(name: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value) || value.length === 0) throw new ParameterError(name, value, 'a non-empty array of regions');
  return value;
}

/** Check a polar range {thetaMinDeg, thetaMaxDeg} with 0 ≤ min < max ≤ 180. */
function checkPolarRange(name: string, value: unknown): void {
  const o = requireObject(name, value);
  const lo = requireFinite(`${name}.thetaMinDeg`, o['thetaMinDeg']);
  const hi = requireFinite(`${name}.thetaMaxDeg`, o['thetaMaxDeg']);
  if (lo < 0 || lo > 180) throw new ParameterError(`${name}.thetaMinDeg`, lo, '[0, 180]');
  if (!(hi > lo && hi <= 180)) throw new ParameterError(`${name}.thetaMaxDeg`, hi, `(thetaMinDeg = ${lo}, 180]`);
}

function checkCylindricalRegion(name: string, value: unknown): CylindricalRegion {
  const o = requireObject(name, value);
  requireString(`${name}.name`, o['name']);
  requireOneOf(`${name}.kind`, o['kind'], KINDS);
  const rIn = requireNonNegative(`${name}.rInnerCm`, o['rInnerCm']);
  const rOut = requireInRange(`${name}.rOuterCm`, o['rOuterCm'], -MAX_START_CM, MAX_START_CM);
  if (!(rOut > rIn)) throw new ParameterError(`${name}.rOuterCm`, rOut, `a finite number > rInnerCm = ${rIn}`);
  const zMin = requireInRange(`${name}.zMinCm`, o['zMinCm'], -MAX_START_CM, MAX_START_CM);
  const zMax = requireInRange(`${name}.zMaxCm`, o['zMaxCm'], -MAX_START_CM, MAX_START_CM);
  if (!(zMin < zMax)) throw new ParameterError(`${name}.zMinCm`, zMin, `a finite number < zMaxCm = ${zMax}`);
  if (o['polarCoverageDeg'] !== undefined) checkPolarRange(`${name}.polarCoverageDeg`, o['polarCoverageDeg']);
  requireBoolean(`${name}.instrumented`, o['instrumented']);
  requireString(`${name}.source`, o['source']);
  requireOneOf(`${name}.tag`, o['tag'], TAGS);
  return value as CylindricalRegion;
}

/**
 * Validate a cylindrical geometry: a non-empty list of well-formed regions (0 ≤ rInnerCm < rOuterCm,
 * zMinCm < zMaxCm, finite; unique names) that do not overlap (two regions overlap when both their radial
 * and their z ranges overlap with positive length; touching is allowed).
 * @param geometry - the geometry to check
 * @param name - the parameter name used in errors (default `'geometry'`)
 * @returns the same object, typed
 * @throws ParameterError naming the offending field, e.g. `geometry.regions[2].rOuterCm`
 * @example validateCylindricalGeometry(babarGeometry) === babarGeometry // true
 */
export function validateCylindricalGeometry<G extends CylindricalGeometry>(geometry: G, name = 'geometry'): G {
  if (validated.has(geometry)) return geometry;
  const o = requireObject(name, geometry);
  requireString(`${name}.name`, o['name']);
  const list = requireRegionList(`${name}.regions`, o['regions']);
  const regions = list.map((r, i) => checkCylindricalRegion(`${name}.regions[${i}]`, r));
  // The fields a BabarGeometry adds, when present.
  if (o['leptonAcceptance'] !== undefined) {
    checkPolarRange(`${name}.leptonAcceptance`, o['leptonAcceptance']);
    const acceptance = o['leptonAcceptance'] as Record<string, unknown>;
    requireString(`${name}.leptonAcceptance.source`, acceptance['source']);
    requireOneOf(`${name}.leptonAcceptance.tag`, acceptance['tag'], TAGS);
  }
  if (o['detectorCentreZCm'] !== undefined) requireInRange(`${name}.detectorCentreZCm`, o['detectorCentreZCm'], -MAX_START_CM, MAX_START_CM);
  for (let j = 0; j < regions.length; j++) {
    const b = regions[j]!;
    for (let i = 0; i < j; i++) {
      const a = regions[i]!;
      if (a.name === b.name) throw new ParameterError(`${name}.regions[${j}].name`, b.name, 'a name unique in the geometry');
      const radial = Math.min(a.rOuterCm, b.rOuterCm) > Math.max(a.rInnerCm, b.rInnerCm);
      const axial = Math.min(a.zMaxCm, b.zMaxCm) > Math.max(a.zMinCm, b.zMinCm);
      if (radial && axial) {
        throw new ParameterError(`${name}.regions[${j}]`, b.name, `a region not overlapping ${name}.regions[${i}] (${a.name})`);
      }
    }
  }
  if (isDeepFrozen(geometry)) validated.add(geometry);
  return geometry;
}

function checkAxialRegion(name: string, value: unknown): AxialRegion {
  const o = requireObject(name, value);
  requireString(`${name}.name`, o['name']);
  const z0 = requireInRange(`${name}.zStartCm`, o['zStartCm'], -MAX_START_CM, MAX_START_CM);
  const z1 = requireInRange(`${name}.zEndCm`, o['zEndCm'], -MAX_START_CM, MAX_START_CM);
  if (!(z1 > z0)) throw new ParameterError(`${name}.zStartCm`, z0, `a finite number < zEndCm = ${z1}`);
  if (o['transverseWidthCm'] !== undefined) {
    const w = requireFinite(`${name}.transverseWidthCm`, o['transverseWidthCm']);
    if (!(w > 0)) throw new ParameterError(`${name}.transverseWidthCm`, w, 'a finite number > 0');
  }
  requireBoolean(`${name}.instrumented`, o['instrumented']);
  requireString(`${name}.source`, o['source']);
  requireOneOf(`${name}.tag`, o['tag'], TAGS);
  return value as AxialRegion;
}

/**
 * Validate an axial (1-D, along z) geometry: a non-empty list of slabs with zStartCm < zEndCm, finite,
 * unique names, ordered upstream first and non-overlapping (touching allowed). When the object carries an
 * `hcalEndCm` (an {@link Na64Geometry}), it must equal the last slab's zEndCm.
 * @param geometry - the geometry to check
 * @param name - the parameter name used in errors (default `'geometry'`)
 * @returns the same object, typed
 * @throws ParameterError naming the offending field, e.g. `geometry.regions[3].zStartCm`
 * @example validateAxialGeometry(na64Geometry) === na64Geometry // true
 */
export function validateAxialGeometry<G extends AxialGeometry>(geometry: G, name = 'geometry'): G {
  if (validated.has(geometry)) return geometry;
  const o = requireObject(name, geometry);
  requireString(`${name}.name`, o['name']);
  const list = requireRegionList(`${name}.regions`, o['regions']);
  const regions = list.map((r, i) => checkAxialRegion(`${name}.regions[${i}]`, r));
  const names = new Set<string>();
  for (let k = 0; k < regions.length; k++) {
    const r = regions[k]!;
    if (names.has(r.name)) throw new ParameterError(`${name}.regions[${k}].name`, r.name, 'a name unique in the geometry');
    names.add(r.name);
    const prev = regions[k - 1];
    if (prev !== undefined && r.zStartCm < prev.zEndCm) {
      throw new ParameterError(`${name}.regions[${k}].zStartCm`, r.zStartCm, `≥ zEndCm of ${name}.regions[${k - 1}] = ${prev.zEndCm} (ordered, non-overlapping)`);
    }
  }
  if (o['hcalEndCm'] !== undefined) {
    const end = requireFinite(`${name}.hcalEndCm`, o['hcalEndCm']);
    const last = regions[regions.length - 1]!.zEndCm;
    if (end !== last) throw new ParameterError(`${name}.hcalEndCm`, end, `equal to the last region's zEndCm = ${last}`);
  }
  if (isDeepFrozen(geometry)) validated.add(geometry);
  return geometry;
}

/**
 * Validate a cylindrical geometry and return a deeply frozen copy (remembered as valid, so per-ray calls
 * skip validation). Use it for modified geometries in Monte Carlo loops.
 * @param geometry - plain geometry object (e.g. a modified copy of {@link babarGeometry})
 * @returns a validated, deeply frozen copy with the same type
 * @example
 * const wider = defineCylindricalGeometry({
 *   ...babarGeometry,
 *   regions: babarGeometry.regions.map((r) => (r.name === 'DCH' ? { ...r, rInnerCm: 22 } : r)),
 * });
 */
export function defineCylindricalGeometry<G extends CylindricalGeometry>(geometry: G): G {
  validateCylindricalGeometry(geometry);
  const copy = frozenCopy(geometry);
  validated.add(copy);
  return copy;
}

/**
 * Validate an axial geometry and return a deeply frozen copy (remembered as valid).
 * @param geometry - plain geometry object (e.g. a modified copy of {@link na64Geometry})
 * @returns a validated, deeply frozen copy with the same type
 * @example
 * const noVeto = defineAxialGeometry({ ...na64Geometry, regions: na64Geometry.regions.filter((r) => r.name !== 'VETO') });
 */
export function defineAxialGeometry<G extends AxialGeometry>(geometry: G): G {
  validateAxialGeometry(geometry);
  const copy = frozenCopy(geometry);
  validated.add(copy);
  return copy;
}
