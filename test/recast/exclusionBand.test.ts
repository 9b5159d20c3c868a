import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveExclusion, solveExclusionWithUncertainty } from '../../src/recast/exclusionBand.js';
import { ParameterError } from '../../src/core/errors.js';
import { expectClose } from '../helpers/close.js';

// Toy model of EXPERIMENTS.md §6.2 (computed there independently with python): P(eps) = exp(-L/λ(eps)),
// λ = λ0 (eps0/eps)², L = 100 cm, λ0 = 1000 cm, eps0 = 1e-3, eps_UL = 1e-3.
const toy = (eps: number): number => Math.exp(-100 / (1000 * (1e-3 / eps) ** 2));

describe('solveExclusion', () => {
  it('reproduces the toy recast band of EXPERIMENTS.md §6.2 to 1e-6 (the printed precision)', () => {
    const [band, ...rest] = solveExclusion(toy, 1e-3);
    expect(rest).toHaveLength(0);
    expectClose(band!.lower, 1.057509e-3, 1e-6);
    expectClose(band!.upper!, 5.98093e-3, 1e-6);
  });

  it('is open above when a fully invisible fraction keeps eps² F above eps_UL² (EXPERIMENTS.md §6.2: 10% invisible)', () => {
    const [band] = solveExclusion((e) => 0.1 + 0.9 * toy(e), 1e-3);
    expect(band!.upper).toBeNull();
    expect(band!.lower).toBeLessThan(1.06e-3);
  });

  it('excludes nothing when max eps² F < eps_UL²', () => {
    expect(solveExclusion((e) => toy(e) * 0.2, 1e-3)).toEqual([]);
  });

  it('equals the published limit for a purely invisible A\' (F = 1)', () => {
    fc.assert(
      fc.property(fc.double({ min: -6, max: -1, noNaN: true }), (logEps) => {
        const limit = 10 ** logEps;
        const [band] = solveExclusion(() => 1, limit);
        return band !== undefined && band.upper === null && Math.abs(band.lower / limit - 1) < 1e-12;
      }),
    );
  });

  it('edges satisfy eps² F = eps_UL² and the band shrinks monotonically as the survival drops', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.4, max: 1, noNaN: true }), (scale) => {
        const f = (e: number): number => scale * toy(e);
        const [band] = solveExclusion(f, 1e-3);
        if (band === undefined || band.upper === null) return false;
        const g = (e: number): number => e * e * f(e) - 1e-6;
        const [full] = solveExclusion(toy, 1e-3);
        return (
          Math.abs(g(band.lower)) < 1e-14 && Math.abs(g(band.upper)) < 1e-14 &&
          band.lower >= full!.lower * (1 - 1e-12) && band.upper <= full!.upper! * (1 + 1e-12)
        );
      }),
      { numRuns: 50 },
    );
  });

  it('rejects a surviving fraction outside [0, 1] and an eps_UL outside (0, 1)', () => {
    expect(() => solveExclusion(() => 1.5, 1e-3)).toThrow(ParameterError);
    expect(() => solveExclusion(() => Number.NaN, 1e-3)).toThrow(ParameterError);
    expect(() => solveExclusion(toy, 0)).toThrow(ParameterError);
  });
});

describe('solveExclusionWithUncertainty', () => {
  it('equals solveExclusion for the central value and nests the ±σ bands around it', () => {
    const central = solveExclusion(toy, 1e-3);
    const zero = solveExclusionWithUncertainty((e) => ({ value: toy(e), error: 0 }), 1e-3);
    expect(zero.intervals).toEqual(central);
    const withError = solveExclusionWithUncertainty((e) => ({ value: toy(e), error: 0.05 * toy(e) }), 1e-3);
    expect(withError.intervals).toEqual(central);
    const [hi] = withError.high;
    const [lo] = withError.low;
    expect(hi!.lower).toBeLessThan(central[0]!.lower);
    expect(hi!.upper!).toBeGreaterThan(central[0]!.upper!);
    expect(lo!.lower).toBeGreaterThan(central[0]!.lower);
    expect(lo!.upper!).toBeLessThan(central[0]!.upper!);
    // F(1 ± 5%) shifts eps_lo by ≈ ∓2.5% (eps_lo ≈ eps_UL/√F near the lower edge, where F ≈ 1)
    expect(central[0]!.lower / hi!.lower - 1).toBeGreaterThan(0.02);
    expect(central[0]!.lower / hi!.lower - 1).toBeLessThan(0.03);
  });

  it('rejects a malformed estimate', () => {
    expect(() => solveExclusionWithUncertainty(() => ({ value: 0.5, error: Number.NaN }), 1e-3)).toThrow(ParameterError);
  });
});

describe('narrow exclusion tips', () => {
  it('finds a band much narrower than the grid spacing (max eps² F exceeds eps_UL² by 0.2%)', () => {
    // Toy F scaled so that max eps² F = 1.002 eps_UL²: the band is ~0.03 decade wide, below 1/12 decade.
    const peak = 3.6787944117144233; // max of eps² toy(eps) / eps_UL², at eps* = 3.162e-3 (EXPERIMENTS §6.2)
    const f = (e: number): number => (1.002 / peak) * toy(e);
    const [band] = solveExclusion(f, 1e-3);
    expect(band).toBeDefined();
    expect(band!.lower).toBeLessThan(3.1623e-3);
    expect(band!.upper!).toBeGreaterThan(3.1623e-3);
    expect(Math.log10(band!.upper! / band!.lower)).toBeLessThan(0.05);
  });
});
