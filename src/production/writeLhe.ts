/**
 * Les Houches Event (LHE 3.0) output of an {@link EventSample} for one eps (format: ENGINEERING §3.2; Alwall et
 * al., "A standard format for Les Houches Event Files", Comput. Phys. Commun. 176 (2007) 300, hep-ph/0609017;
 * version 3.0: Andersen et al., arXiv:1405.1067, §4). Parton-level events, unweighted (IDWTUP = 3, XWGTUP = 1).
 *
 * Each event is the particle graph of eventGraph.ts (the same one writeHepMC3 writes): beams (ISTUP −1), the
 * A' (5921) and every recorded dark fermion (5914 + state index) as decayed resonances (ISTUP 2), the recoil,
 * the visible leptons and the stable dark states as final (ISTUP 1). MOTHUP are 1-based line numbers (the BaBar
 * γ and A' have mothers 1 2; a decay product has its mother twice). LHE has no vertex positions: each decayed
 * dark fermion carries its proper decay length cτ in mm in VTIMUP, drawn from the exponential law with
 * λ = λ₁/eps² from the writer's stream (`createRandomStream(seed)`), exactly the distance writeHepMC3 places
 * its vertex at for the same (sample, eps, seed) (lab distance = VTIMUP · |p|/m). A showering program reads it
 * as the decay's displacement (Pythia 8: `LesHouches:setLifetime = 0` keeps the file's values). The A' decays
 * promptly (VTIMUP 0). Colour 0 0, SPINUP 9 (unknown).
 *
 * Beams in `<init>`: BaBar e⁻ 9.0 GeV and e⁺ 3.1 GeV (the nominal PEP-II energies; each event's beams carry its
 * own total γ + A' four-momentum, as in writeHepMC3); NA64 one e⁻ beam of the largest E_recoil + E_A' in the
 * sample (the beam energy) and no second beam (IDBMUP2 = 0, EBMUP2 = 0: fixed target, the nucleus is not
 * written, so an NA64 event balances energy only). PDF fields 0 (no PDFs). XSECUP is the cross section given
 * in the options, in pb, else 0 (not known to the writer).
 *
 * @module
 */
import { ALPHA } from '../core/constants.js';
import { ParameterError } from '../core/errors.js';
import { createRandomStream } from '../core/random/index.js';
import { requireEpsilon, requireInteger, requireObject } from '../core/validate.js';
import type { DarkSectorModel } from '../models/types.js';
import { BABAR_BEAMS } from './babarBeams.js';
import { checkEventSample } from './checkEventSample.js';
import { DARK_PHOTON_PDG, FIRST_DARK_FERMION_PDG, eventGraph, type EventGraph } from './eventGraph.js';
import type { EventSample } from './eventSample.js';
import { sampleModel } from './sampleModel.js';

/** Options of {@link writeLhe}. */
export interface LheOptions {
  /** The eps whose decay lengths λ₁/eps² give the proper decay lengths (VTIMUP), in (0, 1). */
  readonly epsilon: number;
  /** Seed of the decay-length stream, an integer in [0, 2³² − 1] (the same seed as writeHepMC3 gives the same decays). */
  readonly seed: number;
  /** The model the sample was generated with. Default: the model `generateEvents` used for this sample object. */
  readonly model?: DarkSectorModel;
  /** Cross section of the sample's process for `<init>` (XSECUP), pb, finite and ≥ 0. Default 0 (not given). */
  readonly crossSectionPb?: number;
  /** Events per yielded chunk of {@link writeLheChunks} (default 1000). */
  readonly eventsPerChunk?: number;
}

interface CheckedLheOptions {
  readonly model: DarkSectorModel;
  readonly epsilon: number;
  readonly seed: number;
  readonly crossSectionPb: number;
  readonly chunk: number;
}

function checked(sample: EventSample, options: LheOptions): CheckedLheOptions {
  checkEventSample(sample);
  const o = requireObject('options', options);
  const epsilon = requireEpsilon('options.epsilon', o['epsilon']);
  const seed = requireInteger('options.seed', o['seed'], 0, 2 ** 32 - 1);
  const chunk = o['eventsPerChunk'] === undefined ? 1000 : requireInteger('options.eventsPerChunk', o['eventsPerChunk'], 1, 1e6);
  const xs = o['crossSectionPb'] ?? 0;
  if (!(typeof xs === 'number' && xs >= 0 && xs < Infinity)) throw new ParameterError('options.crossSectionPb', xs, 'a finite cross section in pb, >= 0');
  const model = sampleModel(sample, o['model']);
  return { model, epsilon, seed, crossSectionPb: xs, chunk };
}

/** A number as C's `%+.10e` prints it (MadGraph's LHE style): explicit sign, 11 significant digits, exponent of at least two digits. */
function num(x: number): string {
  const s = Math.abs(x).toExponential(10);
  const n = s.length;
  const padded = s.charCodeAt(n - 2) === 43 || s.charCodeAt(n - 2) === 45 ? `${s.slice(0, n - 1)}0${s.slice(n - 1)}` : s; // e+7 → e+07
  return `${x < 0 || Object.is(x, -0) ? '-' : '+'}${padded}`;
}

/** Escape the characters XML does not allow in text. */
function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function initBlock(sample: EventSample, model: DarkSectorModel, o: CheckedLheOptions): string {
  let beams: string;
  if (sample.process === 'babar-monophoton') {
    beams = `11 -11 ${num(BABAR_BEAMS.electronEnergyGeV)} ${num(BABAR_BEAMS.positronEnergyGeV)}`;
  } else {
    let e0 = 0;
    for (let e = 0; e < sample.count; e++) e0 = Math.max(e0, sample.recoil[4 * e]! + sample.darkPhoton[4 * e]!);
    beams = `11 0 ${num(e0)} ${num(0)}`;
  }
  const codes = [`${DARK_PHOTON_PDG}:Aprime`, ...model.states.map((s, k) => `${FIRST_DARK_FERMION_PDG + k}:${s.name}`)].join(',');
  return [
    '<LesHouchesEvents version="3.0">',
    '<header>',
    '<semivisible>',
    'generator: semivisible (semi-visible dark photon Monte Carlo, arXiv:2302.05410)',
    `process: ${sample.process}`,
    `model: ${xmlText(model.label)}`,
    `dark_photon_mass_GeV: ${sample.darkPhotonMassGeV}`,
    `epsilon: ${o.epsilon}`,
    `sample_seed: ${sample.seed}`,
    `decay_length_seed: ${o.seed}`,
    `pdg_codes: ${xmlText(codes)}`,
    'VTIMUP: proper decay length c*tau of this decay in mm (exponential law, lambda = lambda_1 / eps^2)',
    '</semivisible>',
    '</header>',
    '<init>',
    `${beams} 0 0 0 0 3 1`,
    `${num(o.crossSectionPb)} ${num(0)} ${num(1)} 1`,
    '<generator name="semivisible"></generator>',
    '</init>',
    '',
  ].join('\n');
}

const ISTUP = { beam: -1, decayed: 2, final: 1 } as const;

/** The `<event>` block of one graph. */
function eventBlock(graph: EventGraph, scale: number): string {
  const lines = [`<event>`, `${graph.particles.length} 1 ${num(1)} ${num(scale)} ${num(ALPHA)} ${num(0)}`];
  for (const q of graph.particles) {
    const m1 = q.mothers.length > 0 ? q.mothers[0]! + 1 : 0;
    const m2 = q.mothers.length > 0 ? q.mothers[q.mothers.length - 1]! + 1 : 0;
    const [energy, px, py, pz] = q.momentum;
    const ctau = q.properDecayLengthMm ?? 0;
    lines.push(`${q.pdg} ${ISTUP[q.status]} ${m1} ${m2} 0 0 ${num(px!)} ${num(py!)} ${num(pz!)} ${num(energy!)} ${num(q.massGeV)} ${num(ctau)} 9.`);
  }
  lines.push('</event>');
  return lines.join('\n');
}

/**
 * The LHE file in chunks (header and `<init>`, then `eventsPerChunk` events per chunk, then the closing tag),
 * for large samples: write each chunk to a stream instead of building one string.
 * @param sample - an event sample (from `generateEvents`, or with `options.model`)
 * @param options - eps, seed, model, cross section, chunk size
 * @returns a generator of strings whose concatenation is {@link writeLhe}'s output
 * @throws ParameterError naming `options.epsilon`, `options.seed`, `options.model`, `options.crossSectionPb`,
 *   `options.eventsPerChunk`
 * @example for (const chunk of writeLheChunks(sample, { epsilon: 1e-3, seed: 1 })) stream.write(chunk);
 */
export function* writeLheChunks(sample: EventSample, options: LheOptions): Generator<string, void, undefined> {
  const o = checked(sample, options);
  yield initBlock(sample, o.model, o);
  const random = createRandomStream(o.seed, 0);
  const scratch = new Float64Array(32);
  for (let e0 = 0; e0 < sample.count; e0 += o.chunk) {
    const blocks: string[] = [];
    for (let e = e0; e < Math.min(sample.count, e0 + o.chunk); e++) {
      blocks.push(eventBlock(eventGraph(sample, o.model, e, o.epsilon, random, scratch), sample.darkPhotonMassGeV));
    }
    yield `${blocks.join('\n')}\n`;
  }
  yield '</LesHouchesEvents>\n';
}

/**
 * The whole sample as one LHE 3.0 string (see the module comment). For files beyond ~10⁵ events prefer
 * {@link writeLheChunks}.
 * @param sample - an event sample (from `generateEvents`, or with `options.model`)
 * @param options - eps (proper decay lengths), seed (decay-length stream), model, cross section
 * @returns the file content
 * @throws ParameterError naming `options.epsilon`, `options.seed`, `options.model` or `options.crossSectionPb`
 * @example
 * const text = writeLhe(generateEvents({ model, experiment: 'babar', events: 100, seed: 1 }), { epsilon: 1e-3, seed: 2 });
 */
export function writeLhe(sample: EventSample, options: LheOptions): string {
  return Array.from(writeLheChunks(sample, options)).join('');
}
