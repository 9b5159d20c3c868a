/**
 * The one place where a model object is put together: from masses, the mixing matrix U and the flavour charges
 * it derives the dark current V and the pair couplings (THEORY.md §2.0), names the states and freezes the
 * result. Every constructor with a dark sector (iDM, i2DM, HNL) ends here, so they all obey the same contract.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import type { ComplexMatrix } from '../core/linalg/types.js';
import { currentMatrix, gaugeCouplingFromAlpha, pairCouplingsFromCurrent } from './darkCurrent.js';
import { deepFreeze } from './freeze.js';
import type { DarkSectorModel, FermionNature, ModelKind } from './types.js';

/** What a constructor has computed, ready to be assembled into a {@link DarkSectorModel}. */
export interface ModelAssembly {
  /** Model family. */
  readonly kind: ModelKind;
  /** Preset or constructor name. */
  readonly label: string;
  /** m_A' in GeV. */
  readonly massGeV: number;
  /** Kinetic mixing eps. */
  readonly epsilon: number;
  /** alpha_D = g_X²/(4π). */
  readonly alphaD: number;
  /** The constructor inputs (numbers only). */
  readonly parameters: Readonly<Record<string, number>>;
  /** Physical masses in GeV, ascending, ≥ 0. */
  readonly masses: readonly number[];
  /** Majorana or Dirac states. */
  readonly nature: FermionNature;
  /** U: flavour rows, mass columns. */
  readonly mixingMatrix: ComplexMatrix;
  /** U(1)_X charge of each flavour row. */
  readonly flavourCharges: readonly number[];
  /** Active-neutrino admixture of each state (default all 0). */
  readonly activeAdmixtures?: readonly number[];
  /** State names (default psi1, psi2, ...). */
  readonly names?: readonly string[];
}

/**
 * Build the frozen model: states (named, with nature and active admixture), couplings from
 * V = U† diag(Q) U with g_X = √(4π α_D), and private copies of U and Q (the caller's arrays are not frozen).
 * @param a - the computed ingredients
 * @example assembleModel({ kind: 'idm', label: 'idm', massGeV: 1, epsilon: 1e-3, alphaD: 0.1, parameters: {}, masses: [0.3, 0.4], nature: 'majorana', mixingMatrix: u, flavourCharges: [1, -1] })
 */
export function assembleModel(a: ModelAssembly): DarkSectorModel {
  const overflow = a.masses.find((m) => !Number.isFinite(m));
  if (overflow !== undefined) throw new ParameterError('masses', overflow, 'finite dark-fermion masses (inputs too large)');
  const mixingMatrix: ComplexMatrix = { re: a.mixingMatrix.re.map((r) => [...r]), im: a.mixingMatrix.im.map((r) => [...r]) };
  const flavourCharges = [...a.flavourCharges];
  const gX = gaugeCouplingFromAlpha(a.alphaD);
  const couplings = pairCouplingsFromCurrent(currentMatrix(mixingMatrix, flavourCharges), gX, a.nature);
  if (!couplings.every((c) => Number.isFinite(c.vector) && Number.isFinite(c.axial))) {
    throw new ParameterError('alphaD', a.alphaD, 'a value for which every coupling g_X·|V_ij| is finite (g_X = √(4π alpha_D))');
  }
  const states = a.masses.map((massGeV, i) => ({
    name: a.names?.[i] ?? `psi${i + 1}`,
    massGeV,
    nature: a.nature,
    activeAdmixture: a.activeAdmixtures?.[i] ?? 0,
  }));
  return deepFreeze({
    kind: a.kind,
    label: a.label,
    darkPhotonMassGeV: a.massGeV,
    epsilon: a.epsilon,
    alphaD: a.alphaD,
    parameters: { ...a.parameters },
    states,
    couplings,
    mixingMatrix,
    flavourCharges,
  });
}
