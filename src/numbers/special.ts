// Special functions over the tower: factorial, double factorial, binomial, gamma, lgamma, zeta, erf, erfc.
// Exact where a closed form exists (gamma(5) = 24, gamma(1/2) = sqrt(pi), zeta(2) = pi^2/6, zeta(-1) = -1/12),
// with sizes predicted BEFORE the work (factorial(10^9) fails in microseconds via Stirling); poles
// (gamma(0), gamma(-3), zeta(1)) are DomainErrors; complex arguments are not supported (DomainError).
import { domainError } from "../core/index.js";
import * as Q from "./rational.js";
import type { Rational } from "./rational.js";
import * as S from "./symbolic.js";
import type { Num, RealLike, NumCtx } from "./num.js";
import * as Z from "./integer.js";
import { rat, int, fromForm, realApply, isZeroR, ZERO, ONE } from "./tower.js";

const noComplex = (f: string) => domainError("out-of-domain", `${f} is not supported for complex arguments`);
const pole = (f: string) => domainError("pole", `${f} has a pole at this argument`);

function realArg(z: Num, f: string): RealLike {
  if (z.kind === "complex") throw noComplex(f);
  return z;
}

function checkFactorial(n: bigint, ctx: NumCtx, what = "the factorial"): void {
  if (Z.bitLen(n) > 52) ctx.budget.checkDigits(Infinity, what);
  ctx.budget.checkDigits(Z.factorialDigits(Number(n)), what);
}

const tick = (ctx: NumCtx) => (w?: number) => ctx.budget.tick(w);

/** n! exact for integers n >= 0 (size predicted by Stirling first); gamma(x + 1) for other reals; poles at negative integers. */
export function factorial(z: Num, ctx: NumCtx): Num {
  const x = realArg(z, "factorial");
  if (x.kind === "rational" && Q.isInteger(x.value)) {
    const n = x.value.num;
    if (n < 0n) throw pole("factorial");
    checkFactorial(n, ctx);
    return int(Z.factorial(n, tick(ctx)));
  }
  return gamma(addOne(x), ctx);
}

const addOne = (x: RealLike): RealLike =>
  x.kind === "rational" ? rat(Q.add(x.value, Q.ONE)) : realApply("add", x, ONE);

/** n!! = n (n-2) (n-4) ... exact for integers n >= -1 (0!! = (-1)!! = 1). */
export function doubleFactorial(z: Num, ctx: NumCtx): Num {
  const x = realArg(z, "double factorial");
  if (x.kind !== "rational" || !Q.isInteger(x.value)) throw domainError("not-integer", "the double factorial needs an integer");
  const n = x.value.num;
  if (n < -1n) throw domainError("out-of-domain", "the double factorial is defined for n >= -1");
  if (Z.bitLen(n) > 52) ctx.budget.checkDigits(Infinity, "the double factorial");
  ctx.budget.checkDigits(Z.factorialDigits(Number(n)) / 2 + 2, "the double factorial");
  return int(Z.doubleFactorial(n, tick(ctx)));
}

/** C(n, k) exact for integers (n may be negative; 0 when k < 0 or 0 <= n < k); size predicted first. */
export function binomial(a: Num, b: Num, ctx: NumCtx): Num {
  const k = intArg(b, "binomial");
  if (a.kind === "rational" && !Q.isInteger(a.value)) return binomialRational(a.value, k, ctx);
  const n = intArg(a, "binomial");
  if (k >= 0n) {
    const nn = n < 0n ? -n + k - 1n : n;
    const kk = k > nn - k ? nn - k : k;
    if (kk > 0n) {
      // C(n, k) <= n^k: with n beyond float range use k log10(n); else the Stirling estimate
      const digits =
        Z.bitLen(kk) > 52
          ? Infinity
          : Z.bitLen(nn) > 52
            ? Number(kk) * Z.bitLen(nn) * 0.30103
            : Z.binomialDigits(Number(nn), Number(kk));
      ctx.budget.checkDigits(digits, "the binomial coefficient");
    }
  }
  return int(Z.binomial(n, k, tick(ctx)));
}

/** C(q, k) = q (q-1) ... (q-k+1) / k! for a rational q and an integer k (0 when k < 0), exact; size checked first. */
function binomialRational(q: Rational, k: bigint, ctx: NumCtx): Num {
  if (k < 0n) return ZERO;
  if (Z.bitLen(k) > 40) ctx.budget.checkDigits(Infinity, "the binomial coefficient");
  const kn = Number(k);
  ctx.budget.checkDigits(kn * (Q.digitEstimate(q) + Math.log10(kn + 1) + 1) + Z.factorialDigits(kn), "the binomial coefficient");
  let acc = Q.ONE;
  for (let i = 0n; i < k; i++) {
    ctx.budget.tick();
    acc = Q.div(Q.mul(acc, Q.sub(q, Q.fromInt(i))), Q.fromInt(i + 1n));
  }
  return rat(acc);
}

function intArg(z: Num, f: string): bigint {
  if (z.kind === "rational" && Q.isInteger(z.value)) return z.value.num;
  throw domainError("not-integer", `the arguments of ${f} must be integers`);
}

/** sqrt(pi) as an exact form. */
const SQRT_PI = () => S.constForm("pi", Q.make(1n, 2n));

/**
 * Gamma: exact at positive integers ((n-1)!) and half-integers (rational times sqrt(pi)); poles at 0 and the
 * negative integers (DomainError pole); otherwise MPFR's correctly rounded gamma through the lazy real.
 */
export function gamma(z: Num, ctx: NumCtx): Num {
  const x = realArg(z, "gamma");
  if (x.kind === "rational") {
    const q = x.value;
    if (Q.isInteger(q)) {
      if (q.num <= 0n) throw pole("gamma");
      checkFactorial(q.num - 1n, ctx, "gamma");
      return int(Z.factorial(q.num - 1n, tick(ctx)));
    }
    if (q.den === 2n) {
      // gamma(n + 1/2) = (2n)! / (4^n n!) sqrt(pi); gamma(1/2 - n) = (-4)^n n! / (2n)! sqrt(pi)
      const n = Q.floor(q);
      const m = n >= 0n ? n : -n;
      checkFactorial(2n * m, ctx, "gamma");
      const f2 = Z.factorial(2n * m, tick(ctx));
      const f1 = Z.factorial(m, tick(ctx));
      const c =
        n >= 0n ? Q.make(f2, 4n ** m * f1) : Q.make((m % 2n === 0n ? 1n : -1n) * 4n ** m * f1, f2);
      return fromForm(S.scale(SQRT_PI(), c));
    }
  }
  return realApply("gamma", x);
}

/** ln|gamma(x)|: exact 0 at 1 and 2; poles at 0 and negative integers; else lazy (MPFR lgamma). */
export function lgamma(z: Num, _ctx: NumCtx): Num {
  const x = realArg(z, "lgamma");
  if (x.kind === "rational" && Q.isInteger(x.value)) {
    if (x.value.num <= 0n) throw pole("lgamma");
    if (x.value.num === 1n || x.value.num === 2n) return ZERO;
  }
  return realApply("lgamma", x);
}

/** Bernoulli numbers B_0..B_n (B_1 = -1/2) by the Akiyama-Tanigawa algorithm, exact. */
function bernoulli(n: number, ctx: NumCtx): Rational {
  const a: Rational[] = [];
  for (let m = 0; m <= n; m++) {
    a[m] = Q.make(1n, BigInt(m + 1));
    for (let j = m; j >= 1; j--) {
      ctx.budget.tick();
      a[j - 1] = Q.mul(Q.fromInt(j), Q.sub(a[j - 1]!, a[j]!));
    }
  }
  // Akiyama-Tanigawa gives B_1 = +1/2
  return n === 1 ? Q.make(-1n, 2n) : a[0]!;
}

/** Largest n for which zeta(n)/zeta(-n) uses the exact Bernoulli closed form (O(n^2) rational work). */
const MAX_EXACT_ZETA = 400;

/**
 * Riemann zeta: zeta(0) = -1/2, zeta(-n) = (-1)^n B_(n+1)/(n+1) (rational, 0 at negative even integers),
 * zeta(2n) = (-1)^(n+1) B_2n (2 pi)^(2n) / (2 (2n)!) exactly (a rational times pi^(2n)); pole at 1; else lazy.
 */
export function zeta(z: Num, ctx: NumCtx): Num {
  const x = realArg(z, "zeta");
  if (x.kind === "rational" && Q.isInteger(x.value)) {
    const n = x.value.num;
    if (n === 1n) throw pole("zeta");
    if (n === 0n) return rat(Q.make(-1n, 2n));
    if (n < 0n && -n <= BigInt(MAX_EXACT_ZETA)) {
      const m = Number(-n);
      if (m % 2 === 0) return ZERO;
      const b = bernoulli(m + 1, ctx);
      return rat(Q.mul(Q.make(m % 2 === 0 ? 1n : -1n, BigInt(m + 1)), b));
    }
    if (n > 0n && n % 2n === 0n && n <= BigInt(MAX_EXACT_ZETA)) {
      const k = Number(n);
      const b = bernoulli(k, ctx);
      const c = Q.div(Q.mul(Q.mul(b, Q.fromInt(2n ** n)), Q.fromInt((k / 2) % 2 === 1 ? 1n : -1n)), Q.fromInt(2n * Z.factorial(n)));
      return fromForm(S.scale(S.constForm("pi", Q.fromInt(n)), c));
    }
  }
  return realApply("zeta", x);
}

/** erf: erf(0) = 0 exactly; else MPFR erf through the lazy real. */
export function erf(z: Num, _ctx: NumCtx): Num {
  const x = realArg(z, "erf");
  return isZeroR(x) ? ZERO : realApply("erf", x);
}

/** erfc = 1 - erf: erfc(0) = 1 exactly; else MPFR erfc (no cancellation for large x). */
export function erfc(z: Num, _ctx: NumCtx): Num {
  const x = realArg(z, "erfc");
  return isZeroR(x) ? ONE : realApply("erfc", x);
}

/** gcd of integers (exact, >= 0; gcd(0, 0) = 0). */
export function gcd(args: readonly Num[], ctx?: NumCtx): Num {
  let g = 0n;
  const tick = ctx ? () => ctx.budget.tick() : undefined;
  for (const a of args) g = Z.gcd(g, intArg(a, "gcd"), tick);
  return int(g);
}

/** lcm of integers (exact, >= 0; 0 when any argument is 0). Size bounded by the sum of the arguments' digits. */
export function lcm(args: readonly Num[], ctx: NumCtx): Num {
  let l = 1n;
  for (const a of args) {
    const n = intArg(a, "lcm");
    ctx.budget.checkDigits((Z.bitLen(l) + Z.bitLen(n)) * 0.30103, "the least common multiple");
    l = Z.lcm(l, n);
  }
  return int(args.length ? l : 0n);
}

/** isprime: deterministic below 3.3e24, strong probable prime above (see integer.isPrime). */
export function isPrime(z: Num, ctx: NumCtx): boolean {
  return Z.isPrime(intArg(z, "isprime"), tick(ctx));
}

