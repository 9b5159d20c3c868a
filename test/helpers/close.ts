// Tolerance helpers for numerical tests: |a - b| <= atol + rtol * max(|a|, |b|).
import { expect } from 'vitest';

export function isClose(actual: number, expected: number, rtol: number, atol = 0): boolean {
  return Math.abs(actual - expected) <= atol + rtol * Math.max(Math.abs(actual), Math.abs(expected));
}

/** Assert closeness with a readable message (the relative difference is printed on failure). */
export function expectClose(actual: number, expected: number, rtol: number, atol = 0): void {
  const ok = isClose(actual, expected, rtol, atol);
  if (!ok) {
    const rel = Math.abs(actual - expected) / Math.max(Math.abs(expected), Number.MIN_VALUE);
    expect.fail(`expected ${actual} to be within rtol=${rtol}, atol=${atol} of ${expected} (relative difference ${rel})`);
  }
  expect(ok).toBe(true);
}
