// The glue between evaluator values and linalg: tensor arguments, the field a call runs on (Q for all-rational
// entries, the tower's exact arithmetic for other numbers, inert expressions for symbolic entries in the
// division-free functions), error spans, and eigenvalues through the algebra solver.
import { UlpError, typeError, domainError, type Span } from "../../core/index.js";
import * as N from "../../numbers/index.js";
import * as A from "../../algebra/index.js";
import * as L from "../../linalg/index.js";
import { lookupBuiltin, type Builtin, type CallInfo } from "../registry.js";
import { type Value, type TensorValue, isNum, describeKind } from "../value.js";
import type { EvalContext } from "../context.js";
import { binaryOp } from "../dispatch.js";
import { formatValueAsNum } from "../convert.js";

export const VEC = "Vectors";

// ---- conversions between evaluator values and linalg tensors ----

export function tensorArg(v: Value | undefined, what: string, span: Span): TensorValue {
  if (v?.kind === "tensor") return v;
  throw typeError(`${what} must be a vector or matrix, got ${v ? describeKind(v) : "nothing"}`, { span });
}

/** The entries as tower numbers (format values such as `0.1 to bf16` become their exact stored value). */
export function numTensor(t: TensorValue, what: string, span: Span): L.Tensor<N.Num> {
  if (t.data.some((x) => x.kind === "format_value")) {
    t = { ...t, data: t.data.map((x) => (x.kind === "format_value" ? formatValueAsNum(x) : x)) };
  }
  for (const x of t.data) {
    if (!isNum(x)) throw typeError(`${what} needs numeric entries, got ${describeKind(x)}`, { span });
  }
  return t as unknown as L.Tensor<N.Num>;
}

export const out = (t: L.Tensor<Value>): TensorValue => ({ kind: "tensor", shape: t.shape, data: t.data });

export function intArg(v: Value | undefined, what: string, span: Span, min = 0): number {
  if (!v || !isNum(v) || !N.isExactInteger(v)) throw typeError(`${what} must be an integer`, { span });
  const n = N.toBigInt(v, what);
  if (n < BigInt(min)) throw domainError("out-of-domain", `${what} must be an integer >= ${min}, got ${n}`, { span });
  // Larger than any array may be: the elements limit names the problem better than a range error.
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) return Number.MAX_SAFE_INTEGER;
  return Number(n);
}

/** Where a computation runs: the evaluation context and the span errors point at. */
export type Site = Pick<CallInfo, "ctx" | "span">;

/** Runs `f` on the cheapest exact field that holds every entry: Q for all-rational input, else the tower. */
export interface Kit<T> {
  readonly F: L.Field<T>;
  /** True for the field of inert expressions (symbolic entries): only division-free algorithms may run on it. */
  readonly symbolic: boolean;
  to(t: L.Tensor<Value>): L.Tensor<T>;
  from(x: T): Value;
  fromT(t: L.Tensor<T>): TensorValue;
}

export function kit(ctx: EvalContext, ts: readonly L.Tensor<Value>[], call?: Site): Kit<unknown> {
  const all = ts.flatMap((t) => t.data);
  if (all.every((x) => x.kind === "rational")) {
    const k: Kit<N.Rational> = {
      F: L.QField,
      symbolic: false,
      to: (t) => ({ shape: t.shape, data: t.data.map((x) => (x as N.RationalNum).value) }),
      from: N.rational,
      fromT: (t) => out({ shape: t.shape, data: t.data.map(N.rational) }),
    };
    return k as Kit<unknown>;
  }
  if (call && !all.every(isNum)) {
    const k: Kit<Value> = { F: valueField(call), symbolic: true, to: (t) => t, from: (x) => x, fromT: (t) => out(t) };
    return k as Kit<unknown>;
  }
  const k: Kit<N.Num> = {
    F: L.towerField(ctx, all.every((x) => N.isExact(x as N.Num))),
    symbolic: false,
    to: (t) => t as L.Tensor<N.Num>,
    from: (x) => x,
    fromT: (t) => out(t),
  };
  return k as Kit<unknown>;
}

const isZeroValue = (v: Value) => isNum(v) && N.isExactZero(v);
const isOneValue = (v: Value) => v.kind === "rational" && v.value.num === 1n && v.value.den === 1n;
const isMinusOneValue = (v: Value) => v.kind === "rational" && v.value.num === -1n && v.value.den === 1n;

/**
 * Inert symbolic entries (and numbers mixed with them) through the evaluator's operators, skipping the trivial
 * products and sums with 0 and 1 so results read like hand-written ones. Division-free use only.
 */
function valueField(call: Site): L.Field<Value> {
  const ctx = call.ctx, site = { span: call.span };
  const op = (o: "+" | "-" | "*" | "/", a: Value, b: Value) => binaryOp(o, a, b, site, ctx);
  const neg = (a: Value): Value => (isNum(a) ? N.neg(a) : a.kind === "expression" ? { kind: "expression", expr: A.exprNeg(a.expr) } : op("*", N.integer(-1), a));
  return {
    name: "symbolic expression",
    exact: true,
    zero: N.integer(0),
    one: N.integer(1),
    add: (a, b) => (isZeroValue(a) ? b : isZeroValue(b) ? a : op("+", a, b)),
    sub: (a, b) => (isZeroValue(b) ? a : isZeroValue(a) ? neg(b) : op("-", a, b)),
    mul: (a, b) =>
      isZeroValue(a) || isZeroValue(b) ? N.integer(0) : isOneValue(a) ? b : isOneValue(b) ? a : isMinusOneValue(a) ? neg(b) : isMinusOneValue(b) ? neg(a) : op("*", a, b),
    div: (a, b) => (isZeroValue(a) ? N.integer(0) : isOneValue(b) ? a : op("/", a, b)),
    neg,
    isZero: isZeroValue,
    equals: (a, b) => a === b,
    fromInt: (n) => N.integer(n),
    magnitude: (a) => (isZeroValue(a) ? 0 : 1),
    // Symbols are taken as real here (so dot and ctranspose of symbolic vectors read naturally); numbers conjugate.
    conj: (a) => (a.kind === "complex" ? N.applyFunction("conj", [a], ctx) : a),
    show: (a) => (a.kind === "expression" ? A.exprToText(a.expr) : isNum(a) ? (N.exactText(a) ?? "a real") : a.kind),
  };
}

/** A symbolic result tidied by the algebra layer's expand (or `how`, when available); numbers pass through. */
export function tidy(v: Value, call: CallInfo, how: "expand" | "simplify" = "expand"): Value {
  const expand = lookupBuiltin(how);
  if (v.kind !== "expression" || !expand) return v;
  try {
    return expand.impl([v], call);
  } catch {
    return v;
  }
}

/** Attach the call's span to kernel errors; turn stray RangeErrors (division by zero in Q) into DomainErrors. */
export function run<R>(call: CallInfo, f: () => R): R {
  try {
    return f();
  } catch (e) {
    if (e instanceof UlpError) throw e.at(call.span);
    if (e instanceof RangeError) throw domainError("out-of-domain", e.message, { span: call.span });
    throw e;
  }
}

/** The common shape of a builtin over matrices: numeric tensor arguments, an exact kit, one result. */
export function matrixFn(
  name: string,
  area: string,
  signature: string,
  doc: string,
  examples: [string, string][],
  tensors: number,
  body: <T>(k: Kit<T>, ts: L.Tensor<T>[], args: readonly Value[], call: CallInfo) => Value,
  arity: [number, number] = [tensors, tensors],
  aliases?: string[],
  symbolic = false,
): Builtin {
  return {
    name,
    ...(aliases ? { aliases } : {}),
    area,
    signature,
    doc,
    examples,
    arity,
    impl: (args, call) =>
      run(call, () => {
        const ts: L.Tensor<Value>[] = args.slice(0, tensors).map((a, i) => {
          const t = tensorArg(a, `${name}'s argument`, call.argSpans[i] ?? call.span);
          return symbolic ? t : numTensor(t, name, call.argSpans[i] ?? call.span);
        });
        const k = kit(call.ctx, ts, symbolic ? call : undefined);
        return body(k, ts.map((t) => k.to(t)), args, call);
      }),
  };
}

/**
 * A builtin over vectors (the arity is the number of vectors in the signature). Tower numbers run on the tower
 * field; with `symbolic`, vectors holding expressions run on the expression field (division-free bodies only).
 */
export function vecFn(
  name: string,
  signature: string,
  doc: string,
  examples: [string, string][],
  body: (F: L.Field<Value>, vs: L.Tensor<Value>[], call: CallInfo) => Value,
  symbolic = false,
): Builtin {
  const k = signature.split(",").length;
  return {
    name,
    area: VEC,
    signature,
    doc,
    examples,
    arity: [k, k],
    impl: (args, call) =>
      run(call, () => {
        const what = (i: number) => `${name}'s ${k === 1 ? "" : i === 0 ? "first " : "second "}argument`;
        const ts = args.map((a, i) => tensorArg(a, what(i), call.argSpans[i] ?? call.span));
        ts.forEach((t, i) => L.vecLength(t, what(i)));
        if (symbolic && !ts.every((t) => t.data.every(isNum))) return body(valueField(call), ts, call);
        const vs = ts.map((t, i) => numTensor(t, name, call.argSpans[i] ?? call.span));
        // Safe: the tower field only ever sees the numbers of vs, and its results are numbers (Values).
        const F = L.towerField(call.ctx, vs.every((v) => v.data.every((x) => N.isExact(x)))) as unknown as L.Field<Value>;
        return body(F, vs, call);
      }),
  };
}

export function vectorOf(v: Value, what: string, span: Span): L.Tensor<N.Num> {
  const t = numTensor(tensorArg(v, what, span), what, span);
  L.vecLength(t, what);
  return t;
}

/** Norm kind from the optional second argument: 1, 2, inf, "fro", or any real p >= 1. */
export function normKind(p: Value | undefined, call: CallInfo): 1 | 2 | "inf" | "fro" | { p: N.Num } {
  if (p === undefined) return 2;
  const span = call.argSpans[1] ?? call.span;
  if (p.kind === "string") {
    if (p.value === "fro") return "fro";
    if (p.value === "inf") return "inf";
    throw domainError("unknown-mode", `unknown norm "${p.value}" (use 1, 2, inf, "fro" or a number p >= 1)`, { span });
  }
  if (!isNum(p) || p.kind === "complex") throw typeError("the norm order must be a real number, inf or \"fro\"", { span });
  if (N.toFloat(p, call.ctx) === Number.POSITIVE_INFINITY) return "inf";
  if (N.isExactInteger(p)) {
    const n = N.toBigInt(p, "the norm order");
    if (n === 1n) return 1;
    if (n === 2n) return 2;
  }
  return { p };
}

// ---- eigenvalues through the algebra solver ----

/** det(x I - A) as an expression in `x`, highest degree first (coefficients exact when A is). */
export function charpolyExpr<T>(k: Kit<T>, a: L.Tensor<T>, x: string, ctx: EvalContext): A.Expr {
  const c = L.charpoly(k.F, a, ctx.budget);
  const n = c.length - 1;
  const terms: A.Expr[] = [];
  c.forEach((coef, i) => {
    const v = k.from(coef);
    if (isZeroValue(v)) return;
    const deg = n - i;
    const pw = deg === 0 ? undefined : deg === 1 ? A.exprSymbol(x) : A.exprPow(A.exprSymbol(x), A.exprNum(N.integer(deg)));
    const e = isNum(v) ? A.exprNum(v) : v.kind === "expression" ? v.expr : undefined;
    if (!e) throw typeError(`charpoly cannot use ${describeKind(v)} as a coefficient`);
    if (!pw) terms.push(e);
    else if (isOneValue(v)) terms.push(pw);
    else if (isMinusOneValue(v)) terms.push(A.exprNeg(pw));
    else terms.push(A.exprMul([e, pw]));
  });
  return terms.length === 0 ? A.exprNum(N.integer(0)) : terms.length === 1 ? terms[0]! : A.exprAdd(terms);
}

export function solveCharpoly<T>(k: Kit<T>, a: L.Tensor<T>, call: CallInfo): Value {
  const solve = lookupBuiltin("solve");
  if (!solve) throw typeError("eigenvalues need the algebra solver, which is not available");
  const x = "lambda";
  const eq = A.exprEquation(charpolyExpr(k, a, x, call.ctx), A.exprNum(N.integer(0)));
  return solve.impl([{ kind: "expression", expr: eq }, { kind: "expression", expr: A.exprSymbol(x) }], call);
}


/** The exact eigenvalues from a solutions value, each repeated by its multiplicity; numeric roots are a DomainError. */
export function exactRoots(v: Value, what: string): N.Num[] {
  if (v.kind !== "solutions") throw typeError(`${what} needs the algebra solver`);
  const out: N.Num[] = [];
  for (const e of v.solutions.elements) {
    const x = e.values[0];
    if (e.numeric || !x || !isNum(x as Value)) {
      throw domainError("out-of-domain", `${what} needs exact eigenvalues, but some are only known numerically`, {
        notes: ["eigenvalues(A) shows them with certified error bounds"],
      });
    }
    out.push(x as N.Num);
  }
  return out;
}

/** The selected factor of a decomposition: a string part among `parts`, else `dflt`. */
export function pick<T>(v: Value | undefined, parts: Record<string, L.Tensor<T>>, dflt: string, call: CallInfo): L.Tensor<T> {
  const name = v === undefined ? dflt : v.kind === "string" ? v.value : undefined;
  const map = new Map(Object.entries(parts));
  const t = name === undefined ? undefined : map.get(name);
  if (!t) throw domainError("unknown-mode", `unknown part; use one of ${[...map.keys()].map((p) => `"${p}"`).join(", ")}`, { span: call.argSpans[1] ?? call.span });
  return t;
}

export function toTower(t: L.Tensor<unknown>): L.Tensor<N.Num> {
  return { shape: t.shape, data: t.data.map((x) => (typeof x === "object" && x !== null && "kind" in x ? (x as N.Num) : N.rational(x as N.Rational))) };
}

export function toTowerK<T>(k: Kit<T>, t: L.Tensor<T>): L.Tensor<N.Num> {
  return { shape: t.shape, data: t.data.map((x) => k.from(x) as N.Num) };
}

/**
 * The matrix product for the `*` operator over any entries, (m x n)(n x p), (m x n)(n), (n)(n x p): rationals on
 * bigints, other numbers through the tower (exact stays exact), symbolic entries as expressions without the
 * trivial 0* and 1* terms. A shape mismatch is a DimensionError naming both shapes ("cannot multiply 2x3 by 2x3").
 */
export function matmulAny(a: TensorValue, b: TensorValue, ctx: EvalContext, span: Span): TensorValue {
  try {
    const k = kit(ctx, [a, b], { ctx, span });
    return k.fromT(L.matmul(k.F, k.to(a), k.to(b), ctx.budget));
  } catch (e) {
    throw e instanceof UlpError ? e.at(span) : e;
  }
}

/**
 * A^k for a square matrix of numbers and an integer k by repeated squaring (negative k through the exact
 * inverse; singular-matrix DomainError); undefined for symbolic entries (use the generic path).
 */
export function matpowAny(a: TensorValue, k: bigint, ctx: EvalContext, span: Span): TensorValue | undefined {
  if (!a.data.every(isNum)) return undefined;
  try {
    const kt = kit(ctx, [a]);
    return kt.fromT(L.matpow(kt.F, kt.to(a), k, ctx.budget));
  } catch (e) {
    throw e instanceof UlpError ? e.at(span) : e;
  }
}

/**
 * Fast exact matrix product for the `*` operator: when every entry of both operands is rational, the product runs
 * on linalg's Q field (bigints, no per-element dispatch) and is returned; otherwise undefined (use the generic path).
 */
export function matmulRational(a: TensorValue, b: TensorValue, ctx: EvalContext): TensorValue | undefined {
  if (!a.data.every((x) => x.kind === "rational") || !b.data.every((x) => x.kind === "rational")) return undefined;
  const q = (t: TensorValue): L.Tensor<N.Rational> => ({ shape: t.shape, data: t.data.map((x) => (x as N.RationalNum).value) });
  const r = L.matmul(L.QField, q(a), q(b), ctx.budget);
  return { kind: "tensor", shape: r.shape, data: r.data.map(N.rational) };
}

