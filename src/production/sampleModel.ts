/**
 * What the event writers (HepMC3, LHE) share: the model of an event sample (the names and masses of the stable
 * dark states the record does not store), the options every decay-placing writer takes, and the list of the
 * dark states' PDG codes their headers print. Internal.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireEpsilon, requireInteger, requireObject } from '../core/validate.js';
import type { DarkSectorModel } from '../models/types.js';
import { checkEventSample } from './checkEventSample.js';
import { DARK_PHOTON_PDG, FIRST_DARK_FERMION_PDG } from './eventGraph.js';
import type { EventSample } from './eventSample.js';
import { modelOfSample } from './generateEvents.js';

/**
 * The model given in `options.model`, else the one `generateEvents` used for this sample object, checked to be
 * the sample's: at most 7 dark states (PDG 5914–5920), every channel product and every track state among them.
 * @param sample - a checked event sample
 * @param given - the `model` option, or undefined
 * @returns the model
 * @throws ParameterError naming `options.model` or `sample.trackState[t]`
 * @example sampleModel(generateEvents({ model, experiment: 'babar', events: 10, seed: 1 }), undefined) === model // true
 * @internal
 */
export function sampleModel(sample: EventSample, given: unknown): DarkSectorModel {
  const model = (given as DarkSectorModel | undefined) ?? modelOfSample(sample);
  if (model === undefined || !Array.isArray(requireObject('options.model', model)['states'])) {
    throw new ParameterError('options.model', given, 'the model of the sample (required for samples not made by generateEvents)');
  }
  if (model.states.length > 7) throw new ParameterError('options.model', model.states.length, 'a model with at most 7 dark states (PDG 5914–5920)');
  const names = new Set(model.states.map((state) => state.name));
  for (const c of sample.channels) {
    for (const product of c.products) {
      if (!names.has(product)) throw new ParameterError('options.model', model.label, `the model of the sample (it has no state "${product}")`);
    }
  }
  for (let t = 0; t < sample.trackState.length; t++) {
    const k = sample.trackState[t]!;
    if (!(k >= 0 && k < model.states.length)) throw new ParameterError(`sample.trackState[${t}]`, k, `a state index of the model (0..${model.states.length - 1})`);
  }
  return model;
}

/**
 * The options every event writer that places decays shares, checked: the sample itself, `epsilon`, `seed`,
 * `eventsPerChunk` (default 1000) and `model` (via {@link sampleModel}).
 * @param sample - the sample to write
 * @param options - the writer's options object
 * @returns the options object (for writer-specific keys) and the checked values
 * @throws ParameterError naming the sample field or `options…`
 * @example checkWriterOptions(sample, { epsilon: 1e-3, seed: 1 }).chunk // 1000
 * @internal
 */
export function checkWriterOptions(sample: EventSample, options: unknown): { o: Record<string, unknown>; model: DarkSectorModel; epsilon: number; seed: number; chunk: number } {
  checkEventSample(sample);
  const o = requireObject('options', options);
  const epsilon = requireEpsilon('options.epsilon', o['epsilon']);
  const seed = requireInteger('options.seed', o['seed'], 0, 2 ** 32 - 1);
  const chunk = o['eventsPerChunk'] === undefined ? 1000 : requireInteger('options.eventsPerChunk', o['eventsPerChunk'], 1, 1e6);
  return { o, model: sampleModel(sample, o['model']), epsilon, seed, chunk };
}

/**
 * The PDG codes of a model's dark states as the file headers list them: `5921:Aprime,5914:psi1,…`.
 * @param model - the sample's model
 * @returns the comma-separated list
 * @example pdgCodeList(preset('idm')) // '5921:Aprime,5914:psi1,5915:psi2'
 * @internal
 */
export function pdgCodeList(model: DarkSectorModel): string {
  return [`${DARK_PHOTON_PDG}:Aprime`, ...model.states.map((s, k) => `${FIRST_DARK_FERMION_PDG + k}:${s.name}`)].join(',');
}
