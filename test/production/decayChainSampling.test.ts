// Sampling checks of the decay chain against independent references: the lepton Dalitz weight against the
// |M|² of widths/darkFermionToLeptons.ts (also with axial couplings, D ≠ S, and muons); ψ_j → ψ_i μ⁺μ⁻ against
// dΓ/dq² and the Dalitz projection of ⟨|M|²⟩; the A' → ψψ directions, isotropic for each channel (one uniform
// picks the channel and its remainder starts the direction's unit-disk draw).
import { describe, expect, it } from 'vitest';
import { ELECTRON_MASS_GEV, MUON_MASS_GEV } from '../../src/core/constants.js';
import { integrate } from '../../src/core/numerics/index.js';
import { createRandomStream } from '../../src/core/random/index.js';
import { sampleThreeBodyInto } from '../../src/kinematics/threeBodySampler.js';
import { preset } from '../../src/models/index.js';
import { createCascadeBuffers, leptonDalitzQuadratic, prepareDecayPlan, sampleDecayChainInto } from '../../src/production/events.js';
import {
  decayTable,
  dWidthDq2DarkFermionToLeptons,
  sMinusLimitsDarkFermionToLeptons,
  squaredMatrixElementDarkFermionToLeptons,
  widthDarkFermionToLeptons,
  type DarkFermionToLeptonsArgs,
} from '../../src/widths/index.js';
import { chi2, chi2Critical } from '../helpers/statistics.js';

describe('leptonDalitzQuadratic: the evaluated polynomial is ⟨|M|²⟩ of widths/ up to a q²-only factor', () => {
  // Axial couplings (D = c_V² − c_A² ≠ S = c_V² + c_A²) and both light leptons: every term of the coefficients counts.
  for (const [lepton, ml] of [['e', ELECTRON_MASS_GEV], ['mu', MUON_MASS_GEV]] as const) {
    it(`c_V = 0.7, c_A = 0.4, ${lepton}: W(q², s₋)/⟨|M|²⟩ is the same at five s₋ of each of six q² (1e-10)`, () => {
      const [cV, cA, mi, mj] = [0.7, 0.4, 0.2, 0.62];
      const args: DarkFermionToLeptonsArgs = {
        parentMassGeV: mj, daughterMassGeV: mi, darkPhotonMassGeV: 1, darkPhotonWidthGeV: 0.01, epsilon: 1e-3,
        left: cV + cA, right: cV - cA, lepton,
      };
      const weight = leptonDalitzQuadratic(cV * cV + cA * cA, cV * cV - cA * cA, mi, mj, ml);
      const c = new Float64Array(3);
      const [lo, hi] = [4 * ml * ml, (mj - mi) ** 2];
      for (const f of [1e-6, 0.01, 0.2, 0.5, 0.9, 0.999]) {
        const q2 = lo + f * (hi - lo);
        weight(q2, c);
        const lim = sMinusLimitsDarkFermionToLeptons(args, q2);
        const ratios = [0, 0.25, 0.5, 0.8, 1].map((g) => {
          const s = lim.minGeV2 + g * (lim.maxGeV2 - lim.minGeV2);
          return (c[0]! + s * (c[1]! + s * c[2]!)) / squaredMatrixElementDarkFermionToLeptons(args, q2, s);
        });
        for (const r of ratios) expect(Math.abs(r / ratios[0]! - 1)).toBeLessThan(1e-10);
      }
    });
  }
});

describe('ψ3 → ψ2 μ⁺μ⁻ of HNL BP2 (m_A′ = 1 GeV), 10⁵ decays at rest (seed 31)', () => {
  const model = preset('hnl-bp2', { massGeV: 1, epsilon: 1e-3 });
  const plan = prepareDecayPlan(model);
  const [, psi2, psi3] = model.states;
  const channel = plan.states[2]!.channels.find((c) => c.products[1] === 'mu+')!;
  const coupling = model.couplings.find((k) => k.i === 1 && k.j === 2)!;
  const args: DarkFermionToLeptonsArgs = {
    parentMassGeV: psi3!.massGeV,
    daughterMassGeV: psi2!.massGeV,
    darkPhotonMassGeV: 1,
    darkPhotonWidthGeV: decayTable(model, "A'").totalWidthGeV,
    epsilon: 1e-3,
    left: coupling.vector + coupling.axial,
    right: coupling.vector - coupling.axial,
    lepton: 'mu',
  };
  const n = 100_000;
  const m = psi3!.massGeV;
  const q2 = new Float64Array(n);
  const sMinus = new Float64Array(n);
  const random = createRandomStream(31);
  const out = new Float64Array(12);
  for (let i = 0; i < n; i++) {
    q2[i] = sampleThreeBodyInto(out, 0, channel.threeBody!, [m, 0, 0, 0], 0, random);
    sMinus[i] = m * m + MUON_MASS_GEV ** 2 - 2 * m * out[8]!; // (P − p₊)², particle 3 = μ⁺
  }
  const q2Min = 4 * MUON_MASS_GEV ** 2;
  const q2Max = (psi3!.massGeV - psi2!.massGeV) ** 2;
  const width = widthDarkFermionToLeptons(args);

  it('the q² histogram follows dΓ/dq² (χ², 30 bins, p > 1e-3)', () => {
    const bins = 30;
    const counts = new Array<number>(bins).fill(0);
    for (const x of q2) counts[Math.min(bins - 1, Math.floor(((x - q2Min) / (q2Max - q2Min)) * bins))]! += 1;
    const p = counts.map((_, k) => {
      const a = q2Min + ((q2Max - q2Min) * k) / bins;
      const b = q2Min + ((q2Max - q2Min) * (k + 1)) / bins;
      return integrate((x) => dWidthDq2DarkFermionToLeptons(args, x), a, b, { relTol: 1e-10 }).value / width;
    });
    const { value, dof } = chi2(counts, p, n);
    if (process.env['SHOW_CHI2']) console.log(`chi2 ${value.toFixed(1)} / ${dof}`);
    expect(value).toBeLessThan(chi2Critical(dof));
  });

  it('the s₋ histogram follows the Dalitz projection of ⟨|M|²⟩ (χ², 24 bins, p > 1e-3)', () => {
    const lo = (psi2!.massGeV + MUON_MASS_GEV) ** 2;
    const hi = (psi3!.massGeV - MUON_MASS_GEV) ** 2;
    const bins = 24;
    const counts = new Array<number>(bins).fill(0);
    for (const s of sMinus) counts[Math.min(bins - 1, Math.floor(((s - lo) / (hi - lo)) * bins))]! += 1;
    const m3 = 256 * Math.PI ** 3 * m ** 3;
    const edges = [q2Min, q2Min * 1.001, q2Min * 1.01];
    for (let k = 1; k <= 24; k++) edges.push(q2Min * 1.01 + ((q2Max - q2Min * 1.01) * k) / 24);
    // Per q²: ∫ over the part of the bin inside the Dalitz range, Simpson (exact for the quadratic |M|²).
    const inBin = (a: number, b: number, x: number): number => {
      if (!(x > q2Min && x < q2Max)) return 0;
      const lim = sMinusLimitsDarkFermionToLeptons(args, x);
      const s0 = Math.max(a, lim.minGeV2);
      const s1 = Math.min(b, lim.maxGeV2);
      if (!(s1 > s0)) return 0;
      const mm = (s: number): number => squaredMatrixElementDarkFermionToLeptons(args, x, s);
      return ((s1 - s0) * (mm(s0) + 4 * mm((s0 + s1) / 2) + mm(s1))) / 6 / m3;
    };
    const p = counts.map((_, k) => {
      const a = lo + ((hi - lo) * k) / bins;
      const b = lo + ((hi - lo) * (k + 1)) / bins;
      let rate = 0;
      for (let j = 1; j < edges.length; j++) {
        rate += integrate((x) => inBin(a, b, x), edges[j - 1]!, edges[j]!, { relTol: 1e-9, absTol: 1e-30, maxSubdivisions: 5000 }).value;
      }
      return rate / width;
    });
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    const { value, dof } = chi2(counts, p, n);
    if (process.env['SHOW_CHI2']) console.log(`chi2 ${value.toFixed(1)} / ${dof}`);
    expect(value).toBeLessThan(chi2Critical(dof));
  });
});

describe("A' → ψψ: the decay direction is isotropic for each channel (HNL BP1 A' at rest, 10⁵ chains, seed 41)", () => {
  // The channel's uniform also starts the direction draw (its rescaled remainder): the direction must not
  // depend on the channel. The first daughter recorded is ψ2 in both channels (ψ1 is stable, not recorded).
  const plan = prepareDecayPlan(preset('hnl-bp1', { massGeV: 1 }));
  const b = createCascadeBuffers(1 << 18, 1 << 19);
  const random = createRandomStream(41);
  const rest = new Float64Array([1, 0, 0, 0]);
  const bins = 12;
  const cosCounts = [new Array<number>(bins).fill(0), new Array<number>(bins).fill(0)];
  const phiCounts = [new Array<number>(bins).fill(0), new Array<number>(bins).fill(0)];
  const chains = [0, 0];
  for (let i = 0; i < 100_000; i++) {
    const first = b.trackCount;
    const k = sampleDecayChainInto(b, plan, rest, 0, random);
    const p = b.trackMomentum;
    const norm = Math.hypot(p[4 * first + 1]!, p[4 * first + 2]!, p[4 * first + 3]!);
    cosCounts[k]![Math.min(bins - 1, Math.floor(((p[4 * first + 3]! / norm + 1) / 2) * bins))]! += 1;
    phiCounts[k]![Math.min(bins - 1, Math.floor(((Math.atan2(p[4 * first + 2]!, p[4 * first + 1]!) + Math.PI) / (2 * Math.PI)) * bins))]! += 1;
    chains[k]! += 1;
  }

  for (const k of [0, 1]) {
    it(`channel ${k}: cos θ and φ of the first daughter are flat (χ², ${bins} bins each)`, () => {
      const flat = new Array<number>(bins).fill(1 / bins);
      const c = chi2(cosCounts[k]!, flat, chains[k]!);
      const f = chi2(phiCounts[k]!, flat, chains[k]!);
      expect(c.value).toBeLessThan(chi2Critical(c.dof));
      expect(f.value).toBeLessThan(chi2Critical(f.dof));
    });
  }
});
