// `semivisible merge`: join the JSON-lines files of a sharded (or resumed) scan into one index-sorted result,
// checking that every point is there exactly once and that all records come from the same scan.
import { parseArgs } from 'node:util';
import { ParameterError } from '../../core/errors.js';
import { mergedToJson, mergedToJsonLines, mergeScanFiles } from '../../scan/index.js';
import { outputFormat, writeFileAtomically } from '../output.js';
import type { CliCommand, CliIO } from '../types.js';

const usage = `usage: semivisible merge <scan files...> --out merged.jsonl|merged.json [--quiet]

Join the files written by 'semivisible scan' (its --shard parts, or one resumed file) into one result sorted by
point index. Every point 0..total-1 must appear exactly once across the files (a missing point names the
missing indices; a duplicate names the point and both files), all records must come from the same scan, and
no file may end in a line cut mid-write (finish such a run with 'semivisible scan ... --resume' first).

options:
  --out FILE    .jsonl: one line per point, byte-identical to the sorted lines of an unsharded scan;
                .json: one JSON array of the records (required)
  --quiet       no summary on stderr
`;

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv], options: { out: { type: 'string' }, quiet: { type: 'boolean' } }, allowPositionals: true, strict: true,
  });
  if (positionals.length === 0) throw new ParameterError('files', undefined, 'one or more scan files (.jsonl)');
  const out = values.out;
  if (out === undefined) throw new ParameterError('--out', out, 'a file ending in .jsonl or .json');
  const format = outputFormat(out, ['jsonl', 'json'] as const);
  const merged = mergeScanFiles(positionals);
  writeFileAtomically(out, format === 'jsonl' ? mergedToJsonLines(merged) : mergedToJson(merged));
  if (values.quiet !== true) io.stderr(`merged ${merged.total} points from ${positionals.length} files into ${out}\n`);
  return 0;
}

/** The `merge` sub-command. */
export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: 'join the shard files of a scan, checking that no point is missing or duplicated',
  usage,
  run,
};
