// Property tests of the BaBar survival terms: monotonicity in the lepton threshold, F ∈ [0, 1], closed form vs
// direct exponentials, and monotonicity in eps where it holds (visible interval starting at 0).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { babarMonophotonSelection, babarSurvivalTerms, survivingFraction } from '../../src/experiments/index.js';
import { expectClose } from '../helpers/close.js';
import { electronPair, momentum, syntheticSample, type SyntheticEvent, type SyntheticTrack, type SyntheticVisible } from './syntheticSample.js';

const babar = (events: SyntheticEvent[]) => syntheticSample({ process: 'babar-monophoton', events });
const track = (thetaDeg: number, lambda1Cm: number, visible: SyntheticVisible[], phiDeg = 0): SyntheticTrack => ({
  p: momentum(0.1, 1, thetaDeg, phiDeg),
  lambda1Cm,
  visible,
});

const pairArb = fc
  .record({
    eP: fc.double({ min: 0.01, max: 2, noNaN: true }),
    eM: fc.double({ min: 0.01, max: 2, noNaN: true }),
    tP: fc.double({ min: 1, max: 179, noNaN: true }),
    tM: fc.double({ min: 1, max: 179, noNaN: true }),
    fP: fc.double({ min: 0, max: 360, noNaN: true }),
    fM: fc.double({ min: 0, max: 360, noNaN: true }),
  })
  .map(({ eP, eM, tP, tM, fP, fM }) => electronPair(eP, tP, tM, fP, fM, eM));

const trackArb = fc
  .record({
    theta: fc.double({ min: 1, max: 179, noNaN: true }),
    phi: fc.double({ min: 0, max: 360, noNaN: true }),
    lambda: fc.double({ min: -2, max: 4, noNaN: true }).map((e) => 10 ** e),
    visible: pairArb,
  })
  .map(({ theta, phi, lambda, visible }) => track(theta, lambda, visible, phi));

const eventsArb = fc.array(fc.record({ tracks: fc.array(trackArb, { maxLength: 3 }) }), { minLength: 1, maxLength: 6 });

describe('properties', () => {
  it('F is non-decreasing in the lepton-energy threshold (both readings, both veto volumes)', () => {
    fc.assert(
      fc.property(
        eventsArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1e-4, max: 0.9, noNaN: true }),
        fc.constantFrom('both', 'either'),
        fc.constantFrom('envelope', 'instrumented'),
        (events, t1, t2, eps, separatedPairRule, vetoVolume) => {
          const [lo, hi] = t1 <= t2 ? [t1, t2] : [t2, t1];
          const sample = babar(events);
          const f = (thr: number) =>
            survivingFraction(babarSurvivalTerms(sample, babarMonophotonSelection({ leptonEnergyThresholdGeV: thr, separatedPairRule, vetoVolume })), eps).value;
          expect(f(lo)).toBeLessThanOrEqual(f(hi) + 1e-15);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('envelope mode: F ∈ [0, 1], equals the direct exponential product, and is non-increasing in eps', () => {
    fc.assert(
      fc.property(eventsArb, fc.double({ min: 1e-5, max: 0.5, noNaN: true }), (events, eps) => {
        const sample = babar(events);
        const terms = babarSurvivalTerms(sample);
        const f = survivingFraction(terms, eps).value;
        expect(f).toBeGreaterThanOrEqual(0);
        expect(f).toBeLessThanOrEqual(1);
        expect(survivingFraction(terms, eps * 1.5).value).toBeLessThanOrEqual(f + 1e-15);
        // direct: Π exp(−L_exit eps²/λ₁) over tracks with stored intervals
        let sum = 0;
        for (let s = 0; s < terms.selectedCount; s++) {
          let p = 1;
          for (let t = terms.eventTrackStart[s]!; t < terms.eventTrackStart[s + 1]!; t++) p *= Math.exp(-terms.upper[terms.trackIntervalStart[t]!]! * eps * eps);
          sum += p;
        }
        expectClose(f, sum / terms.selectedCount, 1e-12, 1e-300);
      }),
      { numRuns: 100 },
    );
  });
});
