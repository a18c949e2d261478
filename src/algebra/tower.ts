// The algebra layer's view of the numeric tower: Num arithmetic through numbers/index.ts (the contract names in
// CONTRIBUTING.md), with an exact fallback on rationals, radicals and complex-with-rational-parts so the symbolic
// machinery works before (and independently of) the full tower. Every function here is exact or delegates.
import { domainError } from "../core/index.js";
import * as N from "../numbers/index.js";
import { Q, type Num, type NumCtx, type Rational, type RealLike } from "../numbers/index.js";

/** The tower operations algebra uses (contract names); each may be missing while the tower is being built. */
interface TowerApi {
  add(a: Num, b: Num, ctx: NumCtx): Num;
  sub(a: Num, b: Num, ctx: NumCtx): Num;
  mul(a: Num, b: Num, ctx: NumCtx): Num;
  div(a: Num, b: Num, ctx: NumCtx): Num;
  neg(a: Num): Num;
  pow(a: Num, b: Num, ctx: NumCtx): Num;
  applyFunction(name: string, args: readonly Num[], ctx: NumCtx): Num;
  exactText(n: Num, style?: "text" | "latex"): string | undefined;
  toDecimal(n: RealLike, digits: number, ctx: NumCtx): { text: string; exact: boolean };
  toFloat(n: Num, ctx: NumCtx): number;
  compare(a: RealLike, b: RealLike, ctx: NumCtx): -1 | 0 | 1;
  isExact(n: Num): boolean;
  constant(name: string): Num | undefined;
}
const T = N as unknown as Partial<TowerApi>;

export const rat = (q: Rational): Num => ({ kind: "rational", value: q });
export const int = (n: bigint | number): Num => rat(Q.fromInt(n));
export const ZERO_NUM = int(0);
export const ONE_NUM = int(1);
export const MINUS_ONE_NUM = int(-1);

/** The rational value of n, when n is an exact rational. */
export function asRational(n: Num): Rational | undefined {
  return n.kind === "rational" ? n.value : undefined;
}

export function isZeroNum(n: Num): boolean {
  return n.kind === "rational" && n.value.num === 0n;
}
export function isOneNum(n: Num): boolean {
  return n.kind === "rational" && n.value.num === 1n && n.value.den === 1n;
}

/** -n, exact. */
export function negNum(n: Num): Num {
  switch (n.kind) {
    case "rational":
      return rat(Q.neg(n.value));
    case "radical":
      return { kind: "radical", a: Q.neg(n.a), b: Q.neg(n.b), d: n.d };
    case "complex":
      return { kind: "complex", re: negNum(n.re) as RealLike, im: negNum(n.im) as RealLike };
    default:
      if (T.neg) return T.neg(n);
      throw new Error("negation of this number needs the numeric tower");
  }
}

/** True when n is "visibly negative" for printing: a negative rational, a radical -b*sqrt(d), or -a. */
export function looksNegative(n: Num): boolean {
  if (n.kind === "rational") return n.value.num < 0n;
  if (n.kind === "radical") return Q.isZero(n.a) ? n.b.num < 0n : n.a.num < 0n;
  if (n.kind === "complex") return false;
  const t = T.exactText?.(n);
  return t !== undefined && t.startsWith("-");
}

function binRational(op: "add" | "sub" | "mul" | "div", a: Rational, b: Rational): Rational {
  switch (op) {
    case "add":
      return Q.add(a, b);
    case "sub":
      return Q.sub(a, b);
    case "mul":
      return Q.mul(a, b);
    case "div":
      return Q.div(a, b);
  }
}

/** a op b: exact when both are exact (delegates to the tower; rational fallback). Division by exact 0 throws. */
export function arith(op: "add" | "sub" | "mul" | "div", a: Num, b: Num, ctx: NumCtx): Num {
  if (op === "div" && isZeroNum(b)) throw domainError("division-by-zero", "division by zero");
  if (a.kind === "rational" && b.kind === "rational") return rat(binRational(op, a.value, b.value));
  const f = T[op];
  if (f) return f(a, b, ctx);
  throw new Error(`${op} of these numbers needs the numeric tower`);
}

/** a^b through the tower; rational^integer exactly in the fallback. */
export function powNum(a: Num, b: Num, ctx: NumCtx): Num {
  if (a.kind === "rational" && b.kind === "rational" && b.value.den === 1n) {
    if (a.value.num === 0n && b.value.num < 0n) throw domainError("division-by-zero", "division by zero (0 to a negative power)");
    // digits of |p/q|^n: about n * log10(max(|p|, q)); 1^n and (-1)^n stay one digit.
    const lg = Math.max(Q.bitLength(a.value.num), Q.bitLength(a.value.den)) - 1;
    ctx.budget.checkDigits(lg * 0.30103 * Math.abs(Number(b.value.num)) + 1, "the power");
    return rat(Q.powInt(a.value, b.value.num));
  }
  if (T.pow) return T.pow(a, b, ctx);
  throw new Error("this power needs the numeric tower");
}

export function applyFn(name: string, args: readonly Num[], ctx: NumCtx): Num | undefined {
  if (T.applyFunction) return T.applyFunction(name, args, ctx);
  return undefined;
}

/** float64 approximation of n (for compile and starting points). */
export function numToFloat(n: Num, ctx?: NumCtx): number {
  switch (n.kind) {
    case "rational":
      return Q.toNumber(n.value);
    case "radical":
      return Q.toNumber(n.a) + Q.toNumber(n.b) * Math.sqrt(Number(n.d));
    default:
      if (n.kind !== "complex" && T.toFloat && ctx) return T.toFloat(n, ctx);
      return NaN;
  }
}

export function isExactNum(n: Num): boolean {
  if (n.kind === "rational" || n.kind === "radical") return true;
  if (n.kind === "real") return false;
  if (T.isExact) return T.isExact(n);
  return n.kind === "symbolic" || (n.kind === "complex" && isExactNum(n.re) && isExactNum(n.im));
}

/** Exact ulp-syntax text of n ("-7/2", "2*sqrt(2)", "(3 + sqrt(5))/2", "3 + 2i"), or undefined for reals. */
export function numExactText(n: Num): string | undefined {
  if (T.exactText) {
    const t = T.exactText(n);
    if (t !== undefined) return t;
  }
  switch (n.kind) {
    case "rational":
      return Q.toString(n.value);
    case "radical":
      return radicalText(n.a, n.b, n.d);
    case "complex": {
      const re = numExactText(n.re);
      const im = numExactText(n.im);
      if (re === undefined || im === undefined) return undefined;
      const imPart = im === "1" ? "i" : im === "-1" ? "-i" : /^-?[0-9]+$/.test(im) ? `${im}i` : `(${im})*i`;
      if (re === "0") return imPart;
      return imPart.startsWith("-") ? `${re} - ${imPart.slice(1)}` : `${re} + ${imPart}`;
    }
    default:
      return undefined;
  }
}

/** a + b*sqrt(d) in the team's text form: `2*sqrt(2)`, `sqrt(5)/2`, `(3 + sqrt(5))/2`. */
export function radicalText(a: Rational, b: Rational, d: bigint): string {
  const den = lcm(a.den, b.den);
  const an = a.num * (den / a.den);
  const bn = b.num * (den / b.den);
  const absB = bn < 0n ? -bn : bn;
  const rad = absB === 1n ? `sqrt(${d})` : `${absB}*sqrt(${d})`;
  let body: string;
  if (an === 0n) body = bn < 0n ? `-${rad}` : rad;
  else body = `${an} ${bn < 0n ? "-" : "+"} ${rad}`;
  if (den === 1n) return body;
  return an === 0n ? `${body}/${den}` : `(${body})/${den}`;
}

export function lcm(a: bigint, b: bigint): bigint {
  return (a / Q.gcd(a, b)) * b;
}

/** Decimal text of a real-line number at `digits` significant digits (tower), or undefined without the tower. */
export function numDecimal(n: RealLike, digits: number, ctx: NumCtx): string | undefined {
  if (T.toDecimal) return T.toDecimal(n, digits, ctx).text;
  if (n.kind === "rational") return String(Q.toNumber(n.value));
  if (n.kind === "radical") return String(numToFloat(n));
  return undefined;
}

/** Structural equality of two numbers (same representation; exact values are normalized by the tower). */
export function numEquals(a: Num, b: Num): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "rational":
      return Q.eq(a.value, (b as typeof a).value);
    case "radical": {
      const r = b as typeof a;
      return a.d === r.d && Q.eq(a.a, r.a) && Q.eq(a.b, r.b);
    }
    case "complex": {
      const c = b as typeof a;
      return numEquals(a.re, c.re) && numEquals(a.im, c.im);
    }
    default: {
      const ta = numExactText(a);
      return ta !== undefined && ta === numExactText(b);
    }
  }
}

/** A 32-bit structural hash of a number, consistent with numEquals. */
export function numHash(n: Num): number {
  switch (n.kind) {
    case "rational":
      return hashString(`q${n.value.num}/${n.value.den}`);
    case "radical":
      return hashString(`r${n.a.num}/${n.a.den}:${n.b.num}/${n.b.den}:${n.d}`);
    case "complex":
      return mix(mix(7, numHash(n.re)), numHash(n.im));
    default:
      return hashString(`s${numExactText(n) ?? ""}`);
  }
}

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x9e3779b1);
  return (h ^ (h >>> 15)) >>> 0;
}

/** A named constant of the tower (pi, e), when the tower provides it. */
export function constantNum(name: string): Num | undefined {
  return T.constant?.(name);
}

/** Exact LaTeX of n from the tower (`2\\sqrt{2}`, `\\frac{\\pi}{4}`), when it provides one. */
export function numExactLatex(n: Num): string | undefined {
  return T.exactText?.(n, "latex");
}
