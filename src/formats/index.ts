// PLACEHOLDER owned by the formats helper: number formats, rounding, quantization (issue 3).
/** A number format (fp16, bf16, fp8e4m3, int8, float(e, m, ...)). */
export interface NumberFormat {
  readonly name: string;
}
/** A value stored in a format: the `format_value` of the JSON contract. */
export interface FormatValue {
  readonly format: NumberFormat;
}
/** The result of block quantization: the `quantized` of the JSON contract. */
export interface Quantized {
  readonly scheme: string;
}
