// Benchmark rows for the dark-sector widths and decay tables (issue 4), called from bench/widths.bench.ts:
//   rows.push(...darkWidthRows());
import { timeIt, type BenchRow } from './harness.js';
import { preset } from '../src/models/index.js';
import { widthDarkFermionToLeptons } from '../src/widths/darkFermionToLeptons.js';
import { widthDarkFermionToHadrons } from '../src/widths/darkFermionToHadrons.js';
import { decayTable, decayTables } from '../src/widths/decayTable.js';

const g = Math.sqrt(4 * Math.PI * 0.1);
const idmArgs = {
  parentMassGeV: 0.462, daughterMassGeV: 0.33, darkPhotonMassGeV: 1, darkPhotonWidthGeV: 0.026, epsilon: 1e-3, left: g, right: g, lepton: 'e' as const,
};

/** Rows: three-body widths (target < 50 µs at 1e-8), fresh (uncached) decay tables of HNL BP1 and iDM. */
export function darkWidthRows(): BenchRow[] {
  let k = 0;
  // JIT warm-up of the quadrature and the integrands (the harness itself warms up with only 5 calls)
  for (let i = 0; i < 3000; i++) widthDarkFermionToLeptons(idmArgs, { relTol: 1e-8 });
  return [
    timeIt('Γ(ψ2→ψ1 e+e−) iDM off-shell, relTol 1e-8', () => widthDarkFermionToLeptons(idmArgs, { relTol: 1e-8 }), 300, 'target < 50 µs'),
    timeIt('Γ(ψ2→ψ1 e+e−) iDM off-shell, relTol 1e-10 (default)', () => widthDarkFermionToLeptons(idmArgs)),
    timeIt(
      'Γ(ψj→ψi e+e−) on-shell pole (BW peak), relTol 1e-8',
      () => widthDarkFermionToLeptons({ ...idmArgs, parentMassGeV: 1, daughterMassGeV: 0.2, darkPhotonMassGeV: 0.5, darkPhotonWidthGeV: 2.4e-7 }, { relTol: 1e-8 }),
    ),
    timeIt(
      'Γ(ψj→ψi hadrons) via R model, Δm = 1.2 GeV, relTol 1e-8',
      () => widthDarkFermionToHadrons({ ...idmArgs, parentMassGeV: 1.5, daughterMassGeV: 0.3, darkPhotonMassGeV: 3 }, { relTol: 1e-8 }),
    ),
    timeIt('decayTables(preset hnl-bp1, 1 GeV), fresh model each call', () => decayTables(preset('hnl-bp1', { massGeV: 1 + 1e-9 * (k++ % 1000) }))),
    timeIt('decayTables(preset hnl-bp1, 3 GeV: hadrons open), fresh model', () => decayTables(preset('hnl-bp1', { massGeV: 3 + 1e-9 * (k++ % 1000) }))),
    timeIt('decayTables(preset idm, 1 GeV), fresh model each call', () => decayTables(preset('idm', { massGeV: 1 + 1e-9 * (k++ % 1000) }))),
    timeIt('decayTable(idm, psi2) cached', (() => {
      const m = preset('idm');
      return () => decayTable(m, 'psi2');
    })()),
  ];
}
