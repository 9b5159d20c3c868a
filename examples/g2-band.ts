/**
 * The muon g−2 preferred band of the kinetic mixing eps for the three built-in Δa_μ data sets (2021, 2023,
 * 2025) at a few dark-photon masses: eps± = √((Δa ± nσ)/((α/2π) F(m_A'²/m_μ²))). With the 2025 data
 * (Δa = 38(63)e-11) Δa − 2σ < 0, so there is no lower edge: the band is only an upper bound on eps.
 *
 * Run: npx tsx examples/g2-band.ts   (after `npm run build`)
 */
import { deltaA, G2_DATASET_NAMES, G2_DATASETS, g2Band } from 'semivisible';

const sigmas = 2;
const massesGeV = [0.01, 0.03, 0.1, 0.3, 1, 3];

console.log(`Muon g-2 band: eps with Δa − ${sigmas}σ ≤ Δa(A') ≤ Δa + ${sigmas}σ (one-loop dark photon)\n`);
for (const name of G2_DATASET_NAMES) {
  const d = G2_DATASETS[name];
  const low = d.deltaA - sigmas * d.sigma;
  console.log(
    `${name}: Δa_μ = (${(d.deltaA * 1e11).toFixed(0)} ± ${(d.sigma * 1e11).toFixed(0)})e-11, ` +
      `Δa − ${sigmas}σ = ${(low * 1e11).toFixed(0)}e-11${low > 0 ? '' : '  → no lower edge'}   [${d.references[0]}]`,
  );
}

const cell = (x: number | null): string => (x === null ? '— (none)' : x.toExponential(2)).padStart(10);
console.log(`\n${'m_A\' [GeV]'.padEnd(11)}${G2_DATASET_NAMES.map((n) => `${n}, ${sigmas}σ`.padStart(16).padEnd(23)).join('').trimEnd()}`);
console.log(`${''.padEnd(11)}${G2_DATASET_NAMES.map(() => `${'lower'.padStart(10)}${'upper'.padStart(10)}   `).join('').trimEnd()}`);
for (const massGeV of massesGeV) {
  const row = G2_DATASET_NAMES.map((dataset) => {
    const band = g2Band({ dataset, sigmas, massGeV });
    return `${cell(band.lower)}${cell(band.upper)}   `;
  });
  console.log(`${String(massGeV).padEnd(11)}${row.join('').trimEnd()}`);
}

// Cross-check one edge: at eps = upper edge the one-loop Δa_μ equals Δa + nσ.
const check = g2Band({ dataset: '2025', sigmas, massGeV: 0.1 });
const d25 = G2_DATASETS['2025'];
console.log(
  `\ncheck (2025, 0.1 GeV): Δa_μ(eps = ${check.upper.toExponential(3)}) = ` +
    `${(deltaA({ lepton: 'mu', massGeV: 0.1, epsilon: check.upper }) * 1e11).toFixed(2)}e-11 ` +
    `= Δa + ${sigmas}σ = ${((d25.deltaA + sigmas * d25.sigma) * 1e11).toFixed(2)}e-11`,
);
const noLower = massesGeV.every((massGeV) => g2Band({ dataset: '2025', sigmas, massGeV }).lower === null);
console.log(`2025 has no lower edge at any mass: ${noLower}`);
