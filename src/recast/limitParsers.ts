/**
 * Readers for published limit curves from text (browser-safe; the Node file readers live in `src/node`):
 * the CSV format of the project's reference shelf (header naming the columns, mass in GeV first, eps
 * second, optional `segment`), HEPData YAML data tables (`independent_variables` / `dependent_variables`,
 * HEPData submission format, hepdata-submission docs `data_yaml.rst`), and JSON.
 *
 * @module
 */
import { parse as parseYaml } from 'yaml';
import { ParameterError } from '../core/errors.js';
import { limitCurve, type LimitCurve } from './limitCurve.js';

function toNumber(text: string, where: string): number {
  const v = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(v)) throw new ParameterError(where, text, 'a finite number');
  return v;
}

/**
 * Parse a CSV limit curve: first line a header, then rows `mass_GeV, eps[, segment]`; `#` comment lines and
 * blank lines are skipped. The column holding `segment` (by header name) is used when present.
 * @example parseLimitCsv('m_GeV,eps\n0.1,1e-3\n1,2e-3\n', 'toy')
 */
export function parseLimitCsv(text: string, label: string): LimitCurve {
  if (typeof text !== 'string') throw new ParameterError('text', text, 'a string (CSV contents)');
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  const header = (lines[0] ?? '').split(',').map((h) => h.trim().toLowerCase());
  if (header.length < 2 || header.some((h) => h !== '' && !Number.isNaN(Number(h)))) {
    throw new ParameterError('csv header', lines[0] ?? '', 'a header line naming the columns (mass in GeV, eps[, segment])');
  }
  const segmentColumn = header.indexOf('segment');
  const masses: number[] = [];
  const eps: number[] = [];
  const segments: number[] = [];
  lines.slice(1).forEach((line, k) => {
    const cells = line.split(',');
    if (cells.length < 2) throw new ParameterError(`csv line ${k + 2}`, line, 'at least two comma-separated numbers');
    masses.push(toNumber(cells[0] ?? '', `csv line ${k + 2} mass`));
    eps.push(toNumber(cells[1] ?? '', `csv line ${k + 2} eps`));
    segments.push(segmentColumn >= 0 ? toNumber(cells[segmentColumn] ?? '', `csv line ${k + 2} segment`) : 1);
  });
  return limitCurve(label, masses, eps, segments);
}

function hepDataValue(entry: unknown, where: string): number {
  if (typeof entry !== 'object' || entry === null) throw new ParameterError(where, entry, 'a HEPData value object');
  const e = entry as Record<string, unknown>;
  if (typeof e['value'] === 'number') return e['value'];
  if (typeof e['value'] === 'string') return toNumber(e['value'], where);
  if (typeof e['low'] === 'number' && typeof e['high'] === 'number') return Math.sqrt(e['low'] * e['high']);
  throw new ParameterError(where, entry, 'an object with a numeric value (or low/high)');
}

/** GeV per unit of a HEPData mass header (`GEV` default, `MEV`, `KEV`); anything else is an error. */
function massUnitInGeV(units: string | undefined): number {
  const u = (units ?? 'GEV').trim().toUpperCase();
  if (u === 'GEV' || u === '') return 1;
  if (u === 'MEV') return 1e-3;
  if (u === 'KEV') return 1e-6;
  throw new ParameterError('independent variable units', units, 'GEV, MEV or KEV');
}

/**
 * Parse a HEPData YAML (or JSON) data table: x = the first independent variable (m_A' in GeV), y = the first
 * dependent variable (or the one whose header name matches `dependentName`). Bins given as low/high take
 * their geometric mean. Masses in MeV or keV (header `units`) are converted to GeV; a table of eps² is rejected.
 * @example parseLimitHepData(yamlText, 'BaBar 2017')
 */
export function parseLimitHepData(text: string, label: string, dependentName?: string): LimitCurve {
  if (typeof text !== 'string') throw new ParameterError('text', text, 'a string (HEPData YAML contents)');
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (error) {
    throw new ParameterError('HEPData YAML', (error as Error).message, 'a valid YAML document');
  }
  const d = (doc ?? {}) as Record<string, unknown>;
  const indep = d['independent_variables'];
  const dep = d['dependent_variables'];
  if (!Array.isArray(indep) || !Array.isArray(dep) || indep.length === 0 || dep.length === 0) {
    throw new ParameterError('HEPData table', 'missing variables', 'independent_variables and dependent_variables lists');
  }
  const column = (dependentName === undefined
    ? dep[0]
    : dep.find((v: { header?: { name?: string } }) => v.header?.name === dependentName)) as { values?: unknown[] } | undefined;
  if (column === undefined) throw new ParameterError('dependentName', dependentName, 'the name of a dependent variable in the table');
  const x = indep[0] as { header?: { units?: string }; values?: unknown[] };
  const massUnit = massUnitInGeV(x.header?.units);
  const xs = (x.values ?? []).map((v, k) => massUnit * hepDataValue(v, `independent value ${k}`));
  const ys = (column.values ?? []).map((v, k) => hepDataValue(v, `dependent value ${k}`));
  const yName = ((column as { header?: { name?: string } }).header?.name ?? '').toUpperCase().replace(/\s+/g, '');
  if (/EPS(ILON)?\^?2|EPSILON\*\*2|EPS2/.test(yName)) {
    throw new ParameterError('dependent variable', yName, 'a limit on eps (this table holds eps²: take its square root first)');
  }
  return limitCurve(label, xs, ys);
}

/**
 * Parse a JSON limit curve: either `{ "massesGeV": [...], "epsilons": [...], "segments"?: [...] }` or an array
 * of `{ "massGeV": m, "epsilon": eps }` objects.
 * @example parseLimitJson('[{"massGeV":0.1,"epsilon":1e-3},{"massGeV":1,"epsilon":2e-3}]', 'toy')
 */
export function parseLimitJson(text: string, label: string): LimitCurve {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ParameterError('JSON', (error as Error).message, 'valid JSON');
  }
  if (Array.isArray(doc)) {
    const masses = doc.map((p: { massGeV?: unknown }, k) => toNumber(String(p?.massGeV), `point ${k} massGeV`));
    const eps = doc.map((p: { epsilon?: unknown }, k) => toNumber(String(p?.epsilon), `point ${k} epsilon`));
    return limitCurve(label, masses, eps);
  }
  const o = (doc ?? {}) as Record<string, unknown>;
  if (!Array.isArray(o['massesGeV']) || !Array.isArray(o['epsilons'])) {
    throw new ParameterError('JSON limit', 'missing arrays', '{ massesGeV: number[], epsilons: number[] } or [{ massGeV, epsilon }]');
  }
  return limitCurve(label, o['massesGeV'] as number[], o['epsilons'] as number[], o['segments'] as number[] | undefined);
}
