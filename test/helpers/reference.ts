// Location of the shared reference shelf (published limit curves, R ratio): ../shared/reference next to the
// repository, or the directory named by SEMIVISIBLE_REFERENCE. Tests read it; the project never copies it.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const referenceDir: string =
  process.env['SEMIVISIBLE_REFERENCE'] ?? resolve(here, '..', '..', '..', 'shared', 'reference');

export function referencePath(file: string): string {
  return resolve(referenceDir, file);
}

/** Parse a numeric CSV of the reference shelf: header row, then numbers. */
export function readReferenceCsv(file: string): { header: string[]; rows: number[][] } {
  const text = readFileSync(referencePath(file), 'utf8');
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((s) => s.trim());
  const rows = lines.slice(1).map((l) => l.split(',').map(Number));
  return { header, rows };
}
