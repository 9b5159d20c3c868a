/**
 * Validation of the option objects the model constructors take (shared by every constructor). The numeric
 * checks themselves live in core/validate.ts; this file adds the one check specific to option bags: a key the
 * constructor does not know is almost always a typo (`alpha_D` for `alphaD`), so it is an error, not ignored.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireEpsilon, requireObject, requirePositive } from '../core/validate.js';

/**
 * Check that `value` is a plain object whose keys are all in `allowed`, and return it as a record.
 * @param name - name of the options argument, for the error message (e.g. `"idm options"`)
 * @param value - what the caller passed
 * @param allowed - the keys the constructor understands
 * @throws ParameterError naming the first unknown key
 * @example readOptions('darkPhoton options', { massGeV: 1, epsilon: 1e-3 }, ['massGeV', 'epsilon'])
 */
export function readOptions(name: string, value: unknown, allowed: readonly string[]): Record<string, unknown> {
  const options = requireObject(name, value);
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new ParameterError(key, options[key], `(unknown option; ${name} takes ${allowed.join(', ')})`);
    }
  }
  return options;
}

/** The parameters every model shares: m_A' in GeV and eps. */
export interface CommonParameters {
  /** Dark photon mass m_A' in GeV. */
  readonly massGeV: number;
  /** Kinetic mixing eps. */
  readonly epsilon: number;
}

/**
 * Read and validate m_A' (`massGeV`, a finite number > 0, GeV) and eps (`epsilon`, in the open interval (0, 1)).
 * @param options - a record from {@link readOptions}
 * @throws ParameterError naming `massGeV` or `epsilon`
 * @example readCommonParameters({ massGeV: 1, epsilon: 1e-3 }) // { massGeV: 1, epsilon: 0.001 }
 */
export function readCommonParameters(options: Record<string, unknown>): CommonParameters {
  return {
    massGeV: requirePositive('massGeV', options['massGeV']),
    epsilon: requireEpsilon('epsilon', options['epsilon']),
  };
}

/**
 * Read and validate m_A', eps and the dark coupling alpha_D = g_X²/(4π) (`alphaD`, a finite number > 0).
 * @param options - a record from {@link readOptions}
 * @throws ParameterError naming `massGeV`, `epsilon` or `alphaD`
 * @example readDarkSectorParameters({ massGeV: 1, epsilon: 1e-3, alphaD: 0.1 }).alphaD // 0.1
 */
export function readDarkSectorParameters(options: Record<string, unknown>): CommonParameters & { readonly alphaD: number } {
  return { ...readCommonParameters(options), alphaD: requirePositive('alphaD', options['alphaD']) };
}
