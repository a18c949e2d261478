// Dense float64 matrices on Float64Array (row-major): the fast path of the numeric decompositions and products.
// Every kernel here is plain IEEE float64 arithmetic; error bounds are stated per function (u = 2^-53).
import type { Tensor, LinBudget } from "./tensor.js";
import { FREE_BUDGET, dims2, shapeText } from "./tensor.js";
import { dimensionError } from "../core/index.js";

export interface F64Mat {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** Conversions and constructors below move values without arithmetic (exact). */
export function f64zeros(rows: number, cols: number, budget: LinBudget = FREE_BUDGET): F64Mat {
  budget.checkElements(rows * cols);
  return { rows, cols, data: new Float64Array(rows * cols) };
}

export function f64eye(n: number, budget: LinBudget = FREE_BUDGET): F64Mat {
  const m = f64zeros(n, n, budget);
  for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
  return m;
}

export function f64copy(a: F64Mat): F64Mat {
  return { rows: a.rows, cols: a.cols, data: Float64Array.from(a.data) };
}

export function f64FromTensor(t: Tensor<number>): F64Mat {
  const [r, c] = dims2(t);
  return { rows: r, cols: c, data: Float64Array.from(t.data) };
}

export function f64FromRows(rows: readonly (readonly number[])[]): F64Mat {
  const r = rows.length;
  const c = r ? rows[0]!.length : 0;
  const data = new Float64Array(r * c);
  rows.forEach((row, i) => data.set(row, i * c));
  return { rows: r, cols: c, data };
}

export function f64ToTensor(a: F64Mat): Tensor<number> {
  return { shape: [a.rows, a.cols], data: Array.from(a.data) };
}

export function f64ToRows(a: F64Mat): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < a.rows; i++) out.push(Array.from(a.data.subarray(i * a.cols, (i + 1) * a.cols)));
  return out;
}

export function f64transpose(a: F64Mat): F64Mat {
  const { rows: r, cols: c, data } = a;
  const out = new Float64Array(r * c);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[j * r + i] = data[i * c + j]!;
  return { rows: c, cols: r, data: out };
}

/**
 * C = A B in float64. Each entry is a sum of n products in some order, so |C - AB| <= n u |A||B| entrywise
 * (Higham 3.5). Loop order i-k-j over contiguous rows, two rows of C and four rows of B at a time (register
 * blocking: each loaded B element feeds two multiply-adds).
 */
export function f64matmul(a: F64Mat, b: F64Mat, budget: LinBudget = FREE_BUDGET): F64Mat {
  if (a.cols !== b.rows) {
    throw dimensionError(`cannot multiply ${shapeText([a.rows, a.cols])} by ${shapeText([b.rows, b.cols])}`);
  }
  const m = a.rows, n = a.cols, p = b.cols;
  budget.checkElements(m * p);
  const A = a.data, B = b.data;
  const C = new Float64Array(m * p);
  let i = 0;
  for (; i + 1 < m; i += 2) {
    budget.tick(2 * n);
    const c0 = i * p, c1 = c0 + p, r0 = i * n, r1 = r0 + n;
    let k = 0;
    for (; k + 3 < n; k += 4) {
      const x0 = A[r0 + k]!, x1 = A[r0 + k + 1]!, x2 = A[r0 + k + 2]!, x3 = A[r0 + k + 3]!;
      const y0 = A[r1 + k]!, y1 = A[r1 + k + 1]!, y2 = A[r1 + k + 2]!, y3 = A[r1 + k + 3]!;
      const b0 = k * p, b1 = b0 + p, b2 = b1 + p, b3 = b2 + p;
      for (let j = 0; j < p; j++) {
        const u0 = B[b0 + j]!, u1 = B[b1 + j]!, u2 = B[b2 + j]!, u3 = B[b3 + j]!;
        C[c0 + j] = C[c0 + j]! + (x0 * u0 + x1 * u1 + x2 * u2 + x3 * u3);
        C[c1 + j] = C[c1 + j]! + (y0 * u0 + y1 * u1 + y2 * u2 + y3 * u3);
      }
    }
    for (; k < n; k++) {
      const x0 = A[r0 + k]!, y0 = A[r1 + k]!, b0 = k * p;
      for (let j = 0; j < p; j++) {
        const u = B[b0 + j]!;
        C[c0 + j] = C[c0 + j]! + x0 * u;
        C[c1 + j] = C[c1 + j]! + y0 * u;
      }
    }
  }
  for (; i < m; i++) {
    const c0 = i * p, r0 = i * n;
    for (let k = 0; k < n; k++) {
      const x0 = A[r0 + k]!, b0 = k * p;
      if (x0 === 0) continue;
      for (let j = 0; j < p; j++) C[c0 + j] = C[c0 + j]! + x0 * B[b0 + j]!;
    }
  }
  return { rows: m, cols: p, data: C };
}

/** y = A x in float64; |y - Ax| <= n u |A||x|. */
export function f64matvec(a: F64Mat, x: Float64Array): Float64Array {
  const y = new Float64Array(a.rows);
  for (let i = 0; i < a.rows; i++) {
    let s = 0;
    const o = i * a.cols;
    for (let j = 0; j < a.cols; j++) s += a.data[o + j]! * x[j]!;
    y[i] = s;
  }
  return y;
}

/** Frobenius norm, scaled against overflow; relative error a few u. */
export function f64frobenius(a: F64Mat): number {
  let scale = 0;
  for (const v of a.data) scale = Math.max(scale, Math.abs(v));
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  let s = 0;
  for (const v of a.data) {
    const t = v / scale;
    s += t * t;
  }
  return scale * Math.sqrt(s);
}

/** Max over columns of the column sum of |a_ij| (the 1-norm); each sum within n u relative. */
export function f64norm1(a: F64Mat): number {
  let best = 0;
  for (let j = 0; j < a.cols; j++) {
    let s = 0;
    for (let i = 0; i < a.rows; i++) s += Math.abs(a.data[i * a.cols + j]!);
    best = Math.max(best, s);
  }
  return best;
}

/** Max over rows of the row sum of |a_ij| (the inf-norm); each sum within n u relative. */
export function f64normInf(a: F64Mat): number {
  let best = 0;
  for (let i = 0; i < a.rows; i++) {
    let s = 0;
    for (let j = 0; j < a.cols; j++) s += Math.abs(a.data[i * a.cols + j]!);
    best = Math.max(best, s);
  }
  return best;
}
