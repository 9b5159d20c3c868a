/**
 * Goodness-of-fit helpers shared by the Monte Carlo tests: Pearson χ² with sparse bins merged, its critical
 * value at significance 1e-3, and the Kolmogorov–Smirnov distance with its critical value.
 */

/** Pearson χ² of counts against expected probabilities, bins of expected count < 5 merged into the next one. */
export function chi2(counts: readonly number[], probabilities: readonly number[], n: number): { value: number; dof: number } {
  let value = 0;
  let dof = -1;
  let c = 0;
  let p = 0;
  counts.forEach((_, k) => {
    c += counts[k]!;
    p += probabilities[k]!;
    if (n * p >= 5 || k === counts.length - 1) {
      value += (c - n * p) ** 2 / (n * p);
      dof++;
      c = 0;
      p = 0;
    }
  });
  return { value, dof };
}

/** Pearson χ² of counts against equal expected counts (no merging; dof = bins − 1). */
export function chi2Uniform(counts: readonly number[]): number {
  const n = counts.reduce((a, b) => a + b, 0);
  const e = n / counts.length;
  return counts.reduce((s, c) => s + (c - e) ** 2 / e, 0);
}

/** χ²(dof) quantile at p = 1e-3 (Wilson–Hilferty approximation; within 1% for dof ≥ 10). */
export function chi2Critical(dof: number): number {
  return dof * (1 - 2 / (9 * dof) + 3.0902 * Math.sqrt(2 / (9 * dof))) ** 3;
}

/** Kolmogorov–Smirnov distance between a sample and a continuous CDF. */
export function ksDistance(sample: Float64Array, cdf: (x: number) => number): number {
  const sorted = Float64Array.from(sample).sort();
  const n = sorted.length;
  let d = 0;
  sorted.forEach((x, i) => {
    const f = cdf(x);
    d = Math.max(d, Math.abs(f - i / n), Math.abs(f - (i + 1) / n));
  });
  return d;
}

/** KS critical distance at significance 1e-3 for n draws (asymptotic: 1.949/√n). */
export const ksCritical = (n: number): number => 1.949 / Math.sqrt(n);
