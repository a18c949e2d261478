// LU factorization with partial pivoting on dense float64 matrices (PA = LU, L unit lower), and what it gives:
// solve, inverse, determinant. Backward stable: the computed factors satisfy PA + E = LU with
// |E| <= 3n u |L||U| (Higham, Theorem 9.3), u = 2^-53.
import { domainError, dimensionError } from "../core/index.js";
import type { F64Mat } from "./dense.js";
import { type LinBudget, FREE_BUDGET, shapeText } from "./tensor.js";

export interface LU {
  readonly n: number;
  /** L (strictly below the diagonal, unit diagonal implied) and U (on and above), packed row-major. */
  readonly lu: Float64Array;
  /** perm[i] = original row now at row i. */
  readonly perm: Int32Array;
  /** +1 or -1: the sign of the permutation. */
  readonly sign: number;
  /** True when some pivot is exactly zero (A is singular in float64). */
  readonly singular: boolean;
}

/** PA = LU with partial pivoting (the row of largest |a_ik| is the pivot). */
export function luFactor(a: F64Mat, budget: LinBudget = FREE_BUDGET): LU {
  const n = a.rows;
  if (a.cols !== n) throw dimensionError(`LU needs a square matrix, got ${shapeText([a.rows, a.cols])}`, {}, "not-square");
  const A = Float64Array.from(a.data);
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  let sign = 1;
  let singular = false;
  for (let k = 0; k < n; k++) {
    budget.tick(n);
    let p = k, best = Math.abs(A[k * n + k]!);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(A[i * n + k]!);
      if (v > best) (best = v), (p = i);
    }
    if (p !== k) {
      const rk = k * n, rp = p * n;
      for (let j = 0; j < n; j++) {
        const t = A[rk + j]!;
        A[rk + j] = A[rp + j]!;
        A[rp + j] = t;
      }
      const t = perm[k]!;
      perm[k] = perm[p]!;
      perm[p] = t;
      sign = -sign;
    }
    const pivot = A[k * n + k]!;
    if (pivot === 0) {
      singular = true;
      continue;
    }
    const rk = k * n;
    for (let i = k + 1; i < n; i++) {
      const ri = i * n;
      const f = A[ri + k]! / pivot;
      A[ri + k] = f;
      if (f === 0) continue;
      for (let j = k + 1; j < n; j++) A[ri + j] = A[ri + j]! - f * A[rk + j]!;
    }
  }
  return { n, lu: A, perm, sign, singular };
}

/** det(A) = sign * prod(u_kk): the exact determinant of a nearby matrix (see the file header). */
export function luDet(f: LU): number {
  let d = f.sign;
  for (let k = 0; k < f.n; k++) d *= f.lu[k * f.n + k]!;
  return d;
}

/** Solves A X = B (B has f.n rows and `cols` columns, row-major) by forward and back substitution. */
export function luSolve(f: LU, b: Float64Array, cols: number, budget: LinBudget = FREE_BUDGET): Float64Array {
  const { n, lu, perm } = f;
  if (f.singular) throw domainError("singular-matrix", `the ${n}x${n} matrix is singular (a pivot is exactly 0)`);
  const X = new Float64Array(n * cols);
  for (let i = 0; i < n; i++) X.set(b.subarray(perm[i]! * cols, perm[i]! * cols + cols), i * cols);
  for (let i = 0; i < n; i++) {
    budget.tick();
    const ri = i * n, xi = i * cols;
    for (let k = 0; k < i; k++) {
      const l = lu[ri + k]!;
      if (l === 0) continue;
      const xk = k * cols;
      for (let j = 0; j < cols; j++) X[xi + j] = X[xi + j]! - l * X[xk + j]!;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    budget.tick();
    const ri = i * n, xi = i * cols;
    for (let k = i + 1; k < n; k++) {
      const u = lu[ri + k]!;
      if (u === 0) continue;
      const xk = k * cols;
      for (let j = 0; j < cols; j++) X[xi + j] = X[xi + j]! - u * X[xk + j]!;
    }
    const d = lu[ri + i]!;
    for (let j = 0; j < cols; j++) X[xi + j] = X[xi + j]! / d;
  }
  return X;
}

/** A^-1 from its LU factors; error about cond(A) u relative (singular-matrix when a pivot is exactly zero). */
export function luInverse(f: LU, budget: LinBudget = FREE_BUDGET): Float64Array {
  const n = f.n;
  const I = new Float64Array(n * n);
  for (let i = 0; i < n; i++) I[i * n + i] = 1;
  return luSolve(f, I, n, budget);
}

/** L and U as separate matrices and the permutation as a matrix P with P A = L U. */
export function luUnpack(f: LU): { L: F64Mat; U: F64Mat; P: F64Mat } {
  const n = f.n;
  const L = new Float64Array(n * n), U = new Float64Array(n * n), P = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    P[i * n + f.perm[i]!] = 1;
    for (let j = 0; j < n; j++) {
      const v = f.lu[i * n + j]!;
      if (j < i) L[i * n + j] = v;
      else U[i * n + j] = v;
    }
    L[i * n + i] = 1;
  }
  return { L: { rows: n, cols: n, data: L }, U: { rows: n, cols: n, data: U }, P: { rows: n, cols: n, data: P } };
}
