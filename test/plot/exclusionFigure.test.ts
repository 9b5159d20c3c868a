import { describe, expect, it } from 'vitest';
import { decadeLabel, logScale, logTicks, scaleLog } from '../../src/plot/logAxis.js';
import { renderExclusionFigure } from '../../src/plot/exclusionFigure.js';
import { ParameterError } from '../../src/core/errors.js';

describe('log axis', () => {
  it('maps decades to equal pixel steps', () => {
    const s = logScale([1, 1000], [0, 300]);
    expect(scaleLog(s, 10)).toBeCloseTo(100, 12);
    expect(scaleLog(s, 100)).toBeCloseTo(200, 12);
  });
  it('places major ticks on decades and minor ticks in between', () => {
    const t = logTicks([0.03, 8]);
    expect(t.filter((x) => x.major).map((x) => x.value)).toEqual([0.1, 1]);
    expect(t[0]?.value).toBeCloseTo(0.03, 15);
    expect(t.at(-1)?.value).toBe(8);
  });
  it('labels decades as powers of ten', () => {
    expect(decadeLabel(1e-3)).toContain('\u22123');
    expect(decadeLabel(0.1)).toBe('0.1');
    expect(decadeLabel(1)).toBe('1');
  });
  it('rejects a non-positive domain', () => {
    expect(() => logScale([0, 1], [0, 1])).toThrow(ParameterError);
  });
});

describe('renderExclusionFigure', () => {
  const base = { title: 'iDM & co', massRangeGeV: [0.03, 8] as const, epsilonRange: [1e-5, 1e-1] as const };
  it('draws one polygon per contiguous run of a band and breaks lines at gaps', () => {
    const svg = renderExclusionFigure({
      ...base,
      layers: [
        {
          kind: 'band', label: 'band', color: 'red', opacity: 0.3,
          points: [
            { massGeV: 0.1, lower: 1e-3, upper: 1e-2 }, { massGeV: 0.2, lower: 1e-3, upper: null },
            { massGeV: 0.3, lower: null, upper: null },
            { massGeV: 1, lower: 2e-3, upper: 3e-3 }, { massGeV: 2, lower: 2e-3, upper: 4e-3 },
          ],
        },
        { kind: 'line', label: 'limit', color: 'blue', points: [
          { massGeV: 0.1, epsilon: 1e-3 }, { massGeV: 0.2, epsilon: 1e-3 }, { massGeV: 0.3, epsilon: null },
          { massGeV: 1, epsilon: 1e-3 }, { massGeV: 2, epsilon: 1e-3 } ] },
      ],
    });
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.match(/fill="red" fill-opacity="0.3" stroke="red" stroke-width/g)?.length).toBe(2);
    expect(svg.match(/<path d="M[^"]*" fill="none" stroke="blue"/g)?.length).toBe(2);
    expect(svg).toContain('iDM &amp; co'); // XML-escaped title
    expect(svg).not.toContain('NaN');
  });
  it('rejects an absurd width', () => {
    expect(() => renderExclusionFigure({ ...base, layers: [], widthPx: 5 })).toThrow(ParameterError);
  });
});
