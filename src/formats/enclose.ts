// Rigorous rational enclosures lo <= x <= hi of exact-tower numbers, and the Ziv loop that rounds an inexact
// number into a format: enclose at mbits + 20 bits, round both ends, equal codes => done, else double the bits.
import { Q, enclose, approxOf, type Rational, type Num, type NumCtx } from "../numbers/index.js";
import { typeError, domainError, limitError, type RoundingMode } from "../core/index.js";
import type { NumberFormat, OverflowPolicy } from "./types.js";
import { roundRational, roundNonFinite } from "./round.js";

/** Integer square root floor(sqrt(n)), n >= 0. Exact. */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((Q.bitLength(n) >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/**
 * A rational enclosure [lo, hi] of x whose width is at most about 2^-prec times the magnitude of its terms.
 * Exact numbers give lo = hi. Rationals and radicals a + b*sqrt(d) are handled here exactly; symbolic and real
 * numbers through the numbers layer's rigorous enclose (MPFR balls); complex is a TypeError. A non-finite real
 * throws NonFinite (callers map it to inf/NaN codes).
 */
export function encloseNum(x: Num, prec: number, ctx: NumCtx): readonly [Rational, Rational] {
  switch (x.kind) {
    case "rational":
      return [x.value, x.value];
    case "radical": {
      const k = BigInt(prec + 8);
      const s = isqrt(x.d << (2n * k));
      const den = 1n << k;
      const lo = Q.add(x.a, Q.mul(x.b, Q.make(s, den)));
      const hi = Q.add(x.a, Q.mul(x.b, Q.make(s + 1n, den)));
      return Q.cmp(lo, hi) <= 0 ? [lo, hi] : [hi, lo];
    }
    case "complex":
      throw typeError("a complex number cannot be rounded into a real number format");
    default: {
      const e = enclose(approxOf(x), prec, ctx);
      if (typeof e === "string") throw new NonFinite(e);
      return [e.lo, e.hi];
    }
  }
}

/** Thrown by encloseNum for a non-finite real (inf, -inf, nan). */
export class NonFinite extends Error {
  constructor(readonly which: "inf" | "-inf" | "nan") {
    super(which);
  }
}

/**
 * The code of x rounded into f: correctly rounded (Ziv: both ends of an enclosure round to the same code). Exact
 * inputs round directly. Throws LimitError("digits") when the enclosure would need more bits than the digits
 * limit allows (only possible for an inexact value extremely close to a rounding boundary).
 */
export function roundNum(
  f: NumberFormat,
  x: Num,
  mode: RoundingMode,
  overflow: OverflowPolicy,
  u: number,
  ctx: NumCtx,
): bigint {
  if (x.kind === "rational") return roundRational(f, x.value, mode, overflow, u);
  try {
    return roundEnclosed(f, (prec) => encloseNum(x, prec, ctx), mode, overflow, u, ctx);
  } catch (e) {
    if (!(e instanceof NonFinite)) throw e;
    const c = roundNonFinite(f, e.which === "nan" ? "nan" : "inf", e.which === "-inf" ? 1 : 0, overflow);
    if (c === null) throw domainError("out-of-domain", `${f.name} cannot hold ${e.which}`);
    return c;
  }
}

/**
 * Ziv's loop over any enclosure function: the code both ends of [lo, hi] round to, refining (doubling the bits)
 * until they agree. Correctly rounded whenever the value is not exactly a rounding boundary (a boundary that is
 * never enclosed exactly runs into the digits limit: LimitError).
 */
export function roundEnclosed(
  f: NumberFormat,
  enclose: (prec: number) => readonly [Rational, Rational],
  mode: RoundingMode,
  overflow: OverflowPolicy,
  u: number,
  ctx: NumCtx,
): bigint {
  const cap = Math.max(256, Math.ceil(ctx.budget.limits.digits * 3.33));
  for (let prec = f.mbits + 20; ; prec *= 2) {
    if (prec > cap) throw limitError("digits", ctx.budget.limits.digits, "rounding needs more precision than the digits limit allows");
    ctx.budget.tick();
    const [lo, hi] = enclose(prec);
    const a = roundRational(f, lo, mode, overflow, u);
    if (Q.eq(lo, hi)) return a;
    const b = roundRational(f, hi, mode, overflow, u);
    if (a === b) return a;
  }
}

/** An enclosure of sqrt(q), q >= 0 rational, with about `prec` bits; exact (lo = hi) for perfect squares. */
export function encloseSqrt(q: Rational, prec: number): readonly [Rational, Rational] {
  const n = isqrt(q.num);
  const d = isqrt(q.den);
  if (n * n === q.num && d * d === q.den) return [Q.make(n, d), Q.make(n, d)];
  // sqrt(num/den) = sqrt(num*den)/den; scale by 4^k so the integer root has prec + 8 bits
  const nd = q.num * q.den;
  const k = Math.max(0, prec + 8 - (Q.bitLength(nd) >> 1));
  const s = isqrt(nd << BigInt(2 * k));
  const den = q.den << BigInt(k);
  return [Q.make(s, den), Q.make(s + 1n, den)];
}
