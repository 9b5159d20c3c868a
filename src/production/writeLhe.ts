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
 * as the decay's displacement (Pythia 8 keeps non-zero VTIMUP with its default `LesHouches:setLifetime = 1`;
 * `= 2` would replace them). The A' decays promptly (VTIMUP 0). Colour 0 0, SPINUP 9 (unknown).
 *
 * Beams: BaBar e⁻ and e⁺ along ±z carrying each event's total γ + A' four-momentum (the same for every event:
 * 9.014 and 3.105 GeV for the generator's √s = 10.58 GeV), also written in `<init>`. NA64: the e⁻ beam (energy
 * E_recoil + E_A', the beam energy; the largest in the sample in `<init>`) and the target nucleus at rest
 * (`options.target`, default lead: PDG code 10LZZZAAAI with A rounded, e.g. 1000822070, mass A·u − Z·mₑ) as the
 * second incoming particle; the nucleus leaves on its mass shell with the momentum transfer, so momentum balances
 * exactly and energy to the nucleus recoil energy ≈ q²/2M, which the generator neglects (iDM at m_A' = 1 GeV:
 * median 3·10⁻⁷ GeV, 99th percentile 8·10⁻⁴ GeV; up to ~0.5 GeV at 3 GeV, for soft A's).
 * PDF fields 0 (no PDFs). XSECUP is the cross section given in the options, in pb, else 0 (not known to the
 * writer: tools that normalise by it need it given).
 *
 * Not particles: a hadronic system (ψ_j → ψ_i + hadrons, kept as one system of mass √q², not fragmented) has
 * IDUP 0, as in writeHepMC3; a downstream program must drop or hadronise it. The dark states (5921, 5914 + k) are
 * not standard particles: the header declares them in an `<slha>` block (lheSlha.ts: QNUMBERS, MASS, and DECAY
 * with the total width at the file's eps); a program that does not read it needs them declared by hand (Pythia 8,
 * e.g. `5915:new = psi2 void 2 0 0 <mass>`).
 *
 * @module
 */
import { ALPHA, ATOMIC_MASS_UNIT_GEV, ELECTRON_MASS_GEV } from '../core/constants.js';
import { ParameterError } from '../core/errors.js';
import { createRandomStream } from '../core/random/index.js';
import { requireInteger, requireObject } from '../core/validate.js';
import type { DarkSectorModel } from '../models/types.js';
import { cExponential } from './cExponential.js';
import { beamMomenta, eventGraph, type EventGraph } from './eventGraph.js';
import type { EventSample } from './eventSample.js';
import { lheSlhaBlock } from './lheSlha.js';
import { checkWriterOptions, pdgCodeList } from './sampleModel.js';
import { LEAD, type TargetMaterial } from './targets.js';

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
  /** NA64 samples: the target whose nucleus is written as the second incoming particle (default `LEAD`, as `generateEvents`). */
  readonly target?: TargetMaterial;
}

/** The nucleus written for NA64 events: PDG code 10LZZZAAAI and mass A·u − Z·mₑ, GeV. */
interface Nucleus {
  readonly pdg: number;
  readonly massGeV: number;
}

interface CheckedLheOptions {
  readonly nucleus: Nucleus;
  readonly model: DarkSectorModel;
  readonly epsilon: number;
  readonly seed: number;
  readonly crossSectionPb: number;
  readonly chunk: number;
}

function checked(sample: EventSample, options: LheOptions): CheckedLheOptions {
  const { o, model, epsilon, seed, chunk } = checkWriterOptions(sample, options);
  const xs = o['crossSectionPb'] ?? 0;
  if (!(typeof xs === 'number' && xs >= 0 && xs < Infinity)) throw new ParameterError('options.crossSectionPb', xs, 'a finite cross section in pb, >= 0');
  const target = o['target'] === undefined ? LEAD : (requireObject('options.target', o['target']) as unknown as TargetMaterial);
  const z = requireInteger('options.target.atomicNumber', target.atomicNumber, 1, 118);
  const a = Math.round(target.massNumber);
  if (!(a >= z && a < 400)) throw new ParameterError('options.target.massNumber', target.massNumber, `a mass number in [${z}, 400)`);
  // PDG nuclear code 10LZZZAAAI (Review of Particle Physics, "Monte Carlo particle numbering scheme"); the mass
  // A·u − Z·mₑ is within 0.1% of the isotope's (its mass excess), which only sets the tiny recoil energy.
  const nucleus = { pdg: 1_000_000_000 + 10_000 * z + 10 * a, massGeV: a * ATOMIC_MASS_UNIT_GEV - z * ELECTRON_MASS_GEV };
  return { model, epsilon, seed, crossSectionPb: xs, chunk, nucleus };
}

/** A number as C's `%+.10e` prints it (MadGraph's LHE style: explicit sign, 11 significant digits). */
const num = (x: number): string => cExponential(x, 10, true);

/** Escape the characters XML does not allow in text. */
function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function initBlock(sample: EventSample, model: DarkSectorModel, o: CheckedLheOptions): string {
  let beams: string;
  if (sample.process === 'babar-monophoton') {
    const [electron, positron] = beamMomenta(sample, 0); // the same for every event of the sample
    beams = `11 -11 ${num(electron![0]!)} ${num(positron![0]!)}`;
  } else {
    let e0 = 0;
    for (let e = 0; e < sample.count; e++) e0 = Math.max(e0, sample.recoil[4 * e]! + sample.darkPhoton[4 * e]!);
    beams = `11 ${o.nucleus.pdg} ${num(e0)} ${num(o.nucleus.massGeV)}`;
  }
  const codes = pdgCodeList(model);
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
    'VTIMUP: proper decay length c*tau of this decay in mm (exponential law, mean hbar*c / Gamma(eps); lab distance = VTIMUP |p| / m)',
    '</semivisible>',
    lheSlhaBlock(model, o.epsilon),
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

/** One LHE particle line: IDUP ISTUP MOTHUP1 MOTHUP2 ICOLUP1 ICOLUP2 PX PY PZ E M VTIMUP SPINUP. */
function particleLine(pdg: number, status: number, m1: number, m2: number, p: readonly number[], massGeV: number, ctauMm: number): string {
  return `${pdg} ${status} ${m1} ${m2} 0 0 ${num(p[1]!)} ${num(p[2]!)} ${num(p[3]!)} ${num(p[0]!)} ${num(massGeV)} ${num(ctauMm)} 9.`;
}

/**
 * The `<event>` block of one graph. NA64: the target nucleus is added as the second incoming particle (at rest)
 * and as a final particle with the momentum transfer q = p_beam − p_recoil − p_A' on its mass shell, so that
 * momentum balances exactly and energy to the recoil energy √(M² + q²) − M ≈ q²/2M the generator neglects.
 */
function eventBlock(graph: EventGraph, scale: number, nucleus: Nucleus | undefined): string {
  const shift = nucleus === undefined ? 0 : 1; // NA64: the nucleus becomes line 2, the graph's lines 2… move down one
  const line = (i: number): number => (i === 0 ? 1 : i + 1 + shift);
  const body: string[] = [];
  graph.particles.forEach((q, i) => {
    let m1 = 0;
    let m2 = 0;
    if (q.mothers.length > 0) {
      const production = q.mothers[0] === 0 && nucleus !== undefined; // children of the e⁻ N collision
      m1 = line(q.mothers[0]!);
      m2 = production ? 2 : line(q.mothers[q.mothers.length - 1]!);
    }
    body.push(particleLine(q.pdg, ISTUP[q.status], m1, m2, q.momentum, q.massGeV, q.properDecayLengthMm ?? 0));
    if (i === 0 && nucleus !== undefined) body.push(particleLine(nucleus.pdg, -1, 0, 0, [nucleus.massGeV, 0, 0, 0], nucleus.massGeV, 0));
  });
  if (nucleus !== undefined) {
    const [beam, recoil, aPrime] = [graph.particles[0]!, graph.particles[1]!, graph.particles[2]!];
    const q = [1, 2, 3].map((k) => beam.momentum[k]! - recoil.momentum[k]! - aPrime.momentum[k]!);
    const energy = Math.sqrt(nucleus.massGeV ** 2 + q[0]! ** 2 + q[1]! ** 2 + q[2]! ** 2);
    body.push(particleLine(nucleus.pdg, 1, 1, 2, [energy, ...q], nucleus.massGeV, 0));
  }
  return [`<event>`, `${body.length} 1 ${num(1)} ${num(scale)} ${num(ALPHA)} ${num(0)}`, ...body, '</event>'].join('\n');
}

/**
 * The LHE file in chunks (header and `<init>`, then `eventsPerChunk` events per chunk, then the closing tag),
 * for large samples: write each chunk to a stream instead of building one string.
 * @param sample - an event sample (from `generateEvents`, or with `options.model`)
 * @param options - eps, seed, model, cross section, chunk size
 * @returns a generator of strings whose concatenation is {@link writeLhe}'s output
 * @throws ParameterError naming `options.epsilon`, `options.seed`, `options.model`, `options.crossSectionPb`,
 *   `options.eventsPerChunk`, `options.target…`
 * @example for (const chunk of writeLheChunks(sample, { epsilon: 1e-3, seed: 1 })) stream.write(chunk);
 */
export function* writeLheChunks(sample: EventSample, options: LheOptions): Generator<string, void, undefined> {
  const o = checked(sample, options);
  yield initBlock(sample, o.model, o);
  const random = createRandomStream(o.seed, 0);
  const scratch = new Float64Array(32);
  const nucleus = sample.process === 'babar-monophoton' ? undefined : o.nucleus;
  for (let e0 = 0; e0 < sample.count; e0 += o.chunk) {
    const blocks: string[] = [];
    for (let e = e0; e < Math.min(sample.count, e0 + o.chunk); e++) {
      blocks.push(eventBlock(eventGraph(sample, o.model, e, o.epsilon, random, scratch), sample.darkPhotonMassGeV, nucleus));
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
