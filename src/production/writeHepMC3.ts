/**
 * HepMC3 ASCII output of an {@link EventSample} with displaced vertices for one eps (format: ENGINEERING §3.3,
 * as written by HepMC3 `WriterAscii`, Buckley et al., CPC 260 (2021) 107310; PDG codes: ENGINEERING §3.4).
 *
 * File layout: the two header lines `HepMC::Version 3.02.05` and `HepMC::Asciiv3-START_EVENT_LISTING`, run
 * information (`T semivisible\|\|…` and `A` attributes: process, m_A', eps, seeds, the PDG codes of the dark
 * states), then per event `E <n> <vertices> <particles>`, `U GEV MM`, `V`/`P` lines (momenta `px py pz e m` in
 * GeV, positions `x y z c·t` in mm, `%.16e`), and the footer `HepMC::Asciiv3-END_EVENT_LISTING`. Status: 4 beam,
 * 2 decayed (A', unstable ψ), 1 final. The event graph, the completion of the stable dark states and the
 * decay-point sampling are described in eventGraph.ts: decay distances follow the exponential law with
 * λ = λ₁/eps² from the writer's own stream (`createRandomStream(seed)`), so the same (sample, eps, seed) gives
 * a bit-identical file.
 *
 * @module
 */
import { createRandomStream } from '../core/random/index.js';
import { requireInteger } from '../core/validate.js';
import type { DarkSectorModel } from '../models/types.js';
import type { EventSample } from './eventSample.js';
import { checkWriterOptions, pdgCodeList } from './sampleModel.js';
import { DARK_PHOTON_PDG, FIRST_DARK_FERMION_PDG, formatHepMC, hepmc3EventLines } from './hepmc3Event.js';

/** Options of {@link writeHepMC3}. */
export interface HepMC3Options {
  /** The eps whose decay lengths λ₁/eps² place the vertices, in (0, 1). */
  readonly epsilon: number;
  /** Seed of the decay-point stream, an integer in [0, 2³² − 1]. */
  readonly seed: number;
  /**
   * The model the sample was generated with (names and masses of the stable dark states, which the record
   * does not store). Default: the model `generateEvents` used for this sample object.
   */
  readonly model?: DarkSectorModel;
  /** Events per yielded chunk of {@link writeHepMC3Chunks} (default 1000). */
  readonly eventsPerChunk?: number;
}

/**
 * The PDG code of the dark photon in our HepMC3 and LHE output (DarkNews convention, ENGINEERING §3.4).
 * @example HEPMC_DARK_PHOTON_PDG // 5921
 */
export const HEPMC_DARK_PHOTON_PDG = DARK_PHOTON_PDG;

/**
 * PDG code of dark-fermion state `index` (0-based, `model.states` order): 5914 + index (ψ1 → 5914,
 * ψ2 → 5915, …; ENGINEERING §3.4).
 * @param index - state index, integer ≥ 0
 * @returns the code
 * @throws ParameterError naming `index`
 * @example darkFermionPdg(1) // 5915 (psi2)
 */
export function darkFermionPdg(index: number): number {
  return FIRST_DARK_FERMION_PDG + requireInteger('index', index, 0, 6);
}

function checked(sample: EventSample, options: HepMC3Options): { model: DarkSectorModel; epsilon: number; seed: number; chunk: number } {
  const { model, epsilon, seed, chunk } = checkWriterOptions(sample, options);
  return { model, epsilon, seed, chunk };
}

function header(sample: EventSample, model: DarkSectorModel, epsilon: number, seed: number): string {
  const codes = pdgCodeList(model);
  return [
    'HepMC::Version 3.02.05',
    'HepMC::Asciiv3-START_EVENT_LISTING',
    'T semivisible\\|\\|semi-visible dark photon Monte Carlo (arXiv:2302.05410)',
    `A semivisible_process ${sample.process}`,
    `A semivisible_model ${model.label}`,
    `A semivisible_dark_photon_mass_GeV ${formatHepMC(sample.darkPhotonMassGeV)}`,
    `A semivisible_epsilon ${formatHepMC(epsilon)}`,
    `A semivisible_sample_seed ${sample.seed}`,
    `A semivisible_vertex_seed ${seed}`,
    `A semivisible_pdg_codes ${codes}`,
    '',
  ].join('\n');
}

/**
 * The HepMC3 ASCII file in chunks (header, then `eventsPerChunk` events per chunk, then the footer), for
 * large samples: write each chunk to a stream instead of building one string.
 * @param sample - an event sample (from `generateEvents`, or with `options.model`)
 * @param options - eps, seed, model, chunk size
 * @returns a generator of strings whose concatenation is {@link writeHepMC3}'s output
 * @throws ParameterError naming `options.epsilon`, `options.seed`, `options.model`, `options.eventsPerChunk`
 * @example for (const chunk of writeHepMC3Chunks(sample, { epsilon: 1e-3, seed: 1 })) stream.write(chunk);
 */
export function* writeHepMC3Chunks(sample: EventSample, options: HepMC3Options): Generator<string, void, undefined> {
  const { model, epsilon, seed, chunk } = checked(sample, options);
  yield header(sample, model, epsilon, seed);
  const random = createRandomStream(seed, 0);
  const scratch = new Float64Array(32);
  for (let e0 = 0; e0 < sample.count; e0 += chunk) {
    const lines: string[] = [];
    for (let e = e0; e < Math.min(sample.count, e0 + chunk); e++) lines.push(...hepmc3EventLines(sample, model, e, epsilon, random, scratch));
    yield `${lines.join('\n')}\n`;
  }
  yield 'HepMC::Asciiv3-END_EVENT_LISTING\n\n';
}

/**
 * The whole sample as one HepMC3 ASCII string (see the module comment). For files beyond ~10⁵ events prefer
 * {@link writeHepMC3Chunks}.
 * @param sample - an event sample (from `generateEvents`, or with `options.model`)
 * @param options - eps (vertex placement) and seed (decay-point stream)
 * @returns the file content
 * @throws ParameterError naming `options.epsilon`, `options.seed` or `options.model`
 * @example
 * const text = writeHepMC3(generateEvents({ model, experiment: 'babar', events: 100, seed: 1 }), { epsilon: 1e-3, seed: 2 });
 */
export function writeHepMC3(sample: EventSample, options: HepMC3Options): string {
  return Array.from(writeHepMC3Chunks(sample, options)).join('');
}
