// quantize(v, scheme[, rounding[, param]]): the scheme table (MX, NVFP4, absmax int8 per tensor/row/column,
// LLM.int8() mixed-precision decomposition, block-wise absmax int8/int4) and the error metrics of the result.
// References: OCP MX v1.0; NVIDIA NVFP4; Dettmers et al. 2022 "LLM.int8()" (vector-wise absmax, outliers >= 6
// kept in fp16); Dettmers et al. 2021 "8-bit optimizers via block-wise quantization".
import { Q, type Rational } from "../numbers/index.js";
import { domainError, dimensionError, type RoundingMode, type Budget } from "../core/index.js";
import type { Quantized, QuantError, NumberFormat } from "./types.js";
import { decode } from "./binary-format.js";
import { roundRational, prngDraw } from "./round.js";
import { lookupFormat } from "./catalog.js";
import { MX_SCHEMES, MX_BLOCK, NVFP4_BLOCK, quantizeMx, quantizeNvfp4, type QElem, type BlockResult, type MxOptions } from "./mx.js";

export interface QuantizeInput {
  /** Row-major elements; shape [n] or [rows, cols]. */
  readonly values: readonly QElem[];
  readonly shape: readonly number[];
}

/** Scheme names accepted by quantize (block-wise ones also as `int8_block<k>` / `int4_block<k>`). */
export const SCHEME_NAMES: readonly string[] = [
  ...MX_SCHEMES.keys(),
  "nvfp4",
  "int8",
  "int8_row",
  "int8_col",
  "llm_int8",
  "int8_block",
  "int4_block",
];

export function isSchemeName(name: string): boolean {
  return SCHEME_NAMES.includes(name) || /^int[48]_block\d+$/.test(name);
}

/**
 * Quantizes v with `scheme`, rounding elements with `mode` (stochastic: element i uses draw i of `seed`).
 * `param`: NVFP4's tensor_amax; LLM.int8()'s outlier threshold (default 6); the block size of int8_block /
 * int4_block (default 64). Exact throughout: scales, codes, dequantized values and max_abs/mse are rationals.
 * DimensionError when the length is not a multiple of the block size; DomainError for an unknown scheme.
 */
export function quantize(
  input: QuantizeInput,
  scheme: string,
  mode: RoundingMode = "nearest_even",
  param: Rational | null = null,
  seed = 0,
  budget?: Budget,
  mxOptions: MxOptions = {},
): Quantized {
  const v = input.values;
  budget?.checkElements(v.length, "the quantized tensor");
  const mx = MX_SCHEMES.get(scheme);
  let r: BlockResult;
  let blockSize: number;
  let name = scheme;
  let extra: Partial<Quantized> = {};
  if (mx) {
    checkMultiple(v.length, MX_BLOCK, mx.name, input.shape);
    r = quantizeMx(v, mx, mode, seed, mxOptions, budget);
    blockSize = MX_BLOCK;
    name = mx.name;
  } else if (scheme === "nvfp4") {
    checkMultiple(v.length, NVFP4_BLOCK, scheme, input.shape);
    const n = quantizeNvfp4(v, mode, param, seed, budget);
    r = n;
    blockSize = NVFP4_BLOCK;
    extra = { tensor_scale: n.senc };
  } else {
    const finite = v.map((x) => {
      if (typeof x === "string") throw domainError("out-of-domain", `${scheme} cannot quantize ${x}`);
      return x;
    });
    const rows = input.shape.length === 2 ? input.shape[0]! : 1;
    const cols = input.shape.length === 2 ? input.shape[1]! : v.length;
    const block = /^(int[48])_block(\d*)$/.exec(scheme);
    if (scheme === "int8") {
      r = absmaxGroups(finite, [range(v.length)], 8, mode, seed, budget);
      blockSize = v.length;
    } else if (scheme === "int8_row") {
      r = absmaxGroups(finite, range(rows).map((i) => range(cols).map((j) => i * cols + j)), 8, mode, seed, budget);
      blockSize = cols;
    } else if (scheme === "int8_col") {
      r = absmaxGroups(finite, range(cols).map((j) => range(rows).map((i) => i * cols + j)), 8, mode, seed, budget);
      blockSize = rows;
    } else if (scheme === "llm_int8") {
      const res = llmInt8(finite, rows, cols, param ?? Q.fromInt(6), mode, seed, budget);
      r = res;
      blockSize = cols;
      extra = { outlier_columns: res.outliers };
    } else if (block) {
      const k = block[2] ? Number(block[2]) : param ? Number(Q.trunc(param)) : 64;
      if (!(k >= 1 && k <= v.length)) throw domainError("out-of-domain", `block size ${k} must be between 1 and ${v.length}`);
      checkMultiple(v.length, k, scheme, input.shape);
      const groups = range(v.length / k).map((g) => range(k).map((i) => g * k + i));
      r = absmaxGroups(finite, groups, block[1] === "int8" ? 8 : 4, mode, seed, budget);
      blockSize = k;
      name = `${block[1]}_block${k}`;
    } else {
      throw domainError("unknown-mode", `unknown quantization scheme '${scheme}'`, {
        notes: [`schemes: ${SCHEME_NAMES.join(", ")}`],
      });
    }
  }
  return {
    scheme: name,
    block_size: blockSize,
    scale_codes: r.scale_codes,
    scale_exps: r.scale_exps,
    scales: r.scales,
    codes: r.codes.every((c) => c === null) && v.length > 0 ? null : r.codes,
    dequantized: r.dequantized,
    error: metrics(v, r.dequantized, budget),
    shape: input.shape,
    ...extra,
  };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function checkMultiple(n: number, k: number, scheme: string, shape?: readonly number[]): void {
  if (n === 0 || n % k !== 0) {
    throw dimensionError(`${scheme} needs a length that is a multiple of its block size ${k}, got ${n}`);
  }
  // blocks run along rows: a matrix row must hold whole blocks (no block straddles two rows)
  if (shape && shape.length === 2 && shape[1]! % k !== 0) {
    throw dimensionError(`${scheme} blocks of ${k} run along the rows: the ${shape[1]} columns must be a multiple of ${k}`);
  }
}

/**
 * Symmetric absmax quantization of each group of indices to signed `bits`-bit integers: scale = amax / qmax
 * (qmax = 2^(bits-1) - 1), code = round(x / scale) in [-qmax, qmax], dequantized = code * scale; an all-zero group
 * has scale 0 and codes 0.
 */
function absmaxGroups(v: readonly Rational[], groups: readonly number[][], bits: number, mode: RoundingMode, seed: number, budget?: Budget): BlockResult {
  const fmt = lookupFormat(`int${bits}`)!;
  const qmax = (1 << (bits - 1)) - 1;
  const codes: (number | null)[] = new Array(v.length).fill(null);
  const deq: (Rational | null)[] = new Array(v.length).fill(null);
  const scales: Rational[] = [];
  for (const g of groups) {
    budget?.tick(g.length);
    let amax = Q.ZERO;
    for (const i of g) if (Q.cmp(Q.absQ(v[i]!), amax) > 0) amax = Q.absQ(v[i]!);
    const scale = Q.div(amax, Q.fromInt(qmax));
    scales.push(scale);
    for (const i of g) {
      if (scale.num === 0n) {
        codes[i] = 0;
        deq[i] = Q.ZERO;
        continue;
      }
      const c = roundRational(fmt, Q.div(v[i]!, scale), mode, "saturate", prngDraw(seed, i));
      const signed = c >= 1n << BigInt(bits - 1) ? c - (1n << BigInt(bits)) : c;
      const k = Math.max(-qmax, Number(signed)); // symmetric range: -2^(bits-1) is not used
      codes[i] = k;
      deq[i] = Q.mul(Q.fromInt(k), scale);
    }
  }
  return { scale_codes: scales.map(() => null), scale_exps: null, scales, codes, dequantized: deq };
}

/**
 * LLM.int8() mixed-precision decomposition: columns holding any |x| >= threshold are outliers kept in fp16
 * (rounded to nearest-even; their codes are fp16 codes); the other columns are quantized vector-wise (absmax int8
 * per row). `outliers` lists the outlier columns (0-based).
 */
function llmInt8(v: readonly Rational[], rows: number, cols: number, threshold: Rational, mode: RoundingMode, seed: number, budget?: Budget): BlockResult & { outliers: number[] } {
  const fp16 = lookupFormat("fp16")!;
  const outliers = range(cols).filter((j) => range(rows).some((i) => Q.cmp(Q.absQ(v[i * cols + j]!), threshold) >= 0));
  const isOut = new Set(outliers);
  const regular = range(cols).filter((j) => !isOut.has(j));
  const r = absmaxGroups(v, range(rows).map((i) => regular.map((j) => i * cols + j)), 8, mode, seed, budget);
  for (const j of outliers) {
    for (let i = 0; i < rows; i++) {
      const idx = i * cols + j;
      const c = roundRational(fp16, v[idx]!, "nearest_even", "nonfinite");
      r.codes[idx] = Number(c);
      r.dequantized[idx] = decodeFinite(fp16, c);
    }
  }
  return { ...r, outliers };
}

function decodeFinite(f: NumberFormat, c: bigint): Rational | null {
  const d = decode(f, c);
  return d.kind === "finite" ? d.value : null;
}

/** max |deq - v|, mean squared error and SQNR over the finite elements (NaN blocks are left out). Exact but SQNR. */
export function metrics(v: readonly QElem[], deq: readonly (Rational | null)[], budget?: Budget): QuantError {
  let maxAbs = Q.ZERO;
  let sumErr2 = Q.ZERO;
  let sumSig2 = Q.ZERO;
  let n = 0;
  v.forEach((x, i) => {
    budget?.tick();
    const d = deq[i];
    if (typeof x === "string" || !d) return;
    const e = Q.sub(d, x);
    if (Q.cmp(Q.absQ(e), maxAbs) > 0) maxAbs = Q.absQ(e);
    sumErr2 = Q.add(sumErr2, Q.mul(e, e));
    sumSig2 = Q.add(sumSig2, Q.mul(x, x));
    n++;
  });
  const mse = n === 0 ? Q.ZERO : Q.div(sumErr2, Q.fromInt(n));
  const sqnr = sumErr2.num === 0n ? Infinity : sumSig2.num === 0n ? -Infinity : 10 * log10Q(Q.div(sumSig2, sumErr2));
  return { max_abs: maxAbs, mse, sqnr_db: sqnr };
}

/** log10 of a positive rational as a double (relative error about 1e-15; no overflow for huge parts). */
export function log10Q(q: Rational): number {
  return (log2Big(q.num) - log2Big(q.den)) * Math.LOG10E * Math.LN2;
}

function log2Big(n: bigint): number {
  const bl = Q.bitLength(n);
  if (bl <= 1000) return Math.log2(Number(n));
  return Math.log2(Number(n >> BigInt(bl - 64))) + (bl - 64);
}
