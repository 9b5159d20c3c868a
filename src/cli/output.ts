// Writing result files atomically (write a temporary file, then rename), so that a failed run never leaves
// a partial output file; the extension of --out picks the format.
import { closeSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { extname } from 'node:path';
import { ParameterError } from '../core/errors.js';

/**
 * Write the concatenation of `chunks` to `path` atomically, one chunk at a time (for files too large for one
 * string, e.g. event files): a temporary file renamed at the end, removed if a chunk or the write fails.
 */
export function writeChunksAtomically(path: string, chunks: Iterable<string | Uint8Array>): void {
  const tmp = `${path}.partial-${process.pid}`;
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'w');
    for (const chunk of chunks) {
      if (typeof chunk === 'string') writeSync(fd, chunk);
      else for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at);
    }
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // nothing to clean up
    }
    if (error instanceof ParameterError) throw error;
    throw new ParameterError('--out', path, `a writable path (${(error as Error).message})`);
  }
}

/** Write `data` to `path` atomically. */
export function writeFileAtomically(path: string, data: string | Uint8Array): void {
  writeChunksAtomically(path, [data]);
}

/** The output format from the --out extension, checked against the allowed list. */
export function outputFormat<T extends string>(path: string, allowed: readonly T[]): T {
  const ext = extname(path).slice(1).toLowerCase();
  if (!(allowed as readonly string[]).includes(ext)) {
    throw new ParameterError('--out', path, `a file ending in ${allowed.map((a) => `.${a}`).join(', ')}`);
  }
  return ext as T;
}
