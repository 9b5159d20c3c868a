/**
 * JSON Lines (jsonlines.org: one JSON value per line, UTF-8, `\n`) form of an {@link EventSample}, and its
 * exact inverse. Numbers are written by `JSON.stringify` (shortest round-trip form), so reading the text back
 * gives a bit-identical sample.
 *
 * Line 1 (header): `{"format":"semivisible-events","version":1,"process","darkPhotonMassGeV","seed","count",
 * "darkPhotonDarkWidthGeV","darkPhotonSmWidthPerEpsilon2GeV","channels":[{"products","darkBranchingRatio"}]}`.
 * Lines 2 … N+1, one per event: `{"event","channel","selectionVariable","darkPhoton":[E,px,py,pz],
 * "recoil":[E,px,py,pz],"tracks":[{"state","parent","massGeV","momentum":[E,px,py,pz],
 * "decayLengthCmAtUnitEpsilon","visible":[{"pdg","momentum":[E,px,py,pz]}]}]}` with `parent` the index of
 * the parent track within the event (−1: daughter of the A'). Units: GeV, cm (eventSample.ts).
 *
 * @module
 */
import { checkEventSample } from './checkEventSample.js';
import { ParameterError } from '../core/errors.js';
import { requireObject } from '../core/validate.js';
import type { EventSample, ProductionProcess } from './eventSample.js';

const FORMAT = 'semivisible-events';

function vec(a: Float64Array, i: number): number[] {
  return [a[4 * i]!, a[4 * i + 1]!, a[4 * i + 2]!, a[4 * i + 3]!];
}

function headerLine(s: EventSample): string {
  const { process, darkPhotonMassGeV, seed, count, darkPhotonDarkWidthGeV, darkPhotonSmWidthPerEpsilon2GeV, channels } = s;
  return JSON.stringify({
    format: FORMAT,
    version: 1,
    process,
    darkPhotonMassGeV,
    seed,
    count,
    darkPhotonDarkWidthGeV,
    darkPhotonSmWidthPerEpsilon2GeV,
    channels: channels.map((c) => ({ products: c.products, darkBranchingRatio: c.darkBranchingRatio })),
  });
}

function eventLine(s: EventSample, e: number): string {
  const t0 = s.trackStart[e]!;
  const tracks = [];
  for (let t = t0; t < s.trackStart[e + 1]!; t++) {
    const visible = [];
    for (let v = s.visibleStart[t]!; v < s.visibleStart[t + 1]!; v++) visible.push({ pdg: s.visiblePdg[v]!, momentum: vec(s.visibleMomentum, v) });
    const parent = s.trackParent[t]!;
    tracks.push({
      state: s.trackState[t]!,
      parent: parent < 0 ? -1 : parent - t0,
      massGeV: s.trackMass[t]!,
      momentum: vec(s.trackMomentum, t),
      decayLengthCmAtUnitEpsilon: s.decayLengthCmAtUnitEpsilon[t]!,
      visible,
    });
  }
  return JSON.stringify({
    event: e,
    channel: s.channel[e]!,
    selectionVariable: s.selectionVariable[e]!,
    darkPhoton: vec(s.darkPhoton, e),
    recoil: vec(s.recoil, e),
    tracks,
  });
}

/**
 * The JSON Lines text in chunks of `eventsPerChunk` events (the first chunk is the header line).
 * @param sample - the sample
 * @param eventsPerChunk - events per chunk (default 1000)
 * @returns a generator of strings whose concatenation is {@link writeEventsJsonLines}'s output
 * @example for (const chunk of writeEventsJsonLinesChunks(sample)) stream.write(chunk);
 */
export function* writeEventsJsonLinesChunks(sample: EventSample, eventsPerChunk = 1000): Generator<string, void, undefined> {
  checkEventSample(sample);
  if (!(Number.isInteger(eventsPerChunk) && eventsPerChunk >= 1)) throw new ParameterError('eventsPerChunk', eventsPerChunk, 'an integer ≥ 1');
  yield `${headerLine(sample)}\n`;
  for (let e0 = 0; e0 < sample.count; e0 += eventsPerChunk) {
    const lines: string[] = [];
    for (let e = e0; e < Math.min(sample.count, e0 + eventsPerChunk); e++) lines.push(eventLine(sample, e));
    yield `${lines.join('\n')}\n`;
  }
}

/**
 * The sample as JSON Lines (see the module comment for the schema).
 * @param sample - the sample
 * @returns the text (header line + one line per event)
 * @example writeEventsJsonLines(sample).split('\n')[1] // '{"event":0,"channel":0,...}'
 */
export function writeEventsJsonLines(sample: EventSample): string {
  return Array.from(writeEventsJsonLinesChunks(sample)).join('');
}

function fail(line: number, what: string, value: unknown): never {
  throw new ParameterError(`text line ${line}${what === '' ? '' : `: ${what}`}`, value, 'the semivisible-events JSON Lines schema');
}

function num(x: unknown, line: number, what: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) fail(line, what, x);
  return x;
}

function push4(out: number[], x: unknown, line: number, what: string): void {
  if (!Array.isArray(x) || x.length !== 4) fail(line, what, x);
  for (const c of x) out.push(num(c, line, what));
}

/**
 * Read the output of {@link writeEventsJsonLines} back into a bit-identical {@link EventSample}.
 * @param text - the JSON Lines text
 * @returns the sample
 * @throws ParameterError naming the offending `text line n` (malformed JSON, wrong schema, wrong event count)
 * @example readEventsJsonLines(writeEventsJsonLines(sample)).trackMomentum // equal to sample.trackMomentum
 */
export function readEventsJsonLines(text: string): EventSample {
  if (typeof text !== 'string') throw new ParameterError('text', text, 'a string');
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const parse = (k: number): Record<string, unknown> => {
    try {
      return requireObject(`text line ${k + 1}`, JSON.parse(lines[k]!));
    } catch (error) {
      if (error instanceof ParameterError) throw error;
      return fail(k + 1, 'invalid JSON', lines[k]);
    }
  };
  const h = lines.length > 0 ? parse(0) : fail(1, 'header', undefined);
  if (h['format'] !== FORMAT || h['version'] !== 1) fail(1, 'format', h['format']);
  if (h['process'] !== 'babar-monophoton' && h['process'] !== 'na64-bremsstrahlung') fail(1, 'process', h['process']);
  const count = num(h['count'], 1, 'count');
  if (lines.length !== count + 1) fail(lines.length, 'event count', lines.length - 1);
  const dp: number[] = [];
  const rc: number[] = [];
  const sel: number[] = [];
  const ch: number[] = [];
  const ts = [0];
  const tm: number[] = [];
  const tmass: number[] = [];
  const tstate: number[] = [];
  const tparent: number[] = [];
  const tlen: number[] = [];
  const vs = [0];
  const vm: number[] = [];
  const vpdg: number[] = [];
  for (let e = 0; e < count; e++) {
    const ev = parse(e + 1);
    const ln = e + 2;
    ch.push(num(ev['channel'], ln, 'channel'));
    sel.push(num(ev['selectionVariable'], ln, 'selectionVariable'));
    push4(dp, ev['darkPhoton'], ln, 'darkPhoton');
    push4(rc, ev['recoil'], ln, 'recoil');
    const tracks = Array.isArray(ev['tracks']) ? (ev['tracks'] as Record<string, unknown>[]) : fail(ln, 'tracks', ev['tracks']);
    const t0 = tstate.length;
    for (const t of tracks) {
      const parent = num(t['parent'], ln, 'parent');
      tparent.push(parent < 0 ? -1 : t0 + parent);
      tstate.push(num(t['state'], ln, 'state'));
      tmass.push(num(t['massGeV'], ln, 'massGeV'));
      tlen.push(num(t['decayLengthCmAtUnitEpsilon'], ln, 'decayLengthCmAtUnitEpsilon'));
      push4(tm, t['momentum'], ln, 'momentum');
      const visible = Array.isArray(t['visible']) ? (t['visible'] as Record<string, unknown>[]) : fail(ln, 'visible', t['visible']);
      for (const v of visible) {
        vpdg.push(num(v['pdg'], ln, 'pdg'));
        push4(vm, v['momentum'], ln, 'momentum');
      }
      vs.push(vpdg.length);
    }
    ts.push(tstate.length);
  }
  return Object.freeze({
    process: h['process'] as ProductionProcess,
    darkPhotonMassGeV: num(h['darkPhotonMassGeV'], 1, 'darkPhotonMassGeV'),
    seed: num(h['seed'], 1, 'seed'),
    count,
    darkPhotonDarkWidthGeV: num(h['darkPhotonDarkWidthGeV'], 1, 'darkPhotonDarkWidthGeV'),
    darkPhotonSmWidthPerEpsilon2GeV: num(h['darkPhotonSmWidthPerEpsilon2GeV'], 1, 'darkPhotonSmWidthPerEpsilon2GeV'),
    channels: Array.isArray(h['channels']) ? (h['channels'] as EventSample['channels']) : fail(1, 'channels', h['channels']),
    channel: Int32Array.from(ch),
    darkPhoton: Float64Array.from(dp),
    recoil: Float64Array.from(rc),
    selectionVariable: Float64Array.from(sel),
    trackStart: Int32Array.from(ts),
    trackMomentum: Float64Array.from(tm),
    trackMass: Float64Array.from(tmass),
    trackState: Int32Array.from(tstate),
    trackParent: Int32Array.from(tparent),
    decayLengthCmAtUnitEpsilon: Float64Array.from(tlen),
    visibleStart: Int32Array.from(vs),
    visibleMomentum: Float64Array.from(vm),
    visiblePdg: Int32Array.from(vpdg),
  });
}
