// JIT warm-up of scan workers: which points a worker warms up on (none for cheap points), that the warm-up never
// throws, and that it changes no result, in this thread and on warmed-up worker threads.
import { describe, expect, it } from 'vitest';
import { preset } from '../../src/models/index.js';
import { readExperimentLimit } from '../../src/node/limitFiles.js';
import { parseScanAxis, runOnWorkers, runScanPoint, scanPlan, scanRecordLine, type ScanRecord } from '../../src/scan/index.js';
import { MIN_EVENTS_FOR_WARM_UP, WARM_UP_MASSES, warmUpIndices, warmUpMasses, warmUpScan } from '../../src/scan/warmUp.js';
import { referenceDir } from '../helpers/reference.js';

const limit = readExperimentLimit(referenceDir, 'babar2017');
/** A 2-point scan whose second point is kinematically closed (r = 0.45 at m_A' = 1 GeV: an error record). */
const plan = scanPlan({
  model: preset('idm'), axes: [parseScanAxis('r=0.33,0.45')], experiment: 'babar2017', limit, massesGeV: [0.3, 1],
  events: MIN_EVENTS_FOR_WARM_UP, seed: 3,
});

describe('worker warm-up', () => {
  it('warms up on the first, middle and last grid points, and not at all when points are cheap', () => {
    const grid = scanPlan({
      model: preset('idm'), axes: [parseScanAxis('alphaD=0.05,0.3'), parseScanAxis('delta=0.1:0.4:3')], experiment: 'babar2017', limit,
      massesGeV: [1], events: MIN_EVENTS_FOR_WARM_UP,
    });
    expect(warmUpIndices(grid)).toEqual([0, 2, 5]);
    expect(warmUpIndices(plan)).toEqual([0, 1]);
    expect(warmUpIndices({ ...grid, axes: [] })).toEqual([0]);
    expect(warmUpIndices({ ...grid, events: MIN_EVENTS_FOR_WARM_UP - 1 })).toEqual([]);
  });

  it('warms up on at most WARM_UP_MASSES masses, spread over the grid with both ends kept', () => {
    const grid = Array.from({ length: 60 }, (_, k) => 0.03 * 1.1 ** k);
    const thinned = warmUpMasses(grid);
    expect(thinned).toHaveLength(WARM_UP_MASSES);
    expect(thinned[0]).toBe(grid[0]);
    expect(thinned.at(-1)).toBe(grid[59]);
    for (let k = 1; k < thinned.length; k++) {
      expect(thinned[k]!).toBeGreaterThan(thinned[k - 1]!);
      // evenly spread by index: neighbours 59/7 ≈ 8.4 grid steps apart (8 or 9 after rounding)
      const steps = Math.round(Math.log(thinned[k]! / thinned[k - 1]!) / Math.log(1.1));
      expect(steps === 8 || steps === 9).toBe(true);
    }
    expect(warmUpMasses([0.3, 1])).toEqual([0.3, 1]); // short grids are kept whole
  });

  it('never throws: a point it cannot compute is the real point\'s to report', () => {
    expect(() => warmUpScan(plan, [7, -1])).not.toThrow();
    expect(() => runScanPoint(plan, 7)).toThrow(/index/);
  });

  it('changes no result, in this thread and on two warmed-up workers', async () => {
    const cold = [0, 1].map((i) => scanRecordLine(runScanPoint(plan, i)));
    expect(cold[1]).toMatch(/"points":\[\],"error":"KinematicsError/);
    warmUpScan(plan, warmUpIndices(plan));
    expect([0, 1].map((i) => scanRecordLine(runScanPoint(plan, i)))).toEqual(cold);
    const records: ScanRecord[] = [];
    await runOnWorkers({ plan, indices: [1, 0], workers: 2, onRecord: (r) => records.push(r) });
    expect(records.map(scanRecordLine).sort()).toEqual([...cold].sort());
  });
});
