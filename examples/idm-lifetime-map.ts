/**
 * iDM lifetime map: the proper decay length cτ(ψ2) in cm at eps = 1e-3 as a function of m_A' (log grid
 * 0.1–5 GeV) and the splitting Δ = (m2 − m1)/m1 (0.05–0.5), with the talk's r = m1/m_A' = 0.33 and
 * alpha_D = 0.1. ψ2 → ψ1 ℓ⁺ℓ⁻ / ψ1 + hadrons goes through an off-shell A', so Γ(ψ2) ∝ eps²: each decay table
 * is computed once at a reference eps and rescaled to the eps wanted (`ctauCmAtEpsilon`), never recomputed.
 *
 * Run: npx tsx examples/idm-lifetime-map.ts   (after `npm run build`)
 */
import { ctauCmAtEpsilon, decayTable, IDM_BENCHMARK, idm, logspace } from 'semivisible';

const epsilon = 1e-3; // the eps of the map
const referenceEpsilon = 1e-2; // the eps the decay tables are computed at
const { r, alphaD } = IDM_BENCHMARK;
const massesGeV = logspace(0.1, 5, 8);
const deltas = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5];

const psi2Table = (massGeV: number, delta: number, eps: number) =>
  decayTable(idm({ massGeV, epsilon: eps, alphaD, r, delta }), 'psi2');

console.log(`iDM: cτ(ψ2) [cm] at eps = ${epsilon}, r = m1/m_A' = ${r}, alpha_D = ${alphaD}`);
console.log(`(tables at eps = ${referenceEpsilon}, rescaled by the eps² law; cτ ∝ 1/eps²)\n`);
console.log(`${"m_A' [GeV]".padEnd(11)}${'m1 [GeV]'.padEnd(10)}${deltas.map((d) => `Δ = ${d}`.padStart(11)).join('')}`);
for (const massGeV of massesGeV) {
  const cells = deltas.map((delta) => {
    const ctau = ctauCmAtEpsilon(psi2Table(massGeV, delta, referenceEpsilon), epsilon);
    return (ctau === null ? 'stable' : ctau.toExponential(2)).padStart(11);
  });
  console.log(`${massGeV.toPrecision(3).padEnd(11)}${(r * massGeV).toPrecision(3).padEnd(10)}${cells.join('')}`);
}

// The scaling checked against a table computed directly at eps = 1e-3 (benchmark point Δ = 0.4, 1 GeV).
const scaled = ctauCmAtEpsilon(psi2Table(1, IDM_BENCHMARK.delta, referenceEpsilon), epsilon)!;
const direct = psi2Table(1, IDM_BENCHMARK.delta, epsilon).ctauCm!;
console.log(
  `\ncheck at the benchmark (m_A' = 1 GeV, Δ = ${IDM_BENCHMARK.delta}): rescaled ${scaled.toFixed(4)} cm, ` +
    `computed at eps = ${epsilon}: ${direct.toFixed(4)} cm (rel. diff ${Math.abs(scaled / direct - 1).toExponential(1)})`,
);
console.log(`other eps: cτ(eps) = cτ(1e-3) × (1e-3/eps)², e.g. ×100 at eps = 1e-4, ×0.01 at eps = 1e-2`);
