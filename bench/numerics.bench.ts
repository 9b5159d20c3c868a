// Core numerics benchmarks: adaptive Gauss–Kronrod on smooth and peaked integrands, tanh–sinh on an end-point
// singularity, a 2-D Dalitz-like integral, Brent on a cubic, and the log–log interpolator.
import { timeIt, type BenchRow } from './harness.js';
import {
  brent,
  integrate,
  integrate2D,
  integrateTanhSinh,
  logLogInterpolator,
  logspace,
} from '../src/core/numerics/index.js';

/** Suite title printed by bench/run.ts. */
export const title = 'core numerics';

/** Run the suite; each row notes the evaluation count and the target where one exists. */
export function run(): BenchRow[] {
  const rows: BenchRow[] = [];

  const smooth = (x: number): number => Math.exp(-x) * Math.cos(3 * x);
  const nSmooth = integrate(smooth, 0, 1, { relTol: 1e-10 }).evaluations;
  rows.push(
    timeIt('integrate ∫₀¹ e^−x cos3x, relTol 1e-10', () => integrate(smooth, 0, 1, { relTol: 1e-10 }).value, 300, `${nSmooth} evals`),
  );

  // A three-body-width-like integrand: √λ thresholds at both ends, smooth in between, at relTol 1e-8.
  const M2 = 1;
  const m = 0.3;
  const width3 = (s: number): number => (Math.sqrt(Math.max(0, (s - 4 * m * m) * (M2 - s))) * (s + 2 * m * m)) / s;
  const nWidth = integrate(width3, 4 * m * m, M2, { relTol: 1e-8 }).evaluations;
  rows.push(
    timeIt('integrate three-body-like √ thresholds, relTol 1e-8', () => integrate(width3, 4 * m * m, M2, { relTol: 1e-8 }).value, 300, `${nWidth} evals; target < 50 µs`),
  );

  const nWidthTs = integrateTanhSinh(width3, 4 * m * m, M2, { relTol: 1e-8 }).evaluations;
  rows.push(
    timeIt('integrateTanhSinh same three-body-like, relTol 1e-8', () => integrateTanhSinh(width3, 4 * m * m, M2, { relTol: 1e-8 }).value, 300, `${nWidthTs} evals`),
  );

  const g = 1e-4;
  const lorentz = (x: number): number => g / ((x - 0.3) ** 2 + g * g);
  const nLorentz = integrate(lorentz, 0, 1, { relTol: 1e-8 }).evaluations;
  rows.push(
    timeIt('integrate Lorentzian width 1e-4, relTol 1e-8', () => integrate(lorentz, 0, 1, { relTol: 1e-8 }).value, 300, `${nLorentz} evals`),
  );

  const invSqrt = (x: number): number => 1 / Math.sqrt(x);
  const nTs = integrateTanhSinh(invSqrt, 0, 1).evaluations;
  rows.push(timeIt('integrateTanhSinh ∫₀¹ x^−½, relTol 1e-10', () => integrateTanhSinh(invSqrt, 0, 1).value, 300, `${nTs} evals`));
  const nGkSqrt = integrate(invSqrt, 0, 1).evaluations;
  rows.push(timeIt('integrate (G7K15) ∫₀¹ x^−½, relTol 1e-10', () => integrate(invSqrt, 0, 1).value, 300, `${nGkSqrt} evals`));

  const dalitz = (x: number, y: number): number => (1 - x - y) * (x + y);
  const n2d = integrate2D(dalitz, 0, 1, 0, (x) => 1 - x, { relTol: 1e-8 }).evaluations;
  rows.push(timeIt('integrate2D triangle (muon-decay-like), relTol 1e-8', () => integrate2D(dalitz, 0, 1, 0, (x) => 1 - x, { relTol: 1e-8 }).value, 300, `${n2d} evals`));

  const cubic = (x: number): number => (x - 0.1) * (x - 0.5) * (x + 2);
  rows.push(timeIt('brent cubic root (default tol ≈ 4ε)', () => brent(cubic, 0, 0.3), 300));

  const xs = logspace(1e-3, 10, 200);
  const f = logLogInterpolator(xs, xs.map((x) => 1 / (1 + x * x)));
  let x = 1e-3;
  rows.push(
    timeIt('logLogInterpolator evaluation (200 nodes)', () => {
      x = x * 1.01;
      if (x > 10) x = 1e-3;
      return f(x);
    }, 300),
  );
  return rows;
}
