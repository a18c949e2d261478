// gamma, lgamma (ln|Gamma|) and zeta on balls. Right of the poles: derivative bounds (Gamma is convex on x > 0,
// so max Gamma is at an endpoint; digamma is increasing; zeta is convex and decreasing on s > 1, so |zeta'(a)| is
// at most a secant slope). Left: the reflection formulas, composed in ball arithmetic (so their error is rigorous):
//   Gamma(x) = pi / (sin(pi x) Gamma(1-x)),  ln|Gamma(x)| = ln pi - ln|sin(pi x)| - ln|Gamma(1-x)|,
//   zeta(s) = 2^s pi^(s-1) sin(pi s/2) Gamma(1-s) zeta(1-s);  zeta is decreasing on (-2.717, 1) (endpoints there).
import type { Budget } from "../core/index.js";
import type { GMPFunctions } from "gmp-wasm";
import * as M from "./mpfr.js";
import { RNDD, RNDN, RNDU, type Ptr } from "./mpfr.js";
import * as G from "./real-mag.js";
import type { Mag } from "./real-mag.js";
import * as Bl from "./real-ball.js";
import { s, type Ball, type NumBall, WIDE_BALL } from "./real-ball.js";
import { unary, monotoneEval, type UnaryDef } from "./real-fn.js";

const A = () => s(0);
const B = () => s(1);
let signPtr = 0;

/** max(|digamma(a)|, |digamma(b)|) rounded up, for 0 < a <= b (digamma is increasing there). */
function digammaBound(b: GMPFunctions): Mag {
  b.mpfr_digamma(s(2), A(), RNDD);
  b.mpfr_digamma(s(3), B(), RNDU);
  return G.max(Bl.magOf(s(2)), Bl.magOf(s(3)));
}

/** Runs fn with a list that collects temporaries, freeing all of them except the returned ball. */
function scoped(fn: (keep: (b: Ball) => Ball) => Ball): Ball {
  const temps: Ball[] = [];
  try {
    const out = fn((b) => (temps.push(b), b));
    for (const t of temps) if (t !== out) Bl.freeBall(t);
    return out;
  } catch (e) {
    for (const t of temps) Bl.freeBall(t);
    throw e;
  }
}

function constPi(p: number, budget: Budget): Ball {
  return Bl.constant((y) => M.mp().mpfr_const_pi(y, RNDN), p, budget, "pi");
}

/** Upper end of the ball below `c`? */
function upperBelow(x: NumBall, c: number): boolean {
  Bl.endpoints64(x, 0, 1);
  return M.mp().mpfr_cmp_d(B(), c as never) < 0;
}

function gammaReflect(x: NumBall, p: number, budget: Budget, log: boolean): Ball {
  if (!upperBelow(x, 0.5)) return WIDE_BALL;
  return scoped((k) => {
    const pi = k(constPi(p, budget));
    const sn = k(unary("sin", k(Bl.mul(pi, x, p)), p, budget));
    const omx = k(Bl.add(k(Bl.fromRational({ num: 1n, den: 1n }, p)), x, p, true));
    if (!log) return Bl.div(pi, k(Bl.mul(sn, k(unary("gamma", omx, p, budget)), p)), p);
    const lnpi = k(unary("ln", pi, p, budget));
    const lnsin = k(unary("ln", k(Bl.negAbs(sn, p, true)), p, budget));
    return Bl.add(k(Bl.add(lnpi, lnsin, p, true)), k(unary("lgamma", omx, p, budget)), p, true);
  });
}

function zetaReflect(x: NumBall, p: number, budget: Budget): Ball {
  return scoped((k) => {
    const one = k(Bl.fromRational({ num: 1n, den: 1n }, p));
    const half = k(Bl.fromRational({ num: 1n, den: 2n }, p));
    const pi = k(constPi(p, budget));
    const ln2 = k(Bl.constant((y) => M.mp().mpfr_const_log2(y, RNDN), p, budget, "ln2"));
    const omx = k(Bl.add(one, x, p, true));
    // 2^s pi^(s-1) = exp(s ln 2 - (1-s) ln pi)
    const e1 = k(Bl.mul(x, ln2, p));
    const e2 = k(Bl.mul(omx, k(unary("ln", pi, p, budget)), p));
    const pw = k(unary("exp", k(Bl.add(e1, e2, p, true)), p, budget));
    const sn = k(unary("sin", k(Bl.mul(k(Bl.mul(pi, x, p)), half, p)), p, budget));
    const g = k(unary("gamma", omx, p, budget));
    const z = k(unary("zeta", omx, p, budget));
    return Bl.mul(k(Bl.mul(pw, sn, p)), k(Bl.mul(g, z, p)), p);
  });
}

export const SPECIAL: ReadonlyMap<string, UnaryDef> = new Map<string, UnaryDef>([
  [
    "gamma",
    {
      f: (b) => b.mpfr_gamma,
      deriv: (b) => {
        if (M.sgn(A()) <= 0) return undefined;
        // Gamma is convex on x > 0: its maximum over [a, b] is at an endpoint.
        b.mpfr_gamma(s(4), A(), RNDU);
        b.mpfr_gamma(s(5), B(), RNDU);
        return G.mul(G.max(Bl.magOf(s(4)), Bl.magOf(s(5))), digammaBound(b));
      },
      fallback: (x, p, budget) => gammaReflect(x, p, budget, false),
    },
  ],
  [
    "lgamma",
    {
      f: (b) => {
        if (signPtr === 0) signPtr = b.malloc(8 as never) as unknown as number;
        return (y: Ptr, x: Ptr, rnd) => b.mpfr_lgamma(y, signPtr as never, x, rnd);
      },
      deriv: (b) => (M.sgn(A()) <= 0 ? undefined : digammaBound(b)),
      fallback: (x, p, budget) => gammaReflect(x, p, budget, true),
    },
  ],
  [
    "zeta",
    {
      f: (b) => b.mpfr_zeta,
      deriv: (b) => {
        // a > 1: |zeta'(a)| <= (zeta(a - d) - zeta(a)) / d with d = (a - 1)/2 (zeta convex and decreasing).
        if (b.mpfr_cmp_ui(A(), 1) <= 0) return undefined;
        b.mpfr_sub_ui(s(2), A(), 1, RNDD);
        b.mpfr_mul_2si(s(2), s(2), -1 as never, RNDD); // d
        b.mpfr_sub(s(3), A(), s(2), RNDU); // a - d, rounded up: still > 1 and the secant bound still holds
        b.mpfr_sub(s(2), A(), s(3), RNDD); // the actual distance, rounded down
        if (M.sgn(s(2)) <= 0) return undefined;
        b.mpfr_zeta(s(4), s(3), RNDU);
        b.mpfr_zeta(s(5), A(), RNDD);
        b.mpfr_sub(s(4), s(4), s(5), RNDU);
        b.mpfr_div(s(4), s(4), s(2), RNDU);
        return Bl.magOf(s(4));
      },
      fallback: (x, p, budget) => {
        if (upperBelow(x, -2.71)) return zetaReflect(x, p, budget);
        Bl.endpoints64(x, 0, 1);
        const b = M.mp();
        if (b.mpfr_cmp_d(A(), -2.71 as never) > 0 && b.mpfr_cmp_ui(B(), 1) < 0) {
          return monotoneEval((bb) => bb.mpfr_zeta, -1, undefined, x, p);
        }
        return WIDE_BALL;
      },
    },
  ],
]);
