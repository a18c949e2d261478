// Tensor values in the evaluator: building them from literals and ranges, 1-based indexing and slicing,
// element-wise maps with scalar broadcasting, and the matrix product over tower values (exact entries stay exact;
// symbolic entries build expressions). Heavy numeric linear algebra lives in src/linalg.
import { typeError, dimensionError, domainError, type Span } from "../core/index.js";
import * as N from "../numbers/index.js";
import * as A from "../algebra/index.js";
import * as L from "../linalg/index.js";
import type { EvalContext } from "./context.js";
import { type Value, type TensorValue, isNum, describeKind } from "./value.js";
import { callScalar } from "./call.js";
import { matmulAny, matpowAny } from "./builtins/linalg-kit.js";

export function tensor(shape: readonly number[], data: readonly Value[]): TensorValue {
  return { kind: "tensor", shape, data };
}

const sameShape = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((s, i) => s === b[i]);

/** "a vector of length 3", "a 2x3 matrix", "an array of shape 2x2x2": for DimensionErrors that name both shapes. */
export function shapeText(s: readonly number[]): string {
  if (s.length === 0) return "a scalar";
  if (s.length === 1) return `a vector of length ${s[0]}`;
  if (s.length === 2) return `a ${s[0]}x${s[1]} matrix`;
  return `an array of shape ${s.join("x")}`;
}

function checkElement(v: Value, span: Span): Value {
  if (v.kind === "format_value") return v;
  if (isNum(v) || v.kind === "expression" || v.kind === "boolean") return v;
  throw typeError(`${describeKind(v)} cannot be an element of a vector or matrix`, { span });
}

/** `[a, b, c]`: scalars make a vector; equal-shaped tensors stack into one more dimension (`[[1,2],[3,4]]`). */
export function buildVector(elements: readonly Value[], span: Span, ctx: EvalContext): TensorValue {
  if (elements.length === 0) return tensor([0], []);
  const first = elements[0]!;
  if (first.kind === "tensor") {
    const data: Value[] = [];
    for (const e of elements) {
      if (e.kind !== "tensor" || !sameShape(e.shape, first.shape)) {
        throw dimensionError(
          `rows of different shapes: ${shapeText(first.shape)} and ${e.kind === "tensor" ? shapeText(e.shape) : "a scalar"}`,
          { span },
          "ragged",
        );
      }
      data.push(...e.data);
    }
    ctx.budget.checkElements(data.length);
    return tensor([elements.length, ...first.shape], data);
  }
  ctx.budget.checkElements(elements.length);
  return tensor(
    [elements.length],
    elements.map((e) => {
      if (e.kind === "tensor") throw dimensionError("a vector cannot mix numbers and vectors", { span }, "ragged");
      return checkElement(e, span);
    }),
  );
}

/** `[1, 2; 3, 4]`: rows separated by `;`. */
export function buildMatrix(rows: readonly (readonly Value[])[], span: Span, ctx: EvalContext): TensorValue {
  return buildVector(
    rows.map((r) => buildVector(r, span, ctx)),
    span,
    ctx,
  );
}

/** `a..b` and `a..b by s`: inclusive, exact steps. */
export function rangeVector(from: Value, to: Value, step: Value | null, span: Span, ctx: EvalContext): TensorValue {
  if (!isNum(from) || !isNum(to) || (step && !isNum(step))) {
    throw typeError("range bounds and step must be numbers", { span });
  }
  if (from.kind === "complex" || to.kind === "complex" || step?.kind === "complex") {
    throw typeError("range bounds must be real", { span });
  }
  const s = step ?? N.integer(1);
  const sign = N.compare(s as N.RealLike, N.integer(0) as N.RealLike, ctx);
  if (sign === 0) throw domainError("out-of-domain", "range step must not be zero", { span });
  // count = floor((to - from) / step) + 1, decided exactly before allocating.
  const span01 = N.div(N.sub(to, from, ctx), s, ctx);
  const countNum = N.applyFunction("floor", [span01], ctx);
  const count = N.toBigInt(countNum, "range length") + 1n;
  if (count <= 0n) return tensor([0], []);
  ctx.budget.checkElements(Number(count), "the range");
  const data: Value[] = [];
  let x: N.Num = from;
  for (let k = 0n; k < count; k++) {
    data.push(x);
    x = N.add(x, s, ctx);
    ctx.budget.tick();
  }
  return tensor([data.length], data);
}

export function mapTensor(t: TensorValue, f: (v: Value) => Value): TensorValue {
  return tensor(t.shape, t.data.map(f));
}

/** Element-wise binary map; a scalar operand is broadcast, tensors must have the same shape. */
export function zipTensors(
  a: Value,
  b: Value,
  f: (x: Value, y: Value) => Value,
  span: Span,
  ctx: EvalContext,
): TensorValue {
  return zipTensorsN([a, b], (xs) => f(xs[0]!, xs[1]!), span, ctx);
}

export function zipTensorsN(
  args: readonly Value[],
  f: (xs: readonly Value[]) => Value,
  span: Span,
  ctx: EvalContext,
): TensorValue {
  let shape: readonly number[] | undefined;
  for (const a of args) {
    if (a.kind !== "tensor") continue;
    if (shape === undefined) shape = a.shape;
    else if (!sameShape(shape, a.shape)) {
      throw dimensionError(`shapes do not match: ${shapeText(shape)} and ${shapeText(a.shape)}`, { span });
    }
  }
  const size = (args.find((a) => a.kind === "tensor") as TensorValue).data.length;
  const out: Value[] = new Array(size);
  for (let i = 0; i < size; i++) {
    ctx.budget.tick();
    out[i] = f(args.map((a) => (a.kind === "tensor" ? a.data[i]! : a)));
  }
  return tensor(shape!, out);
}

/** Matrix product with vector rules: (m x n)(n x p), (m x n)(n) -> m, (n)(n x p) -> p. */
export function matmulValues(a: TensorValue, b: TensorValue, span: Span, ctx: EvalContext): TensorValue {
  const ar = a.shape.length;
  const br = b.shape.length;
  if (ar > 2 || br > 2 || (ar === 1 && br === 1)) {
    throw dimensionError(`cannot multiply ${shapeText(a.shape)} by ${shapeText(b.shape)} with *`, {
      span,
      notes: ar === 1 && br === 1 ? ["use dot(u, v) for the dot product, or .* element-wise"] : ["use einsum for arrays"],
    });
  }
  const m = ar === 2 ? a.shape[0]! : 1;
  const n = ar === 2 ? a.shape[1]! : a.shape[0]!;
  const n2 = b.shape[0]!;
  const p = br === 2 ? b.shape[1]! : 1;
  if (n !== n2) {
    throw dimensionError(`cannot multiply ${shapeText(a.shape)} by ${shapeText(b.shape)}: inner sizes ${n} and ${n2} differ`, {
      span,
    });
  }
  ctx.budget.checkElements(m * p);
  return matmulAny(a, b, ctx, span);
}

export function identityLike(n: number): TensorValue {
  const data: Value[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) data.push(N.integer(i === j ? 1 : 0));
  return tensor([n, n], data);
}

/** A^k for a square matrix and an integer k (negative through the inverse), by repeated squaring. */
export function matrixPower(a: TensorValue, k: Value, span: Span, ctx: EvalContext): TensorValue {
  if (a.shape[0] !== a.shape[1]) {
    throw dimensionError(`only a square matrix has powers, not ${shapeText(a.shape)}`, { span }, "not-square");
  }
  if (!isNum(k)) throw typeError(`a matrix power must be an integer, got ${describeKind(k)}`, { span });
  let e = N.toBigInt(k, "the matrix exponent");
  const fast = matpowAny(a, e, ctx, span);
  if (fast) return fast;
  let base: TensorValue = a;
  if (e < 0n) {
    const inv = callScalarMatrix("inv", a, span, ctx);
    base = inv;
    e = -e;
  }
  // Symbolic entries: repeated squaring, each entry expanded so that powers do not grow as x*x*x.
  const tidy = (t: TensorValue) =>
    mapTensor(t, (v) => (v.kind === "expression" ? { kind: "expression", expr: A.expandExpr(v.expr, ctx) } : v));
  let result = identityLike(a.shape[0]!);
  while (e > 0n) {
    if (e & 1n) result = tidy(matmulValues(result, base, span, ctx));
    e >>= 1n;
    if (e > 0n) base = tidy(matmulValues(base, base, span, ctx));
  }
  return result;
}

function callScalarMatrix(name: string, a: TensorValue, span: Span, ctx: EvalContext): TensorValue {
  const r = callScalar(name, [a], { span }, ctx);
  if (r.kind !== "tensor") throw typeError(`${name} did not return a matrix`, { span });
  return r;
}

export function conjugateTranspose(t: TensorValue, span: Span, ctx: EvalContext): TensorValue {
  const conj = (v: Value) => (v.kind === "complex" ? N.applyFunction("conj", [v], ctx) : v);
  if (t.shape.length === 1) return tensor([1, t.shape[0]!], t.data.map(conj));
  if (t.shape.length !== 2) throw dimensionError(`cannot transpose ${shapeText(t.shape)}`, { span });
  const [m, n] = t.shape as [number, number];
  const out: Value[] = new Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) out[j * m + i] = conj(t.data[i * n + j]!);
  return tensor([n, m], out);
}

/**
 * 1-based indexing: one index per dimension; an index is an integer, a vector of integers, or null (a colon,
 * the whole dimension). A dimension indexed by an integer is dropped from the result's shape.
 */
export function indexTensor(
  target: Value,
  indices: readonly (Value | null)[],
  spans: readonly Span[],
  ctx: EvalContext,
): Value {
  if (target.kind !== "tensor") {
    throw typeError(`cannot index ${describeKind(target)}`, { span: spans[0] }, "not-indexable");
  }
  const shape = target.shape;
  if (indices.length > shape.length) {
    throw dimensionError(`${shapeText(shape)} takes at most ${shape.length} ind${shape.length === 1 ? "ex" : "ices"}, got ${indices.length}`, {
      span: spans[0],
    });
  }
  // Missing trailing indices take the whole dimension: A[1] is the first row of a matrix.
  if (indices.length < shape.length) {
    indices = [...indices, ...new Array<null>(shape.length - indices.length).fill(null)];
    spans = [...spans, ...new Array<Span>(shape.length - spans.length).fill(spans[spans.length - 1]!)];
  }
  // Indices are checked here (each error points at its own index), then linalg slices.
  const spec = indices.map((ix, d) => {
    const size = shape[d]!;
    if (ix === null) return null;
    if (ix.kind === "tensor") return ix.data.map((v) => toIndex(v, size, spans[d]!) + 1);
    return toIndex(ix, size, spans[d]!) + 1;
  });
  const out = L.index({ shape, data: target.data }, spec, ctx.budget);
  return "shape" in out && "data" in out && !("kind" in out) ? tensor(out.shape, out.data) : (out as Value);
}

function toIndex(v: Value, size: number, span: Span): number {
  if (!isNum(v) || !N.isExactInteger(v)) {
    const what = isNum(v) ? (N.exactText(v) ?? "a non-integer") : describeKind(v);
    throw typeError(`an index must be an integer, got ${what}`, { span });
  }
  const i = N.toBigInt(v, "index");
  if (i < 1n || i > BigInt(size)) {
    throw domainError("index-out-of-range", `index ${i} is out of range 1..${size}`, { span });
  }
  return Number(i) - 1;
}
