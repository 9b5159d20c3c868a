/**
 * The model of an event sample, for the event writers (HepMC3, LHE), which need the names and masses of the
 * stable dark states that the record does not store. Internal.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireObject } from '../core/validate.js';
import type { DarkSectorModel } from '../models/types.js';
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
