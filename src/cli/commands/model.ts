// `semivisible model <model or preset> [flags] [--json]`: build a model and print its parameters, states,
// couplings and (for models with a dark sector) the dark-current matrix V, as JSON or as a readable table.
import { darkCoupling, darkCurrentMatrix } from '../../models/index.js';
import type { DarkSectorModel } from '../../models/types.js';
import { ParameterError } from '../../core/errors.js';
import { MODEL_USAGE, parseModelArgv } from '../modelArgs.js';
import type { CliCommand } from '../types.js';

const USAGE = [
  'usage: semivisible model <model> [model flags] [--json]',
  '',
  'Build a dark-photon model or a preset of arXiv:2302.05410 and print its parameters, dark-fermion states,',
  "A' couplings (vertex A'_mu psibar_i gamma^mu (c_V - c_A gamma5) psi_j) and dark-current matrix V.",
  '',
  MODEL_USAGE,
  '  --json             print JSON instead of a table',
  '',
  'examples:',
  '  semivisible model hnl-bp1 --mass 2 --epsilon 1e-2 --json',
  '  semivisible model idm-lagrangian --alpha-d 0.1 --mu-l 0.02 --mu-r 0.1 --dirac-mass 0.4',
  "  semivisible model hnl --alpha-d 0.11 --mass-matrix '[[0.5,0.08,0.08],[0.08,0.02,0.3],[0.08,0.3,0.02]]'",
].join('\n');

/**
 * The JSON document printed by `semivisible model --json`: label, kind, m_A', eps, alpha_D, g_X, parameters,
 * states, couplings (with state names) and, for models with a dark sector, the flavour charges and V.
 * @example JSON.stringify(modelToJson(preset('idm')))
 */
export function modelToJson(model: DarkSectorModel): Record<string, unknown> {
  const hasDarkSector = model.mixingMatrix !== undefined;
  return {
    model: model.label,
    kind: model.kind,
    darkPhotonMassGeV: model.darkPhotonMassGeV,
    epsilon: model.epsilon,
    alphaD: model.alphaD,
    darkCoupling: darkCoupling(model),
    parameters: model.parameters,
    states: model.states,
    couplings: model.couplings.map((c) => ({
      states: [model.states[c.i]?.name, model.states[c.j]?.name],
      i: c.i,
      j: c.j,
      vector: c.vector,
      axial: c.axial,
    })),
    ...(hasDarkSector ? { flavourCharges: model.flavourCharges, darkCurrent: darkCurrentMatrix(model) } : {}),
  };
}

/** A number for the table: 7 significant digits, exponent form for very small or large values. */
function fmt(x: number): string {
  if (x === 0) return '0';
  return Math.abs(x) < 1e-3 || Math.abs(x) >= 1e6 ? x.toExponential(6) : String(Number(x.toPrecision(7)));
}

/** Left-aligned columns separated by two spaces. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, k) => Math.max(...rows.map((r) => r[k]?.length ?? 0))) ?? [];
  return rows.map((r) => r.map((cell, k) => cell.padEnd(widths[k] ?? 0)).join('  ').trimEnd()).join('\n');
}

/**
 * The readable table printed by `semivisible model` without --json.
 * @example process.stdout.write(modelToTable(preset('hnl-bp1')))
 */
export function modelToTable(model: DarkSectorModel): string {
  const lines = [
    `${model.label} (${model.kind}): m_A' = ${fmt(model.darkPhotonMassGeV)} GeV, eps = ${fmt(model.epsilon)}, ` +
      `alpha_D = ${fmt(model.alphaD)} (g_X = ${fmt(darkCoupling(model))})`,
    `parameters: ${Object.entries(model.parameters).map(([k, v]) => `${k} = ${fmt(v)}`).join(', ')}`,
  ];
  if (model.states.length === 0) return `${lines.join('\n')}\nno dark sector: the A' decays only to SM particles\n`;
  lines.push('', table([
    ['state', 'mass [GeV]', 'nature', 'active admixture'],
    ...model.states.map((s) => [s.name, fmt(s.massGeV), s.nature, fmt(s.activeAdmixture)]),
  ]));
  lines.push('', "A' couplings (vertex A'_mu psibar_i gamma^mu (c_V - c_A gamma5) psi_j; pairs not listed do not couple):");
  lines.push(table([
    ['pair', 'c_V', 'c_A'],
    ...model.couplings.map((c) => [`${model.states[c.i]?.name} ${model.states[c.j]?.name}`, fmt(c.vector), fmt(c.axial)]),
  ]));
  const v = darkCurrentMatrix(model);
  lines.push('', `|V_ij| (dark current V = U† diag(Q) U, flavour charges ${model.flavourCharges?.join(', ')}):`);
  lines.push(table([
    ['', ...model.states.map((s) => s.name)],
    ...model.states.map((s, i) => [s.name, ...model.states.map((_, j) => fmt(Math.hypot(v.re[i]?.[j] ?? 0, v.im[i]?.[j] ?? 0)))]),
  ]));
  return `${lines.join('\n')}\n`;
}

/**
 * `semivisible model`: print a model or preset (see {@link modelToJson} for the JSON layout).
 * @example await modelCommand.run(['hnl-bp1', '--mass', '2', '--json'], io) // 0
 */
export const modelCommand: CliCommand = {
  name: 'model',
  summary: 'build a model or preset and print its states, couplings and dark current',
  usage: USAGE,
  run: async (argv, io) => {
    const { model, values, rest } = parseModelArgv(argv, { json: { type: 'boolean' } });
    if (rest.length > 0) throw new ParameterError('arguments', rest.join(' '), 'a single model positional');
    io.stdout(values['json'] === true ? `${JSON.stringify(modelToJson(model), null, 2)}\n` : modelToTable(model));
    return 0;
  },
};
