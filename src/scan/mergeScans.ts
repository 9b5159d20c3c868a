/**
 * Joining the files of a sharded (or resumed, or interrupted) scan: every point 0..total−1 must be present
 * exactly once across the files, every record must belong to the same scan (same total, global seed, model,
 * experiment, limit, events, masses and varied fields, and seed = deriveSeed(scanSeed, index)), and the result
 * is sorted by index. A duplicate is an error even when both copies are identical: it means a shard was given
 * twice or two runs overlapped, which is worth knowing.
 *
 * @module
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ParameterError } from '../core/errors.js';
import { deriveSeed } from '../core/random/index.js';
import { parseScanText, type ScanLine } from './scanLines.js';
import type { ScanRecord } from './scanPlan.js';

/** A complete, index-sorted scan. */
export interface MergedScan {
  /** Number of points. */
  readonly total: number;
  /** The lines, sorted by index (each record's text as written, without `\n`). */
  readonly lines: readonly ScanLine[];
}

/** Fields that identify the scan a record belongs to. */
const SCAN_FIELDS = ['total', 'scanSeed', 'model', 'experiment', 'limit', 'events', 'masses'] as const;

/** Identity of a record's scan as comparable text. */
function scanIdentity(record: ScanRecord): Record<string, string> {
  const identity: Record<string, string> = {};
  for (const field of SCAN_FIELDS) identity[field] = JSON.stringify(record[field]) ?? 'missing';
  identity['varied fields'] = JSON.stringify(Object.keys(record.inputs));
  return identity;
}

/** Up to five indices, then "…". */
function listIndices(indices: readonly number[]): string {
  return `${indices.slice(0, 5).join(', ')}${indices.length > 5 ? ', …' : ''}`;
}

/** "shard i/N" when the missing indices are exactly one round-robin shard of a scan, else ''. */
function missingShardHint(missing: readonly number[], total: number): string {
  const [first, second] = missing;
  if (first === undefined || second === undefined) return '';
  const step = second - first;
  const isShard = first < step && missing.every((m, k) => m === first + k * step) && (missing.at(-1) ?? 0) + step >= total;
  return isShard ? `: shard ${first + 1}/${step}` : '';
}

/**
 * Read, check and join scan files.
 * @param paths - the files (shards, in any order)
 * @throws ParameterError naming: a missing file; a file ending in a truncated line (an unfinished run: resume
 *   it first); a record of another scan; a duplicate index (with both files); missing indices (with how many)
 * @example mergeScanFiles(['part-1.jsonl', 'part-2.jsonl']).lines.map((l) => l.record.index) // [0, 1, 2, ...]
 */
export function mergeScanFiles(paths: readonly string[]): MergedScan {
  if (paths.length === 0) throw new ParameterError('files', paths, 'at least one scan file');
  const byIndex = new Map<number, { line: ScanLine; file: string }>();
  let reference: { identity: Record<string, string>; where: string } | undefined;
  for (const path of paths) {
    if (!existsSync(path) || !statSync(path).isFile()) {
      throw new ParameterError('file', path, 'an existing scan file (a shard not run yet?)');
    }
    const name = basename(path);
    const parsed = parseScanText(readFileSync(path, 'utf8'), name);
    if (parsed.truncated !== null) {
      throw new ParameterError(name, parsed.truncated.slice(0, 40), 'complete lines only: the file ends in a line cut mid-write (finish the run with --resume first)');
    }
    for (const line of parsed.lines) {
      const where = `${name}:${line.line}`;
      const { record } = line;
      const identity = scanIdentity(record);
      reference ??= { identity, where };
      for (const [field, value] of Object.entries(identity)) {
        if (value !== reference.identity[field]) {
          throw new ParameterError(`${where} ${field}`, value, `${reference.identity[field] ?? ''} as in ${reference.where} (records of different scans)`);
        }
      }
      if (record.seed !== deriveSeed(record.scanSeed, record.index)) {
        throw new ParameterError(`${where} seed`, record.seed, `deriveSeed(${record.scanSeed}, ${record.index}) (a corrupted record)`);
      }
      const first = byIndex.get(record.index);
      if (first !== undefined) {
        throw new ParameterError('files', `point ${record.index} in ${first.file}:${first.line.line} and ${where}`, 'each point in exactly one file (a shard given twice, or overlapping runs)');
      }
      byIndex.set(record.index, { line, file: name });
    }
  }
  const total = reference === undefined ? 0 : Number(reference.identity['total']);
  const missing: number[] = [];
  for (let i = 0; i < total; i++) if (!byIndex.has(i)) missing.push(i);
  if (reference === undefined || missing.length > 0) {
    const what = reference === undefined ? 'no records at all' : `${missing.length} of ${total} points missing (indices ${listIndices(missing)}${missingShardHint(missing, total)})`;
    throw new ParameterError('files', what, 'every point of the scan (a shard file missing or unfinished? finish it with --resume)');
  }
  const lines = [...byIndex.values()].map((v) => v.line).sort((a, b) => a.record.index - b.record.index);
  return { total, lines };
}

/**
 * The merged scan as JSON lines (index order), byte-identical to an unsharded scan's file sorted by index.
 * @example writeFileSync('merged.jsonl', mergedToJsonLines(mergeScanFiles(files)))
 */
export function mergedToJsonLines(merged: MergedScan): string {
  return merged.lines.map((l) => `${l.text}\n`).join('');
}

/**
 * The merged scan as one JSON array of the records (index order, one record per line).
 * @example JSON.parse(mergedToJson(merged)).length === merged.total // true
 */
export function mergedToJson(merged: MergedScan): string {
  return `[\n${merged.lines.map((l) => l.text).join(',\n')}\n]\n`;
}
