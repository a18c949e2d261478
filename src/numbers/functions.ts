// Every scalar function of the tower by name (a Map, never a property lookup on user text): the table that
// applyFunction (used by algebra to evaluate closed expressions) and eval/builtins/numbers.ts share.
import { typeError, domainError } from "../core/index.js";
import * as Q from "./rational.js";
import type { Num, RealLike, NumCtx } from "./num.js";
import { int, signR, compareR, floorR, ceilR, truncR, roundR, realApply, ZERO, ONE } from "./tower.js";
import * as C from "./complex.js";
import * as E from "./elementary.js";
import * as T from "./trig.js";
import * as SP from "./special.js";
import { intDiv, mod, rem, toBigInt, mul, div, pow } from "./ops.js";

export interface ScalarFn {
  readonly arity: readonly [number, number];
  readonly fn: (args: readonly Num[], ctx: NumCtx) => Num;
}

const realOnly = (z: Num, f: string): RealLike => {
  if (z.kind === "complex") throw domainError("out-of-domain", `${f} is not defined for complex numbers`);
  return z;
};

const unary = (f: (z: Num, ctx: NumCtx) => Num): ScalarFn => ({ arity: [1, 1], fn: (a, ctx) => f(a[0]!, ctx) });

const lazyReal = (op: "expm1" | "log1p", f: string): ScalarFn =>
  unary((z) => {
    const x = realOnly(z, f);
    if (x.kind === "rational" && Q.isZero(x.value)) return ZERO;
    if (op === "log1p" && x.kind === "rational" && Q.cmp(x.value, Q.fromInt(-1)) <= 0) {
      throw domainError(Q.cmp(x.value, Q.fromInt(-1)) === 0 ? "pole" : "out-of-domain", "log1p is defined for x > -1");
    }
    return realApply(op, x);
  });

/** 1/z with a pole (DomainError) at an exact 0, for the reciprocal inverse functions. */
function recip(z: Num, f: string): Num {
  if (z.kind === "rational" && Q.isZero(z.value)) throw domainError("pole", `${f} has a pole at 0`);
  return C.div(ONE, z);
}

function extreme(args: readonly Num[], ctx: NumCtx, want: 1 | -1): Num {
  if (args.length === 0) throw typeError("min and max need at least one argument", undefined, "wrong-arity");
  let best = realOnly(args[0]!, "ordering");
  for (const a of args.slice(1)) {
    const x = realOnly(a, "ordering");
    if (compareR(x, best, ctx) === want) best = x;
  }
  return best;
}

/** sign(x) in {-1, 0, 1} exactly; sign(z) = z/|z| for complex z. */
function sign(z: Num, ctx: NumCtx): Num {
  if (z.kind === "complex") return C.div(z, E.abs(z, ctx));
  return int(signR(z, ctx));
}

const TABLE = new Map<string, ScalarFn>([
  ["sqrt", unary(E.sqrt)],
  ["cbrt", unary((z, ctx) => E.nthroot(z, 3n, ctx))],
  ["nthroot", { arity: [2, 2], fn: (a, ctx) => E.nthroot(a[0]!, toBigInt(a[1]!, "the degree of nthroot"), ctx) }],
  ["exp", unary(E.exp)],
  ["expm1", lazyReal("expm1", "expm1")],
  ["ln", unary(E.ln)],
  ["log", { arity: [1, 2], fn: (a, ctx) => (a.length === 1 ? E.ln(a[0]!, ctx) : E.log(a[0]!, a[1]!, ctx)) }],
  ["log1p", lazyReal("log1p", "log1p")],
  ["log2", unary((z, ctx) => E.log(z, int(2), ctx))],
  ["log10", unary((z, ctx) => E.log(z, int(10), ctx))],
  ["sin", unary(T.sin)],
  ["cos", unary(T.cos)],
  ["tan", unary(T.tan)],
  ["sec", unary(T.sec)],
  ["csc", unary(T.csc)],
  ["cot", unary(T.cot)],
  ["asin", unary(T.asin)],
  ["acos", unary(T.acos)],
  ["atan", unary(T.atan)],
  ["asec", unary((z, ctx) => T.acos(recip(z, "asec"), ctx))],
  ["acsc", unary((z, ctx) => T.asin(recip(z, "acsc"), ctx))],
  ["acot", unary((z, ctx) => (z.kind === "rational" && Q.isZero(z.value) ? T.acos(ZERO, ctx) : T.atan(recip(z, "acot"), ctx)))],
  ["atan2", { arity: [2, 2], fn: (a, ctx) => E.atan2(realOnly(a[0]!, "atan2"), realOnly(a[1]!, "atan2"), ctx) }],
  ["sinh", unary(T.sinh)],
  ["cosh", unary(T.cosh)],
  ["tanh", unary(T.tanh)],
  ["asinh", unary(T.asinh)],
  ["acosh", unary(T.acosh)],
  ["atanh", unary(T.atanh)],
  ["abs", unary(E.abs)],
  ["sign", unary(sign)],
  ["arg", unary(E.arg)],
  ["re", unary((z) => C.parts(z)[0])],
  ["im", unary((z) => C.parts(z)[1])],
  ["conj", unary(C.conj)],
  ["floor", unary((z, ctx) => int(floorR(realOnly(z, "floor"), ctx)))],
  ["ceil", unary((z, ctx) => int(ceilR(realOnly(z, "ceil"), ctx)))],
  ["trunc", unary((z, ctx) => int(truncR(realOnly(z, "trunc"), ctx)))],
  ["round", { arity: [1, 2], fn: (a, ctx) => roundTo(a[0]!, a[1], ctx) }],
  ["min", { arity: [1, Infinity], fn: (a, ctx) => extreme(a, ctx, -1) }],
  ["max", { arity: [1, Infinity], fn: (a, ctx) => extreme(a, ctx, 1) }],
  [
    "hypot",
    { arity: [2, 2], fn: (a, ctx) => E.sqrt(C.add(C.norm2(realOnly(a[0]!, "hypot")), C.norm2(realOnly(a[1]!, "hypot"))), ctx) },
  ],
  ["factorial", unary(SP.factorial)],
  ["doublefactorial", unary(SP.doubleFactorial)],
  ["binomial", { arity: [2, 2], fn: (a, ctx) => SP.binomial(a[0]!, a[1]!, ctx) }],
  ["gamma", unary(SP.gamma)],
  ["lgamma", unary(SP.lgamma)],
  ["zeta", unary(SP.zeta)],
  ["erf", unary(SP.erf)],
  ["erfc", unary(SP.erfc)],
  ["gcd", { arity: [1, Infinity], fn: (a, ctx) => SP.gcd(a, ctx) }],
  ["lcm", { arity: [1, Infinity], fn: (a, ctx) => SP.lcm(a, ctx) }],
  ["mod", { arity: [2, 2], fn: (a, ctx) => mod(a[0]!, a[1]!, ctx) }],
  ["rem", { arity: [2, 2], fn: (a, ctx) => rem(a[0]!, a[1]!, ctx) }],
  ["floordiv", { arity: [2, 2], fn: (a, ctx) => intDiv(a[0]!, a[1]!, ctx) }],
]);

/**
 * round(x) to the nearest integer, or round(x, n) to n decimal places (n < 0 rounds to tens, hundreds...); ties away
 * from zero; exact: the result is the rational k/10^n. The scale 10^|n| is size-checked by pow.
 */
function roundTo(z: Num, places: Num | undefined, ctx: NumCtx): Num {
  const x = realOnly(z, "round");
  if (places === undefined) return int(roundR(x, ctx));
  const n = toBigInt(places, "the number of decimal places");
  const scale = pow(int(10n), int(n < 0n ? -n : n), ctx);
  const scaled = n < 0n ? div(x, scale, ctx) : mul(x, scale, ctx);
  const k = int(roundR(realOnly(scaled, "round"), ctx));
  return n < 0n ? mul(k, scale, ctx) : div(k, scale, ctx);
}

/** Every scalar function by name; wrong names and arities are TypeErrors/NameErrors at the caller's level. */
export function applyFunction(name: string, args: readonly Num[], ctx: NumCtx): Num {
  const f = TABLE.get(name);
  if (!f) throw typeError(`'${name}' is not a scalar function`, undefined, "not-callable");
  if (args.length < f.arity[0] || args.length > f.arity[1]) {
    throw typeError(`${name} takes ${arityText(f.arity)} argument(s), got ${args.length}`, undefined, "wrong-arity");
  }
  return f.fn(args, ctx);
}

function arityText([lo, hi]: readonly [number, number]): string {
  return lo === hi ? String(lo) : hi === Infinity ? `at least ${lo}` : `${lo} to ${hi}`;
}

/** Names of every scalar function in the table. */
export function scalarFunctionNames(): string[] {
  return [...TABLE.keys()];
}

/** Minimum and maximum argument counts of a scalar function (undefined if unknown). */
export function scalarFunctionArity(name: string): readonly [number, number] | undefined {
  return TABLE.get(name)?.arity;
}

