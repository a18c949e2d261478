// One generic codec for every format, parameterised by exponent/mantissa bits, bias and special-value policy.
// Floats are handled through the *ordinal* of a magnitude (code without its sign bit): for sign-magnitude binary
// formats the value is monotone in the ordinal, so rounding picks one of two adjacent ordinals (IEEE 754-2019 §3.4).
import { Q, type Rational } from "../numbers/index.js";
import type { NumberFormat } from "./types.js";

/** A decoded code: a finite exact value (with its sign, so -0 survives), an infinity or a NaN. */
export type Decoded =
  | { readonly kind: "finite"; readonly sign: 0 | 1; readonly value: Rational }
  | { readonly kind: "inf"; readonly sign: 0 | 1 }
  | { readonly kind: "nan"; readonly sign: 0 | 1; readonly payload: bigint };

/** Smallest normal exponent: 1 - bias (for pow2 the smallest exponent is -bias). */
export function emin(f: NumberFormat): number {
  return f.kind === "pow2" ? -f.bias : 1 - f.bias;
}

/** Number of magnitude bits (the code without its sign bit). */
export function magBits(f: NumberFormat): number {
  return f.signed ? f.bits - 1 : f.bits;
}

/** The largest ordinal of a finite magnitude (float and pow2). */
export function maxOrdinal(f: NumberFormat): bigint {
  const all = (1n << BigInt(magBits(f))) - 1n;
  switch (f.specials) {
    case "ieee":
      return (((1n << BigInt(f.ebits)) - 1n) << BigInt(f.mbits)) - 1n;
    case "fn":
      return all - 1n;
    case "none":
      return all;
  }
}

export function hasInf(f: NumberFormat): boolean {
  return f.kind === "float" && f.specials === "ieee";
}
export function hasNaN(f: NumberFormat): boolean {
  return f.kind !== "int" && f.specials !== "none";
}

/** Integer range of an int format. */
export function intRange(f: NumberFormat): readonly [bigint, bigint] {
  return f.signed ? [-(1n << BigInt(f.bits - 1)), (1n << BigInt(f.bits - 1)) - 1n] : [0n, (1n << BigInt(f.bits)) - 1n];
}

/** m * 2^k as a normalized rational. Exact. */
export function dyadic(m: bigint, k: number): Rational {
  if (m === 0n) return Q.ZERO;
  if (k >= 0) return { num: m << BigInt(k), den: 1n };
  // strip common factors of two
  let s = 0;
  while (s < -k && (m & 1n) === 0n) {
    m >>= 1n;
    s++;
  }
  return { num: m, den: 1n << BigInt(-k - s) };
}

/** Exact value of a finite magnitude ordinal (float and pow2). */
export function ordinalValue(f: NumberFormat, ord: bigint): Rational {
  if (f.kind === "pow2") return dyadic(1n, Number(ord) - f.bias);
  const m = BigInt(f.mbits);
  const lo = emin(f);
  if (ord < 1n << m) return f.subnormals ? dyadic(ord, lo - f.mbits) : Q.ZERO;
  const e = Number(ord >> m) - 1 + lo;
  return dyadic((1n << m) | (ord & ((1n << m) - 1n)), e - f.mbits);
}

/** Decodes a code of `f` (0 <= code < 2^bits). Exact. */
export function decode(f: NumberFormat, code: bigint): Decoded {
  if (f.kind === "int") {
    const v = f.signed && code >> BigInt(f.bits - 1) === 1n ? code - (1n << BigInt(f.bits)) : code;
    return { kind: "finite", sign: v < 0n ? 1 : 0, value: { num: v, den: 1n } };
  }
  const mb = magBits(f);
  const sign: 0 | 1 = f.signed && code >> BigInt(mb) === 1n ? 1 : 0;
  const ord = code & ((1n << BigInt(mb)) - 1n);
  if (f.specials === "ieee" && ord > maxOrdinal(f)) {
    const mant = ord & ((1n << BigInt(f.mbits)) - 1n);
    return mant === 0n ? { kind: "inf", sign } : { kind: "nan", sign, payload: mant };
  }
  if (f.specials === "fn" && ord > maxOrdinal(f)) return { kind: "nan", sign, payload: 0n };
  const v = ordinalValue(f, ord);
  return { kind: "finite", sign, value: sign ? Q.neg(v) : v };
}

/** Code of a finite magnitude ordinal with a sign (unsigned formats ignore the sign). */
export function encodeOrdinal(f: NumberFormat, sign: 0 | 1, ord: bigint): bigint {
  return f.signed && sign ? (1n << BigInt(f.bits - 1)) | ord : ord;
}

/** The code of +-inf (ieee formats only). */
export function infCode(f: NumberFormat, sign: 0 | 1): bigint {
  return encodeOrdinal(f, sign, maxOrdinal(f) + 1n);
}

/** The canonical NaN: quiet NaN (top mantissa bit) for ieee formats, the all-ones magnitude otherwise. */
export function nanCode(f: NumberFormat, sign: 0 | 1 = 0): bigint {
  if (f.specials === "ieee") {
    const top = f.mbits > 0 ? 1n << BigInt(f.mbits - 1) : 0n;
    return encodeOrdinal(f, sign, (((1n << BigInt(f.ebits)) - 1n) << BigInt(f.mbits)) | top);
  }
  return encodeOrdinal(f, sign, (1n << BigInt(magBits(f))) - 1n);
}

/** The fields of a code as binary strings (sign empty for unsigned formats, exponent empty for ints). */
export function fieldsOf(f: NumberFormat, code: bigint): { sign: string; exponent: string; mantissa: string } {
  const s = code.toString(2).padStart(f.bits, "0");
  if (f.kind === "int") return { sign: f.signed ? s.slice(0, 1) : "", exponent: "", mantissa: f.signed ? s.slice(1) : s };
  const sb = f.signed ? 1 : 0;
  return { sign: s.slice(0, sb), exponent: s.slice(sb, sb + f.ebits), mantissa: s.slice(sb + f.ebits) };
}

/** `0x` + hex digits padded to the format's width. */
export function hexOf(f: NumberFormat, code: bigint): string {
  return "0x" + code.toString(16).padStart(Math.ceil(f.bits / 4), "0");
}

/** floor(log2(a)) for a rational a > 0, exactly. */
export function floorLog2(a: Rational): number {
  const e = Q.bitLength(a.num) - Q.bitLength(a.den);
  const below = e >= 0 ? a.num < a.den << BigInt(e) : a.num << BigInt(-e) < a.den;
  return below ? e - 1 : e;
}

/** The spacing of the format at |x| (IEEE quantum): 2^(max(floor(log2|x|), emin) - mbits); 1 for ints. Exact. */
export function quantum(f: NumberFormat, x: Rational): Rational {
  if (f.kind === "int") return Q.ONE;
  const lo = emin(f);
  if (x.num === 0n) return f.kind === "pow2" ? dyadic(1n, lo) : dyadic(1n, (f.subnormals ? lo : lo + f.mbits) - f.mbits);
  const e = Math.max(floorLog2(Q.absQ(x)), lo);
  return dyadic(1n, e - f.mbits);
}
