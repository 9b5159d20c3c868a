import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConvergenceError, KinematicsError, ParameterError } from '../../src/core/errors.js';
import {
  requireEpsilon,
  requireFinite,
  requireInRange,
  requireInteger,
  requireNonNegative,
  requireObject,
  requireOneOf,
  requirePositive,
} from '../../src/core/validate.js';
import { leptonMassGeV } from '../../src/core/leptons.js';

describe('typed errors', () => {
  it('ParameterError names the parameter, the value and the range', () => {
    const e = new ParameterError('epsilon', 2, '(0, 1)');
    expect(e).toBeInstanceOf(RangeError);
    expect(e.message).toBe('epsilon = 2 is outside the allowed range (0, 1)');
    expect(e.parameter).toBe('epsilon');
    expect(e.value).toBe(2);
    expect(e.name).toBe('ParameterError');
  });
  it('KinematicsError and ConvergenceError carry their context', () => {
    expect(new KinematicsError("A' -> mu+ mu-", 'm < 2 m_mu').message).toContain("A' -> mu+ mu-");
    const c = new ConvergenceError('integrate', 'tolerance not reached', 1.5, 1e-3);
    expect(c.estimate).toBe(1.5);
    expect(c.achievedError).toBe(1e-3);
  });
});

describe('validation helpers', () => {
  const junk = fc.oneof(
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
    fc.string(),
    fc.constant(null),
    fc.constant(undefined),
    fc.object(),
    fc.array(fc.double()),
    fc.boolean(),
  );

  it('reject every non-finite or non-number value with a ParameterError naming the parameter', () => {
    fc.assert(
      fc.property(junk, (value) => {
        for (const check of [requireFinite, requirePositive, requireNonNegative, requireEpsilon]) {
          try {
            check('x', value);
            return false;
          } catch (error) {
            if (!(error instanceof ParameterError) || error.parameter !== 'x') return false;
          }
        }
        return true;
      }),
    );
  });

  it('accept exactly the values in range', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (x) => {
        const inside = x > 0 && x < 1;
        let accepted = true;
        try {
          requireEpsilon('epsilon', x);
        } catch {
          accepted = false;
        }
        return accepted === inside;
      }),
    );
    expect(requireInRange('r', 1, 0, 1)).toBe(1);
    expect(() => requireInRange('r', 1, 0, 1, { upperOpen: true })).toThrow('[0, 1)');
    expect(() => requirePositive('massGeV', -1)).toThrow(/massGeV = -1/);
    expect(requireNonNegative('m', 0)).toBe(0);
    expect(() => requireInteger('n', 1.5, 0, 10)).toThrow(ParameterError);
    expect(() => requireObject('options', [])).toThrow(ParameterError);
    expect(() => requireOneOf('lepton', 'tau2', ['e', 'mu', 'tau'])).toThrow(/one of "e", "mu", "tau"/);
  });

  it('lepton masses by name, unknown names rejected', () => {
    expect(leptonMassGeV('mu')).toBe(0.1056583755);
    expect(() => leptonMassGeV('x' as 'e')).toThrow(ParameterError);
  });
});
