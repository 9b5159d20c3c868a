// `semivisible events`: generate Monte Carlo events (production, A' decay, displaced dark-fermion cascades) and
// write them as an event file, the format chosen by the --out extension (src/production writers).
import { ParameterError } from '../../core/errors.js';
import { requireOneOf } from '../../core/validate.js';
import {
  EVENT_EXPERIMENTS,
  generateEvents,
  writeEventsCsvChunks,
  writeEventsJsonLinesChunks,
  writeHepMC3Chunks,
  writeLheChunks,
  type EventExperiment,
} from '../../production/events.js';
import { parseIntegerFlag, parseNumberFlag } from '../cliArgs.js';
import { MODEL_USAGE, parseModelArgv } from '../modelArgs.js';
import { outputFormat, writeChunksAtomically } from '../output.js';
import type { CliCommand, CliIO } from '../types.js';

const FORMATS = ['jsonl', 'csv', 'hepmc3', 'hepmc', 'lhe'] as const;

/** Most events of one run: the sample is held in memory (~0.3 kB per event) while the file is written. */
const MAX_CLI_EVENTS = 2_000_000;

const usage = `usage: semivisible events <model or preset> --experiment babar|na64 --out FILE [options] [model flags]

Generate Monte Carlo events: e+e- -> gamma A' at BaBar or dark bremsstrahlung e N -> e N A' at NA64, the A'
decay into the dark sector by its branching ratios, and every unstable dark fermion's decay chain (exact
three-body kinematics). The record is eps-free (decay lengths per eps^2); HepMC3 and LHE place the decays for
the model's --epsilon. The format follows the --out extension:
  .jsonl            the event record, one JSON line per event (readEventsJsonLines reads it back)
  .csv              one row per particle
  .hepmc3, .hepmc   HepMC3 ASCII (GEV, MM) with the displaced decay vertices
  .lhe              LHE 3.0; proper decay lengths c tau (mm) in VTIMUP, the dark states declared in <slha>

options:
  --experiment NAME      babar (alias babar2017) or na64 (aliases na64-2019, na64-modified) (required)
  --events N             number of events (default 10000, at most ${MAX_CLI_EVENTS}: the sample is held in
                         memory, ~0.3 kB per event; run several seeds for more)
  --seed S               seed of the sample (default 1)
  --vertex-seed S        seed of the decay positions in HepMC3 and LHE (default 1)
  --cross-section-pb X   LHE only: XSECUP in pb (default 0: not given)
  --out FILE             the event file (required; written atomically)
  --quiet                no summary line
${MODEL_USAGE}
examples:
  semivisible events idm --mass 1 --epsilon 1e-3 --experiment babar --events 5000 --out idm.hepmc3
  semivisible events hnl-bp1 --mass 0.5 --epsilon 1e-3 --experiment na64 --out bp1.lhe
`;

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const { model, values, rest } = parseModelArgv(argv, {
    experiment: { type: 'string' }, events: { type: 'string' }, seed: { type: 'string' }, 'vertex-seed': { type: 'string' },
    'cross-section-pb': { type: 'string' }, out: { type: 'string' }, quiet: { type: 'boolean' },
  });
  if (rest.length > 0) throw new ParameterError('arguments', rest.join(' '), 'one model or preset name');
  if (values['experiment'] === undefined) throw new ParameterError('--experiment', undefined, EVENT_EXPERIMENTS.join(', '));
  const experiment = requireOneOf('--experiment', values['experiment'], EVENT_EXPERIMENTS) as EventExperiment;
  const out = values['out'];
  if (typeof out !== 'string') throw new ParameterError('--out', out, `a file ending in ${FORMATS.map((f) => `.${f}`).join(', ')}`);
  const format = outputFormat(out, FORMATS);
  const events = parseIntegerFlag('--events', values['events'] ?? '10000', 1, MAX_CLI_EVENTS);
  const seed = parseIntegerFlag('--seed', values['seed'] ?? '1', 0, 2 ** 32 - 1);
  const vertexSeed = parseIntegerFlag('--vertex-seed', values['vertex-seed'] ?? '1', 0, 2 ** 32 - 1);
  const xs = values['cross-section-pb'] === undefined ? 0 : parseNumberFlag('--cross-section-pb', values['cross-section-pb']);
  if (!(xs >= 0)) throw new ParameterError('--cross-section-pb', values['cross-section-pb'], 'a cross section in pb, >= 0');
  const sample = generateEvents({ model, experiment, events, seed });
  const placed = { epsilon: model.epsilon, seed: vertexSeed, model };
  const chunks =
    format === 'jsonl' ? writeEventsJsonLinesChunks(sample)
    : format === 'csv' ? writeEventsCsvChunks(sample)
    : format === 'lhe' ? writeLheChunks(sample, { ...placed, crossSectionPb: xs })
    : writeHepMC3Chunks(sample, placed);
  writeChunksAtomically(out, chunks);
  if (values['quiet'] !== true) io.stderr(`wrote ${out}: ${events} ${experiment} events of ${model.label} (m_A' = ${model.darkPhotonMassGeV} GeV, eps = ${model.epsilon})\n`);
  return 0;
}

/** The `events` sub-command. */
export const eventsCommand: CliCommand = {
  name: 'events',
  summary: 'generate Monte Carlo events and write them as JSON Lines, CSV, HepMC3 or LHE',
  usage,
  run,
};
