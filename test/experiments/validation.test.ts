import { describe, expect, it } from 'vitest';
import {
  babarMonophotonSelection,
  babarSurvivalTerms,
  EXPERIMENT_NAMES,
  experimentByName,
  na64InvisibleSelection,
  na64ModifiedSelection,
  na64SurvivalTerms,
  survivalTerms,
  survivingFraction,
  type ExperimentName,
  type ExperimentSelection,
} from '../../src/experiments/index.js';
import type { EventSample } from '../../src/production/eventSample.js';
import { electronPair, expectParameterError, momentum, syntheticSample } from './syntheticSample.js';

const babarSample = syntheticSample({
  process: 'babar-monophoton',
  events: [{ tracks: [{ p: momentum(0.1, 1, 90), lambda1Cm: 5, visible: electronPair(1, 60, 120) }] }],
});
const na64Sample = syntheticSample({ process: 'na64-bremsstrahlung', events: [{ tracks: [{ p: [40, 0, 0, 40], lambda1Cm: 5, visible: electronPair(1, 1, 2) }] }] });

describe('experimentByName', () => {
  it('returns the selection and the matching production process', () => {
    expect(experimentByName('babar2017').process).toBe('babar-monophoton');
    expect(experimentByName('babar2017').selection.kind).toBe('babar-monophoton');
    expect(experimentByName('na64-2019').process).toBe('na64-bremsstrahlung');
    expect(experimentByName('na64-2019').selection.kind).toBe('na64-invisible');
    expect(experimentByName('na64-modified').selection.kind).toBe('na64-modified');
    for (const name of EXPERIMENT_NAMES) {
      const { selection, process } = experimentByName(name);
      const sample = process === 'babar-monophoton' ? babarSample : na64Sample;
      expect(survivalTerms(sample, selection).selection).toBe(selection.kind);
    }
  });

  it('rejects unknown names with a ParameterError naming experiment', () => {
    expectParameterError(() => experimentByName('lhcb' as ExperimentName), 'experiment');
    expectParameterError(() => experimentByName(undefined as unknown as ExperimentName), 'experiment');
  });
});

describe('bad options → ParameterError naming the parameter', () => {
  it('BaBar', () => {
    expectParameterError(() => babarMonophotonSelection({ leptonEnergyThresholdGeV: -0.1 }), 'leptonEnergyThresholdGeV');
    expectParameterError(() => babarMonophotonSelection({ leptonEnergyThresholdGeV: Number.NaN }), 'leptonEnergyThresholdGeV');
    expectParameterError(() => babarMonophotonSelection({ hadronEnergyThresholdGeV: Infinity }), 'hadronEnergyThresholdGeV');
    expectParameterError(() => babarMonophotonSelection({ photonThresholdGeV: Number.NaN }), 'photonThresholdGeV');
    expectParameterError(() => babarMonophotonSelection({ photonWindow: { cosMin: -1.2, cosMax: 0.6 } }), 'photonWindow.cosMin');
    expectParameterError(() => babarMonophotonSelection({ photonWindow: { cosMin: -0.6, cosMax: 1.01 } }), 'photonWindow.cosMax');
    expectParameterError(() => babarMonophotonSelection({ photonWindow: { cosMin: 0.6, cosMax: 0.2 } }), 'photonWindow.cosMin');
    expectParameterError(() => babarMonophotonSelection({ photonWindow: { cosMin: Number.NaN, cosMax: 0.2 } }), 'photonWindow.cosMin');
    expectParameterError(() => babarMonophotonSelection({ separationAngleDeg: -1 }), 'separationAngleDeg');
    expectParameterError(() => babarMonophotonSelection({ leptonAcceptance: { thetaMinDeg: 150, thetaMaxDeg: 142 } }), 'leptonAcceptance.thetaMinDeg');
    expectParameterError(() => babarMonophotonSelection({ vetoVolume: 'everywhere' as 'envelope' }), 'vetoVolume');
    expectParameterError(() => babarMonophotonSelection({ separatedPairRule: 'each' as 'both' }), 'separatedPairRule');
    expectParameterError(() => babarMonophotonSelection({ leptonThresholdGeV: 1 } as never), 'options.leptonThresholdGeV');
    // full window [−1, 1] is allowed
    expect(babarMonophotonSelection({ photonWindow: { cosMin: -1, cosMax: 1 } }).photonWindow.cosMin).toBe(-1);
  });

  it('NA64', () => {
    expectParameterError(() => na64InvisibleSelection({ hcalEndCm: Number.NaN }), 'hcalEndCm');
    expectParameterError(() => na64InvisibleSelection({ hcalEndCm: 40 }), 'hcalEndCm');
    expectParameterError(() => na64ModifiedSelection({ ecalMaxEnergyGeV: -5 }), 'ecalMaxEnergyGeV');
    expectParameterError(() => na64ModifiedSelection({ productionZCm: 45 }), 'productionZCm');
    expectParameterError(() => na64ModifiedSelection({ productionZCm: -1 }), 'productionZCm');
    expectParameterError(() => na64ModifiedSelection({ ecalEndCm: 0 }), 'ecalEndCm');
  });

  it('hand-made selections are re-validated; wrong kinds are rejected', () => {
    const custom = { ...babarMonophotonSelection(), leptonEnergyThresholdGeV: -1 };
    expectParameterError(() => babarSurvivalTerms(babarSample, custom), 'leptonEnergyThresholdGeV');
    const plain = { ...na64InvisibleSelection() };
    expect(na64SurvivalTerms(na64Sample, plain).selectedCount).toBe(1);
    expectParameterError(() => survivalTerms(na64Sample, { kind: 'lhc' } as unknown as ExperimentSelection), 'selection.kind');
    expectParameterError(() => na64SurvivalTerms(na64Sample, babarMonophotonSelection() as never), 'selection.kind');
  });

  it('epsilon must be in (0, 1)', () => {
    const terms = na64SurvivalTerms(na64Sample);
    for (const eps of [0, 1, -1e-3, Number.NaN, Infinity]) expectParameterError(() => survivingFraction(terms, eps), 'epsilon');
  });
});

describe('malformed samples → ParameterError naming the field', () => {
  const modify = (s: EventSample, patch: Partial<Record<keyof EventSample, unknown>>) => ({ ...s, ...patch }) as EventSample;

  it('process, offsets, lengths, decay lengths, momenta', () => {
    expectParameterError(() => babarSurvivalTerms(na64Sample), 'sample.process');
    expectParameterError(() => na64SurvivalTerms(babarSample), 'sample.process');
    expectParameterError(() => na64SurvivalTerms(modify(na64Sample, { trackStart: new Int32Array([1, 1]) })), 'sample.trackStart[0]');
    expectParameterError(() => na64SurvivalTerms(modify(na64Sample, { recoil: new Float64Array(3) })), 'sample.recoil');
    expectParameterError(() => na64SurvivalTerms(modify(na64Sample, { visibleStart: new Int32Array([0, 3]) })), 'sample.visibleMomentum');
    expectParameterError(() => na64SurvivalTerms(modify(na64Sample, { decayLengthCmAtUnitEpsilon: new Float64Array([0]) })), 'sample.decayLengthCmAtUnitEpsilon[0]');
    expectParameterError(
      () => na64SurvivalTerms(modify(na64Sample, { decayLengthCmAtUnitEpsilon: new Float64Array([Number.NaN]) })),
      'sample.decayLengthCmAtUnitEpsilon[0]',
    );
    expectParameterError(() => na64SurvivalTerms(modify(na64Sample, { trackMomentum: new Float64Array([40, 0, Number.NaN, 40]) })), 'sample.trackMomentum[2]');
    expectParameterError(() => babarSurvivalTerms(modify(babarSample, { selectionVariable: new Float64Array([Number.NaN]) })), 'sample.selectionVariable[0]');
    expectParameterError(() => babarSurvivalTerms(modify(babarSample, { recoil: new Float64Array([1, 0, 0, 0]), darkPhoton: new Float64Array([0, 0, 0, 3]) })), 'sample.recoil[0]');
    expectParameterError(() => babarSurvivalTerms(modify(babarSample, { count: 1.5 })), 'sample.count');
    expectParameterError(() => babarSurvivalTerms(null as unknown as EventSample), 'sample');
  });
});
