// Matrix constructors and products generic over a Field: identity, zeros, ones, diag, transpose, conjugate
// transpose, element-wise add/sub, scalar multiply, matrix product (float64 fast path), integer powers, kron,
// trace. Exact over exact fields; over float64 each function states its bound.
import { dimensionError } from "../core/index.js";
import type { Field } from "./field.js";
import { F64Field } from "./field.js";
import { type Tensor, type LinBudget, FREE_BUDGET, build, dims2, shapeText, squareSize, zip } from "./tensor.js";
import { f64matmul } from "./dense.js";
import { inv } from "./gauss.js";

/** n x n identity (exact). */
export function identity<T>(F: Field<T>, n: number, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  return build([n, n], (i) => (Math.floor(i / n) === i % n ? F.one : F.zero), budget);
}

/** zeros(F, [2, 3]) and friends: any shape (exact). */
export function zeros<T>(F: Field<T>, shape: readonly number[], budget: LinBudget = FREE_BUDGET): Tensor<T> {
  return build(shape, () => F.zero, budget);
}

/** An array of ones of any shape (exact). */
export function ones<T>(F: Field<T>, shape: readonly number[], budget: LinBudget = FREE_BUDGET): Tensor<T> {
  return build(shape, () => F.one, budget);
}

/** A vector gives the diagonal matrix holding it; a matrix gives its main diagonal as a vector (exact). */
export function diag<T>(F: Field<T>, t: Tensor<T>, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  if (t.shape.length === 1) {
    const n = t.shape[0]!;
    return build([n, n], (i) => (Math.floor(i / n) === i % n ? t.data[i % n]! : F.zero), budget);
  }
  const [r, c] = dims2(t, "diag's argument");
  const k = Math.min(r, c);
  return build([k], (i) => t.data[i * c + i]!, budget);
}

/** Transpose of a matrix; a vector is returned unchanged (exact). */
export function transpose<T>(t: Tensor<T>, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  if (t.shape.length === 1) return t;
  const [r, c] = dims2(t, "transpose's argument");
  return build([c, r], (i) => t.data[(i % r) * c + Math.floor(i / r)]!, budget);
}

/** Conjugate transpose (exact; conjugation only changes signs). */
export function conjTranspose<T>(F: Field<T>, t: Tensor<T>, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  const tt = transpose(t, budget);
  return { shape: tt.shape, data: tt.data.map((x) => F.conj(x)) };
}

/** a + b element-wise, equal shapes (exact over exact fields; one rounding per element in float64). */
export function add<T>(F: Field<T>, a: Tensor<T>, b: Tensor<T>, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  return zip(a, b, F.add, "add", budget);
}

/** a - b element-wise, equal shapes (exact over exact fields; one rounding per element in float64). */
export function sub<T>(F: Field<T>, a: Tensor<T>, b: Tensor<T>, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  return zip(a, b, F.sub, "subtract", budget);
}

/** s * t element-wise (exact over exact fields; one rounding per element in float64). */
export function scale<T>(F: Field<T>, s: T, t: Tensor<T>, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  return build(t.shape, (i) => F.mul(s, t.data[i]!), budget);
}

/**
 * Matrix product: (m x n)(n x p) -> m x p, (m x n)(n) -> m, (n)(n x p) -> p. Exact over exact fields; over
 * float64 |C - AB| <= n u |A||B| entrywise. vector * vector is a DimensionError pointing at dot().
 */
export function matmul<T>(F: Field<T>, a: Tensor<T>, b: Tensor<T>, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  const ra = a.shape.length, rb = b.shape.length;
  if (ra === 1 && rb === 1) {
    throw dimensionError(`cannot matrix-multiply two vectors (${shapeText(a.shape)} by ${shapeText(b.shape)})`, {
      notes: ["use dot(u, v) for the scalar product, or reshape one of them into a matrix"],
    });
  }
  if (ra > 2 || rb > 2) {
    throw dimensionError(`cannot matrix-multiply ${shapeText(a.shape)} by ${shapeText(b.shape)}`, {
      notes: ["use einsum for arrays of rank 3 or more"],
    });
  }
  const [m, n] = ra === 1 ? [1, a.shape[0]!] : [a.shape[0]!, a.shape[1]!];
  const [n2, p] = rb === 1 ? [b.shape[0]!, 1] : [b.shape[0]!, b.shape[1]!];
  if (n !== n2) throw dimensionError(`cannot multiply ${shapeText(a.shape)} by ${shapeText(b.shape)}`);
  const outShape = ra === 1 ? [p] : rb === 1 ? [m] : [m, p];
  budget.checkElements(m * p);
  if ((F as Field<unknown>) === (F64Field as Field<unknown>)) {
    const c = f64matmul(
      { rows: m, cols: n, data: Float64Array.from(a.data as readonly number[]) },
      { rows: n, cols: p, data: Float64Array.from(b.data as readonly number[]) },
      budget,
    );
    return { shape: outShape, data: Array.from(c.data) as T[] };
  }
  const out = new Array<T>(m * p);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < p; j++) {
      budget.tick(n);
      let s = F.zero;
      for (let k = 0; k < n; k++) {
        const x = a.data[i * n + k]!;
        if (F.isZero(x)) continue;
        s = F.add(s, F.mul(x, b.data[k * p + j]!));
      }
      out[i * p + j] = s;
    }
  }
  return { shape: outShape, data: out };
}

/**
 * A^k for an integer k by repeated squaring (about 2 log2 k products); k < 0 inverts first (singular-matrix
 * DomainError), A^0 = I. Exact over exact fields; with a digits-aware field (Q) and budget, entry sizes are
 * checked against the digits limit before every product (LimitError), so huge powers fail fast.
 */
export function matpow<T>(F: Field<T>, a: Tensor<T>, k: number | bigint, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  const n = squareSize(a, "the base of a matrix power");
  let e = BigInt(k);
  if (e < 0n) {
    a = inv(F, a, budget);
    e = -e;
  }
  let result = identity(F, n, budget);
  let base = a;
  let first = true;
  // Entries of a product have at most digits(x) + digits(y) + log10(n) + 1 digits: checked before each product,
  // so a power whose entries outgrow the digits limit is refused instead of running one huge bigint product.
  const size = (t: Tensor<T>) => t.data.reduce((m, x) => Math.max(m, F.digits!(x)), 0);
  const check = (x: Tensor<T>, y: Tensor<T>) => {
    if (F.digits && budget.checkDigits) budget.checkDigits(size(x) + size(y) + Math.log10(n + 1) + 1, "the matrix power");
  };
  while (e > 0n) {
    if (e & 1n) {
      if (!first) check(result, base);
      result = first ? base : matmul(F, result, base, budget);
      first = false;
    }
    e >>= 1n;
    if (e > 0n) {
      check(base, base);
      base = matmul(F, base, base, budget);
    }
  }
  return result;
}

/** Kronecker product: (m x n) kron (p x q) is mp x nq; vectors are treated as rows of one matrix (exact). */
export function kron<T>(F: Field<T>, a: Tensor<T>, b: Tensor<T>, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  if (a.shape.length === 1 && b.shape.length === 1) {
    const p = b.shape[0]!;
    return build([a.shape[0]! * p], (i) => F.mul(a.data[Math.floor(i / p)]!, b.data[i % p]!), budget);
  }
  const [m, n] = a.shape.length === 1 ? [1, a.shape[0]!] : dims2(a, "kron's first argument");
  const [p, q] = b.shape.length === 1 ? [1, b.shape[0]!] : dims2(b, "kron's second argument");
  const cols = n * q;
  return build([m * p, cols], (idx) => {
    const r = Math.floor(idx / cols), c = idx % cols;
    return F.mul(a.data[Math.floor(r / p) * n + Math.floor(c / q)]!, b.data[(r % p) * q + (c % q)]!);
  }, budget);
}

/** Sum of the diagonal of a square matrix (exact over exact fields). */
export function trace<T>(F: Field<T>, a: Tensor<T>): T {
  const n = squareSize(a, "trace's argument");
  let s = F.zero;
  for (let i = 0; i < n; i++) s = F.add(s, a.data[i * n + i]!);
  return s;
}
