/**
 * Decay table of a benchmark: every particle of the HNL benchmark point 1 of arXiv:2302.05410 at
 * m_A' = 1.5 GeV, eps = 1e-3 — its channels with partial width, branching ratio and the eps power of each
 * width, the total width, lifetime and cτ — and the lab decay length of ψ2 for a 5 GeV momentum.
 *
 * Run: npx tsx examples/decay-table.ts   (after `npm run build`)
 */
import { decayLengthCm, decayTable, preset, units } from 'semivisible';

const massGeV = 1.5;
const epsilon = 1e-3;
const model = preset('hnl-bp1', { massGeV, epsilon });

const sci = (x: number, digits = 4): string => x.toExponential(digits - 1);

console.log(`${model.label} (${model.kind}): m_A' = ${massGeV} GeV, eps = ${epsilon}, alpha_D = ${model.alphaD}`);
console.log(`states: ${model.states.map((s) => `${s.name} ${s.massGeV.toFixed(4)} GeV`).join(', ')}\n`);

// Every parent: the A' first, then every dark state (stable ones are listed as such).
for (const parent of ["A'", ...model.states.map((s) => s.name)]) {
  const t = decayTable(model, parent);
  if (t.stable) {
    console.log(`${parent} (m = ${t.massGeV.toFixed(4)} GeV): stable\n`);
    continue;
  }
  console.log(
    `${parent} (m = ${t.massGeV.toFixed(4)} GeV): Γ = ${sci(t.totalWidthGeV)} GeV, τ = ${sci(t.lifetimeS!)} s, cτ = ${sci(t.ctauCm!)} cm`,
  );
  for (const c of t.channels) {
    const name = `${parent} → ${c.products.join(' ')}`;
    console.log(`  ${name.padEnd(26)} Γ = ${sci(c.widthGeV)} GeV   BR = ${sci(c.branchingRatio, 3)}   ∝ eps^${c.epsilonPower}`);
  }
  console.log('');
}

// ψ2 in flight: L = βγ cτ = (|p|/m) cτ.
const psi2 = decayTable(model, 'psi2');
const momentumGeV = 5;
const lengthCm = decayLengthCm(psi2.ctauCm!, momentumGeV, psi2.massGeV);
console.log(
  `psi2 at |p| = ${momentumGeV} GeV: βγ = ${(momentumGeV / psi2.massGeV).toFixed(2)}, ` +
    `L = βγ cτ = ${sci(lengthCm)} cm = ${sci(lengthCm / units.m)} m`,
);
