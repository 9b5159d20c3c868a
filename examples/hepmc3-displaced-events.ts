/**
 * Displaced-vertex events for a detector simulation: 500 iDM events at BaBar (e+e− → γA', A' → ψ1ψ2,
 * ψ2 → ψ1 e⁺e⁻) from `generateEvents`, written as HepMC3 ASCII with the ψ2 decay vertices placed for
 * eps = 1e-3 (positions in mm). Prints the first event block, then reads the vertices back and compares the
 * mean ψ2 flight distance with the expected mean βγcτ of the same ψ2 momenta (decay table cτ at this eps).
 *
 * Run: npx tsx examples/hepmc3-displaced-events.ts [events.hepmc3]   (after `npm run build`)
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { darkFermionPdg, decayLengthCm, decayTable, generateEvents, preset, units, writeHepMC3 } from 'semivisible';

const massGeV = 1;
const epsilon = 1e-3;
const events = 500;
const model = preset('idm', { massGeV, epsilon });
const sample = generateEvents({ model, experiment: 'babar', events, seed: 2024 });
const text = writeHepMC3(sample, { epsilon, seed: 1, model });

const out = process.argv[2] ?? join(tmpdir(), 'semivisible-idm-babar.hepmc3');
writeFileSync(out, text);
const lines = text.split('\n');
console.log(`iDM (r = 0.33, Δ = 0.4, alpha_D = 0.1) at BaBar: m_A' = ${massGeV} GeV, eps = ${epsilon}, ${events} events`);
console.log(`wrote ${out} (${lines.length} lines, ${(text.length / 1024).toFixed(0)} kB)\n`);

// The header and the first event: everything up to the second `E` line.
const secondEvent = lines.findIndex((l, k) => k > lines.findIndex((m) => m.startsWith('E ')) && l.startsWith('E '));
console.log(lines.slice(0, secondEvent).join('\n'));

// Read the file back: the ψ2 decay vertices (`V id 0 [ψ2 particle id] @ x y z ct`, mm).
const psi2Pdg = darkFermionPdg(model.states.findIndex((s) => s.name === 'psi2'));
const distancesCm: number[] = [];
let pdgById = new Map<number, number>();
for (const line of lines) {
  const f = line.split(' ');
  if (f[0] === 'E') pdgById = new Map();
  else if (f[0] === 'P') pdgById.set(Number(f[1]), Number(f[3]));
  else if (f[0] === 'V' && f[4] === '@') {
    const incoming = Number(f[3]!.slice(1, -1)); // "[7]" — one incoming particle per decay vertex
    if (pdgById.get(incoming) !== psi2Pdg) continue;
    const [x, y, z] = [f[5], f[6], f[7]].map(Number) as [number, number, number];
    distancesCm.push(Math.hypot(x, y, z) * units.mm); // ψ2 is born at the A' decay vertex, the origin
  }
}

// Expectation: for each ψ2 track, βγcτ = (|p|/m) cτ with cτ from the decay table at this eps.
const psi2 = decayTable(model, 'psi2');
const expectedCm: number[] = [];
const generatorCm: number[] = [];
const psi2State = model.states.findIndex((s) => s.name === 'psi2');
for (let t = 0; t < sample.trackMass.length; t++) {
  if (sample.trackState[t] !== psi2State) continue;
  const p = Math.hypot(sample.trackMomentum[4 * t + 1]!, sample.trackMomentum[4 * t + 2]!, sample.trackMomentum[4 * t + 3]!);
  expectedCm.push(decayLengthCm(psi2.ctauCm!, p, psi2.massGeV));
  generatorCm.push(sample.decayLengthCmAtUnitEpsilon[t]! / epsilon ** 2); // the record's own λ₁/eps²
}
const mean = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0) / xs.length;
// Error of the mean of exponential draws with means λ_i: Var(d_i) = λ_i², so σ = √(Σλ_i²)/N.
const sigma = Math.sqrt(expectedCm.reduce((s, l) => s + l * l, 0)) / expectedCm.length;
const measured = mean(distancesCm);
const expected = mean(expectedCm);
console.log(`\nψ2 (PDG ${psi2Pdg}, m = ${psi2.massGeV.toPrecision(4)} GeV, cτ = ${psi2.ctauCm!.toFixed(2)} cm at eps = ${epsilon}):`);
console.log(`  ${distancesCm.length} displaced ψ2 vertices in the file, mean ⟨βγ⟩ = ${mean(expectedCm.map((l) => l / psi2.ctauCm!)).toFixed(2)}`);
console.log(`  mean decay distance  ${measured.toFixed(1)} cm`);
console.log(`  expected ⟨βγcτ⟩      ${expected.toFixed(1)} ± ${sigma.toFixed(1)} cm (statistical)  → pull ${((measured - expected) / sigma).toFixed(2)}`);
console.log(`  (the event record's λ₁/eps², averaged: ${mean(generatorCm).toFixed(1)} cm)`);
