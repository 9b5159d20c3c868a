// Throughput of the kinematics and production kernels (allocation-free paths, batches of 10⁴ per timed call).
import { createRandomStream } from '../src/core/random/index.js';
import { decayTwoBodyInto, decayTwoBodyIsotropicInto } from '../src/kinematics/index.js';
import {
  prepareDarkBrem,
  prepareDarkBremSampler,
  prepareEeToGammaAPrimeSampler,
  sampleDarkBremInto,
  sampleEeToGammaAPrimeInto,
} from '../src/production/index.js';
import { timeIt, type BenchRow } from './harness.js';

/** Suite title for bench/run.ts. */
export const title = 'kinematics and production';

const BATCH = 10_000;

function rate(row: BenchRow, what: string): BenchRow {
  return { ...row, note: `${(row.perSecond * BATCH).toExponential(2)} ${what}/s (batch ${BATCH})` };
}

/** Run the suite. */
export function run(): BenchRow[] {
  const rows: BenchRow[] = [];
  const random = createRandomStream(1);

  const babar = prepareEeToGammaAPrimeSampler({ massGeV: 1 });
  const events = new Float64Array(8 * BATCH);
  rows.push(
    rate(
      timeIt('BaBar e+e- -> gamma A\': (cos θ*, φ) + boost to lab', () => {
        let s = 0;
        for (let i = 0; i < BATCH; i++) s += sampleEeToGammaAPrimeInto(events, 8 * i, babar, random);
        return s;
      }),
      'events',
    ),
  );

  const na64 = prepareDarkBremSampler(prepareDarkBrem({ massGeV: 0.1, epsilon: 1e-4 }));
  const aprimes = new Float64Array(4 * BATCH);
  rows.push(
    rate(
      timeIt('NA64 dark brem: (x, θ, φ) -> A\' four-momentum', () => {
        let s = 0;
        for (let i = 0; i < BATCH; i++) s += sampleDarkBremInto(aprimes, 4 * i, na64, random);
        return s;
      }),
      'samples',
    ),
  );

  const t0 = performance.now();
  prepareDarkBremSampler(prepareDarkBrem({ massGeV: 0.3, epsilon: 1e-4 }));
  const prepMs = performance.now() - t0;
  rows.push({ name: 'NA64 per-mass setup (χ + 1024-cell x table)', meanUs: prepMs * 1000, perSecond: 1000 / prepMs, note: 'single call' });

  // Decay of the NA64 A′ sample (γ ~ 10³) into e+e−: isotropic, drawing angles from the stream.
  const daughters = new Float64Array(8 * BATCH);
  rows.push(
    rate(
      timeIt('two-body decay, isotropic (kernel + 2 random draws)', () => {
        for (let i = 0; i < BATCH; i++) decayTwoBodyIsotropicInto(daughters, 8 * i, aprimes, 0.000511, 0.000511, random, 4 * i);
        return daughters[0];
      }),
      'decays',
    ),
  );
  rows.push(
    rate(
      timeIt('two-body decay kernel alone (fixed angles)', () => {
        for (let i = 0; i < BATCH; i++) decayTwoBodyInto(daughters, 8 * i, aprimes, 0.000511, 0.000511, 0.3, 1.7, 4 * i);
        return daughters[0];
      }),
      'decays',
    ),
  );
  return rows;
}
