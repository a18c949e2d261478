// Roots, exponential and logarithm over the tower: exact special values first (sqrt(8) = 2*sqrt(2), ln(e) = 1,
// log(8, 2) = 3, exp(i*pi) = -1), principal complex branches (sqrt(-1) = i, ln(-1) = i*pi), lazy reals otherwise.
// Domains are checked here before any real node is built: ln(0) is a pole, a real root of a negative is complex.
import { domainError } from "../core/index.js";
import * as Q from "./rational.js";
import type { Rational } from "./rational.js";
import * as S from "./symbolic.js";
import type { Num, RealLike, NumCtx } from "./num.js";
import { exactRoot } from "./integer.js";
import {
  addR, subR, mulR, divR, negR, signR, fromForm, toForm, rat, realApply, complex, isZeroR, ZERO, ONE,
} from "./tower.js";
import * as C from "./complex.js";
import { cosPi, sinPi, piMultiple, atanPiExact, piTimes } from "./trig-exact.js";

const HALF = Q.make(1n, 2n);

/** Square root of a non-negative real-line value: exact for rationals, monomials, radicals (denested or nested). */
function sqrtNonNeg(x: RealLike): RealLike {
  if (x.kind === "rational") return fromForm(S.rootForm(x.value, 2)!);
  const f = toForm(x);
  const r = f && S.sqrtForm(f);
  return r ? fromForm(r) : realApply("sqrt", x);
}

/** Principal square root: exact where a radical form exists; sqrt(-x) = i*sqrt(x); complex by the half-angle formula. */
export function sqrt(z: Num, ctx: NumCtx): Num {
  if (z.kind !== "complex") {
    const s = signR(z, ctx);
    return s >= 0 ? sqrtNonNeg(z) : complex(ZERO, sqrtNonNeg(negR(z)));
  }
  // sqrt(z) = sqrt((|z| + re)/2) + i sign(im) sqrt((|z| - re)/2)
  const m = sqrtNonNeg(C.norm2(z));
  const re = sqrtNonNeg(mulR(addR(m, z.re), rat(HALF)));
  const im = sqrtNonNeg(mulR(subR(m, z.re), rat(HALF)));
  return complex(re, signR(z.im, ctx) < 0 ? negR(im) : im);
}

/** Real n-th root (n a positive integer): exact when a radical form exists; odd roots of negatives are negative. */
export function nthroot(x: Num, n: bigint, ctx: NumCtx): Num {
  if (n <= 0n) throw domainError("out-of-domain", "nthroot needs a positive integer degree");
  if (x.kind === "complex") return pow(x, rat(Q.make(1n, n)), ctx);
  if (n === 1n) return x;
  const s = signR(x, ctx);
  if (s < 0 && n % 2n === 0n) throw domainError("out-of-domain", `an even root (${n}) of a negative number is not real`);
  const ax = s < 0 ? negR(x) : x;
  let r: RealLike | undefined;
  const f = toForm(ax);
  if (f && n <= BigInt(S.MAX_ROOT_DEGREE)) {
    const p = S.powRational(f, Q.make(1n, n)) ?? S.nestedRoot(f, Number(n));
    if (p) r = fromForm(p);
  }
  r ??=
    n === 3n
      ? realApply("cbrt", ax)
      : n === 2n
        ? realApply("sqrt", ax)
        : n <= 1_000_000n
          ? realApply("root", ax, rat(Q.fromInt(n)))
          : realApply("pow", ax, rat(Q.make(1n, n)));
  return s < 0 ? negR(r) : r;
}

/** e^k as an exact form for an integer k. */
const ePow = (k: bigint): RealLike => fromForm(S.constForm("e", Q.fromInt(k)));

/** exp(x): exp(0) = 1, exp(n) = e^n exactly for integers n, exp(r*pi*i) exactly where cos/sin are; else lazy. */
export function exp(z: Num, _ctx?: NumCtx): Num {
  if (z.kind !== "complex") return expReal(z);
  const r = piMultiple(z.im);
  let c: Num;
  if (r !== undefined) {
    const cs = cosPi(r);
    const sn = sinPi(r);
    c = cs && sn ? complex(cs, sn) : complex(realApply("cos", z.im), realApply("sin", z.im));
  } else c = complex(realApply("cos", z.im), realApply("sin", z.im));
  return C.mul(expReal(z.re), c);
}

function expReal(x: RealLike): RealLike {
  if (x.kind === "rational") {
    if (Q.isZero(x.value)) return ONE;
    if (Q.isInteger(x.value) && Q.bitLength(x.value.num) < 64) return ePow(x.value.num);
  }
  return realApply("exp", x);
}

/** r when x is exactly e^r (r an integer or half), else undefined. */
function eExponent(x: RealLike): Rational | undefined {
  if (x.kind !== "symbolic" || x.form.terms.length !== 1) return undefined;
  const t = x.form.terms[0]!;
  if (!Q.eq(t.coef, Q.ONE) || t.mono.roots.length || t.mono.nested?.length || t.mono.consts.length !== 1) return undefined;
  const [c, e] = t.mono.consts[0]!;
  return c === "e" ? e : undefined;
}

/** Natural logarithm of a positive real-line value: ln(1) = 0, ln(e^k) = k exactly; else lazy. */
function lnPos(x: RealLike): RealLike {
  if (x.kind === "rational" && Q.eq(x.value, Q.ONE)) return ZERO;
  const k = eExponent(x);
  if (k) return rat(k);
  return realApply("ln", x);
}

/** Principal natural log: ln(0) is a pole (DomainError); ln(-x) = ln(x) + i*pi; ln(z) = ln|z| + i*arg(z). */
export function ln(z: Num, ctx: NumCtx): Num {
  if (z.kind !== "complex") {
    const s = signR(z, ctx);
    if (s === 0) throw domainError("pole", "the logarithm of 0 is a pole");
    return s > 0 ? lnPos(z) : complex(lnPos(negR(z)), piTimes(Q.ONE));
  }
  const m = C.norm2(z);
  const lm = mulR(lnPos(m), rat(HALF));
  return complex(lm, arg(z, ctx));
}

/**
 * log of x in base b: exact when x and b are positive rationals with x = b^(p/q) (log(8, 2) = 3, log(2, 8) = 1/3)
 * or exact powers of e; otherwise ln(x)/ln(b). Base 1 is out of domain; x = 0 is a pole.
 */
export function log(x: Num, b: Num, ctx: NumCtx): Num {
  // x = r^(1/Kx), b = s^(1/Kb) with rationals r, s > 0 (rationals and radical monomials): log_b x = (Kb/Kx) log_s r
  const xr = x.kind !== "complex" ? rationalPower(x) : undefined;
  const br = b.kind !== "complex" ? rationalPower(b) : undefined;
  if (xr && br) {
    if (Q.eq(br.r, Q.ONE)) throw domainError("out-of-domain", "a logarithm in base 1 is undefined");
    const k = exactLogRatio(xr.r, br.r, ctx);
    if (k) return rat(Q.mul(k, Q.make(BigInt(br.k), BigInt(xr.k))));
  }
  // log_b(-x) = log_b(x) + i pi / ln(b) for x > 0 and b > 0: keeps an exact real part (log(-8, 2) = 3 + ...i)
  if (x.kind !== "complex" && b.kind !== "complex" && x.kind !== "real" && signR(x, ctx) < 0 && signR(b, ctx) > 0) {
    const re = log(negR(x), b, ctx);
    const lb0 = ln(b, ctx);
    if (isZeroR(lb0 as RealLike)) throw domainError("out-of-domain", "a logarithm in base 1 is undefined");
    return C.add(re, C.div(complex(ZERO, piTimes(Q.ONE)), lb0));
  }
  const lb = ln(b, ctx);
  if (isZeroR(lb as RealLike)) throw domainError("out-of-domain", "a logarithm in base 1 is undefined");
  return C.div(ln(x, ctx), lb);
}

/** x = r^(1/k) with r a positive rational, for positive rationals and positive radical monomials (c * m^(1/j)...). */
function rationalPower(x: RealLike): { r: Rational; k: number } | undefined {
  if (x.kind === "rational") return Q.sign(x.value) > 0 ? { r: x.value, k: 1 } : undefined;
  const f = toForm(x);
  if (!f || f.terms.length !== 1) return undefined;
  const t = f.terms[0]!;
  if (t.mono.consts.length || t.mono.nested?.length || Q.sign(t.coef) <= 0) return undefined;
  let k = 1;
  for (const [j] of t.mono.roots) k = (k / Number(Q.gcd(BigInt(k), BigInt(j)))) * j;
  if (k > S.MAX_ROOT_DEGREE) return undefined;
  const p = S.powInt(f, BigInt(k));
  const r = p && S.asRational(p);
  return r ? { r, k } : undefined;
}

/** p/q with x = b^(p/q) exactly (x, b > 0 rationals, b != 1, q <= 64), else undefined. */
function exactLogRatio(x: Rational, b: Rational, ctx: NumCtx): Rational | undefined {
  if (Q.eq(x, Q.ONE)) return Q.ZERO;
  const k = approxLog2(x) / approxLog2(b);
  if (!Number.isFinite(k) || Math.abs(k) > 1e6) return undefined;
  for (let qd = 1; qd <= 64; qd++) {
    const p = Math.round(k * qd);
    if (Math.abs(k * qd - p) > 1e-6 * qd) continue;
    const g = Number(Q.gcd(BigInt(p), BigInt(qd)));
    if (g !== 1) continue;
    // verify x^q == b^p exactly, with a size check first
    const digits = Math.max(Q.digitEstimate(x) * qd, Q.digitEstimate(b) * Math.abs(p));
    if (digits > ctx.budget.limits.digits) return undefined;
    if (Q.eq(Q.powInt(x, BigInt(qd)), Q.powInt(b, BigInt(p)))) return Q.make(BigInt(p), BigInt(qd));
    return undefined;
  }
  return undefined;
}

/** log2 of a positive rational, approximately (float), robust to huge numerators and denominators. */
function approxLog2(q: Rational): number {
  const lg = (n: bigint) => {
    const bits = Q.bitLength(n);
    const shift = Math.max(0, bits - 60);
    return Math.log2(Number(n >> BigInt(shift))) + shift;
  };
  return lg(Q.abs(q.num)) - lg(q.den);
}

/** Principal argument in (-pi, pi]: exact at the tabled angles (axes, diagonals, multiples of pi/6 and pi/12). */
export function arg(z: Num, ctx: NumCtx): RealLike {
  const [re, im] = C.parts(z);
  return atan2(im, re, ctx);
}

/** atan2(y, x) in (-pi, pi]: exact when y/x is a tabled tangent; atan2(0, 0) is out of domain. */
export function atan2(y: RealLike, x: RealLike, ctx: NumCtx): RealLike {
  const sx = signR(x, ctx);
  const sy = signR(y, ctx);
  if (sx === 0 && sy === 0) throw domainError("out-of-domain", "atan2(0, 0) is undefined");
  if (sx === 0) return piTimes(Q.make(BigInt(sy), 2n));
  if (sy === 0) return sx > 0 ? ZERO : piTimes(Q.ONE);
  const ratio = divR(y, x);
  const r = ratio.kind !== "real" ? atanPiExact(ratio) : undefined;
  if (r !== undefined) {
    // atan gives (-1/2, 1/2); shift into the right half-plane's complement when x < 0
    const shifted = sx > 0 ? r : sy > 0 ? Q.add(r, Q.ONE) : Q.sub(r, Q.ONE);
    return piTimes(shifted);
  }
  return realApply("atan2", y, x);
}

/** |z|: exact for exact values (|3 + 4i| = 5, |1 + i| = sqrt(2)). */
export function abs(z: Num, ctx: NumCtx): RealLike {
  if (z.kind === "real") return realApply("abs", z);
  if (z.kind !== "complex") return signR(z, ctx) < 0 ? negR(z) : z;
  return sqrtNonNeg(C.norm2(z));
}

/**
 * a^b with principal branches. Exact: rational^integer, radical/symbolic^integer, rational^(p/q) via root
 * extraction (8^(1/3) = 2, 2^(1/2) = sqrt(2)); (-8)^(1/3) is the principal complex root 1 + sqrt(3)*i. 0^0 = 1;
 * 0^negative is a DomainError (division-by-zero). Sizes are predicted by the caller (power.ts).
 */
export function pow(a: Num, b: Num, ctx: NumCtx): Num {
  if (b.kind === "rational" && Q.isInteger(b.value)) {
    if (a.kind === "complex") return C.powInt(a, b.value.num, ctx);
    return powRealInt(a, b.value.num);
  }
  if (isZeroR(a as RealLike)) {
    const [br] = C.parts(b);
    const s = signR(br, ctx);
    if (s > 0) return ZERO;
    throw domainError(s === 0 ? "out-of-domain" : "division-by-zero", "0 to a non-positive complex power is undefined");
  }
  if (a.kind !== "complex" && b.kind === "rational") {
    const s = signR(a, ctx);
    const f = toForm(s > 0 ? a : negR(a));
    if (f) {
      const p = S.powRational(f, b.value);
      if (p) {
        const mag = fromForm(p);
        if (s > 0) return mag;
        // (-x)^(p/q) = x^(p/q) * (cos(pi p/q) + i sin(pi p/q))
        const c = cosPi(b.value);
        const sn = sinPi(b.value);
        if (c && sn) return C.mul(mag, complex(c, sn));
        const th = piTimes(b.value);
        return C.mul(mag, complex(realApply("cos", th), realApply("sin", th)));
      }
    }
  }
  if (a.kind !== "complex" && b.kind !== "complex" && signR(a, ctx) > 0) {
    if (a.kind === "rational" && Q.eq(a.value, Q.ONE)) return ONE;
    if (eExponent(a) !== undefined && a.kind === "symbolic" && Q.eq(eExponent(a)!, Q.ONE)) return exp(b, ctx);
    return realApply("pow", a, b);
  }
  // general principal branch: exp(b * ln(a))
  return exp(C.mul(b, ln(a, ctx)), ctx);
}

function powRealInt(a: RealLike, n: bigint): RealLike {
  if (a.kind === "rational") {
    if (Q.isZero(a.value) && n < 0n) throw domainError("division-by-zero", "0 to a negative power is a division by zero");
    return rat(Q.powInt(a.value, n));
  }
  const f = toForm(a);
  if (f) {
    const p = S.powInt(f, n);
    if (p) return fromForm(p);
  }
  return realApply("pow", a, rat(Q.fromInt(n)));
}

export { exactRoot };
