// `semivisible decays <model or preset> [model flags] [--json]`: decay tables of the dark photon and of every
// unstable dark fermion (widths, branching ratios, total width and cτ), from src/widths/decayTable.ts.
import { ParameterError } from '../../core/errors.js';
import type { DarkSectorModel } from '../../models/types.js';
import { decayTables, type DecayTable } from '../../widths/decayTable.js';
import { MODEL_USAGE, parseModelArgv } from '../modelArgs.js';
import type { CliCommand } from '../types.js';

const USAGE = [
  'usage: semivisible decays <model> [model flags] [--json]',
  '',
  "Decay tables of the dark photon A' and of every unstable dark fermion: each open channel with its width",
  '(GeV) and branching ratio, the total width and the proper decay length c tau (cm). Closed channels are not',
  "listed. A dark fermion decays to psi_i A' when that is open, otherwise to psi_i l+ l- and psi_i hadrons",
  "through the off-shell A' (exact q^2 integral, full A' width in the Breit-Wigner).",
  '',
  MODEL_USAGE,
  '  --json             print one JSON object:',
  '                     {"states": [{"name","massGeV","nature","activeAdmixture"}, ...],',
  '                      "decays": [{"parent", "totalWidthGeV", "ctauCm",',
  '                                  "channels": [{"products": ["e+","e-"], "widthGeV", "branchingRatio"}]}, ...]}',
  "                     (the A' first, then the unstable states; stable states appear only under \"states\")",
  '',
  'examples:',
  '  semivisible decays idm --mass 1 --epsilon 1e-3',
  '  semivisible decays hnl-bp1 --mass 2 --epsilon 1e-2 --json',
].join('\n');

/**
 * The JSON document printed by `semivisible decays --json` (exact field names are part of the CLI contract).
 * @param model - the model
 * @returns `{ states, decays }` (A' first, then every unstable state)
 * @example
 * decaysToJson(preset('idm')).decays[1].parent // 'psi2'
 */
export function decaysToJson(model: DarkSectorModel): Record<string, unknown> {
  return {
    states: model.states.map((s) => ({ name: s.name, massGeV: s.massGeV, nature: s.nature, activeAdmixture: s.activeAdmixture })),
    decays: decayTables(model).map((t) => ({
      parent: t.parent,
      totalWidthGeV: t.totalWidthGeV,
      ctauCm: t.ctauCm,
      channels: t.channels.map((c) => ({ products: [...c.products], widthGeV: c.widthGeV, branchingRatio: c.branchingRatio })),
    })),
  };
}

/** 6 significant digits, exponent form for very small or large values. */
function fmt(x: number): string {
  if (x === 0) return '0';
  return Math.abs(x) < 1e-3 || Math.abs(x) >= 1e6 ? x.toExponential(5) : String(Number(x.toPrecision(6)));
}

/** Left-aligned columns separated by two spaces. */
function columns(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, k) => Math.max(...rows.map((r) => r[k]?.length ?? 0))) ?? [];
  return rows.map((r) => r.map((cell, k) => cell.padEnd(widths[k] ?? 0)).join('  ').trimEnd()).join('\n');
}

function tableText(t: DecayTable): string {
  const head = t.stable
    ? `${t.parent} (m = ${fmt(t.massGeV)} GeV): stable`
    : `${t.parent} (m = ${fmt(t.massGeV)} GeV): total width ${fmt(t.totalWidthGeV)} GeV, c tau = ${fmt(t.ctauCm ?? 0)} cm`;
  const rows = t.channels.map((c) => [`  -> ${c.products.join(' ')}`, `${fmt(c.widthGeV)} GeV`, `BR ${fmt(c.branchingRatio)}`]);
  return rows.length === 0 ? head : `${head}\n${columns(rows)}`;
}

/**
 * The readable tables printed by `semivisible decays` without --json.
 * @param model - the model
 * @returns the text (ends with a newline)
 * @example
 * decaysToText(preset('idm')).includes('psi1 e+ e-') // true
 */
export function decaysToText(model: DarkSectorModel): string {
  const tables = decayTables(model);
  const unstable = new Set(tables.map((t) => t.parent));
  const stable = model.states.filter((s) => !unstable.has(s.name)).map((s) => s.name);
  const header = `${model.label} (${model.kind}): m_A' = ${fmt(model.darkPhotonMassGeV)} GeV, eps = ${fmt(model.epsilon)}, alpha_D = ${fmt(model.alphaD)}`;
  const footer = stable.length > 0 ? `\nstable: ${stable.join(', ')}` : '';
  return `${header}\n\n${tables.map(tableText).join('\n\n')}\n${footer}${footer === '' ? '' : '\n'}`;
}

/**
 * `semivisible decays`: decay tables of a model or preset (see {@link decaysToJson} for the JSON layout).
 * @example
 * await decaysCommand.run(['hnl-bp1', '--mass', '2', '--json'], io) // 0, JSON on io.stdout
 */
export const decaysCommand: CliCommand = {
  name: 'decays',
  summary: "decay tables (widths, branching ratios, c tau) of the A' and the dark fermions",
  usage: USAGE,
  run: async (argv, io) => {
    const { model, values, rest } = parseModelArgv(argv, { json: { type: 'boolean' } });
    if (rest.length > 0) throw new ParameterError('arguments', rest.join(' '), 'a single model positional');
    io.stdout(values['json'] === true ? `${JSON.stringify(decaysToJson(model), null, 2)}\n` : decaysToText(model));
    return 0;
  },
};
