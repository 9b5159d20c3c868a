// Widths benchmarks (issue 4): the dark-photon SM width (e, μ, τ, hadrons via the R model) over a mass scan,
// the R model and g-2 pieces. Rows come from the factories in `rowFactories`; append new factories (or push
// rows from another module, as darkWidthRows below) to extend the suite.
import { timeIt, type BenchRow } from './harness.js';
import { darkWidthRows } from './widthsDark.js';
import { logspace } from '../src/core/numerics/index.js';
import { deltaA } from '../src/g2/deltaA.js';
import { g2Band } from '../src/g2/g2Band.js';
import { g2LoopFunction } from '../src/g2/g2LoopFunction.js';
import { widthDarkPhotonToHadrons } from '../src/widths/darkPhotonToHadrons.js';
import { widthDarkPhotonToLeptonsOrZero } from '../src/widths/darkPhotonToLeptons.js';
import { rRatioModel } from '../src/widths/rRatio.js';

/** Suite title printed by bench/run.ts. */
export const title = 'widths';

/** 10,000 log-spaced dark-photon masses in 0.01–10 GeV (the DarkCast comparison point). */
const MASSES = logspace(0.01, 10, 10_000);

/** Γ(A' → SM) = Σ_ℓ Γ(ℓℓ) + Γ(hadrons) through the public, validated API. */
function smWidth(massGeV: number, epsilon: number): number {
  return (
    widthDarkPhotonToLeptonsOrZero({ massGeV, epsilon, lepton: 'e' }) +
    widthDarkPhotonToLeptonsOrZero({ massGeV, epsilon, lepton: 'mu' }) +
    widthDarkPhotonToLeptonsOrZero({ massGeV, epsilon, lepton: 'tau' }) +
    widthDarkPhotonToHadrons({ massGeV, epsilon })
  );
}

/** One benchmark row (or several) per factory, run in order. */
export const rowFactories: (() => BenchRow | readonly BenchRow[])[] = [
  () =>
    timeIt(
      "A' SM width (ee+μμ+ττ+had) at 10,000 log masses 0.01–10 GeV",
      () => {
        let sum = 0;
        for (const m of MASSES) sum += smWidth(m, 1e-3);
        return sum;
      },
      1000,
      'one call = 10,000 masses; DarkCast (Python) ≈ 0.6 s',
    ),
  () => timeIt("A' SM width at one mass (1.5 GeV)", () => smWidth(1.5, 1e-3)),
  () => timeIt('rRatioModel(√s) at 4.2 GeV (pQCD + ψ states)', () => rRatioModel(4.2)),
  () => timeIt('rRatioModel(√s) at 0.78 GeV (ρ–ω)', () => rRatioModel(0.78)),
  () => timeIt("deltaA(mu, m_A' = 0.1 GeV) (closed form)", () => deltaA({ lepton: 'mu', massGeV: 0.1, epsilon: 1e-3 })),
  () => timeIt("deltaA(mu, m_A' = 1 GeV) (quadrature, r ≈ 90)", () => deltaA({ lepton: 'mu', massGeV: 1, epsilon: 1e-3 })),
  () => timeIt('g2LoopFunction(1e5) (asymptotic series)', () => g2LoopFunction(1e5)),
  () => timeIt("g2Band(2021, 2σ, m_A' = 0.5 GeV)", () => g2Band({ dataset: '2021', massGeV: 0.5 })),
  () => darkWidthRows(),
];

/** Run the suite. */
export function run(): BenchRow[] {
  return rowFactories.flatMap((factory) => factory());
}
