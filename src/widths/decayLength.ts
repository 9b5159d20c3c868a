/**
 * Decay lengths and the eps-rescaling of decay tables: lab-frame decay length βγcτ, and widths/cτ at any eps
 * from one table without recomputing any integral (THEORY §3.4 "Scalings for analytic reweighting").
 *
 * Scaling: at fixed masses and dark couplings, A' → SM and ψ_j → ψ_i + SM through the off-shell A' scale as
 * eps² exactly, A' → ψψ and ψ_j → ψ_i A' do not depend on eps (each channel carries its `epsilonPower`). The
 * only approximation is in the three-body Breit–Wigner, which contains Γ_A' = Γ_SM(∝ eps²) + Γ_dark, held at
 * the table's eps. Far off-shell the width depends on Γ_A' only through O((m_A'Γ_A')²/(m_A'² − q²)²) (the
 * whole Γ_A' moves the iDM benchmark width by −0.07%, THEORY §3.6), so rescaling from eps₀ to eps changes it
 * by ≈ −1.4e-3 × ΔΓ_SM/Γ_A': at the iDM benchmark (m_A' = 1 GeV) 3.6e-7 from eps₀ = 1e-3 to eps = 3e-2, below
 * 1e-9 for eps ≤ 1e-3. Negligible against every other uncertainty; recompute the table if it matters.
 *
 * @module
 */
import { ParameterError } from '../core/errors.js';
import { requireEpsilon, requireNonNegative, requireObject, requirePositive } from '../core/validate.js';
import type { DarkSectorModel } from '../models/types.js';
import { decayTable, type DecayTable } from './decayTable.js';
import { HBAR_C_GEV_CM } from '../core/constants.js';

/**
 * Lab-frame mean decay length L = βγ cτ = (|p|/m) cτ, in cm (THEORY §3.4).
 *
 * @param ctauCm - proper decay length cτ in cm (> 0)
 * @param momentumGeV - lab momentum |p| in GeV (≥ 0)
 * @param massGeV - mass in GeV (> 0)
 * @returns L in cm (≥ 0)
 * @throws ParameterError naming `ctauCm`, `momentumGeV` or `massGeV`
 * @example
 * decayLengthCm(12.35, 5, 0.462) // ≈ 133.7 cm
 */
export function decayLengthCm(ctauCm: number, momentumGeV: number, massGeV: number): number {
  const ct = requirePositive('ctauCm', ctauCm);
  if (typeof momentumGeV !== 'number' || !Number.isFinite(momentumGeV) || momentumGeV < 0) {
    throw new ParameterError('momentumGeV', momentumGeV, 'a finite number >= 0');
  }
  const m = requirePositive('massGeV', massGeV);
  const length = (momentumGeV / m) * ct;
  if (!Number.isFinite(length)) throw new ParameterError('momentumGeV', momentumGeV, `small enough that (p/m)·cτ is finite`);
  return length;
}

function checkedTable(table: DecayTable): DecayTable {
  const o = requireObject('table', table);
  if (!Array.isArray(o['channels'])) throw new ParameterError('table', table, 'a DecayTable');
  requireEpsilon('table.epsilon', o['epsilon']);
  o['channels'].forEach((channel: unknown, k: number) => {
    const c = requireObject(`table.channels[${k}]`, channel);
    requireNonNegative(`table.channels[${k}].widthGeV`, c['widthGeV']);
    if (c['epsilonPower'] !== 0 && c['epsilonPower'] !== 2) {
      throw new ParameterError(`table.channels[${k}].epsilonPower`, c['epsilonPower'], '0 or 2');
    }
  });
  return table;
}

/**
 * Total width of a table's particle at another eps, in GeV: Σ_c Γ_c (eps/eps₀)^{n_c}, with eps₀ the table's
 * eps and n_c each channel's `epsilonPower` (see the module comment for the accuracy).
 *
 * @param table - a table from {@link decayTable}
 * @param epsilon - the new eps, in (0, 1)
 * @returns Γ(eps) in GeV (0 for a stable particle)
 * @throws ParameterError naming `epsilon` or `table`
 * @example
 * const t = decayTable(preset('idm', { massGeV: 1, epsilon: 1e-3 }), 'psi2');
 * widthAtEpsilonGeV(t, 1e-2) // = 100 × t.totalWidthGeV (pure eps² channels)
 */
export function widthAtEpsilonGeV(table: DecayTable, epsilon: number): number {
  const t = checkedTable(table);
  const ratio = requireEpsilon('epsilon', epsilon) / t.epsilon;
  const width = t.channels.reduce((sum, c) => sum + c.widthGeV * (c.epsilonPower === 2 ? ratio * ratio : 1), 0);
  if (!Number.isFinite(width)) throw new ParameterError('epsilon', epsilon, `a value for which Γ(eps) is finite (table.epsilon = ${t.epsilon})`);
  return width;
}

/**
 * Proper decay length cτ = ħc/Γ(eps) in cm of a table's particle at another eps (from
 * {@link widthAtEpsilonGeV}), or null when the particle is stable.
 *
 * @param table - a table from {@link decayTable}
 * @param epsilon - the new eps, in (0, 1)
 * @returns cτ in cm, or null
 * @throws ParameterError naming `epsilon` or `table`
 * @example
 * ctauCmAtEpsilon(decayTable(preset('idm', { massGeV: 1, epsilon: 1e-3 }), 'psi2'), 1e-2) // ≈ 0.124 cm
 */
export function ctauCmAtEpsilon(table: DecayTable, epsilon: number): number | null {
  const width = widthAtEpsilonGeV(table, epsilon);
  return width > 0 ? HBAR_C_GEV_CM / width : null;
}

/**
 * Γ_{∝eps²}/eps² of a dark-fermion state, in GeV: the sum of its channels through the off-shell A'
 * (ψ_i ℓℓ, ψ_i + hadrons) divided by eps², so that Γ(eps) = eps² × this (+ the eps-independent on-shell
 * ψ_i A' channels, if any: see {@link widthAtEpsilonGeV}). Computed from the cached {@link decayTable}.
 *
 * @param model - a model
 * @param state - name of one of `model.states`
 * @returns GeV (≥ 0)
 * @throws ParameterError naming `particle` (unknown state) or `model`
 * @example
 * darkFermionWidthPerEpsilon2(preset('idm', { massGeV: 1, epsilon: 1e-3 }), 'psi2') // ≈ 1.596e-9 GeV
 */
export function darkFermionWidthPerEpsilon2(model: DarkSectorModel, state: string): number {
  const t = decayTable(model, state);
  const eps2 = t.epsilon * t.epsilon;
  const width = t.channels.reduce((sum, c) => sum + (c.epsilonPower === 2 ? c.widthGeV / eps2 : 0), 0);
  if (!Number.isFinite(width)) throw new ParameterError('model.epsilon', t.epsilon, 'an eps whose square does not underflow (eps ≳ 1e-154)');
  return width;
}
