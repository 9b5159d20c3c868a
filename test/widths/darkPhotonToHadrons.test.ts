import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALPHA, CHARGED_PION_MASS_GEV } from '../../src/core/constants.js';
import { ParameterError } from '../../src/core/errors.js';
import { widthDarkPhotonToHadrons } from '../../src/widths/darkPhotonToHadrons.js';
import { widthDarkPhotonToLeptons } from '../../src/widths/darkPhotonToLeptons.js';
import { rRatioModel } from '../../src/widths/rRatio.js';
import { expectClose } from '../helpers/close.js';

/** THEORY used CODATA 2018 α; the library CODATA 2022 (6.8e-10 smaller): check values ∝ α are rescaled. */
const ALPHA_RATIO = ALPHA * 137.035999084;
const two = (): number => 2;

describe('widthDarkPhotonToHadrons (THEORY §3.2)', () => {
  it('toy R = 2 at 1.5 GeV: Γ_had/eps² = 7.2973525693e-3 GeV (1e-10 after α rescaling)', () => {
    const g = widthDarkPhotonToHadrons({ massGeV: 1.5, epsilon: 1e-3, rRatio: two }) / 1e-6;
    expectClose(g, 7.2973525693e-3 * ALPHA_RATIO, 1e-10);
  });

  it('massless Γ_μμ prefactor: Γ_had/Γ_μμ(massive) = 2.000297 for R = 2 at 1.5 GeV', () => {
    const ratio =
      widthDarkPhotonToHadrons({ massGeV: 1.5, epsilon: 1e-3, rRatio: two }) /
      widthDarkPhotonToLeptons({ massGeV: 1.5, epsilon: 1e-3, lepton: 'mu' });
    expectClose(ratio, 2.000297, 5e-7);
  });

  it.each([
    [0.3, 0.8859],
    [0.4, 0.9675],
    [0.5, 0.9872],
    [0.7, 0.9968],
    [1.0, 0.99924],
    [2.0, 0.99995],
  ])('Γ_μμ(massive)/(massless prefactor) at %s GeV = %s (THEORY §3.2 list)', (m, expected) => {
    const massive = widthDarkPhotonToLeptons({ massGeV: m, epsilon: 1e-3, lepton: 'mu' });
    const massless = widthDarkPhotonToHadrons({ massGeV: m, epsilon: 1e-3, rRatio: () => 1 });
    expect(massive / massless).toBeCloseTo(expected, 4);
  });

  it('defaults to the library model: Γ = (eps² α m/3) rRatioModel(m)', () => {
    for (const m of [0.3, 0.775, 1.0195, 1.5, 3.0969, 5, 9.4604]) {
      const g = widthDarkPhotonToHadrons({ massGeV: m, epsilon: 0.01 });
      expectClose(g, ((1e-4 * ALPHA * m) / 3) * rRatioModel(m), 1e-15);
      expect(g).toBeGreaterThan(0);
    }
  });

  it('is 0 at and below 2 m_π±, whatever R returns (A′ → π⁰γ neglected), and where R = 0', () => {
    const threshold = 2 * CHARGED_PION_MASS_GEV;
    for (const m of [0.001, 0.1, 0.2, threshold]) {
      expect(widthDarkPhotonToHadrons({ massGeV: m, epsilon: 0.1 })).toBe(0);
      expect(widthDarkPhotonToHadrons({ massGeV: m, epsilon: 0.1, rRatio: two })).toBe(0);
    }
    expect(widthDarkPhotonToHadrons({ massGeV: 1, epsilon: 0.1, rRatio: () => 0 })).toBe(0);
    // Just above threshold the π⁺π⁻ part starts from 0 (P wave, β³); what remains is the far tail of the ω
    // (its π⁰γ and 3π widths), R ≈ 2e-3: a step of Γ/eps² ≈ α m R/3 ≈ 1.4e-6 GeV at 2m_π, the approximation
    // "R = 0 below 2m_π" of THEORY §3.2.
    const justAbove = widthDarkPhotonToHadrons({ massGeV: threshold * (1 + 1e-6), epsilon: 0.1 }) / 0.01;
    expect(justAbove).toBeGreaterThan(0);
    expect(justAbove).toBeLessThan(((ALPHA * threshold) / 3) * 3e-3);
  });

  it('Γ ∝ eps² exactly (to rounding), Γ ≥ 0 and finite over 1 MeV – 20 GeV', () => {
    const mass = fc.double({ min: -3, max: 1.3, noNaN: true }).map((e) => 10 ** e);
    const eps = fc.double({ min: -8, max: -0.01, noNaN: true }).map((e) => 10 ** e);
    fc.assert(
      fc.property(mass, eps, eps, (m, e1, e2) => {
        const g1 = widthDarkPhotonToHadrons({ massGeV: m, epsilon: e1 });
        const g2 = widthDarkPhotonToHadrons({ massGeV: m, epsilon: e2 });
        expect(Number.isFinite(g1) && g1 >= 0).toBe(true);
        if (g1 === 0) {
          expect(g2).toBe(0);
          return;
        }
        expect(Math.abs(g1 / (e1 * e1) / (g2 / (e2 * e2)) - 1)).toBeLessThan(1e-14);
      }),
    );
  });

  it('bad input throws ParameterError naming the parameter', () => {
    const cases: [unknown, string][] = [
      [{ massGeV: Number.NaN, epsilon: 1e-3 }, 'massGeV'],
      [{ massGeV: -0.5, epsilon: 1e-3 }, 'massGeV'],
      [{ massGeV: 1, epsilon: 1.5 }, 'epsilon'],
      [{ massGeV: 1, epsilon: -1e-3 }, 'epsilon'],
      [{ massGeV: 1, epsilon: 1e-3, rRatio: 2 }, 'rRatio'],
      [{ massGeV: 1, epsilon: 1e-3, rRatio: () => Number.NaN }, 'rRatio'],
      [{ massGeV: 1, epsilon: 1e-3, rRatio: () => -1 }, 'rRatio'],
      [{ massGeV: 1, epsilon: 1e-3, rRatio: () => Infinity }, 'rRatio'],
      [{ massGeV: 1, epsilon: 1e-3, rRatio: () => '2' }, 'rRatio'],
      ['1 GeV', 'args'],
    ];
    for (const [args, name] of cases) {
      try {
        widthDarkPhotonToHadrons(args as never);
        expect.fail(`no error for ${JSON.stringify(args)}`);
      } catch (error) {
        expect(error).toBeInstanceOf(ParameterError);
        expect((error as ParameterError).parameter).toBe(name);
      }
    }
  });
});
