/**
 * Shards: disjoint slices of a scan for running it on many machines (a Slurm job array, GNU parallel). Shard
 * i of N (1-based, as `$SLURM_ARRAY_TASK_ID` with `--array=1-N`) holds the points whose index satisfies
 * index mod N = i − 1 (round robin, not contiguous blocks: neighbouring grid points often cost about the same,
 * so interleaving balances the shards). The N shards together hold every point exactly once.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireInteger } from '../core/validate.js';

/** Shard `index` of `count` (1 ≤ index ≤ count). */
export interface ScanShard {
  /** Which slice, 1-based. */
  readonly index: number;
  /** Number of slices. */
  readonly count: number;
}

/** Largest number of shards accepted. */
const MAX_SHARDS = 1_000_000;

/**
 * The whole scan as one shard (1/1).
 * @example shardIndices(10, WHOLE_SCAN).length // 10
 */
export const WHOLE_SCAN: ScanShard = Object.freeze({ index: 1, count: 1 });

/**
 * A validated shard.
 * @throws ParameterError naming `flag` unless 1 ≤ index ≤ count ≤ 10⁶ are integers
 * @example scanShard(2, 4) // { index: 2, count: 4 }
 */
export function scanShard(index: number, count: number, flag = 'shard'): ScanShard {
  requireInteger(`${flag} count`, count, 1, MAX_SHARDS);
  requireInteger(`${flag} index`, index, 1, count);
  return Object.freeze({ index, count });
}

/**
 * Parse `i/N` (e.g. `3/8`): shard i of N, 1 ≤ i ≤ N.
 * @param text - the spec
 * @param flag - name for error messages (default `--shard`)
 * @throws ParameterError naming `flag` and the text for `0/4`, `5/4`, `a/b`, `1/0`, `2` and the like
 * @example parseShard('3/8') // { index: 3, count: 8 }
 */
export function parseShard(text: unknown, flag = '--shard'): ScanShard {
  const match = typeof text === 'string' ? /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text) : null;
  const allowed = `i/N with integers 1 <= i <= N <= ${MAX_SHARDS} (e.g. 1/4)`;
  if (match === null) throw new ParameterError(flag, text, allowed);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (!(count >= 1 && count <= MAX_SHARDS && index >= 1 && index <= count)) throw new ParameterError(flag, text, allowed);
  return Object.freeze({ index, count });
}

/**
 * Whether point `index` belongs to `shard` (index mod count = shard.index − 1).
 * @example inShard(5, { index: 2, count: 4 }) // true (5 mod 4 = 1)
 */
export function inShard(index: number, shard: ScanShard): boolean {
  return index % shard.count === shard.index - 1;
}

/**
 * The point indices of a shard of a scan of `total` points, ascending.
 * @example shardIndices(10, { index: 2, count: 4 }) // [1, 5, 9]
 */
export function shardIndices(total: number, shard: ScanShard): number[] {
  requireInteger('total', total, 0, Number.MAX_SAFE_INTEGER);
  const out: number[] = [];
  for (let i = shard.index - 1; i < total; i += shard.count) out.push(i);
  return out;
}
