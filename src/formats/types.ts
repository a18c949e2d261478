// The data types of the formats layer: a number format (pure data, see catalog.ts), a value stored in a format
// (the `format_value` of DESIGN's JSON contract) and the result of block quantization (`quantized`).
import type { Rational, Num } from "../numbers/index.js";

/** Where a float format keeps its special values. */
export type Specials =
  | "ieee" // all-ones exponent reserved: mantissa 0 is +-inf, anything else NaN (fp16, bf16, fp8e5m2)
  | "fn" // finite + one NaN pattern per sign (all magnitude bits set), no infinity (OCP E4M3FN, E8M0)
  | "none"; // every code is a finite number (fp6, fp4)

export type OverflowPolicy = "nonfinite" | "saturate";

/** A number format as data. Floats are sign | exponent | mantissa; ints are two's complement (or unsigned). */
export interface NumberFormat {
  /** Canonical name: `bf16`, `int8`, `float(5, 10)`. */
  readonly name: string;
  /** float: sign-magnitude binary float; pow2: unsigned powers of two (E8M0); int: integers. */
  readonly kind: "float" | "pow2" | "int";
  /** Width of a code in bits. */
  readonly bits: number;
  /** Exponent field width (0 for int). */
  readonly ebits: number;
  /** Mantissa (trailing significand) field width; for int the magnitude bits. */
  readonly mbits: number;
  /** Exponent bias (0 for int). */
  readonly bias: number;
  readonly signed: boolean;
  /** false: flush-to-zero (codes with exponent field 0 and a non-zero mantissa decode to zero). */
  readonly subnormals: boolean;
  readonly specials: Specials;
  /** Other names accepted for this format (catalog formats only). */
  readonly aliases: readonly string[];
}

/** An error measure of a rounding: exact when the input was exact, else a rational approximation. */
export interface ErrorMeasure {
  readonly value: Rational;
  /** true: `value` is the exact error; false: within a relative 2^-63 of it (inexact input). */
  readonly exact: boolean;
}

/** A value stored in a format: the `format_value` of the JSON contract. */
export interface FormatValue {
  readonly format: NumberFormat;
  /** The code (sign | exponent | mantissa, or two's complement for ints). */
  readonly code: bigint;
  /** The code in hex with the format's width, e.g. `0x3dcd`. */
  readonly bits: string;
  readonly class: "finite" | "inf" | "nan";
  /** 0 or 1; separate from `value` so that -0 survives. */
  readonly sign: 0 | 1;
  /** The exact stored value (null for inf and NaN); -0 is the rational 0 with sign 1. */
  readonly value: Rational | null;
  /** Binary strings of the fields (exponent empty for ints). */
  readonly fields: { readonly sign: string; readonly exponent: string; readonly mantissa: string };
  /** The full decimal expansion of the stored value (finite: dyadic values have one), or inf/-inf/nan. */
  readonly exact_decimal: string;
  /** The input that was rounded (null for frombits, nextup, ...). */
  readonly input: Num | null;
  /** |stored - input|, |stored - input| / |input|, |stored - input| / ulp(stored); null when not meaningful. */
  readonly abs_error: ErrorMeasure | null;
  readonly rel_error: ErrorMeasure | null;
  readonly ulps: ErrorMeasure | null;
  /** [next below, next above] as format values without neighbours of their own; null entries at the ends. */
  readonly neighbours: readonly [FormatValue | null, FormatValue | null] | null;
  /** The NaN payload (mantissa bits) for NaN, else null. */
  readonly payload: bigint | null;
}

/** Error metrics of a quantization against the exact input. */
export interface QuantError {
  readonly max_abs: Rational;
  /** Root mean square error: correctly rounded decimal is the renderer's job; here as a float64 and exact square. */
  readonly mse: Rational;
  /** 10*log10(sum x^2 / sum err^2), Infinity when lossless, as float64 (documented 1e-12 relative). */
  readonly sqnr_db: number;
}

/** The result of block quantization: the `quantized` of the JSON contract. */
export interface Quantized {
  readonly scheme: string;
  readonly block_size: number;
  /** One code per block (E8M0 for MX, UE4M3 for NVFP4, the scale's float code otherwise: null when not a code). */
  readonly scale_codes: readonly (number | null)[];
  /** MX only: the exponent of each block's scale (null for a NaN scale). */
  readonly scale_exps: readonly (number | null)[] | null;
  /** Each block's scale as an exact rational (null for a NaN scale). */
  readonly scales: readonly (Rational | null)[];
  /** One integer per element, null for elements of a NaN block; null when every block is NaN. */
  readonly codes: readonly (number | null)[] | null;
  /** Dequantized values (null for NaN). */
  readonly dequantized: readonly (Rational | null)[];
  readonly error: QuantError;
  /** Shape of the input (vector [n] or matrix [r, c]). */
  readonly shape: readonly number[];
  /** NVFP4: the per-tensor encode scale S_enc (dequantized = element * scale / S_enc). */
  readonly tensor_scale?: Rational;
  /** LLM.int8(): the outlier columns kept in fp16 (0-based). */
  readonly outlier_columns?: readonly number[];
}
