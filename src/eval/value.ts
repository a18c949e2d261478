// The values the evaluator computes: scalars of the numeric tower plus the other kinds of the JSON contract.
// Plain readonly objects discriminated by `kind`; render/ turns each into text, JSON and LaTeX.
import type { Num } from "../numbers/index.js";
import type { NumberFormat, FormatValue, Quantized } from "../formats/index.js";
import type { Expr, Solutions } from "../algebra/index.js";
import type { Node } from "../lang/index.js";
import type { RoundingMode } from "../core/index.js";

export interface BooleanValue {
  readonly kind: "boolean";
  readonly value: boolean;
}
export interface StringValue {
  readonly kind: "string";
  readonly value: string;
}
/**
 * Vectors (rank 1), matrices (rank 2) and arrays (rank >= 3), row-major. Elements are scalars (Num) or symbolic
 * expressions; never nested tensors.
 */
export interface TensorValue {
  readonly kind: "tensor";
  readonly shape: readonly number[];
  readonly data: readonly Value[];
}
/** A symbolic expression or equation in unknowns (inert until simplify/solve/... is asked). */
export interface ExpressionValue {
  readonly kind: "expression";
  readonly expr: Expr;
}
/** A user-defined function `f(x) = body`, or a builtin used as a value (`body` null, `name` the builtin). */
export interface FunctionValue {
  readonly kind: "function";
  readonly name: string;
  readonly params: readonly string[];
  readonly body: Node | null;
  /** Source text of the definition, e.g. "f(x) = x^2 + 1". */
  readonly text: string;
}
export interface SolutionsValue {
  readonly kind: "solutions";
  readonly solutions: Solutions;
}
/** A number format used as a value (`bf16`, `float(5, 10)`), e.g. as the argument of bits(). */
export interface FormatSpecValue {
  readonly kind: "format";
  readonly format: NumberFormat;
  /** Rounding for `expr in ...` (from rounding(fmt, mode, overflow, seed)); nearest_even/nonfinite/0 when absent. */
  readonly rounding?: { readonly mode: RoundingMode; readonly overflow: "nonfinite" | "saturate"; readonly seed: number };
}
export interface FormatNumberValue {
  readonly kind: "format_value";
  readonly value: FormatValue;
}
export interface QuantizedValue {
  readonly kind: "quantized";
  readonly value: Quantized;
}

export type Value =
  | Num
  | BooleanValue
  | StringValue
  | TensorValue
  | ExpressionValue
  | FunctionValue
  | SolutionsValue
  | FormatSpecValue
  | FormatNumberValue
  | QuantizedValue;

const NUM_KINDS: ReadonlySet<string> = new Set(["rational", "radical", "symbolic", "real", "complex"]);

export function isNum(v: Value): v is Num {
  return NUM_KINDS.has(v.kind);
}

/** Human name of a value's kind, for error messages ("cannot add a boolean and a vector"). */
export function describeKind(v: Value): string {
  switch (v.kind) {
    case "rational":
    case "radical":
    case "symbolic":
    case "real":
      return "a number";
    case "complex":
      return "a complex number";
    case "boolean":
      return "a boolean";
    case "string":
      return "a string";
    case "tensor":
      return v.shape.length === 1 ? "a vector" : v.shape.length === 2 ? "a matrix" : "an array";
    case "expression":
      return "a symbolic expression";
    case "function":
      return "a function";
    case "solutions":
      return "a set of solutions";
    case "format":
      return "a number format";
    case "format_value":
      return "a format value";
    case "quantized":
      return "a quantized tensor";
  }
}

export const TRUE: BooleanValue = Object.freeze({ kind: "boolean", value: true });
export const FALSE: BooleanValue = Object.freeze({ kind: "boolean", value: false });
export const bool = (b: boolean): BooleanValue => (b ? TRUE : FALSE);
