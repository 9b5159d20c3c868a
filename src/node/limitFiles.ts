/**
 * Reading published limit curves from files (Node only): CSV, HEPData YAML or JSON by extension, and the
 * default location of the reference shelf (`$SEMIVISIBLE_REFERENCE`, else ../shared/reference from the cwd).
 *
 * @module
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { ParameterError } from '../core/errors.js';
import { parseLimitCsv, parseLimitHepData, parseLimitJson, type LimitCurve } from '../recast/index.js';
import type { ExperimentName } from '../experiments/index.js';

/**
 * Default directory of the published limits: $SEMIVISIBLE_REFERENCE, else ../shared/reference from the cwd.
 * @example readExperimentLimit(defaultReferenceDir(), 'babar2017')
 */
export function defaultReferenceDir(): string {
  return resolve(process.env['SEMIVISIBLE_REFERENCE'] ?? resolve(process.cwd(), '..', 'shared', 'reference'));
}

/**
 * File name (in the reference directory) of each experiment's published invisible-search limit.
 * @example LIMIT_FILES['na64-2019'] // 'na64_2019_invisible_eps_limit.csv'
 */
export const LIMIT_FILES: Readonly<Record<ExperimentName, string>> = {
  babar2017: 'babar2017_invisible_eps_limit.csv',
  'na64-2019': 'na64_2019_invisible_eps_limit.csv',
  'na64-modified': 'na64_2019_invisible_eps_limit.csv',
};

/**
 * Human-readable label of each experiment's published limit.
 * @example LIMIT_LABELS.babar2017 // 'BaBar 2017 invisible (90% CL)'
 */
export const LIMIT_LABELS: Readonly<Record<ExperimentName, string>> = {
  babar2017: 'BaBar 2017 invisible (90% CL)',
  'na64-2019': 'NA64 2016-2018 invisible (90% CL)',
  'na64-modified': 'NA64 2016-2018 invisible (90% CL)',
};

/**
 * Read a limit curve file by its extension (.csv, .yaml/.yml, .json); a missing or bad file → ParameterError
 * naming `flag`.
 * @param path - the file
 * @param flag - the parameter name used in errors (default `--limits`)
 * @param label - the curve's label (default the file name)
 * @example readLimitCurveFile('../shared/reference/babar2017_invisible_eps_limit.csv')
 */
export function readLimitCurveFile(path: string, flag = '--limits', label?: string): LimitCurve {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new ParameterError(flag, path, 'an existing limit file (CSV, HEPData YAML or JSON)');
  }
  const text = readFileSync(path, 'utf8');
  const name = label ?? basename(path);
  switch (extname(path).toLowerCase()) {
    case '.csv':
      return parseLimitCsv(text, name);
    case '.yaml':
    case '.yml':
      return parseLimitHepData(text, name);
    case '.json':
      return parseLimitJson(text, name);
    default:
      throw new ParameterError(flag, path, 'a file ending in .csv, .yaml, .yml or .json');
  }
}

/**
 * The published limit of an experiment from a reference directory.
 * @param directory - the directory holding the files of {@link LIMIT_FILES}
 * @param experiment - which experiment
 * @param flag - the parameter name used in errors
 * @example readExperimentLimit('../shared/reference', 'na64-2019')
 */
export function readExperimentLimit(directory: string, experiment: ExperimentName, flag = '--limits'): LimitCurve {
  if (!existsSync(directory)) {
    throw new ParameterError(flag, directory, 'an existing directory holding the published limits (e.g. ../shared/reference)');
  }
  return readLimitCurveFile(resolve(directory, LIMIT_FILES[experiment]), flag, LIMIT_LABELS[experiment]);
}
