/**
 * One event of an {@link EventSample} as HepMC3 ASCII lines (format of ENGINEERING §3.3, HepMC3 `WriterAscii`),
 * with the decay vertices placed for one eps. Internal to `writeHepMC3`. The event graph (beams, A', dark
 * fermions, their decay points and daughters) is eventGraph.ts's; here it is written as HepMC3 particles and
 * vertices: status 4 beam, 2 decayed, 1 final; the BaBar production is the explicit vertex −1 with both beams
 * in; a track decaying away from the origin has the explicit vertex −3 − (its track index in the event) at its
 * decay point (x, y, z, c·t in mm), written before its first daughter; other vertices are implicit (the
 * daughters name their mother).
 *
 * @module
 */
import type { RandomStream } from '../core/random/index.js';
import type { DarkSectorModel } from '../models/types.js';
import { cExponential } from './cExponential.js';
import { DARK_PHOTON_PDG, FIRST_DARK_FERMION_PDG, eventGraph } from './eventGraph.js';
import type { EventSample } from './eventSample.js';

export { DARK_PHOTON_PDG, FIRST_DARK_FERMION_PDG };

/**
 * C's `%.16e` (HepMC3 `WriterAscii` precision): 16 digits after the point, exponent of at least two digits.
 * @param x - a finite number
 * @returns e.g. `1.0000000000000000e+00`
 * @example formatHepMC(-1.5e-7) // '-1.4999999999999999e-07'
 * @internal
 */
export function formatHepMC(x: number): string {
  return cExponential(x, 16);
}

const STATUS = { beam: 4, decayed: 2, final: 1 } as const;

/**
 * The lines of event `e` (after the `E` and `U` lines, which are returned first), GeV and mm.
 * @param sample - the sample
 * @param model - the model it was generated with
 * @param e - event index
 * @param epsilon - eps for the decay lengths
 * @param random - stream for decay points and re-drawn invisible A' decays
 * @param scratch - 32 numbers
 * @returns the lines of the event
 * @example hepmc3EventLines(sample, model, 0, 1e-3, createRandomStream(1), new Float64Array(32))[1] // 'U GEV MM'
 * @internal
 */
export function hepmc3EventLines(
  sample: EventSample,
  model: DarkSectorModel,
  e: number,
  epsilon: number,
  random: RandomStream,
  scratch: Float64Array,
): string[] {
  const graph = eventGraph(sample, model, e, epsilon, random, scratch);
  const f = formatHepMC;
  const out: string[] = [];
  const written = new Set<number>();
  graph.particles.forEach((q, i) => {
    let parent = 0;
    if (q.mothers.length > 1) {
      if (!written.has(-1)) out.push(`V -1 0 [${q.mothers.map((m) => m + 1).join(',')}]`);
      written.add(-1);
      parent = -1;
    } else if (q.mothers.length === 1) {
      const m = q.mothers[0]!;
      const at = graph.particles[m]!.decayPoint;
      if (at !== undefined && at.some((x) => x !== 0)) {
        parent = -3 - graph.particles[m]!.track!;
        if (!written.has(parent)) out.push(`V ${parent} 0 [${m + 1}] @ ${at.map(f).join(' ')}`);
        written.add(parent);
      } else parent = m + 1;
    }
    const [energy, px, py, pz] = q.momentum;
    out.push(`P ${i + 1} ${parent} ${q.pdg} ${f(px!)} ${f(py!)} ${f(pz!)} ${f(energy!)} ${f(q.massGeV)} ${STATUS[q.status]}`);
  });
  return [`E ${e} ${2 + graph.tracks} ${graph.particles.length}`, 'U GEV MM', ...out];
}
