/**
 * Parton-level events for a shower or detector program: 500 HNL BP1 events at NA64 (e⁻N → e⁻N A', A' → ψ_iψ_j,
 * ψ_3 → ψ_2 ℓ⁺ℓ⁻, ψ_2 → ψ_1 ℓ⁺ℓ⁻) from `generateEvents`, written as an LHE 3.0 file for eps = 1e-3: each decayed
 * dark fermion carries the proper length cτ of its decay in VTIMUP (mm). Prints the init block and the first
 * event, then compares the mean VTIMUP of each dark fermion with the decay table's cτ at this eps.
 *
 * Run: npx tsx examples/lhe-events.ts [events.lhe]   (after `npm run build`)
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { darkFermionPdg, decayTable, generateEvents, preset, writeLhe } from 'semivisible';

const massGeV = 3;
const epsilon = 1e-3;
const model = preset('hnl-bp1', { massGeV, epsilon });
const sample = generateEvents({ model, experiment: 'na64', events: 500, seed: 2025 });
const text = writeLhe(sample, { epsilon, seed: 1 });
const out = process.argv[2] ?? join(tmpdir(), 'semivisible-bp1-na64.lhe');
writeFileSync(out, text);
console.log(`HNL BP1 at NA64: m_A' = ${massGeV} GeV, eps = ${epsilon}, ${sample.count} events → ${out} (${(text.length / 1024).toFixed(0)} kB)\n`);

// The init block and the first event.
console.log(text.slice(text.indexOf('<init>'), text.indexOf('</event>') + '</event>'.length));

// Read the particle lines back: IDUP ISTUP MOTHUP1 MOTHUP2 ICOLUP1 ICOLUP2 PX PY PZ E M VTIMUP SPINUP.
const lengths = new Map<number, number[]>();
for (const block of text.split('<event>\n').slice(1)) {
  for (const line of block.split('</event>')[0]!.trim().split('\n').slice(1)) {
    const f = line.trim().split(/\s+/).map(Number);
    if (f[1] === 2 && f[11]! > 0) lengths.set(f[0]!, [...(lengths.get(f[0]!) ?? []), f[11]!]);
  }
}
console.log('\ndecayed dark fermions: mean VTIMUP against the decay table (exponential law: σ = mean/√n)');
model.states.forEach((state, k) => {
  const xs = lengths.get(darkFermionPdg(k));
  if (xs === undefined) return;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const ctauMm = 10 * decayTable(model, state.name).ctauCm!;
  console.log(`  ${state.name}: ${xs.length} decays, mean ${mean.toPrecision(4)} mm, cτ = ${ctauMm.toPrecision(4)} mm, pull ${((mean - ctauMm) / (ctauMm / Math.sqrt(xs.length))).toFixed(2)}`);
});
