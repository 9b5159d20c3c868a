// Hand-built EventSamples for the experiments tests, following the contract of src/production/eventSample.ts
// (structure-of-arrays, offsets trackStart / visibleStart of lengths N+1 / T+1, four-vectors as E, px, py, pz).
import { expect } from 'vitest';
import { ParameterError } from '../../src/core/errors.js';
import type { DarkPhotonChannel, EventSample, ProductionProcess } from '../../src/production/eventSample.js';

export type Vec4 = readonly [number, number, number, number];

/** Four-momentum of mass m and |p| at polar angle θ (degrees), azimuth φ (degrees). */
export function momentum(massGeV: number, pGeV: number, thetaDeg: number, phiDeg = 0): Vec4 {
  const t = (thetaDeg * Math.PI) / 180;
  const f = (phiDeg * Math.PI) / 180;
  return [Math.sqrt(pGeV * pGeV + massGeV * massGeV), pGeV * Math.sin(t) * Math.cos(f), pGeV * Math.sin(t) * Math.sin(f), pGeV * Math.cos(t)];
}

export interface SyntheticVisible {
  readonly pdg: number;
  readonly p: Vec4;
}

export interface SyntheticTrack {
  readonly p: Vec4;
  readonly massGeV?: number;
  readonly lambda1Cm: number;
  readonly parent?: number;
  readonly visible?: readonly SyntheticVisible[];
}

export interface SyntheticEvent {
  readonly recoil?: Vec4;
  readonly darkPhoton?: Vec4;
  readonly selectionVariable?: number;
  readonly channel?: number;
  readonly tracks?: readonly SyntheticTrack[];
}

export interface SyntheticSpec {
  readonly process: ProductionProcess;
  readonly massGeV?: number;
  readonly darkWidthGeV?: number;
  readonly smWidthPerEpsilon2GeV?: number;
  readonly channels?: readonly DarkPhotonChannel[];
  readonly events: readonly SyntheticEvent[];
}

/** Default recoil and A' four-momenta: BaBar — a 5 GeV c.m. photon along +x (E*_γ = 5 GeV) recoiling against the A'; NA64 — a 30 GeV electron. */
function defaults(process: ProductionProcess, m: number): { recoil: Vec4; darkPhoton: Vec4; selectionVariable: number } {
  if (process === 'babar-monophoton') {
    return { recoil: [5, 5, 0, 0], darkPhoton: [Math.sqrt(25 + m * m), -5, 0, 0], selectionVariable: 0 };
  }
  return { recoil: [30, 0, 0, 30], darkPhoton: [70, 0, 0, Math.sqrt(4900 - m * m)], selectionVariable: 0.7 };
}

/** Build an EventSample with correct offsets from a list of events. */
export function syntheticSample(spec: SyntheticSpec): EventSample {
  const m = spec.massGeV ?? 0.3;
  const n = spec.events.length;
  const tracks = spec.events.flatMap((e) => e.tracks ?? []);
  const visibles = tracks.flatMap((t) => t.visible ?? []);
  const channel = new Int32Array(n);
  const darkPhoton = new Float64Array(4 * n);
  const recoil = new Float64Array(4 * n);
  const selectionVariable = new Float64Array(n);
  const trackStart = new Int32Array(n + 1);
  const trackMomentum = new Float64Array(4 * tracks.length);
  const trackMass = new Float64Array(tracks.length);
  const trackState = new Int32Array(tracks.length);
  const trackParent = new Int32Array(tracks.length);
  const decayLength = new Float64Array(tracks.length);
  const visibleStart = new Int32Array(tracks.length + 1);
  const visibleMomentum = new Float64Array(4 * visibles.length);
  const visiblePdg = new Int32Array(visibles.length);
  let t = 0;
  let v = 0;
  spec.events.forEach((ev, e) => {
    const d = defaults(spec.process, m);
    channel[e] = ev.channel ?? 0;
    darkPhoton.set(ev.darkPhoton ?? d.darkPhoton, 4 * e);
    recoil.set(ev.recoil ?? d.recoil, 4 * e);
    selectionVariable[e] = ev.selectionVariable ?? d.selectionVariable;
    trackStart[e] = t;
    for (const tr of ev.tracks ?? []) {
      trackMomentum.set(tr.p, 4 * t);
      trackMass[t] = tr.massGeV ?? 0.1;
      trackState[t] = 1;
      trackParent[t] = tr.parent ?? -1;
      decayLength[t] = tr.lambda1Cm;
      visibleStart[t] = v;
      for (const vis of tr.visible ?? []) {
        visibleMomentum.set(vis.p, 4 * v);
        visiblePdg[v] = vis.pdg;
        v++;
      }
      t++;
    }
  });
  trackStart[n] = t;
  visibleStart[tracks.length] = v;
  return {
    process: spec.process,
    darkPhotonMassGeV: m,
    seed: 1,
    count: n,
    darkPhotonDarkWidthGeV: spec.darkWidthGeV ?? 1e-3,
    darkPhotonSmWidthPerEpsilon2GeV: spec.smWidthPerEpsilon2GeV ?? 1e-4,
    channels: spec.channels ?? [{ products: ['psi1', 'psi2'], darkBranchingRatio: 1 }],
    channel,
    darkPhoton,
    recoil,
    selectionVariable,
    trackStart,
    trackMomentum,
    trackMass,
    trackState,
    trackParent,
    decayLengthCmAtUnitEpsilon: decayLength,
    visibleStart,
    visibleMomentum,
    visiblePdg,
  };
}

/** An e+e− pair (E > 0.1 GeV each, massless approximation with m_e) at polar angles θ₊, θ₋ (degrees) and azimuths. */
export function electronPair(eGeV: number, thetaPlusDeg: number, thetaMinusDeg: number, phiPlusDeg = 0, phiMinusDeg = 180, eMinusGeV = eGeV): SyntheticVisible[] {
  const me = 0.000511;
  return [
    { pdg: -11, p: momentum(me, Math.sqrt(eGeV * eGeV - me * me), thetaPlusDeg, phiPlusDeg) },
    { pdg: 11, p: momentum(me, Math.sqrt(eMinusGeV * eMinusGeV - me * me), thetaMinusDeg, phiMinusDeg) },
  ];
}

/** Assert that `fn` throws a ParameterError whose `parameter` is `name`. */
export function expectParameterError(fn: () => unknown, name: string): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ParameterError);
    expect((error as ParameterError).parameter).toBe(name);
    return;
  }
  expect.fail(`expected a ParameterError naming ${name}`);
}
