// Real functions on balls. A function of an exact ball is one correctly rounded MPFR call. For an inexact ball
// [m - r, m + r] the midpoint f(m) is correctly rounded and the radius grows by r * sup|f'| over the ball (mean
// value theorem), sup|f'| being bounded with 64-bit directed-rounding MPFR calls; where that bound is unavailable
// a monotone function is evaluated at both endpoints with directed rounding; poles and domain edges give "wide".
import type { Budget } from "../core/index.js";
import { limitError } from "../core/index.js";
import type { GMPFunctions } from "gmp-wasm";
import * as M from "./mpfr.js";
import { RNDD, RNDN, RNDU, type Ptr, type Rnd } from "./mpfr.js";
import * as G from "./real-mag.js";
import type { Mag } from "./real-mag.js";
import * as Bl from "./real-ball.js";
import { s, type Ball, type NumBall, WIDE_BALL, NAN_BALL } from "./real-ball.js";
import { checkCost } from "./real-cost.js";

type Fn = (rop: Ptr, op: Ptr, rnd: Rnd) => number;
/** sup |f'| over [a, b] (64-bit scratch registers 0 and 1 hold a <= b); undefined when unbounded/unknown. */
type Deriv = (b: GMPFunctions, x: NumBall) => Mag | undefined;

export interface UnaryDef {
  readonly f: (b: GMPFunctions) => Fn;
  readonly deriv: Deriv;
  /** Monotone direction on the whole domain (used when deriv is undefined), and the domain to clamp to. */
  readonly mono?: 1 | -1;
  readonly domain?: readonly [number, number];
  /** Reflection or other composition for balls the derivative bound does not cover. */
  readonly fallback?: (x: NumBall, p: number, budget: Budget) => Ball;
}

const ONE = G.fromNumber(1);
const mag = (x: Ptr): Mag => Bl.magOf(x);
const A = () => s(0);
const B = () => s(1);

/** max(|a|, |b|) into register i (exact). */
function maxAbs(b: GMPFunctions, i: number): Ptr {
  b.mpfr_abs(s(i), A(), RNDU);
  b.mpfr_abs(s(i + 1), B(), RNDU);
  b.mpfr_max(s(i), s(i), s(i + 1), RNDU);
  return s(i);
}
/** min |x| over [a, b] (0 when it straddles 0) into register i (exact). */
export function minAbs(b: GMPFunctions, i: number): Ptr {
  if (M.sgn(A()) <= 0 && M.sgn(B()) >= 0) b.mpfr_set_ui(s(i), 0, RNDN);
  else {
    b.mpfr_abs(s(i), A(), RNDD);
    b.mpfr_abs(s(i + 1), B(), RNDD);
    b.mpfr_min(s(i), s(i), s(i + 1), RNDD);
  }
  return s(i);
}
/** 1 / sqrt(1 - t^2) rounded up, t = register i (|t| < 1), else undefined. */
function invSqrt1m(b: GMPFunctions, i: number): Mag | undefined {
  b.mpfr_sqr(s(7), s(i), RNDU);
  b.mpfr_ui_sub(s(7), 1, s(7), RNDD);
  if (M.sgn(s(7)) <= 0) return undefined;
  b.mpfr_sqrt(s(7), s(7), RNDD);
  b.mpfr_ui_div(s(7), 1, s(7), RNDU);
  return mag(s(7));
}

const d1: Deriv = () => ONE;
const dExpB: Deriv = (b) => (b.mpfr_exp(s(2), B(), RNDU), mag(s(2)));
/** c / a for a > 0 (logarithms: c = 1/ln(base)). */
const dRecip = (c: number, shift: number): Deriv => (b) => {
  b.mpfr_add_si(s(2), A(), shift as never, RNDD);
  if (M.sgn(s(2)) <= 0) return undefined;
  b.mpfr_ui_div(s(2), 1, s(2), RNDU);
  return G.mul(mag(s(2)), G.fromNumber(c));
};

const UNARY: ReadonlyMap<string, UnaryDef> = new Map<string, UnaryDef>([
  ["exp", { f: (b) => b.mpfr_exp, deriv: dExpB, mono: 1 }],
  ["expm1", { f: (b) => b.mpfr_expm1, deriv: dExpB, mono: 1 }],
  ["ln", { f: (b) => b.mpfr_log, deriv: dRecip(1, 0), mono: 1 }],
  ["log1p", { f: (b) => b.mpfr_log1p, deriv: dRecip(1, 1), mono: 1 }],
  ["log2", { f: (b) => b.mpfr_log2, deriv: dRecip(1 / Math.LN2, 0), mono: 1 }],
  ["log10", { f: (b) => b.mpfr_log10, deriv: dRecip(1 / Math.LN10, 0), mono: 1 }],
  [
    "sqrt",
    {
      f: (b) => b.mpfr_sqrt,
      deriv: (b) => {
        if (M.sgn(A()) <= 0) return undefined;
        b.mpfr_sqrt(s(2), A(), RNDD);
        b.mpfr_ui_div(s(2), 1, s(2), RNDU);
        return G.mul2exp(mag(s(2)), -1);
      },
      mono: 1,
      domain: [0, Infinity],
    },
  ],
  [
    "cbrt",
    {
      f: (b) => b.mpfr_cbrt,
      deriv: (b) => {
        const m = minAbs(b, 2);
        if (M.isZero(m)) return undefined;
        b.mpfr_cbrt(s(2), m, RNDD);
        b.mpfr_sqr(s(2), s(2), RNDD);
        b.mpfr_mul_ui(s(2), s(2), 3, RNDD);
        b.mpfr_ui_div(s(2), 1, s(2), RNDU);
        return mag(s(2));
      },
      mono: 1,
    },
  ],
  ["sin", { f: (b) => b.mpfr_sin, deriv: d1 }],
  ["cos", { f: (b) => b.mpfr_cos, deriv: d1 }],
  [
    "tan",
    {
      f: (b) => b.mpfr_tan,
      deriv: (b) => {
        // No pole inside when cos keeps one strict sign at both ends of an interval shorter than pi.
        b.mpfr_sub(s(2), B(), A(), RNDU);
        if (b.mpfr_cmp_ui(s(2), 1) >= 0) return undefined;
        const sign = (x: Ptr): number => {
          b.mpfr_cos(s(3), x, RNDD);
          b.mpfr_cos(s(4), x, RNDU);
          return M.sgn(s(3)) > 0 ? 1 : M.sgn(s(4)) < 0 ? -1 : 0;
        };
        const sa = sign(A());
        if (sa === 0 || sa !== sign(B())) return undefined;
        // 1 + tan^2 is largest at an endpoint of a pole-free interval.
        b.mpfr_tan(s(3), A(), RNDA_ABS(b, A()));
        b.mpfr_tan(s(4), B(), RNDA_ABS(b, B()));
        const t = G.max(mag(s(3)), mag(s(4)));
        return G.add(ONE, G.mul(t, t));
      },
    },
  ],
  [
    "asin",
    { f: (b) => b.mpfr_asin, deriv: (b) => invSqrt1m(b, maxIdx(b)), mono: 1, domain: [-1, 1] },
  ],
  [
    "acos",
    { f: (b) => b.mpfr_acos, deriv: (b) => invSqrt1m(b, maxIdx(b)), mono: -1, domain: [-1, 1] },
  ],
  [
    "atan",
    {
      f: (b) => b.mpfr_atan,
      deriv: (b) => {
        const m = minAbs(b, 2);
        b.mpfr_sqr(s(2), m, RNDD);
        b.mpfr_add_ui(s(2), s(2), 1, RNDD);
        b.mpfr_ui_div(s(2), 1, s(2), RNDU);
        return mag(s(2));
      },
    },
  ],
  ["sinh", { f: (b) => b.mpfr_sinh, deriv: (b) => (b.mpfr_cosh(s(4), maxAbs(b, 2), RNDU), mag(s(4))), mono: 1 }],
  ["cosh", { f: (b) => b.mpfr_cosh, deriv: (b) => (b.mpfr_sinh(s(4), maxAbs(b, 2), RNDU), mag(s(4))) }],
  ["tanh", { f: (b) => b.mpfr_tanh, deriv: d1 }],
  [
    "asinh",
    {
      f: (b) => b.mpfr_asinh,
      deriv: (b) => {
        const m = minAbs(b, 2);
        b.mpfr_sqr(s(2), m, RNDD);
        b.mpfr_add_ui(s(2), s(2), 1, RNDD);
        b.mpfr_rec_sqrt(s(2), s(2), RNDU);
        return mag(s(2));
      },
    },
  ],
  [
    "acosh",
    {
      f: (b) => b.mpfr_acosh,
      deriv: (b) => {
        b.mpfr_sqr(s(2), A(), RNDD);
        b.mpfr_sub_ui(s(2), s(2), 1, RNDD);
        if (M.sgn(A()) <= 0 || M.sgn(s(2)) <= 0) return undefined;
        b.mpfr_rec_sqrt(s(2), s(2), RNDU);
        return mag(s(2));
      },
      mono: 1,
      domain: [1, Infinity],
    },
  ],
  [
    "atanh",
    {
      f: (b) => b.mpfr_atanh,
      deriv: (b) => {
        const m = maxAbs(b, 2);
        b.mpfr_sqr(s(2), m, RNDU);
        b.mpfr_ui_sub(s(2), 1, s(2), RNDD);
        if (M.sgn(s(2)) <= 0) return undefined;
        b.mpfr_ui_div(s(2), 1, s(2), RNDU);
        return mag(s(2));
      },
      mono: 1,
    },
  ],
  ["erf", { f: (b) => b.mpfr_erf, deriv: (b) => dErf(b), mono: 1 }],
  ["erfc", { f: (b) => b.mpfr_erfc, deriv: (b) => dErf(b), mono: -1 }],
]);

/** Direction rounding |f| up for a value whose sign is that of x (for odd functions like tan near 0). */
function RNDA_ABS(_b: GMPFunctions, x: Ptr): Rnd {
  return M.sgn(x) < 0 ? RNDD : RNDU;
}
/** Register holding max(|a|, |b|). */
function maxIdx(b: GMPFunctions): number {
  maxAbs(b, 2);
  return 2;
}
/** |erf'| = 2/sqrt(pi) exp(-x^2) <= 1.1284 exp(-min|x|^2). */
function dErf(b: GMPFunctions): Mag {
  const m = minAbs(b, 2);
  b.mpfr_sqr(s(2), m, RNDD);
  b.mpfr_neg(s(2), s(2), RNDU);
  b.mpfr_exp(s(2), s(2), RNDU);
  return G.mul(mag(s(2)), G.fromNumber(1.1283791670955126));
}

export function unaryDef(op: string): UnaryDef | undefined {
  return UNARY.get(op) ?? SPECIAL.get(op);
}

/** Binary exponent of a finite midpoint (0 for zero), used by the cost model. */
export function argExp(x: NumBall): number {
  return M.isNumber(x.mid) && !M.isZero(x.mid) ? M.exponent(x.mid) : 0;
}

// Largest |x| whose exp is inside MPFR's exponent range: emax * ln 2 with emax = 2^30 - 1.
const EXP_ARG_MAX = 744261117;
const EXP_LIKE = new Set(["exp", "expm1", "sinh", "cosh"]);

/** f(x) on a ball at p bits (see the header for the error bound). */
export function unary(op: string, x: Ball, p: number, budget: Budget): Ball {
  const def = unaryDef(op);
  if (!def) throw new Error(`unknown real function ${op}`);
  return applyUnary(def, op, x, p, budget);
}

/** f(x) for a function given by its definition (`op` names it for the cost model). */
export function applyUnary(def: UnaryDef, op: string, x: Ball, p: number, budget: Budget): Ball {
  if (x.kind !== "num") return x;
  const b = M.mp();
  const call = (arg: Ptr, rnd: Rnd): [Ptr, number] => {
    const y = M.alloc(p);
    Bl.clearFlags();
    return [y, def.f(b)(y, arg, rnd)];
  };
  if (M.isInf(x.mid)) {
    const [y, t] = call(x.mid, RNDN);
    return Bl.finish(y, t, p, G.MAG_ZERO, true, false);
  }
  if (EXP_LIKE.has(op) && b.mpfr_cmpabs_ui(x.mid, EXP_ARG_MAX) > 0) {
    throw limitError("digits", budget.limits.digits, `${op} of an argument beyond 7.4e8 is outside the exponent range of reals`);
  }
  checkCost(op, p, argExp(x), budget);
  if (Bl.isExact(x)) {
    const [y, t] = call(x.mid, RNDN);
    return Bl.finish(y, t, p, G.MAG_ZERO, false, false);
  }
  Bl.endpoints64(x, 0, 1);
  let d = def.deriv(b, x);
  if ((d === undefined || G.isInf(d)) && M.prec(x.mid) > Bl.LP) {
    // LP-bit endpoints can swallow a pole the ball itself avoids (tan(pi/2 - 1e-30)): retry at full precision.
    d = Bl.withScratchPrecision(M.prec(x.mid) + 16, () => {
      Bl.endpoints64(x, 0, 1);
      return def.deriv(b, x);
    });
  }
  b.mpfr_clear_flags();
  if (d !== undefined && !G.isInf(d)) {
    const [y, t] = call(x.mid, RNDN);
    if (M.isNan(y)) {
      M.free(y);
      return WIDE_BALL;
    }
    return Bl.finish(y, t, p, G.mul(d, x.rad), false, true);
  }
  if (def.fallback) return def.fallback(x, p, budget);
  if (def.mono) return monotoneEval(def.f, def.mono, def.domain, x, p);
  return WIDE_BALL;
}

/** [f(a), f(b)] (or reversed) with directed rounding at p bits, endpoints clamped to the function's domain. */
export function monotoneEval(
  fn: (b: GMPFunctions) => Fn,
  dir: 1 | -1,
  domain: readonly [number, number] | undefined,
  x: NumBall,
  p: number,
): Ball {
  const b = M.mp();
  const a = M.alloc(p + 64);
  const c = M.alloc(p + 64);
  const r = s(9);
  M.set2exp(r, x.rad.m, x.rad.e);
  b.mpfr_sub(a, x.mid, r, RNDD);
  b.mpfr_add(c, x.mid, r, RNDU);
  if (domain) {
    if (b.mpfr_cmp_d(a, domain[0] as never) < 0) b.mpfr_set_d(a, domain[0] as never, RNDN);
    if (b.mpfr_cmp_d(c, domain[1] as never) > 0) b.mpfr_set_d(c, domain[1] as never, RNDN);
  }
  const lo = M.alloc(p);
  const hi = M.alloc(p);
  const f = fn(b);
  if (dir === 1) {
    f(lo, a, RNDD);
    f(hi, c, RNDU);
  } else {
    f(lo, c, RNDD);
    f(hi, a, RNDU);
  }
  M.free(a);
  M.free(c);
  Bl.clearFlags();
  return Bl.fromInterval(lo, hi, p);
}

// gamma, lgamma, zeta: derivative bounds on the right half-line, reflection formulas on the left (real-special.ts).
import { SPECIAL } from "./real-special.js";
export { NAN_BALL };
