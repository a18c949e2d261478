// Singular value decomposition A = U S V^T of dense float64 matrices by Golub-Kahan-Reinsch: Householder
// bidiagonalization, then implicitly shifted QR on the bidiagonal (the LINPACK/JAMA dsvdc scheme). Backward
// stable: U S V^T = A + E with ||E||_2 <= p(n) u ||A||_2, each singular value within p(n) u sigma_max
// (Golub & Van Loan 8.6). Also the spectral norm, condition number, numerical rank and pseudo-inverse.
import { domainError } from "../core/index.js";
import { type F64Mat, f64transpose } from "./dense.js";
import { type LinBudget, FREE_BUDGET } from "./tensor.js";

export interface SVD {
  /** m x k, k = min(m, n), orthonormal columns. */
  readonly U: F64Mat;
  /** k singular values, descending, non-negative. */
  readonly s: Float64Array;
  /** n x k, orthonormal columns. */
  readonly V: F64Mat;
}

const EPS = 2 ** -52;
const TINY = 2 ** -966;

function hypot(a: number, b: number): number {
  const x = Math.abs(a), y = Math.abs(b);
  if (x < y) {
    const r = x / y;
    return y * Math.sqrt(1 + r * r);
  }
  if (x === 0) return 0;
  const r = y / x;
  return x * Math.sqrt(1 + r * r);
}

/** Thin SVD A = U diag(s) V^T with s descending. */
export function svd(a: F64Mat, budget: LinBudget = FREE_BUDGET): SVD {
  if (a.rows < a.cols) {
    const t = svdTall(f64transpose(a), budget);
    return { U: t.V, s: t.s, V: t.U };
  }
  return svdTall(a, budget);
}

function svdTall(a: F64Mat, budget: LinBudget): SVD {
  const m = a.rows, n = a.cols;
  const A = Float64Array.from(a.data);
  const nu = Math.min(m, n);
  const s = new Float64Array(Math.min(m + 1, n));
  const U = new Float64Array(m * nu);
  const V = new Float64Array(n * n);
  const e = new Float64Array(n);
  const work = new Float64Array(m);
  const nct = Math.min(m - 1, n);
  const nrt = Math.max(0, Math.min(n - 2, m));
  for (let k = 0; k < Math.max(nct, nrt); k++) {
    budget.tick(m * n);
    if (k < nct) {
      s[k] = 0;
      for (let i = k; i < m; i++) s[k] = hypot(s[k]!, A[i * n + k]!);
      if (s[k] !== 0) {
        if (A[k * n + k]! < 0) s[k] = -s[k]!;
        for (let i = k; i < m; i++) A[i * n + k] = A[i * n + k]! / s[k]!;
        A[k * n + k] = A[k * n + k]! + 1;
      }
      s[k] = -s[k]!;
    }
    for (let j = k + 1; j < n; j++) {
      if (k < nct && s[k] !== 0) {
        let t = 0;
        for (let i = k; i < m; i++) t += A[i * n + k]! * A[i * n + j]!;
        t = -t / A[k * n + k]!;
        for (let i = k; i < m; i++) A[i * n + j] = A[i * n + j]! + t * A[i * n + k]!;
      }
      e[j] = A[k * n + j]!;
    }
    if (k < nct) for (let i = k; i < m; i++) U[i * nu + k] = A[i * n + k]!;
    if (k < nrt) {
      e[k] = 0;
      for (let i = k + 1; i < n; i++) e[k] = hypot(e[k]!, e[i]!);
      if (e[k] !== 0) {
        if (e[k + 1]! < 0) e[k] = -e[k]!;
        for (let i = k + 1; i < n; i++) e[i] = e[i]! / e[k]!;
        e[k + 1] = e[k + 1]! + 1;
      }
      e[k] = -e[k]!;
      if (k + 1 < m && e[k] !== 0) {
        for (let i = k + 1; i < m; i++) work[i] = 0;
        for (let i = k + 1; i < m; i++) {
          let w = 0;
          for (let j = k + 1; j < n; j++) w += e[j]! * A[i * n + j]!;
          work[i] = w;
        }
        for (let j = k + 1; j < n; j++) {
          const t = -e[j]! / e[k + 1]!;
          for (let i = k + 1; i < m; i++) A[i * n + j] = A[i * n + j]! + t * work[i]!;
        }
      }
      for (let i = k + 1; i < n; i++) V[i * n + k] = e[i]!;
    }
  }
  let p = Math.min(n, m + 1);
  if (nct < n) s[nct] = A[nct * n + nct]!;
  if (m < p) s[p - 1] = 0;
  if (nrt + 1 < p) e[nrt] = A[nrt * n + p - 1]!;
  e[p - 1] = 0;
  // Generate U.
  for (let j = nct; j < nu; j++) {
    for (let i = 0; i < m; i++) U[i * nu + j] = 0;
    U[j * nu + j] = 1;
  }
  for (let k = nct - 1; k >= 0; k--) {
    budget.tick(m * nu);
    if (s[k] !== 0) {
      for (let j = k + 1; j < nu; j++) {
        let t = 0;
        for (let i = k; i < m; i++) t += U[i * nu + k]! * U[i * nu + j]!;
        t = -t / U[k * nu + k]!;
        for (let i = k; i < m; i++) U[i * nu + j] = U[i * nu + j]! + t * U[i * nu + k]!;
      }
      for (let i = k; i < m; i++) U[i * nu + k] = -U[i * nu + k]!;
      U[k * nu + k] = 1 + U[k * nu + k]!;
      for (let i = 0; i < k - 1; i++) U[i * nu + k] = 0;
    } else {
      for (let i = 0; i < m; i++) U[i * nu + k] = 0;
      U[k * nu + k] = 1;
    }
  }
  // Generate V.
  for (let k = n - 1; k >= 0; k--) {
    budget.tick(n * n);
    if (k < nrt && e[k] !== 0) {
      for (let j = k + 1; j < nu; j++) {
        let t = 0;
        for (let i = k + 1; i < n; i++) t += V[i * n + k]! * V[i * n + j]!;
        t = -t / V[(k + 1) * n + k]!;
        for (let i = k + 1; i < n; i++) V[i * n + j] = V[i * n + j]! + t * V[i * n + k]!;
      }
    }
    for (let i = 0; i < n; i++) V[i * n + k] = 0;
    V[k * n + k] = 1;
  }
  // Main iteration: QR steps on the bidiagonal until every off-diagonal e is negligible.
  const pp = p - 1;
  let iter = 0;
  while (p > 0) {
    budget.tick(m + n);
    if (iter > 75 * Math.max(n, 10)) throw domainError("no-convergence", "the SVD did not converge");
    let k: number;
    let kase: number;
    for (k = p - 2; k >= -1; k--) {
      if (k === -1) break;
      if (Math.abs(e[k]!) <= TINY + EPS * (Math.abs(s[k]!) + Math.abs(s[k + 1]!))) {
        e[k] = 0;
        break;
      }
    }
    if (k === p - 2) {
      kase = 4;
    } else {
      let ks: number;
      for (ks = p - 1; ks >= k; ks--) {
        if (ks === k) break;
        const t = (ks !== p ? Math.abs(e[ks]!) : 0) + (ks !== k + 1 ? Math.abs(e[ks - 1]!) : 0);
        if (Math.abs(s[ks]!) <= TINY + EPS * t) {
          s[ks] = 0;
          break;
        }
      }
      if (ks === k) kase = 3;
      else if (ks === p - 1) kase = 1;
      else {
        kase = 2;
        k = ks;
      }
    }
    k++;
    if (kase === 1) {
      // Deflate a negligible s[p-1].
      let f = e[p - 2]!;
      e[p - 2] = 0;
      for (let j = p - 2; j >= k; j--) {
        let t = hypot(s[j]!, f);
        const cs = s[j]! / t, sn = f / t;
        s[j] = t;
        if (j !== k) {
          f = -sn * e[j - 1]!;
          e[j - 1] = cs * e[j - 1]!;
        }
        for (let i = 0; i < n; i++) {
          t = cs * V[i * n + j]! + sn * V[i * n + p - 1]!;
          V[i * n + p - 1] = -sn * V[i * n + j]! + cs * V[i * n + p - 1]!;
          V[i * n + j] = t;
        }
      }
    } else if (kase === 2) {
      // Split at a negligible s[k].
      let f = e[k - 1]!;
      e[k - 1] = 0;
      for (let j = k; j < p; j++) {
        let t = hypot(s[j]!, f);
        const cs = s[j]! / t, sn = f / t;
        s[j] = t;
        f = -sn * e[j]!;
        e[j] = cs * e[j]!;
        for (let i = 0; i < m; i++) {
          t = cs * U[i * nu + j]! + sn * U[i * nu + k - 1]!;
          U[i * nu + k - 1] = -sn * U[i * nu + j]! + cs * U[i * nu + k - 1]!;
          U[i * nu + j] = t;
        }
      }
    } else if (kase === 3) {
      // One implicitly shifted QR step (shift from the trailing 2x2).
      const scale = Math.max(Math.abs(s[p - 1]!), Math.abs(s[p - 2]!), Math.abs(e[p - 2]!), Math.abs(s[k]!), Math.abs(e[k]!));
      const sp = s[p - 1]! / scale, spm1 = s[p - 2]! / scale, epm1 = e[p - 2]! / scale;
      const sk = s[k]! / scale, ek = e[k]! / scale;
      const b = ((spm1 + sp) * (spm1 - sp) + epm1 * epm1) / 2;
      const c = sp * epm1 * (sp * epm1);
      let shift = 0;
      if (b !== 0 || c !== 0) {
        shift = Math.sqrt(b * b + c);
        if (b < 0) shift = -shift;
        shift = c / (b + shift);
      }
      let f = (sk + sp) * (sk - sp) + shift;
      let g = sk * ek;
      for (let j = k; j < p - 1; j++) {
        let t = hypot(f, g);
        let cs = f / t, sn = g / t;
        if (j !== k) e[j - 1] = t;
        f = cs * s[j]! + sn * e[j]!;
        e[j] = cs * e[j]! - sn * s[j]!;
        g = sn * s[j + 1]!;
        s[j + 1] = cs * s[j + 1]!;
        for (let i = 0; i < n; i++) {
          t = cs * V[i * n + j]! + sn * V[i * n + j + 1]!;
          V[i * n + j + 1] = -sn * V[i * n + j]! + cs * V[i * n + j + 1]!;
          V[i * n + j] = t;
        }
        t = hypot(f, g);
        cs = f / t;
        sn = g / t;
        s[j] = t;
        f = cs * e[j]! + sn * s[j + 1]!;
        s[j + 1] = -sn * e[j]! + cs * s[j + 1]!;
        g = sn * e[j + 1]!;
        e[j + 1] = cs * e[j + 1]!;
        if (j < m - 1) {
          for (let i = 0; i < m; i++) {
            t = cs * U[i * nu + j]! + sn * U[i * nu + j + 1]!;
            U[i * nu + j + 1] = -sn * U[i * nu + j]! + cs * U[i * nu + j + 1]!;
            U[i * nu + j] = t;
          }
        }
      }
      e[p - 2] = f;
      iter++;
    } else {
      // Convergence: make s[k] non-negative and sort it into place.
      if (s[k]! <= 0) {
        s[k] = s[k]! < 0 ? -s[k]! : 0;
        for (let i = 0; i <= pp; i++) V[i * n + k] = -V[i * n + k]!;
      }
      while (k < pp) {
        if (s[k]! >= s[k + 1]!) break;
        let t = s[k]!;
        s[k] = s[k + 1]!;
        s[k + 1] = t;
        if (k < n - 1) {
          for (let i = 0; i < n; i++) {
            t = V[i * n + k + 1]!;
            V[i * n + k + 1] = V[i * n + k]!;
            V[i * n + k] = t;
          }
        }
        if (k < m - 1) {
          for (let i = 0; i < m; i++) {
            t = U[i * nu + k + 1]!;
            U[i * nu + k + 1] = U[i * nu + k]!;
            U[i * nu + k] = t;
          }
        }
        k++;
      }
      iter = 0;
      p--;
    }
  }
  // Thin V: its first nu columns.
  const Vt = new Float64Array(n * nu);
  for (let i = 0; i < n; i++) for (let j = 0; j < nu; j++) Vt[i * nu + j] = V[i * n + j]!;
  return { U: { rows: m, cols: nu, data: U }, s: s.slice(0, nu), V: { rows: n, cols: nu, data: Vt } };
}

/** Default rank tolerance: max(m, n) eps sigma_max (numpy.linalg.matrix_rank, LAPACK). */
export function rankTol(s: Float64Array, m: number, n: number): number {
  return Math.max(m, n) * EPS * (s[0] ?? 0);
}

/** Numerical rank: singular values above tol (default rankTol). */
export function svdRank(f: SVD, tol?: number): number {
  const t = tol ?? rankTol(f.s, f.U.rows, f.V.rows);
  let r = 0;
  for (const v of f.s) if (v > t) r++;
  return r;
}

/** 2-norm condition number sigma_max / sigma_min (Infinity when singular); relative error about p(n) u cond. */
export function cond2(f: SVD): number {
  const k = f.s.length;
  if (k === 0) return 0;
  const lo = f.s[k - 1]!;
  return lo === 0 ? Number.POSITIVE_INFINITY : f.s[0]! / lo;
}

/**
 * Moore-Penrose pseudo-inverse V S^+ U^T, singular values below tol (default rankTol) treated as zero
 * (numpy.linalg.pinv's convention). Also the minimum-norm least-squares solution operator.
 */
export function pinv(f: SVD, tol?: number): F64Mat {
  const m = f.U.rows, n = f.V.rows, k = f.s.length;
  const t = tol ?? rankTol(f.s, m, n);
  const out = new Float64Array(n * m);
  for (let r = 0; r < k; r++) {
    const sv = f.s[r]!;
    if (!(sv > t)) continue;
    const inv = 1 / sv;
    for (let i = 0; i < n; i++) {
      const vi = f.V.data[i * k + r]! * inv;
      if (vi === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j] = out[i * m + j]! + vi * f.U.data[j * k + r]!;
    }
  }
  return { rows: n, cols: m, data: out };
}
