// Typed-array fast path (library API, DESIGN "Library"): round Float64Array/Float32Array into a format by bit
// manipulation on the binary inputs (exact: the input bits are the exact value, rounded once), and decode codes
// back through a cached table. Formats without a bit kernel (unsigned, flush-to-zero, ints, E8M0) and stochastic
// rounding take the exact per-element path (rational rounding), so every format and mode gives the same codes.
import { Q, type Rational } from "../numbers/index.js";
import { typeError, domainError, type RoundingMode } from "../core/index.js";
import type { NumberFormat, OverflowPolicy } from "./types.js";
import * as B from "./binary-format.js";
import { roundRational, roundNonFinite, prngDraw } from "./round.js";
import { lookupFormat } from "./catalog.js";

export type CodeArray = Uint8Array | Uint16Array | Uint32Array;

export interface RoundArrayOptions {
  readonly overflow?: OverflowPolicy;
  /** Seed of the stochastic stream; element i uses draw prngDraw(seed, i). */
  readonly seed?: number;
}

const MODE_CODE: ReadonlyMap<RoundingMode, number> = new Map([
  ["nearest_even", 0],
  ["nearest_away", 1],
  ["toward_zero", 2],
  ["up", 3],
  ["down", 4],
  ["odd", 5],
  ["stochastic", 6],
]);

function resolve(format: NumberFormat | string): NumberFormat {
  const f = typeof format === "string" ? lookupFormat(format) : format;
  if (!f) throw typeError(`unknown number format '${String(format)}'`, undefined, "wrong-type");
  if (f.bits > 32) throw typeError(`roundArray supports formats of at most 32 bits, not ${f.name}`);
  return f;
}

function newCodes(f: NumberFormat, n: number): CodeArray {
  return f.bits <= 8 ? new Uint8Array(n) : f.bits <= 16 ? new Uint16Array(n) : new Uint32Array(n);
}

/**
 * Rounds every element into `format` with `mode` (default nearest_even) and the overflow policy (default
 * nonfinite): codes (Uint8Array up to 8 bits, Uint16Array up to 16, Uint32Array up to 32) and the stored values.
 * Exact: each code is the correctly rounded code of the element's exact binary value, identical to bits(x, fmt).
 */
export function roundArray(
  values: Float64Array | Float32Array,
  format: NumberFormat | string,
  mode: RoundingMode = "nearest_even",
  options: RoundArrayOptions = {},
): { codes: CodeArray; values: Float64Array } {
  const f = resolve(format);
  const overflow = options.overflow ?? "nonfinite";
  const codes = newCodes(f, values.length);
  const m = MODE_CODE.get(mode);
  if (m === undefined) throw typeError(`unknown rounding mode '${String(mode)}'`);
  const kernel = f.kind === "float" && f.signed && f.subnormals && f.mbits <= 10 && f.bias >= 0 && f.bias < 1000 && m !== 6;
  if (kernel && values instanceof Float32Array && f.bias <= 127) roundBits32(new Uint32Array(values.buffer, values.byteOffset, values.length), f, m, overflow, codes);
  else if (kernel && values instanceof Float64Array && values.byteOffset % 8 === 0) {
    roundBits64(new Uint32Array(values.buffer, values.byteOffset, values.length * 2), f, m, overflow, codes);
  } else if (kernel && values instanceof Float32Array) {
    roundBits64(new Uint32Array(Float64Array.from(values).buffer), f, m, overflow, codes);
  } else if (f.name === "fp32" && m === 0 && overflow === "nonfinite") {
    const out = new Float32Array(codes.buffer);
    const nan = Number(B.nanCode(f));
    for (let i = 0; i < values.length; i++) {
      const x = values[i]!;
      out[i] = x; // Math.fround: IEEE RNE, overflow to inf
      if (x !== x) codes[i] = nan;
    }
  } else {
    for (let i = 0; i < values.length; i++) codes[i] = Number(roundNumber(f, values[i]!, mode, overflow, prngDraw(options.seed ?? 0, i)));
  }
  return { codes, values: decodeArray(codes, f) };
}

/** The exact per-element path: the double's exact value rounded once. */
export function roundNumber(f: NumberFormat, x: number, mode: RoundingMode, overflow: OverflowPolicy, u = 0): bigint {
  if (Number.isNaN(x)) {
    const c = roundNonFinite(f, "nan", 0, overflow);
    if (c === null) throw noNaN(f);
    return c;
  }
  if (!Number.isFinite(x)) {
    if (f.kind === "int") return roundRational(f, Q.fromInt(x < 0 ? -(1n << BigInt(f.bits)) : 1n << BigInt(f.bits)), mode, overflow);
    return roundNonFinite(f, "inf", x < 0 ? 1 : 0, overflow)!;
  }
  return roundRational(f, rationalOfDouble(x), mode, overflow, u, Object.is(x, -0));
}

function noNaN(f: NumberFormat) {
  return domainError("out-of-domain", `${f.name} has no NaN to hold a NaN input`);
}

/** The exact rational value of a finite double. */
export function rationalOfDouble(x: number): Rational {
  if (x === 0) return Q.ZERO;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const ex = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (ex !== 0) mant |= 1n << 52n;
  const q = B.dyadic(mant, (ex === 0 ? 1 : ex) - 1075);
  return hi >>> 31 ? Q.neg(q) : q;
}

/** Whether rounding goes to the next ordinal: rem/half are the dropped bits and half their midpoint. */
function decide(mode: number, rem: number, half: number, sticky: boolean, odd: boolean, sign: number): boolean {
  switch (mode) {
    case 0:
      return rem > half || (rem === half && (sticky || odd));
    case 1:
      return rem >= half;
    case 2:
      return false;
    case 3:
      return sign === 0 && (rem !== 0 || sticky);
    case 4:
      return sign === 1 && (rem !== 0 || sticky);
    default:
      return !odd && (rem !== 0 || sticky);
  }
}

interface KernelConsts {
  readonly m: number;
  readonly bias: number;
  readonly maxOrd: number;
  readonly signBit: number;
  readonly nan: number;
  readonly over: (sign: number) => number;
}

function consts(f: NumberFormat, mode: number, overflow: OverflowPolicy): KernelConsts {
  const maxOrd = Number(B.maxOrdinal(f));
  const signBit = 2 ** (f.bits - 1);
  const nan = Number(B.nanCode(f));
  const inf = maxOrd + 1;
  const stay = (sign: number) => overflow === "saturate" || f.specials === "none" || mode === 2 || mode === 5 || (mode === 3 && sign === 1) || (mode === 4 && sign === 0);
  const over = (sign: number) => (stay(sign) ? maxOrd + sign * signBit : f.specials === "ieee" ? inf + sign * signBit : nan + sign * signBit);
  return { m: f.mbits, bias: f.bias, maxOrd, signBit, nan: f.specials === "none" ? -1 : nan, over };
}

/** Float32 bits -> codes. Target mantissa <= 10 bits, sign-magnitude with subnormals. */
function roundBits32(u32: Uint32Array, f: NumberFormat, mode: number, overflow: OverflowPolicy, out: CodeArray): void {
  const { m, bias, maxOrd, signBit, nan, over } = consts(f, mode, overflow);
  const sh = 23 - m;
  const half = 1 << (sh - 1);
  const mask = (1 << sh) - 1;
  const infIn = roundNonFinite(f, "inf", 0, overflow);
  const ninfIn = roundNonFinite(f, "inf", 1, overflow);
  const n = u32.length;
  if (f.name === "bf16" && mode === 0 && overflow === "nonfinite") {
    for (let i = 0; i < n; i++) {
      const u = u32[i]!;
      out[i] = (u & 0x7fffffff) > 0x7f800000 ? nan : (u + 0x7fff + ((u >>> 16) & 1)) >>> 16;
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    const u = u32[i]!;
    const sign = u >>> 31;
    const ex = (u >>> 23) & 0xff;
    const mh = u & 0x7fffff;
    if (ex === 0xff) {
      if (mh !== 0 && nan < 0) throw noNaN(f);
      out[i] = mh !== 0 ? nan : Number(sign ? ninfIn : infIn);
      continue;
    }
    const te = ex - 127 + bias;
    let ord: number;
    let up: boolean;
    if (te >= 1) {
      ord = te * (1 << m) + (mh >>> sh);
      const rem = mh & mask;
      up = decide(mode, rem, half, false, (ord & 1) === 1, sign);
    } else {
      // subnormal (or zero) in the target; float32 subnormals (ex = 0) have no implicit bit and exponent 1
      const sig = ex === 0 ? mh : 0x800000 | mh;
      const s = sh + 1 - (ex === 0 ? 1 - 127 + bias : te);
      if (s > 25) {
        ord = 0;
        up = decide(mode, 0, 1, sig !== 0, false, sign);
      } else {
        ord = sig >>> s;
        const rem = sig & ((1 << s) - 1);
        up = decide(mode, rem, 1 << (s - 1), false, (ord & 1) === 1, sign);
      }
    }
    if (up) ord++;
    out[i] = ord > maxOrd ? over(sign) : ord + sign * signBit;
  }
}

/** Float64 bits (little-endian word pairs) -> codes. Target mantissa <= 10 bits, sign-magnitude with subnormals. */
function roundBits64(u32: Uint32Array, f: NumberFormat, mode: number, overflow: OverflowPolicy, out: CodeArray): void {
  const { m, bias, maxOrd, signBit, nan, over } = consts(f, mode, overflow);
  const sh = 20 - m;
  const half = 1 << (sh - 1);
  const mask = (1 << sh) - 1;
  const infIn = Number(roundNonFinite(f, "inf", 0, overflow));
  const ninfIn = Number(roundNonFinite(f, "inf", 1, overflow));
  const n = out.length;
  const scale = 1 << m;
  if (mode === 0) {
    // nearest-even, the hot path: same logic as below with the mode switch folded
    for (let i = 0; i < n; i++) {
      const lo = u32[2 * i]!;
      const hi = u32[2 * i + 1]!;
      const sign = hi >>> 31;
      const ex = (hi >>> 20) & 0x7ff;
      const mh = hi & 0xfffff;
      const te = ex - 1023 + bias;
      let ord: number;
      if (te >= 1) {
        if (ex === 0x7ff) {
          if ((mh | lo) !== 0 && nan < 0) throw noNaN(f);
          out[i] = (mh | lo) !== 0 ? nan : sign ? ninfIn : infIn;
          continue;
        }
        ord = te * scale + (mh >>> sh);
        const rem = mh & mask;
        if (rem > half || (rem === half && (lo !== 0 || (ord & 1) === 1))) ord++;
      } else {
        const s = sh + 1 - te;
        if (ex === 0 || s > 22) ord = 0;
        else {
          const sig = 0x100000 | mh;
          ord = sig >>> s;
          const rem = sig & ((1 << s) - 1);
          const h = 1 << (s - 1);
          if (rem > h || (rem === h && (lo !== 0 || (ord & 1) === 1))) ord++;
        }
      }
      out[i] = ord > maxOrd ? over(sign) : ord + sign * signBit;
    }
    return;
  }
  for (let i = 0; i < n; i++) {
    const lo = u32[2 * i]!;
    const hi = u32[2 * i + 1]!;
    const sign = hi >>> 31;
    const ex = (hi >>> 20) & 0x7ff;
    const mh = hi & 0xfffff;
    if (ex === 0x7ff) {
      if ((mh | lo) !== 0 && nan < 0) throw noNaN(f);
      out[i] = (mh | lo) !== 0 ? nan : sign ? ninfIn : infIn;
      continue;
    }
    const te = ex - 1023 + bias;
    let ord: number;
    let up: boolean;
    if (te >= 1) {
      ord = te * scale + (mh >>> sh);
      up = decide(mode, mh & mask, half, lo !== 0, (ord & 1) === 1, sign);
    } else if (ex === 0) {
      ord = 0;
      up = decide(mode, 0, 1, (mh | lo) !== 0, false, sign);
    } else {
      const s = sh + 1 - te;
      if (s > 22) {
        ord = 0;
        up = decide(mode, 0, 1, true, false, sign);
      } else {
        const sig = 0x100000 | mh;
        ord = sig >>> s;
        up = decide(mode, sig & ((1 << s) - 1), 1 << (s - 1), lo !== 0, (ord & 1) === 1, sign);
      }
    }
    if (up) ord++;
    out[i] = ord > maxOrd ? over(sign) : ord + sign * signBit;
  }
}

const TABLES = new Map<string, Float64Array>();

/** The value of every code of a format of at most 16 bits, as doubles (exact: these formats fit in float64). */
export function decodeTable(f: NumberFormat): Float64Array {
  const key = f.name;
  let t = TABLES.get(key);
  if (!t) {
    t = new Float64Array(2 ** f.bits);
    for (let c = 0; c < t.length; c++) t[c] = codeToNumber(f, BigInt(c));
    TABLES.set(key, t);
  }
  return t;
}

/** A code's value as a double (correctly rounded to float64; exact for formats of at most 32 bits but E8M0 ends). */
export function codeToNumber(f: NumberFormat, code: bigint): number {
  const d = B.decode(f, code);
  if (d.kind === "nan") return NaN;
  if (d.kind === "inf") return d.sign ? -Infinity : Infinity;
  const v = Q.toNumber(d.value);
  return d.sign && v === 0 ? -0 : v;
}

/** Decodes codes of `format` into doubles (NaN, +-inf and -0 included). Exact for formats of at most 32 bits. */
export function decodeArray(codes: CodeArray, format: NumberFormat | string): Float64Array {
  const f = resolve(format);
  const out = new Float64Array(codes.length);
  const mask = 2 ** f.bits - 1;
  if (f.bits <= 16) {
    const t = decodeTable(f);
    for (let i = 0; i < codes.length; i++) out[i] = t[codes[i]! & mask]!;
  } else if (f.name === "fp32" || (f.kind === "float" && f.ebits === 8 && f.specials === "ieee" && f.subnormals && f.signed)) {
    const tmp = new Uint32Array(1);
    const fl = new Float32Array(tmp.buffer);
    const sh = 23 - f.mbits;
    for (let i = 0; i < codes.length; i++) {
      tmp[0] = codes[i]! * 2 ** sh;
      out[i] = fl[0]!;
    }
  } else {
    for (let i = 0; i < codes.length; i++) out[i] = codeToNumber(f, BigInt(codes[i]! >>> 0) & BigInt(mask));
  }
  return out;
}
