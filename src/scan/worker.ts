/**
 * Entry of a scan worker thread (built by tsup as `dist/scan-worker.js`; run from source through tsx in tests):
 * receives the plan and the warm-up points as `workerData` ({@link WorkerSetup}), warms the JIT up on the latter
 * (see warmUp.ts), then computes one point per `run` message and replies with its record. `run` messages sent
 * during the warm-up wait in the port's queue.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runScanPoint } from './scanPlan.js';
import { warmUpScan } from './warmUp.js';
import { errorToData, type RunPointMessage, type WorkerReply, type WorkerSetup } from './workerProtocol.js';

const port = parentPort;
if (port === null) throw new Error('src/scan/worker.ts is the entry of a worker thread, not a module to import');
const { plan, warmUp } = workerData as WorkerSetup;
warmUpScan(plan, warmUp);

port.on('message', (message: RunPointMessage) => {
  let reply: WorkerReply;
  try {
    reply = { type: 'done', record: runScanPoint(plan, message.index) };
  } catch (error) {
    reply = { type: 'failed', index: message.index, error: errorToData(error) };
  }
  port.postMessage(reply);
});
