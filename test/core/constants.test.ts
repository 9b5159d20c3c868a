import { describe, expect, it } from 'vitest';
import * as c from '../../src/core/constants.js';
import * as u from '../../src/core/units.js';
import { expectClose } from '../helpers/close.js';

// Each constant is pinned against the value printed by its cited source (CODATA 2022 / PDG 2024 / SI 2019).
// Derived constants are checked against independently printed values (THEORY.md §0.2, EXPERIMENTS.md intro).
describe('constants', () => {
  it('primary constants equal their cited values', () => {
    expect(c.INVERSE_ALPHA).toBe(137.035999177); // CODATA 2022
    expect(c.ELECTRON_MASS_GEV).toBe(0.51099895069e-3); // CODATA 2022
    expect(c.MUON_MASS_GEV).toBe(0.1056583755); // PDG 2024
    expect(c.TAU_MASS_GEV).toBe(1.77693); // PDG 2024
    expect(c.PROTON_MASS_GEV).toBe(0.93827208943); // CODATA 2022
    expect(c.Z_MASS_GEV).toBe(91.188); // PDG 2024
    expect(c.SIN2_THETA_W).toBe(0.23129); // PDG 2024 MS-bar
    expect(c.AVOGADRO_PER_MOL).toBe(6.02214076e23); // exact SI
    expect(c.SPEED_OF_LIGHT_CM_PER_S).toBe(29979245800); // exact SI
  });

  it('hbar*c is derived and equals the SI-exact 1.973269804e-14 GeV cm to its 10 printed digits', () => {
    expectClose(c.HBAR_C_GEV_CM, 1.973269804e-14, 5e-10);
    // THEORY §3.4: hbar c / (1e-13 GeV) = 0.1973269804 cm
    expectClose(c.HBAR_C_GEV_CM / 1e-13, 0.1973269804, 5e-10);
  });

  it('GeV^-2 converts to 0.3893794 mb (EXPERIMENTS.md conventions)', () => {
    expectClose(c.GEV_MINUS2_TO_CM2 / u.mb, 0.3893794, 1e-6);
    expectClose(u.invGeV2 / u.fb, 3.893794e11, 1e-6);
  });

  it('alpha and e are consistent: e^2 = 4 pi alpha', () => {
    expectClose(c.ELEMENTARY_CHARGE ** 2, 4 * Math.PI * c.ALPHA, 1e-15);
    // CODATA 2018 -> 2022 changes alpha by < 1e-9 relative (THEORY §0.2)
    expectClose(c.ALPHA, 1 / 137.035999084, 1e-9);
  });
});

describe('units', () => {
  it('are multiplicative constants in GeV / cm / s', () => {
    expect(1.5 * u.MeV).toBeCloseTo(1.5e-3, 18);
    expect(u.mm * 10).toBeCloseTo(u.cm, 15);
    expect(u.m).toBe(100);
    expect(u.TeV / u.GeV).toBe(1000);
    expect(u.ns / u.ps).toBeCloseTo(1000, 9);
    expect(180 * u.degree).toBeCloseTo(Math.PI, 15);
  });
});
