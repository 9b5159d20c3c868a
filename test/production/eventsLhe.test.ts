// LHE 3.0 writer: read back by a small reader written here; checked against the format (hep-ph/0609017), four-
// momentum conservation, the HepMC3 writer's vertices for the same (sample, eps, seed), and the widths' cτ.
import { describe, expect, it } from 'vitest';
import { i2dm, preset } from '../../src/models/index.js';
import { decayTable, widthAtEpsilonGeV } from '../../src/widths/index.js';
import { LEAD } from '../../src/production/targets.js';
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

/** Tags nest properly, and the text between them has no bare '<' or '&' (what an XML parser needs of an LHE file). */
function expectWellFormedXml(text: string): void {
  const stack: string[] = [];
  for (const match of text.matchAll(/<(\/?)([A-Za-z][\w-]*)[^>]*?(\/?)>/g)) {
    if (match[3] === '/') continue;
    if (match[1] === '/') expect(stack.pop()).toBe(match[2]);
    else stack.push(match[2]!);
  }
  expect(stack).toEqual([]);
  const between = text.replace(/<\/?[A-Za-z][^>]*>/g, '');
  expect(between).not.toMatch(/[<>]|&(?!amp;|lt;|gt;)/);
}

const EPS = 1e-3;
const model = preset('idm', { massGeV: 1, epsilon: EPS });

describe('writeLhe', () => {
  for (const experiment of ['babar', 'na64'] as const) {
    it(`${experiment}: parses back — init beams = the events' incoming particles, status codes, mothers before daughters, mass shells, four-momentum conservation`, () => {
      const sample = generateEvents({ model: preset('hnl-bp1', { massGeV: 3, epsilon: EPS }), experiment, events: 300, seed: 31 });
      const text = writeLhe(sample, { epsilon: EPS, seed: 4, crossSectionPb: 2.5 });
      expectWellFormedXml(text);
      const file = readLhe(text);
      const [beams, process] = file.init;
      const nucleus = 1_000_822_070; // lead (A = 207.2 → 207), the NA64 default target
      expect(beams!.slice(0, 2)).toEqual(experiment === 'babar' ? [11, -11] : [11, nucleus]);
      if (experiment === 'babar') {
        expect(Math.abs(beams![2]! - 9.0)).toBeLessThan(0.02); // nominal PEP-II 9.0 / 3.1 GeV, shifted by the generator's √s
        expect(Math.abs(beams![3]! - 3.1)).toBeLessThan(0.01);
      } else {
        expect(beams![2]).toBeGreaterThan(50); // the beam energy (100 GeV nominal)
        expect(Math.abs(beams![3]! / (207 * 0.93149410372) - 1)).toBeLessThan(1e-3); // the nucleus at rest: E = M
      }
      expect(beams!.slice(4, 8)).toEqual([0, 0, 0, 0]);
      expect(beams!.slice(8)).toEqual([3, 1]); // IDWTUP = 3 (unweighted), one process
      expect(process).toEqual([2.5, 0, 1, 1]);
      expect(file.events.length).toBe(sample.count);
      file.events.forEach((particles, e) => {
        const incoming = particles.filter((q) => q.status === -1);
        expect(incoming.map((q) => q.pdg)).toEqual(experiment === 'babar' ? [11, -11] : [11, nucleus]);
        expect(particles.slice(0, 2)).toEqual(incoming); // incoming first
        // Beams along the z axis (e⁻ towards +z), with the energies of <init> (11 significant digits).
        incoming.forEach((q, k) => {
          expect([q.p[1], q.p[2]]).toEqual([0, 0]);
          expect(Math.abs(q.p[0]! - beams![2 + k]!)).toBeLessThanOrEqual(1e-9 * beams![2 + k]!);
        });
        expect(incoming[0]!.p[3]).toBeGreaterThan(0);
        if (experiment === 'babar') expect(incoming[1]!.p[3]).toBeLessThan(0);
        else expect(incoming[1]!.p[3]).toBe(0);
        particles.forEach((q, i) => {
          expect([-1, 1, 2]).toContain(q.status);
          if (q.status === -1) expect(q.mothers).toEqual([0, 0]);
          else expect(q.mothers[0]).toBeGreaterThan(0);
          expect(q.mothers[1]).toBeLessThanOrEqual(i); // 1-based: strictly before line i + 1
          expect(q.ctauMm > 0).toBe(q.status === 2 && q.pdg !== 5921);
          // Mass shell: E² − p² = m² (the numbers have 11 significant digits).
          const p2 = q.p[1]! ** 2 + q.p[2]! ** 2 + q.p[3]! ** 2;
          expect(Math.abs(q.p[0]! ** 2 - p2 - q.m ** 2)).toBeLessThanOrEqual(1e-9 * q.p[0]! ** 2);
        });
        // Each decayed particle: Σ daughters = mother; the production: Σ = Σ incoming (NA64: energy up to the
        // nucleus recoil energy √(M² + q²) − M, which the generator neglects).
        const groups = new Map<string, LheParticle[]>();
        for (const q of particles) if (q.status !== -1) groups.set(q.mothers.join(' '), [...(groups.get(q.mothers.join(' ')) ?? []), q]);
        for (const [key, outs] of groups) {
          const [m1, m2] = key.split(' ').map(Number);
          const ins = particles.slice(m1! - 1, m2!);
          for (let k = 0; k < 4; k++) {
            const sumIn = ins.reduce((s, q) => s + q.p[k]!, 0);
            const sumOut = outs.reduce((s, q) => s + q.p[k]!, 0);
            if (experiment === 'na64' && k === 0 && ins[0]!.status === -1) {
              // Only the nucleus's recoil energy E_N − M is unbalanced: everything else is exact.
              const recoilEnergy = outs.find((q) => q.pdg === nucleus)!.p[0]! - ins[1]!.m;
              expect(Math.abs(sumOut - sumIn - recoilEnergy)).toBeLessThanOrEqual(1e-9 * sumIn);
            } else expect(Math.abs(sumIn - sumOut)).toBeLessThanOrEqual(1e-9 * ins[0]!.p[0]!);
          }
        }
        expect(particles.filter((q) => q.status === 2 && q.pdg !== 5921).length).toBe(sample.trackStart[e + 1]! - sample.trackStart[e]!);
      });
    });
  }

  it('VTIMUP is the proper length of each decay step HepMC3 places for the same (sample, eps, seed), cascades included: step = cτ |p|/m', () => {
    // HNL BP1 at 3 GeV: ψ3 → ψ2 ℓℓ → ψ1 ℓℓ cascades, so a child's step starts at its parent's decay point.
    const sample = generateEvents({ model: preset('hnl-bp1', { massGeV: 3, epsilon: EPS }), experiment: 'babar', events: 300, seed: 32 });
    const lhe = readLhe(writeLhe(sample, { epsilon: EPS, seed: 8 }));
    const fromHepMC: number[] = [];
    let cascades = 0;
    for (const event of writeHepMC3(sample, { epsilon: EPS, seed: 8 }).split('\nE ').slice(1)) {
      const position = new Map<number, number[]>();
      const parentOf = new Map<number, number>();
      for (const line of event.split('\n')) {
        const f = line.split(' ');
        if (f[0] === 'P') parentOf.set(Number(f[1]), Number(f[2]));
        else if (f[0] === 'V' && f[4] === '@') {
          const pos = f.slice(5, 8).map(Number);
          position.set(Number(f[1]), pos);
          const parent = parentOf.get(Number(f[3]!.slice(1, -1)))!; // the decaying particle's production
          const start = parent <= -3 ? position.get(parent)! : [0, 0, 0]; // a track's decay vertex, or the origin
          if (parent <= -3) cascades++;
          fromHepMC.push(Math.hypot(pos[0]! - start[0]!, pos[1]! - start[1]!, pos[2]! - start[2]!));
        }
      }
    }
    const fromLhe = lhe.events.flatMap((particles) =>
      particles.filter((q) => q.status === 2 && q.pdg !== 5921).map((q) => (q.ctauMm * Math.hypot(q.p[1]!, q.p[2]!, q.p[3]!)) / q.m),
    );
    expect(cascades).toBeGreaterThan(50);
    expect(fromLhe.length).toBe(sample.trackStart[sample.count]);
    expect(fromLhe.length).toBe(fromHepMC.length);
    fromLhe.sort((a, b) => a - b);
    fromHepMC.sort((a, b) => a - b);
    fromLhe.forEach((d, k) => expect(Math.abs(d / fromHepMC[k]! - 1)).toBeLessThan(1e-9));
  });

  it('the header declares the dark states in SLHA (QNUMBERS, MASS, DECAY at the file eps): spins, self-conjugacy, masses and widths from the model', () => {
    for (const [m, majorana] of [[model, true], [i2dm({ massGeV: 1, epsilon: EPS, alphaD: 0.1, r: 0.33, delta: 0.4, theta: 0.1 }), false]] as const) {
      const sample = generateEvents({ model: m, experiment: 'babar', events: 5, seed: 3 });
      const eps = 3 * EPS; // not the model's eps: widths are rescaled to the file's
      const header = readLhe(writeLhe(sample, { epsilon: eps, seed: 1 })).header;
      const slha = header.slice(header.indexOf('<slha>') + 6, header.indexOf('</slha>')).split('\n').map((l) => l.split('#')[0]!.trim()).filter((l) => l !== '');
      const qnumbers = new Map<number, number[]>();
      const mass = new Map<number, number>();
      const width = new Map<number, number>();
      let block: string[] = [];
      for (const line of slha) {
        const f = line.split(/\s+/);
        if (f[0] === 'BLOCK' || f[0] === 'DECAY') block = f;
        if (f[0] === 'DECAY') width.set(Number(f[1]), Number(f[2]));
        else if (f[0] !== 'BLOCK' && block[1] === 'QNUMBERS') qnumbers.set(Number(block[2]), [...(qnumbers.get(Number(block[2])) ?? []), Number(f[1])]);
        else if (f[0] !== 'BLOCK' && block[1] === 'MASS') mass.set(Number(f[0]), Number(f[1]));
      }
      const names = ["A'", ...m.states.map((st) => st.name)];
      expect([...qnumbers.keys()]).toEqual(names.map((_, k) => (k === 0 ? 5921 : 5913 + k)));
      names.forEach((name, k) => {
        const pdg = k === 0 ? 5921 : 5913 + k;
        // charge 0, 2S + 1, colour singlet, own antiparticle (A′, Majorana) or not (Dirac)
        expect(qnumbers.get(pdg)).toEqual([0, k === 0 ? 3 : 2, 1, k === 0 || majorana ? 0 : 1]);
        expect(mass.get(pdg)).toBe(Number((k === 0 ? m.darkPhotonMassGeV : m.states[k - 1]!.massGeV).toExponential(10)));
        const expected = widthAtEpsilonGeV(decayTable(m, name), eps);
        expect(Math.abs(width.get(pdg)! - expected)).toBeLessThanOrEqual(1e-10 * expected);
      });
      expect(width.get(5914)).toBe(0); // ψ1 is stable
    }
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
    expect(() => writeLhe(sample, { epsilon: EPS, seed: 1, target: { ...LEAD, atomicNumber: 0 } })).toThrow(param('options.target.atomicNumber'));
  });

  it('never writes an infinite decay: a stable track (λ₁ = ∞) or an eps whose λ₁/eps² overflows is a ParameterError; so is a track whose parent comes after it', () => {
    const sample = generateEvents({ model, experiment: 'babar', events: 5, seed: 2 });
    const param = (name: string) => expect.objectContaining({ name: 'ParameterError', parameter: name });
    expect(() => writeLhe(sample, { epsilon: 1e-160, seed: 1 })).toThrow(param('options.epsilon'));
    expect(() => writeHepMC3(sample, { epsilon: 1e-160, seed: 1 })).toThrow(param('options.epsilon'));
    const stable = readEventsJsonLines(writeEventsJsonLines(sample));
    (stable.decayLengthCmAtUnitEpsilon as Float64Array)[0] = Infinity; // allowed in a sample: it never decays
    expect(() => writeLhe(stable, { epsilon: EPS, seed: 1, model })).toThrow(param('options.epsilon'));
    const bad = readEventsJsonLines(writeEventsJsonLines(sample));
    (bad.trackParent as Int32Array)[0] = 0; // its own parent
    expect(() => writeLhe(bad, { epsilon: EPS, seed: 1, model })).toThrow(param('sample.trackParent[0]'));
  });
});
