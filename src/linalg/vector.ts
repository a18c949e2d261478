// Vector operations generic over a Field: dot, cross, norms, normalize, projection, distance, sum, mean,
// linspace and exact rational ranges. Exact over exact fields wherever the operation is rational; norms that
// need a root use the field's sqrt/pow (the tower keeps sqrt(2) exact).
import { dimensionError, domainError, typeError } from "../core/index.js";
import { Q, type Rational } from "../numbers/index.js";
import type { Field } from "./field.js";
import { type Tensor, type LinBudget, FREE_BUDGET, build, shapeText, vecLength, sameShape } from "./tensor.js";

function sameLength<T>(u: Tensor<T>, v: Tensor<T>, verb: string): number {
  const n = vecLength(u, `${verb}'s first argument`);
  vecLength(v, `${verb}'s second argument`);
  if (!sameShape(u.shape, v.shape)) throw dimensionError(`cannot take the ${verb} of ${shapeText(u.shape)} and ${shapeText(v.shape)}`);
  return n;
}

function need<T, K extends "sqrt" | "abs" | "compare" | "pow">(F: Field<T>, op: K, what: string): NonNullable<Field<T>[K]> {
  const f = F[op];
  if (!f) throw typeError(`${what} is not available for ${F.name} entries`);
  return f as NonNullable<Field<T>[K]>;
}

/** sum u_i conj(v_i) (exact over exact fields; float64: |error| <= n u sum|u_i v_i|). */
export function dot<T>(F: Field<T>, u: Tensor<T>, v: Tensor<T>): T {
  const n = sameLength(u, v, "dot product");
  let s = F.zero;
  for (let i = 0; i < n; i++) s = F.add(s, F.mul(u.data[i]!, F.conj(v.data[i]!)));
  return s;
}

/** Cross product of two 3-vectors (exact over exact fields); other lengths are a DimensionError. */
export function cross<T>(F: Field<T>, u: Tensor<T>, v: Tensor<T>): Tensor<T> {
  if (u.shape.length !== 1 || v.shape.length !== 1 || u.shape[0] !== 3 || v.shape[0] !== 3) {
    throw dimensionError(`cross needs two vectors of length 3, got ${shapeText(u.shape)} and ${shapeText(v.shape)}`);
  }
  const [a1, a2, a3] = u.data as [T, T, T];
  const [b1, b2, b3] = v.data as [T, T, T];
  const m = F.mul, s = F.sub;
  return { shape: [3], data: [s(m(a2, b3), m(a3, b2)), s(m(a3, b1), m(a1, b3)), s(m(a1, b2), m(a2, b1))] };
}

/** sum |v_i|^2 = sum v_i conj(v_i) (exact over exact fields). */
export function normSquared<T>(F: Field<T>, v: Tensor<T>): T {
  let s = F.zero;
  for (const x of v.data) s = F.add(s, F.mul(x, F.conj(x)));
  return s;
}

export type NormKind<T> = 1 | 2 | "inf" | { readonly p: T };

/**
 * Vector norms (of all elements for a matrix: Frobenius for 2): 1 = sum |v_i|, 2 = sqrt(sum |v_i|^2),
 * inf = max |v_i|, {p} = (sum |v_i|^p)^(1/p). Exact when the field's abs/sqrt/pow are (norm([3, 4]) = 5).
 */
export function norm<T>(F: Field<T>, v: Tensor<T>, kind: NormKind<T> = 2): T {
  if (kind === 2) return need(F, "sqrt", "the 2-norm")(normSquared(F, v));
  const abs = need(F, "abs", "this norm");
  if (kind === 1) return v.data.reduce((s, x) => F.add(s, abs(x)), F.zero);
  if (kind === "inf") {
    const cmp = need(F, "compare", "the inf-norm");
    return v.data.reduce((m, x) => {
      const a = abs(x);
      return cmp(a, m) > 0 ? a : m;
    }, F.zero);
  }
  const pow = need(F, "pow", "a p-norm");
  const cmp = need(F, "compare", "a p-norm");
  if (cmp(kind.p, F.one) < 0) throw domainError("out-of-domain", `a p-norm needs p >= 1, got ${F.show(kind.p)}`);
  const s = v.data.reduce((acc, x) => F.add(acc, pow(abs(x), kind.p)), F.zero);
  return pow(s, F.div(F.one, kind.p));
}

/** v / norm(v) (exact when the norm is); the zero vector is a DomainError. */
export function normalize<T>(F: Field<T>, v: Tensor<T>, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  const n = norm(F, v, 2);
  if (F.isZero(n)) throw domainError("division-by-zero", "cannot normalize the zero vector");
  return build(v.shape, (i) => F.div(v.data[i]!, n), budget);
}

/** Projection of u onto v: (u.v / v.v) v (exact over exact fields); v = 0 is a DomainError. */
export function proj<T>(F: Field<T>, u: Tensor<T>, v: Tensor<T>, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  const uv = dot(F, u, v);
  const vv = normSquared(F, v);
  if (F.isZero(vv)) throw domainError("division-by-zero", "cannot project onto the zero vector");
  const c = F.div(uv, vv);
  return build(v.shape, (i) => F.mul(c, v.data[i]!), budget);
}

/** Euclidean distance norm(u - v) (exact when sqrt is). */
export function distance<T>(F: Field<T>, u: Tensor<T>, v: Tensor<T>): T {
  const n = sameLength(u, v, "distance");
  let s = F.zero;
  for (let i = 0; i < n; i++) {
    const d = F.sub(u.data[i]!, v.data[i]!);
    s = F.add(s, F.mul(d, F.conj(d)));
  }
  return need(F, "sqrt", "distance")(s);
}

/** Sum of all elements (exact over exact fields). */
export function sum<T>(F: Field<T>, t: Tensor<T>): T {
  let s = F.zero;
  for (const x of t.data) s = F.add(s, x);
  return s;
}

/** Arithmetic mean of all elements (exact over exact fields); an empty array is a DomainError. */
export function mean<T>(F: Field<T>, t: Tensor<T>): T {
  if (t.data.length === 0) throw domainError("out-of-domain", "the mean of an empty array is undefined");
  return F.div(sum(F, t), F.fromInt(t.data.length));
}

/** n equally spaced points from a to b inclusive: a + k (b - a)/(n - 1), exact over exact fields. */
export function linspace<T>(F: Field<T>, a: T, b: T, n: number, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  if (!Number.isSafeInteger(n) || n < 0) throw domainError("not-integer", `linspace needs a count n >= 0, got ${n}`);
  if (n === 1) return { shape: [1], data: [a] };
  const step = F.div(F.sub(b, a), F.fromInt(n - 1));
  return build([n], (k) => (k === n - 1 ? b : F.add(a, F.mul(F.fromInt(k), step))), budget);
}

/**
 * Exact rational range a, a + step, ... up to and including b when it is hit (1..10, or a:step:b). The count
 * floor((b - a)/step) + 1 is checked against the elements limit before building. step = 0 is a DomainError.
 */
export function rangeQ(a: Rational, b: Rational, step: Rational = Q.ONE, budget: LinBudget = FREE_BUDGET): Tensor<Rational> {
  if (Q.isZero(step)) throw domainError("out-of-domain", "a range step cannot be 0");
  const span = Q.div(Q.sub(b, a), step);
  const count = Q.sign(span) < 0 ? 0n : Q.floor(span) + 1n;
  budget.checkElements(count > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(count), "the range");
  return build([Number(count)], (k) => Q.add(a, Q.mul(Q.fromInt(k), step)), budget);
}
