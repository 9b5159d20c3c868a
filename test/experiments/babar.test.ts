import { describe, expect, it } from 'vitest';
import { babarGeometry, defineCylindricalGeometry, exitLengthFromOriginCm, type CylindricalGeometry } from '../../src/detectors/index.js';
import {
  babarMonophotonSelection,
  babarSurvivalTerms,
  survivingFraction,
  type BabarMonophotonOptions,
} from '../../src/experiments/index.js';
import { expectClose } from '../helpers/close.js';
import { electronPair, momentum, syntheticSample, type SyntheticEvent, type SyntheticTrack, type SyntheticVisible } from './syntheticSample.js';

const babar = (events: SyntheticEvent[]) => syntheticSample({ process: 'babar-monophoton', events });

/** A ψ₂ track at polar angle θ (degrees) with decay length λ₁ at eps = 1 and the given visible products. */
const track = (thetaDeg: number, lambda1Cm: number, visible: SyntheticVisible[], phiDeg = 0): SyntheticTrack => ({
  p: momentum(0.1, 1, thetaDeg, phiDeg),
  lambda1Cm,
  visible,
});

/** True when a prompt decay (λ₁ = 10⁻⁶ cm at eps = 0.5) of a 90° track with these products vetoes the event. */
function vetoes(visible: SyntheticVisible[], options: BabarMonophotonOptions = {}): boolean {
  const terms = babarSurvivalTerms(babar([{ tracks: [track(90, 1e-6, visible)] }]), babarMonophotonSelection(options));
  const f = survivingFraction(terms, 0.5).value;
  expect(f === 0 || f === 1).toBe(true);
  return f === 0;
}

const dchOnly: CylindricalGeometry = defineCylindricalGeometry({
  name: 'DCH only',
  regions: [{ name: 'DCH', kind: 'cylinder-shell', rInnerCm: 23.6, rOuterCm: 80.9, zMinCm: -101.5, zMaxCm: 174.9, instrumented: true, source: 'test', tag: 'R' }],
});

describe('check values (EXPERIMENTS §3)', () => {
  it('a track at 90° with λ = 100 cm decays inside the DCH (23.6–80.9 cm) with P = 0.344478', () => {
    // eps = 0.1 and λ₁ = 1 cm ⇒ λ = λ₁/eps² = 100 cm.
    const sample = babar([{ tracks: [track(90, 1, electronPair(1, 60, 120))] }]);
    const sel = babarMonophotonSelection({ geometry: dchOnly, vetoVolume: 'instrumented', innerVolumeVisible: false });
    const terms = babarSurvivalTerms(sample, sel);
    expectClose(terms.lower[0]!, 23.6, 1e-12);
    expectClose(terms.upper[0]!, 80.9, 1e-12);
    expectClose(1 - survivingFraction(terms, 0.1).value, 0.344478, 0, 1e-6);
  });

  it('default geometry, instrumented mode at 90°: visible [0, 14.6] ∪ [23.6, 80.9] ∪ [91, 136] ∪ [180, 300] cm', () => {
    const sample = babar([{ tracks: [track(90, 1, electronPair(1, 60, 120))] }]);
    const terms = babarSurvivalTerms(sample, babarMonophotonSelection({ vetoVolume: 'instrumented' }));
    const edges = [[0, 14.6], [23.6, 80.9], [91, 136], [180, 300]];
    expect(terms.lower.length).toBe(4);
    edges.forEach(([a, b], k) => {
      expectClose(terms.lower[k]!, a!, 1e-12, 1e-12);
      expectClose(terms.upper[k]!, b!, 1e-12);
    });
    const lambda = 150;
    const direct = 1 - edges.reduce((s, [a, b]) => s + Math.exp(-a! / lambda) - Math.exp(-b! / lambda), 0);
    expectClose(survivingFraction(terms, Math.sqrt(1 / lambda)).value, direct, 1e-13);
    // Without the inner volume the first interval is the SVT alone.
    const noInner = babarSurvivalTerms(sample, babarMonophotonSelection({ vetoVolume: 'instrumented', innerVolumeVisible: false }));
    expectClose(noInner.lower[0]!, 3.3, 1e-12);
  });

  it('envelope mode: one interval [0, L_exit] of the IFR envelope, equal to the §3 closed form', () => {
    const envelope = {
      rOuterCm: Math.max(...babarGeometry.regions.map((r) => r.rOuterCm)),
      zMinCm: Math.min(...babarGeometry.regions.map((r) => r.zMinCm)),
      zMaxCm: Math.max(...babarGeometry.regions.map((r) => r.zMaxCm)),
    };
    expect(envelope.rOuterCm).toBe(300);
    for (const theta of [5, 30, 47, 90, 123, 150, 175]) {
      // leptons along the track direction so they are in acceptance only sometimes; use a hadronic system at 90° instead
      const sample = babar([{ tracks: [track(theta, 7, [{ pdg: 0, p: momentum(0.5, 1, 90) }], 33)] }]);
      const terms = babarSurvivalTerms(sample, babarMonophotonSelection());
      expect(terms.lower[0]).toBe(0);
      expectClose(terms.upper[0]! * 7, exitLengthFromOriginCm(envelope, (theta * Math.PI) / 180), 1e-12);
    }
  });
});

describe('lepton detectability (EXPERIMENTS §5.1), branch by branch', () => {
  it('separated pair (θ_sep > 10°): each lepton needs E > 100 MeV to be seen; default: any seen lepton vetoes', () => {
    const both = { separatedPairRule: 'both' } as const;
    expect(vetoes(electronPair(1, 60, 120))).toBe(true);
    expect(vetoes(electronPair(1, 60, 120, 0, 180, 0.09))).toBe(true); // default 'either': the 1 GeV track is seen
    expect(vetoes(electronPair(0.09, 60, 120))).toBe(false);
    expect(vetoes(electronPair(1, 60, 120, 0, 180, 0.09), both)).toBe(false); // literal 'both' reading
    expect(vetoes(electronPair(1, 60, 120), both)).toBe(true);
    expect(vetoes(electronPair(0.09, 60, 120), both)).toBe(false);
  });

  it('merged pair (θ_sep ≤ 10°): the energy sum must exceed 100 MeV', () => {
    expect(vetoes(electronPair(0.06, 86, 94, 0, 0))).toBe(true); // 8°, 0.12 GeV
    expect(vetoes(electronPair(0.04, 86, 94, 0, 0))).toBe(false); // 8°, 0.08 GeV
  });

  it('the 10° boundary switches between the two rules', () => {
    expect(vetoes(electronPair(0.06, 80.2, 90, 0, 0))).toBe(true); // 9.8°: merged, sum 0.12 > 0.1
    expect(vetoes(electronPair(0.06, 80, 90.2, 0, 0))).toBe(false); // 10.2°: separated, each 0.06 < 0.1
    expect(vetoes(electronPair(0.06, 80, 90.2, 0, 0), { separationAngleDeg: 11 })).toBe(true);
  });

  it('acceptance 17° < θ < 142°: each lepton when separated, the pair direction when merged', () => {
    const both = { separatedPairRule: 'both' } as const;
    expect(vetoes(electronPair(1, 16.9, 60), both)).toBe(false);
    expect(vetoes(electronPair(1, 17.1, 60), both)).toBe(true);
    expect(vetoes(electronPair(1, 60, 141.9), both)).toBe(true);
    expect(vetoes(electronPair(1, 60, 142.1), both)).toBe(false);
    expect(vetoes(electronPair(1, 16.9, 60))).toBe(true); // default 'either': the 60° lepton is seen
    expect(vetoes(electronPair(1, 16.9, 165))).toBe(false); // both outside the acceptance
    expect(vetoes(electronPair(1, 16.9, 16.9, 0, 0))).toBe(false);
    expect(vetoes(electronPair(1, 17.1, 17.1, 0, 0))).toBe(true);
    expect(vetoes(electronPair(1, 141.9, 141.9, 0, 0))).toBe(true);
    expect(vetoes(electronPair(1, 142.1, 142.1, 0, 0))).toBe(false);
    // merged pair straddling the edge: direction 17.2° inside even though one lepton is at 16.4°
    expect(vetoes(electronPair(1, 16.4, 18, 0, 0))).toBe(true);
    expect(vetoes(electronPair(1, 60, 120), { leptonAcceptance: { thetaMinDeg: 70, thetaMaxDeg: 110 } })).toBe(false);
  });

  it('muons and taus follow the same rule; single leptons and hadronic systems are judged alone', () => {
    const mu = (e: number, theta: number, pdg: number): SyntheticVisible => ({ pdg, p: momentum(0.10566, Math.sqrt(e * e - 0.10566 ** 2), theta) });
    expect(vetoes([mu(0.5, 60, 13), mu(0.5, 120, -13)])).toBe(true);
    expect(vetoes([mu(0.5, 60, 13)])).toBe(true);
    expect(vetoes([mu(0.5, 10, 13)])).toBe(false);
    expect(vetoes([{ pdg: 0, p: momentum(0.3, 0.5, 90) }])).toBe(true);
    expect(vetoes([{ pdg: 0, p: momentum(0.3, 0.5, 10) }])).toBe(false);
    expect(vetoes([{ pdg: 0, p: momentum(0.3, 0.5, 90) }], { hadronEnergyThresholdGeV: 1 })).toBe(false);
    expect(vetoes([])).toBe(false); // invisible decay (e.g. into dark states only)
  });
});

describe('photon selection', () => {
  it('applies the cos θ*_γ window (inclusive) to the selectionVariable', () => {
    const events: SyntheticEvent[] = [-0.7, -0.6, -0.5, 0, 0.6, 0.61].map((c) => ({ selectionVariable: c }));
    expect(babarSurvivalTerms(babar(events)).selectedCount).toBe(4);
    const asym = babarMonophotonSelection({ photonWindow: { cosMin: -0.4, cosMax: 0.6 } });
    expect(babarSurvivalTerms(babar(events), asym).selectedCount).toBe(2); // 0 and 0.6
  });

  it('E*_γ is the c.m. photon energy, fixed per mass: events pass or fail together', () => {
    // c.m. photon of 1.5 GeV, then the whole event boosted along z (βγ = 0.5585): E*_γ is frame independent.
    const m = 0.3;
    const bg = 0.5585;
    const g = Math.sqrt(1 + bg * bg);
    const boost = ([e, x, y, z]: readonly number[]) => [g * e! + bg * z!, x!, y!, bg * e! + g * z!] as const;
    const photon = boost([1.5, 1.5 * 0.6, 0, 1.5 * 0.8]);
    const aPrime = boost([Math.sqrt(2.25 + m * m), -1.5 * 0.6, 0, -1.5 * 0.8]);
    const sample = syntheticSample({ process: 'babar-monophoton', massGeV: m, events: [{ recoil: photon, darkPhoton: aPrime }, { recoil: photon, darkPhoton: aPrime }] });
    const low = babarSurvivalTerms(sample, babarMonophotonSelection());
    expect(low.selectedCount).toBe(0);
    expect(survivingFraction(low, 1e-3)).toEqual({ value: 0, error: 0 });
    expect(babarSurvivalTerms(sample, babarMonophotonSelection({ photonThresholdGeV: 1 })).selectedCount).toBe(2);
    expect(babarSurvivalTerms(sample, babarMonophotonSelection({ photonThresholdGeV: 1.49 })).selectedCount).toBe(2);
    expect(babarSurvivalTerms(sample, babarMonophotonSelection({ photonThresholdGeV: 1.51 })).selectedCount).toBe(0);
  });
});

describe('cascades and limits', () => {
  it('a daughter is flown from the production point (parent displacement neglected), independently of its parent', () => {
    const parent: SyntheticTrack = { p: momentum(0.2, 1, 90), lambda1Cm: 3, visible: [] };
    const daughter: SyntheticTrack = { ...track(60, 2, electronPair(1, 50, 100)), parent: 0 };
    const terms = babarSurvivalTerms(babar([{ tracks: [parent, daughter] }]));
    const lExit = exitLengthFromOriginCm({ rOuterCm: 300, zMinCm: -275.8, zMaxCm: 349.2 }, Math.PI / 3);
    const eps = 0.05;
    expectClose(survivingFraction(terms, eps).value, Math.exp((-lExit * eps * eps) / 2), 1e-10);
  });

  it('F → 1 for stable dark fermions and F → the invisible fraction for prompt decays', () => {
    const visible = electronPair(1, 60, 120);
    const events = (lambda: number): SyntheticEvent[] => [
      ...Array.from({ length: 3 }, () => ({ tracks: [] })),
      ...Array.from({ length: 7 }, (_, i) => ({ tracks: [track(40 + 10 * i, lambda, visible, 30 * i)] })),
    ];
    for (const vetoVolume of ['envelope', 'instrumented'] as const) {
      const sel = babarMonophotonSelection({ vetoVolume });
      expectClose(survivingFraction(babarSurvivalTerms(babar(events(1e30)), sel), 0.5).value, 1, 1e-15);
      expectClose(survivingFraction(babarSurvivalTerms(babar(events(1e-9)), sel), 0.5).value, 0.3, 1e-15);
      expect(survivingFraction(babarSurvivalTerms(babar(events(Infinity)), sel), 0.5).value).toBe(1);
    }
  });
});
