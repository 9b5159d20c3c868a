// `semivisible model`, run in-process with a capturing io: JSON and table output for every model kind and
// preset, the shared model-argument parser, and bad flags → ParameterError (exit 2 in main.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelCommand } from '../../src/cli/commands/model.js';
import { MODEL_FLAGS, MODEL_SPECS, parseModelArgv, parseModelSpec } from '../../src/cli/modelArgs.js';
import { ParameterError } from '../../src/core/errors.js';
import type { CliIO } from '../../src/cli/types.js';
import { expectClose } from '../helpers/close.js';

async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const io: CliIO = { stdout: (t) => void (out += t), stderr: () => undefined, stderrIsTTY: false };
  const code = await modelCommand.run(argv, io);
  return { code, out };
}

interface ModelJson {
  model: string;
  kind: string;
  parameters: Record<string, number>;
  states: { name: string; massGeV: number; nature: string; activeAdmixture: number }[];
  couplings: { states: string[]; vector: number; axial: number }[];
  darkCurrent?: { re: number[][]; im: number[][] };
}
async function json(...argv: string[]): Promise<ModelJson> {
  const { code, out } = await run(...argv, '--json');
  expect(code).toBe(0);
  return JSON.parse(out) as ModelJson;
}

const FIXTURE = '[[0.5,0.08,0.08],[0.08,0.02,0.3],[0.08,0.3,0.02]]';

describe('semivisible model --json', () => {
  it('prints every preset at the given m_A′ and eps, with the ratios fixed', async () => {
    const bp1 = await json('hnl-bp1', '--mass', '2', '--epsilon', '1e-2');
    expect(bp1.model).toBe('hnl-bp1');
    expect(bp1.parameters).toMatchObject({ massGeV: 2, epsilon: 0.01, alphaD: 0.11, r: 0.16, delta21: 0.57, delta32: 0.59 });
    [0.32, 0.5024, 0.798816].forEach((m, i) => expectClose(bp1.states[i]!.massGeV, m, 1e-13));
    expect(bp1.couplings.map((c) => c.states.join(' '))).toEqual(['psi1 psi2', 'psi2 psi3']);
    expect(bp1.darkCurrent?.im.length).toBe(3);
    for (const name of ['idm', 'i2dm', 'hnl-bp2']) expect((await json(name)).model).toBe(name);
  });

  it('idm without flags is the preset; its flags override one value at a time', async () => {
    const preset = await json('idm');
    expect(preset.parameters).toEqual({ massGeV: 1, epsilon: 0.001, alphaD: 0.1, r: 0.33, delta: 0.4 });
    const changed = await json('idm', '--delta', '0.1', '--alpha-d', '0.5');
    expect(changed.parameters).toEqual({ massGeV: 1, epsilon: 0.001, alphaD: 0.5, r: 0.33, delta: 0.1 });
    expectClose(changed.states[1]!.massGeV, 0.363, 1e-14);
  });

  it('builds idm-lagrangian (THEORY.md §2.1 check values) and i2dm-lagrangian (§2.2)', async () => {
    const idm = await json('idm-lagrangian', '--alpha-d', '0.1', '--mu-l', '0.02', '--mu-r', '0.1', '--dirac-mass', '0.4');
    expectClose(idm.states[0]!.massGeV, 0.3419950248, 0, 1e-10);
    expect(idm.couplings.map((c) => c.states.join(' '))).toEqual(['psi1 psi1', 'psi1 psi2', 'psi2 psi2']);
    const i2dm = await json('i2dm-lagrangian', '--alpha-d', '0.5', '--sterile-mass', '0.3', '--charged-mass', '0.36', '--mixing-mass', '0.003');
    expectClose(i2dm.states[1]!.massGeV, 0.36014963, 0, 5e-9);
    expect(i2dm.states[0]!.nature).toBe('dirac');
  });

  it('builds hnl from an inline matrix or a file, with charges and active flavours', async () => {
    const inline = await json('hnl', '--alpha-d', '0.11', '--mass-matrix', FIXTURE);
    [0.2654316771, 0.28, 0.5545683229].forEach((m, i) => expectClose(inline.states[i]!.massGeV, m, 0, 1e-10));
    const file = join(mkdtempSync(join(tmpdir(), 'semivisible-')), 'm.json');
    writeFileSync(file, '[[0,1e-3,0,0],[1e-3,0.5,0.08,0.08],[0,0.08,0.02,0.3],[0,0.08,0.3,0.02]]');
    const withNu = await json('hnl', '--alpha-d', '0.11', '--mass-matrix', file, '--active-flavours', '1', '--charges', '0,0,1,-1');
    expect(withNu.states.map((s) => s.name)).toEqual(['nu', 'psi1', 'psi2', 'psi3']);
    expectClose(withNu.states[0]!.activeAdmixture, 0.9999946835, 1e-8);
  });

  it('prints the minimal dark photon with no states', async () => {
    const dp = await json('dark-photon', '--mass', '0.1');
    expect(dp.states).toEqual([]);
    expect(dp.parameters).toEqual({ massGeV: 0.1, epsilon: 0.001 });
  });
});

describe('semivisible model (table)', () => {
  it('prints a readable table of states, couplings and |V|', async () => {
    const { code, out } = await run('hnl-bp2');
    expect(code).toBe(0);
    expect(out).toMatch(/^hnl-bp2 \(hnl\): m_A' = 1 GeV, eps = 0\.001, alpha_D = 0\.11/);
    expect(out).toMatch(/psi3\s+0\.628\s+majorana/);
    expect(out).toMatch(/psi2 psi3\s+1\.17277\d*\s+0\n/);
    expect(out).toContain('|V_ij|');
  });
});

describe('bad flags and values → ParameterError naming the flag', () => {
  const cases: [string, string[]][] = [
    ['model', []],
    ['model', ['idm2']],
    ['option', ['idm', '--foo', '1']],
    ['--mass', ['idm', '--mass', '0']],
    ['--mass', ['idm', '--mass=-1']],
    ['--mass', ['idm', '--mass', '-1']],
    ['--epsilon', ['idm', '--epsilon', 'abc']],
    ['--epsilon', ['hnl-bp1', '--epsilon', '1']],
    ['--r', ['hnl-bp1', '--r', '0.2']],
    ['--theta', ['idm', '--theta', '0.2']],
    ['--alpha-d', ['dark-photon', '--alpha-d', '0.1']],
    ['--alpha-d', ['idm-lagrangian', '--mu-l', '0.1', '--mu-r', '0.1', '--dirac-mass', '0.4']],
    ['--dirac-mass', ['idm-lagrangian', '--alpha-d', '0.1', '--mu-l', '0.1', '--mu-r', '0.1', '--dirac-mass', '0']],
    ['--mixing-mass', ['i2dm-lagrangian', '--alpha-d', '0.1', '--sterile-mass', '0.3', '--charged-mass', '0.36', '--mixing-mass', '1']],
    ['--mass-matrix', ['hnl', '--alpha-d', '0.1']],
    ['--mass-matrix', ['hnl', '--alpha-d', '0.1', '--mass-matrix', '[[1,2],[3,4]]']],
    ['--mass-matrix', ['hnl', '--alpha-d', '0.1', '--mass-matrix', '/no/such/file.json']],
    ['--charges', ['hnl', '--alpha-d', '0.1', '--mass-matrix', FIXTURE, '--charges', '1,-1']],
    ['--charges[2]', ['hnl', '--alpha-d', '0.1', '--mass-matrix', FIXTURE, '--charges', '[0,1,"x"]']],
    ['--json', ['idm', '--json=yes']],
    ['arguments', ['idm', 'extra']],
  ];
  it.each(cases)('%s: %j', async (parameter, argv) => {
    const error = await run(...argv).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ParameterError);
    expect((error as ParameterError).parameter).toBe(parameter);
  });
});

describe('modelArgs: the shared parser for every command', () => {
  it('exports the model flags for node:util parseArgs and the accepted positionals', () => {
    expect(Object.keys(MODEL_FLAGS)).toEqual(expect.arrayContaining(['mass', 'epsilon', 'alpha-d', 'r', 'delta', 'mass-matrix']));
    expect(MODEL_SPECS).toEqual(['dark-photon', 'idm', 'idm-lagrangian', 'i2dm', 'i2dm-lagrangian', 'hnl', 'hnl-bp1', 'hnl-bp2']);
  });

  it('parseModelSpec ignores non-model keys; parseModelArgv returns the command’s own values', () => {
    expect(parseModelSpec('idm', { mass: '3', json: true }).darkPhotonMassGeV).toBe(3);
    const parsed = parseModelArgv(['hnl-bp1', 'x', '--mass', '2', '--n', '5'], { n: { type: 'string' } });
    expect([parsed.model.label, parsed.values['n'], parsed.rest]).toEqual(['hnl-bp1', '5', ['x']]);
  });

  it('has a usage text naming every flag', () => {
    for (const flag of Object.keys(MODEL_FLAGS)) expect(modelCommand.usage).toContain(`--${flag}`);
  });
});
