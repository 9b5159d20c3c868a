// How every `semivisible` command takes a model on the command line: a positional model kind or preset name
// plus one kebab-case flag per constructor field (values in GeV where the field is a mass). Shared by the
// `model` command and every later command (widths, production, recast, ...).
import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ParameterError } from '../core/errors.js';
import { requireOneOf } from '../core/validate.js';
import {
  DEFAULT_PRESET_EPSILON,
  DEFAULT_PRESET_MASS_GEV,
  I2DM_BENCHMARK,
  IDM_BENCHMARK,
  PRESET_NAMES,
  darkPhoton,
  hnl,
  i2dm,
  i2dmFromLagrangian,
  idm,
  idmFromLagrangian,
  preset,
} from '../models/index.js';
import type { DarkSectorModel } from '../models/types.js';

/** Options config of `node:util` parseArgs (the type is not exported by @types/node under this name). */
export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/**
 * Model kinds a command accepts besides the presets (`idm` and `i2dm` are both: preset values are the defaults).
 * @example MODEL_KINDS.includes('hnl') // true
 */
export const MODEL_KINDS = ['dark-photon', 'idm', 'idm-lagrangian', 'i2dm', 'i2dm-lagrangian', 'hnl'] as const;

/**
 * Every accepted positional: the model kinds and the preset names.
 * @example MODEL_SPECS.includes('hnl-bp2') // true
 */
export const MODEL_SPECS: readonly string[] = [...new Set<string>([...MODEL_KINDS, ...PRESET_NAMES])];

/** One model flag: the constructor field it fills and the specs that take it. */
interface ModelFlag {
  readonly field: string;
  readonly specs: readonly string[];
  readonly help: string;
}

const ALL = MODEL_SPECS;
const DARK = ['idm', 'idm-lagrangian', 'i2dm', 'i2dm-lagrangian', 'hnl'];
const FLAGS: Readonly<Record<string, ModelFlag>> = {
  mass: { field: 'massGeV', specs: ALL, help: `dark photon mass m_A' in GeV (default ${DEFAULT_PRESET_MASS_GEV})` },
  epsilon: { field: 'epsilon', specs: ALL, help: `kinetic mixing eps in (0, 1) (default ${DEFAULT_PRESET_EPSILON})` },
  'alpha-d': { field: 'alphaD', specs: DARK, help: 'dark coupling alpha_D = g_X^2/(4 pi)' },
  r: { field: 'r', specs: ['idm', 'i2dm'], help: "r = m_1/m_A'" },
  delta: { field: 'delta', specs: ['idm', 'i2dm'], help: 'Delta = (m_2 - m_1)/m_1' },
  theta: { field: 'theta', specs: ['i2dm'], help: 'i2DM mixing angle in rad, [0, pi/2)' },
  'mu-l': { field: 'muLGeV', specs: ['idm-lagrangian'], help: 'Majorana mass mu_L of chi_L, GeV' },
  'mu-r': { field: 'muRGeV', specs: ['idm-lagrangian'], help: 'Majorana mass mu_R of (chi_R)^c, GeV' },
  'dirac-mass': { field: 'diracMassGeV', specs: ['idm-lagrangian'], help: 'Dirac mass m_D, GeV' },
  'sterile-mass': { field: 'sterileMassGeV', specs: ['i2dm-lagrangian'], help: 'Dirac mass M_1 of the sterile, GeV' },
  'charged-mass': { field: 'chargedMassGeV', specs: ['i2dm-lagrangian'], help: 'Dirac mass M_2 of the charged fermion, GeV' },
  'mixing-mass': { field: 'mixingMassGeV', specs: ['i2dm-lagrangian'], help: 'mixing mass M, GeV' },
  'mass-matrix': { field: 'massMatrix', specs: ['hnl'], help: 'symmetric mass matrix in GeV: JSON (rows, or {"re","im"}) or a JSON file' },
  charges: { field: 'charges', specs: ['hnl'], help: 'U(1)_X charge per row: JSON array or comma list (default 0,..,0,1,-1)' },
  'active-flavours': { field: 'activeFlavours', specs: ['hnl'], help: 'number of leading rows that are active neutrinos (default 0)' },
};

/**
 * The model flags as a `node:util` parseArgs options config (every value is a string).
 * @example parseArgs({ args: ['--mass', '2'], options: { ...MODEL_FLAGS, json: { type: 'boolean' } } })
 */
export const MODEL_FLAGS: CommandOptions = Object.fromEntries(
  Object.keys(FLAGS).map((flag) => [flag, { type: 'string' as const }]),
);

/**
 * Usage lines for the model argument and its flags, for the `--help` text of every command taking a model.
 * @example const usage = `usage: semivisible widths <model> [flags]\n${MODEL_USAGE}`;
 */
export const MODEL_USAGE: string = [
  `<model>: ${MODEL_SPECS.join(', ')}`,
  '  presets idm, i2dm, hnl-bp1, hnl-bp2 fix the mass ratios and take --mass and --epsilon;',
  '  idm and i2dm also take --alpha-d --r --delta (--theta), defaulting to the preset values;',
  '  idm-lagrangian, i2dm-lagrangian and hnl need --alpha-d and their mass flags.',
  ...Object.entries(FLAGS).map(([flag, f]) => `  --${flag.padEnd(16)} ${f.help} [${f.specs === ALL ? 'all' : f.specs.join(', ')}]`),
].join('\n');

/** Flags that must be given for a spec (the rest have defaults). */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  'idm-lagrangian': ['alpha-d', 'mu-l', 'mu-r', 'dirac-mass'],
  'i2dm-lagrangian': ['alpha-d', 'sterile-mass', 'charged-mass', 'mixing-mass'],
  hnl: ['alpha-d', 'mass-matrix'],
};

/** A number from a flag's text; ParameterError naming the flag otherwise. */
function parseNumber(flag: string, text: string): number {
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) throw new ParameterError(`--${flag}`, text, 'a finite number');
  return value;
}

/** JSON from a flag's text, or from the file it names. */
function parseJson(flag: string, text: string, what: string): unknown {
  const trimmed = text.trim();
  try {
    return JSON.parse(trimmed.startsWith('[') || trimmed.startsWith('{') ? trimmed : readFileSync(trimmed, 'utf8'));
  } catch {
    throw new ParameterError(`--${flag}`, text, `${what} as JSON, or the path of a JSON file holding it`);
  }
}

/** The constructor value of one flag. */
function flagValue(flag: string, text: string): unknown {
  if (flag === 'mass-matrix') return parseJson(flag, text, 'a symmetric matrix (rows of numbers or {"re","im"})');
  if (flag === 'charges') {
    return text.trim().startsWith('[') ? parseJson(flag, text, 'an array of charges') : text.split(',').map((q) => parseNumber(flag, q));
  }
  return parseNumber(flag, text);
}

/** Call a constructor, renaming a ParameterError about a field to the flag that set it. */
function build(fields: Record<string, unknown>, construct: (options: never) => DarkSectorModel): DarkSectorModel {
  try {
    return construct(fields as never);
  } catch (error) {
    if (!(error instanceof ParameterError)) throw error;
    // `charges[1]` → `--charges[1]`, `massMatrix` → `--mass-matrix`
    const [, field = '', index = ''] = /^([A-Za-z]+)(.*)$/.exec(error.parameter) ?? [];
    const flag = Object.keys(FLAGS).find((f) => FLAGS[f]?.field === field);
    throw flag === undefined ? error : new ParameterError(`--${flag}${index}`, error.value, error.allowed);
  }
}

/**
 * Build the model named by a positional argument (a kind or a preset) from the model flags.
 * @param positional - `dark-photon`, `idm`, `idm-lagrangian`, `i2dm`, `i2dm-lagrangian`, `hnl`, or a preset name
 * @param flags - parsed flag values by flag name without dashes (e.g. `{ mass: '1', 'alpha-d': '0.1' }`); keys
 *   that are not model flags are ignored, so a command may pass all its parsed values
 * @returns the model
 * @throws ParameterError naming the positional (`model`) or the flag (`--mass`, ...) that is wrong, missing or
 *   not taken by that model
 * @example parseModelSpec('hnl-bp1', { mass: '2', epsilon: '1e-2' }).states.length // 3
 */
export function parseModelSpec(positional: string, flags: Readonly<Record<string, unknown>>): DarkSectorModel {
  const spec = requireOneOf('model', positional, MODEL_SPECS);
  const fields: Record<string, unknown> = {};
  for (const [flag, f] of Object.entries(FLAGS)) {
    const text = flags[flag];
    if (text === undefined) continue;
    if (!f.specs.includes(spec)) {
      const taken = Object.keys(FLAGS).filter((k) => FLAGS[k]?.specs.includes(spec)).map((k) => `--${k}`);
      throw new ParameterError(`--${flag}`, text, `(not a flag of ${spec}, which takes ${taken.join(' ')})`);
    }
    if (typeof text !== 'string') throw new ParameterError(`--${flag}`, text, 'a value');
    fields[f.field] = flagValue(flag, text);
  }
  const missing = (REQUIRED[spec] ?? []).find((flag) => flags[flag] === undefined);
  if (missing !== undefined) throw new ParameterError(`--${missing}`, undefined, `a value (required by ${spec})`);
  fields['massGeV'] ??= DEFAULT_PRESET_MASS_GEV;
  fields['epsilon'] ??= DEFAULT_PRESET_EPSILON;
  switch (spec) {
    case 'dark-photon':
      return build(fields, darkPhoton);
    case 'idm':
      return build({ ...IDM_BENCHMARK, ...fields }, idm);
    case 'i2dm':
      return build({ ...I2DM_BENCHMARK, ...fields }, i2dm);
    case 'idm-lagrangian':
      return build(fields, idmFromLagrangian);
    case 'i2dm-lagrangian':
      return build(fields, i2dmFromLagrangian);
    case 'hnl':
      return build(fields, hnl);
    default:
      return build(fields, (options: { massGeV: number; epsilon: number }) => preset(spec as never, options));
  }
}

/** What {@link parseModelArgv} returns. */
export interface ParsedModelArgv {
  /** The model built from the first positional and the model flags. */
  readonly model: DarkSectorModel;
  /** Every parsed flag value (model flags and the command's own). */
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  /** Positionals after the model. */
  readonly rest: readonly string[];
}

/**
 * Parse a command's argv: the model positional, the model flags and the command's own options, turning every
 * `node:util` parse error into a ParameterError (exit code 2 with a one-line message in main.ts).
 * @param argv - arguments after the sub-command word
 * @param options - the command's own options (e.g. `{ json: { type: 'boolean' } }`)
 * @throws ParameterError for an unknown flag, a missing value, a missing model or a bad model
 * @example parseModelArgv(['idm', '--mass', '2', '--json'], { json: { type: 'boolean' } }).values.json // true
 */
export function parseModelArgv(argv: readonly string[], options: CommandOptions = {}): ParsedModelArgv {
  let parsed: { values: ParsedModelArgv['values']; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: { ...MODEL_FLAGS, ...options }, allowPositionals: true, strict: true });
  } catch (error) {
    throw parseError(error, argv);
  }
  const [spec, ...rest] = parsed.positionals;
  if (spec === undefined) throw new ParameterError('model', undefined, `one of ${MODEL_SPECS.join(', ')}`);
  return { model: parseModelSpec(spec, parsed.values), values: parsed.values, rest };
}

/** A node:util parseArgs error as a ParameterError naming the option. */
function parseError(error: unknown, argv: readonly string[]): unknown {
  if (!(error instanceof TypeError) || !('code' in error) || !String(error.code).startsWith('ERR_PARSE_ARGS')) return error;
  const option = /'(-[^' ]+)/.exec(error.message)?.[1];
  const firstLine = error.message.split('\n')[0] ?? error.message;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new ParameterError('option', option, 'one of the flags listed by --help');
  const hint = error.message.includes('ambiguous') ? ` (write ${option ?? '--flag'}=<value> for a value starting with '-')` : '';
  if (option !== undefined) return new ParameterError(option, undefined, `a valid value: ${firstLine}${hint}`);
  return new ParameterError('arguments', argv.join(' '), firstLine);
}
