// Benchmarks of the linear-algebra adapter (Takagi, symmetric eigen-decomposition) and the random streams.
import { eigenSymmetric, takagi, type ComplexMatrix } from '../src/core/linalg/index.js';
import { createRandomStream } from '../src/core/random/index.js';
import { timeIt, type BenchRow } from './harness.js';

/** Suite title printed by bench/run.ts. */
export const title = 'linear algebra and random numbers';

/** A fixed, reproducible complex symmetric n×n test matrix (entries from a seeded stream). */
function complexSymmetric(n: number, seed: number): ComplexMatrix {
  const rng = createRandomStream(seed);
  const re = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const im = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) {
      re[i]![j] = re[j]![i] = rng.next() - 0.5;
      im[i]![j] = im[j]![i] = rng.next() - 0.5;
    }
  return { re, im };
}

/** timeIt after ~100 ms of warm-up (the harness warms up with 5 calls only, too few for the JIT here). */
function warmTimeIt(name: string, fn: () => unknown): BenchRow {
  const t0 = performance.now();
  while (performance.now() - t0 < 100) fn();
  return timeIt(name, fn);
}

/** Run the suite. */
export function run(): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const n of [2, 4, 6]) {
    const m = complexSymmetric(n, 100 + n);
    rows.push(warmTimeIt(`takagi ${n}×${n} real (symmetric eigen route)`, () => takagi(m.re)));
    rows.push(warmTimeIt(`takagi ${n}×${n} complex (2n×2n embedding)`, () => takagi(m)));
  }
  const a4 = complexSymmetric(4, 7).re;
  rows.push(warmTimeIt('eigenSymmetric 4×4', () => eigenSymmetric(a4)));
  const rng = createRandomStream(20230210);
  const uniforms = 1_000_000;
  const row = timeIt(
    `1e6 uniforms (createRandomStream().next)`,
    () => {
      let s = 0;
      for (let i = 0; i < uniforms; i++) s += rng.next();
      return s;
    },
    300,
  );
  rows.push({ ...row, note: `${((uniforms * 1e6) / row.meanUs).toExponential(2)} uniforms/s (target ≥ 1e7)` });
  rows.push(warmTimeIt('createRandomStream(seed, 10) (10 jumps)', () => createRandomStream(12345, 10)));
  return rows;
}
