// Decay tables (THEORY §3.4) built on the model contract (src/models/types.ts). Widths ∝ α carry the
// CODATA 2018 → 2022 shift of 6.8e-10 relative against THEORY's numbers; tolerances allow for it.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HBAR_C_GEV_CM, HBAR_GEV_S } from '../../src/core/constants.js';
import { ParameterError } from '../../src/core/errors.js';
import { darkPhoton, hnl, i2dm, idm, preset, withEpsilon, PRESET_NAMES, type DarkSectorModel } from '../../src/models/index.js';
import { widthDarkFermionToDarkPhoton } from '../../src/widths/darkFermionToDarkPhoton.js';
import { widthDarkFermionToHadrons } from '../../src/widths/darkFermionToHadrons.js';
import { widthDarkFermionToLeptons } from '../../src/widths/darkFermionToLeptons.js';
import { ctauCmAtEpsilon, darkFermionWidthPerEpsilon2, decayLengthCm, widthAtEpsilonGeV } from '../../src/widths/decayLength.js';
import { decayTable, decayTables, DARK_PHOTON_NAME, type DecayTable } from '../../src/widths/decayTable.js';
import { widthDarkPhotonToLeptons } from '../../src/widths/darkPhotonToLeptons.js';
import { expectClose } from '../helpers/close.js';

const gOf = (alpha: number): number => Math.sqrt(4 * Math.PI * alpha);
const widthOf = (t: DecayTable, products: string): number => {
  const c = t.channels.find((ch) => ch.products.join(' ') === products);
  if (c === undefined) throw new Error(`${t.parent}: no channel ${products} in ${t.channels.map((ch) => ch.products.join(' ')).join(', ')}`);
  return c.widthGeV;
};
const productsOf = (t: DecayTable): string[] => t.channels.map((c) => c.products.join(' '));
const brSum = (t: DecayTable): number => t.channels.reduce((s, c) => s + c.branchingRatio, 0);

/** Invariants every table obeys. */
function checkTable(t: DecayTable, model: DarkSectorModel): void {
  const names = new Set([DARK_PHOTON_NAME, 'e+', 'e-', 'mu+', 'mu-', 'tau+', 'tau-', 'hadrons', ...model.states.map((s) => s.name)]);
  expect(JSON.parse(JSON.stringify(t))).toEqual(t); // no NaN / Infinity anywhere
  if (t.stable) {
    expect(t).toMatchObject({ totalWidthGeV: 0, lifetimeS: null, ctauCm: null, channels: [] });
    return;
  }
  expect(t.channels.length).toBeGreaterThan(0);
  for (const c of t.channels) {
    expect(Number.isFinite(c.widthGeV) && c.widthGeV > 0).toBe(true);
    for (const p of c.products) expect(names.has(p)).toBe(true);
  }
  expect(Math.abs(brSum(t) - 1)).toBeLessThanOrEqual(1e-12);
  expect(t.lifetimeS).toBeGreaterThan(0);
  expectClose(t.lifetimeS!, HBAR_GEV_S / t.totalWidthGeV, 1e-15);
  expectClose(t.ctauCm!, HBAR_C_GEV_CM / t.totalWidthGeV, 1e-15);
}

describe('decayTable: iDM benchmark (m_A\' = 1 GeV, eps = 1e-3)', () => {
  const model = preset('idm', { massGeV: 1, epsilon: 1e-3 });

  it('A\': e+e−, μ+μ−, hadrons and ψ1ψ2; no τ (closed); Γ(A\'→ψ1ψ2) = 2.6037684646e-2 (THEORY §6 #3)', () => {
    const t = decayTable(model, "A'");
    checkTable(t, model);
    expect(productsOf(t)).toEqual(['e+ e-', 'mu+ mu-', 'hadrons', 'psi1 psi2']);
    expectClose(widthOf(t, 'psi1 psi2'), 2.6037684646e-2, 1e-10);
    expectClose(widthOf(t, 'e+ e-'), widthDarkPhotonToLeptons({ massGeV: 1, epsilon: 1e-3, lepton: 'e' }), 1e-15);
    expect(t.channels.map((c) => c.epsilonPower)).toEqual([2, 2, 2, 0]);
  });

  it('BR(A\' → e+e−) = 9.3419e-6 at eps = 1e-2 (THEORY §3.4)', () => {
    const t = decayTable(withEpsilon(model, 1e-2), "A'");
    expectClose(t.channels[0]!.branchingRatio, 9.3419e-6, 2e-5);
  });

  it('ψ2 → ψ1 e+e− only (μμ closed: Δm = 0.132 GeV), with the full Γ_A\' in the Breit–Wigner (−0.07%)', () => {
    const t = decayTable(model, 'psi2');
    checkTable(t, model);
    expect(productsOf(t)).toEqual(['psi1 e+ e-']);
    const gammaA = decayTable(model, "A'").totalWidthGeV;
    const direct = widthDarkFermionToLeptons({
      parentMassGeV: 0.462, daughterMassGeV: 0.33, darkPhotonMassGeV: 1, darkPhotonWidthGeV: gammaA, epsilon: 1e-3, left: gOf(0.1), right: gOf(0.1), lepton: 'e',
    });
    expectClose(t.totalWidthGeV, direct, 1e-12);
    expectClose(t.totalWidthGeV / 1e-6, 1.59622e-9, 5e-6);
    expectClose(t.ctauCm!, 12.3536 * (1.5973175149e-9 / 1.59622e-9), 5e-5); // THEORY: 12.3536 cm with Γ_A' = 0
    expectClose(t.channels[0]!.branchingRatio, 1, 0);
  });

  it('ψ1 is stable: explicit marker, zero width, null lifetime and cτ, no channels', () => {
    const t = decayTable(model, 'psi1');
    expect(t).toEqual({ parent: 'psi1', massGeV: 0.33, epsilon: 1e-3, stable: true, totalWidthGeV: 0, lifetimeS: null, ctauCm: null, channels: [] });
  });

  it('decayTables lists the A\' and the unstable states; tables are cached per model and frozen', () => {
    expect(decayTables(model).map((t) => t.parent)).toEqual(["A'", 'psi2']);
    expect(decayTable(model, 'psi2')).toBe(decayTable(model, 'psi2'));
    expect(decayTables(model)[1]).toBe(decayTable(model, 'psi2'));
    expect(Object.isFrozen(decayTable(model, "A'").channels[0])).toBe(true);
    const other = preset('idm', { massGeV: 1, epsilon: 1e-3 });
    expect(decayTable(other, 'psi2')).not.toBe(decayTable(model, 'psi2'));
    expect(decayTable(other, 'psi2')).toEqual(decayTable(model, 'psi2'));
  });

  it('at m_A\' = 3 GeV ψ2 → ψ1 + {e+e−, μ+μ−, hadrons} are all open', () => {
    const m3 = preset('idm', { massGeV: 3, epsilon: 1e-3 });
    const t = decayTable(m3, 'psi2');
    checkTable(t, m3);
    expect(productsOf(t)).toEqual(['psi1 e+ e-', 'psi1 mu+ mu-', 'psi1 hadrons']);
    const gammaA = decayTable(m3, "A'").totalWidthGeV;
    const args = { parentMassGeV: 1.386, daughterMassGeV: 0.99, darkPhotonMassGeV: 3, darkPhotonWidthGeV: gammaA, epsilon: 1e-3, left: gOf(0.1), right: gOf(0.1) };
    expectClose(widthOf(t, 'psi1 hadrons'), widthDarkFermionToHadrons(args), 1e-9);
    expectClose(widthOf(t, 'psi1 mu+ mu-'), widthDarkFermionToLeptons({ ...args, lepton: 'mu' }), 1e-12);
  });
});

describe('decayTable: counting and model families', () => {
  it('i2DM (Dirac, §2.2): ψ1ψ1, ψ1ψ2 (both charge states in one channel), ψ2ψ2', () => {
    const model = i2dm({ massGeV: 1, epsilon: 1e-3, alphaD: 0.5, r: 0.3, delta: 0.2, theta: 0.05 });
    const t = decayTable(model, "A'");
    checkTable(t, model);
    expectClose(widthOf(t, 'psi1 psi1'), 9.817e-7, 1e-5);
    expectClose(widthOf(t, 'psi1 psi2'), 7.55772e-4, 1e-6);
    expectClose(widthOf(t, 'psi2 psi2'), 0.1449153, 1e-6);
    expect(productsOf(decayTable(model, 'psi2'))).toEqual(['psi1 e+ e-']);
  });

  it('C-symmetric HNL fixture (§2.3): A\' → ψ1ψ2, ψ2ψ3 only; ψ3 → ψ2 ee, μμ (no ψ1: V_13 = 0); ψ2 → ψ1 ee', () => {
    const model = hnl({ massGeV: 1, epsilon: 1e-3, alphaD: 0.11, massMatrix: [[0.5, 0.08, 0.08], [0.08, 0.02, 0.3], [0.08, 0.3, 0.02]] });
    const a = decayTable(model, "A'");
    checkTable(a, model);
    expectClose(widthOf(a, 'psi1 psi2'), 2.86317955e-2, 1e-8);
    expectClose(widthOf(a, 'psi2 psi3'), 4.56978485e-3, 1e-8);
    const t3 = decayTable(model, 'psi3');
    checkTable(t3, model);
    expect(productsOf(t3)).toEqual(['psi2 e+ e-', 'psi2 mu+ mu-']);
    // THEORY's 9.34507680e-15 has Γ_A' = 0; the table's Breit–Wigner carries Γ_A' = 0.0332 GeV: −1.1e-3
    expectClose(widthOf(t3, 'psi2 e+ e-'), 9.3450768e-15 * (1 - 1.14e-3), 2e-4);
    expect(productsOf(decayTable(model, 'psi2'))).toEqual(['psi1 e+ e-']);
    expect(decayTables(model).map((t) => t.parent)).toEqual(["A'", 'psi2', 'psi3']);
  });

  it('without C symmetry every pair couples: diagonal Majorana channels and the cascade ψ3 → ψ1, ψ2', () => {
    const model = hnl({ massGeV: 1, epsilon: 1e-3, alphaD: 0.11, massMatrix: [[0.5, 0.08, 0.05], [0.08, 0.02, 0.3], [0.05, 0.3, 0.06]] });
    const a = decayTable(model, "A'");
    checkTable(a, model);
    const expected: [string, number][] = [['psi1 psi1', 6.59963e-5], ['psi1 psi2', 2.883457e-2], ['psi1 psi3', 4.355649e-3], ['psi2 psi2', 7.23034e-5], ['psi2 psi3', 3.11361e-7]];
    for (const [p, w] of expected) expectClose(widthOf(a, p), w, 2e-6);
    expect(productsOf(a)).not.toContain('psi3 psi3'); // closed: 2 m_3 > m_A'
    const t3 = decayTable(model, 'psi3');
    checkTable(t3, model);
    // m_3 − m_1 = 0.2806 GeV is just above 2m_π = 0.2791 GeV: ψ3 → ψ1 + hadrons is (barely) open
    expect(productsOf(t3)).toEqual(['psi1 e+ e-', 'psi1 mu+ mu-', 'psi1 hadrons', 'psi2 e+ e-', 'psi2 mu+ mu-']);
  });

  it('4×4 with an active neutrino: A\' → ν ψ (1.91177e-8 GeV), and ν appears as a daughter', () => {
    const model = hnl({
      massGeV: 1, epsilon: 1e-3, alphaD: 0.11, activeFlavours: 1,
      massMatrix: [[0, 1e-3, 0, 0], [1e-3, 0.5, 0.08, 0.08], [0, 0.08, 0.02, 0.3], [0, 0.08, 0.3, 0.02]],
    });
    expectClose(widthOf(decayTable(model, "A'"), 'nu psi2'), 1.91177e-8, 1e-5);
    expect(productsOf(decayTable(model, 'psi2'))).toContain('nu e+ e-');
    expect(decayTable(model, 'nu').stable).toBe(true);
  });

  it('on-shell two-body ψ2 → ψ1 A\' when m2 > m1 + m_A\', with no three-body channel for that daughter', () => {
    const model = idm({ massGeV: 1, epsilon: 1e-3, alphaD: 0.1, r: 0.2, delta: 6 }); // m = (0.2, 1.4) GeV
    const t = decayTable(model, 'psi2');
    checkTable(t, model);
    expect(productsOf(t)).toEqual(["psi1 A'"]);
    expect(t.channels[0]!.epsilonPower).toBe(0);
    const g = gOf(0.1);
    expectClose(t.totalWidthGeV, widthDarkFermionToDarkPhoton({ parentMassGeV: 1.4, daughterMassGeV: 0.2, darkPhotonMassGeV: 1, left: g, right: g }), 1e-13);
    expect(productsOf(decayTable(model, "A'"))).toEqual(['e+ e-', 'mu+ mu-', 'hadrons']); // ψ1ψ2 closed
  });

  it('minimal dark photon: cτ = 8.11227e-5 cm at 0.1 GeV, eps = 1e-3 (THEORY §3.4); stable below 2 m_e', () => {
    const t = decayTable(darkPhoton({ massGeV: 0.1, epsilon: 1e-3 }), "A'");
    expect(productsOf(t)).toEqual(['e+ e-']);
    expectClose(t.ctauCm!, 8.11227e-5, 5e-6);
    const light = decayTable(darkPhoton({ massGeV: 1e-3, epsilon: 1e-3 }), "A'");
    expect(light.stable).toBe(true);
    expect(light.ctauCm).toBeNull();
  });

  it('HNL BP1 preset: ψ2 and ψ3 decay, ψ1 stable, A\' → ψ1ψ2 and ψ2ψ3 only', () => {
    const model = preset('hnl-bp1', { massGeV: 1, epsilon: 1e-3 });
    const tables = decayTables(model);
    expect(tables.map((t) => t.parent)).toEqual(["A'", 'psi2', 'psi3']);
    for (const t of tables) checkTable(t, model);
    expect(productsOf(tables[0]!).filter((p) => p.startsWith('psi'))).toEqual(['psi1 psi2', 'psi2 psi3']);
  });
});

describe('eps scaling and decay lengths', () => {
  const model = preset('idm', { massGeV: 1, epsilon: 1e-3 });

  it('widthAtEpsilonGeV reproduces a recomputed table (A\' exactly; ψ2 up to Γ_SM in the Breit–Wigner)', () => {
    const below = withEpsilon(model, 1e-6);
    expectClose(widthAtEpsilonGeV(decayTable(model, 'psi2'), 1e-6), decayTable(below, 'psi2').totalWidthGeV, 1e-9);
    for (const eps of [1e-6, 3e-2]) {
      const other = withEpsilon(model, eps);
      expectClose(widthAtEpsilonGeV(decayTable(model, "A'"), eps), decayTable(other, "A'").totalWidthGeV, 1e-14);
      // Γ_SM(∝ eps²) in the Breit–Wigner: 2.5e-4 of Γ_A' at eps = 3e-2, moving the ψ2 width by 3.6e-7
      expectClose(widthAtEpsilonGeV(decayTable(model, 'psi2'), eps), decayTable(other, 'psi2').totalWidthGeV, 1e-6);
      expectClose(ctauCmAtEpsilon(decayTable(model, 'psi2'), eps)!, decayTable(other, 'psi2').ctauCm!, 1e-6);
    }
    expect(ctauCmAtEpsilon(decayTable(model, 'psi1'), 1e-2)).toBeNull();
  });

  it('darkFermionWidthPerEpsilon2 = Γ/eps² for purely off-shell decays; 0 for the eps-independent two-body', () => {
    expectClose(darkFermionWidthPerEpsilon2(model, 'psi2'), decayTable(model, 'psi2').totalWidthGeV / 1e-6, 1e-14);
    const onShell = idm({ massGeV: 1, epsilon: 1e-3, alphaD: 0.1, r: 0.2, delta: 6 });
    expect(darkFermionWidthPerEpsilon2(onShell, 'psi2')).toBe(0);
  });

  it('decayLengthCm = (p/m) cτ, validated', () => {
    expectClose(decayLengthCm(12.35, 5, 0.462), (5 / 0.462) * 12.35, 1e-15);
    expect(decayLengthCm(1, 0, 1)).toBe(0);
    expect(() => decayLengthCm(0, 1, 1)).toThrow(expect.objectContaining({ parameter: 'ctauCm' }));
    expect(() => decayLengthCm(1, -1, 1)).toThrow(expect.objectContaining({ parameter: 'momentumGeV' }));
    expect(() => decayLengthCm(1, 1, Number.NaN)).toThrow(expect.objectContaining({ parameter: 'massGeV' }));
    expect(() => decayLengthCm(1e300, 1e300, 1e-300)).toThrow(ParameterError);
    expect(() => widthAtEpsilonGeV(decayTable(model, "A'"), 2)).toThrow(expect.objectContaining({ parameter: 'epsilon' }));
  });
});

describe('decayTable: properties and validation', () => {
  it('property (log-uniform m_A\', eps; every preset): finite positive widths, BRs sum to 1 (1e-12), τ > 0', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESET_NAMES),
        fc.double({ min: -2, max: 1, noNaN: true }).map((e) => 10 ** e),
        fc.double({ min: -7, max: -0.5, noNaN: true }).map((e) => 10 ** e),
        (name, massGeV, epsilon) => {
          const model = preset(name, { massGeV, epsilon });
          const tables = decayTables(model);
          expect(tables[0]!.parent).toBe("A'");
          for (const t of tables) checkTable(t, model);
          for (const s of model.states) checkTable(decayTable(model, s.name), model);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('unknown particle or a non-model → ParameterError naming it', () => {
    const model = preset('idm');
    expect(() => decayTable(model, 'psi3')).toThrow(expect.objectContaining({ parameter: 'particle' }));
    expect(() => decayTable(model, 'Z')).toThrow(expect.objectContaining({ parameter: 'particle' }));
    expect(() => decayTable(null as never, "A'")).toThrow(expect.objectContaining({ parameter: 'model' }));
    expect(() => decayTables({ ...model, epsilon: 0 })).toThrow(expect.objectContaining({ parameter: 'model.epsilon' }));
    expect(() => decayTables({ ...model, states: 3 } as never)).toThrow(expect.objectContaining({ parameter: 'model' }));
  });
});

describe('decayTable: degenerate corner', () => {
  // A three-body channel with Γ_A' = 0 and the pole inside its range cannot arise: Γ_A' = 0 needs m_A' ≤ 2m_e,
  // and m_j − m_i > 2m_e ≥ m_A' then opens the two-body channel instead.
  it('A\' exactly at 2 m_e (stable A\'): ψ2 goes on-shell to ψ1 A\', and all tables stay finite', async () => {
    const { ELECTRON_MASS_GEV } = await import('../../src/core/constants.js');
    const model = idm({ massGeV: 2 * ELECTRON_MASS_GEV, epsilon: 1e-3, alphaD: 0.1, r: 1, delta: 1.5 });
    expect(decayTable(model, "A'").stable).toBe(true);
    const t = decayTable(model, 'psi2'); // m2 − m1 = 1.5 m_A' > m_A': on-shell two-body
    expect(productsOf(t)).toEqual(["psi1 A'"]);
    const offShell = idm({ massGeV: 2 * ELECTRON_MASS_GEV, epsilon: 1e-3, alphaD: 0.1, r: 1, delta: 0.5 });
    expect(JSON.parse(JSON.stringify(decayTables(offShell)))).toEqual(decayTables(offShell));
  });
});
