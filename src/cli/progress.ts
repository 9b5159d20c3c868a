// A minimal progress bar on stderr, drawn only when stderr is a terminal and --quiet is not given.
import type { CliIO } from './types.js';

/** A progress callback `(done, total)` that redraws one line on stderr, or does nothing. */
export function progressBar(io: CliIO, label: string, quiet: boolean): (done: number, total: number) => void {
  if (quiet || !io.stderrIsTTY) return () => undefined;
  const t0 = Date.now();
  return (done, total) => {
    const width = 30;
    const filled = Math.round((width * done) / total);
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    io.stderr(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${seconds} s`);
    if (done === total) io.stderr('\n');
  };
}
