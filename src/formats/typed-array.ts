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
  const m = MODE_CODE.get(mode);
  if (m === undefined) throw typeError(`unknown rounding mode '${String(mode)}'`);
  const kernel = f.kind === "float" && f.signed && f.subnormals && f.mbits <= 10 && f.bias >= 0 && f.bias < 1000 && m !== 6;
  if (kernel && m === 0 && f.bits <= 16 && (values instanceof Float64Array ? values.byteOffset % 8 === 0 : f.bias <= 127)) {
    // the kernels always write a Uint16Array (one element type keeps their stores monomorphic); 8-bit codes are
    // narrowed by a native copy
    const vals = new Float64Array(values.length);
    const c16 = new Uint16Array(values.length);
    if (values instanceof Float64Array) rne64(values, new Int32Array(values.buffer, values.byteOffset, values.length * 2), f, overflow, c16, vals);
    else rne32(values, new Int32Array(values.buffer, values.byteOffset, values.length), f, overflow, c16, vals);
    if (f.bits > 8) return { codes: c16, values: vals };
    const c8 = new Uint8Array(values.length);
    c8.set(c16);
    return { codes: c8, values: vals };
  }
  if (f.kind === "float" && f.signed && f.subnormals && f.mbits <= 10 && f.bias >= 0 && f.bias < 1000 && m === 6 && f.bits <= 16) {
    const c16 = new Uint16Array(values.length);
    const vals = new Float64Array(values.length);
    const x = values instanceof Float64Array ? values : Float64Array.from(values); // exact widening
    stochastic64(x, new Int32Array(x.buffer, x.byteOffset, x.length * 2), f, overflow, options.seed ?? 0, c16, vals);
    return { codes: f.bits > 8 ? c16 : Uint8Array.from(c16), values: vals };
  }
  const codes = newCodes(f, values.length);
  if (f.kind === "int" && m === 0) {
    roundIntRne(values, f, codes);
    return { codes, values: decodeArray(codes, f) };
  }
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

/**
 * Nearest-even into an integer format: x + 1.5*2^52 - 1.5*2^52 rounds a double to an integer, ties to even,
 * exactly (|x| < 2^51; larger values are integers already), then saturation; NaN is a DomainError.
 */
function roundIntRne(values: Float64Array | Float32Array, f: NumberFormat, codes: CodeArray): void {
  const [lo, hi] = B.intRange(f).map(Number) as [number, number];
  const MAGIC = 6755399441055744;
  const wrap = 2 ** f.bits;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x !== x) throw noNaN(f);
    let k = Math.abs(x) < 2 ** 51 ? (x + MAGIC) - MAGIC : x;
    k = k < lo ? lo : k > hi ? hi : k;
    codes[i] = k < 0 ? k + wrap : k;
  }
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
  readonly f: NumberFormat;
  readonly inf: number;
  readonly ninf: number;
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
  const nanOut = f.specials === "none" ? -1 : nan;
  return { f, inf: Number(roundNonFinite(f, "inf", 0, overflow)), ninf: Number(roundNonFinite(f, "inf", 1, overflow)), m: f.mbits, bias: f.bias, maxOrd, signBit, nan: nanOut, over };
}

/** One float32 (bits u) -> code, any deterministic mode. Target mantissa <= 10 bits, subnormals, bias <= 127. */
function code32(u: number, k: KernelConsts, mode: number): number {
  const sign = u >>> 31;
  const ex = (u >>> 23) & 0xff;
  const mh = u & 0x7fffff;
  if (ex === 0xff) {
    if (mh !== 0 && k.nan < 0) throw noNaN(k.f);
    return mh !== 0 ? k.nan : sign ? k.ninf : k.inf;
  }
  const sh = 23 - k.m;
  const te = ex - 127 + k.bias;
  let ord: number;
  let up: boolean;
  if (te >= 1) {
    ord = te * (1 << k.m) + (mh >>> sh);
    up = decide(mode, mh & ((1 << sh) - 1), 1 << (sh - 1), false, (ord & 1) === 1, sign);
  } else {
    // subnormal (or zero) in the target; float32 subnormals (ex = 0) have no implicit bit and exponent 1
    const sig = ex === 0 ? mh : 0x800000 | mh;
    const s = sh + 1 - (ex === 0 ? 1 - 127 + k.bias : te);
    if (s > 25) {
      ord = 0;
      up = decide(mode, 0, 1, sig !== 0, false, sign);
    } else {
      ord = sig >>> s;
      up = decide(mode, sig & ((1 << s) - 1), 1 << (s - 1), false, (ord & 1) === 1, sign);
    }
  }
  if (up) ord++;
  return ord > k.maxOrd ? k.over(sign) : ord + sign * k.signBit;
}

/** Float32 bits -> codes, any deterministic mode. */
function roundBits32(u32: Uint32Array, f: NumberFormat, mode: number, overflow: OverflowPolicy, out: CodeArray): void {
  const k = consts(f, mode, overflow);
  for (let i = 0; i < out.length; i++) out[i] = code32(u32[i]!, k, mode);
}

/** One float64 (hi, lo words) -> code, any deterministic mode. Target mantissa <= 10 bits, subnormals, bias < 1000. */
function code64(hi: number, lo: number, k: KernelConsts, mode: number): number {
  const sign = hi >>> 31;
  const ex = (hi >>> 20) & 0x7ff;
  const mh = hi & 0xfffff;
  if (ex === 0x7ff) {
    if ((mh | lo) !== 0 && k.nan < 0) throw noNaN(k.f);
    return (mh | lo) !== 0 ? k.nan : sign ? k.ninf : k.inf;
  }
  const sh = 20 - k.m;
  const te = ex - 1023 + k.bias;
  let ord: number;
  let up: boolean;
  if (te >= 1) {
    ord = te * (1 << k.m) + (mh >>> sh);
    up = decide(mode, mh & ((1 << sh) - 1), 1 << (sh - 1), lo !== 0, (ord & 1) === 1, sign);
  } else {
    const s = sh + 1 - te;
    if (ex === 0 || s > 22) {
      // below half the smallest subnormal (float64 subnormals are far below any kernel format's range)
      ord = 0;
      up = decide(mode, 0, 1, (ex | mh | lo) !== 0, false, sign);
    } else {
      const sig = 0x100000 | mh;
      ord = sig >>> s;
      up = decide(mode, sig & ((1 << s) - 1), 1 << (s - 1), lo !== 0, (ord & 1) === 1, sign);
    }
  }
  if (up) ord++;
  return ord > k.maxOrd ? k.over(sign) : ord + sign * k.signBit;
}

/** Float64 bits (little-endian word pairs) -> codes, any deterministic mode. */
function roundBits64(u32: Uint32Array, f: NumberFormat, mode: number, overflow: OverflowPolicy, out: CodeArray): void {
  const k = consts(f, mode, overflow);
  for (let i = 0; i < out.length; i++) out[i] = code64(u32[2 * i + 1]!, u32[2 * i]!, k, mode);
}

/**
 * The hot path, nearest-even from float64 for formats of at most 16 bits: codes and values in one pass. In the
 * target's normal range the rounded double is the input's high word plus half - 1 + odd (low word folded into a
 * sticky bit) with the dropped bits cleared: the carry is the nearest-even decision, branch-free. Below the
 * smallest normal the quantum is fixed, q = 2^(emin - m), and k = |x|/q (exact: a power-of-two scaling) is
 * rounded to an integer by the float64 magic-number addition (IEEE nearest-even, exact for k < 2^51); k is the
 * ordinal (k = 2^m is the smallest normal). Overflow, inf and NaN go to code64.
 */
function rne64(x: Float64Array, w: Int32Array, f: NumberFormat, overflow: OverflowPolicy, codes: Uint16Array, vals: Float64Array): void {
  // Int32Array views keep every word a small integer for V8 (a Uint32Array read above 2^31 is a heap double)
  const k = consts(f, 0, overflow);
  const table = decodeTable(f);
  const vw = new Int32Array(vals.buffer, vals.byteOffset, vals.length * 2);
  const sh = 20 - f.mbits;
  const mask = (1 << sh) - 1;
  const halfm1 = (1 << (sh - 1)) - 1;
  const notmask = ~mask;
  const exLo = 1023 - f.bias + 1; // smallest float64 exponent field that is normal in the target
  const off = (1023 - f.bias) << f.mbits;
  const maxOrd = k.maxOrd;
  const over = k.over;
  const sb = f.bits - 1;
  const invq = 2 ** (f.bias - 1 + f.mbits);
  const MAGIC = 6755399441055744; // 1.5 * 2^52
  const small = f.bits <= 8;
  const n = codes.length;
  for (let i = 0; i < n; i++) {
    const hi = w[2 * i + 1]!;
    const ex = (hi >>> 20) & 0x7ff;
    const sign = hi >>> 31;
    if (ex < exLo) {
      const c = (Math.abs(x[i]!) * invq + MAGIC) - MAGIC + (sign << sb);
      codes[i] = c;
      vals[i] = table[c]!; // subnormal codes: a small corner of the table
      continue;
    }
    if (ex !== 0x7ff) {
      // fold the low word into a sticky bit 0, then add half - 1 + odd: a carry out of the dropped bits is the
      // nearest-even decision (the classic float -> bfloat16 trick, widened to any mantissa width)
      const l = w[2 * i]!;
      const h = ((hi | ((l | -l) >>> 31)) + halfm1 + ((hi >>> sh) & 1)) & notmask;
      const ord = ((h & 0x7fffffff) >>> sh) - off;
      if (ord <= maxOrd) {
        const c = ord + (sign << sb);
        codes[i] = c;
        if (small) vals[i] = table[c]!; // an 8-bit table stays in L1
        else {
          vw[2 * i] = 0;
          vw[2 * i + 1] = h;
        }
        continue;
      }
      const o = over(sign); // finite input past the largest value: inf, NaN or saturation
      codes[i] = o;
      vals[i] = table[o]!;
      continue;
    }
    const c = code64(hi >>> 0, w[2 * i]! >>> 0, k, 0);
    codes[i] = c;
    vals[i] = table[c]!;
  }
}

/**
 * Stochastic rounding from float64 (element i uses draw prngDraw(seed, i), as the exact path): t = |x| / quantum
 * is exact (a power-of-two scaling: 2^(m - E) in the normal range, 2^(m - emin) below it), k = floor(t) is the
 * lower neighbour's significand, frac * 2^32 = (t - k) * 2^32 is exact, and |x| rounds away from zero iff
 * u < frac * 2^32: the same rule, bit for bit, as roundRational's stochastic mode.
 */
function stochastic64(x: Float64Array, w: Int32Array, f: NumberFormat, overflow: OverflowPolicy, seed: number, codes: Uint16Array, vals: Float64Array): void {
  const k = consts(f, 6, overflow);
  const table = decodeTable(f);
  const m = f.mbits;
  const exLo = 1023 - f.bias + 1;
  const invq = 2 ** (f.bias - 1 + m);
  const sb = f.bits - 1;
  // 2^(m - E) for each float64 exponent field that is normal in the target (E = ex - 1023), and its ordinal base
  const scale = new Float64Array(2048);
  const base = new Float64Array(2048);
  for (let e = exLo; e < 2047; e++) {
    scale[e] = 2 ** (m - (e - 1023));
    base[e] = (e - exLo) * 2 ** m;
  }
  for (let i = 0; i < codes.length; i++) {
    const hi = w[2 * i + 1]!;
    const ex = (hi >>> 20) & 0x7ff;
    const sign = hi >>> 31;
    if (ex === 0x7ff) {
      const c = code64(hi >>> 0, w[2 * i]! >>> 0, k, 0); // inf and NaN do not depend on the mode here
      codes[i] = c;
      vals[i] = table[c]!;
      continue;
    }
    const a = Math.abs(x[i]!);
    const t = ex >= exLo ? a * scale[ex]! : a * invq;
    const lo = Math.floor(t);
    const ord = base[ex]! + lo + (prngDraw(seed, i) < (t - lo) * 4294967296 ? 1 : 0);
    const c = ord > k.maxOrd ? k.over(sign) : ord + (sign << sb);
    codes[i] = c;
    vals[i] = table[c]!;
  }
}

/** Nearest-even from float32 for formats of at most 16 bits with bias <= 127: codes and values in one pass. */
function rne32(x: Float32Array, w: Int32Array, f: NumberFormat, overflow: OverflowPolicy, codes: Uint16Array, vals: Float64Array): void {
  const table = decodeTable(f);
  const k = consts(f, 0, overflow);
  const sh = 23 - f.mbits;
  const mask = (1 << sh) - 1;
  const halfm1 = (1 << (sh - 1)) - 1;
  const notmask = ~mask;
  const exLo = 127 - f.bias + 1;
  const off = (127 - f.bias) << f.mbits;
  const maxOrd = k.maxOrd;
  const sb = f.bits - 1;
  const invq = 2 ** (f.bias - 1 + f.mbits);
  const MAGIC = 6755399441055744; // 1.5 * 2^52: adding and subtracting it rounds to an integer, ties to even
  const n = codes.length;
  for (let i = 0; i < n; i++) {
    const u = w[i]!;
    const ex = (u >>> 23) & 0xff;
    const sign = u >>> 31;
    if (ex < exLo) {
      const c = (Math.abs(x[i]!) * invq + MAGIC) - MAGIC + (sign << sb);
      codes[i] = c;
      vals[i] = table[c]!;
      continue;
    }
    let c: number;
    if (ex !== 0xff) {
      const ord = ((((u & 0x7fffffff) + halfm1 + ((u >>> sh) & 1)) & notmask) >>> sh) - off;
      c = ord <= maxOrd ? ord + (sign << sb) : k.over(sign);
    } else c = code32(u >>> 0, k, 0);
    codes[i] = c;
    vals[i] = table[c]!;
  }
}

const TABLES = new Map<string, Float64Array>();

/** The value of every code of a format of at most 16 bits, as doubles (exact: these formats fit in float64). */
export function decodeTable(f: NumberFormat): Float64Array {
  const key = f.name;
  let t = TABLES.get(key);
  if (!t) {
    t = new Float64Array(2 ** f.bits);
    if (f.kind === "float" && f.signed && f.subnormals) {
      // exact double arithmetic: every value of a format of at most 16 bits is a double
      const m = f.mbits;
      const maxOrd = Number(B.maxOrdinal(f));
      const half = 2 ** (f.bits - 1);
      const mant = 2 ** m;
      for (let ord = 0; ord < half; ord++) {
        let v: number;
        if (ord > maxOrd) v = f.specials === "ieee" && ord % mant === 0 ? Infinity : NaN;
        else if (ord < mant) v = ord * 2 ** (1 - f.bias - m);
        else v = (mant + (ord % mant)) * 2 ** (Math.floor(ord / mant) - f.bias - m);
        t[ord] = v;
        t[ord + half] = -v;
      }
    } else for (let c = 0; c < t.length; c++) t[c] = codeToNumber(f, BigInt(c));
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
