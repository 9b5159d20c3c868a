// Writing result files atomically (write a temporary file, then rename), so that a failed run never leaves
// a partial output file; the extension of --out picks the format.
import { renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { extname } from 'node:path';
import { ParameterError } from '../core/errors.js';

/** Write `data` to `path` atomically. */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.partial-${process.pid}`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing to clean up
    }
    throw new ParameterError('--out', path, `a writable path (${(error as Error).message})`);
  }
}

/** The output format from the --out extension, checked against the allowed list. */
export function outputFormat<T extends string>(path: string, allowed: readonly T[]): T {
  const ext = extname(path).slice(1).toLowerCase();
  if (!(allowed as readonly string[]).includes(ext)) {
    throw new ParameterError('--out', path, `a file ending in ${allowed.map((a) => `.${a}`).join(', ')}`);
  }
  return ext as T;
}
