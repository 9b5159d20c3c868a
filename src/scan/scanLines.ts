/**
 * The JSON-lines format of scan results: one {@link ScanRecord} per line, `JSON.stringify` of the record (keys in
 * the fixed order index, total, seed, scanSeed, model, inputs, parameters, experiment, limit, events, masses,
 * points[, error]) followed by `\n`. A file is a set keyed by index, in any order (points are written as they
 * complete). A last line without its `\n` is a line cut by a kill mid-write: readers report it as truncated.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import type { ScanRecord, ScanRecordHeader } from './scanPlan.js';

/**
 * The line of a record, `\n` included.
 * @example scanRecordLine(record).endsWith('}\n') // true
 */
export function scanRecordLine(record: ScanRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/** One complete record line of a scan file. */
export interface ScanLine {
  /** The parsed record. */
  readonly record: ScanRecord;
  /** The line's text, without its `\n` (byte-identical to what the scan wrote). */
  readonly text: string;
  /** 1-based line number in the file. */
  readonly line: number;
}

/** A parsed scan file. */
export interface ParsedScanText {
  /** The complete lines, in file order (blank lines skipped). */
  readonly lines: readonly ScanLine[];
  /** The unterminated last line (a write cut by a kill), or `null`. */
  readonly truncated: string | null;
  /** Length of the text up to and including the last `\n`: the text without the truncated line. */
  readonly completeLength: number;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** Check the shape of a parsed line; ParameterError naming the file and line otherwise. */
function checkShape(value: unknown, where: string, text: string): ScanRecord {
  const ok = isObject(value) && isCount(value['index']) && isCount(value['total']) && value['index'] < value['total'] &&
    isCount(value['seed']) && isCount(value['scanSeed']) && isObject(value['inputs']) && Array.isArray(value['points']) && Array.isArray(value['masses']);
  if (!ok) {
    throw new ParameterError(where, text.slice(0, 60), 'a scan record: a JSON object with index < total, seed, scanSeed, inputs, masses, points');
  }
  return value as unknown as ScanRecord;
}

/**
 * Parse the text of a scan file. Every `\n`-terminated, non-blank line must be a record; a last line without
 * `\n` is returned as `truncated` (not parsed).
 * @param text - the file's content
 * @param file - its name, for error messages
 * @throws ParameterError naming `file:line` for a line that is not a record
 * @example parseScanText('{"index":0,...}\n{"ind', 'part-1.jsonl').truncated // '{"ind'
 */
export function parseScanText(text: string, file: string): ParsedScanText {
  const completeLength = text.lastIndexOf('\n') + 1;
  const rest = text.slice(completeLength);
  const lines: ScanLine[] = [];
  text.slice(0, completeLength).split('\n').forEach((raw, k) => {
    if (raw.trim() === '') return;
    const where = `${file}:${k + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new ParameterError(where, raw.slice(0, 60), 'a scan record (one JSON object per line)');
    }
    lines.push({ record: checkShape(value, where, raw), text: raw, line: k + 1 });
  });
  return { lines, truncated: rest.trim() === '' ? null : rest, completeLength };
}

/**
 * Check that a record was written by the scan that expects `expected` at its index: every header field
 * (total, seeds, model, inputs, parameters, experiment, limit, events, masses) must be identical.
 * @param record - the record read back
 * @param expected - {@link scanRecordHeader} of the current plan at the record's index
 * @param where - `file:line`, for the error message
 * @throws ParameterError naming `where`, the point and the first differing field
 * @example checkRecordHeader(line.record, scanRecordHeader(plan, line.record.index), 'scan.jsonl:3')
 */
export function checkRecordHeader(record: ScanRecord, expected: ScanRecordHeader, where: string): void {
  for (const [field, value] of Object.entries(expected)) {
    const want = JSON.stringify(value);
    const got = JSON.stringify((record as unknown as Record<string, unknown>)[field]);
    if (got !== want) {
      throw new ParameterError(
        `${where} (point ${record.index}) ${field}`, got ?? 'missing',
        `${want}, what this scan gives (the file was written by another scan: other --vary, model flags, --seed, --events, --masses, --experiment or --limits?)`,
      );
    }
  }
}
