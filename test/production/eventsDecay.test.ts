// Decay cascades: three-body kinematics of ψ_j → ψ_i ℓ⁺ℓ⁻ against the analytic distributions (THEORY §3.6),
// channel frequencies, decay lengths, the on-shell A' branch, and four-momentum conservation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELECTRON_MASS_GEV, HBAR_C_GEV_CM } from '../../src/core/constants.js';
import { integrate } from '../../src/core/numerics/index.js';
import { createRandomStream } from '../../src/core/random/index.js';
import { cSymmetricMassMatrix, hnl, preset, type DarkSectorModel } from '../../src/models/index.js';
import {
  createCascadeBuffers,
  leptonDalitzQuadratic,
  prepareDecayPlan,
  sampleDecayChainInto,
  sampleStateDecayChainInto,
  type CascadeBuffers,
} from '../../src/production/events.js';
import {
  ctauCmAtEpsilon,
  decayTable,
  dWidthDq2DarkFermionToLeptons,
  sMinusLimitsDarkFermionToLeptons,
  squaredMatrixElementDarkFermionToLeptons,
  widthDarkFermionToLeptons,
  type DarkFermionToLeptonsArgs,
} from '../../src/widths/index.js';
import { chi2, chi2Critical } from '../helpers/statistics.js';

function mass2(a: ArrayLike<number>, o = 0): number {
  const p = Math.hypot(a[o + 1]!, a[o + 2]!, a[o + 3]!);
  return (a[o]! - p) * (a[o]! + p);
}

const idm1 = preset('idm', { massGeV: 1, epsilon: 1e-3 });
const [psi1, psi2] = idm1.states;
const g = idm1.couplings[0]!.vector;
const idmArgs: DarkFermionToLeptonsArgs = {
  parentMassGeV: psi2!.massGeV,
  daughterMassGeV: psi1!.massGeV,
  darkPhotonMassGeV: 1,
  darkPhotonWidthGeV: decayTable(idm1, "A'").totalWidthGeV,
  epsilon: 1e-3,
  left: g,
  right: g,
  lepton: 'e',
};

/** 10⁵ decays ψ2 → ψ1 e⁺e⁻ at rest (iDM, m_A' = 1 GeV, seed 20230210): (q², s₋) of each. */
function idmDecaysAtRest(n: number): { q2: Float64Array; sMinus: Float64Array } {
  const plan = prepareDecayPlan(idm1);
  const b = createCascadeBuffers();
  const random = createRandomStream(20230210);
  const m = psi2!.massGeV;
  const rest = new Float64Array([m, 0, 0, 0]);
  const q2 = new Float64Array(n);
  const sMinus = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    b.trackCount = 0;
    b.visibleCount = 0;
    sampleStateDecayChainInto(b, plan, 1, rest, 0, random);
    const v = b.visibleMomentum; // ℓ⁺ then ℓ⁻
    q2[i] = mass2([0, 1, 2, 3].map((k) => v[k]! + v[4 + k]!));
    sMinus[i] = m * m + ELECTRON_MASS_GEV ** 2 - 2 * m * v[0]!; // (P − p₊)² with P at rest
  }
  return { q2, sMinus };
}

describe('ψ2 → ψ1 e⁺e⁻ kinematics (iDM, m_A′ = 1 GeV, 10⁵ decays, seed 20230210)', () => {
  const n = 100_000;
  const { q2, sMinus } = idmDecaysAtRest(n);
  const q2Max = (psi2!.massGeV - psi1!.massGeV) ** 2;
  const q2Min = 4 * ELECTRON_MASS_GEV ** 2;
  const width = widthDarkFermionToLeptons(idmArgs);

  it('the dilepton-mass² histogram follows dΓ/dq² (χ², 40 bins, p > 1e-3)', () => {
    const bins = 40;
    const counts = new Array<number>(bins).fill(0);
    for (const x of q2) counts[Math.min(bins - 1, Math.floor(((x - q2Min) / (q2Max - q2Min)) * bins))]! += 1;
    const p = counts.map((_, k) => {
      const lo = q2Min + ((q2Max - q2Min) * k) / bins;
      const hi = q2Min + ((q2Max - q2Min) * (k + 1)) / bins;
      return integrate((x) => dWidthDq2DarkFermionToLeptons(idmArgs, x), lo, hi, { relTol: 1e-10 }).value / width;
    });
    const { value, dof } = chi2(counts, p, n);
    console.log(`q² χ² = ${value.toFixed(2)} for ${dof} dof (critical ${chi2Critical(dof).toFixed(1)})`);
    expect(value).toBeLessThan(chi2Critical(dof));
  });

  it('the s₋ = (p_ψ1 + p_e⁻)² histogram follows the Dalitz projection of ⟨|M|²⟩ (χ², 30 bins, p > 1e-3)', () => {
    const lo = (psi1!.massGeV + ELECTRON_MASS_GEV) ** 2;
    const hi = (psi2!.massGeV - ELECTRON_MASS_GEV) ** 2;
    const bins = 30;
    const counts = new Array<number>(bins).fill(0);
    for (const s of sMinus) counts[Math.min(bins - 1, Math.floor(((s - lo) / (hi - lo)) * bins))]! += 1;
    const m3 = 256 * Math.PI ** 3 * psi2!.massGeV ** 3;
    // q² pieces: the e⁺e⁻ threshold region, then 32 equal steps (the integrand has kinks where a bin edge
    // meets the Dalitz boundary; short pieces keep the adaptive rule from stepping over narrow supports).
    const edges = [q2Min, q2Min * 1.01, q2Min * 2, q2Min * 10, 1e-4, 1e-3];
    for (let k = 1; k <= 32; k++) edges.push(1e-3 + ((q2Max - 1e-3) * k) / 32);
    const binRate = (a: number, b: number): number =>
      edges.slice(1).reduce((sum, x1, k) => sum + piece(a, b, edges[k]!, x1), 0);
    const piece = (a: number, b: number, x0: number, x1: number): number =>
      integrate(
        (x) => {
          if (!(x > q2Min && x < q2Max)) return 0;
          const lim = sMinusLimitsDarkFermionToLeptons(idmArgs, x);
          const s0 = Math.max(a, lim.minGeV2);
          const s1 = Math.min(b, lim.maxGeV2);
          if (!(s1 > s0)) return 0;
          const mid = squaredMatrixElementDarkFermionToLeptons(idmArgs, x, (s0 + s1) / 2);
          const ends = squaredMatrixElementDarkFermionToLeptons(idmArgs, x, s0) + squaredMatrixElementDarkFermionToLeptons(idmArgs, x, s1);
          return ((s1 - s0) * (ends + 4 * mid)) / 6 / m3; // Simpson: exact for the quadratic |M|²
        },
        x0,
        x1,
        { relTol: 1e-9, absTol: 1e-30, maxSubdivisions: 5000 },
      ).value;
    const p = counts.map((_, k) => binRate(lo + ((hi - lo) * k) / bins, lo + ((hi - lo) * (k + 1)) / bins) / width);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    const { value, dof } = chi2(counts, p, n);
    console.log(`s₋ χ² = ${value.toFixed(2)} for ${dof} dof (critical ${chi2Critical(dof).toFixed(1)})`);
    expect(value).toBeLessThan(chi2Critical(dof));
  });

  it('the sampled Dalitz weight is ⟨|M|²⟩ up to a q²-only factor, and ∫ ⟨|M|²⟩ ds₋/(256π³m³) = dΓ/dq²', () => {
    const weight = leptonDalitzQuadratic(g * g, g * g, psi1!.massGeV, psi2!.massGeV, ELECTRON_MASS_GEV);
    const c = new Float64Array(3);
    for (const x of [1e-5, 0.001, 0.005, 0.01, 0.015, 0.017]) {
      weight(x, c);
      const lim = sMinusLimitsDarkFermionToLeptons(idmArgs, x);
      const ratios = [0, 0.3, 0.5, 0.9, 1].map((f) => {
        const s = lim.minGeV2 + f * (lim.maxGeV2 - lim.minGeV2);
        return squaredMatrixElementDarkFermionToLeptons(idmArgs, x, s) / (c[0]! + s * (c[1]! + s * c[2]!));
      });
      for (const r of ratios) expect(r / ratios[0]!).toBeCloseTo(1, 10);
      const s0 = lim.minGeV2;
      const s1 = lim.maxGeV2;
      const mm = (s: number): number => squaredMatrixElementDarkFermionToLeptons(idmArgs, x, s);
      const simpson = ((s1 - s0) * (mm(s0) + 4 * mm((s0 + s1) / 2) + mm(s1))) / 6;
      const density = dWidthDq2DarkFermionToLeptons(idmArgs, x);
      expect(simpson / (256 * Math.PI ** 3 * psi2!.massGeV ** 3) / density).toBeCloseTo(1, 9);
    }
  });
});

describe('channel choice and decay lengths', () => {
  /** Binomial check: |k − Np| < 5√(Np(1 − p)). */
  const expectBinomial = (k: number, n: number, p: number): void => {
    expect(Math.abs(k - n * p)).toBeLessThan(5 * Math.sqrt(n * p * (1 - p)) + 1e-9);
  };

  it('A′ channels follow the dark branching ratios (HNL BP1 and i2DM, 10⁵ chains each)', () => {
    for (const model of [preset('hnl-bp1', { massGeV: 1 }), preset('i2dm', { massGeV: 1 })]) {
      const plan = prepareDecayPlan(model);
      const b = createCascadeBuffers();
      const random = createRandomStream(5);
      const a = new Float64Array([3, 0, 1, Math.sqrt(8 - 1)]);
      const n = 100_000;
      const counts = new Array<number>(plan.darkPhoton.channels.length).fill(0);
      for (let i = 0; i < n; i++) {
        b.trackCount = 0;
        b.visibleCount = 0;
        counts[sampleDecayChainInto(b, plan, a, 0, random)]! += 1;
      }
      const table = decayTable(model, "A'").channels.filter((c) => c.epsilonPower === 0);
      const dark = table.reduce((s, c) => s + c.widthGeV, 0);
      table.forEach((c, k) => expectBinomial(counts[k]!, n, c.widthGeV / dark));
    }
  });

  it('ψ channels follow the table BRs (ψ3 of HNL BP2 and ψ2 of iDM at m_A′ = 5 GeV: e e, μ μ, hadrons)', () => {
    for (const [model, state] of [[preset('hnl-bp2', { massGeV: 5 }), 2], [preset('idm', { massGeV: 5 }), 1]] as const) {
      const plan = prepareDecayPlan(model);
      const b = createCascadeBuffers();
      const random = createRandomStream(6);
      const m = model.states[state]!.massGeV;
      const rest = new Float64Array([m, 0, 0, 0]);
      const n = 30_000;
      const counts = { 11: 0, 13: 0, 0: 0 } as Record<number, number>;
      for (let i = 0; i < n; i++) {
        b.trackCount = 0;
        b.visibleCount = 0;
        sampleStateDecayChainInto(b, plan, state, rest, 0, random);
        counts[Math.abs(b.visiblePdg[b.visibleStart[0]!]!)]! += 1;
      }
      const table = decayTable(model, model.states[state]!.name).channels;
      const br = (x: string): number => table.find((c) => c.products[1] === x)!.branchingRatio;
      expectBinomial(counts[11]!, n, br('e+'));
      expectBinomial(counts[13]!, n, br('mu+'));
      expectBinomial(counts[0]!, n, br('hadrons'));
    }
  });

  it('decayLengthCmAtUnitEpsilon = βγ ħc/(Γ/eps²) from the decay table, and /eps² reproduces ctauCmAtEpsilon', () => {
    const model = preset('hnl-bp1', { massGeV: 1, epsilon: 3e-3 });
    const plan = prepareDecayPlan(model);
    const b = createCascadeBuffers();
    const random = createRandomStream(8);
    const a = new Float64Array([4, 1, -2, Math.sqrt(16 - 5 - 1)]);
    for (let i = 0; i < 200; i++) sampleDecayChainInto(b, plan, a, 0, random);
    expect(b.trackCount).toBeGreaterThan(300);
    for (let t = 0; t < b.trackCount; t++) {
      const table = decayTable(model, model.states[b.trackState[t]!]!.name);
      const betaGamma = Math.hypot(b.trackMomentum[4 * t + 1]!, b.trackMomentum[4 * t + 2]!, b.trackMomentum[4 * t + 3]!) / b.trackMass[t]!;
      const expected = (betaGamma * HBAR_C_GEV_CM) / (table.totalWidthGeV / table.epsilon ** 2);
      expect(b.decayLengthCmAtUnitEpsilon[t]! / expected).toBeCloseTo(1, 12);
      expect((b.decayLengthCmAtUnitEpsilon[t]! / 1e-4) / (betaGamma * ctauCmAtEpsilon(table, 1e-2)!)).toBeCloseTo(1, 12);
    }
  });
});

describe('q² envelopes of the decay plans', () => {
  it('property: for every preset channel the envelope bounds dΓ/dq² from above and the squeeze from below (64 points per cell)', () => {
    fc.assert(
      fc.property(fc.constantFrom('idm', 'i2dm', 'hnl-bp1', 'hnl-bp2'), fc.double({ min: 0.05, max: 10, noNaN: true }), (name, massGeV) => {
        const plan = prepareDecayPlan(preset(name, { massGeV }));
        for (const state of plan.states) {
          for (const c of state.channels) {
            const s = c.threeBody?.q2 ?? c.hadronicMass2;
            if (s === null) continue;
            const len = s.upper - s.lower;
            for (let i = 0; i < s.cells; i++) {
              for (let k = 0; k <= 64; k++) {
                const t = s.cellStart[i]! + (s.cellWidth[i]! * k) / 64;
                const x = t <= 0.5 ? s.lower + len * t * t * (3 - 2 * t) : s.upper - len * (1 - t) * (1 - t) * (1 + 2 * t);
                const g = s.density(x) * 6 * len * t * (1 - t);
                expect(g).toBeLessThanOrEqual(s.cellBound[i]!);
                expect(g).toBeGreaterThanOrEqual(s.cellFloorFraction[i]! * s.cellBound[i]!);
              }
            }
            expect(s.integral / s.envelopeIntegral).toBeGreaterThan(0.97);
          }
        }
      }),
      { numRuns: 12 },
    );
  });
});

describe('cascade structure', () => {
  it('ψ_j → ψ_i A′ on shell: the A′ decays promptly into the dark sector, its daughters are children of ψ_j', () => {
    // HNL with m = (0.1, 0.2, 1.5) GeV, m_A′ = 1 GeV: ψ3 → ψ2 A′ is open, A′ → ψ1 ψ2.
    const model = hnl({ massGeV: 1, epsilon: 1e-3, alphaD: 0.1, massMatrix: cSymmetricMassMatrix({ massesGeV: [0.1, 0.2, 1.5], v12Squared: 0.5 }) });
    expect(decayTable(model, 'psi3').channels.map((c) => c.products.join(' '))).toEqual(["psi2 A'"]);
    const plan = prepareDecayPlan(model);
    const b = createCascadeBuffers(1, 1); // also exercises buffer growth
    const random = createRandomStream(10);
    const m3 = model.states[2]!.massGeV;
    const rest = new Float64Array([m3, 0, 0, 0]);
    for (let i = 0; i < 200; i++) {
      const first = b.trackCount;
      sampleStateDecayChainInto(b, plan, 2, rest, 0, random);
      const children: number[] = [];
      for (let t = first + 1; t < b.trackCount; t++) if (b.trackParent[t] === first) children.push(t);
      expect(children.length).toBe(2); // ψ2 (direct) and ψ2 (from the A′); ψ1 is stable
      const p = (t: number): number[] => [0, 1, 2, 3].map((k) => b.trackMomentum[4 * t + k]!);
      const aPrime = [0, 1, 2, 3].map((k) => rest[k]! - p(children[0]!)[k]!);
      expect(mass2(aPrime)).toBeCloseTo(1, 12);
      const remainder = aPrime.map((x, k) => x - p(children[1]!)[k]!);
      expect(Math.sqrt(mass2(remainder))).toBeCloseTo(model.states[0]!.massGeV, 10);
      expect(b.visibleStart[first]).toBe(b.visibleStart[first + 1]); // ψ3 itself has no visible daughter
    }
  });

  /** Check every vertex of the cascades stored in `b` from track `first` on for an A′ with momentum `a`. */
  function checkVertices(model: DarkSectorModel, b: CascadeBuffers, first: number, a: ArrayLike<number>): void {
    const tol = (e: number): number => 1e-12 * e;
    const masses2 = model.states.map((s) => s.massGeV ** 2);
    const nearest = (m2: number, scale: number): void => {
      const d = Math.min(...masses2.map((x) => Math.abs(x - m2)));
      expect(d).toBeLessThanOrEqual(1e-9 * m2 + 1e-14 * scale);
    };
    const rem = [a[0]!, a[1]!, a[2]!, a[3]!];
    let roots = 0;
    for (let t = first; t < b.trackCount; t++) {
      const p = [0, 1, 2, 3].map((k) => b.trackMomentum[4 * t + k]!);
      const m = b.trackMass[t]!;
      expect(Math.abs(mass2(p) - m * m)).toBeLessThanOrEqual(1e-9 * m * m + 1e-14 * p[0]! ** 2);
      if (b.trackParent[t] === -1) {
        roots++;
        for (let k = 0; k < 4; k++) rem[k]! -= p[k]!;
      }
      const r = [...p];
      let child = false;
      for (let v = b.visibleStart[t]!; v < b.visibleStart[t + 1]!; v++) for (let k = 0; k < 4; k++) r[k]! -= b.visibleMomentum[4 * v + k]!;
      for (let c = t + 1; c < b.trackCount; c++) {
        if (b.trackParent[c] !== t) continue;
        child = true;
        for (let k = 0; k < 4; k++) r[k]! -= b.trackMomentum[4 * c + k]!;
      }
      if (child) for (let k = 0; k < 4; k++) expect(Math.abs(r[k]!)).toBeLessThanOrEqual(tol(p[0]!));
      else nearest(mass2(r), p[0]! ** 2);
    }
    if (roots === 2) for (let k = 0; k < 4; k++) expect(Math.abs(rem[k]!)).toBeLessThanOrEqual(tol(a[0]!));
    else if (roots === 1) nearest(mass2(rem), a[0]! ** 2);
  }

  it('property: four-momentum conservation at every vertex (1e-12 relative) and model masses (1e-9), presets × masses × boosts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('idm', 'i2dm', 'hnl-bp1', 'hnl-bp2'),
        fc.double({ min: 0.05, max: 8, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (name, massGeV, boost, cos, seed) => {
          const model = preset(name, { massGeV });
          const plan = prepareDecayPlan(model);
          const b = createCascadeBuffers(4, 4);
          const random = createRandomStream(seed);
          const p = boost * 30 * massGeV; // βγ up to 30
          const sin = Math.sqrt(1 - cos * cos);
          const a = new Float64Array([Math.sqrt(massGeV ** 2 + p * p), p * sin, 0, p * cos]);
          for (let i = 0; i < 5; i++) {
            const first = b.trackCount;
            sampleDecayChainInto(b, plan, a, 0, random);
            checkVertices(model, b, first, a);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
