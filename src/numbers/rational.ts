// Exact rationals as normalized bigint pairs: den > 0 and gcd(|num|, den) = 1; an integer has den = 1n.
// Every operation here is exact and takes no precision. Size limits are the caller's job (see bitLength helpers).

export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

export const ZERO: Rational = Object.freeze({ num: 0n, den: 1n });
export const ONE: Rational = Object.freeze({ num: 1n, den: 1n });

export function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/**
 * Greatest common divisor of |a| and |b| (gcd(0, 0) = 0), exact. Small operands: Euclid (bigint % is fast in V8).
 * Large ones: Lehmer's algorithm (Knuth 4.5.2, Algorithm L), which runs Euclid on the leading 52 bits in doubles
 * and applies the collected cofactors to the bigints once per round, several times fewer bigint divisions.
 */
export function gcd(a: bigint, b: bigint, tick?: () => void): bigint {
  a = abs(a);
  b = abs(b);
  if (a < b) [a, b] = [b, a];
  while (b > LEHMER_THRESHOLD) {
    tick?.();
    const shift = BigInt(Math.max(0, bitLength(a) - 52));
    let x = Number(a >> shift);
    let y = Number(b >> shift);
    let A = 1;
    let B = 0;
    let C = 0;
    let D = 1;
    while (y + C !== 0 && y + D !== 0) {
      const q = Math.floor((x + A) / (y + C));
      if (q !== Math.floor((x + B) / (y + D))) break;
      [A, C] = [C, A - q * C];
      [B, D] = [D, B - q * D];
      [x, y] = [y, x - q * y];
    }
    if (B === 0) {
      [a, b] = [b, a % b];
    } else {
      [a, b] = [BigInt(A) * a + BigInt(B) * b, BigInt(C) * a + BigInt(D) * b];
    }
  }
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** Below about 2^192, plain Euclid is as fast as Lehmer's rounds (measured: Lehmer wins from ~256 bits, 6x at 8192). */
const LEHMER_THRESHOLD = 1n << 192n;

/** The normalized rational num/den. Throws RangeError on den = 0 (callers raise the DomainError with a span). */
export function make(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) throw new RangeError("zero denominator");
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  if (den === 1n) return { num, den };
  const g = gcd(num, den);
  return g === 1n ? { num, den } : { num: num / g, den: den / g };
}

export function fromInt(n: bigint | number): Rational {
  return { num: BigInt(n), den: 1n };
}

export function isInteger(q: Rational): boolean {
  return q.den === 1n;
}
export function isZero(q: Rational): boolean {
  return q.num === 0n;
}
export function sign(q: Rational): -1 | 0 | 1 {
  return q.num > 0n ? 1 : q.num < 0n ? -1 : 0;
}

export function neg(q: Rational): Rational {
  return { num: -q.num, den: q.den };
}
export function absQ(q: Rational): Rational {
  return q.num < 0n ? { num: -q.num, den: q.den } : q;
}

export function add(a: Rational, b: Rational): Rational {
  if (a.den === 1n && b.den === 1n) return { num: a.num + b.num, den: 1n };
  if (a.den === b.den) return make(a.num + b.num, a.den);
  // Henrici: reduce by g = gcd(da, db) first, keeping intermediates small.
  const g = gcd(a.den, b.den);
  if (g === 1n) return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
  const t = a.num * (b.den / g) + b.num * (a.den / g);
  const g2 = gcd(t, g);
  return { num: t / g2, den: (a.den / g) * (b.den / g2) };
}

export function sub(a: Rational, b: Rational): Rational {
  return add(a, neg(b));
}

export function mul(a: Rational, b: Rational): Rational {
  if (a.den === 1n && b.den === 1n) return { num: a.num * b.num, den: 1n };
  const g1 = gcd(a.num, b.den);
  const g2 = gcd(b.num, a.den);
  const num = (g1 === 1n ? a.num : a.num / g1) * (g2 === 1n ? b.num : b.num / g2);
  const den = (g2 === 1n ? a.den : a.den / g2) * (g1 === 1n ? b.den : b.den / g1);
  return { num, den };
}

/** a / b. Throws RangeError when b = 0. */
export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError("division by zero");
  return mul(a, inv(b));
}

/** 1 / q. Throws RangeError when q = 0. */
export function inv(q: Rational): Rational {
  if (q.num === 0n) throw new RangeError("division by zero");
  return q.num < 0n ? { num: -q.den, den: -q.num } : { num: q.den, den: q.num };
}

/** q^n for an integer n (exact). 0^0 = 1; 0^negative throws RangeError. Callers check the size first. */
export function powInt(q: Rational, n: bigint): Rational {
  if (n < 0n) return powInt(inv(q), -n);
  return { num: q.num ** n, den: q.den ** n };
}

export function cmp(a: Rational, b: Rational): -1 | 0 | 1 {
  if (a.den === b.den) return a.num < b.num ? -1 : a.num > b.num ? 1 : 0;
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function eq(a: Rational, b: Rational): boolean {
  return a.num === b.num && a.den === b.den;
}

/** Floor division of bigints (rounds toward -infinity), b != 0. */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

export function floor(q: Rational): bigint {
  return floorDiv(q.num, q.den);
}
export function ceil(q: Rational): bigint {
  return -floorDiv(-q.num, q.den);
}
export function trunc(q: Rational): bigint {
  return q.num / q.den;
}
/** Round to nearest integer, ties away from zero (the language's `round`). */
export function roundHalfAway(q: Rational): bigint {
  const twice = floorDiv(2n * abs(q.num) + q.den, 2n * q.den);
  return q.num < 0n ? -twice : twice;
}
/** Round to nearest integer, ties to even. */
export function roundHalfEven(q: Rational): bigint {
  const f = floor(q);
  const r = sub(q, fromInt(f)); // in [0, 1)
  const c = cmp(r, { num: 1n, den: 2n });
  if (c < 0) return f;
  if (c > 0) return f + 1n;
  return f % 2n === 0n ? f : f + 1n;
}

/** Number of bits of |n| (0 for 0). */
export function bitLength(n: bigint): number {
  if (n === 0n) return 0;
  if (n < 0n) n = -n;
  // toString(16) is linear and fast; refine with the leading digit.
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/** Approximate decimal digits of the larger of numerator and denominator. */
export function digitEstimate(q: Rational): number {
  return Math.ceil(Math.max(bitLength(q.num), bitLength(q.den)) * 0.30103);
}

/** Exact text in ulp syntax: `3`, `-7/2`. */
export function toString(q: Rational): string {
  return q.den === 1n ? q.num.toString() : `${q.num}/${q.den}`;
}

/** Parse `p` or `p/q` (optional sign) into a rational; throws RangeError on malformed text. */
export function parse(text: string): Rational {
  const m = /^\s*([+-]?\d+)\s*(?:\/\s*(\d+))?\s*$/.exec(text);
  if (!m) throw new RangeError(`not a rational: ${text}`);
  return make(BigInt(m[1]!), m[2] === undefined ? 1n : BigInt(m[2]));
}

/** The nearest float64 (correctly rounded, ties to even) to q. */
export function toNumber(q: Rational): number {
  const n = abs(q.num);
  const d = q.den;
  if (n === 0n) return q.num < 0n ? -0 : 0;
  // Scale so that the integer quotient has 54+ bits, then round with a sticky bit.
  const shift = bitLength(d) - bitLength(n) + 55;
  const scaledN = shift >= 0 ? n << BigInt(shift) : n;
  const scaledD = shift >= 0 ? d : d << BigInt(-shift);
  const quo = scaledN / scaledD;
  const sticky = scaledN % scaledD !== 0n ? 1n : 0n;
  const r = roundBitsToNumber(quo | sticky, -shift);
  return q.num < 0n ? -r : r;
}

/** m * 2^e correctly rounded to float64 (m > 0, with its lowest bit acting as a sticky bit when inexact). */
function roundBitsToNumber(m: bigint, e: number): number {
  const bits = bitLength(m);
  // Target exponent of the leading bit: bits - 1 + e. Normal range leading exponent >= -1022.
  const lead = bits - 1 + e;
  if (lead > 1023) return Infinity;
  const keep = lead >= -1022 ? 53 : Math.max(0, 53 - (-1022 - lead));
  const drop = bits - keep;
  let mant: bigint;
  let exp: number;
  if (drop <= 0) {
    mant = m;
    exp = e;
  } else {
    const half = 1n << BigInt(drop - 1);
    const rest = m & ((1n << BigInt(drop)) - 1n);
    mant = m >> BigInt(drop);
    if (rest > half || (rest === half && (mant & 1n) === 1n)) mant += 1n;
    exp = e + drop;
  }
  // mant * 2^exp, mant < 2^54: exact in float64 arithmetic when split.
  return Number(mant) * 2 ** exp;
}
