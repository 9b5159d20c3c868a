import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/errors.js';
import { widthDarkPhotonToHadrons } from '../../src/widths/darkPhotonToHadrons.js';
import { parseRRatioTable, rRatioFromTable, type RRatioPoint } from '../../src/widths/rRatioTable.js';
import { referencePath } from '../helpers/reference.js';
import { expectClose } from '../helpers/close.js';

function parameterOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ParameterError);
    return (error as ParameterError).parameter;
  }
  return expect.fail('no error thrown');
}

describe('parseRRatioTable + rRatioFromTable', () => {
  it('reads the PDG 2020 reference file (header + 1322 points) and interpolates it linearly, 0 outside', () => {
    const points = parseRRatioTable(readFileSync(referencePath('r_ratio_pdg2020.csv'), 'utf8'));
    expect(points.length).toBe(1322);
    const r = rRatioFromTable(points);
    for (const i of [0, 1, 100, 700, points.length - 1]) {
      const [x, y] = points[i] as RRatioPoint;
      expect(r(x)).toBe(y);
    }
    const [x0, y0] = points[10] as RRatioPoint;
    const [x1, y1] = points[11] as RRatioPoint;
    expectClose(r((x0 + x1) / 2), (y0 + y1) / 2, 1e-14);
    expect(r(0.29)).toBe(0);
    expect(r(200)).toBe(0);
    // usable as the rRatio of the hadronic width; outside the table the width is 0
    expect(widthDarkPhotonToHadrons({ massGeV: 1.5, epsilon: 1e-3, rRatio: r })).toBeGreaterThan(0);
    expect(widthDarkPhotonToHadrons({ massGeV: 0.29, epsilon: 1e-3, rRatio: r })).toBe(0);
  });

  it('accepts whitespace, semicolons, tabs, comments and blank lines', () => {
    const text = '# comment\n* pdg-style comment\n\nsqrt_s R\n1.0 1.0\n1.5;2.0\n2.0\t3.0\r\n';
    expect(parseRRatioTable(text)).toEqual([
      [1, 1],
      [1.5, 2],
      [2, 3],
    ]);
  });

  it('copies the points (later mutation of the input has no effect)', () => {
    const pts: [number, number][] = [
      [1, 1],
      [2, 2],
    ];
    const r = rRatioFromTable(pts);
    pts[0] = [1, 100];
    expect(r(1)).toBe(1);
  });

  it('parse errors name the line', () => {
    expect(parameterOf(() => parseRRatioTable('x,y\n1,1\n2,abc\n'))).toBe('text line 3');
    expect(parameterOf(() => parseRRatioTable('1,1\n0.5,1\n'))).toBe('text line 2');
    expect(parameterOf(() => parseRRatioTable('1,1\n1,2\n'))).toBe('text line 2');
    expect(parameterOf(() => parseRRatioTable('1,1\n2,-1\n'))).toBe('text line 2');
    expect(parameterOf(() => parseRRatioTable('1,1,1\n2,2,2\n'))).toBe('text line 1');
    expect(parameterOf(() => parseRRatioTable('1,1\nsqrt_s,R\n'))).toBe('text line 2');
    expect(parameterOf(() => parseRRatioTable('1,NaN\n2,1\n'))).toBe('text line 1');
    expect(parameterOf(() => parseRRatioTable('1,1\n'))).toBe('text');
    expect(parameterOf(() => parseRRatioTable(42 as unknown as string))).toBe('text');
  });

  it('table validation errors name the point', () => {
    expect(parameterOf(() => rRatioFromTable([[1, 1]]))).toBe('points');
    expect(parameterOf(() => rRatioFromTable('1,1' as never))).toBe('points');
    expect(parameterOf(() => rRatioFromTable([[1, 1], [0.5, 1]]))).toBe('points[1][0]');
    expect(parameterOf(() => rRatioFromTable([[1, 1], [1, 2]]))).toBe('points[1][0]');
    expect(parameterOf(() => rRatioFromTable([[1, 1], [2, -0.1]]))).toBe('points[1][1]');
    expect(parameterOf(() => rRatioFromTable([[-1, 1], [2, 1]]))).toBe('points[0][0]');
    expect(parameterOf(() => rRatioFromTable([[1, Number.NaN], [2, 1]]))).toBe('points[0]');
    expect(parameterOf(() => rRatioFromTable([[1, 1], [2, 1, 3] as never]))).toBe('points[1]');
    expect(parameterOf(() => rRatioFromTable([[1, 1], [2, 1]])(Number.NaN))).toBe('sqrtSGeV');
  });
});
