// Throughput of the Monte Carlo decay chains (issue 5 target: ≥ 2e6 chains/s per core for two- plus
// three-body chains), of generateEvents (production + chains + record) and of the event writers.
import { createRandomStream } from '../src/core/random/index.js';
import { preset } from '../src/models/index.js';
import {
  createCascadeBuffers,
  generateEvents,
  prepareDecayPlan,
  sampleDecayChainInto,
  writeEventsJsonLines,
  writeHepMC3,
  writeLhe,
} from '../src/production/events.js';
import { timeIt, type BenchRow } from './harness.js';

/** Suite title for bench/run.ts. */
export const title = 'Monte Carlo decay chains';

const BATCH = 10_000;
const EVENTS = 100_000;

function withRate(row: BenchRow, count: number, what: string): BenchRow {
  return { ...row, note: `${(row.perSecond * count).toExponential(2)} ${what}/s (${count} per call)` };
}

/** Run the suite. */
export function run(): BenchRow[] {
  const rows: BenchRow[] = [];
  const models = { iDM: preset('idm', { massGeV: 1 }), 'HNL BP1': preset('hnl-bp1', { massGeV: 1 }) };

  for (const [name, model] of Object.entries(models)) {
    const plan = prepareDecayPlan(model);
    const buffers = createCascadeBuffers(4 * BATCH, 8 * BATCH);
    const random = createRandomStream(1);
    const a = new Float64Array([5, 1, 2, Math.sqrt(25 - 1 - 5)]);
    const row = timeIt(`A' decay chain only, ${name}, m_A' = 1 GeV`, () => {
      buffers.trackCount = 0;
      buffers.visibleCount = 0;
      let s = 0;
      for (let i = 0; i < BATCH; i++) s += sampleDecayChainInto(buffers, plan, a, 0, random);
      return s;
    });
    rows.push(withRate(row, BATCH, 'chains'));
  }

  for (const experiment of ['babar', 'na64'] as const) {
    for (const [name, model] of Object.entries(models)) {
      let seed = 0;
      const row = timeIt(
        `generateEvents ${experiment}, ${name}, m_A' = 1 GeV`,
        () => generateEvents({ model, experiment, events: EVENTS, seed: seed++ }).trackStart[EVENTS],
        1000,
      );
      rows.push(withRate(row, EVENTS, 'events'));
    }
  }

  const sample = generateEvents({ model: models['HNL BP1'], experiment: 'babar', events: BATCH, seed: 1 });
  let bytes = 0;
  const hepmc = timeIt('writeHepMC3, HNL BP1 (BaBar)', () => (bytes = writeHepMC3(sample, { epsilon: 1e-3, seed: 2 }).length), 1000);
  rows.push({ ...withRate(hepmc, BATCH, 'events'), note: `${withRate(hepmc, BATCH, 'events').note}, ${((hepmc.perSecond * bytes) / 1e6).toFixed(0)} MB/s` });
  const lhe = timeIt('writeLhe, HNL BP1 (BaBar)', () => (bytes = writeLhe(sample, { epsilon: 1e-3, seed: 2 }).length), 1000);
  rows.push({ ...withRate(lhe, BATCH, 'events'), note: `${withRate(lhe, BATCH, 'events').note}, ${((lhe.perSecond * bytes) / 1e6).toFixed(0)} MB/s` });
  rows.push(withRate(timeIt('writeEventsJsonLines, HNL BP1 (BaBar)', () => writeEventsJsonLines(sample).length, 1000), BATCH, 'events'));

  let fresh = 0;
  rows.push(
    timeIt('prepareDecayPlan (fresh HNL BP1 model: tables + q² envelopes)', () => prepareDecayPlan(preset('hnl-bp1', { massGeV: 1 + 1e-6 * fresh++ })), 500, 'once per model and mass'),
  );
  return rows;
}
