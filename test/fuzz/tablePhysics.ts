// Fuzz table, physics layers: models, widths, g−2.
import fc from 'fast-check';
import { between, int, logUniform, mostly, oneOfStrings, pos, real } from './arbitraries.js';
import * as api from '../../src/index.js';
import { entry, HEAVY, LIGHT, MEDIUM, type FuzzEntry } from './entry.js';
import { cheapModels, darkModels, decayTables, fromPool, models } from './fixtures.js';

const massGeV = pos(-3, 1.3);
const epsilon = fc.oneof({ weight: 6, arbitrary: pos(-8, -0.01) }, { weight: 1, arbitrary: between(0, 1) });
const alphaD = pos(-4, 0);
const model = fromPool(models);
const darkModel = fromPool(darkModels);
const cheapModel = fromPool(cheapModels);
const lepton = oneOfStrings('e', 'e', 'mu', 'tau');
const g2Lepton = oneOfStrings('e', 'mu');
const stateRef = fc.oneof(int(0, 2), oneOfStrings('psi1', 'psi2', 'psi3', 'nu'));

/** A mass matrix for `hnl`: real or complex symmetric, n = 2 … 4, entries as numbers or { re, im }. */
const hnlMatrix = fc.integer({ min: 2, max: 4 }).chain((n) =>
  fc
    .array(fc.array(fc.tuple(real(-3, 0), fc.oneof(fc.constant(0), real(-3, 0))), { minLength: n, maxLength: n }), { minLength: n, maxLength: n })
    .chain((cells) => {
      const sym = cells.map((row, i) => row.map((c, j) => (j < i ? (cells[j]?.[i] as [number, number]) : c)));
      return fc.constantFrom(
        sym.map((row) => row.map(([re]) => re)),
        { re: sym.map((row) => row.map(([re]) => re)), im: sym.map((row) => row.map(([, im]) => im)) },
        sym.map((row) => row.map(([re, im]) => (im === 0 ? re : { re, im }))),
      );
    }),
);

/** Arguments of the three-body widths ψ_j → ψ_i ℓℓ / hadrons: m_i below m_j most of the time. */
const threeBodyArgs = (withLepton: boolean) =>
  fc
    .record({
      parentMassGeV: pos(-1, 1),
      ratio: between(0, 1),
      darkPhotonMassGeV: pos(-2, 1),
      darkPhotonWidthGeV: fc.oneof(pos(-6, -1), fc.constant(0)),
      epsilon,
      left: real(-2, 0.5),
      right: real(-2, 0.5),
      lepton,
    })
    .map(({ ratio, lepton: l, ...a }) => ({
      ...a,
      daughterMassGeV: a.parentMassGeV * ratio,
      ...(withLepton ? { lepton: l } : {}),
    }));

/** Three-body arguments with q² inside the physical range [4m_ℓ², (m_j − m_i)²] most of the time. */
const threeBodyWithQ2 = fc.tuple(threeBodyArgs(true), between(0, 1), between(0, 1)).map(([a, f, g]) => {
  const lepton = a.lepton ?? '';
  const ml = ['e', 'mu', 'tau'].includes(lepton) ? api.leptonMassGeV(lepton as api.Lepton) : 0;
  const lo = 4 * ml * ml;
  const hi = (a.parentMassGeV - a.daughterMassGeV) ** 2;
  return [a, lo + f * (hi - lo), g] as const;
});

const threeBodyOptions = fc.option(fc.record({ relTol: between(1e-10, 1e-3) }, { requiredKeys: [] }), { nil: undefined });

export const physicsEntries: Record<string, FuzzEntry> = {
  // ---- models
  cSymmetricMassMatrix: entry(
    LIGHT,
    fc.record({ massesGeV: fc.array(pos(-3, 1), { minLength: 3, maxLength: 3 }).map((m) => m.sort((a, b) => a - b)), v12Squared: between(0, 1) }),
  ),
  darkCoupling: entry(LIGHT, model),
  darkCurrentMatrix: entry(LIGHT, model),
  darkPhoton: entry(LIGHT, fc.record({ massGeV, epsilon })),
  flavourMassMatrix: entry(LIGHT, model),
  hnl: entry(
    MEDIUM,
    fc.record(
      { massGeV, epsilon, alphaD, massMatrix: hnlMatrix, charges: fc.array(real(-1, 0), { minLength: 2, maxLength: 4 }), activeFlavours: int(0, 2) },
      { requiredKeys: ['massGeV', 'epsilon', 'alphaD', 'massMatrix'] },
    ),
  ),
  i2dm: entry(LIGHT, fc.record({ massGeV, epsilon, alphaD, r: pos(-2, 0.5), delta: pos(-3, 0.5), theta: between(0, Math.PI / 2) })),
  i2dmFromLagrangian: entry(
    LIGHT,
    fc.record({ massGeV, epsilon, alphaD, sterileMassGeV: pos(-3, 0.5), chargedMassGeV: pos(-3, 0.5), mixingMassGeV: pos(-4, -0.5) }),
  ),
  idm: entry(LIGHT, fc.record({ massGeV, epsilon, alphaD, r: pos(-2, 0.5), delta: pos(-3, 0.5) })),
  idmFromLagrangian: entry(LIGHT, fc.record({ massGeV, epsilon, alphaD, muLGeV: pos(-4, 0), muRGeV: pos(-4, 0), diracMassGeV: pos(-3, 0.5) })),
  mixingAngle: entry(LIGHT, model),
  pairCoupling: entry(LIGHT, darkModel, stateRef, stateRef),
  preset: entry(MEDIUM, oneOfStrings('idm', 'i2dm', 'hnl-bp1', 'hnl-bp2'), fc.option(fc.record({ massGeV, epsilon }, { requiredKeys: [] }), { nil: undefined })),
  withDarkPhotonMass: entry(LIGHT, model, massGeV),
  withEpsilon: entry(LIGHT, model, epsilon),
  // ---- widths
  alphaStrong: entry(LIGHT, fc.oneof(between(1, 1000), pos(-1, 4))),
  ctauCmAtEpsilon: entry(LIGHT, fromPool(decayTables), epsilon),
  widthAtEpsilonGeV: entry(LIGHT, fromPool(decayTables), epsilon),
  dWidthDq2DarkFermionToLeptons: { args: threeBodyWithQ2.map(([a, q2]) => [a, q2] as const), runs: MEDIUM },
  sMinusLimitsDarkFermionToLeptons: { args: threeBodyWithQ2.map(([a, q2]) => [a, q2] as const), runs: MEDIUM },
  squaredMatrixElementDarkFermionToLeptons: {
    args: threeBodyWithQ2.map(([a, q2, g]) => {
      // s₋ inside its Dalitz limits at this q² when they exist, else anything
      try {
        const { minGeV2, maxGeV2 } = api.sMinusLimitsDarkFermionToLeptons(a as never, q2);
        return [a, q2, minGeV2 + g * (maxGeV2 - minGeV2)] as const;
      } catch {
        return [a, q2, g] as const;
      }
    }),
    runs: MEDIUM,
  },
  widthDarkFermionToLeptons: entry(HEAVY, threeBodyArgs(true), threeBodyOptions),
  widthDarkFermionToHadrons: {
    args: fc.tuple(
      threeBodyArgs(false).chain((a) =>
        fc.constantFrom(a, { ...a, rRatio: (s: number) => (s > 1 ? 2 : 0.5) }, { ...a, rRatio: () => -1 }, { ...a, rRatio: () => Number.NaN }),
      ),
      threeBodyOptions,
    ),
    runs: HEAVY,
  },
  darkFermionPairMultiplicity: entry(LIGHT, oneOfStrings('majorana', 'dirac'), mostly(fc.boolean())),
  darkFermionWidthPerEpsilon2: entry(MEDIUM, cheapModel, stateRef),
  decayLengthCm: entry(LIGHT, pos(-6, 6), pos(-3, 3), pos(-4, 1)),
  decayTable: entry(MEDIUM, cheapModel, oneOfStrings("A'", 'psi1', 'psi2', 'nu')),
  decayTables: entry(HEAVY, model),
  rRatioBreitWigner: entry(LIGHT, pos(-2, 2), pos(-1, 1), pos(-4, 0), pos(-9, -5)),
  rRatioModel: entry(LIGHT, fc.oneof(between(0, 12), real(-2, 3))),
  rRatioPerturbative: entry(LIGHT, fc.oneof(between(1, 1000), pos(-1, 4))),
  rRatioPhi: entry(LIGHT, fc.oneof(between(0.5, 2), real(-3, 3))),
  rRatioPionPair: entry(LIGHT, fc.oneof(between(0, 4), real(-3, 3))),
  widthDarkFermionToDarkPhoton: entry(
    LIGHT,
    fc.record({ parentMassGeV: pos(-2, 1), daughterMassGeV: pos(-3, 0.5), darkPhotonMassGeV: pos(-3, 0.5), left: real(-2, 0.5), right: real(-2, 0.5) }),
  ),
  widthDarkFermionToLeptonsSmallSplitting: entry(
    LIGHT,
    fc.record({ parentMassGeV: pos(-2, 1), daughterMassGeV: pos(-3, 0.5), darkPhotonMassGeV: pos(-3, 1), epsilon, left: real(-2, 0.5), right: real(-2, 0.5) }),
  ),
  widthDarkPhotonToDarkFermions: entry(
    LIGHT,
    fc.record(
      {
        darkPhotonMassGeV: pos(-2, 1),
        firstMassGeV: pos(-3, 0.5),
        secondMassGeV: pos(-3, 0.5),
        vector: pos(-3, 0.5),
        axial: pos(-3, 0.5),
        nature: oneOfStrings('majorana', 'dirac'),
        diagonal: mostly(fc.boolean()),
      },
      { requiredKeys: ['darkPhotonMassGeV', 'firstMassGeV', 'secondMassGeV', 'vector', 'axial', 'nature'] },
    ),
  ),
  widthDarkPhotonToLeptons: entry(LIGHT, fc.record({ massGeV, epsilon, lepton })),
  widthDarkPhotonToLeptonsOrZero: entry(LIGHT, fc.record({ massGeV, epsilon, lepton })),
  widthDarkPhotonToHadrons: entry(
    LIGHT,
    fc.record({ massGeV, epsilon, rRatio: fc.constantFrom(() => 1, () => -1, () => Number.NaN, (s: number) => s) }, { requiredKeys: ['massGeV', 'epsilon'] }),
  ),
  parseRRatioTable: entry(
    MEDIUM,
    fc
      .tuple(
        fc.array(
          fc.oneof(
            { weight: 8, arbitrary: fc.tuple(logUniform(-1, 1), logUniform(-2, 1)) },
            { weight: 1, arbitrary: fc.constantFrom('# c', '', 'sqrts R', '1 2 3', 'a,b', '-1,1', '1,-1') },
          ),
          { maxLength: 10 },
        ),
        fc.constantFrom('\n', '\r\n'),
      )
      .map(([lines, separator]) => {
        const points = lines.filter((l): l is [number, number] => Array.isArray(l)).sort((a, b) => a[0] - b[0]);
        return lines.map((l) => (Array.isArray(l) ? `${(points.shift() as [number, number]).join(', ')}` : l)).join(separator);
      }),
  ),
  rRatioFromTable: entry(
    MEDIUM,
    fc
      .array(fc.tuple(pos(-1, 1), pos(-2, 1)), { minLength: 2, maxLength: 8 })
      .map((pts) => pts.sort((a, b) => a[0] - b[0])),
  ),
  // ---- g−2
  deltaA: entry(LIGHT, fc.record({ lepton: g2Lepton, massGeV: pos(-5, 4), epsilon })),
  deltaAOverEpsilonSquared: entry(LIGHT, fc.record({ lepton: g2Lepton, massGeV: pos(-5, 4) })),
  epsilonForDeltaA: entry(LIGHT, fc.record({ lepton: g2Lepton, massGeV: pos(-5, 4), deltaA: pos(-12, -6) })),
  g2Band: entry(
    LIGHT,
    fc.record(
      {
        dataset: fc.oneof(oneOfStrings('2021', '2023', '2025'), fc.record({ lepton: g2Lepton, deltaA: real(-11, -8), sigma: pos(-11, -8) })),
        sigmas: pos(-1, 1),
        massGeV: pos(-4, 1.5),
      },
      { requiredKeys: ['dataset', 'massGeV'] },
    ),
  ),
  g2LoopFunction: entry(LIGHT, fc.oneof(pos(-8, 8), real(-3, 3))),
};
