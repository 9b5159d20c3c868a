import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decayDetectable, detectabilityCuts } from '../../src/experiments/babarDetectability.js';
import { babarMonophotonSelection } from '../../src/experiments/index.js';

// The detectability kernel compares cotangents and tan² instead of calling atan2 (speed). Reference: the rule of
// 2302.05410 written directly with atan2 angles (EXPERIMENTS.md §5.1). The decisions must agree exactly except
// within rounding of a cut boundary (fast-check likes axis-aligned vectors and round angles): cases with an angle
// within 1e-9 rad of its cut are skipped, and so are leptons at rest (their opening angle is undefined: atan2
// gives 0 or π depending on the sign of a zero).
const deg = Math.PI / 180;
const polar = (x: number, y: number, z: number): number => Math.atan2(Math.hypot(x, y), z);

/** The reference decision, or null when an angle is within 1e-9 rad of the cut it is compared with. */
function referenceDetectable(p: readonly number[], m: readonly number[], o: { sep: number; lo: number; hi: number; both: boolean }): boolean | null {
  let boundary = false;
  const near = (a: number, b: number): void => {
    if (Math.abs(a - b) < 1e-9) boundary = true;
  };
  const inside = (x: number, y: number, z: number): boolean => {
    const t = polar(x, y, z);
    near(t, o.lo * deg);
    near(t, o.hi * deg);
    return t > o.lo * deg && t < o.hi * deg;
  };
  const seen = (q: readonly number[]): boolean => q[0]! > 0.1 && inside(q[1]!, q[2]!, q[3]!);
  const cross = Math.hypot(p[2]! * m[3]! - p[3]! * m[2]!, p[3]! * m[1]! - p[1]! * m[3]!, p[1]! * m[2]! - p[2]! * m[1]!);
  const angle = Math.atan2(cross, p[1]! * m[1]! + p[2]! * m[2]! + p[3]! * m[3]!);
  near(angle, o.sep * deg);
  const decision = angle > o.sep * deg
    ? (o.both ? seen(p) && seen(m) : seen(p) || seen(m))
    : p[0]! + m[0]! > 0.1 && inside(p[1]! + m[1]!, p[2]! + m[2]!, p[3]! + m[3]!);
  return boundary ? null : decision;
}

const component = fc.double({ min: -3, max: 3, noNaN: true });
const lepton = fc.tuple(component, component, component).map(([x, y, z]) => [Math.hypot(x, y, z, 5.11e-4), x, y, z]);

describe('BaBar detectability without atan2', () => {
  it('agrees with the atan2 reading of the rule for any pair, separation cut (1°–170°) and polar window', () => {
    fc.assert(
      fc.property(
        lepton, lepton,
        fc.double({ min: 1, max: 170, noNaN: true }),
        fc.double({ min: 0, max: 89, noNaN: true }), fc.double({ min: 91, max: 180, noNaN: true }),
        fc.boolean(),
        (plus, minus, sep, lo, hi, both) => {
          const selection = babarMonophotonSelection({
            separationAngleDeg: sep, separatedPairRule: both ? 'both' : 'either', leptonAcceptance: { thetaMinDeg: lo, thetaMaxDeg: hi },
          });
          const cuts = detectabilityCuts(selection);
          const vm = Float64Array.from([...plus, ...minus]);
          const want = referenceDetectable(plus, minus, { sep, lo, hi, both });
          fc.pre(want !== null && Math.hypot(plus[1]!, plus[2]!, plus[3]!) > 1e-12 && Math.hypot(minus[1]!, minus[2]!, minus[3]!) > 1e-12);
          expect(decayDetectable(vm, Int32Array.from([-11, 11]), 0, 2, cuts)).toBe(want);
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it('treats momenta along the beam axis as θ = 0 or 180° (outside any window inside (0°, 180°))', () => {
    const cuts = detectabilityCuts(babarMonophotonSelection());
    const along = (pz: number): boolean => decayDetectable(Float64Array.from([1, 0, 0, pz]), Int32Array.from([11]), 0, 1, cuts);
    expect(along(1)).toBe(false);
    expect(along(-1)).toBe(false);
    const wide = detectabilityCuts(babarMonophotonSelection({ leptonAcceptance: { thetaMinDeg: 0, thetaMaxDeg: 180 } }));
    expect(decayDetectable(Float64Array.from([1, 0, 0, 1]), Int32Array.from([11]), 0, 1, wide)).toBe(false); // θ = 0 is not > 0
    expect(decayDetectable(Float64Array.from([1, 0.1, 0, 1]), Int32Array.from([11]), 0, 1, wide)).toBe(true);
  });
});
