// The `format_value` contract object: the stored value of a code with its fields, exact decimal expansion, error
// against the input (absolute, relative, in ulps) and its neighbours; plus bits/frombits/nextup/nextdown/ulp.
import { Q, constant, neg, type Rational, type Num, type NumCtx } from "../numbers/index.js";
import { domainError, type RoundingMode } from "../core/index.js";
import type { NumberFormat, FormatValue, ErrorMeasure, OverflowPolicy } from "./types.js";
import * as B from "./binary-format.js";
import { prngDraw } from "./round.js";
import { roundNum, encloseNum } from "./enclose.js";

/**
 * x rounded into `fmt` (correctly rounded: the exact value rounded once, Ziv for inexact inputs), as the full
 * contract object with errors against x and neighbours. Stochastic mode uses draw 0 of the stream `seed`.
 */
export function roundToFormat(
  x: Num,
  fmt: NumberFormat,
  mode: RoundingMode = "nearest_even",
  overflow: OverflowPolicy = "nonfinite",
  seed = 0,
  ctx: NumCtx,
): FormatValue {
  return makeFormatValue(fmt, bitsOf(x, fmt, mode, overflow, seed, ctx), x, ctx, true);
}

/** The code of x rounded into fmt (what `bits(x, fmt, ...)` returns). Correctly rounded as roundToFormat. */
export function bitsOf(
  x: Num,
  fmt: NumberFormat,
  mode: RoundingMode = "nearest_even",
  overflow: OverflowPolicy = "nonfinite",
  seed = 0,
  ctx: NumCtx,
): bigint {
  return roundNum(fmt, x, mode, overflow, prngDraw(seed, 0), ctx);
}

/** Checks 0 <= code < 2^bits (DomainError out-of-domain otherwise). */
export function checkCode(code: bigint, fmt: NumberFormat): void {
  if (code < 0n || code >= 1n << BigInt(fmt.bits)) {
    throw domainError("out-of-domain", `${code} is not a code of ${fmt.name} (0 to ${(1n << BigInt(fmt.bits)) - 1n})`);
  }
}

/** The value a code stands for (exact), with neighbours: `frombits(code, fmt)`. */
export function decodeBits(code: bigint, fmt: NumberFormat, ctx?: NumCtx): FormatValue {
  checkCode(code, fmt);
  return makeFormatValue(fmt, code, null, ctx, true);
}

/** The exact number a format value stores (a rational; inf, -inf and nan as the tower's non-finite reals). */
export function formatValueToNum(v: FormatValue): Num {
  if (v.value !== null) return { kind: "rational", value: v.value };
  const c = constant(v.class === "nan" ? "nan" : "inf");
  if (!c) throw domainError("out-of-domain", `${v.exact_decimal} in ${v.format.name} is not a finite number`);
  return v.class === "inf" && v.sign ? neg(c) : c;
}

/** Builds the contract object for `code`; errors are measured against `input` when given. */
export function makeFormatValue(
  fmt: NumberFormat,
  code: bigint,
  input: Num | null,
  ctx: NumCtx | undefined,
  withNeighbours: boolean,
): FormatValue {
  const d = B.decode(fmt, code);
  const value = d.kind === "finite" ? d.value : null;
  if (value && ctx) ctx.budget.checkDigits(Q.bitLength(value.den), "the exact decimal expansion");
  const errors = value && input ? measureErrors(fmt, value, input, ctx) : null;
  return {
    format: fmt,
    code,
    bits: B.hexOf(fmt, code),
    class: d.kind,
    sign: d.sign,
    value,
    fields: B.fieldsOf(fmt, code),
    exact_decimal:
      d.kind === "finite" ? (d.sign && d.value.num === 0n ? "-0" : dyadicDecimal(d.value)) : d.kind === "inf" ? (d.sign ? "-inf" : "inf") : "nan",
    input,
    abs_error: errors?.abs ?? null,
    rel_error: errors?.rel ?? null,
    ulps: errors?.ulps ?? null,
    neighbours: withNeighbours ? neighbours(fmt, code, ctx) : null,
    payload: d.kind === "nan" ? d.payload : null,
  };
}

function neighbours(fmt: NumberFormat, code: bigint, ctx: NumCtx | undefined): readonly [FormatValue | null, FormatValue | null] {
  const dn = nextCode(fmt, code, -1);
  const up = nextCode(fmt, code, 1);
  return [
    dn === null ? null : makeFormatValue(fmt, dn, null, ctx, false),
    up === null ? null : makeFormatValue(fmt, up, null, ctx, false),
  ];
}

function measureErrors(
  fmt: NumberFormat,
  v: Rational,
  x: Num,
  ctx: NumCtx | undefined,
): { abs: ErrorMeasure; rel: ErrorMeasure | null; ulps: ErrorMeasure } | null {
  let xr: Rational;
  let exact = true;
  if (x.kind === "rational") xr = x.value;
  else {
    if (!ctx) return null;
    const mid = closeEnclosure(v, x, fmt.mbits + 120, ctx);
    if (!mid) return null; // no tight enough enclosure: errors are omitted rather than guessed
    [xr, exact] = mid;
  }
  const abs = Q.absQ(Q.sub(v, xr));
  const ulp = B.quantum(fmt, v);
  return {
    abs: { value: abs, exact },
    rel: xr.num === 0n ? null : { value: Q.div(abs, Q.absQ(xr)), exact },
    ulps: { value: Q.div(abs, ulp), exact },
  };
}

/**
 * The midpoint of an enclosure of x whose width is at most 2^-64 times the distance from v to it, so that the
 * error |v - x| taken at the midpoint is good to a relative 2^-63 (ErrorMeasure's "approximate" promise).
 * Refines up to 8192 bits; null when that is not enough (x within 2^-8000 of v) or x has no enclosure.
 */
function closeEnclosure(v: Rational, x: Num, prec: number, ctx: NumCtx): [Rational, boolean] | null {
  try {
    for (let p = prec; p <= 8192; p *= 2) {
      const [lo, hi] = encloseNum(x, p, ctx);
      if (Q.eq(lo, hi)) return [lo, true];
      const width = Q.sub(hi, lo);
      const dist = Q.cmp(v, lo) < 0 ? Q.sub(lo, v) : Q.cmp(v, hi) > 0 ? Q.sub(v, hi) : Q.ZERO;
      if (dist.num !== 0n && Q.cmp(Q.mul(width, Q.fromInt(1n << 64n)), dist) <= 0) return [Q.div(Q.add(lo, hi), Q.fromInt(2)), false];
    }
  } catch {
    return null;
  }
  return null;
}

/** The code of the next representable value above (dir 1) or below (dir -1), or null at the end (IEEE nextUp). */
export function nextCode(fmt: NumberFormat, code: bigint, dir: 1 | -1): bigint | null {
  const d = B.decode(fmt, code);
  if (fmt.kind === "int") {
    const [lo, hi] = B.intRange(fmt);
    const v = d.kind === "finite" ? d.value.num + BigInt(dir) : 0n;
    if (v < lo || v > hi) return null;
    return v < 0n ? v + (1n << BigInt(fmt.bits)) : v;
  }
  if (d.kind === "nan") return null;
  const max = B.maxOrdinal(fmt);
  const mb = B.magBits(fmt);
  const ord = code & ((1n << BigInt(mb)) - 1n);
  if (d.kind === "inf") return (d.sign === 0) === (dir === 1) ? null : B.encodeOrdinal(fmt, d.sign, max);
  const firstNonZero = fmt.kind === "float" && !fmt.subnormals ? 1n << BigInt(fmt.mbits) : 1n;
  // moving away from zero in magnitude, or toward it
  const away = fmt.kind === "pow2" || !fmt.signed ? dir === 1 : (d.sign === 0) === (dir === 1) || ord === 0n;
  if (fmt.kind === "pow2" || !fmt.signed) {
    const next = ord + BigInt(dir);
    if (next < 0n || next > max) return null;
    return B.encodeOrdinal(fmt, 0, next < firstNonZero && next > 0n ? (dir === 1 ? firstNonZero : 0n) : next);
  }
  if (away) {
    const sign: 0 | 1 = ord === 0n ? (dir === 1 ? 0 : 1) : d.sign;
    const next = ord === 0n ? firstNonZero : ord + 1n;
    if (next > max) return B.hasInf(fmt) ? B.infCode(fmt, sign) : null;
    return B.encodeOrdinal(fmt, sign, next);
  }
  const next = ord === firstNonZero ? 0n : ord - 1n;
  return B.encodeOrdinal(fmt, d.sign, next);
}

/** The stored value above/below (IEEE nextUp/nextDown of the stored value); null past the last value. Exact. */
export function nextValue(v: FormatValue, dir: 1 | -1, ctx?: NumCtx): FormatValue | null {
  const c = nextCode(v.format, v.code, dir);
  return c === null ? null : makeFormatValue(v.format, c, null, ctx, true);
}

/** ulp(x, fmt): the spacing 2^(max(floor(log2|x|), emin) - mbits) of fmt at x (1 for ints). Exact. */
export function ulpAt(x: Rational, fmt: NumberFormat): Rational {
  return B.quantum(fmt, x);
}

/** The full decimal expansion of a dyadic rational (p / 2^k has exactly k digits after the point). Exact. */
export function dyadicDecimal(q: Rational): string {
  if (q.den === 1n) return q.num.toString();
  const k = Q.bitLength(q.den) - 1;
  if (1n << BigInt(k) !== q.den) throw new RangeError("not a dyadic rational");
  const neg = q.num < 0n;
  const digits = ((neg ? -q.num : q.num) * 5n ** BigInt(k)).toString().padStart(k + 1, "0");
  const text = `${digits.slice(0, digits.length - k)}.${digits.slice(digits.length - k)}`;
  return neg ? `-${text}` : text;
}
