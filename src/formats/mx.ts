// Block formats with shared scales: OCP Microscaling (MX) v1.0 (MXFP8 E4M3/E5M2, MXFP6 E2M3/E3M2, MXFP4, MXINT8:
// 32 elements sharing an E8M0 scale X = 2^(floor(log2(amax)) - emax_elem), spec §5.3 / §6.3) and NVFP4 (16 E2M1
// elements sharing a UE4M3 scale, with an optional per-tensor FP32 scale). Exact: scales and elements come from
// exact rationals, rounded once; the exponent is found exactly (never a float log2).
import { Q, type Rational } from "../numbers/index.js";
import type { RoundingMode, Budget } from "../core/index.js";
import type { NumberFormat } from "./types.js";
import * as B from "./binary-format.js";
import { roundRational, prngDraw } from "./round.js";
import { lookupFormat } from "./catalog.js";

/** An element of a tensor to quantize: an exact rational or a non-finite value. */
export type QElem = Rational | "nan" | "inf" | "-inf";

/** What every block scheme returns before error metrics are attached. */
export interface BlockResult {
  readonly scale_codes: (number | null)[];
  readonly scale_exps: (number | null)[] | null;
  readonly scales: (Rational | null)[];
  readonly codes: (number | null)[];
  readonly dequantized: (Rational | null)[];
}

export interface MxScheme {
  readonly name: string;
  /** Element format (null for MXINT8, whose elements are k/64 with k in [-127, 127]). */
  readonly element: NumberFormat | null;
  /** Exponent of the element format's largest normal power of two. */
  readonly emaxElem: number;
}

const fmt = (n: string): NumberFormat => lookupFormat(n)!;

/** The MX schemes of OCP MX v1.0 Table 1 (block size 32, E8M0 scale). */
export const MX_SCHEMES: ReadonlyMap<string, MxScheme> = new Map([
  ["mxfp8_e4m3", { name: "mxfp8_e4m3", element: fmt("fp8e4m3"), emaxElem: 8 }],
  ["mxfp8_e5m2", { name: "mxfp8_e5m2", element: fmt("fp8e5m2"), emaxElem: 15 }],
  ["mxfp6_e2m3", { name: "mxfp6_e2m3", element: fmt("fp6e2m3"), emaxElem: 2 }],
  ["mxfp6_e3m2", { name: "mxfp6_e3m2", element: fmt("fp6e3m2"), emaxElem: 4 }],
  ["mxfp4", { name: "mxfp4", element: fmt("fp4e2m1"), emaxElem: 2 }],
  ["mxfp4_e2m1", { name: "mxfp4", element: fmt("fp4e2m1"), emaxElem: 2 }],
  ["mxint8", { name: "mxint8", element: null, emaxElem: 0 }],
]);

export const MX_BLOCK = 32;
export const NVFP4_BLOCK = 16;

function isFinite(x: QElem): x is Rational {
  return typeof x !== "string";
}

/** A block holding NaN or inf: the NaN scale code and null elements. */
function pushNanBlock(out: BlockResult, nanScale: number, n: number): void {
  out.scale_codes.push(nanScale);
  out.scales.push(null);
  for (let i = 0; i < n; i++) {
    out.codes.push(null);
    out.dequantized.push(null);
  }
}

function amaxOf(block: readonly Rational[]): Rational {
  let m = Q.ZERO;
  for (const x of block) if (Q.cmp(Q.absQ(x), m) > 0) m = Q.absQ(x);
  return m;
}

/**
 * MX quantization of `v` (length a multiple of 32, checked by the caller): per block the shared exponent
 * e = clamp(floor(log2(amax)) - emax_elem, -127, 127) (all-zero block: -127; a block with NaN or inf: NaN scale
 * 0xFF and null elements), elements round(v / 2^e) in the element format with `mode`, saturating at its largest
 * finite value. MXINT8 elements are k/64, k = round(64 v / 2^e) clamped to [-127, 127], code = k's byte.
 */
export function quantizeMx(v: readonly QElem[], scheme: MxScheme, mode: RoundingMode, seed = 0, options: MxOptions = {}, budget?: Budget): BlockResult {
  const out: BlockResult = { scale_codes: [], scale_exps: [], scales: [], codes: [], dequantized: [] };
  const int8 = fmt("int8");
  for (let b = 0; b < v.length; b += MX_BLOCK) {
    budget?.tick(MX_BLOCK);
    const block = v.slice(b, b + MX_BLOCK);
    if (!block.every(isFinite)) {
      out.scale_exps!.push(null);
      pushNanBlock(out, 0xff, block.length);
      continue;
    }
    const amax = amaxOf(block);
    const e = amax.num === 0n ? -127 : Math.min(127, Math.max(-127, options.scale === "ceil" ? ceilExp(amax, scheme) : B.floorLog2(amax) - scheme.emaxElem));
    const X = B.dyadic(1n, e);
    out.scale_codes.push(e + 127);
    out.scale_exps!.push(e);
    out.scales.push(X);
    block.forEach((x, i) => {
      const u = prngDraw(seed, b + i);
      const scaled = Q.div(x, X);
      if (scheme.element === null) {
        const code = roundRational(int8, Q.mul(scaled, Q.fromInt(64)), mode, "saturate", u);
        const k = code >= 128n ? Number(code) - 256 : Number(code);
        const kc = options.fullRange ? k : Math.max(-127, k); // MXINT8 uses [-127, 127] unless fullRange
        out.codes.push(kc & 0xff);
        out.dequantized.push(Q.mul(Q.make(BigInt(kc), 64n), X));
      } else {
        const code = roundRational(scheme.element, scaled, mode, "saturate", u);
        const d = B.decode(scheme.element, code);
        out.codes.push(Number(code));
        out.dequantized.push(d.kind === "finite" ? Q.mul(d.value, X) : null);
      }
    });
  }
  return out;
}

export interface MxOptions {
  /**
   * "floor" (OCP MX v1.0, default): X = 2^(floor(log2 amax) - emax_elem), the largest elements may saturate;
   * "ceil": the smallest power of two with amax / X <= the element format's max (no saturation, one bit less
   * resolution for some blocks), as some training recipes do.
   */
  readonly scale?: "floor" | "ceil";
  /** MXINT8 only: allow k = -128 (element -2), the full two's complement range. */
  readonly fullRange?: boolean;
}

/** The smallest e with amax / 2^e <= max element (exact). */
function ceilExp(amax: Rational, scheme: MxScheme): number {
  const maxElem = scheme.element ? B.ordinalValue(scheme.element, B.maxOrdinal(scheme.element)) : Q.make(127n, 64n);
  const r = Q.div(amax, maxElem);
  const e = B.floorLog2(r);
  return Q.eq(r, B.dyadic(1n, e)) ? e : e + 1;
}

/**
 * NVFP4: per block of 16, s_b = e4m3(amax_b / 6 * S_enc) (nearest-even, saturating at 448), S_enc = 448*6 /
 * tensor_amax when given and non-zero, else 1; elements e2m1(v * S_enc / s_b) with `mode`, saturating at 6; the
 * scale code is the E4M3 code with sign bit 0; a block whose scale is 0 dequantizes to zeros (codes 0, or 0x8 for
 * negative values); a block holding NaN or inf gets the NaN scale code 0x7F and null elements. Dequantized value
 * = element * s_b / S_enc. Exact.
 */
export function quantizeNvfp4(v: readonly QElem[], mode: RoundingMode, tensorAmax: Rational | null, seed = 0, budget?: Budget): BlockResult & { senc: Rational } {
  const e4m3 = fmt("fp8e4m3");
  const e2m1 = fmt("fp4e2m1");
  const senc = tensorAmax && tensorAmax.num !== 0n ? Q.div(Q.fromInt(448 * 6), Q.absQ(tensorAmax)) : Q.ONE;
  const out = { scale_codes: [] as (number | null)[], scale_exps: null, scales: [] as (Rational | null)[], codes: [] as (number | null)[], dequantized: [] as (Rational | null)[], senc };
  for (let b = 0; b < v.length; b += NVFP4_BLOCK) {
    budget?.tick(NVFP4_BLOCK);
    const block = v.slice(b, b + NVFP4_BLOCK);
    if (!block.every(isFinite)) {
      pushNanBlock(out, 0x7f, block.length);
      continue;
    }
    const amax = amaxOf(block);
    const sCode = roundRational(e4m3, Q.mul(Q.div(amax, Q.fromInt(6)), senc), "nearest_even", "saturate");
    const sb = B.decode(e4m3, sCode);
    const s = sb.kind === "finite" ? sb.value : Q.ZERO;
    out.scale_codes.push(Number(sCode & 0x7fn));
    out.scales.push(s);
    block.forEach((x, i) => {
      if (s.num === 0n) {
        out.codes.push(x.num < 0n ? 0x8 : 0);
        out.dequantized.push(Q.ZERO);
        return;
      }
      const code = roundRational(e2m1, Q.div(Q.mul(x, senc), s), mode, "saturate", prngDraw(seed, b + i));
      const d = B.decode(e2m1, code);
      out.codes.push(Number(code));
      out.dequantized.push(d.kind === "finite" ? Q.div(Q.mul(d.value, s), senc) : null);
    });
  }
  return out;
}
