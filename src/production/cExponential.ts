/**
 * C's `%.Ne` / `%+.Ne` formatting of a double, as the HEP event formats expect it (HepMC3 `WriterAscii` writes
 * `%.16e`; LHE files by MadGraph `%+.10e`; SLHA readers take either). Internal to the event writers.
 *
 * @module
 */

/**
 * `x` with `digits` digits after the point and an exponent of at least two digits (`e+07`, not JavaScript's
 * `e+7`); negative numbers and −0 get '−', others '+' when `explicitPlus`.
 * @param x - a finite number
 * @param digits - digits after the decimal point
 * @param explicitPlus - write '+' before non-negative numbers (`%+e`)
 * @returns the text
 * @example cExponential(-1.5e-7, 16) // '-1.4999999999999999e-07'; cExponential(3, 10, true) // '+3.0000000000e+00'
 * @internal
 */
export function cExponential(x: number, digits: number, explicitPlus = false): string {
  let s = Math.abs(x).toExponential(digits);
  const n = s.length;
  if (s.charCodeAt(n - 2) === 43 || s.charCodeAt(n - 2) === 45) s = `${s.slice(0, n - 1)}0${s.slice(n - 1)}`; // e+7 → e+07
  return x < 0 || Object.is(x, -0) ? `-${s}` : explicitPlus ? `+${s}` : s;
}
