// Event writers: HepMC3 ASCII (read back by a small reader written here), JSON Lines (round trip), CSV.
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/errors.js';
import { i2dm, preset } from '../../src/models/index.js';
import {
  EVENTS_CSV_COLUMNS,
  darkFermionPdg,
  generateEvents,
  readEventsJsonLines,
  writeEventsCsv,
  writeEventsJsonLines,
  writeHepMC3,
  writeHepMC3Chunks,
} from '../../src/production/events.js';
import type { EventSample } from '../../src/production/eventSample.js';

interface HepParticle {
  readonly id: number;
  readonly parent: number;
  readonly pdg: number;
  readonly p: readonly number[]; // E, px, py, pz
  readonly m: number;
  readonly status: number;
}
interface HepVertex {
  readonly id: number;
  readonly ins: readonly number[];
  readonly pos: readonly number[]; // x, y, z, ct (mm); zeros when absent
}
interface HepEvent {
  readonly number: number;
  readonly nv: number;
  readonly np: number;
  readonly units: string;
  readonly vertices: HepVertex[];
  readonly particles: HepParticle[];
}

/** A minimal HepMC3 ASCII reader (the subset our writer emits), strict about what it sees. */
function readHepMC3(text: string): { header: string[]; runInfo: string[]; events: HepEvent[]; footer: string } {
  const lines = text.split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const header = lines.slice(0, 2);
  const footer = lines[lines.length - 1]!;
  const runInfo: string[] = [];
  const events: HepEvent[] = [];
  for (const line of lines.slice(2, -1)) {
    const f = line.split(' ');
    const event = events[events.length - 1];
    if (f[0] === 'E') events.push({ number: +f[1]!, nv: +f[2]!, np: +f[3]!, units: '', vertices: [], particles: [] });
    else if (f[0] === 'U') (event as { units: string }).units = f.slice(1).join(' ');
    else if (f[0] === 'V') {
      const ins = f[3]!.replace(/[[\]]/g, '').split(',').map(Number);
      const pos = f[4] === '@' ? f.slice(5, 9).map(Number) : [0, 0, 0, 0];
      event!.vertices.push({ id: +f[1]!, ins, pos });
    } else if (f[0] === 'P') {
      const [px, py, pz, e] = f.slice(4, 8).map(Number);
      event!.particles.push({ id: +f[1]!, parent: +f[2]!, pdg: +f[3]!, p: [e!, px!, py!, pz!], m: +f[8]!, status: +f[9]! });
    } else if (event === undefined && (f[0] === 'T' || f[0] === 'A')) runInfo.push(line);
    else throw new Error(`unexpected line: ${line}`);
  }
  return { header, runInfo, events, footer };
}

/** Vertices of an event as {incoming, outgoing, position}, explicit and implicit. */
function vertexGroups(ev: HepEvent): { key: string; ins: HepParticle[]; outs: HepParticle[]; pos: readonly number[] }[] {
  const byId = new Map(ev.particles.map((p) => [p.id, p]));
  const groups = new Map<string, { key: string; ins: HepParticle[]; outs: HepParticle[]; pos: readonly number[] }>();
  for (const v of ev.vertices) groups.set(`V${v.id}`, { key: `V${v.id}`, ins: v.ins.map((i) => byId.get(i)!), outs: [], pos: v.pos });
  for (const p of ev.particles) {
    if (p.parent === 0) continue;
    const key = p.parent < 0 ? `V${p.parent}` : `P${p.parent}`;
    if (!groups.has(key)) groups.set(key, { key, ins: [byId.get(p.parent)!], outs: [], pos: [0, 0, 0, 0] });
    groups.get(key)!.outs.push(p);
  }
  return [...groups.values()];
}

const EPS = 1e-3;

describe('writeHepMC3', () => {
  const model = preset('hnl-bp1', { massGeV: 1, epsilon: EPS });

  for (const experiment of ['babar', 'na64'] as const) {
    it(`${experiment}: parses back — header, counts, ids, PDG/status codes, four-momentum conservation at every vertex`, () => {
      const sample = generateEvents({ model, experiment, events: 300, seed: 21 });
      const text = writeHepMC3(sample, { epsilon: EPS, seed: 5 });
      const file = readHepMC3(text);
      expect(file.header).toEqual(['HepMC::Version 3.02.05', 'HepMC::Asciiv3-START_EVENT_LISTING']);
      expect(file.footer).toBe('HepMC::Asciiv3-END_EVENT_LISTING');
      expect(file.runInfo).toContain(`A semivisible_pdg_codes 5921:Aprime,5914:psi1,5915:psi2,5916:psi3`);
      expect(file.events.length).toBe(300);
      file.events.forEach((ev, e) => {
        expect(ev.number).toBe(e);
        expect(ev.units).toBe('GEV MM');
        expect(ev.particles.map((p) => p.id)).toEqual(ev.particles.map((_, k) => k + 1));
        expect(ev.particles.length).toBe(ev.np);
        const groups = vertexGroups(ev);
        expect(groups.length).toBe(ev.nv);
        expect(ev.nv).toBe(2 + sample.trackStart[e + 1]! - sample.trackStart[e]!);
        const beams = ev.particles.filter((p) => p.status === 4);
        expect(beams.map((p) => p.pdg)).toEqual(experiment === 'babar' ? [11, -11] : [11]);
        expect(ev.particles.filter((p) => p.pdg === 5921).map((p) => p.status)).toEqual([2]);
        expect(ev.particles[beams.length]!.pdg).toBe(experiment === 'babar' ? 22 : 11);
        // Every decayed particle has a decay vertex; every final one has none.
        const decayed = new Set(groups.flatMap((g) => g.ins.map((p) => p.id)));
        for (const p of ev.particles) expect(decayed.has(p.id)).toBe(p.status !== 1);
        for (const g of groups) {
          const sumIn = [0, 1, 2, 3].map((k) => g.ins.reduce((s, p) => s + p.p[k]!, 0));
          const sumOut = [0, 1, 2, 3].map((k) => g.outs.reduce((s, p) => s + p.p[k]!, 0));
          const components = experiment === 'na64' && g.ins[0]!.status === 4 ? [0] : [0, 1, 2, 3]; // nucleus recoil not written
          for (const k of components) expect(Math.abs(sumIn[k]! - sumOut[k]!)).toBeLessThanOrEqual(1e-12 * sumIn[0]!);
          for (const p of g.outs) {
            if (p.pdg >= 5914 && p.pdg <= 5916) expect(p.m).toBe(model.states[p.pdg - 5914]!.massGeV);
          }
        }
      });
    });
  }

  it('vertex displacements follow the exponential law with λ = λ₁/eps² (mean d/λ ≈ 1, P(d > λ) ≈ 1/e), c·t = d E/|p|', () => {
    const sample = generateEvents({ model, experiment: 'babar', events: 2000, seed: 22 });
    const eps = 3e-3;
    const file = readHepMC3(writeHepMC3(sample, { epsilon: eps, seed: 6 }));
    let sum = 0;
    let beyond = 0;
    let n = 0;
    file.events.forEach((ev, e) => {
      const t0 = sample.trackStart[e]!;
      const byId = new Map(ev.particles.map((p) => [p.id, p]));
      const position = new Map(ev.vertices.map((v) => [v.id, v.pos]));
      ev.vertices.filter((v) => v.id <= -3).forEach((v, k) => {
        expect(v.id).toBe(-3 - k);
        const track = byId.get(v.ins[0]!)!;
        expect(track.p[0]).toBe(sample.trackMomentum[4 * (t0 + k)]);
        const start = track.parent < 0 ? position.get(track.parent)! : [0, 0, 0, 0];
        const d = Math.hypot(v.pos[0]! - start[0]!, v.pos[1]! - start[1]!, v.pos[2]! - start[2]!);
        const pm = Math.hypot(track.p[1]!, track.p[2]!, track.p[3]!);
        expect((v.pos[3]! - start[3]!) / ((d * track.p[0]!) / pm)).toBeCloseTo(1, 9);
        const lambdaMm = (10 * sample.decayLengthCmAtUnitEpsilon[t0 + k]!) / eps ** 2;
        sum += d / lambdaMm;
        if (d > lambdaMm) beyond++;
        n++;
      });
    });
    expect(n).toBe(sample.trackStart[sample.count]);
    console.log(`HepMC3 vertices: mean d/λ = ${(sum / n).toFixed(4)} over ${n}, P(d > λ) = ${(beyond / n).toFixed(4)}`);
    expect(Math.abs(sum / n - 1)).toBeLessThan(4 / Math.sqrt(n));
    const p = Math.exp(-1);
    expect(Math.abs(beyond / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
  });

  it('A′ decays into two unrecorded states are completed isotropically and still conserve four-momentum', () => {
    // i2DM at a large angle: A′ → ψ1ψ̄1 (both stable, nothing recorded) dominates.
    const model2 = i2dm({ massGeV: 1, epsilon: EPS, alphaD: 0.1, r: 0.33, delta: 0.4, theta: 1.2 });
    const sample = generateEvents({ model: model2, experiment: 'na64', events: 200, seed: 23 });
    const k11 = sample.channels.findIndex((c) => c.products.join(' ') === 'psi1 psi1');
    expect(sample.channel.filter((c) => c === k11).length).toBeGreaterThan(50);
    const file = readHepMC3(writeHepMC3(sample, { epsilon: EPS, seed: 7 }));
    file.events.forEach((ev, e) => {
      if (sample.channel[e] !== k11) return;
      const aPrime = ev.particles.find((p) => p.pdg === 5921)!;
      const daughters = ev.particles.filter((p) => p.parent === aPrime.id);
      expect(daughters.map((p) => [p.pdg, p.status])).toEqual([[5914, 1], [5914, 1]]);
      for (let k = 0; k < 4; k++) expect(Math.abs(daughters[0]!.p[k]! + daughters[1]!.p[k]! - aPrime.p[k]!)).toBeLessThanOrEqual(1e-12 * aPrime.p[0]!);
    });
  });

  it('is deterministic: same (sample, eps, seed) → identical text; another seed or eps → other vertices only', () => {
    const sample = generateEvents({ model, experiment: 'babar', events: 50, seed: 24 });
    const a = writeHepMC3(sample, { epsilon: EPS, seed: 1 });
    expect(writeHepMC3(sample, { epsilon: EPS, seed: 1 })).toBe(a);
    expect(Array.from(writeHepMC3Chunks(sample, { epsilon: EPS, seed: 1, eventsPerChunk: 7 })).join('')).toBe(a);
    const b = writeHepMC3(sample, { epsilon: EPS, seed: 2 });
    expect(b).not.toBe(a);
    const strip = (t: string): string => t.split('\n').filter((l) => !l.startsWith('V') && !l.startsWith('A semivisible_vertex_seed')).join('\n');
    expect(strip(b)).toBe(strip(a));
    // eps only rescales the distances: x(eps′) = x(eps) · (eps/eps′)².
    const c = readHepMC3(writeHepMC3(sample, { epsilon: 2 * EPS, seed: 1 }));
    const v0 = readHepMC3(a).events[0]!.vertices.find((v) => v.id === -3)!;
    expect(c.events[0]!.vertices.find((v) => v.id === -3)!.pos[2]! / v0.pos[2]!).toBeCloseTo(0.25, 12);
  });

  it('rejects bad options with ParameterErrors naming them', () => {
    const sample = generateEvents({ model, experiment: 'babar', events: 5, seed: 1 });
    const param = (name: string) => expect.objectContaining({ name: 'ParameterError', parameter: name });
    expect(() => writeHepMC3(sample, { epsilon: 0, seed: 1 })).toThrow(param('options.epsilon'));
    expect(() => writeHepMC3(sample, { epsilon: 1e-3, seed: -2 })).toThrow(param('options.seed'));
    expect(() => writeHepMC3(sample, null as never)).toThrow(param('options'));
    const copy = readEventsJsonLines(writeEventsJsonLines(sample)); // not registered: the model must be given
    expect(() => writeHepMC3(copy, { epsilon: 1e-3, seed: 1 })).toThrow(param('options.model'));
    expect(writeHepMC3(copy, { epsilon: 1e-3, seed: 1, model })).toBe(writeHepMC3(sample, { epsilon: 1e-3, seed: 1 }));
    expect(darkFermionPdg(2)).toBe(5916);
    expect(() => darkFermionPdg(-1)).toThrow(param('index'));
  });
});

const ARRAYS = ['channel', 'darkPhoton', 'recoil', 'selectionVariable', 'trackStart', 'trackMomentum', 'trackMass', 'trackState', 'trackParent', 'decayLengthCmAtUnitEpsilon', 'visibleStart', 'visibleMomentum', 'visiblePdg'] as const;

describe('JSON Lines and CSV', () => {
  const sample: EventSample = generateEvents({ model: preset('hnl-bp2', { massGeV: 5 }), experiment: 'na64', events: 200, seed: 31 });

  it('JSON Lines round-trips bit-identically (metadata and every array)', () => {
    const text = writeEventsJsonLines(sample);
    expect(text.split('\n').filter((l) => l !== '').length).toBe(201);
    const back = readEventsJsonLines(text);
    for (const k of ['process', 'darkPhotonMassGeV', 'seed', 'count', 'darkPhotonDarkWidthGeV', 'darkPhotonSmWidthPerEpsilon2GeV', 'channels'] as const) {
      expect(back[k]).toEqual(sample[k]);
    }
    for (const k of ARRAYS) {
      expect(back[k].constructor).toBe(sample[k].constructor);
      expect(Array.from(back[k])).toEqual(Array.from(sample[k]));
    }
    expect(sample.visiblePdg.includes(0)).toBe(true); // hadronic systems (pdg 0) survive too
  });

  it('readEventsJsonLines rejects malformed text naming the line', () => {
    expect(() => readEventsJsonLines('not json')).toThrow(ParameterError);
    const lines = writeEventsJsonLines(sample).split('\n');
    expect(() => readEventsJsonLines(lines.slice(0, 5).join('\n'))).toThrow(ParameterError);
    lines[3] = lines[3]!.replace('"recoil":[', '"recoil":["x",');
    expect(() => readEventsJsonLines(lines.join('\n'))).toThrow(expect.objectContaining({ parameter: 'text line 4: recoil' }));
    expect(() => readEventsJsonLines(3 as never)).toThrow(expect.objectContaining({ parameter: 'text' }));
  });

  it('CSV has the documented columns, one row per particle, and exact numbers', () => {
    const lines = writeEventsCsv(sample).split('\n').filter((l) => l !== '');
    const comments = lines.filter((l) => l.startsWith('#'));
    expect(comments.some((l) => l.includes('process: na64-bremsstrahlung'))).toBe(true);
    const rows = lines.filter((l) => !l.startsWith('#'));
    expect(rows[0]).toBe(EVENTS_CSV_COLUMNS.join(','));
    const t = sample.trackStart[sample.count]!;
    expect(rows.length - 1).toBe(2 * sample.count + t + sample.visibleStart[t]!);
    const cells = rows.slice(1).map((r) => r.split(','));
    for (const c of cells) expect(c.length).toBe(EVENTS_CSV_COLUMNS.length);
    const tracks = cells.filter((c) => c[2] === 'track');
    expect(tracks.length).toBe(t);
    tracks.forEach((c, k) => {
      expect(Number(c[6])).toBe(sample.trackMomentum[4 * k]);
      expect(Number(c[11])).toBe(sample.decayLengthCmAtUnitEpsilon[k]);
      expect(Number(c[3])).toBe(5914 + sample.trackState[k]!);
    });
    const aRows = cells.filter((c) => c[2] === 'dark_photon');
    aRows.forEach((c, e) => {
      expect(Number(c[12])).toBe(sample.channel[e]);
      expect(Number(c[13])).toBe(sample.selectionVariable[e]);
    });
  });
});
