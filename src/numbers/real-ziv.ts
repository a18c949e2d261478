// The Ziv loop, in one place: evaluate the ball at p bits, accept when the answer is decided by the whole ball
// (both ends round to the same decimal, the sign is known, ...), else double p. The loop stops at the precision
// cap (precCap) or when the next MPFR call is predicted to exceed the time left; then the best answer is returned
// marked uncertain with an error bound. See docs/rounding.md.
import { UlpError } from "../core/index.js";
import type { NumCtx } from "./num.js";
import * as M from "./mpfr.js";
import { RNDD, RNDN, RNDU } from "./mpfr.js";
import * as G from "./real-mag.js";
import * as Bl from "./real-ball.js";
import type { NumBall } from "./real-ball.js";
import { evalBall, hardPrecLimit, type RealNode } from "./real.js";
import { formatDigits } from "./real-decimal.js";
import type { Rational } from "./rational.js";

const LOG2_10 = Math.log2(10);
/** Guard bits added to the precision that `digits` decimal digits need. */
export const GUARD_BITS = 24;

/** Bits that represent `digits` significant decimal digits, plus the guard. */
export function bitsFor(digits: number): number {
  return Math.ceil(digits * LOG2_10) + GUARD_BITS;
}

/**
 * The largest working precision the loop may reach from a start of p0 bits: min(hard, soft) where
 * hard = 4 * limits.digits * log2(10) (about 4x the largest allowed output) and soft = max(64 * p0, 8192) bits,
 * so that an undecidable question (is sin(pi) zero?) costs a bounded amount of work.
 */
export function precCap(p0: number, ctx: NumCtx): number {
  const hard = hardPrecLimit(ctx.budget);
  return Math.max(p0, Math.min(hard, Math.max(64 * p0, 8192)));
}

/** True when a LimitError is a predicted (not yet spent) time overrun while time is still left: stop refining. */
function predictedTimeout(e: unknown, ctx: NumCtx): boolean {
  return e instanceof UlpError && e.code === "limit-time" && ctx.budget.remainingMs() > 0;
}

/** Runs step(p) for p = p0, 2 p0, ... up to the cap; step returns a value to stop with, or undefined to refine. */
function ziv<T>(
  x: RealNode,
  p0: number,
  ctx: NumCtx,
  step: (ball: ReturnType<typeof evalBall>, p: number) => T | undefined,
): T | undefined {
  const cap = precCap(p0, ctx);
  for (let p = p0; p <= cap; p = p * 2 > cap && p < cap ? cap : p * 2) {
    let ball;
    try {
      ball = evalBall(x, p, ctx.budget);
    } catch (e) {
      if (predictedTimeout(e, ctx) && p > p0) return undefined;
      throw e;
    }
    const out = step(ball, p);
    if (out !== undefined) return out;
    ctx.budget.checkTime();
  }
  return undefined;
}
/** Lower (dir < 0) or upper end of a finite ball, at p + 64 bits rounded outward (a rigorous bound). Caller frees. */
function end(x: NumBall, p: number, dir: -1 | 1): M.Ptr {
  const b = M.mp();
  const r = Bl.s(9);
  M.set2exp(r, x.rad.m, x.rad.e);
  const y = M.alloc(p + 64);
  if (dir < 0) b.mpfr_sub(y, x.mid, r, RNDD);
  else b.mpfr_add(y, x.mid, r, RNDU);
  return y;
}

type Decimal = { text: string; certain: boolean; errorBound?: string };

/**
 * x correctly rounded (nearest, ties to even) to `digits` significant digits, in the contract's text format;
 * "inf" / "-inf" / "nan" for non-finite values. `certain: false` (with `errorBound`, an upper bound of |x - text|)
 * when the loop could not decide the rounding within the precision cap or the time limit: a value that may be
 * exactly zero, or that lies on (or extremely near) a rounding tie. Throws LimitError digits above limits.digits.
 */
export function realToDecimal(x: RealNode, digits: number, ctx: NumCtx): Decimal {
  ctx.budget.checkDigits(digits, "the requested output");
  const n = Math.max(1, Math.floor(digits));
  // Constants (pi, e, ...) are pure functions of the digits asked for: remember their correctly rounded text.
  const constKey = x.args.length === 0 && CONSTANT_LEAVES.has(x.op) ? `${x.op}:${n}` : undefined;
  const known = constKey !== undefined ? constantDecimals.get(constKey) : undefined;
  if (known) return known;
  const result = decimalOf(x, n, ctx);
  if (constKey !== undefined && result.certain) {
    if (constantDecimals.size >= CONSTANT_CACHE_SIZE) constantDecimals.delete(constantDecimals.keys().next().value!);
    constantDecimals.set(constKey, result);
  }
  return result;
}

const CONSTANT_LEAVES: ReadonlySet<string> = new Set(["pi", "e", "euler", "catalan", "ln2"]);
const CONSTANT_CACHE_SIZE = 32;
/** Insertion-ordered, so the oldest entry is evicted first; bounded (32 texts of at most limits.digits chars). */
const constantDecimals = new Map<string, Decimal>();

function decimalOf(x: RealNode, n: number, ctx: NumCtx): Decimal {
  let best: Decimal = { text: "nan", certain: false, errorBound: "inf" };
  const out =
    ziv<Decimal>(x, bitsFor(n), ctx, (ball, p) => {
      if (ball.kind === "nan") return { text: "nan", certain: true };
      if (ball.kind === "wide") return undefined;
      if (M.isInf(ball.mid)) return { text: M.sgn(ball.mid) > 0 ? "inf" : "-inf", certain: true };
      if (Bl.isExact(ball) && M.isZero(ball.mid)) return { text: "0", certain: true };
      const lo = end(ball, p, -1);
      const hi = end(ball, p, 1);
      const a = M.toDecimalDigits(lo, n, RNDN);
      const c = M.toDecimalDigits(hi, n, RNDN);
      M.free(lo);
      M.free(hi);
      if (a.neg === c.neg && a.exp10 === c.exp10 && a.digits === c.digits) {
        return { text: formatDigits(a.neg, a.digits, a.exp10 - 1, n), certain: true };
      }
      best = uncertain(ball, n);
      return undefined;
    });
  return out ?? best;
}

/** The best text of an undecided ball and a bound of its distance to the true value. */
function uncertain(ball: NumBall, n: number): Decimal {
  if (Bl.containsZero(ball)) {
    return { text: "0", certain: false, errorBound: G.toText(G.add(Bl.magOf(ball.mid), ball.rad)) };
  }
  const m = M.toDecimalDigits(ball.mid, n, RNDN);
  // |x - text| <= rad + half a unit in the last printed place (10^(k - n + 1) / 2 <= 2^ceil((k - n + 1) log2 10)).
  const k = m.exp10 - 1;
  const halfUnit = G.pow2(Math.ceil((k - n + 1) * LOG2_10));
  return { text: formatDigits(m.neg, m.digits, k, n), certain: false, errorBound: G.toText(G.add(ball.rad, halfUnit)) };
}

/**
 * Sign of x, decided by refining the ball until it excludes 0: 0 only when the ball is exactly zero (an exact
 * zero leaf or an exact computation such as 1/2 - 1/2); undefined when the ball still contains 0 at the
 * precision cap or the time limit (x may be 0), or when x is NaN.
 */
export function realSign(x: RealNode, ctx: NumCtx): -1 | 0 | 1 | undefined {
  const r =
    ziv<-1 | 0 | 1 | "nan">(x, Math.max(64, bitsFor(Math.min(ctx.digits, 64))), ctx, (ball) => {
      if (ball.kind === "nan") return "nan";
      if (ball.kind === "wide") return undefined;
      if (Bl.isExact(ball) && M.isZero(ball.mid)) return 0;
      if (M.isInf(ball.mid) || !Bl.containsZero(ball)) return M.sgn(ball.mid) > 0 ? 1 : -1;
      return undefined;
    });
  return r === "nan" ? undefined : r;
}

/**
 * Rigorous enclosure lo <= x <= hi as exact rationals, refined until hi - lo <= 2^-prec * max(|x|, 1)-ish
 * (relative for |x| >= 1... precisely: rad <= 2^-prec |mid|, or rad <= 2^-prec absolute), or until the cap, in
 * which case the (wider) enclosure is still returned. "inf"/"-inf"/"nan" for non-finite x; "nan" also when no
 * finite enclosure was found (a ball straddling a pole).
 */
export function enclose(x: RealNode, prec: number, ctx: NumCtx): { lo: Rational; hi: Rational } | "inf" | "-inf" | "nan" {
  const p0 = Math.max(16, Math.ceil(prec)) + 16;
  // The bounds of the latest finite ball, copied out at once (a cached ball is freed when its node is re-evaluated).
  let bounds: { lo: Rational; hi: Rational } | undefined;
  const out = ziv<"inf" | "-inf" | "nan" | "done">(x, p0, ctx, (ball, p) => {
    if (ball.kind === "nan") return "nan";
    if (ball.kind === "wide") return undefined;
    if (M.isInf(ball.mid)) return M.sgn(ball.mid) > 0 ? "inf" : "-inf";
    const lo = end(ball, p, -1);
    const hi = end(ball, p, 1);
    bounds = { lo: M.toRational(lo), hi: M.toRational(hi) };
    M.free(lo);
    M.free(hi);
    const target = M.isZero(ball.mid) ? -prec : M.exponent(ball.mid) - 1 - prec;
    return G.cmp(ball.rad, G.pow2(target)) <= 0 ? "done" : undefined;
  });
  if (out === "inf" || out === "-inf" || out === "nan") return out;
  return bounds ?? "nan";
}

/** The float64 nearest to x (ties to even) when decidable within the cap; otherwise the nearest to the midpoint. */
export function realToNumber(x: RealNode, ctx: NumCtx): number {
  const b = M.mp();
  let best = NaN;
  const out =
    ziv<number>(x, 64, ctx, (ball, p) => {
      if (ball.kind === "nan") return NaN;
      if (ball.kind === "wide") return undefined;
      if (M.isInf(ball.mid)) return M.sgn(ball.mid) > 0 ? Infinity : -Infinity;
      const lo = end(ball, p, -1);
      const hi = end(ball, p, 1);
      const a = b.mpfr_get_d(lo, RNDN) as number;
      const c = b.mpfr_get_d(hi, RNDN) as number;
      M.free(lo);
      M.free(hi);
      best = b.mpfr_get_d(ball.mid, RNDN) as number;
      return Object.is(a, c) ? a : undefined;
    });
  return out ?? best;
}
