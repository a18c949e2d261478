// Decompositions generic over a Field, for exact and tower-valued matrices (the float64 fast paths are lu.ts,
// qr.ts, svd.ts, eigen*.ts): LU with row pivoting, Cholesky and QR by Gram-Schmidt through the field's sqrt,
// exact least squares by the normal equations and the exact pseudo-inverse by a rank factorization.
import { domainError, dimensionError } from "../core/index.js";
import type { Field } from "./field.js";
import { type Tensor, type LinBudget, FREE_BUDGET, dims2, squareSize, shapeText, build } from "./tensor.js";
import { matmul, conjTranspose, identity } from "./matrix.js";
import { solveSquare, rref, rank } from "./gauss.js";

export interface LUResult<T> {
  readonly L: Tensor<T>;
  readonly U: Tensor<T>;
  /** Permutation matrix with P A = L U. */
  readonly P: Tensor<T>;
}

/**
 * P A = L U for a square matrix (L unit lower triangular). Exact fields pivot on the first non-zero entry, numeric
 * ones on the largest magnitude. A singular matrix still factors (U has a zero pivot). Exact over exact fields.
 */
export function luGeneric<T>(F: Field<T>, a: Tensor<T>, budget: LinBudget = FREE_BUDGET): LUResult<T> {
  const n = squareSize(a, "lu's argument");
  const U: T[][] = [];
  for (let i = 0; i < n; i++) U.push(a.data.slice(i * n, i * n + n) as T[]);
  const L: T[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (__, j): T => (i === j ? F.one : F.zero)));
  const perm = Array.from({ length: n }, (_, i) => i);
  for (let k = 0; k < n; k++) {
    budget.tick(n * n);
    let p = -1;
    if (F.exact) {
      for (let i = k; i < n; i++) if (!F.isZero(U[i]![k]!)) (p = i), (i = n);
    } else {
      let best = -1;
      for (let i = k; i < n; i++) {
        const m = F.isZero(U[i]![k]!) ? -1 : F.magnitude(U[i]![k]!);
        if (m > best) (best = m), (p = i);
      }
      if (best < 0) p = -1;
    }
    if (p < 0) continue;
    if (p !== k) {
      [U[k], U[p]] = [U[p]!, U[k]!];
      [perm[k], perm[p]] = [perm[p]!, perm[k]!];
      for (let j = 0; j < k; j++) [L[k]![j], L[p]![j]] = [L[p]![j]!, L[k]![j]!];
    }
    for (let i = k + 1; i < n; i++) {
      const f = F.div(U[i]![k]!, U[k]![k]!);
      L[i]![k] = f;
      U[i]![k] = F.zero;
      if (F.isZero(f)) continue;
      for (let j = k + 1; j < n; j++) U[i]![j] = F.sub(U[i]![j]!, F.mul(f, U[k]![j]!));
    }
  }
  const P = build([n, n], (idx) => (perm[Math.floor(idx / n)] === idx % n ? F.one : F.zero), budget);
  return { L: { shape: [n, n], data: L.flat() }, U: { shape: [n, n], data: U.flat() }, P };
}

/**
 * Cholesky factor L (lower triangular) with A = L L^H for a Hermitian positive definite matrix, through the
 * field's sqrt and compare (exact radicals over the tower: cholesky([[4, 2], [2, 3]]) = [[2, 0], [1, sqrt(2)]]).
 * A non-positive pivot is a DomainError. Only the lower triangle is read.
 */
export function choleskyGeneric<T>(F: Field<T>, a: Tensor<T>, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  const n = squareSize(a, "cholesky's argument");
  const sqrt = F.sqrt, cmp = F.compare;
  if (!sqrt || !cmp) throw domainError("out-of-domain", `cholesky needs square roots of ${F.name} entries`);
  const L: T[] = Array.from({ length: n * n }, (): T => F.zero);
  for (let j = 0; j < n; j++) {
    budget.tick(n * n);
    let d: T = a.data[j * n + j]!;
    for (let k = 0; k < j; k++) d = F.sub(d, F.mul(L[j * n + k]!, F.conj(L[j * n + k]!)));
    if (F.isZero(d) || cmp(d, F.zero) <= 0) {
      throw domainError("out-of-domain", "the matrix is not positive definite (cholesky needs a Hermitian positive definite matrix)");
    }
    const ljj = sqrt(d);
    L[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s: T = a.data[i * n + j]!;
      for (let k = 0; k < j; k++) s = F.sub(s, F.mul(L[i * n + k]!, F.conj(L[j * n + k]!)));
      L[i * n + j] = F.div(s, ljj);
    }
  }
  return { shape: [n, n], data: L };
}

export interface QRResult<T> {
  /** m x r with orthonormal columns (r = rank), Q^H Q = I. */
  readonly Q: Tensor<T>;
  /** r x n upper triangular (row echelon) with A = Q R. */
  readonly R: Tensor<T>;
}

/**
 * A = Q R by Gram-Schmidt with the field's sqrt (exact over the tower when the norms are: qr([[3], [4]]) gives
 * Q = [[3/5], [4/5]], R = [[5]]). Columns dependent on earlier ones are skipped, so Q has rank(A) columns.
 */
export function qrGeneric<T>(F: Field<T>, a: Tensor<T>, budget: LinBudget = FREE_BUDGET): QRResult<T> {
  const [m, n] = dims2(a, "qr's argument");
  const sqrt = F.sqrt;
  if (!sqrt) throw domainError("out-of-domain", `qr needs square roots of ${F.name} entries`);
  const qs: T[][] = [];
  const rRows: T[][] = [];
  for (let j = 0; j < n; j++) {
    budget.tick(m * (qs.length + 1));
    let v: T[] = Array.from({ length: m }, (_, i) => a.data[i * n + j]!);
    const coefs: T[] = [];
    for (const q of qs) {
      let c = F.zero;
      for (let i = 0; i < m; i++) c = F.add(c, F.mul(F.conj(q[i]!), v[i]!));
      coefs.push(c);
      v = v.map((x, i) => F.sub(x, F.mul(c, q[i]!)));
    }
    coefs.forEach((c, k) => (rRows[k]![j] = c));
    let ss = F.zero;
    for (const x of v) ss = F.add(ss, F.mul(x, F.conj(x)));
    if (F.isZero(ss)) continue;
    const nv = sqrt(ss);
    qs.push(v.map((x) => F.div(x, nv)));
    const row: T[] = Array.from({ length: n }, (): T => F.zero);
    row[j] = nv;
    rRows.push(row);
  }
  const r = qs.length;
  return {
    Q: build([m, r], (idx) => qs[idx % r]![Math.floor(idx / r)]!, budget),
    R: { shape: [r, n], data: rRows.flat() },
  };
}

/**
 * Least-squares solution of min ||A x - b|| for A with full column rank, exactly, from the normal equations
 * A^H A x = A^H b (exact arithmetic has no conditioning penalty). Rank-deficient A: the minimum-norm solution
 * pinv(A) b.
 */
export function lstsqExact<T>(F: Field<T>, a: Tensor<T>, b: Tensor<T>, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  const [m, n] = dims2(a, "the coefficient matrix");
  if (b.shape[0] !== m || b.shape.length > 2) {
    throw dimensionError(`cannot solve a ${shapeText(a.shape)} system with a right-hand side of ${shapeText(b.shape)}`);
  }
  const ah = conjTranspose(F, a, budget);
  if (rank(F, a, budget) === n) return solveSquare(F, matmul(F, ah, a, budget), matmul(F, ah, b, budget), budget);
  return matmul(F, pinvExact(F, a, budget), b, budget);
}

/**
 * Moore-Penrose pseudo-inverse, exactly, from the rank factorization A = C G (C the pivot columns of A, G the
 * non-zero rows of rref(A)): pinv(A) = G^H (G G^H)^-1 (C^H C)^-1 C^H (exact over exact fields).
 */
export function pinvExact<T>(F: Field<T>, a: Tensor<T>, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  const [m, n] = dims2(a, "pinv's argument");
  const { rref: R, pivots } = rref(F, a, budget);
  const r = pivots.length;
  if (r === 0) return build([n, m], () => F.zero, budget);
  const C = build([m, r], (idx) => a.data[Math.floor(idx / r) * n + pivots[idx % r]!]!, budget);
  const G: Tensor<T> = { shape: [r, n], data: R.data.slice(0, r * n) };
  const Gh = conjTranspose(F, G, budget), Ch = conjTranspose(F, C, budget);
  const left = matmul(F, Gh, solveSquare(F, matmul(F, G, Gh, budget), identity(F, r, budget), budget), budget);
  const right = solveSquare(F, matmul(F, Ch, C, budget), Ch, budget);
  return matmul(F, left, right, budget);
}
