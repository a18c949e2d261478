// `value to target`: base conversions (hex, bin, oct), exact/decimal views, and number formats (`0.1 to bf16`).
// Units will add their targets here (a later issue keeps the `to` syntax free for them).
import { typeError, nameError, type Span } from "../core/index.js";
import * as N from "../numbers/index.js";
import * as F from "../formats/index.js";
import type { Node } from "../lang/index.js";
import type { EvalContext } from "./context.js";
import { type Value, type FormatNumberValue, isNum, describeKind } from "./value.js";
import { mapTensor } from "./tensor.js";
import { closest } from "./names.js";

const BASES: ReadonlyMap<string, { radix: number; prefix: string }> = new Map([
  ["hex", { radix: 16, prefix: "0x" }],
  ["hexadecimal", { radix: 16, prefix: "0x" }],
  ["bin", { radix: 2, prefix: "0b" }],
  ["binary", { radix: 2, prefix: "0b" }],
  ["oct", { radix: 8, prefix: "0o" }],
  ["octal", { radix: 8, prefix: "0o" }],
]);

const VIEWS = ["hex", "bin", "oct", "binary", "octal", "hexadecimal", "fraction", "exact", "decimal"];

export function convertValue(
  value: Value,
  target: Node,
  ctx: EvalContext,
  evaluate: (n: Node) => Value,
): Value {
  if (target.kind === "name" || target.kind === "string") {
    const name = target.kind === "name" ? target.name : target.value;
    const base = BASES.get(name);
    if (base) return mapScalars(value, (v) => toBase(v, base.radix, base.prefix, target.span));
    if (name === "fraction" || name === "exact") return value;
    if (name === "decimal") return mapScalars(value, (v) => toDecimalView(v, ctx));
    const fmt = F.lookupFormat(name);
    if (fmt) return roundInto(value, fmt, ctx);
    if (target.kind === "string" || !ctx.env.vars.has(name)) {
      throw nameError("unknown-name", `unknown conversion target '${name}'`, {
        span: target.span,
        notes: suggestTarget(name),
      });
    }
  }
  const t = evaluate(target);
  if (t.kind === "format") return roundInto(value, t.format, ctx);
  throw typeError(`cannot convert to ${describeKind(t)}`, { span: target.span });
}

function suggestTarget(name: string): string[] {
  const s = closest(name, [...VIEWS, ...F.formatNames()]);
  return s ? [`did you mean '${s}'?`] : ["targets: hex, bin, oct, fraction, decimal, or a number format such as bf16"];
}

function mapScalars(v: Value, f: (x: Value) => Value): Value {
  return v.kind === "tensor" ? mapTensor(v, f) : f(v);
}

function roundInto(value: Value, fmt: F.NumberFormat, ctx: EvalContext): Value {
  return mapScalars(value, (v): Value => {
    if (v.kind === "format_value") v = formatValueAsNum(v);
    if (!isNum(v)) throw typeError(`cannot round ${describeKind(v)} to a number format`);
    return { kind: "format_value", value: F.roundToFormat(v, fmt, "nearest_even", "nonfinite", 0, ctx) };
  });
}

function toBase(v: Value, radix: number, prefix: string, span: Span): Value {
  if (!isNum(v) || !N.isExactInteger(v)) {
    throw typeError(`only integers convert to ${prefix === "0x" ? "hex" : prefix === "0b" ? "binary" : "octal"}`, {
      span,
    });
  }
  const n = N.toBigInt(v, "the value");
  const digits = (n < 0n ? -n : n).toString(radix);
  return { kind: "string", value: `${n < 0n ? "-" : ""}${prefix}${digits}` };
}

/** The decimal view: the value as a real (its exact form dropped), shown to the requested digits. */
function toDecimalView(v: Value, ctx: EvalContext): Value {
  if (!isNum(v) || v.kind === "complex") return v;
  const d = N.toDecimal(v, ctx.digits, ctx);
  return { kind: "string", value: d.text };
}

/** The exact number a format value stores (for arithmetic on `0.1 to bf16`). */
export function formatValueAsNum(v: FormatNumberValue): N.Num {
  return F.formatValueToNum(v.value);
}
