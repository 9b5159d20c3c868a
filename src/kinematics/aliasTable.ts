/**
 * Walker's alias method for drawing an index with given weights in O(1) (A. J. Walker, ACM TOMS 3 (1977)
 * 253), built in the numerically stable way of M. D. Vose (IEEE TSE 17 (1991) 972). Draw: u uniform in
 * [0, 1), i = ⌊u n⌋, f = u n − i; take i if f < probability[i], else alias[i].
 *
 * @module
 */

/** An alias table (plain data). */
export interface AliasTable {
  /** Probability of keeping index i when it is drawn. */
  readonly probability: Float64Array;
  /** The alternative index of i. */
  readonly alias: Int32Array;
}

/**
 * Build the alias table of non-negative weights (not all zero; any normalisation).
 * @param weights - the weights (a Float64Array or a plain array; the builder reads them by index only, so that
 *   it sees one array shape: mixed small-integer and double arrays made its optimised code deoptimise)
 * @returns the table
 * @example aliasTable([1, 3]) // { probability: [0.5, 1], alias: [1, 1] }
 * @internal
 */
export function aliasTable(weights: ArrayLike<number>): AliasTable {
  const n = weights.length;
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i]!;
  const scaled = new Float64Array(n);
  for (let i = 0; i < n; i++) scaled[i] = (weights[i]! * n) / total;
  const probability = new Float64Array(n).fill(1);
  const alias = new Int32Array(n);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < n; i++) {
    alias[i] = i;
    (scaled[i]! < 1 ? small : large).push(i);
  }
  while (small.length > 0 && large.length > 0) {
    const s = small.pop()!;
    const l = large[large.length - 1]!;
    probability[s] = scaled[s]!;
    alias[s] = l;
    scaled[l] = scaled[l]! + scaled[s]! - 1;
    if (scaled[l]! < 1) small.push(large.pop()!);
  }
  return { probability, alias };
}
