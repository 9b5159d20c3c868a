/**
 * A small pool of `node:worker_threads` running scan points (no dependency). Each worker gets the plan once,
 * warms its JIT up on a few cheap copies of grid points when the points are expensive (warmUp.ts), and is fed one
 * point index at a time, in the order given; results arrive in completion order. Where the worker code lives:
 * - built package: `scan-worker.js` next to the bundle holding this code (tsup entry `scan-worker`, dist/);
 * - source (tsx, vitest): `worker.ts` next to this file, started through a bootstrap that registers tsx's ESM
 *   hooks inside the worker (`tsx/esm/api` `register()`): `execArgv: ['--import', 'tsx']` is not enough on
 *   Node 20, where tsx installs its hooks on the main thread only.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { requireInteger } from '../core/validate.js';
import type { ScanPlan, ScanRecord } from './scanPlan.js';
import { warmUpIndices } from './warmUp.js';
import { errorFromData, type RunPointMessage, type WorkerReply, type WorkerSetup } from './workerProtocol.js';

/** How to start a scan worker: a file, or bootstrap code evaluated in the worker. */
export interface WorkerEntry {
  /** The worker file URL, or the bootstrap code when `eval` is true. */
  readonly entry: URL | string;
  /** Whether `entry` is code. */
  readonly eval: boolean;
}

/** File name of the built worker (the tsup entry name plus `.js`). */
const BUILT_WORKER = 'scan-worker.js';

/** URL of this module (ESM), or of the CommonJS bundle that contains it. */
function thisModuleUrl(): string {
  const url = (import.meta as { url?: string }).url;
  if (typeof url === 'string' && url !== '') return url;
  if (typeof __filename === 'string') return pathToFileURL(__filename).href;
  throw new Error('scan workers: cannot locate the module (neither import.meta.url nor __filename)');
}

/** file: URL of tsx's ESM register API, resolved through tsx's own exports map from `fromUrl`. */
function tsxApiUrl(fromUrl: string): string {
  const packageJson = createRequire(fromUrl).resolve('tsx/package.json');
  const exportsMap = (JSON.parse(readFileSync(packageJson, 'utf8')) as { exports?: Record<string, { import?: { default?: string } }> }).exports;
  const target = exportsMap?.['./esm/api']?.import?.default;
  if (target === undefined) throw new Error(`scan workers: tsx at ${packageJson} has no ESM register API (tsx/esm/api)`);
  return pathToFileURL(join(dirname(packageJson), target)).href;
}

/**
 * Where the scan worker of the module at `moduleUrl` is and how to start it.
 * @param moduleUrl - URL of the module holding the pool (default: this module)
 * @throws Error when the built worker file is missing (the `scan-worker` tsup entry not built)
 * @example scanWorkerEntry().eval // true when running from source under tsx or vitest
 */
export function scanWorkerEntry(moduleUrl: string = thisModuleUrl()): WorkerEntry {
  if (/\.[cm]?ts$/.test(new URL(moduleUrl).pathname)) {
    const worker = new URL('./worker.ts', moduleUrl).href;
    const code = `import(${JSON.stringify(tsxApiUrl(moduleUrl))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`;
    return { entry: code, eval: true };
  }
  const file = new URL(`./${BUILT_WORKER}`, moduleUrl);
  if (!existsSync(fileURLToPath(file))) {
    throw new Error(`scan workers: ${fileURLToPath(file)} is missing (build it: tsup entry 'scan-worker': 'src/scan/worker.ts')`);
  }
  return { entry: file, eval: false };
}

/** Inputs of {@link runOnWorkers}. */
export interface WorkerRunOptions {
  /** The scan. */
  readonly plan: ScanPlan;
  /** Point indices to compute (fed in this order). */
  readonly indices: readonly number[];
  /** Number of worker threads (at most one per index), ≥ 1. */
  readonly workers: number;
  /** Called on the main thread with each record as it completes; an exception stops the run. */
  readonly onRecord: (record: ScanRecord) => void;
}

/**
 * Compute the points on worker threads. Resolves when every point has been handed to `onRecord`; rejects on
 * the first failure (the error revived as a ParameterError where it was one), after stopping every worker.
 * @throws ParameterError naming `workers` unless it is an integer in [1, 1024]
 * @example await runOnWorkers({ plan, indices: [0, 1, 2, 3], workers: 2, onRecord: (r) => writer.write(r) });
 */
export async function runOnWorkers(options: WorkerRunOptions): Promise<void> {
  const size = Math.min(requireInteger('workers', options.workers, 1, 1024), options.indices.length);
  if (size === 0) return;
  const { entry, eval: isCode } = scanWorkerEntry();
  const setup: WorkerSetup = { plan: options.plan, warmUp: warmUpIndices(options.plan) };
  const workers: Worker[] = [];
  await new Promise<void>((resolve, reject) => {
    let next = 0;
    let completed = 0;
    let settled = false;
    const stop = (error: unknown): void => {
      if (settled) return;
      settled = true;
      void Promise.allSettled(workers.map((w) => w.terminate())).then(() => (error === undefined ? resolve() : reject(error)));
    };
    const feed = (worker: Worker): void => {
      const index = options.indices[next++];
      if (index !== undefined) worker.postMessage({ type: 'run', index } satisfies RunPointMessage);
    };
    for (let k = 0; k < size && !settled; k++) {
      let worker: Worker;
      try {
        worker = new Worker(entry, { eval: isCode, workerData: setup });
      } catch (error) {
        return stop(error);
      }
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (settled) return;
        if (reply.type === 'failed') return stop(errorFromData(reply.error, reply.index));
        feed(worker); // before writing: a slow disk (fsync on NFS) must not idle the worker
        try {
          options.onRecord(reply.record);
        } catch (error) {
          return stop(error);
        }
        if (++completed === options.indices.length) stop(undefined);
      });
      worker.on('error', (error) => stop(error));
      worker.on('exit', (code) => stop(new Error(`scan worker exited (code ${code}) with ${options.indices.length - completed} points left`)));
      feed(worker);
    }
  });
}
