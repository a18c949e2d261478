// Two-argument and composed real functions on balls: x^y, n-th roots, atan2, hypot, sec/csc/cot.
// Error bounds: x^n and roots by sup|f'| over the ball; x^y with an inexact y as exp(y ln x) in ball arithmetic;
// atan2 by |grad| = 1/|(x, y)| away from the branch cut; hypot by |grad| <= 1; sec = 1/cos etc. in balls.
import { limitError, type Budget } from "../core/index.js";
import * as M from "./mpfr.js";
import { RNDD, RNDN, RNDU, type Ptr } from "./mpfr.js";
import * as G from "./real-mag.js";
import * as Bl from "./real-ball.js";
import { s, type Ball, WIDE_BALL, NAN_BALL } from "./real-ball.js";
import { applyUnary, unary, argExp, minAbs, type UnaryDef } from "./real-fn.js";
import { checkCost } from "./real-cost.js";
import type { Rational } from "./rational.js";

const A = () => s(0);
const B = () => s(1);
const ONE_Q: Rational = { num: 1n, den: 1n };

/** x^n for an integer n with |n| < 2^31 (x^0 = 1, including 0^0). */
export function powInt(x: Ball, n: number, p: number, budget: Budget): Ball {
  if (n === 0) return Bl.fromRational(ONE_Q, p);
  // The result's binary exponent is about n * exponent(x): refuse before MPFR overflows (which would give NaN).
  if (x.kind === "num" && M.isNumber(x.mid) && !M.isZero(x.mid)) {
    const { m, e } = M.absTo2exp(x.mid, RNDN);
    const log2 = n * (e + Math.log2(m));
    if (Math.abs(log2) > 2 ** 30 - 64) {
      throw limitError("digits", budget.limits.digits, `a power is outside the exponent range of reals (about 10^${log2 > 0 ? "" : "-"}323228496)`);
    }
  }
  const def: UnaryDef = {
    f: (b) => (y, a, rnd) => b.mpfr_pow_si(y, a, n as never, rnd),
    deriv: (b) => {
      // |n x^(n-1)|: largest at max|x| for n >= 1, at min|x| for n <= -1.
      if (n > 0) {
        b.mpfr_abs(s(2), A(), RNDU);
        b.mpfr_abs(s(3), B(), RNDU);
        b.mpfr_max(s(2), s(2), s(3), RNDU);
      } else {
        minAbs(b, 2);
        if (M.isZero(s(2))) return undefined;
      }
      b.mpfr_pow_si(s(2), s(2), (n - 1) as never, RNDU);
      return G.mul(Bl.magOf(s(2)), G.fromNumber(Math.abs(n)));
    },
  };
  return applyUnary(def, "pow", x, p, budget);
}

/** The real n-th root (n >= 2; odd n accepts negative x). */
export function root(x: Ball, n: number, p: number, budget: Budget): Ball {
  if (n === 2) return unary("sqrt", x, p, budget);
  if (n === 3) return unary("cbrt", x, p, budget);
  const def: UnaryDef = {
    f: (b) => (y, a, rnd) => b.mpfr_rootn_ui(y, a, n as never, rnd),
    deriv: (b) => {
      // |x|^(1/n - 1) / n, decreasing in |x|: largest at min|x| = m > 0, bounded by root(m)/(n m).
      const m = minAbs(b, 2);
      if (M.isZero(m)) return undefined;
      b.mpfr_rootn_ui(s(4), m, n as never, RNDU);
      b.mpfr_mul_ui(s(5), m, n as never, RNDD);
      b.mpfr_div(s(4), s(4), s(5), RNDU);
      return Bl.magOf(s(4));
    },
    mono: 1,
    domain: n % 2 === 0 ? [0, Infinity] : undefined,
  };
  return applyUnary(def, "root", x, p, budget);
}

/** x^y for a general y: one correctly rounded call when both are exact, else exp(y ln x) in balls. */
export function pow(x: Ball, y: Ball, p: number, budget: Budget): Ball {
  if (x.kind !== "num" || y.kind !== "num") return x.kind === "nan" || y.kind === "nan" ? NAN_BALL : WIDE_BALL;
  const b = M.mp();
  if (Bl.isExact(x) && Bl.isExact(y)) {
    checkCost("pow", p, Math.max(argExp(x), argExp(y)), budget);
    const r = M.alloc(p);
    Bl.clearFlags();
    const t = b.mpfr_pow(r, x.mid, y.mid, RNDN);
    return Bl.finish(r, t, p, G.MAG_ZERO, M.isInf(x.mid) || M.isInf(y.mid), false);
  }
  if (Bl.isExact(x) && M.isZero(x.mid)) {
    // 0^y = 0 for y > 0 (the tower only builds x^y with x = 0 for positive y)
    return Bl.containsZero(y) || M.sgn(y.mid) < 0 ? WIDE_BALL : Bl.fromRational({ num: 0n, den: 1n }, p);
  }
  const l = unary("ln", x, p, budget);
  const e = Bl.mul(y, l, p);
  Bl.freeBall(l);
  try {
    return unary("exp", e, p, budget);
  } finally {
    Bl.freeBall(e);
  }
}

/** atan2(y, x) in (-pi, pi]; atan2(+0, x < 0) = pi. */
export function atan2(y: Ball, x: Ball, p: number, budget: Budget): Ball {
  if (x.kind !== "num" || y.kind !== "num") return x.kind === "nan" || y.kind === "nan" ? NAN_BALL : WIDE_BALL;
  const b = M.mp();
  checkCost("atan2", p, 0, budget);
  const call = (): [Ptr, number] => {
    const r = M.alloc(p);
    Bl.clearFlags();
    return [r, b.mpfr_atan2(r, y.mid, x.mid, RNDN)];
  };
  if (Bl.isExact(x) && Bl.isExact(y)) {
    const [r, t] = call();
    return Bl.finish(r, t, p, G.MAG_ZERO, M.isInf(x.mid) || M.isInf(y.mid), false);
  }
  if (M.isInf(x.mid) || M.isInf(y.mid)) return WIDE_BALL;
  if (Bl.isExact(y) && M.isZero(y.mid)) {
    if (Bl.containsZero(x)) return WIDE_BALL;
    if (M.sgn(x.mid) > 0) return Bl.fromRational({ num: 0n, den: 1n }, p);
    return Bl.constant((r) => b.mpfr_const_pi(r, RNDN), p, budget, "pi");
  }
  // Away from the branch cut {x <= 0, y = 0}, |grad atan2| = 1/|(x, y)| <= 1/h, h = |(min|x|, min|y|)|.
  if (Bl.containsZero(y) && (Bl.containsZero(x) || M.sgn(x.mid) < 0)) return WIDE_BALL;
  const h = lowerHypot(Bl.minAbs(x), Bl.minAbs(y));
  if (G.isZero(h)) return WIDE_BALL;
  const [r, t] = call();
  return Bl.finish(r, t, p, G.div(G.add(x.rad, y.rad), h), false, true);
}

/** A lower bound of sqrt(a^2 + b^2) from lower bounds a, b: max(a, b). */
function lowerHypot(a: G.Mag, c: G.Mag): G.Mag {
  return G.max(a, c);
}

/** sqrt(x^2 + y^2). */
export function hypot(x: Ball, y: Ball, p: number, budget: Budget): Ball {
  if (x.kind !== "num" || y.kind !== "num") return x.kind === "nan" || y.kind === "nan" ? NAN_BALL : WIDE_BALL;
  checkCost("hypot", p, 0, budget);
  const r = M.alloc(p);
  Bl.clearFlags();
  const t = M.mp().mpfr_hypot(r, x.mid, y.mid, RNDN);
  const inf = M.isInf(x.mid) || M.isInf(y.mid);
  return Bl.finish(r, t, p, inf ? G.MAG_ZERO : G.add(x.rad, y.rad), inf, !Bl.isExact(x) || !Bl.isExact(y));
}

/** sec = 1/cos, csc = 1/sin, cot = cos/sin, in ball arithmetic. */
export function reciprocalTrig(op: "sec" | "csc" | "cot", x: Ball, p: number, budget: Budget): Ball {
  const num = op === "cot" ? unary("cos", x, p, budget) : Bl.fromRational(ONE_Q, p);
  try {
    const den = unary(op === "sec" ? "cos" : "sin", x, p, budget);
    const out = Bl.div(num, den, p);
    Bl.freeBall(den);
    return out;
  } finally {
    Bl.freeBall(num);
  }
}

