// Scan grids, shards and model rebuilding: axis syntax, the documented row-major order, shard specs and the
// partition they make, and models rebuilt from data identical to what their constructor or preset builds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/errors.js';
import { parseScanAxis, scanAxis, scanGridInputs, scanGridSize } from '../../src/scan/grid.js';
import { inShard, parseShard, shardIndices } from '../../src/scan/shard.js';
import { buildScanModel, checkScanFields, scanBase, scannableFields } from '../../src/scan/scanModel.js';
import { darkPhoton, hnl, i2dmFromLagrangian, idm, idmFromLagrangian, PRESET_NAMES, preset } from '../../src/models/index.js';

describe('scan axes', () => {
  it('parses linear, log and list axes', () => {
    expect(parseScanAxis('alphaD=0.05:0.5:10').values).toHaveLength(10);
    expect(parseScanAxis('alphaD=0.05:0.5:10').values[9]).toBe(0.5);
    expect(parseScanAxis('delta=0:1:5').values).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(parseScanAxis('delta=log:0.01:1:3').values).toEqual([0.01, 0.1, 1]);
    expect(parseScanAxis('r=0.2,0.33').values).toEqual([0.2, 0.33]);
    expect(parseScanAxis(' theta = 0.1 ')).toEqual({ name: 'theta', values: [0.1] });
    expect(parseScanAxis('r=0.3:0.1:3').values).toEqual([0.3, 0.2, 0.1]);
    expect(parseScanAxis('r=0.3:0.9:1').values).toEqual([0.3]);
  });

  it.each([
    'alphaD', '=0.1:1:3', 'alphaD=', 'alphaD=0.1:1', 'alphaD=0.1:1:2:3', 'alphaD=a:1:3', 'alphaD=0.1:1:0', 'alphaD=0.1:1:2.5',
    'alphaD=log:0:1:3', 'alphaD=log:-1:1:3', 'alphaD=0.5:0.5:3', 'alphaD=0.1,0.1', 'alphaD=0.1,,0.2', 'alpha-d=0.1:1:3', 'x=1e999',
  ])('rejects %s with a ParameterError naming --vary', (text) => {
    expect(() => parseScanAxis(text)).toThrow(ParameterError);
    expect(() => parseScanAxis(text)).toThrow(/--vary/);
  });

  it('numbers points row-major over the axes, the last axis fastest', () => {
    const axes = [scanAxis('alphaD', [0.1, 0.2]), scanAxis('r', [0.3, 0.4, 0.5]), scanAxis('delta', [1, 2])];
    expect(scanGridSize(axes)).toBe(12);
    expect(scanGridInputs(axes, 0)).toEqual({ alphaD: 0.1, r: 0.3, delta: 1 });
    expect(scanGridInputs(axes, 1)).toEqual({ alphaD: 0.1, r: 0.3, delta: 2 });
    expect(scanGridInputs(axes, 2)).toEqual({ alphaD: 0.1, r: 0.4, delta: 1 });
    expect(scanGridInputs(axes, 7)).toEqual({ alphaD: 0.2, r: 0.3, delta: 2 });
    expect(scanGridInputs(axes, 11)).toEqual({ alphaD: 0.2, r: 0.5, delta: 2 });
    expect(Object.keys(scanGridInputs(axes, 5))).toEqual(['alphaD', 'r', 'delta']);
    const all = new Set(Array.from({ length: 12 }, (_, i) => JSON.stringify(scanGridInputs(axes, i))));
    expect(all.size).toBe(12);
    expect(() => scanGridInputs(axes, 12)).toThrow(ParameterError);
    expect(scanGridSize([])).toBe(1);
    expect(scanGridInputs([], 0)).toEqual({});
    expect(() => scanGridSize([scanAxis('r', [1]), scanAxis('r', [2])])).toThrow(/each field varied at most once/);
  });
});

describe('shards', () => {
  it('parses i/N and rejects malformed specs', () => {
    expect(parseShard('3/8')).toEqual({ index: 3, count: 8 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', 'a/b', '1/0', '2', '', '1/2/3', '-1/4', '1.5/4', '/4']) {
      expect(() => parseShard(bad)).toThrow(ParameterError);
      expect(() => parseShard(bad)).toThrow(/--shard = .* is outside the allowed range i\/N/);
    }
  });

  it('slices a scan round robin: index mod N = i - 1', () => {
    expect(shardIndices(10, { index: 2, count: 4 })).toEqual([1, 5, 9]);
    expect(shardIndices(2, { index: 4, count: 4 })).toEqual([]);
  });

  it('the N shards partition the points (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 40 }), (total, count) => {
      const seen = new Array<number>(total).fill(0);
      for (let index = 1; index <= count; index++) {
        for (const i of shardIndices(total, { index, count })) {
          expect(inShard(i, { index, count })).toBe(true);
          seen[i]! += 1;
        }
      }
      expect(seen.every((n) => n === 1)).toBe(true);
    }));
  });
});

describe('scan models', () => {
  it('rebuilds every preset and constructor exactly from its data', () => {
    const models = [
      ...PRESET_NAMES.map((name) => preset(name, { massGeV: 2, epsilon: 1e-2 })),
      darkPhoton({ massGeV: 1, epsilon: 1e-3 }),
      idm({ massGeV: 1.5, epsilon: 1e-3, alphaD: 0.3, r: 0.2, delta: 0.1 }),
      idmFromLagrangian({ massGeV: 1, epsilon: 1e-3, alphaD: 0.1, muLGeV: 0.02, muRGeV: 0.1, diracMassGeV: 0.4 }),
      i2dmFromLagrangian({ massGeV: 1, epsilon: 1e-3, alphaD: 0.5, sterileMassGeV: 0.3, chargedMassGeV: 0.36, mixingMassGeV: 0.003 }),
    ];
    for (const model of models) expect(buildScanModel(scanBase(model), {})).toEqual(model);
  });

  it('varies constructor fields, keeping the others', () => {
    const base = scanBase(preset('idm'));
    expect(scannableFields(base)).toEqual(['alphaD', 'r', 'delta']);
    expect(buildScanModel(base, { delta: 0.1, alphaD: 0.5 })).toEqual(idm({ massGeV: 1, epsilon: 1e-3, alphaD: 0.5, r: 0.33, delta: 0.1 }));
    const bp2 = scanBase(preset('hnl-bp2'));
    expect(scannableFields(bp2)).toEqual(['alphaD', 'r', 'delta21', 'delta32', 'v12Squared']);
    expect(buildScanModel(bp2, { delta32: 0.59, v12Squared: 0.5 }).states).toEqual(preset('hnl-bp1').states);
  });

  it('rejects the recast axes, unknown fields, bad values and models it cannot rebuild', () => {
    const base = scanBase(preset('i2dm'));
    expect(() => checkScanFields(base, ['massGeV'], '--vary')).toThrow(/--vary = "massGeV".*recast's own axis/);
    expect(() => checkScanFields(base, ['epsilon'])).toThrow(ParameterError);
    expect(() => checkScanFields(base, ['alpha'])).toThrow(/one of alphaD, r, delta, theta/);
    expect(() => checkScanFields(scanBase(darkPhoton({ massGeV: 1, epsilon: 1e-3 })), ['r'])).toThrow(/no field to vary/);
    expect(() => buildScanModel(base, { delta: -0.1 })).toThrow(/delta = -0.1/);
    const general = hnl({ massGeV: 1, epsilon: 1e-3, alphaD: 0.1, massMatrix: [[0.5, 0.08, 0.08], [0.08, 0.02, 0.3], [0.08, 0.3, 0.02]] });
    expect(() => scanBase(general)).toThrow(/model = "hnl"/);
  });
});
