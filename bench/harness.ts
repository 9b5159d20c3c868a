// Minimal benchmark harness: times a function repeatedly for at least `minTimeMs` and reports the mean.
export interface BenchRow {
  /** What was measured. */
  readonly name: string;
  /** Mean time per call in microseconds. */
  readonly meanUs: number;
  /** Calls per second. */
  readonly perSecond: number;
  /** Free-text note (e.g. throughput in events/s, or a target). */
  readonly note?: string;
}

/** Time `fn` (after a warm-up) for at least `minTimeMs` milliseconds; `fn` should return something to keep it alive. */
export function timeIt(name: string, fn: () => unknown, minTimeMs = 300, note?: string): BenchRow {
  let sink: unknown;
  for (let i = 0; i < 5; i++) sink = fn();
  let calls = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    sink = fn();
    calls++;
    elapsed = performance.now() - t0;
  } while (elapsed < minTimeMs);
  if (sink === Symbol.for('never')) console.log(sink);
  const meanUs = (elapsed * 1000) / calls;
  return note === undefined
    ? { name, meanUs, perSecond: 1e6 / meanUs }
    : { name, meanUs, perSecond: 1e6 / meanUs, note };
}

/** Print rows as an aligned table. */
export function printTable(title: string, rows: readonly BenchRow[]): void {
  console.log(`\n## ${title}`);
  console.log(`${'benchmark'.padEnd(58)} ${'mean'.padStart(12)} ${'per second'.padStart(12)}  note`);
  for (const r of rows) {
    const mean = r.meanUs >= 1000 ? `${(r.meanUs / 1000).toFixed(2)} ms` : `${r.meanUs.toFixed(2)} µs`;
    console.log(`${r.name.padEnd(58)} ${mean.padStart(12)} ${r.perSecond.toExponential(2).padStart(12)}  ${r.note ?? ''}`);
  }
}
