/**
 * Recast curves as files: JSON (the documented CLI format `{"experiment", "model", "points": [...]}`), CSV
 * (one row per mass) and a HEPData data table in YAML (independent variable M(A') in GeV; dependent variables
 * the lower and upper eps edges at 90% CL, with the MC uncertainty as a symmetric error; open edges omitted
 * by writing the string '-' as HEPData does for missing values).
 *
 * @module
 */
import { stringify } from 'yaml';
import { requireRecastCurve } from './checkRecastCurve.js';
import type { RecastCurve } from './recastCurve.js';

/**
 * JSON text of a recast curve (2-space indented).
 * @example recastToJson(curve).startsWith('{') // true
 */
export function recastToJson(curve: RecastCurve): string {
  requireRecastCurve(curve);
  return `${JSON.stringify(curve, null, 2)}\n`;
}

const CSV_COLUMNS = [
  'massGeV', 'epsilonLimit', 'epsilonLower', 'epsilonLowerError', 'epsilonUpper', 'epsilonUpperError',
  'survivingFraction', 'survivingFractionError', 'events', 'seed',
] as const;

/**
 * CSV text of a recast curve: a header line, then one row per mass; empty cells for `null` (no edge / open).
 * @example recastToCsv(curve).split('\n')[0] // 'massGeV,epsilonLimit,epsilonLower,...'
 */
export function recastToCsv(curve: RecastCurve): string {
  requireRecastCurve(curve);
  const rows = curve.points.map((p) => CSV_COLUMNS.map((c) => (p[c] === null ? '' : String(p[c]))).join(','));
  return `${[CSV_COLUMNS.join(','), ...rows].join('\n')}\n`;
}

/**
 * HEPData data-table YAML of a recast curve (hepdata-submission `data_yaml.rst`): x = M(A') [GEV],
 * y = lower and upper EPSILON edges with qualifiers naming the experiment and model.
 * @example recastToHepDataYaml(curve).includes('independent_variables') // true
 */
export function recastToHepDataYaml(curve: RecastCurve): string {
  requireRecastCurve(curve);
  const qualifiers = [
    { name: 'CL', value: '90%' },
    { name: 'RE', value: `recast of ${curve.limit}` },
    { name: 'model', value: curve.model },
    ...Object.entries(curve.modelParameters).map(([name, value]) => ({ name, value })),
  ];
  const edge = (value: number | null, error: number | null): Record<string, unknown> =>
    value === null ? { value: '-' } : error === null ? { value } : { value, errors: [{ symerror: error, label: 'MC stat' }] };
  const table = {
    independent_variables: [{ header: { name: "M(A')", units: 'GEV' }, values: curve.points.map((p) => ({ value: p.massGeV })) }],
    dependent_variables: [
      { header: { name: 'EPSILON (lower edge)' }, qualifiers, values: curve.points.map((p) => edge(p.epsilonLower, p.epsilonLowerError)) },
      { header: { name: 'EPSILON (upper edge)' }, qualifiers, values: curve.points.map((p) => edge(p.epsilonUpper, p.epsilonUpperError)) },
    ],
  };
  return stringify(table);
}
