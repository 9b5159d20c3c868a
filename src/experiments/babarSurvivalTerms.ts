/**
 * Survival terms of an e+e− → γA' sample under the BaBar monophoton selection (EXPERIMENTS.md §5.1, §6.1).
 *
 * Per event: weight 1 when the photon passes E*_γ ≥ threshold and cosMin ≤ cos θ*_γ ≤ cosMax, else the event
 * is dropped. E*_γ = (P·k)/√(P²) with k the recoil photon and P = k + p_A' the e+e− four-momentum, i.e. the
 * c.m. photon energy (s − m²)/(2√s): it is fixed by the mass, so at a given mass all events pass or all fail
 * the energy cut (the cut only decides where the trigger has sensitivity; F = 0 where none passes).
 * cos θ*_γ is the sample's `selectionVariable`.
 *
 * Per dark-fermion track (flight line from the interaction point along its lab momentum) whose decay
 * products are detectable (see babarDetectability.ts), the visible path intervals are: `'envelope'` —
 * [0, L_exit] with L_exit the exit from the bounding cylinder of the geometry (the IFR outer envelope,
 * r ≤ 300 cm, −275.8 ≤ z ≤ +349.2 cm for the default [R, low confidence]); `'instrumented'` — the segments of
 * the instrumented regions from the detectors' `raySegmentsInto`, plus (option `innerVolumeVisible`) the
 * volume before the first of them. Decays beyond pass; tracks with undetectable products never veto.
 *
 * Cascades: a daughter dark fermion (trackParent ≥ 0) is given the flight line of its own momentum from the
 * interaction point — the parent's displacement is neglected, and it is treated as independent of the
 * parent (product of survival probabilities). This over-vetoes daughters of parents that decay near or
 * beyond the envelope, so it is typically conservative (F lower, exclusion weaker); it is exact for
 * prompt parents.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { maxSegmentCount, raySegmentsInto, SEGMENT_STRIDE, type CylindricalGeometry } from '../detectors/index.js';
import type { EventSample } from '../production/eventSample.js';
import { decayDetectable, detectabilityCuts } from './babarDetectability.js';
import { babarMonophotonSelection, checkBabarSelection, type BabarMonophotonSelection } from './babarSelection.js';
import { checkEventSample } from '../production/checkEventSample.js';
import { addInterval, beginEvent, createTermsBuilder, endTrack, finishTerms, type TermsBuilder, type TermsBuilderSlot } from './termsBuilder.js';
import type { SurvivalTerms } from './types.js';

interface Envelope {
  readonly r: number;
  readonly zMin: number;
  readonly zMax: number;
}

function envelopeOf(geometry: CylindricalGeometry): Envelope {
  let r = 0;
  let zMin = Infinity;
  let zMax = -Infinity;
  for (const g of geometry.regions) {
    r = Math.max(r, g.rOuterCm);
    zMin = Math.min(zMin, g.zMinCm);
    zMax = Math.max(zMax, g.zMaxCm);
  }
  if (!(zMin <= 0 && zMax >= 0)) {
    throw new ParameterError('selection.geometry', geometry.name, 'a geometry whose envelope contains the interaction point (z = 0)');
  }
  return { r, zMin, zMax };
}

/**
 * Add the `'envelope'` interval of track t, [0, L_exit], with L_exit the path length (cm) from the IP along
 * its momentum to the exit of the envelope (EXPERIMENTS §3 closed form). Momentum and λ₁ are read here, not
 * passed, and nothing is returned, so that no double is boxed at a non-inlined call.
 */
function addEnvelopeInterval(b: TermsBuilder, tm: Float64Array, lambda: Float64Array, t: number, env: Envelope): void {
  let px = tm[4 * t + 1]!;
  let py = tm[4 * t + 2]!;
  let pz = tm[4 * t + 3]!;
  let pt = Math.sqrt(px * px + py * py);
  let p = Math.sqrt(pt * pt + pz * pz);
  if (!Number.isFinite(p)) {
    // |p| beyond ~1e154 GeV overflows the squares: only the direction matters, so rescale it.
    const s = Math.max(Math.abs(px), Math.abs(py), Math.abs(pz));
    px /= s;
    py /= s;
    pz /= s;
    pt = Math.sqrt(px * px + py * py);
    p = Math.sqrt(pt * pt + pz * pz);
  }
  let length = pt > 0 ? (env.r * p) / pt : Infinity;
  if (pz > 0) length = Math.min(length, (env.zMax * p) / pz);
  else if (pz < 0) length = Math.min(length, (env.zMin * p) / pz);
  addInterval(b, 0, length, lambda[t]!);
}

/** Weight (0 or 1) of event e under the photon selection. */
function photonWeight(sample: EventSample, e: number, sel: BabarMonophotonSelection): number {
  const k = sample.recoil;
  const a = sample.darkPhoton;
  const o = 4 * e;
  const p0 = k[o]! + a[o]!, p1 = k[o + 1]! + a[o + 1]!, p2 = k[o + 2]! + a[o + 2]!, p3 = k[o + 3]! + a[o + 3]!;
  const s = p0 * p0 - p1 * p1 - p2 * p2 - p3 * p3;
  if (!(s > 0)) throw new ParameterError(`sample.recoil[${o}]`, k[o], 'a photon with (k + p_A′)² > 0 (time-like e+e− system)');
  const eStar = (p0 * k[o]! - p1 * k[o + 1]! - p2 * k[o + 2]! - p3 * k[o + 3]!) / Math.sqrt(s);
  const c = sample.selectionVariable[e]!;
  return eStar >= sel.photonThresholdGeV && c >= sel.photonWindow.cosMin && c <= sel.photonWindow.cosMax ? 1 : 0;
}

/** Add the 'instrumented' intervals of one track (segments written into `buf`). */
function addInstrumented(
  b: TermsBuilder,
  buf: Float64Array,
  sel: BabarMonophotonSelection,
  instrumented: readonly boolean[],
  px: number,
  py: number,
  pz: number,
  lambda: number,
): void {
  const n = raySegmentsInto(buf, 0, sel.geometry, { dx: px, dy: py, dz: pz });
  let first = n;
  for (let i = 0; i < n; i++) {
    const region = buf[SEGMENT_STRIDE * i]!;
    if (region >= 0 && instrumented[region]) {
      first = i;
      break;
    }
  }
  for (let i = 0; i < n; i++) {
    const region = buf[SEGMENT_STRIDE * i]!;
    const visible = (region >= 0 && instrumented[region] === true) || (sel.innerVolumeVisible && i < first && first < n);
    if (visible) addInterval(b, buf[SEGMENT_STRIDE * i + 1]!, buf[SEGMENT_STRIDE * i + 2]!, lambda);
  }
}

/**
 * Build the eps-independent survival terms of a BaBar sample (see the module comment for the model).
 * Cost O(N + T + V): ≈ 3 × 10⁶ events/s for `'envelope'`, ≈ 3–5 × 10⁵ for `'instrumented'` (one
 * ray–geometry intersection per detectable track, and ≈ 4 intervals per track to evaluate).
 * @param sample - an event sample with process `'babar-monophoton'`
 * @param selection - from {@link babarMonophotonSelection} (default: its defaults)
 * @returns the survival terms
 * @throws ParameterError naming the malformed `sample.…` field, `sample.process` for an NA64 sample, or the
 *   invalid `selection.…` field
 * @example
 * const terms = babarSurvivalTerms(sample, babarMonophotonSelection({ vetoVolume: 'instrumented' }));
 * survivingFraction(terms, 1e-3).value;
 */
export function babarSurvivalTerms(sample: EventSample, selection: BabarMonophotonSelection = babarMonophotonSelection()): SurvivalTerms {
  return babarSurvivalTermsReusing(sample, selection, undefined);
}

/**
 * {@link babarSurvivalTerms} built in the storage of the builder held by `reuse` when given (the terms are then
 * views, valid until that builder is reused; see termsBuilder.ts).
 * @internal
 */
export function babarSurvivalTermsReusing(sample: EventSample, selection: BabarMonophotonSelection, reuse: TermsBuilderSlot | undefined): SurvivalTerms {
  const sel = checkBabarSelection(selection);
  const smp = checkEventSample(sample, 'babar-monophoton');
  const cuts = detectabilityCuts(sel);
  const envelope = envelopeOf(sel.geometry);
  const instrumented = sel.geometry.regions.map((r) => r.instrumented);
  const buf = new Float64Array(SEGMENT_STRIDE * maxSegmentCount(sel.geometry));
  const { trackStart, trackMomentum: tm, decayLengthCmAtUnitEpsilon: lambda, visibleStart, visibleMomentum, visiblePdg } = smp;
  const b = createTermsBuilder(smp.count, trackStart[smp.count]!, reuse);
  for (let e = 0; e < smp.count; e++) {
    if (photonWeight(smp, e, sel) === 0) continue;
    beginEvent(b, 1);
    for (let t = trackStart[e]!; t < trackStart[e + 1]!; t++) {
      const l1 = lambda[t]!;
      if (l1 === Infinity) continue; // stable: never decays
      const v0 = visibleStart[t]!;
      const v1 = visibleStart[t + 1]!;
      if (!decayDetectable(visibleMomentum, visiblePdg, v0, v1, cuts)) continue;
      const px = tm[4 * t + 1]!;
      const py = tm[4 * t + 2]!;
      const pz = tm[4 * t + 3]!;
      if (px === 0 && py === 0 && pz === 0) {
        throw new ParameterError(`sample.trackMomentum[${4 * t + 1}]`, 0, 'a non-zero momentum (λ₁ > 0 needs |p| > 0)');
      }
      if (sel.vetoVolume === 'envelope') addEnvelopeInterval(b, tm, lambda, t, envelope);
      else addInstrumented(b, buf, sel, instrumented, px, py, pz, l1);
      endTrack(b);
    }
  }
  return finishTerms(b, 'babar-monophoton', 'babar-monophoton', smp.darkPhotonMassGeV, smp.count, reuse !== undefined);
}
