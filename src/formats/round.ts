// Rounding an exact rational into a format, once (no intermediate float64): find the two adjacent representable
// magnitudes around |x| by exact integer division, pick one by the mode, then apply the overflow policy.
// Stochastic rounding is driven by a 32-bit uniform draw u: round away from zero iff u < frac * 2^32, where frac is
// the position of |x| between its neighbours (so P(up) = ceil(frac * 2^32) / 2^32; bias below 2^-32 ulp).
import { Q, type Rational } from "../numbers/index.js";
import type { RoundingMode } from "../core/index.js";
import type { NumberFormat, OverflowPolicy } from "./types.js";
import * as B from "./binary-format.js";

/** Lower and upper ordinal around a positive magnitude, and frac = r/d in [0, 1) of the way from lo to hi. */
interface Bracket {
  readonly lo: bigint;
  readonly hi: bigint;
  readonly r: bigint;
  readonly d: bigint;
}

function bracket(f: NumberFormat, a: Rational): Bracket {
  const e = B.floorLog2(a);
  if (f.kind === "pow2") {
    const lo = e + f.bias;
    if (lo < 0) return { lo: 0n, hi: 0n, r: 0n, d: 1n }; // below the smallest scale: no zero to round to
    // frac = a / 2^e - 1
    const [n, d] = scaleBy(a, -e);
    return { lo: BigInt(lo), hi: BigInt(lo + 1), r: n - d, d };
  }
  const lo0 = B.emin(f);
  const m = f.mbits;
  if (!f.subnormals && e < lo0) {
    const [n, d] = scaleBy(a, -lo0); // frac = a / 2^emin, between 0 and the smallest normal
    return { lo: 0n, hi: 1n << BigInt(m), r: n, d };
  }
  const E = Math.max(e, lo0);
  const [n, d] = scaleBy(a, m - E); // a / 2^(E - m)
  const k = n / d;
  const lo = (BigInt(E - lo0) << BigInt(m)) + k;
  return { lo, hi: lo + 1n, r: n % d, d };
}

/** a * 2^k as a numerator/denominator pair (not reduced). */
function scaleBy(a: Rational, k: number): [bigint, bigint] {
  return k >= 0 ? [a.num << BigInt(k), a.den] : [a.num, a.den << BigInt(-k)];
}

/** Decide between lo (false) and hi (true) for a magnitude with sign `sign`. `odd` is the parity of lo. */
function roundsUp(mode: RoundingMode, sign: 0 | 1, r: bigint, d: bigint, loOdd: boolean, u: number): boolean {
  if (r === 0n) return false;
  switch (mode) {
    case "nearest_even": {
      const c = 2n * r;
      return c > d || (c === d && loOdd);
    }
    case "nearest_away":
      return 2n * r >= d;
    case "toward_zero":
      return false;
    case "up":
      return sign === 0;
    case "down":
      return sign === 1;
    case "odd":
      return !loOdd;
    case "stochastic":
      return BigInt(u >>> 0) * d < r << 32n;
  }
}

/** Whether overflow in this mode and sign stays at the largest finite value (rounds toward zero in magnitude). */
function overflowStaysFinite(mode: RoundingMode, sign: 0 | 1): boolean {
  return mode === "toward_zero" || mode === "odd" || (mode === "up" && sign === 1) || (mode === "down" && sign === 0);
}

/**
 * The code of x rounded into `f` with `mode` and `overflow`: correctly rounded (the exact value rounded once).
 * `u` is the stochastic draw (uint32; ignored by other modes). Zero keeps its sign via `negZero`.
 * Overflow: a result past the largest finite value becomes +-inf (ieee formats), NaN (fn formats) or the largest
 * finite value (saturate policy, fp6/fp4/ints, and modes rounding toward zero). Unsigned formats map negative
 * non-zero inputs to NaN (nonfinite) or 0 (saturate); E8M0 has no zero: 0 rounds to NaN, or 2^-127 when saturating.
 */
export function roundRational(
  f: NumberFormat,
  x: Rational,
  mode: RoundingMode,
  overflow: OverflowPolicy,
  u = 0,
  negZero = false,
): bigint {
  if (f.kind === "int") return roundInt(f, x, mode, u);
  const sign: 0 | 1 = x.num < 0n || (x.num === 0n && negZero) ? 1 : 0;
  if (!f.signed && x.num < 0n) {
    return overflow === "saturate" || !B.hasNaN(f) ? 0n : B.nanCode(f);
  }
  if (x.num === 0n) {
    if (f.kind === "pow2") return overflow === "saturate" ? 0n : B.nanCode(f);
    return B.encodeOrdinal(f, sign, 0n);
  }
  const a = Q.absQ(x);
  const br = bracket(f, a);
  let ord = roundsUp(mode, sign, br.r, br.d, (br.lo & 1n) === 1n, u) ? br.hi : br.lo;
  const max = B.maxOrdinal(f);
  if (ord > max) {
    if (overflow === "saturate" || overflowStaysFinite(mode, sign) || f.specials === "none") ord = max;
    else return f.specials === "ieee" ? B.infCode(f, sign) : B.nanCode(f, sign);
  }
  return B.encodeOrdinal(f, sign, ord);
}

/** Round to an integer format; out-of-range results saturate (ints have no non-finite codes). */
function roundInt(f: NumberFormat, x: Rational, mode: RoundingMode, u: number): bigint {
  const fl = Q.floor(x);
  const r = x.num - fl * x.den; // x - floor(x) = r / den
  const sign: 0 | 1 = x.num < 0n ? 1 : 0;
  let v: bigint;
  if (r === 0n) v = fl;
  else if (mode === "odd") v = (fl & 1n) === 1n ? fl : fl + 1n;
  else if (mode === "stochastic") {
    // stochastic is defined on magnitudes: away from zero with probability equal to the distance from the truncation
    const rm = sign ? x.den - r : r;
    const away = BigInt(u >>> 0) * x.den < rm << 32n;
    v = sign ? (away ? fl : fl + 1n) : away ? fl + 1n : fl;
  } else {
    const twice = 2n * r;
    const up =
      mode === "nearest_even"
        ? twice > x.den || (twice === x.den && (fl & 1n) === 1n)
        : mode === "nearest_away"
          ? twice > x.den || (twice === x.den && sign === 0)
          : mode === "up"
            ? true
            : mode === "down"
              ? false
              : sign === 1; // toward_zero: floor for positive, ceil for negative
    v = up ? fl + 1n : fl;
  }
  const [lo, hi] = B.intRange(f);
  if (v < lo) v = lo;
  if (v > hi) v = hi;
  return v < 0n ? v + (1n << BigInt(f.bits)) : v;
}

/** The code for a non-finite input: NaN, or +-inf (inf for ieee, NaN or the largest finite value otherwise). */
export function roundNonFinite(f: NumberFormat, kind: "inf" | "nan", sign: 0 | 1, overflow: OverflowPolicy): bigint | null {
  if (f.kind === "int") return null;
  if (kind === "nan") return B.hasNaN(f) ? B.nanCode(f) : null;
  if (!f.signed && sign === 1) return overflow === "saturate" || !B.hasNaN(f) ? 0n : B.nanCode(f);
  if (overflow === "saturate" || f.specials === "none") return B.encodeOrdinal(f, sign, B.maxOrdinal(f));
  return f.specials === "ieee" ? B.infCode(f, sign) : B.nanCode(f, sign);
}

/**
 * The documented PRNG of stochastic rounding: SplitMix32 (Steele, Lea, Flood 2014, 32-bit variant), state
 * seed + i * 0x9e3779b9; draw i of a stream seeded with `seed` is `prngDraw(seed, i)`. Pure: same seed, same draws.
 */
export function prngDraw(seed: number, i: number): number {
  let z = (Math.imul(i + 1, 0x9e3779b9) + (seed | 0)) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A stream of draws for one evaluation (the ops object of `expr in fmt` keeps one). */
export function prngStream(seed: number): () => number {
  let i = 0;
  return () => prngDraw(seed, i++);
}
