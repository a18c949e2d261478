// Evaluation in a format (`expr in fp16`): every operation takes format values, computes the exact result of the
// operation on them and rounds it once into the format (IEEE 754 semantics: inf and NaN propagate inside). The
// lead's evaluator walks the AST and calls these ops; this file knows nothing about syntax.
import { Q, applyFunction, pow as powNum, type Rational, type Num, type NumCtx } from "../numbers/index.js";
import { domainError, UlpError, type RoundingMode } from "../core/index.js";
import type { NumberFormat, FormatValue, OverflowPolicy } from "./types.js";
import * as B from "./binary-format.js";
import { roundRational, prngStream } from "./round.js";
import { roundNum, roundEnclosed, encloseSqrt } from "./enclose.js";
import { makeFormatValue } from "./format-value.js";

/** A value inside a format computation: its code and what the code decodes to. */
export interface FNum {
  readonly code: bigint;
  readonly d: B.Decoded;
}

export interface FormatOps {
  readonly format: NumberFormat;
  /** x rounded into the format (correctly rounded; the first rounding of a literal or variable). */
  fromNum(x: Num, ctx: NumCtx): FNum;
  fromCode(code: bigint): FNum;
  add(a: FNum, b: FNum, ctx: NumCtx): FNum;
  sub(a: FNum, b: FNum, ctx: NumCtx): FNum;
  mul(a: FNum, b: FNum, ctx: NumCtx): FNum;
  div(a: FNum, b: FNum, ctx: NumCtx): FNum;
  neg(a: FNum): FNum;
  sqrt(a: FNum, ctx: NumCtx): FNum;
  /** a*b + c with one rounding. */
  fma(a: FNum, b: FNum, c: FNum, ctx: NumCtx): FNum;
  pow(a: FNum, b: FNum, ctx: NumCtx): FNum;
  /** An elementary function by name: the exact function at the (already rounded) inputs, rounded once. */
  apply(name: string, args: readonly FNum[], ctx: NumCtx): FNum;
  /** -1, 0, 1, or undefined when unordered (NaN). -0 equals +0. */
  compare(a: FNum, b: FNum): -1 | 0 | 1 | undefined;
  /** The contract object, with the accumulated error against `exact` when given. */
  toFormatValue(x: FNum, exact?: Num, ctx?: NumCtx): FormatValue;
}

type Special = { readonly kind: "inf"; readonly sign: 0 | 1 } | { readonly kind: "nan" };

/**
 * The ops of evaluation in `fmt`: each result is the exact result of the operation on the format values,
 * correctly rounded into fmt with `mode` (stochastic: one draw per rounding from the stream `seed`) and
 * `overflow`. inf/NaN follow IEEE 754 where the format has them; a NaN or inf the format cannot hold is a
 * DomainError (fp6/fp4 and integer formats).
 */
export function formatArithmetic(
  fmt: NumberFormat,
  mode: RoundingMode = "nearest_even",
  overflow: OverflowPolicy = "nonfinite",
  seed = 0,
): FormatOps {
  const draw = prngStream(seed);
  const wrap = (code: bigint): FNum => ({ code, d: B.decode(fmt, code) });
  const special = (s: Special, why: string): FNum => {
    if (s.kind === "inf" && B.hasInf(fmt)) return wrap(B.infCode(fmt, s.sign));
    if (B.hasNaN(fmt)) return wrap(B.nanCode(fmt));
    throw domainError(s.kind === "inf" ? "division-by-zero" : "out-of-domain", `${why} has no value in ${fmt.name}`);
  };
  const round = (q: Rational, zeroSign: 0 | 1 = 0): FNum => wrap(roundRational(fmt, q, mode, overflow, draw(), zeroSign === 1));
  const isZero = (a: FNum) => a.d.kind === "finite" && a.d.value.num === 0n;
  const val = (a: FNum): Rational => (a.d.kind === "finite" ? a.d.value : Q.ZERO);
  /** Sign of an exact zero sum (IEEE 754 §6.3): -0 only for (-0) + (-0), or in mode down. */
  const sumZeroSign = (a: FNum, b: FNum): 0 | 1 => (a.d.sign && b.d.sign) || mode === "down" ? 1 : 0;

  const add = (a: FNum, b: FNum): FNum => {
    if (a.d.kind === "nan" || b.d.kind === "nan") return special({ kind: "nan" }, "NaN");
    if (a.d.kind === "inf" || b.d.kind === "inf") {
      if (a.d.kind === "inf" && b.d.kind === "inf" && a.d.sign !== b.d.sign) return special({ kind: "nan" }, "inf - inf");
      return special({ kind: "inf", sign: a.d.kind === "inf" ? a.d.sign : b.d.sign }, "inf");
    }
    const s = Q.add(val(a), val(b));
    return round(s, s.num === 0n ? (isZero(a) && isZero(b) ? ((a.d.sign & b.d.sign) as 0 | 1) : sumZeroSign(a, b)) : 0);
  };
  const neg = (a: FNum): FNum => {
    if (a.d.kind === "nan") return a;
    if (fmt.kind === "int") return round(Q.neg(val(a)));
    if (!fmt.signed) return isZero(a) ? a : special({ kind: "nan" }, "a negative number");
    return wrap(a.code ^ (1n << BigInt(fmt.bits - 1)));
  };
  const mul = (a: FNum, b: FNum): FNum => {
    const sign = (a.d.sign ^ b.d.sign) as 0 | 1;
    if (a.d.kind === "nan" || b.d.kind === "nan") return special({ kind: "nan" }, "NaN");
    if (a.d.kind === "inf" || b.d.kind === "inf") {
      if (isZero(a) || isZero(b)) return special({ kind: "nan" }, "0 * inf");
      return special({ kind: "inf", sign }, "inf");
    }
    return round(Q.mul(val(a), val(b)), sign);
  };
  const div = (a: FNum, b: FNum): FNum => {
    const sign = (a.d.sign ^ b.d.sign) as 0 | 1;
    if (a.d.kind === "nan" || b.d.kind === "nan") return special({ kind: "nan" }, "NaN");
    if (a.d.kind === "inf") return b.d.kind === "inf" ? special({ kind: "nan" }, "inf / inf") : special({ kind: "inf", sign }, "inf");
    if (b.d.kind === "inf") return round(Q.ZERO, sign);
    if (isZero(b)) return isZero(a) ? special({ kind: "nan" }, "0 / 0") : special({ kind: "inf", sign }, "division by zero");
    return round(Q.div(val(a), val(b)), sign);
  };

  return {
    format: fmt,
    fromNum: (x, ctx) => wrap(roundNum(fmt, x, mode, overflow, draw(), ctx)),
    fromCode: wrap,
    add,
    sub: (a, b) => add(a, neg(b)),
    mul,
    div,
    neg,
    sqrt(a, ctx) {
      if (a.d.kind === "nan") return a;
      if (isZero(a)) return a; // sqrt(-0) = -0
      if (a.d.sign) return special({ kind: "nan" }, "the square root of a negative number");
      if (a.d.kind === "inf") return a;
      const q = a.d.value;
      return wrap(roundEnclosed(fmt, (p) => encloseSqrt(q, p), mode, overflow, draw(), ctx));
    },
    fma(a, b, c) {
      if ([a, b, c].some((x) => x.d.kind !== "finite")) return add(mul(a, b), c);
      const s = Q.add(Q.mul(val(a), val(b)), val(c));
      const psign = (a.d.sign ^ b.d.sign) as 0 | 1;
      const zs: 0 | 1 = isZero(c) && (isZero(a) || isZero(b)) ? ((psign & c.d.sign) as 0 | 1) : (psign && c.d.sign) || mode === "down" ? 1 : 0;
      return round(s, zs);
    },
    pow(a, b, ctx) {
      if (b.d.kind === "finite" && b.d.value.den === 1n) return powInt(a, b.d.value.num, ctx);
      if (a.d.kind !== "finite" || b.d.kind !== "finite") return special({ kind: "nan" }, "a non-finite power");
      // a^b for a non-integer b: NaN for a < 0 (IEEE pow), +inf for 0 to a negative power, else the exact
      // power (the numbers layer's pow: exact for perfect powers, a real otherwise) rounded once by Ziv
      if (a.d.value.num < 0n) return special({ kind: "nan" }, "a negative number to a non-integer power");
      if (a.d.value.num === 0n) return b.d.value.num < 0n ? special({ kind: "inf", sign: 0 }, "0 to a negative power") : round(Q.ZERO);
      const exact = powNum({ kind: "rational", value: a.d.value }, { kind: "rational", value: b.d.value }, ctx);
      return wrap(roundNum(fmt, exact, mode, overflow, draw(), ctx));
    },
    apply(name, args, ctx) {
      if (args.some((x) => x.d.kind === "nan")) return special({ kind: "nan" }, "NaN");
      if (args.some((x) => x.d.kind === "inf")) return special({ kind: "nan" }, `${name} of inf`);
      if (name === "sqrt" && args.length === 1) return this.sqrt(args[0]!, ctx);
      if (name === "abs" && args.length === 1) return args[0]!.d.sign ? neg(args[0]!) : args[0]!;
      const exact = applyExact(name, args.map((x) => ({ kind: "rational", value: val(x) }) as Num), ctx);
      if (exact === "pole") return special({ kind: "inf", sign: 1 }, `${name} at a pole`);
      if (exact === "nan" || exact.kind === "complex") return special({ kind: "nan" }, `${name} outside its real domain`);
      return wrap(roundNum(fmt, exact, mode, overflow, draw(), ctx));
    },
    compare(a, b) {
      if (a.d.kind === "nan" || b.d.kind === "nan") return undefined;
      const rank = (x: FNum) => (x.d.kind === "inf" ? (x.d.sign ? -1 : 1) : 0);
      if (rank(a) !== rank(b)) return rank(a) < rank(b) ? -1 : 1;
      if (rank(a) !== 0) return 0;
      return Q.cmp(val(a), val(b));
    },
    toFormatValue: (x, exact, ctx) => makeFormatValue(fmt, x.code, exact ?? null, ctx, true),
  };

  function powInt(a: FNum, n: bigint, ctx: NumCtx): FNum {
    if (n === 0n) return round(Q.ONE); // IEEE pow(x, 0) = 1 even for NaN
    if (a.d.kind === "nan") return a;
    const oddSign = (n & 1n) === 1n ? a.d.sign : 0;
    if (a.d.kind === "inf") return n > 0n ? special({ kind: "inf", sign: oddSign }, "inf") : round(Q.ZERO, oddSign);
    if (isZero(a)) return n > 0n ? round(Q.ZERO, oddSign) : special({ kind: "inf", sign: oddSign }, "0 to a negative power");
    const q = a.d.value;
    const bitsNeeded = Math.max(Q.bitLength(q.num), Q.bitLength(q.den)) * Number(n < 0n ? -n : n);
    if (bitsNeeded > Math.max(1 << 16, ctx.budget.limits.digits * 3.33)) {
      // |q|^n is far outside the format's range (|q| != 1): any value beyond 4*max (or below a quarter of the
      // smallest step) rounds the same way in every deterministic mode, so round such a stand-in instead
      const c = Q.cmp(Q.absQ(q), Q.ONE);
      if (c === 0) return round(oddSign ? Q.neg(Q.ONE) : Q.ONE);
      const big = c > 0 === n > 0n;
      const edge = big
        ? Q.mul(B.ordinalValue(fmt, B.maxOrdinal(fmt)), Q.fromInt(4))
        : Q.div(B.quantum(fmt, Q.ZERO), Q.fromInt(4));
      return round(oddSign ? Q.neg(edge) : edge, oddSign);
    }
    return round(Q.powInt(q, n), oddSign);
  }
}

/** The exact function value through the numbers layer, with its DomainErrors mapped to IEEE results. */
function applyExact(name: string, args: readonly Num[], ctx: NumCtx): Num | "pole" | "nan" {
  try {
    return applyFunction(name, args, ctx);
  } catch (e) {
    if (e instanceof UlpError && e.kind === "DomainError") return e.code === "pole" ? "pole" : "nan";
    throw e;
  }
}
