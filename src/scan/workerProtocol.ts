/**
 * Messages between the scan's main thread and its worker threads. A worker receives the {@link ScanPlan} once
 * (in its {@link WorkerSetup}, the `workerData`), then one point index per message, and answers each with the
 * point's record or its error.
 * Errors cross the thread boundary as data and are revived as the library's typed errors, so a bad input in a
 * worker is still a ParameterError (exit code 2 in the CLI).
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import type { ScanPlan, ScanRecord } from './scanPlan.js';

/** What a scan worker receives as `workerData`. */
export interface WorkerSetup {
  /** The scan. */
  readonly plan: ScanPlan;
  /** Grid points to recast with few events and discard before the first `run` (JIT warm-up; empty for none). */
  readonly warmUp: readonly number[];
}

/** Main thread → worker: compute one point. */
export interface RunPointMessage {
  /** Message tag. */
  readonly type: 'run';
  /** The point index. */
  readonly index: number;
}

/** An error as structured-cloneable data. */
export interface ErrorData {
  /** The error's `name` (`ParameterError`, `KinematicsError`, `ConvergenceError`, `TypeError`, ...). */
  readonly name: string;
  /** Its message. */
  readonly message: string;
  /** Its stack, when known. */
  readonly stack?: string;
  /** ParameterError fields. */
  readonly parameter?: string;
  /** ParameterError fields (primitives only; other values as their type name). */
  readonly value?: unknown;
  /** ParameterError fields. */
  readonly allowed?: string;
}

/** Worker → main thread: a point's record, or the error that stopped it. */
export type WorkerReply =
  | { readonly type: 'done'; readonly record: ScanRecord }
  | { readonly type: 'failed'; readonly index: number; readonly error: ErrorData };

/** A value that survives structured cloning and keeps ParameterError's message intact. */
function cloneableValue(value: unknown): unknown {
  if (value === null || ['number', 'string', 'boolean', 'undefined', 'bigint'].includes(typeof value)) return value;
  if (Array.isArray(value)) return new Array<number>(value.length).fill(0);
  return {};
}

/**
 * An error as data for postMessage.
 * @example errorToData(new ParameterError('r', -1, '> 0')).parameter // 'r'
 */
export function errorToData(error: unknown): ErrorData {
  if (error instanceof ParameterError) {
    return { name: error.name, message: error.message, parameter: error.parameter, value: cloneableValue(error.value), allowed: error.allowed };
  }
  if (error instanceof Error) return error.stack === undefined ? { name: error.name, message: error.message } : { name: error.name, message: error.message, stack: error.stack };
  return { name: 'Error', message: String(error) };
}

/**
 * The error described by `data`, naming the scan point: a ParameterError again (a bad input: exit code 2 in the
 * CLI), anything else a plain Error with the worker's stack (KinematicsError and ConvergenceError never cross:
 * `runScanPoint` records them in the point's line).
 * @example errorFromData(errorToData(new ParameterError('r', -1, '> 0')), 3) instanceof ParameterError // true
 */
export function errorFromData(data: ErrorData, index: number): Error {
  const at = `scan point ${index}`;
  if (data.name === 'ParameterError' && data.parameter !== undefined && data.allowed !== undefined) {
    return new ParameterError(`${data.parameter} (${at})`, data.value, data.allowed);
  }
  const error = new Error(`${at}: ${data.name}: ${data.message}`);
  if (data.stack !== undefined) error.stack = `${error.message}\n(worker) ${data.stack}`;
  return error;
}
