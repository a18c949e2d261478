// The tower's public operations on Num (what the evaluator's operator dispatch calls): arithmetic with size
// prediction before exact work, integer division and remainders, comparison, conversions to bigint/float64 and
// decimal text. Exactness: every result is exact when the operands are exact and an exact form exists.
import { domainError, typeError } from "../core/index.js";
import * as Q from "./rational.js";
import type { Num, RealLike, NumCtx } from "./num.js";
import * as R from "./real.js";
import * as C from "./complex.js";
import { bitLen } from "./integer.js";
import { MAX_ROOT_DEGREE } from "./symbolic.js";
import {
  rat, int, toForm, approxOf, compareR, floorR, truncR, subR, mulR, divR, exactDigits, isZeroR,
} from "./tower.js";
import { pow as powRaw } from "./elementary.js";

/** a + b and a - b: exact when both operands are exact; for rationals the sum's digits are checked first. */
export function add(a: Num, b: Num, ctx?: NumCtx): Num {
  if (ctx && a.kind === "rational" && b.kind === "rational") checkSum(a.value, b.value, ctx);
  return C.add(a, b);
}
export function sub(a: Num, b: Num, ctx?: NumCtx): Num {
  if (ctx && a.kind === "rational" && b.kind === "rational") checkSum(a.value, b.value, ctx);
  return C.sub(a, b);
}

/** Digits of a/b + c/d are at most max(|a|d, |c|b, bd) + 1: check before cross-multiplying huge denominators. */
function checkSum(x: Q.Rational, y: Q.Rational, ctx: NumCtx): void {
  if (x.den === 1n && y.den === 1n) return;
  if (small(x) && small(y)) return;
  const [nx, dx, ny, dy] = [bitLen(x.num), bitLen(x.den), bitLen(y.num), bitLen(y.den)];
  const bits = Math.max(nx + dy, ny + dx, dx + dy) + 1;
  if (bits > 3000) ctx.budget.checkDigits(bits * 0.30103, "the sum");
}
/** a * b, exact when both are exact; the product's digits (the sum of the operands') are checked first. */
export function mul(a: Num, b: Num, ctx?: NumCtx): Num {
  if (ctx) checkProduct(a, b, ctx);
  return C.mul(a, b);
}
/** a / b, exact when both are exact; division by an exact 0 is a DomainError (division-by-zero). */
export function div(a: Num, b: Num, ctx?: NumCtx): Num {
  if (ctx) checkProduct(a, b, ctx);
  return C.div(a, b);
}

/** Exact products and quotients have at most the sum of the operands' digits: check before the work. */
/** Both parts below 2^1400 (a cheap bigint comparison; such sums and products stay far below any limit). */
const SMALL = 1n << 1400n;
const small = (q: Q.Rational) => q.den < SMALL && q.num < SMALL && -q.num < SMALL;

function checkProduct(a: Num, b: Num, ctx: NumCtx): void {
  if (a.kind === "rational" && b.kind === "rational" && small(a.value) && small(b.value)) return;
  const da = numDigits(a);
  const db = numDigits(b);
  if (da + db > 1000) ctx.budget.checkDigits(da + db, "the product");
}

function numDigits(n: Num): number {
  if (n.kind === "rational") return (Math.max(bitLen(n.value.num), bitLen(n.value.den)) + 1) * 0.30103;
  if (n.kind === "complex") return 2 * Math.max(numDigits(n.re), numDigits(n.im));
  return exactDigits(n);
}
/** -a, exact. */
export const neg = (a: Num): Num => C.neg(a);

/** Exactness predicates: no inexact part; exactly the rational 0; an exact integer. */
export const isExact = (n: Num): boolean =>
  n.kind === "complex" ? n.re.kind !== "real" && n.im.kind !== "real" : n.kind !== "real";
export const isExactZero = (n: Num): boolean => n.kind === "rational" && n.value.num === 0n;
export const isExactInteger = (n: Num): boolean => n.kind === "rational" && n.value.den === 1n;

/**
 * a^b (principal branch; see elementary.pow for the exact cases). The size of an exact result is predicted
 * BEFORE computing (|n| times the digits of the base), so 2^(10^9) and 10^10^10^10 fail with LimitError
 * limit-digits in microseconds.
 */
export function pow(a: Num, b: Num, ctx: NumCtx): Num {
  if (b.kind === "rational" && isExact(a) && !isExactZero(a)) {
    // An exact root of degree q <= MAX_ROOT_DEGREE computes base^|p| first; a larger q gives a real, whose size is
    // that of |p/q| powers of the base (2^(1584962500721156/10^15) is a real near 3, not a 10^14-digit integer).
    const absNum = Q.abs(b.value.num);
    const exactPath = b.value.den <= BigInt(MAX_ROOT_DEGREE);
    const n = exactPath ? (bitLen(absNum) > 52 ? Infinity : Number(absNum)) : Math.abs(Q.toNumber(b.value));
    let baseDigits: number;
    if (a.kind === "rational") baseDigits = Math.max(log10Abs(a.value.num), log10Abs(a.value.den));
    else if (a.kind === "complex") baseDigits = complexDigits(a.re, a.im);
    else baseDigits = monomialUnit(a) ? 0 : exactDigits(a);
    // |base| = 1 never grows; otherwise n * log10|base| digits
    if (baseDigits > 0) ctx.budget.checkDigits(n * baseDigits, "the power");
  }
  return powRaw(a, b, ctx);
}

function realPart(n: Num, what: string): RealLike {
  if (n.kind === "complex") throw typeError(`${what} is not defined for complex numbers`);
  return n;
}

/** floor(a / b) (Python's //), exact; b = 0 is a DomainError. */
export function intDiv(a: Num, b: Num, ctx: NumCtx): Num {
  const x = realPart(a, "floor division");
  const y = realPart(b, "floor division");
  if (isZeroR(y)) throw domainError("division-by-zero", "floor division by zero");
  if (x.kind === "rational" && y.kind === "rational") return int(quotient(x.value, y.value, "floor"));
  return int(floorR(divR(x, y), ctx));
}

/**
 * floor or trunc of x/y without normalizing the quotient: (xn*yd) / (xd*yn) in bigints, so huge integers never pay
 * for a gcd ((3^100000 + 1) mod (2^150000 + 7) is one bigint division, not a quadratic Euclid).
 */
function quotient(x: Q.Rational, y: Q.Rational, how: "floor" | "trunc"): bigint {
  const n = x.num * y.den;
  const d = x.den * y.num;
  return how === "floor" ? Q.floorDiv(n, d) : n / d;
}

/** a mod b = a - b*floor(a/b): floored, the sign of the divisor; exact; b = 0 is a DomainError. */
export function mod(a: Num, b: Num, ctx: NumCtx): Num {
  const x = realPart(a, "mod");
  const y = realPart(b, "mod");
  if (isZeroR(y)) throw domainError("division-by-zero", "modulo by zero");
  if (x.kind === "rational" && y.kind === "rational") {
    const q = quotient(x.value, y.value, "floor");
    return rat(Q.sub(x.value, Q.mul(y.value, Q.fromInt(q))));
  }
  return subR(x, mulR(y, int(floorR(divR(x, y), ctx))));
}

/** a rem b = a - b*trunc(a/b): truncated, the sign of the dividend; exact; b = 0 is a DomainError. */
export function rem(a: Num, b: Num, ctx: NumCtx): Num {
  const x = realPart(a, "rem");
  const y = realPart(b, "rem");
  if (isZeroR(y)) throw domainError("division-by-zero", "remainder by zero");
  if (x.kind === "rational" && y.kind === "rational") {
    const q = quotient(x.value, y.value, "trunc");
    return rat(Q.sub(x.value, Q.mul(y.value, Q.fromInt(q))));
  }
  return subR(x, mulR(y, int(truncR(divR(x, y), ctx))));
}

/**
 * -1, 0 or 1: exact for exact values; lazy reals are refined until the sign of the difference is certain. A
 * difference that may be exactly 0 raises LimitError limit-digits; nan raises DomainError out-of-domain.
 */
export function compare(a: RealLike, b: RealLike, ctx: NumCtx): -1 | 0 | 1 {
  return compareR(a, b, ctx);
}

/** Exact equality for exact values (canonical forms, then the sign of the difference); reals as compare. */
export function equals(a: Num, b: Num, ctx: NumCtx): boolean {
  const [ar, ai] = C.parts(a);
  const [br, bi] = C.parts(b);
  const nan = (x: RealLike) => x.kind === "real" && R.enclose(x.approx, 32, ctx) === "nan";
  if (nan(ar) || nan(ai) || nan(br) || nan(bi)) return false;
  return compareR(ar, br, ctx) === 0 && compareR(ai, bi, ctx) === 0;
}

/** The exact integer value of n, or DomainError not-integer naming `what`. */
export function toBigInt(n: Num, what: string): bigint {
  if (n.kind === "rational" && n.value.den === 1n) return n.value.num;
  throw domainError("not-integer", `${what} must be an integer`);
}

/** float64 approximation (correctly rounded for rationals and when decidable); NaN for non-real complex values. */
export function toFloat(n: Num, ctx: NumCtx): number {
  if (n.kind === "complex") return NaN;
  if (n.kind === "rational") return Q.toNumber(n.value);
  return R.realToNumber(approxOf(n), ctx);
}

export interface DecimalText {
  readonly text: string;
  readonly exact: boolean;
  readonly certain: boolean;
  readonly errorBound?: string;
}

/**
 * Decimal text of a real-line value at `digits` significant digits, correctly rounded (ties to even); `exact`
 * says the text equals the value. `certain: false` (with errorBound) when the rounding could not be decided.
 */
export function toDecimal(n: RealLike, digits: number, ctx: NumCtx): DecimalText {
  if (n.kind === "rational") {
    const r = R.rationalToDecimal(n.value, digits);
    return { text: r.text, exact: r.exact, certain: true };
  }
  const r = R.realToDecimal(approxOf(n), digits, ctx);
  const out: DecimalText = { text: r.text, exact: false, certain: r.certain };
  return r.errorBound !== undefined ? { ...out, errorBound: r.errorBound } : out;
}

/** Is this an exact value of the symbolic kind whose form is a sum (for parenthesizing)? */
export function isSum(n: Num): boolean {
  const f = n.kind === "complex" ? undefined : toForm(n);
  return !!f && f.terms.length > 1;
}

/** A single term +-1 * constants (pi^k, e^k): its powers only change exponents, never grow digits. */
function monomialUnit(a: RealLike): boolean {
  if (a.kind !== "symbolic" || a.form.terms.length !== 1) return false;
  const t = a.form.terms[0]!;
  return t.mono.roots.length === 0 && !t.mono.nested?.length && t.coef.den === 1n && (t.coef.num === 1n || t.coef.num === -1n);
}

/** Digits per unit of exponent of an exact complex power: denominators grow, and |z| when |z| > 1. */
function complexDigits(re: RealLike, im: RealLike): number {
  const part = (x: RealLike) => (x.kind === "rational" ? log10Abs(x.value.den) : exactDigits(x));
  const n2 = C.norm2({ kind: "complex", re, im });
  const mag = n2.kind === "rational" ? (log10Abs(n2.value.num) - log10Abs(n2.value.den)) / 2 : exactDigits(n2);
  return part(re) + part(im) + Math.max(0, mag);
}

/** log10|n| from the leading 53 bits (0 for |n| <= 1). */
function log10Abs(n: bigint): number {
  const b = bitLen(n);
  if (b <= 1) return 0;
  const shift = Math.max(0, b - 53);
  return Math.log10(Math.abs(Number(n >> BigInt(shift)))) + shift * Math.log10(2);
}
