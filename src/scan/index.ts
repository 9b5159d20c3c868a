/**
 * Parameter scans: a grid over any constructor fields of a model (cartesian product, row-major), a full recast
 * at every point seeded by deriveSeed(seed, point index), run on worker threads, sharded across machines and
 * merged back; results as JSON lines, bit-identical whatever the parallelism. Layer above recast, below cli.
 *
 * @module
 */
export { MAX_SCAN_POINTS, parseScanAxis, scanAxis, scanGridInputs, scanGridSize, type ScanAxis } from './grid.js';
export { inShard, parseShard, scanShard, shardIndices, WHOLE_SCAN, type ScanShard } from './shard.js';
export { buildScanModel, checkScanFields, scanBase, scannableFields, SCAN_MODELS, type ScanBase, type ScanModelName } from './scanModel.js';
export {
  runScanPoint,
  scanPlan,
  scanPointCount,
  scanRecordHeader,
  type ScanPlan,
  type ScanPlanOptions,
  type ScanRecord,
  type ScanRecordHeader,
} from './scanPlan.js';
export { checkRecordHeader, parseScanText, scanRecordLine, type ParsedScanText, type ScanLine } from './scanLines.js';
export { openScanWriter, prepareScanFile, type ScanFileState, type ScanWriter } from './scanFile.js';
export { runOnWorkers, scanWorkerEntry, type WorkerEntry, type WorkerRunOptions } from './workerPool.js';
export { runScan, type RunScanOptions, type ScanSummary } from './runScan.js';
export { mergedToJson, mergedToJsonLines, mergeScanFiles, type MergedScan } from './mergeScans.js';
