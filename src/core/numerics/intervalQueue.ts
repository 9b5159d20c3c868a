/**
 * The interval queue of the adaptive quadrature {@link integrate}: per-depth workspaces (so integrands may call
 * integrate themselves) holding subinterval data in typed arrays, and a binary max-heap of slots ordered by
 * error estimate. Nothing here allocates after warm-up, except when a workspace has to grow.
 *
 * @module
 */
import type { RuleSink } from './gaussKronrod.js';
import type { integrate } from './integrate.js';

/** Interval storage and max-heap of one call depth; grown on demand and reused across calls. @internal */
export interface Workspace extends RuleSink {
  /** Lower end of each stored subinterval. */
  readonly lower: Float64Array;
  /** Upper end of each stored subinterval. */
  readonly upper: Float64Array;
  /** Heap of interval slots ordered by error, largest at index 0. */
  readonly heap: Int32Array;
}

/** One workspace per nesting depth, so an integrand may itself call {@link integrate} (see integrate2D). */
const pool: Workspace[] = [];
/** Number of integrate calls currently active (the depth of the next one). */
let depth = 0;

function makeWorkspace(capacity: number): Workspace {
  return {
    lower: new Float64Array(capacity),
    upper: new Float64Array(capacity),
    value: new Float64Array(capacity),
    error: new Float64Array(capacity),
    absValue: new Float64Array(capacity),
    scratch: new Float64Array(14),
    heap: new Int32Array(capacity),
  };
}

/**
 * Enter one more call depth and return its workspace (room for ≥ `capacity` subintervals) and level. Every
 * call must be paired with {@link releaseWorkspace} (in a `finally`). @internal
 */
export function acquireWorkspace(capacity: number): { readonly ws: Workspace; readonly level: number } {
  const level = depth;
  let ws = pool[level];
  if (ws === undefined || ws.heap.length < capacity) {
    ws = makeWorkspace(Math.max(capacity, 2 * (ws?.heap.length ?? 64))); // nothing to copy between calls
    pool[level] = ws;
  }
  depth++;
  return { ws, level };
}

/** Leave the call depth entered by {@link acquireWorkspace}. @internal */
export function releaseWorkspace(): void {
  depth--;
}

/** A workspace twice as large (at most `limit`) holding the first `count` subintervals of `ws`. @internal */
export function growWorkspace(ws: Workspace, count: number, limit: number, level: number): Workspace {
  const bigger = makeWorkspace(Math.min(limit, 2 * ws.heap.length));
  bigger.lower.set(ws.lower.subarray(0, count));
  bigger.upper.set(ws.upper.subarray(0, count));
  bigger.value.set(ws.value.subarray(0, count));
  bigger.error.set(ws.error.subarray(0, count));
  bigger.absValue.set(ws.absValue.subarray(0, count));
  bigger.heap.set(ws.heap.subarray(0, count));
  pool[level] = bigger;
  return bigger;
}

/** Restore the heap property downwards from position `pos`. @internal */
export function siftDown(heap: Int32Array, error: Float64Array, size: number, pos: number): void {
  const item = heap[pos] as number;
  const e = error[item] as number;
  for (;;) {
    let child = 2 * pos + 1;
    if (child >= size) break;
    const right = child + 1;
    if (right < size && (error[heap[right] as number] as number) > (error[heap[child] as number] as number)) child = right;
    if ((error[heap[child] as number] as number) <= e) break;
    heap[pos] = heap[child] as number;
    pos = child;
  }
  heap[pos] = item;
}

/** Insert `item` (already stored) at the end of the heap and restore the heap property upwards. @internal */
export function siftUp(heap: Int32Array, error: Float64Array, size: number, item: number): void {
  let pos = size;
  const e = error[item] as number;
  while (pos > 0) {
    const parent = (pos - 1) >> 1;
    if ((error[heap[parent] as number] as number) >= e) break;
    heap[pos] = heap[parent] as number;
    pos = parent;
  }
  heap[pos] = item;
}
