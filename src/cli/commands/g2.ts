// `semivisible g2`: the one-loop dark-photon contribution to the lepton g-2 and the nσ preferred eps band.
import { parseArgs } from 'node:util';
import { ParameterError } from '../../core/errors.js';
import { requireOneOf, requirePositive } from '../../core/validate.js';
import { deltaAOverEpsilonSquared } from '../../g2/deltaA.js';
import { g2Band, type G2Band } from '../../g2/g2Band.js';
import { G2_DATASETS, G2_DATASET_NAMES, G2_LEPTONS, type G2DatasetName } from '../../g2/g2Datasets.js';
import type { CliCommand, CliIO } from '../types.js';

const usage = `usage: semivisible g2 --mass <GeV> [--lepton mu|e] [--dataset 2021|2023|2025] [--sigmas <n>] [--json]

One-loop dark-photon contribution to the lepton anomalous magnetic moment, Delta a / eps^2 = (alpha/2pi) F(m^2/m_l^2),
and the n-sigma preferred band of eps for a measured Delta a_mu (Pospelov 0811.1030; THEORY 4.1, 4.3).

options:
  --mass <GeV>       dark-photon mass in GeV (required, > 0)
  --lepton mu|e      lepton (default mu). The band needs a muon data set, so for e only Delta a/eps^2 is given
                     (band: null) and --dataset is not allowed.
  --dataset NAME     Delta a_mu input: 2021 = 251(59)e-11, 2023 = 249(48)e-11, 2025 = 38(63)e-11 (default 2021)
  --sigmas <n>       half-width of the band in standard deviations (default 2, > 0)
  --json             print one JSON object:
                     {"deltaAOverEps2", "band": {"lower": eps or null, "upper": eps} or null,
                      "lepton", "massGeV", "dataset", "sigmas"}
                     lower is null when Delta a - n sigma <= 0 (no lower edge, e.g. 2025).
`;

/** Parse a numeric flag value strictly (no empty strings, no trailing garbage). */
function parseNumber(flag: string, text: string | undefined): number {
  const value = text === undefined || text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) throw new ParameterError(flag, text, 'a finite number');
  return value;
}

/** Format a number for the human-readable line (6 significant digits, no trailing zeros). */
function fmt(x: number): string {
  return String(Number(x.toPrecision(6)));
}

function describeBand(band: G2Band, dataset: G2DatasetName, sigmas: number): string {
  const ds = G2_DATASETS[dataset];
  const head = `${sigmas} sigma band (${dataset}: Delta a_mu = (${fmt(ds.deltaA * 1e11)} +- ${fmt(ds.sigma * 1e11)})e-11)`;
  return band.lower === null
    ? `${head}: eps < ${fmt(band.upper)} (no lower edge: Delta a - ${sigmas} sigma <= 0)`
    : `${head}: ${fmt(band.lower)} <= eps <= ${fmt(band.upper)}`;
}

/** {@link g2Band}, with its "mass too heavy (eps ≥ 1)" error re-labelled with the flag name. */
function bandOrFlagError(dataset: G2DatasetName, sigmas: number, massGeV: number): G2Band {
  try {
    return g2Band({ dataset, sigmas, massGeV });
  } catch (error) {
    if (error instanceof ParameterError && error.parameter === 'massGeV') {
      throw new ParameterError('--mass', massGeV, error.allowed);
    }
    throw error;
  }
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      mass: { type: 'string' },
      lepton: { type: 'string' },
      dataset: { type: 'string' },
      sigmas: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const massGeV = requirePositive('--mass', parseNumber('--mass', values.mass));
  const lepton = requireOneOf('--lepton', values.lepton ?? 'mu', G2_LEPTONS);
  const sigmas = requirePositive('--sigmas', parseNumber('--sigmas', values.sigmas ?? '2'));
  if (lepton === 'e' && values.dataset !== undefined) {
    throw new ParameterError('--dataset', values.dataset, 'not allowed with --lepton e (the data sets are muon g-2 measurements)');
  }
  const dataset = requireOneOf('--dataset', values.dataset ?? '2021', G2_DATASET_NAMES);

  const perEps2 = deltaAOverEpsilonSquared({ lepton, massGeV });
  const band = lepton === 'mu' ? bandOrFlagError(dataset, sigmas, massGeV) : null;

  if (values.json) {
    const out = {
      deltaAOverEps2: perEps2,
      band,
      lepton,
      massGeV,
      dataset: lepton === 'mu' ? dataset : null,
      sigmas,
    };
    io.stdout(`${JSON.stringify(out)}\n`);
  } else {
    const name = lepton === 'mu' ? 'a_mu' : 'a_e';
    const first = `m_A' = ${fmt(massGeV)} GeV: Delta ${name} / eps^2 = ${fmt(perEps2)}`;
    io.stdout(band === null ? `${first}\n` : `${first}; ${describeBand(band, dataset, sigmas)}\n`);
  }
  return 0;
}

/**
 * The `g2` sub-command: Δa_ℓ/eps² at one dark-photon mass and the nσ eps band of a Δa_μ data set.
 *
 * @example
 * // semivisible g2 --mass 0.1 --json
 * // {"deltaAOverEps2":0.000257089...,"band":{"lower":0.00227...,"upper":0.00378...},"lepton":"mu",...}
 */
export const g2Command: CliCommand = {
  name: 'g2',
  summary: 'lepton g-2 from a dark photon: Delta a / eps^2 and the n-sigma eps band',
  usage,
  run,
};
