import { describe, expect, it } from 'vitest';
import { EVENT_CHUNK, generateEventChunks, generateEvents } from '../../src/production/events.js';
import { generateEventChunksInPlace } from '../../src/production/generateEvents.js';
import { summarizeSampleChunks } from '../../src/experiments/summarizeSurvivalTerms.js';
import type { EventSample } from '../../src/production/eventSample.js';
import {
  babarMonophotonSelection, babarSurvivalTerms, mergeSurvivalTerms, na64InvisibleSelection, na64ModifiedSelection, na64SurvivalTerms,
  summarizeSurvivalTerms, survivingFraction,
} from '../../src/experiments/index.js';
import { preset } from '../../src/models/index.js';
import { expectParameterError } from '../experiments/syntheticSample.js';

// Streamed generation: the chunks of generateEventChunks are, bit for bit, consecutive slices of generateEvents
// with the same options (chunk k uses random streams 2k and 2k + 1), and survival terms merged over the chunks
// equal the terms of the whole sample. Independent reference: the whole sample itself.
const model = preset('idm', { massGeV: 0.3 });
const N = 2 * EVENT_CHUNK + 37; // three chunks, the last one short

type PerEvent = 'darkPhoton' | 'recoil' | 'selectionVariable' | 'channel';
type PerTrack = 'trackMomentum' | 'trackMass' | 'trackState' | 'decayLengthCmAtUnitEpsilon';

/** Events [first, first + count) of a whole sample, with offsets rebased to 0, as the fields a chunk has. */
function slice(s: EventSample, first: number, count: number) {
  const t0 = s.trackStart[first]!;
  const t1 = s.trackStart[first + count]!;
  const v0 = s.visibleStart[t0]!;
  const v1 = s.visibleStart[t1]!;
  const perEvent = (k: PerEvent, w: number) => s[k].slice(w * first, w * (first + count));
  const perTrack = (k: PerTrack, w: number) => s[k].slice(w * t0, w * t1);
  return {
    darkPhoton: perEvent('darkPhoton', 4), recoil: perEvent('recoil', 4), selectionVariable: perEvent('selectionVariable', 1),
    channel: perEvent('channel', 1), trackStart: s.trackStart.slice(first, first + count + 1).map((t) => t - t0),
    trackMomentum: perTrack('trackMomentum', 4), trackMass: perTrack('trackMass', 1), trackState: perTrack('trackState', 1),
    decayLengthCmAtUnitEpsilon: perTrack('decayLengthCmAtUnitEpsilon', 1),
    trackParent: s.trackParent.slice(t0, t1).map((p) => (p < 0 ? p : p - t0)),
    visibleStart: s.visibleStart.slice(t0, t1 + 1).map((v) => v - v0), visibleMomentum: s.visibleMomentum.slice(4 * v0, 4 * v1),
    visiblePdg: s.visiblePdg.slice(v0, v1),
  };
}

describe('generateEventChunks', () => {
  const options = { model, experiment: 'babar', events: N, seed: 11 } as const;
  const whole = generateEvents(options);
  const chunks = [...generateEventChunks(options)];

  it('yields consecutive chunks of EVENT_CHUNK events that are bit-identical slices of generateEvents', () => {
    expect(chunks.map((c) => c.count)).toEqual([EVENT_CHUNK, EVENT_CHUNK, 37]);
    let first = 0;
    for (const chunk of chunks) {
      const want = slice(whole, first, chunk.count);
      for (const [key, value] of Object.entries(want)) expect(chunk[key as keyof typeof want], key).toEqual(value);
      expect(chunk.darkPhotonDarkWidthGeV).toBe(whole.darkPhotonDarkWidthGeV);
      first += chunk.count;
    }
  });

  it('keeps prefixes: the first M events of a larger sample are the sample of M events', () => {
    const small = generateEvents({ ...options, events: EVENT_CHUNK + 3 });
    const want = slice(whole, 0, EVENT_CHUNK + 3);
    for (const [key, value] of Object.entries(want)) expect(small[key as keyof typeof want], key).toEqual(value);
  });

  it('merged survival terms of the chunks equal the terms of the whole sample (BaBar and NA64)', () => {
    const merged = mergeSurvivalTerms(chunks.map((c) => babarSurvivalTerms(c)));
    const direct = babarSurvivalTerms(whole);
    expect({ ...merged }).toEqual({ ...direct });
    for (const eps of [1e-4, 1e-3, 3e-3]) expect(survivingFraction(merged, eps)).toEqual(survivingFraction(direct, eps));
    const na64 = { model, experiment: 'na64', events: EVENT_CHUNK + 100, seed: 3 } as const;
    const na64Merged = mergeSurvivalTerms([...generateEventChunks(na64)].map((c) => na64SurvivalTerms(c)));
    expect({ ...na64Merged }).toEqual({ ...na64SurvivalTerms(generateEvents(na64)) });
  });

  it('in-place chunks (one reused storage) are, while current, bit-identical to the chunks of generateEventChunks', () => {
    let k = 0;
    for (const chunk of generateEventChunksInPlace(options)) {
      const want = chunks[k++]!;
      for (const key of Object.keys(slice(whole, 0, 1))) expect(chunk[key as keyof EventSample], key).toEqual(want[key as keyof EventSample]);
      expect(chunk.count).toBe(want.count);
    }
    expect(k).toBe(3);
  });

  it('in-place chunks generated into storage kept from earlier calls (other sizes, other experiments) are unchanged', () => {
    // A scan reuses one storage for all its mass points: stale contents of a larger or different sample must
    // never leak into a later one. Reference: generateEventChunks, which allocates fresh arrays per chunk.
    const storage = { events: undefined, buffers: undefined };
    const runs = [
      { ...options, events: 500 }, // small storage first: the larger run below must replace it
      options,
      { model: preset('idm', { massGeV: 1 }), experiment: 'na64', events: 700, seed: 5 },
      { ...options, events: 300, seed: 12 },
    ] as const;
    for (const run of runs) {
      const fresh = [...generateEventChunks(run)];
      let k = 0;
      for (const chunk of generateEventChunksInPlace(run, storage)) {
        const want = fresh[k++]!;
        for (const key of Object.keys(slice(whole, 0, 1))) expect(chunk[key as keyof EventSample], key).toEqual(want[key as keyof EventSample]);
      }
      expect(k).toBe(fresh.length);
    }
    expect(storage.events).toBeDefined();
  });

  it('summaries built in one reused terms builder equal summaries of separately built terms (BaBar, NA64, modified NA64)', () => {
    const cases = [
      [options, babarMonophotonSelection(), (c: EventSample) => babarSurvivalTerms(c)],
      [{ model, experiment: 'na64', events: N, seed: 3 }, na64InvisibleSelection(), (c: EventSample) => na64SurvivalTerms(c)],
      [{ model, experiment: 'na64', events: N, seed: 3 }, na64ModifiedSelection(), (c: EventSample) => na64SurvivalTerms(c, na64ModifiedSelection())],
    ] as const;
    for (const [opts, selection, build] of cases) {
      const reused = summarizeSampleChunks(generateEventChunksInPlace(opts), selection);
      const separate = summarizeSurvivalTerms([...generateEventChunks(opts)].map(build));
      const { general: g1, ...rest1 } = reused;
      const { general: g2, ...rest2 } = separate;
      expect(rest1).toEqual(rest2);
      expect({ ...g1 }).toEqual({ ...g2 });
    }
  });

  it('rejects bad input with a ParameterError naming it', () => {
    expectParameterError(() => [...generateEventChunks({ ...options, events: 0 })], 'options.events');
    expectParameterError(() => mergeSurvivalTerms([]), 'parts');
    const babar = babarSurvivalTerms(chunks[2]!);
    const na64 = na64SurvivalTerms(generateEvents({ model, experiment: 'na64', events: 10, seed: 1 }));
    expectParameterError(() => mergeSurvivalTerms([babar, na64]), 'parts[1].selection');
    expectParameterError(() => mergeSurvivalTerms([babar, { ...babar, weight: new Float64Array(1) }]), 'parts[1]');
  });
});
