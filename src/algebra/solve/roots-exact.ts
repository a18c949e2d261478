// Exact roots of rational linear and quadratic factors as tower numbers: rationals, radicals a + b*sqrt(d) with d
// square-free, and complex numbers with exact parts. Square-free parts by trial division up to 10^6 (beyond that
// d may keep a square factor: the value is still exact, only its printed form is not fully reduced).
import { Q, type Num, type Rational, type RealLike } from "../../numbers/index.js";
import { rat } from "../tower.js";

/** n = s^2 * d with d square-free (n > 0). */
export function squareFreePart(n: bigint): { s: bigint; d: bigint } {
  let s = 1n;
  let d = 1n;
  let m = n;
  for (let p = 2n; p * p <= m && p < 1_000_000n; p += p === 2n ? 1n : 2n) {
    let k = 0;
    while (m % p === 0n) {
      m /= p;
      k++;
    }
    s *= p ** BigInt(k >> 1);
    if (k & 1) d *= p;
  }
  // What is left is 1, a prime, or a product of primes above 10^6; a perfect square is still recognized.
  const r = isqrt(m);
  if (r * r === m) s *= r;
  else d *= m;
  return { s, d };
}

export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(Q.bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** sqrt(q) for rational q >= 0 as (coefficient, d): sqrt(q) = c*sqrt(d), d square-free (d = 1: rational). */
export function sqrtRational(q: Rational): { c: Rational; d: bigint } {
  // sqrt(p/r) = sqrt(p*r)/r
  const { s, d } = squareFreePart(q.num * q.den);
  return { c: Q.make(s, q.den), d };
}

function radicalNum(a: Rational, b: Rational, d: bigint): RealLike {
  if (d === 1n) return { kind: "rational", value: Q.add(a, b) };
  if (Q.isZero(b)) return { kind: "rational", value: a };
  return { kind: "radical", a, b, d };
}

/** The two roots of c2 x^2 + c1 x + c0 (c2 != 0), exact, in contract order (real ascending; complex -i before +i). */
export function quadraticRoots(c0: Rational, c1: Rational, c2: Rational): Num[] {
  const disc = Q.sub(Q.mul(c1, c1), Q.mul(Q.fromInt(4), Q.mul(c2, c0)));
  const twoA = Q.mul(Q.fromInt(2), c2);
  const re = Q.div(Q.neg(c1), twoA);
  const { c, d } = sqrtRational(Q.absQ(disc));
  let half = Q.div(c, twoA);
  if (half.num < 0n) half = Q.neg(half);
  if (Q.sign(disc) >= 0) {
    return [radicalNum(re, Q.neg(half), d), radicalNum(re, half, d)];
  }
  const im = (b: Rational): Num => ({ kind: "complex", re: rat(re) as RealLike, im: radicalNum(Q.ZERO, b, d) });
  return [im(Q.neg(half)), im(half)];
}
