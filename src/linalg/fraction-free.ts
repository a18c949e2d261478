// Fraction-free exact kernels for rational matrices: rows are scaled to integers and all work is on bigints with
// exact divisions (Bareiss), so no gcd is taken until the end. Gauss-Jordan solve/inverse (Bareiss 1968; Nakos,
// Turner & Williams 1997) and the division-free Berkowitz characteristic polynomial (Berkowitz 1984).
import { domainError } from "../core/index.js";
import { Q, type Rational } from "../numbers/index.js";
import type { Field } from "./field.js";
import { type Tensor, type LinBudget, FREE_BUDGET } from "./tensor.js";

/** Each row of a rational matrix times the lcm of its denominators: [integer rows, the row scales]. */
export function integerRows(a: Tensor<Rational>, rows: number, cols: number): [bigint[][], bigint[]] {
  const M: bigint[][] = [];
  const scales: bigint[] = [];
  for (let i = 0; i < rows; i++) {
    let l = 1n;
    for (let j = 0; j < cols; j++) {
      const d = a.data[i * cols + j]!.den;
      if (d !== 1n) l = (l / Q.gcd(l, d)) * d;
    }
    scales.push(l);
    M.push(Array.from({ length: cols }, (_, j) => {
      const q = a.data[i * cols + j]!;
      return q.den === 1n ? q.num * l : q.num * (l / q.den);
    }));
  }
  return [M, scales];
}

/**
 * X with A X = B for square rational A, exactly: fraction-free Gauss-Jordan on the integer system [M | S B]
 * (M = S A, S the row scales), which ends as [d I | d X] with d = +-det(M); one division per entry at the end.
 * Singular A is a DomainError (singular-matrix).
 */
export function solveRationalFF(a: Tensor<Rational>, b: Tensor<Rational>, n: number, cols: number, budget: LinBudget = FREE_BUDGET): Rational[] {
  const [M, scales] = integerRows(a, n, n);
  // Right-hand side scaled by the same row factors, then to integers with one common denominator per column.
  let common = 1n;
  for (const q of b.data) if (q.den !== 1n) common = (common / Q.gcd(common, q.den)) * q.den;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < cols; j++) {
      const q = b.data[i * cols + j]!;
      M[i]!.push(q.num * (common / q.den) * scales[i]!);
    }
  }
  const { pivots, d: prev } = ffGaussJordan(M, n, n + cols, n, budget);
  if (pivots.length < n) throw domainError("singular-matrix", `the ${n}x${n} matrix is singular (its determinant is 0)`);
  // Now M = [d I | d X'] where X' solves M X' = S B * common; every diagonal entry equals the last pivot d.
  const d = prev * common;
  const out: Rational[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < cols; j++) out.push(Q.make(M[i]![n + j]!, d));
  return out;
}

/**
 * Coefficients of det(x I - A), highest first, by Berkowitz's division-free algorithm: O(n^4) ring operations and
 * no division at all, so exact over any exact field (and on plain integers for integer matrices).
 */
export function berkowitz<T>(F: Field<T>, a: Tensor<T>, n: number, budget: LinBudget = FREE_BUDGET): T[] {
  // Work from the trailing 1x1 block outward: vec holds the charpoly of A[k:, k:].
  let vec: T[] = [F.one, F.neg(a.data[(n - 1) * n + (n - 1)]!)];
  for (let k = n - 2; k >= 0; k--) {
    const m = n - k - 1; // size of the trailing block A' = A[k+1:, k+1:]
    budget.tick(m * m * m + 1);
    const akk = a.data[k * n + k]!;
    const R = (j: number) => a.data[k * n + k + 1 + j]!;
    const at = (i: number, j: number) => a.data[(k + 1 + i) * n + k + 1 + j]!;
    // items = [1, -a_kk, -R C, -R A' C, ..., -R A'^(m-1) C]
    const items: T[] = [F.one, F.neg(akk)];
    let v: T[] = Array.from({ length: m }, (_, i) => a.data[(k + 1 + i) * n + k]!);
    for (let p = 0; p < m; p++) {
      let rv = F.zero;
      for (let j = 0; j < m; j++) rv = F.add(rv, F.mul(R(j), v[j]!));
      items.push(F.neg(rv));
      if (p === m - 1) break;
      const nv: T[] = [];
      for (let i = 0; i < m; i++) {
        let s = F.zero;
        for (let j = 0; j < m; j++) s = F.add(s, F.mul(at(i, j), v[j]!));
        nv.push(s);
      }
      v = nv;
    }
    // next = T vec, T the (m+2) x (m+1) lower-triangular Toeplitz matrix with first column `items`.
    const next: T[] = [];
    for (let i = 0; i < m + 2; i++) {
      let s = F.zero;
      for (let j = 0; j <= Math.min(i, m); j++) s = F.add(s, F.mul(items[i - j]!, vec[j]!));
      next.push(s);
    }
    vec = next;
  }
  return vec;
}

/**
 * Reduced row echelon form of a rational matrix, exactly, by fraction-free Gauss-Jordan on the integer rows (row
 * scaling does not change the rref): every pivot row ends as d times its rref row (d the last pivot), so one
 * division per entry finishes it (SymPy's rref_den idea).
 */
export function rrefRationalFF(a: Tensor<Rational>, r: number, c: number, budget: LinBudget = FREE_BUDGET): { data: Rational[]; pivots: number[] } {
  const [M] = integerRows(a, r, c);
  const { pivots, d: prev } = ffGaussJordan(M, r, c, c, budget);
  const row = pivots.length;
  const data: Rational[] = [];
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) data.push(i < row ? Q.make(M[i]![j]!, prev) : Q.ZERO);
  return { data, pivots };
}

/**
 * In-place fraction-free Gauss-Jordan on integer rows M (r rows, w columns), pivoting in the first `pivotCols`
 * columns: a_ij <- (p a_ij - a_ik a_kj) / p_prev, every division exact (the entries are minors). Ends with each
 * pivot row equal to d times its reduced row, d the last pivot; returns the pivot columns and d.
 */
function ffGaussJordan(M: bigint[][], r: number, w: number, pivotCols: number, budget: LinBudget): { pivots: number[]; d: bigint } {
  const pivots: number[] = [];
  let prev = 1n;
  let row = 0;
  for (let col = 0; col < pivotCols && row < r; col++) {
    budget.tick(r * w);
    let p = row;
    while (p < r && M[p]![col] === 0n) p++;
    if (p === r) continue;
    if (p !== row) [M[row], M[p]] = [M[p]!, M[row]!];
    const rk = M[row]!, pk = rk[col]!;
    for (let i = 0; i < r; i++) {
      if (i === row) continue;
      const ri = M[i]!, f = ri[col]!;
      for (let j = 0; j < w; j++) {
        if (j === col) continue;
        ri[j] = (pk * ri[j]! - f * rk[j]!) / prev;
      }
      ri[col] = 0n;
    }
    prev = pk;
    pivots.push(col);
    row++;
  }
  return { pivots, d: prev };
}
