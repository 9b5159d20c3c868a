/**
 * Survival terms of a dark-bremsstrahlung sample under the NA64 selections (EXPERIMENTS.md §5.2, §5.3,
 * §6.1). 1-D model along the beam: a dark fermion produced at z₀ = productionZCm with lab polar angle θ
 * (θ ~ mrad, §2.5) reaches the plane z at path length L = (z − z₀)/cos θ.
 *
 * Per event: weight 1 when the recoil electron has E < ecalMaxEnergyGeV, else the event is dropped.
 * Per track with visible decay products (any pdg; "regardless of deposited energy", §5.3 [T]):
 * - `'na64-invisible'`: visible interval [0, L_HCAL], L_HCAL = (hcalEndCm − z₀)/cos θ;
 * - `'na64-modified'`: [L_ECAL, L_HCAL] with L_ECAL = (ecalEndCm − z₀)/cos θ when E_recoil + E_visible of the
 *   track < ecalMaxEnergyGeV (an ECAL decay is then accepted), else [0, L_HCAL].
 * Tracks whose decay has no visible products (dark-sector cascades) never veto. A track with cos θ ≤ 10⁻⁹
 * (never produced at a 100 GeV beam) uses cos θ = 10⁻⁹, i.e. it decays before reaching the HCAL end.
 *
 * Cascades: a daughter's flight line is taken from the production point (the parent's displacement
 * neglected) and its survival is multiplied with its parent's as if independent. Along the beam this is
 * conservative: the daughter's true decay point lies further downstream, so some vetoed daughters would have
 * decayed beyond the HCAL.
 *
 * @module
 */
import type { EventSample } from '../production/eventSample.js';
import { checkEventSample } from '../production/checkEventSample.js';
import { checkNa64Selection, na64InvisibleSelection, type Na64Selection } from './na64Selection.js';
import { addInterval, beginEvent, createTermsBuilder, endTrack, finishTerms, type TermsBuilderSlot } from './termsBuilder.js';
import type { SurvivalTerms } from './types.js';

/** Smallest cos θ used for the path length (see the module comment). */
const MIN_COS_THETA = 1e-9;

/**
 * Build the eps-independent survival terms of an NA64 sample under the standard or the modified selection
 * (see the module comment for the model). Cost O(N + T + V), ≈ 3 × 10⁶ events/s.
 * @param sample - an event sample with process `'na64-bremsstrahlung'`
 * @param selection - from {@link na64InvisibleSelection} (default) or {@link na64ModifiedSelection}
 * @returns the survival terms
 * @throws ParameterError naming the malformed `sample.…` field, `sample.process` for a BaBar sample, or the
 *   invalid `selection.…` field
 * @example
 * const terms = na64SurvivalTerms(sample, na64ModifiedSelection());
 * survivingFraction(terms, 3e-4).value;
 */
export function na64SurvivalTerms(sample: EventSample, selection: Na64Selection = na64InvisibleSelection()): SurvivalTerms {
  return na64SurvivalTermsReusing(sample, selection, undefined);
}

/**
 * {@link na64SurvivalTerms} built in the storage of the builder held by `reuse` when given (the terms are then
 * views, valid until that builder is reused; see termsBuilder.ts).
 * @internal
 */
export function na64SurvivalTermsReusing(sample: EventSample, selection: Na64Selection, reuse: TermsBuilderSlot | undefined): SurvivalTerms {
  const sel = checkNa64Selection(selection);
  const smp = checkEventSample(sample, 'na64-bremsstrahlung');
  const modified = sel.kind === 'na64-modified';
  const toHcal = sel.hcalEndCm - sel.productionZCm;
  const toEcalEnd = sel.ecalEndCm - sel.productionZCm;
  const { trackStart, trackMomentum: tm, decayLengthCmAtUnitEpsilon: lambda, visibleStart, visibleMomentum, recoil } = smp;
  const b = createTermsBuilder(smp.count, trackStart[smp.count]!, reuse);
  for (let e = 0; e < smp.count; e++) {
    const eRecoil = recoil[4 * e]!;
    if (!(eRecoil < sel.ecalMaxEnergyGeV)) continue;
    beginEvent(b, 1);
    for (let t = trackStart[e]!; t < trackStart[e + 1]!; t++) {
      const l1 = lambda[t]!;
      const v0 = visibleStart[t]!;
      const v1 = visibleStart[t + 1]!;
      if (l1 === Infinity || v1 === v0) continue; // never decays, or decays invisibly
      const px = tm[4 * t + 1]!;
      const py = tm[4 * t + 2]!;
      const pz = tm[4 * t + 3]!;
      const p = Math.sqrt(px * px + py * py + pz * pz);
      const cosTheta = Math.max(MIN_COS_THETA, p > 0 ? pz / p : 1);
      let start = 0;
      if (modified) {
        let visibleEnergy = 0;
        for (let v = v0; v < v1; v++) visibleEnergy += visibleMomentum[4 * v]!;
        if (eRecoil + visibleEnergy < sel.ecalMaxEnergyGeV) start = toEcalEnd / cosTheta;
      }
      addInterval(b, start, toHcal / cosTheta, l1);
      endTrack(b);
    }
  }
  return finishTerms(b, sel.kind, 'na64-bremsstrahlung', smp.darkPhotonMassGeV, smp.count, reuse !== undefined);
}
