// Midpoint-radius balls over MPFR: the true value lies in [mid - rad, mid + rad]. Arithmetic propagates radii
// with rigorous upper bounds (Mag rounds up) plus the rounding error of the midpoint (MPFR's RNDN: at most half an
// ulp; we charge a full ulp). References: van der Hoeven, "Ball arithmetic" (2009); Johansson, Arb (2017).
import type { Budget } from "../core/index.js";
import { limitError } from "../core/index.js";
import * as M from "./mpfr.js";
import { RNDD, RNDN, RNDU, type Ptr } from "./mpfr.js";
import * as G from "./real-mag.js";
import type { Mag } from "./real-mag.js";
import { checkCost } from "./real-cost.js";

/** num: finite or infinite midpoint (an infinite midpoint always has rad 0); nan: the value is NaN;
 *  wide: no useful enclosure at this precision (a ball straddling a pole or a domain edge): undecided. */
export type Ball = { readonly kind: "num"; readonly mid: Ptr; readonly rad: Mag } | { readonly kind: "nan" } | { readonly kind: "wide" };

export const NAN_BALL: Ball = Object.freeze({ kind: "nan" });
export const WIDE_BALL: Ball = Object.freeze({ kind: "wide" });
export type NumBall = Extract<Ball, { kind: "num" }>;

/** Low precision (bits) for derivative bounds and endpoints: cheap, and rigorous through directed rounding. */
export const LP = 64;
let scratch: Ptr[] = [];
/** 64-bit scratch registers, reused; callers must not hold them across calls into this module. */
export function s(i: number): Ptr {
  if (scratch.length === 0) scratch = Array.from({ length: 10 }, () => M.alloc(LP));
  return scratch[i]!;
}

/** Upper bound of |x|. */
export function magOf(x: Ptr): Mag {
  if (M.isZero(x)) return G.MAG_ZERO;
  if (!M.isNumber(x)) return G.MAG_INF;
  const { m, e } = M.absTo2exp(x, RNDU);
  return G.mul2exp(G.fromNumber(m), e);
}

/** Lower bound of |x| (as a Mag value that is <= |x|). */
export function magLowOf(x: Ptr): Mag {
  if (M.isZero(x)) return G.MAG_ZERO;
  if (!M.isNumber(x)) return G.MAG_INF;
  const { m, e } = M.absTo2exp(x, RNDD);
  // m is exact-or-below; shave a little to stay below after Mag normalization (which is exact).
  return G.mul2exp({ m: m === 1 ? 0.5 : m, e: 0 }, m === 1 ? e + 1 : e);
}

/** One ulp of a finite nonzero value y of precision p (MPFR's RNDN error is at most half of it). */
export function ulp(y: Ptr, p: number): Mag {
  if (M.isZero(y) || !M.isNumber(y)) return G.MAG_ZERO;
  return G.pow2(M.exponent(y) - p);
}

/** A ball owning a fresh midpoint y, just computed by one MPFR call (call clearFlags() before that call):
 *  over/underflow becomes a LimitError, NaN becomes nan (exact inputs) or wide (inexact inputs). */
export function finish(y: Ptr, ternary: number, p: number, rad: Mag, inputsInfinite: boolean, inputsWide: boolean): Ball {
  const b = M.mp();
  const flow = b.mpfr_overflow_p() !== 0 ? 1 : b.mpfr_underflow_p() !== 0 ? -1 : 0;
  b.mpfr_clear_flags();
  if (flow !== 0 && !inputsInfinite && !M.isNan(y)) {
    M.free(y);
    throw limitError(
      "digits",
      0,
      `an intermediate real is ${flow > 0 ? "above" : "below"} the exponent range of MPFR (about 10^${flow > 0 ? "" : "-"}323228496)`,
    );
  }
  if (M.isNan(y)) {
    M.free(y);
    return inputsWide ? WIDE_BALL : NAN_BALL;
  }
  if (M.isInf(y)) return { kind: "num", mid: y, rad: G.MAG_ZERO };
  if (G.isInf(rad)) {
    M.free(y);
    return WIDE_BALL;
  }
  return { kind: "num", mid: y, rad: ternary !== 0 ? G.add(rad, ulp(y, p)) : rad };
}

export function clearFlags(): void {
  M.mp().mpfr_clear_flags();
}

export function freeBall(b: Ball): void {
  if (b.kind === "num") M.free(b.mid);
}

export const isExact = (b: NumBall): boolean => G.isZero(b.rad);
const infinite = (b: NumBall): boolean => M.isInf(b.mid);
/** Whether 0 lies in the ball. */
export function containsZero(b: NumBall): boolean {
  if (M.isZero(b.mid)) return true;
  if (infinite(b)) return false;
  return G.cmp(magLowOf(b.mid), b.rad) <= 0;
}

/** Ball from a rational, rounded to p bits. */
export function fromRational(q: import("./rational.js").Rational, p: number): Ball {
  const y = M.alloc(p);
  clearFlags();
  let t: number;
  const b = M.mp();
  if (p >= 32 && q.den !== 1n && q.den <= 0xffffffffn && q.num >= -0x7fffffffn && q.num <= 0x7fffffffn) {
    b.mpfr_set_si(y, Number(q.num) as never, RNDN); // exact: 31 bits fit in p >= 32
    t = b.mpfr_div_ui(y, y, Number(q.den) as never, RNDN); // one correctly rounded division
  } else t = M.setRational(y, q, RNDN);
  return finish(y, t, p, G.MAG_ZERO, false, false);
}

/** Ball from an MPFR constant function (const_pi ...), correctly rounded at p bits. */
export function constant(fn: (y: Ptr) => number, p: number, budget: Budget, what: string): Ball {
  checkCost(what, p, 0, budget);
  const y = M.alloc(p);
  clearFlags();
  const t = fn(y);
  return finish(y, t, p, G.MAG_ZERO, false, false);
}

/** Lower bound (64-bit, into scratch register i) of mid - rad; upper bound of mid + rad into j. */
export function endpoints64(x: NumBall, i: number, j: number): void {
  const b = M.mp();
  const r = s(9);
  M.set2exp(r, x.rad.m, x.rad.e);
  b.mpfr_sub(s(i), x.mid, r, RNDD);
  b.mpfr_add(s(j), x.mid, r, RNDU);
}

/**
 * Runs `fn` with the scratch registers at `prec` bits instead of LP, then sets them back: for derivative bounds
 * of arguments closer to a pole than 2^-LP relative (tan(pi/2 - 1e-30), zeta(1 + 1e-30)), where LP-bit endpoints
 * would swallow the pole the ball itself avoids.
 */
export function withScratchPrecision<T>(prec: number, fn: () => T): T {
  const b = M.mp();
  s(0);
  for (const r of scratch) b.mpfr_set_prec(r, prec);
  try {
    return fn();
  } finally {
    for (const r of scratch) b.mpfr_set_prec(r, LP);
  }
}

/** Lower bound of |x| over the ball (0 when it contains 0), as a Mag. */
export function minAbs(x: NumBall): Mag {
  if (containsZero(x)) return G.MAG_ZERO;
  const b = M.mp();
  const r = s(9);
  M.set2exp(r, x.rad.m, x.rad.e);
  b.mpfr_abs(s(8), x.mid, RNDD);
  b.mpfr_sub(s(8), s(8), r, RNDD);
  return M.sgn(s(8)) <= 0 ? G.MAG_ZERO : magLowOf(s(8));
}

export function add(x: Ball, y: Ball, p: number, negateY = false): Ball {
  if (x.kind !== "num" || y.kind !== "num") return x.kind === "nan" || y.kind === "nan" ? NAN_BALL : WIDE_BALL;
  const b = M.mp();
  const r = M.alloc(p);
  clearFlags();
  const t = negateY ? b.mpfr_sub(r, x.mid, y.mid, RNDN) : b.mpfr_add(r, x.mid, y.mid, RNDN);
  const inf = infinite(x) || infinite(y);
  return finish(r, t, p, inf ? G.MAG_ZERO : G.add(x.rad, y.rad), inf, !isExact(x) || !isExact(y));
}

export function mul(x: Ball, y: Ball, p: number): Ball {
  if (x.kind !== "num" || y.kind !== "num") return x.kind === "nan" || y.kind === "nan" ? NAN_BALL : WIDE_BALL;
  const inf = infinite(x) || infinite(y);
  if (inf && ((!isExact(x) && containsZero(x)) || (!isExact(y) && containsZero(y)))) return WIDE_BALL;
  const b = M.mp();
  const r = M.alloc(p);
  clearFlags();
  const t = b.mpfr_mul(r, x.mid, y.mid, RNDN);
  const rad = inf
    ? G.MAG_ZERO
    : G.add(G.add(G.mul(magOf(x.mid), y.rad), G.mul(magOf(y.mid), x.rad)), G.mul(x.rad, y.rad));
  return finish(r, t, p, rad, inf, !isExact(x) || !isExact(y));
}

export function div(x: Ball, y: Ball, p: number): Ball {
  if (x.kind !== "num" || y.kind !== "num") return x.kind === "nan" || y.kind === "nan" ? NAN_BALL : WIDE_BALL;
  if (containsZero(y)) return isExact(y) && isExact(x) ? NAN_BALL : WIDE_BALL;
  const b = M.mp();
  const r = M.alloc(p);
  clearFlags();
  const t = b.mpfr_div(r, x.mid, y.mid, RNDN);
  const inf = infinite(x) || infinite(y);
  let rad = G.MAG_ZERO;
  if (!inf && !(isExact(x) && isExact(y))) {
    // |x/y - xm/ym| <= (rx + |xm/ym| ry) / (|ym| - ry)
    const q = G.add(magOf(r), ulp(r, p));
    rad = G.div(G.add(x.rad, G.mul(q, y.rad)), minAbs(y));
  }
  return finish(r, t, p, rad, inf, !isExact(x) || !isExact(y));
}

/** -x or |x| (exact on the midpoint). */
export function negAbs(x: Ball, p: number, abs: boolean): Ball {
  if (x.kind !== "num") return x;
  const b = M.mp();
  const r = M.alloc(p);
  clearFlags();
  const t = abs ? b.mpfr_abs(r, x.mid, RNDN) : b.mpfr_neg(r, x.mid, RNDN);
  return finish(r, t, p, x.rad, infinite(x), false);
}

/** Ball [lo, hi] from two p-bit bounds (consumed: freed here). */
export function fromInterval(lo: Ptr, hi: Ptr, p: number): Ball {
  const b = M.mp();
  if (!M.isNumber(lo) || !M.isNumber(hi) || b.mpfr_cmp(lo, hi) > 0) {
    const nan = M.isNan(lo) && M.isNan(hi);
    M.free(lo);
    M.free(hi);
    return nan ? NAN_BALL : WIDE_BALL;
  }
  const m = M.alloc(p);
  const t = b.mpfr_add(m, lo, hi, RNDN);
  clearFlags();
  b.mpfr_mul_2si(m, m, -1 as never, RNDN);
  b.mpfr_sub(s(0), hi, m, RNDU);
  b.mpfr_sub(s(1), m, lo, RNDU);
  const rad = G.max(magOf(s(0)), magOf(s(1)));
  M.free(lo);
  M.free(hi);
  // The midpoint's own rounding is covered: rad is measured from the rounded m.
  return finish(m, 0 * t, p, rad, false, false);
}
