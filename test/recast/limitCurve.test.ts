import { describe, expect, it } from 'vitest';
import { limitAt, limitCurve, limitCurveRange } from '../../src/recast/limitCurve.js';
import { parseLimitCsv, parseLimitHepData, parseLimitJson } from '../../src/recast/limitParsers.js';
import { ParameterError } from '../../src/core/errors.js';
import { expectClose } from '../helpers/close.js';
import { readReferenceCsv, referencePath } from '../helpers/reference.js';
import { readFileSync } from 'node:fs';

describe('limit curves', () => {
  it('interpolate a power law exactly in log-log', () => {
    const c = limitCurve('power law', [0.01, 0.1, 1, 10], [1e-4, 1e-3, 1e-2, 1e-1]);
    expectClose(limitAt(c, 0.3)!, 3e-3, 1e-12);
  });

  it('read the reference CSVs and return the tabulated values at the nodes', () => {
    for (const file of ['babar2017_invisible_eps_limit.csv', 'na64_2019_invisible_eps_limit.csv', 'na64_2016to2022_invisible_eps_limit.csv']) {
      const curve = parseLimitCsv(readFileSync(referencePath(file), 'utf8'), file);
      const { rows } = readReferenceCsv(file);
      expect(curve.massesGeV.length).toBe(rows.length);
      for (const [m, eps] of rows) expectClose(limitAt(curve, m!)!, eps!, 1e-12);
    }
  });

  it('respect segments: no value inside a resonance gap of the BaBar 2014 visible limit', () => {
    const curve = parseLimitCsv(readFileSync(referencePath('babar2014_visible_eps_limit.csv'), 'utf8'), 'BaBar 2014');
    expect(new Set(curve.segments).size).toBe(7); // PROVENANCE.md: 7 segments
    expect(limitAt(curve, 3.1)).toBeNull(); // J/psi veto window 3.0799 -> 3.1829 GeV (PROVENANCE.md)
    expect(limitAt(curve, 0.78)).toBeNull(); // omega window
    expect(limitAt(curve, 2.0)).not.toBeNull();
  });

  it('parse HEPData YAML and JSON', () => {
    const yaml = [
      'independent_variables:',
      "- header: {name: M(A'), units: GEV}",
      '  values: [{value: 0.1}, {value: 1.0}, {low: 2.0, high: 8.0}]',
      'dependent_variables:',
      '- header: {name: EPSILON}',
      '  qualifiers: [{name: CL, value: 90%}]',
      '  values: [{value: 1.0e-3}, {value: 2.0e-3}, {value: 4.0e-3}]',
    ].join('\n');
    const h = parseLimitHepData(yaml, 'hepdata');
    expect(h.massesGeV).toEqual([0.1, 1, 4]);
    expect(h.epsilons).toEqual([1e-3, 2e-3, 4e-3]);
    const j = parseLimitJson('{"massesGeV":[0.1,1],"epsilons":[1e-3,2e-3]}', 'json');
    expect(limitCurveRange(j)).toEqual([0.1, 1]);
    expect(parseLimitJson('[{"massGeV":0.1,"epsilon":1e-3},{"massGeV":1,"epsilon":2e-3}]', 'j2').epsilons).toEqual([1e-3, 2e-3]);
  });

  it('reject bad files with a ParameterError naming the problem', () => {
    expect(() => parseLimitCsv('m,eps\n1,1e-3\n0.5,1e-3\n', 'x')).toThrow(/massesGeV\[1\]/); // not ascending
    expect(() => parseLimitCsv('m,eps\n0.1,0\n1,1e-3\n', 'x')).toThrow(/epsilons\[0\]/); // non-positive eps
    expect(() => parseLimitCsv('0.1,1e-3\n1,1e-3\n', 'x')).toThrow(/header/);
    expect(() => parseLimitCsv('m,eps\n0.1,abc\n1,1e-3\n', 'x')).toThrow(ParameterError);
    expect(() => parseLimitJson('{', 'x')).toThrow(ParameterError);
    expect(() => parseLimitHepData('a: [', 'x')).toThrow(ParameterError);
    const c = limitCurve('toy', [0.1, 1], [1e-3, 2e-3]);
    expect(() => limitAt(c, 2)).toThrow(/massGeV = 2 .*\[0.1, 1\]/);
  });
});

describe('HEPData units', () => {
  it('converts MeV masses to GeV and rejects tables of eps squared', () => {
    const table = (units: string, name: string): string => [
      'independent_variables:',
      `- header: {name: M, units: ${units}}`,
      '  values: [{value: 100}, {value: 1000}]',
      'dependent_variables:',
      `- header: {name: '${name}'}`,
      '  values: [{value: 1.0e-3}, {value: 2.0e-3}]',
    ].join('\n');
    expect(parseLimitHepData(table('MEV', 'EPSILON'), 'mev').massesGeV).toEqual([0.1, 1]);
    expect(() => parseLimitHepData(table('GEV', 'EPSILON^2'), 'sq')).toThrow(/eps²/);
    expect(() => parseLimitHepData(table('FURLONG', 'EPSILON'), 'bad')).toThrow(ParameterError);
  });
});
