// LHE 3.0 writer: read back by a small reader written here; checked against the format (hep-ph/0609017), four-
// momentum conservation, the HepMC3 writer's vertices for the same (sample, eps, seed), and the widths' cτ.
import { describe, expect, it } from 'vitest';
import { preset } from '../../src/models/index.js';
import { decayTable } from '../../src/widths/index.js';
import { generateEvents, readEventsJsonLines, writeEventsJsonLines, writeHepMC3, writeLhe, writeLheChunks } from '../../src/production/events.js';

interface LheParticle {
  readonly pdg: number;
  readonly status: number;
  readonly mothers: readonly [number, number];
  readonly p: readonly number[]; // E, px, py, pz
  readonly m: number;
  readonly ctauMm: number;
}

/** A minimal LHE reader for the subset our writer emits: the init lines and each event's particle lines. */
function readLhe(text: string): { init: number[][]; events: LheParticle[][]; header: string } {
  expect(text.startsWith('<LesHouchesEvents version="3.0">\n')).toBe(true);
  expect(text.endsWith('</LesHouchesEvents>\n')).toBe(true);
  const header = text.slice(text.indexOf('<header>'), text.indexOf('</header>'));
  const initText = text.slice(text.indexOf('<init>') + 6, text.indexOf('</init>'));
  const init = initText.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('<')).map((l) => l.trim().split(/\s+/).map(Number));
  const events = [...text.matchAll(/<event>\n([^<]*)<\/event>/g)].map((match) => {
    const lines = match[1]!.trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
    const [nup] = lines[0]!;
    expect(lines.length - 1).toBe(nup);
    return lines.slice(1).map((f) => {
      expect(f.length).toBe(13);
      return { pdg: f[0]!, status: f[1]!, mothers: [f[2]!, f[3]!] as const, p: [f[9]!, f[6]!, f[7]!, f[8]!], m: f[10]!, ctauMm: f[11]! };
    });
  });
  return { init, events, header };
}

const EPS = 1e-3;
const model = preset('idm', { massGeV: 1, epsilon: EPS });

describe('writeLhe', () => {
  for (const experiment of ['babar', 'na64'] as const) {
    it(`${experiment}: parses back — init beams, one event per sample event, status codes, mothers before daughters, four-momentum conservation`, () => {
      const sample = generateEvents({ model: preset('hnl-bp1', { massGeV: 3, epsilon: EPS }), experiment, events: 300, seed: 31 });
      const file = readLhe(writeLhe(sample, { epsilon: EPS, seed: 4, crossSectionPb: 2.5 }));
      const [beams, process] = file.init;
      if (experiment === 'babar') expect(beams!.slice(0, 4)).toEqual([11, -11, 9, 3.1]);
      else {
        expect(beams!.slice(0, 2)).toEqual([11, 0]);
        expect(beams![2]).toBeGreaterThan(50); // the beam energy (100 GeV nominal)
      }
      expect(beams!.slice(8)).toEqual([3, 1]); // IDWTUP = 3 (unweighted), one process
      expect(process).toEqual([2.5, 0, 1, 1]);
      expect(file.events.length).toBe(sample.count);
      file.events.forEach((particles, e) => {
        const incoming = particles.filter((q) => q.status === -1);
        expect(incoming.length).toBe(experiment === 'babar' ? 2 : 1);
        particles.forEach((q, i) => {
          expect([-1, 1, 2]).toContain(q.status);
          if (q.status === -1) expect(q.mothers).toEqual([0, 0]);
          else expect(q.mothers[0]).toBeGreaterThan(0);
          expect(q.mothers[1]).toBeLessThanOrEqual(i); // 1-based: strictly before line i + 1
          expect(q.ctauMm > 0).toBe(q.status === 2 && q.pdg !== 5921);
        });
        // Each decayed particle: Σ daughters = mother; the production: Σ = Σ beams (NA64: energy only).
        const groups = new Map<string, LheParticle[]>();
        for (const q of particles) if (q.status !== -1) groups.set(q.mothers.join(' '), [...(groups.get(q.mothers.join(' ')) ?? []), q]);
        for (const [key, outs] of groups) {
          const [m1, m2] = key.split(' ').map(Number);
          const ins = particles.slice(m1! - 1, m2!);
          const production = ins[0]!.status === -1;
          for (const k of experiment === 'na64' && production ? [0] : [0, 1, 2, 3]) {
            const sumIn = ins.reduce((s, q) => s + q.p[k]!, 0);
            const sumOut = outs.reduce((s, q) => s + q.p[k]!, 0);
            expect(Math.abs(sumIn - sumOut)).toBeLessThanOrEqual(1e-9 * ins[0]!.p[0]!); // 11 significant digits written
          }
        }
        expect(particles.filter((q) => q.status === 2 && q.pdg !== 5921).length).toBe(sample.trackStart[e + 1]! - sample.trackStart[e]!);
      });
    });
  }

  it('VTIMUP is the proper length of the decay HepMC3 places for the same (sample, eps, seed): lab distance = cτ |p|/m', () => {
    const sample = generateEvents({ model, experiment: 'babar', events: 200, seed: 32 });
    const lhe = readLhe(writeLhe(sample, { epsilon: EPS, seed: 8 }));
    const hepmc = writeHepMC3(sample, { epsilon: EPS, seed: 8 }).split('\n');
    const vertexLines = hepmc.filter((l) => l.startsWith('V ') && !l.startsWith('V -1 '));
    // iDM: every track is a root track (ψ2 from the A′, no cascade), so each vertex lies at its distance from the origin.
    const fromHepMC = vertexLines.map((l) => Math.hypot(...l.split(' ').slice(5, 8).map(Number)));
    const fromLhe = lhe.events.flatMap((particles) =>
      particles.filter((q) => q.status === 2 && q.pdg !== 5921).map((q) => (q.ctauMm * Math.hypot(q.p[1]!, q.p[2]!, q.p[3]!)) / q.m),
    );
    expect(fromLhe.length).toBe(sample.trackStart[sample.count]);
    expect(fromLhe.length).toBe(fromHepMC.length);
    fromLhe.forEach((d, k) => expect(Math.abs(d / fromHepMC[k]! - 1)).toBeLessThan(1e-9));
  });

  it('proper decay lengths follow the exponential law with mean ħc/Γ(ψ2) from the widths (4σ)', () => {
    const sample = generateEvents({ model, experiment: 'na64', events: 3000, seed: 33 });
    const ctauMm = 10 * decayTable(model, 'psi2').ctauCm!;
    const lengths = readLhe(writeLhe(sample, { epsilon: EPS, seed: 9 })).events.flatMap((particles) =>
      particles.filter((q) => q.pdg === 5915).map((q) => q.ctauMm),
    );
    const n = lengths.length;
    expect(n).toBeGreaterThan(2500);
    const mean = lengths.reduce((a, b) => a + b, 0) / n;
    console.log(`LHE VTIMUP: mean ${mean.toFixed(3)} mm over ${n}, ħc/Γ = ${ctauMm.toFixed(3)} mm`);
    expect(Math.abs(mean / ctauMm - 1)).toBeLessThan(4 / Math.sqrt(n)); // exponential: σ = mean
    const beyond = lengths.filter((x) => x > ctauMm).length / n;
    expect(Math.abs(beyond - Math.exp(-1))).toBeLessThan(4 * Math.sqrt((Math.exp(-1) * (1 - Math.exp(-1))) / n));
  });

  it('is deterministic, chunking does not change it, and eps rescales VTIMUP by (eps/eps′)²', () => {
    const sample = generateEvents({ model, experiment: 'babar', events: 40, seed: 34 });
    const a = writeLhe(sample, { epsilon: EPS, seed: 1 });
    expect(writeLhe(sample, { epsilon: EPS, seed: 1 })).toBe(a);
    expect(Array.from(writeLheChunks(sample, { epsilon: EPS, seed: 1, eventsPerChunk: 7 })).join('')).toBe(a);
    expect(writeLhe(sample, { epsilon: EPS, seed: 2 })).not.toBe(a);
    const first = (text: string): number => readLhe(text).events[0]!.find((q) => q.pdg === 5915)!.ctauMm;
    expect(first(writeLhe(sample, { epsilon: 2 * EPS, seed: 1 })) / first(a)).toBeCloseTo(0.25, 9);
  });

  it('rejects bad options with ParameterErrors naming them', () => {
    const sample = generateEvents({ model, experiment: 'babar', events: 5, seed: 1 });
    const param = (name: string) => expect.objectContaining({ name: 'ParameterError', parameter: name });
    expect(() => writeLhe(sample, { epsilon: 1.5, seed: 1 })).toThrow(param('options.epsilon'));
    expect(() => writeLhe(sample, { epsilon: EPS, seed: 0.5 })).toThrow(param('options.seed'));
    expect(() => writeLhe(sample, { epsilon: EPS, seed: 1, crossSectionPb: -1 })).toThrow(param('options.crossSectionPb'));
    expect(() => writeLhe(sample, { epsilon: EPS, seed: 1, crossSectionPb: Number.NaN })).toThrow(param('options.crossSectionPb'));
    const copy = readEventsJsonLines(writeEventsJsonLines(sample));
    expect(() => writeLhe(copy, { epsilon: EPS, seed: 1 })).toThrow(param('options.model'));
    expect(writeLhe(copy, { epsilon: EPS, seed: 1, model })).toBe(writeLhe(sample, { epsilon: EPS, seed: 1 }));
  });
});
