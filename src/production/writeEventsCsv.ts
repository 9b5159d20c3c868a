/**
 * CSV (RFC 4180 subset: comma-separated, no quoting needed, `\n` line ends) form of an {@link EventSample},
 * one row per particle, for spreadsheets and pandas (`pd.read_csv(path, comment='#')`).
 *
 * Leading `#` comment lines hold the sample metadata (process, m_A', seed, count, widths, A' channels). Then
 * the header row and, per event, the rows of its particles with these columns:
 *
 * | column | meaning |
 * |---|---|
 * | `event` | event index |
 * | `particle` | index within the event: 0 recoil, 1 A', then the tracks, then the visible particles |
 * | `kind` | `recoil`, `dark_photon`, `track` (unstable dark fermion) or `visible` (ℓ±, hadronic system) |
 * | `pdg` | PDG code: recoil 22 (BaBar γ) or 11 (NA64 e⁻), A' 5921, ψ_k 5914 + state, visible ±11/±13/±15, 0 hadrons |
 * | `state` | state index in the model (tracks), else −1 |
 * | `parent` | `particle` index of the parent (A' for its daughters, the track for its daughters), −1 for recoil and A' |
 * | `e_gev`, `px_gev`, `py_gev`, `pz_gev` | lab four-momentum, GeV |
 * | `mass_gev` | mass, GeV (model mass for A' and tracks; √(E² − p²) for a hadronic system) |
 * | `decay_length_cm_at_unit_epsilon` | λ₁ of a track (cm; divide by eps²), empty otherwise |
 * | `channel` | the event's A' channel index (see the metadata), repeated on every row |
 * | `selection_variable` | the event's cos θ*_γ (BaBar) or x (NA64), repeated on every row |
 *
 * Numbers are written in JavaScript's shortest round-trip form.
 *
 * @module
 */
import { checkEventSample } from './checkEventSample.js';
import { ELECTRON_MASS_GEV, MUON_MASS_GEV, TAU_MASS_GEV } from '../core/constants.js';
import { ParameterError } from '../core/errors.js';
import type { EventSample } from './eventSample.js';

/**
 * The CSV header row.
 * @example EVENTS_CSV_COLUMNS[0] // 'event'
 */
export const EVENTS_CSV_COLUMNS: readonly string[] = Object.freeze([
  'event',
  'particle',
  'kind',
  'pdg',
  'state',
  'parent',
  'e_gev',
  'px_gev',
  'py_gev',
  'pz_gev',
  'mass_gev',
  'decay_length_cm_at_unit_epsilon',
  'channel',
  'selection_variable',
]);

const LEPTON_MASS: Readonly<Record<number, number>> = { 11: ELECTRON_MASS_GEV, 13: MUON_MASS_GEV, 15: TAU_MASS_GEV };

function metadata(s: EventSample): string {
  const channels = s.channels.map((c, k) => `# channel ${k}: ${c.products.join(' ')} (dark BR ${c.darkBranchingRatio})`);
  return [
    '# semivisible events (one row per particle; columns documented in src/production/writeEventsCsv.ts)',
    `# process: ${s.process}`,
    `# dark_photon_mass_gev: ${s.darkPhotonMassGeV}`,
    `# seed: ${s.seed}`,
    `# count: ${s.count}`,
    `# dark_photon_dark_width_gev: ${s.darkPhotonDarkWidthGeV}`,
    `# dark_photon_sm_width_per_epsilon2_gev: ${s.darkPhotonSmWidthPerEpsilon2GeV}`,
    ...channels,
    EVENTS_CSV_COLUMNS.join(','),
  ].join('\n');
}

function hadronMass(p: Float64Array, v: number): number {
  const e = p[4 * v]!;
  const q = Math.hypot(p[4 * v + 1]!, p[4 * v + 2]!, p[4 * v + 3]!);
  return Math.sqrt(Math.max(0, (e - q) * (e + q)));
}

function eventRows(s: EventSample, e: number, rows: string[]): void {
  const tail = `${s.channel[e]},${s.selectionVariable[e]}`;
  const row = (i: number, kind: string, pdg: number, state: number, parent: number, p: Float64Array, k: number, mass: number, lambda: string): void => {
    rows.push(`${e},${i},${kind},${pdg},${state},${parent},${p[4 * k]},${p[4 * k + 1]},${p[4 * k + 2]},${p[4 * k + 3]},${mass},${lambda},${tail}`);
  };
  const babar = s.process === 'babar-monophoton';
  row(0, 'recoil', babar ? 22 : 11, -1, -1, s.recoil, e, babar ? 0 : ELECTRON_MASS_GEV, '');
  row(1, 'dark_photon', 5921, -1, -1, s.darkPhoton, e, s.darkPhotonMassGeV, '');
  const t0 = s.trackStart[e]!;
  const t1 = s.trackStart[e + 1]!;
  for (let t = t0; t < t1; t++) {
    const parent = s.trackParent[t]!;
    row(2 + t - t0, 'track', 5914 + s.trackState[t]!, s.trackState[t]!, parent < 0 ? 1 : 2 + parent - t0, s.trackMomentum, t, s.trackMass[t]!, `${s.decayLengthCmAtUnitEpsilon[t]}`);
  }
  let i = 2 + t1 - t0;
  for (let t = t0; t < t1; t++) {
    for (let v = s.visibleStart[t]!; v < s.visibleStart[t + 1]!; v++) {
      const pdg = s.visiblePdg[v]!;
      row(i++, 'visible', pdg, -1, 2 + t - t0, s.visibleMomentum, v, LEPTON_MASS[Math.abs(pdg)] ?? hadronMass(s.visibleMomentum, v), '');
    }
  }
}

/**
 * The CSV text in chunks of `eventsPerChunk` events (the first chunk is the metadata and header row).
 * @param sample - the sample
 * @param eventsPerChunk - events per chunk (default 1000)
 * @returns a generator of strings whose concatenation is {@link writeEventsCsv}'s output
 * @throws ParameterError naming `sample` or `eventsPerChunk`
 * @example for (const chunk of writeEventsCsvChunks(sample)) stream.write(chunk);
 */
export function* writeEventsCsvChunks(sample: EventSample, eventsPerChunk = 1000): Generator<string, void, undefined> {
  checkEventSample(sample);
  if (!(Number.isInteger(eventsPerChunk) && eventsPerChunk >= 1)) throw new ParameterError('eventsPerChunk', eventsPerChunk, 'an integer ≥ 1');
  yield `${metadata(sample)}\n`;
  for (let e0 = 0; e0 < sample.count; e0 += eventsPerChunk) {
    const rows: string[] = [];
    for (let e = e0; e < Math.min(sample.count, e0 + eventsPerChunk); e++) eventRows(sample, e, rows);
    yield `${rows.join('\n')}\n`;
  }
}

/**
 * The sample as CSV, one row per particle (columns in the module comment).
 * @param sample - the sample
 * @returns the text
 * @throws ParameterError naming `sample`
 * @example writeEventsCsv(sample).split('\n').find((l) => l.startsWith('event,')) // the header row
 */
export function writeEventsCsv(sample: EventSample): string {
  return Array.from(writeEventsCsvChunks(sample)).join('');
}
