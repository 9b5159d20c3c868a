/**
 * JIT warm-up of a scan worker thread. Every worker is a fresh V8 isolate: it compiles the recast code again and
 * optimises it from the type feedback of the first events it runs. Started on a full point, the hot functions are
 * optimised from the feedback of its first mass only; the code paths of the other masses and of other corners of
 * the grid then throw that code away ("insufficient type feedback" deoptimisations) and it is compiled again. A
 * worker therefore first recasts a few points of the grid (first, middle, last) with {@link WARM_UP_EVENTS}
 * events at up to {@link WARM_UP_MASSES} masses spread over the grid, and throws the results away: that visits
 * the code paths of every mass regime and of both ends of every axis for 0.2–0.3 s of CPU, before the real
 * points.
 *
 * Measured on the 10×10 iDM scan of `bench/scan.bench.ts` (Node 20): per isolate, 163–188 deoptimisations and
 * 330–350 optimising compilations without the warm-up, 34–46 (nearly all during the warm-up itself) and 264 with
 * it. This matters when every core runs a worker: the optimising compiler's background threads then compete with
 * the workers instead of using an idle core. On 2 cores the scan took
 * 5.1–5.2 s on 2 workers without the warm-up and 4.7–4.8 s with it (1 worker: 8.1–8.7 s either way). On
 * full recasts (60 masses × 2·10⁴ events per point), 10 points in one thread took 8.6–9.9 s cold, 8.6–9.0 s
 * after a warm-up on all 60 masses (0.7 s of it warm-up) and 8.3–8.5 s after one on 8 masses (0.3 s).
 *
 * Results do not depend on it: a point is a pure function of the plan and its index (the recast's caches only
 * memoise pure functions of their keys), as the scan tests check with and without warm-up.
 *
 * @module
 */
import { scanPointCount, runScanPoint, type ScanPlan } from './scanPlan.js';

/**
 * Monte Carlo events per mass of a warm-up point: enough to visit the event loops, the survival terms and the
 * exclusion solver of every mass, ~1% of a point of a real scan.
 * @example WARM_UP_EVENTS // 100
 */
export const WARM_UP_EVENTS = 100;

/**
 * Smallest `events` of a plan for which workers warm up: below it a point is too cheap for the deoptimisations
 * the warm-up avoids to matter, and the warm-up would only add its own cost (small test scans).
 * @example MIN_EVENTS_FOR_WARM_UP // 2000
 */
export const MIN_EVENTS_FOR_WARM_UP = 20 * WARM_UP_EVENTS;

/**
 * The grid points a worker warms up on: the first, middle and last point (both ends of every axis, and every
 * mass of the plan at each), or none when the plan's points are too cheap (`events` below
 * {@link MIN_EVENTS_FOR_WARM_UP}).
 * @param plan - the scan
 * @example warmUpIndices(planOf100PointsAt15000Events) // [0, 49, 99]
 */
export function warmUpIndices(plan: ScanPlan): number[] {
  if (plan.events < MIN_EVENTS_FOR_WARM_UP) return [];
  const last = scanPointCount(plan) - 1;
  return [...new Set([0, Math.floor(last / 2), last])];
}

/**
 * Largest number of masses a warm-up point recasts: the plan's masses thinned to this many, evenly spread over
 * the (ascending) grid with both ends kept. A full recast has 60 masses, and warming up on all of them cost
 * 0.7 s per worker, as much as it saved; mass regimes change with thresholds, not from one grid mass to the
 * next, so a spread of masses visits the same code paths.
 * @example WARM_UP_MASSES // 8
 */
export const WARM_UP_MASSES = 8;

/** The masses of a warm-up point: `massesGeV` thinned to at most {@link WARM_UP_MASSES}, ends included. */
export function warmUpMasses(massesGeV: readonly number[]): number[] {
  const n = massesGeV.length;
  if (n <= WARM_UP_MASSES) return [...massesGeV];
  return Array.from({ length: WARM_UP_MASSES }, (_, k) => massesGeV[Math.round((k * (n - 1)) / (WARM_UP_MASSES - 1))]!);
}

/**
 * Recast the points `indices` of `plan` with {@link WARM_UP_EVENTS} events each and discard the results, to
 * train the JIT before the real points (see the module comment). Never throws: an error here (a point that
 * cannot be recast) is the real point's to report.
 * @param plan - the scan
 * @param indices - grid points, from {@link warmUpIndices}
 * @example warmUpScan(plan, warmUpIndices(plan)); // then compute the real points
 */
export function warmUpScan(plan: ScanPlan, indices: readonly number[]): void {
  const small: ScanPlan = { ...plan, events: WARM_UP_EVENTS, massesGeV: warmUpMasses(plan.massesGeV) };
  for (const index of indices) {
    try {
      runScanPoint(small, index);
    } catch {
      // the real point reports it
    }
  }
}
