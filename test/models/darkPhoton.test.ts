// The minimal dark photon, the derived quantities (g_X, V, pair lookup, mixing angle, flavour mass matrix) and
// the withEpsilon / withDarkPhotonMass helpers.
import { describe, expect, it } from 'vitest';
import { ParameterError } from '../../src/core/errors.js';
import {
  darkCoupling, darkCurrentMatrix, darkPhoton, flavourMassMatrix, idmFromLagrangian, mixingAngle, pairCoupling, preset,
  withDarkPhotonMass, withEpsilon,
} from '../../src/models/index.js';
import { expectClose } from '../helpers/close.js';

describe('darkPhoton', () => {
  it('has no dark sector and stores exactly its two inputs', () => {
    const m = darkPhoton({ massGeV: 0.1, epsilon: 1e-3 });
    expect(m).toEqual({
      kind: 'dark-photon', label: 'dark-photon', darkPhotonMassGeV: 0.1, epsilon: 1e-3, alphaD: 0,
      parameters: { massGeV: 0.1, epsilon: 1e-3 }, states: [], couplings: [],
    });
    expect(Object.isFrozen(m) && Object.isFrozen(m.states)).toBe(true);
    expect(darkCoupling(m)).toBe(0);
  });

  it.each([
    ['massGeV', { massGeV: -1, epsilon: 1e-3 }],
    ['massGeV', { massGeV: Number.NaN, epsilon: 1e-3 }],
    ['epsilon', { massGeV: 1, epsilon: 0 }],
    ['epsilon', { massGeV: 1, epsilon: 1 }],
    ['epsilon', { massGeV: 1 }],
    ['alphaD', { massGeV: 1, epsilon: 1e-3, alphaD: 0.1 }],
  ])('rejects bad %s', (parameter, options) => {
    expect(() => darkPhoton(options as never)).toThrow(ParameterError);
    expect(() => darkPhoton(options as never)).toThrow(new RegExp(`^${parameter} =`));
  });

  it('has no dark current, mixing angle or mass matrix', () => {
    const m = darkPhoton({ massGeV: 1, epsilon: 1e-3 });
    expect(() => darkCurrentMatrix(m)).toThrow(ParameterError);
    expect(() => mixingAngle(m)).toThrow(ParameterError);
    expect(() => flavourMassMatrix(m)).toThrow(ParameterError);
  });
});

describe('derived quantities', () => {
  const model = idmFromLagrangian({ massGeV: 1, epsilon: 1e-3, alphaD: 0.1, muLGeV: 0.02, muRGeV: 0.1, diracMassGeV: 0.4 });

  it('darkCoupling is √(4π α_D)', () => {
    expectClose(darkCoupling(model), Math.sqrt(0.4 * Math.PI), 1e-15);
  });

  it('pairCoupling looks pairs up by index or name, in either order, zero when uncoupled', () => {
    expect(pairCoupling(model, 'psi2', 'psi1')).toEqual(pairCoupling(model, 0, 1));
    expect(pairCoupling(preset('hnl-bp1'), 'psi1', 'psi3')).toEqual({ vector: 0, axial: 0 });
    expect(() => pairCoupling(model, 'psi3', 0)).toThrow(/^first =/);
    expect(() => pairCoupling(model, 0, 2)).toThrow(/^second =/);
  });

  it('flavourMassMatrix gives back the Lagrangian matrix', () => {
    const m = flavourMassMatrix(model);
    [[0.02, 0.4], [0.4, 0.1]].forEach((row, i) => row.forEach((x, j) => expectClose(m.re[i]![j]!, x, 0, 1e-15)));
    m.im.flat().forEach((x) => expect(Math.abs(x)).toBeLessThan(1e-16));
    expect(flavourMassMatrix(preset('idm')).re[0]![1]).toBeCloseTo(0.396, 14);
  });
});

describe('withEpsilon and withDarkPhotonMass', () => {
  it('withEpsilon changes eps only', () => {
    const a = preset('hnl-bp1');
    const b = withEpsilon(a, 2e-2);
    expect(b.epsilon).toBe(2e-2);
    expect(b.parameters['epsilon']).toBe(2e-2);
    expect(b.states).toEqual(a.states);
    expect(b.couplings).toEqual(a.couplings);
    expect(a.epsilon).toBe(1e-3);
    expect(Object.isFrozen(b)).toBe(true);
    expect(() => withEpsilon(a, 0)).toThrow(/^epsilon =/);
  });

  it('withDarkPhotonMass rescales the dark sector at fixed ratios and equals the preset built at that mass', () => {
    for (const name of ['idm', 'i2dm', 'hnl-bp1', 'hnl-bp2'] as const) {
      const moved = withDarkPhotonMass(preset(name), 2.5);
      const direct = preset(name, { massGeV: 2.5 });
      expect(moved.darkPhotonMassGeV).toBe(2.5);
      expect(moved.parameters).toEqual(direct.parameters);
      moved.states.forEach((s, i) => expectClose(s.massGeV, direct.states[i]!.massGeV, 1e-14));
      moved.couplings.forEach((c, i) => expectClose(c.vector + c.axial, direct.couplings[i]!.vector + direct.couplings[i]!.axial, 1e-12));
    }
  });

  it('withDarkPhotonMass rescales every GeV parameter, so the parameters rebuild the model', () => {
    const m = withDarkPhotonMass(idmFromLagrangian({ massGeV: 1, epsilon: 1e-3, alphaD: 0.1, muLGeV: 0.02, muRGeV: 0.1, diracMassGeV: 0.4 }), 2);
    const p = m.parameters;
    expect([p['massGeV'], p['muLGeV'], p['muRGeV'], p['diracMassGeV'], p['alphaD']]).toEqual([2, 0.04, 0.2, 0.8, 0.1]);
    const rebuilt = idmFromLagrangian({ massGeV: 2, epsilon: 1e-3, alphaD: 0.1, muLGeV: 0.04, muRGeV: 0.2, diracMassGeV: 0.8 });
    m.states.forEach((s, i) => expectClose(s.massGeV, rebuilt.states[i]!.massGeV, 1e-15));
    expect(() => withDarkPhotonMass(m, -1)).toThrow(/^massGeV =/);
    expect(() => withDarkPhotonMass(preset('idm', { massGeV: 1e-300 }), 1e308)).toThrow(ParameterError); // factor overflows
  });
});
