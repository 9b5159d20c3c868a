/**
 * Plain data types for (complex) matrices. ml-matrix has no complex type; the library's complex matrices are
 * pairs of real row-major arrays.
 *
 * @module
 */

/** A real matrix as rows of numbers (row-major, `a[i][j]` is row i, column j). */
export type RealMatrix = readonly (readonly number[])[];

/** A complex number as a plain object. */
export interface Complex {
  /** Real part. */
  readonly re: number;
  /** Imaginary part. */
  readonly im: number;
}

/** A complex matrix as its real and imaginary parts (both row-major, same shape). */
export interface ComplexMatrix {
  /** Real part, rows of numbers. */
  readonly re: RealMatrix;
  /** Imaginary part, rows of numbers. */
  readonly im: RealMatrix;
}

/**
 * Result of a Takagi factorisation of a complex symmetric n×n matrix M.
 *
 * Convention (THEORY.md §2.0, the physics convention of 2302.05410 and DarkNews): flavour fields
 * n_a = Σ_i U_{a i} ψ_i, so that Uᵀ M U = diag(m) with m ≥ 0 sorted ascending, U unitary. Equivalently
 * M = U* diag(m) U†, i.e. M = Wᵀ diag(m) W with W = U†.
 */
export interface TakagiResult {
  /** Takagi values (physical masses), non-negative, ascending. */
  readonly values: readonly number[];
  /** Unitary U with columns = mass eigenstates, rows = flavour (interaction) basis. */
  readonly u: ComplexMatrix;
}

/** Result of a real symmetric eigen-decomposition A = V diag(λ) Vᵀ. */
export interface SymmetricEigenResult {
  /** Eigenvalues, ascending. */
  readonly values: readonly number[];
  /** Orthogonal V, columns = eigenvectors (sign fixed: largest-magnitude component positive). */
  readonly vectors: RealMatrix;
}

/** Result of a thin real singular value decomposition A = U diag(σ) Vᵀ of a p×q matrix, k = min(p, q). */
export interface SvdResult {
  /** Singular values σ, descending, ≥ 0 (length k). */
  readonly values: readonly number[];
  /** Left singular vectors, p×k, orthonormal columns. */
  readonly u: RealMatrix;
  /** Right singular vectors, q×k, orthonormal columns (sign fixed: largest-magnitude component positive). */
  readonly v: RealMatrix;
}
