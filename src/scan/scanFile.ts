/**
 * Scan files on disk (Node only): preparing the output of a run (fresh, or resumed: records already present are
 * verified against the plan and skipped; a truncated last line is dropped by rewriting the file without it) and
 * appending one line per completed point, written and flushed to the disk before the next one (an interrupted
 * scan loses at most the points in flight).
 *
 * @module
 */
import { closeSync, existsSync, fdatasyncSync, openSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { ParameterError } from '../core/errors.js';
import { scanPointCount, scanRecordHeader, type ScanPlan, type ScanRecord } from './scanPlan.js';
import { checkRecordHeader, parseScanText, scanRecordLine } from './scanLines.js';
import { inShard, type ScanShard } from './shard.js';

/** What is already in the output file of a run. */
export interface ScanFileState {
  /** Indices already present (verified), to be skipped. */
  readonly done: ReadonlySet<number>;
  /** Whether a truncated last line was found and dropped. */
  readonly droppedTruncatedLine: boolean;
}

/** Rewrite `path` to its first `length` characters (the complete lines), atomically. */
function dropTruncatedLine(path: string, text: string, length: number): void {
  const tmp = `${path}.resume-${process.pid}`;
  writeFileSync(tmp, text.slice(0, length));
  renameSync(tmp, path);
}

/**
 * Prepare the output file of a scan run. Without `resume`, the file must not exist or be empty. With `resume`,
 * a missing file starts a fresh run; an existing one is read: every record must belong to this plan and shard
 * (same header as the plan gives at its index) and appear once; those indices are returned as done. A truncated
 * last line (a kill mid-write) is dropped: the file is rewritten without it before anything is appended.
 * @param path - the output file
 * @param plan - the scan
 * @param shard - the slice this run computes
 * @param resume - continue an existing file
 * @throws ParameterError naming `out` (file exists without resume), or `file:line` (foreign, mismatched or duplicate record)
 * @example const { done } = prepareScanFile('scan.jsonl', plan, WHOLE_SCAN, true);
 */
export function prepareScanFile(path: string, plan: ScanPlan, shard: ScanShard, resume: boolean): ScanFileState {
  const exists = existsSync(path);
  if (exists && !statSync(path).isFile()) throw new ParameterError('out', path, 'a regular file');
  if (!resume || !exists) {
    if (exists && statSync(path).size > 0) {
      throw new ParameterError('out', path, 'a file that does not exist yet (resume to continue it, or remove it)');
    }
    return { done: new Set(), droppedTruncatedLine: false };
  }
  const text = readFileSync(path, 'utf8');
  const parsed = parseScanText(text, basename(path));
  const total = scanPointCount(plan);
  const done = new Map<number, number>();
  for (const { record, line } of parsed.lines) {
    const where = `${basename(path)}:${line}`;
    if (record.total !== total) throw new ParameterError(`${where} total`, record.total, `${total}, the size of this scan's grid`);
    if (!inShard(record.index, shard)) {
      throw new ParameterError(`${where} index`, record.index, `a point of shard ${shard.index}/${shard.count} (was the file written with another --shard?)`);
    }
    checkRecordHeader(record, scanRecordHeader(plan, record.index), where);
    const first = done.get(record.index);
    if (first !== undefined) throw new ParameterError(`${where} index`, record.index, `a point not already on line ${first}`);
    done.set(record.index, line);
  }
  if (parsed.truncated !== null) dropTruncatedLine(path, text, parsed.completeLength);
  return { done: new Set(done.keys()), droppedTruncatedLine: parsed.truncated !== null };
}

/** Appends records to a scan file, one flushed line each. */
export interface ScanWriter {
  /** Append one record's line and flush it to the disk. */
  readonly write: (record: ScanRecord) => void;
  /** Close the file. */
  readonly close: () => void;
}

/**
 * Open a scan file for appending (created when missing).
 * @throws ParameterError naming `out` when the file cannot be opened
 * @example const writer = openScanWriter('scan.jsonl'); writer.write(record); writer.close();
 */
export function openScanWriter(path: string): ScanWriter {
  let fd: number;
  try {
    fd = openSync(path, 'a');
  } catch (error) {
    throw new ParameterError('out', path, `a writable path (${(error as Error).message})`);
  }
  return {
    write: (record) => {
      const bytes = Buffer.from(scanRecordLine(record), 'utf8');
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      fdatasyncSync(fd);
    },
    close: () => closeSync(fd),
  };
}
