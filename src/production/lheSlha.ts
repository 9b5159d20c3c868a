/**
 * The `<slha>` block of our LHE header: the dark states as new particles in the SLHA format extended for BSM
 * generators (QNUMBERS, MASS, DECAY; Alwall et al., "A Les Houches Interface for BSM Generators",
 * arXiv:0712.3311, §3; SLHA: Skands et al., JHEP 07 (2004) 036, hep-ph/0311123), so that a shower program that
 * reads the header (Pythia 8's SLHA interface does) knows their charge (0), spin, colour (singlet), whether each
 * is its own antiparticle, mass (GeV) and total width (GeV) at the file's eps. Internal to writeLhe.
 *
 * Widths: Γ(eps) = Σ_c Γ_c (eps/eps₀)^{n_c} from the model's decay tables (`widthAtEpsilonGeV`), i.e. ħc/Γ is the
 * mean of the file's VTIMUP; 0 for a stable state. DECAY blocks carry no channels: every decay of the file is
 * written out in its events.
 *
 * @module
 */
import type { DarkSectorModel } from '../models/types.js';
import { DARK_PHOTON_NAME, decayTable, widthAtEpsilonGeV } from '../widths/index.js';
import { cExponential } from './cExponential.js';
import { DARK_PHOTON_PDG, FIRST_DARK_FERMION_PDG } from './eventGraph.js';

/** One particle of the block: PDG code, name, 2S + 1, own antiparticle, mass and width in GeV. */
interface SlhaParticle {
  readonly pdg: number;
  readonly name: string;
  readonly spinStates: number;
  readonly selfConjugate: boolean;
  readonly massGeV: number;
  readonly widthGeV: number;
}

/** C's `%.10e` (SLHA readers take any float; this matches the event lines' digits). */
const float = (x: number): string => cExponential(x, 10);

/**
 * The dark photon and the model's states with the numbers the block writes.
 * @param model - the sample's model
 * @param epsilon - the file's eps
 * @returns the particles, A' first
 * @example slhaParticles(preset('idm', { massGeV: 1 }), 1e-3)[0].spinStates // 3 (the A′, spin 1)
 * @internal
 */
export function slhaParticles(model: DarkSectorModel, epsilon: number): SlhaParticle[] {
  const aPrime: SlhaParticle = {
    pdg: DARK_PHOTON_PDG,
    name: 'Aprime',
    spinStates: 3,
    selfConjugate: true,
    massGeV: model.darkPhotonMassGeV,
    widthGeV: widthAtEpsilonGeV(decayTable(model, DARK_PHOTON_NAME), epsilon),
  };
  return [
    aPrime,
    ...model.states.map((state, k) => ({
      pdg: FIRST_DARK_FERMION_PDG + k,
      name: state.name,
      spinStates: 2,
      selfConjugate: state.nature === 'majorana',
      massGeV: state.massGeV,
      widthGeV: widthAtEpsilonGeV(decayTable(model, state.name), epsilon),
    })),
  ];
}

/**
 * The `<slha>…</slha>` lines for the header (names are the model's state names, XML-safe: `[\w'+-]`).
 * @param model - the sample's model
 * @param epsilon - the file's eps
 * @returns the block, without a trailing newline
 * @example lheSlhaBlock(preset('idm', { massGeV: 1 }), 1e-3).startsWith('<slha>') // true
 * @internal
 */
export function lheSlhaBlock(model: DarkSectorModel, epsilon: number): string {
  const particles = slhaParticles(model, epsilon);
  const name = (p: SlhaParticle): string => p.name.replace(/[^\w'+-]/g, '_');
  const lines = ['<slha>'];
  for (const p of particles) {
    lines.push(
      `BLOCK QNUMBERS ${p.pdg}  # ${name(p)}`,
      '     1  0  # 3 times electric charge',
      `     2  ${p.spinStates}  # number of spin states (2S+1)`,
      '     3  1  # colour representation (1: singlet)',
      `     4  ${p.selfConjugate ? 0 : 1}  # particle/antiparticle distinction (0: own antiparticle)`,
    );
  }
  lines.push('BLOCK MASS');
  for (const p of particles) lines.push(`  ${p.pdg}  ${float(p.massGeV)}  # ${name(p)}`);
  for (const p of particles) lines.push(`DECAY  ${p.pdg}  ${float(p.widthGeV)}  # ${name(p)}${p.widthGeV > 0 ? '' : ' (stable)'}`);
  lines.push('</slha>');
  return lines.join('\n');
}
