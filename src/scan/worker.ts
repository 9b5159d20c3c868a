/**
 * Entry of a scan worker thread (built by tsup as `dist/scan-worker.js`; run from source through tsx in tests):
 * receives the plan as `workerData`, then computes one point per `run` message and replies with its record.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runScanPoint, type ScanPlan } from './scanPlan.js';
import { errorToData, type RunPointMessage, type WorkerReply } from './workerProtocol.js';

const port = parentPort;
if (port === null) throw new Error('src/scan/worker.ts is the entry of a worker thread, not a module to import');
const plan = workerData as ScanPlan;

port.on('message', (message: RunPointMessage) => {
  let reply: WorkerReply;
  try {
    reply = { type: 'done', record: runScanPoint(plan, message.index) };
  } catch (error) {
    reply = { type: 'failed', index: message.index, error: errorToData(error) };
  }
  port.postMessage(reply);
});
