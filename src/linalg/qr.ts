// Householder QR of dense float64 matrices (A = QR, Q orthogonal, R upper triangular), least squares through
// it, and Cholesky (A = L L^T). Backward stable: computed Q R = A + E with ||E||_F <= c m n u ||A||_F
// (Higham, Theorem 19.4); Cholesky: L L^T = A + E with |E| <= (n+1) u |L||L^T| (Higham, Theorem 10.3).
import { domainError, dimensionError } from "../core/index.js";
import type { F64Mat } from "./dense.js";
import { type LinBudget, FREE_BUDGET, shapeText } from "./tensor.js";

export interface QR {
  /** m x m orthogonal (full) or m x k (thin, k = min(m, n)). */
  readonly Q: F64Mat;
  /** k x n (thin) or m x n (full) upper triangular. */
  readonly R: F64Mat;
}

/** A = Q R by Householder reflections (v scaled by max|x|, which H = I - 2vv^T/v^Tv ignores); LAPACK's signs. */
export function qr(a: F64Mat, full = false, budget: LinBudget = FREE_BUDGET): QR {
  const m = a.rows, n = a.cols, k = Math.min(m, n);
  budget.checkElements(m * m);
  const R = Float64Array.from(a.data);
  const vs: Float64Array[] = [];
  const betas: number[] = [];
  for (let j = 0; j < k; j++) {
    budget.tick(m * n);
    // Householder vector for column j below the diagonal.
    let scale = 0;
    for (let i = j; i < m; i++) scale = Math.max(scale, Math.abs(R[i * n + j]!));
    const v = new Float64Array(m - j);
    if (scale === 0) {
      vs.push(v);
      betas.push(0);
      continue;
    }
    let s = 0;
    for (let i = j; i < m; i++) {
      const t = R[i * n + j]! / scale;
      v[i - j] = t;
      s += t * t;
    }
    const alpha0 = v[0]!;
    const normx = Math.sqrt(s);
    const alpha = alpha0 >= 0 ? -normx : normx;
    v[0] = alpha0 - alpha;
    const vtv = s - alpha0 * alpha0 + v[0]! * v[0]!;
    const beta = vtv === 0 ? 0 : 2 / vtv;
    vs.push(v);
    betas.push(beta);
    if (beta === 0) continue;
    // Apply H = I - beta v v^T to columns j..n-1 of R.
    for (let c = j; c < n; c++) {
      let d = 0;
      for (let i = j; i < m; i++) d += v[i - j]! * R[i * n + c]!;
      d *= beta;
      for (let i = j; i < m; i++) R[i * n + c] = R[i * n + c]! - d * v[i - j]!;
    }
    for (let i = j + 1; i < m; i++) R[i * n + j] = 0;
  }
  const qc = full ? m : k;
  const Q = new Float64Array(m * qc);
  for (let i = 0; i < Math.min(m, qc); i++) Q[i * qc + i] = 1;
  for (let j = k - 1; j >= 0; j--) {
    budget.tick(m * qc);
    const v = vs[j]!, beta = betas[j]!;
    if (beta === 0) continue;
    for (let c = j; c < qc; c++) {
      let d = 0;
      for (let i = j; i < m; i++) d += v[i - j]! * Q[i * qc + c]!;
      d *= beta;
      if (d === 0) continue;
      for (let i = j; i < m; i++) Q[i * qc + c] = Q[i * qc + c]! - d * v[i - j]!;
    }
  }
  const rr = full ? m : k;
  const Rout = new Float64Array(rr * n);
  for (let i = 0; i < Math.min(rr, m); i++) for (let c = i; c < n; c++) Rout[i * n + c] = R[i * n + c]!;
  return { Q: { rows: m, cols: qc, data: Q }, R: { rows: rr, cols: n, data: Rout } };
}

/**
 * Least-squares solution of min ||A x - b||_2 for m >= n with full column rank, by QR (backward stable). Throws
 * singular-matrix when R has a zero diagonal (use the SVD-based lstsq for rank-deficient systems).
 */
export function qrSolve(a: F64Mat, b: Float64Array, cols: number, budget: LinBudget = FREE_BUDGET): Float64Array {
  const m = a.rows, n = a.cols;
  if (m < n) throw dimensionError(`QR least squares needs at least as many rows as columns, got ${shapeText([m, n])}`);
  const { Q, R } = qr(a, false, budget);
  // x = R^-1 Q^T b
  const y = new Float64Array(n * cols);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < cols; j++) {
      let s = 0;
      for (let r = 0; r < m; r++) s += Q.data[r * n + i]! * b[r * cols + j]!;
      y[i * cols + j] = s;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    const d = R.data[i * n + i]!;
    if (d === 0) throw domainError("singular-matrix", "the matrix does not have full column rank");
    for (let j = 0; j < cols; j++) {
      let s = y[i * cols + j]!;
      for (let k = i + 1; k < n; k++) s -= R.data[i * n + k]! * y[k * cols + j]!;
      y[i * cols + j] = s / d;
    }
  }
  return y;
}

/**
 * Cholesky factor L (lower triangular, positive diagonal) with A = L L^T for symmetric positive definite A.
 * A matrix that is not (numerically) positive definite is a DomainError; only the lower triangle is read.
 */
export function cholesky(a: F64Mat, budget: LinBudget = FREE_BUDGET): F64Mat {
  const n = a.rows;
  if (a.cols !== n) throw dimensionError(`cholesky needs a square matrix, got ${shapeText([a.rows, a.cols])}`, {}, "not-square");
  const L = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    budget.tick(n * n);
    let d = a.data[j * n + j]!;
    for (let k = 0; k < j; k++) d -= L[j * n + k]! * L[j * n + k]!;
    if (!(d > 0)) throw domainError("out-of-domain", "the matrix is not positive definite (cholesky needs a symmetric positive definite matrix)");
    const ljj = Math.sqrt(d);
    L[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = a.data[i * n + j]!;
      for (let k = 0; k < j; k++) s -= L[i * n + k]! * L[j * n + k]!;
      L[i * n + j] = s / ljj;
    }
  }
  return { rows: n, cols: n, data: L };
}
