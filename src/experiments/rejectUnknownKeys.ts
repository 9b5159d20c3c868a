/**
 * Options objects of the experiments layer reject keys they do not know, so a typo
 * (`leptonThresholdGeV` for `leptonEnergyThresholdGeV`) fails loudly instead of silently using a default.
 * Internal (not re-exported).
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';

/** Throw a ParameterError naming `options.<key>` for a key that is not an option (catches typos). */
export function rejectUnknownKeys(o: Record<string, unknown>, known: readonly string[]): void {
  for (const key of Object.keys(o)) {
    if (!known.includes(key)) throw new ParameterError(`options.${key}`, o[key], `not an option (known: ${known.join(', ')})`);
  }
}

