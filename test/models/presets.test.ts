// Presets of the talk (THEORY.md §2.4): the masses reproduce r and Δ_ij exactly, the coupling patterns and the
// talk's BR statement for BP2 hold (two-body widths of §3.3 computed by a test-local helper), defaults, errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/errors.js';
import {
  HNL_BP1, HNL_BP2, I2DM_BENCHMARK, IDM_BENCHMARK, PRESET_NAMES, cSymmetricMassMatrix, darkCurrentMatrix, hnl, mixingAngle, preset,
} from '../../src/models/index.js';
import type { DarkSectorModel } from '../../src/models/types.js';
import { expectClose } from '../helpers/close.js';
import { abs, darkWidths, logUniform, pairs } from './helpers.js';

const masses = (m: DarkSectorModel): number[] => m.states.map((s) => s.massGeV);
const branchingRatios = (m: DarkSectorModel): Map<string, number> => {
  const w = darkWidths(m);
  const total = [...w.values()].reduce((s, x) => s + x, 0);
  return new Map([...w].map(([k, x]) => [k, x / total]));
};

describe('preset masses follow r = m1/m_A′ and Δ_ij = m_i/m_j − 1 (THEORY.md §2.4)', () => {
  it('idm: (0.33, 0.462) m_A′, α_D = 0.1, from the talk', () => {
    const m = preset('idm', { massGeV: 2, epsilon: 1e-2 });
    expect(masses(m)).toEqual([0.66, 1.4 * 0.66]);
    expect([m.alphaD, m.epsilon, m.darkPhotonMassGeV, m.label]).toEqual([0.1, 1e-2, 2, 'idm']);
    expect(IDM_BENCHMARK).toEqual({ alphaD: 0.1, r: 0.33, delta: 0.4 });
  });

  it('i2dm: same r, Δ, α_D as idm (talk), θ = 0.1', () => {
    const m = preset('i2dm');
    expect(masses(m)).toEqual(masses(preset('idm')));
    expect(m.alphaD).toBe(IDM_BENCHMARK.alphaD);
    expectClose(mixingAngle(m), I2DM_BENCHMARK.theta, 1e-15);
    const br = branchingRatios(m);
    expectClose(br.get('psi2 psi2')!, 0.9718, 1e-3);
    expectClose(br.get('psi1 psi2')!, 0.0280, 1e-2);
  });

  it.each([['hnl-bp1', HNL_BP1], ['hnl-bp2', HNL_BP2]] as const)('%s: masses exact for any m_A′', (name, b) => {
    fc.assert(
      fc.property(logUniform(-2, 1), (mA) => {
        const m = masses(preset(name, { massGeV: mA }));
        expectClose(m[0]! / mA, b.r, 1e-13);
        expectClose(m[1]! / m[0]! - 1, b.delta21, 1e-13);
        expectClose(m[2]! / m[1]! - 1, b.delta32, 1e-13);
      }),
      { numRuns: 50 },
    );
  });

  it('hnl-bp1 is the talk point (0.16, 0.2512, 0.399408) m_A′ with α_D = 0.11', () => {
    const m = preset('hnl-bp1');
    [0.16, 0.2512, 0.399408].forEach((x, i) => expectClose(masses(m)[i]!, x, 1e-14));
    expect(m.alphaD).toBe(0.11);
    expect([HNL_BP1.r, HNL_BP1.delta21, HNL_BP1.delta32, HNL_BP1.alphaD]).toEqual([0.16, 0.57, 0.59, 0.11]);
  });
});

describe('HNL preset couplings', () => {
  it('hnl-bp1: C-symmetric with ψ2 odd → V_12 = V_23 = 1/√2, V_13 = 0, no diagonal, pure vector', () => {
    const m = preset('hnl-bp1');
    const v = pairs(darkCurrentMatrix(m));
    expectClose(abs(v[0]![1]!), Math.SQRT1_2, 1e-13);
    expectClose(abs(v[1]![2]!), Math.SQRT1_2, 1e-13);
    expect(m.couplings.map((c) => [c.i, c.j, c.axial])).toEqual([[0, 1, 0], [1, 2, 0]]);
    const br = branchingRatios(m);
    expectClose(br.get('psi1 psi2')!, 0.5231, 1e-3);
    expectClose(br.get('psi2 psi3')!, 0.4769, 1e-3);
  });

  it('hnl-bp2: BR(A′ → ψ3ψ2) ≈ 99% of A′ → dark (talk), |V_23| dominant, V_12 small, V_13 = 0', () => {
    const m = preset('hnl-bp2', { massGeV: 0.7 });
    const br = branchingRatios(m);
    expect(br.get('psi2 psi3')).toBeGreaterThan(0.985);
    expect(br.get('psi2 psi3')).toBeLessThan(0.995);
    expectClose(br.get('psi2 psi3')!, 0.99074, 1e-4);
    const v = pairs(darkCurrentMatrix(m));
    expectClose(abs(v[0]![1]!) ** 2, 0.005, 1e-12);
    expectClose(abs(v[1]![2]!) ** 2, 0.995, 1e-12);
    expect(abs(v[0]![2]!)).toBe(0);
    expect(m.couplings.every((c) => c.i !== c.j && c.axial === 0)).toBe(true);
  });

  it('the HNL presets carry their benchmark parameters and preset label', () => {
    const m = preset('hnl-bp2', { massGeV: 3, epsilon: 2e-2 });
    expect(m.label).toBe('hnl-bp2');
    expect(m.kind).toBe('hnl');
    expect(m.parameters).toEqual({ massGeV: 3, epsilon: 2e-2, ...HNL_BP2 });
    expect(Object.isFrozen(m) && Object.isFrozen(m.parameters)).toBe(true);
  });
});

describe('cSymmetricMassMatrix', () => {
  it('rebuilds the C-symmetric fixture of THEORY.md §2.3 from its masses and |V_12|', () => {
    const m = cSymmetricMassMatrix({ massesGeV: [0.2654316771, 0.28, 0.5545683229], v12Squared: 0.9007061167 ** 2 });
    [[0.5, 0.08, 0.08], [0.08, 0.02, 0.3], [0.08, 0.3, 0.02]].forEach((row, i) =>
      row.forEach((x, j) => expectClose(m[i]![j]!, x, 0, 1e-9)));
  });

  it('gives exactly the requested masses and |V_12|² for any ascending spectrum (Takagi cross-check)', () => {
    fc.assert(
      fc.property(logUniform(-3, 0), logUniform(-3, 0), logUniform(-3, 0), fc.double({ min: 0, max: 1, noNaN: true }), (a, b, c, s2) => {
        const [m1, m2, m3] = [a, a + b, a + b + c];
        const model = hnl({ massGeV: 1, epsilon: 1e-3, alphaD: 0.1, massMatrix: cSymmetricMassMatrix({ massesGeV: [m1, m2, m3], v12Squared: s2 }) });
        [m1, m2, m3].forEach((m, i) => expectClose(model.states[i]!.massGeV, m, 1e-11, 1e-15 * m3));
        const v = pairs(darkCurrentMatrix(model));
        fc.pre(b > 1e-3 * m3 && c > 1e-3 * m3 && a > 1e-3 * m3);
        expectClose(abs(v[0]![1]!) ** 2, s2, 1e-9, 1e-12);
        expect(abs(v[0]![2]!)).toBeLessThan(1e-9);
      }),
    );
  });

  it('rejects unordered masses and |V_12|² outside [0, 1]', () => {
    expect(() => cSymmetricMassMatrix({ massesGeV: [0.3, 0.2, 0.5], v12Squared: 0.5 })).toThrow(ParameterError);
    expect(() => cSymmetricMassMatrix({ massesGeV: [0.1, 0.2, 0.5], v12Squared: 1.5 })).toThrow(/v12Squared/);
    expect(() => cSymmetricMassMatrix({ massesGeV: [-0.1, 0.2, 0.5], v12Squared: 0.5 })).toThrow(/massesGeV\[0\]/);
  });
});

describe('preset defaults and errors', () => {
  it('defaults to m_A′ = 1 GeV and eps = 1e-3; PRESET_NAMES lists the four presets', () => {
    expect(PRESET_NAMES).toEqual(['idm', 'i2dm', 'hnl-bp1', 'hnl-bp2']);
    for (const name of PRESET_NAMES) {
      const m = preset(name);
      expect([m.darkPhotonMassGeV, m.epsilon, m.label]).toEqual([1, 1e-3, name]);
    }
  });

  it('unknown preset, bad m_A′ or eps → ParameterError naming it', () => {
    const check = (build: () => unknown, parameter: string): void => {
      try {
        build();
        expect.fail('no error');
      } catch (error) {
        expect(error).toBeInstanceOf(ParameterError);
        expect((error as ParameterError).parameter).toBe(parameter);
      }
    };
    check(() => preset('hnl-bp3' as never), 'name');
    check(() => preset('idm', { massGeV: 0 }), 'massGeV');
    check(() => preset('hnl-bp1', { epsilon: 1.5 }), 'epsilon');
    check(() => preset('idm', { alphaD: 0.2 } as never), 'alphaD');
  });
});
