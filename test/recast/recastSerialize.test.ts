// The recast serialisers (CLI --out .json / .csv / .yaml): each file read back, by JSON.parse, a CSV split, the
// yaml package and our own HEPData limit parser, gives the curve's numbers exactly (JSON and String() of a double
// round-trip; YAML writes the shortest round-trip form), with nulls (no edge) as empty cells or HEPData '-'.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { preset } from '../../src/models/index.js';
import { parseLimitCsv, parseLimitHepData, recastCurve, recastToCsv, recastToHepDataYaml, recastToJson } from '../../src/recast/index.js';
import { referencePath } from '../helpers/reference.js';

const babar = parseLimitCsv(readFileSync(referencePath('babar2017_invisible_eps_limit.csv'), 'utf8'), 'BaBar 2017');
// i2DM at BaBar: a closed band (lower and upper edges) at 0.05 GeV, open bands (upper edge null) above — both kinds of row.
const curve = recastCurve({ model: preset('i2dm'), experiment: 'babar2017', limit: babar, massesGeV: [0.05, 0.5, 2, 6], events: 2000, seed: 5 });

describe('recast serialisers', () => {
  it('the curve has both a closed and an open point (so the null paths below are exercised)', () => {
    expect(curve.points.every((p) => p.epsilonLower !== null)).toBe(true);
    expect(curve.points.some((p) => p.epsilonUpper === null)).toBe(true);
    expect(curve.points.some((p) => p.epsilonUpper !== null)).toBe(true);
  });

  it('JSON parses back to the same curve', () => {
    expect(JSON.parse(recastToJson(curve))).toEqual(JSON.parse(JSON.stringify(curve)));
    expect(JSON.parse(recastToJson(curve)).points.map((p: { epsilonLower: number }) => p.epsilonLower)).toEqual(curve.points.map((p) => p.epsilonLower));
  });

  it('CSV: the documented header, one row per mass, exact numbers, empty cells for null', () => {
    const [header, ...rows] = recastToCsv(curve).trimEnd().split('\n');
    const columns = header!.split(',');
    expect(columns).toEqual(['massGeV', 'epsilonLimit', 'epsilonLower', 'epsilonLowerError', 'epsilonUpper', 'epsilonUpperError', 'survivingFraction', 'survivingFractionError', 'events', 'seed']);
    expect(rows.length).toBe(curve.points.length);
    rows.forEach((row, i) => {
      const point = curve.points[i]! as unknown as Record<string, number | null>;
      row.split(',').forEach((cell, k) => expect(cell === '' ? null : Number(cell)).toBe(point[columns[k]!]));
    });
  });

  it('HEPData YAML: masses in GEV, lower and upper edges with their MC errors, "-" for an open edge; our parser reads the lower edge back', () => {
    const yaml = recastToHepDataYaml(curve);
    const table = parseYaml(yaml) as {
      independent_variables: { header: { units: string }; values: { value: number }[] }[];
      dependent_variables: { header: { name: string }; qualifiers: { name: string; value: unknown }[]; values: { value: number | string; errors?: { symerror: number }[] }[] }[];
    };
    expect(table.independent_variables[0]!.header.units).toBe('GEV');
    expect(table.independent_variables[0]!.values.map((v) => v.value)).toEqual(curve.points.map((p) => p.massGeV));
    const [lower, upper] = table.dependent_variables;
    expect(lower!.qualifiers).toContainEqual({ name: 'CL', value: '90%' });
    curve.points.forEach((p, i) => {
      expect(lower!.values[i]!.value).toBe(p.epsilonLower);
      expect(lower!.values[i]!.errors?.[0]?.symerror).toBe(p.epsilonLowerError ?? undefined);
      if (p.epsilonUpper === null) expect(upper!.values[i]).toEqual({ value: '-' });
      else expect(upper!.values[i]!.value).toBe(p.epsilonUpper);
    });
    const back = parseLimitHepData(yaml, 'recast', 'EPSILON (lower edge)');
    expect(Array.from(back.massesGeV)).toEqual(curve.points.map((p) => p.massGeV));
    expect(Array.from(back.epsilons)).toEqual(curve.points.map((p) => p.epsilonLower));
  });
});
