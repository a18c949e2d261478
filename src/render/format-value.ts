// Rendering of the formats layer's values: a number format (its table of properties), a format_value (stored value,
// fields, bits, errors, neighbours) and a quantized tensor, each to ValueJSON (DESIGN contract), one-line text
// and LaTeX (the terminal's multi-line display is render/display.ts, working from the JSON).
import { Q, rational, toDecimal, type Rational, type RationalNum, type NumCtx } from "../numbers/index.js";
import { formatInfo, isqrt, type FormatValue, type ErrorMeasure, type NumberFormat, type Quantized } from "../formats/index.js";
import type { FormatSpecValue, FormatNumberValue, QuantizedValue } from "../eval/index.js";
import { numberToJSON, type ValueJSON, type NumberJSON } from "./number.js";
import type { Rendered } from "./value.js";

/** Significant digits of the short decimals in one-line text (the JSON carries full `digits`). */
const SHORT = 7;

export function formatRender(v: FormatSpecValue | FormatNumberValue | QuantizedValue, digits: number, ctx: NumCtx): Rendered {
  switch (v.kind) {
    case "format":
      return { json: formatSpecJSON(v.format, digits, ctx), text: formatSpecText(v.format, ctx), latex: `\\text{${v.format.name}}` };
    case "format_value":
      return { json: formatValueJSON(v.value, digits, ctx), text: formatValueText(v.value), latex: formatValueLatex(v.value) };
    case "quantized":
      return { json: quantizedJSON(v.value, digits, ctx), text: quantizedText(v.value, ctx), latex: quantizedLatex(v.value, ctx) };
  }
}

const q2json = (q: Rational, digits: number, ctx: NumCtx): ValueJSON => numberToJSON(rational(q), digits, ctx);
const rat = (q: Rational): RationalNum => ({ kind: "rational", value: q });
const short = (q: Rational, ctx: NumCtx): string => toDecimal(rat(q), SHORT, ctx).text;

/** Number ValueJSON of an error measure: exact rationals stay exact; approximate ones are reals. */
function errorJSON(e: ErrorMeasure | null, digits: number, ctx: NumCtx): ValueJSON | null {
  if (!e) return null;
  if (e.exact) return q2json(e.value, digits, ctx);
  // the approximation is good to a relative 2^-63: print the most digits (at most 17) on which both ends of that
  // interval agree, so the decimal is the true error correctly rounded
  const slack = Q.make(1n, 1n << 62n);
  const lo = rat(Q.mul(e.value, Q.sub(Q.ONE, slack)));
  const hi = rat(Q.mul(e.value, Q.add(Q.ONE, slack)));
  for (let d = Math.min(digits, 17); d >= 1; d--) {
    const text = toDecimal(lo, d, ctx).text;
    if (text === toDecimal(hi, d, ctx).text) return { type: "real", decimal: text, digits: d, decimal_is_exact: false } satisfies NumberJSON;
  }
  return { type: "real", decimal: toDecimal(rat(e.value), 1, ctx).text, digits: 1, decimal_is_exact: false, certain: false } satisfies NumberJSON;
}

function valueJSON(v: FormatValue, digits: number, ctx: NumCtx): ValueJSON {
  if (v.class === "finite") return q2json(v.value!, digits, ctx);
  return { type: "real", decimal: v.class === "nan" ? "nan" : v.sign ? "-inf" : "inf" };
}

/** The `format_value` ValueJSON of DESIGN's contract. */
export function formatValueJSON(v: FormatValue, digits: number, ctx: NumCtx, withNeighbours = true): ValueJSON {
  const out: { type: string; [key: string]: unknown } = {
    type: "format_value",
    format: v.format.name,
    value: valueJSON(v, digits, ctx),
    sign: v.sign,
    bits: v.bits,
    fields: { ...v.fields },
    exact_decimal: v.exact_decimal,
    // the value that was rounded (for `expr in fmt`, the exact result): shown beside the stored one
    ...(v.input ? { input: numberToJSON(v.input, digits, ctx) } : {}),
    abs_error: errorJSON(v.abs_error, digits, ctx),
    rel_error: errorJSON(v.rel_error, digits, ctx),
    ulps: errorJSON(v.ulps, digits, ctx),
  };
  if (withNeighbours) out["neighbours"] = (v.neighbours ?? [null, null]).map((n) => (n ? formatValueJSON(n, digits, ctx, false) : null));
  if (v.payload !== null) out["payload"] = `0x${v.payload.toString(16)}`;
  return out;
}

/** One line: `0.10009765625 (bf16 0x3dcd)`. */
export function formatValueText(v: FormatValue): string {
  return `${v.exact_decimal} (${v.format.name} ${v.bits})`;
}

function formatValueLatex(v: FormatValue): string {
  const val = v.class === "finite" ? v.exact_decimal : v.class === "nan" ? "\\text{NaN}" : v.sign ? "-\\infty" : "\\infty";
  return `${val}\\ (\\text{${v.format.name}}\\ \\texttt{${v.bits}})`;
}

function formatSpecJSON(fmt: NumberFormat, digits: number, ctx: NumCtx): ValueJSON {
  const i = formatInfo(fmt);
  return {
    type: "format",
    name: fmt.name,
    kind: fmt.kind,
    bits: fmt.bits,
    exponent_bits: fmt.ebits,
    mantissa_bits: fmt.mbits,
    bias: fmt.bias,
    signed: fmt.signed,
    subnormals: fmt.subnormals,
    max: q2json(i.max, digits, ctx),
    min_normal: q2json(i.min_normal, digits, ctx),
    min_subnormal: q2json(i.min_subnormal, digits, ctx),
    epsilon: q2json(i.epsilon, digits, ctx),
    finite_values: i.finite_values.toString(),
    has_inf: i.has_inf,
    has_nan: i.has_nan,
    aliases: [...fmt.aliases],
  };
}

/** One line: `fp8e4m3: 8 bits (1 sign, 4 exponent, 3 mantissa, bias 7), max 448, ...`. */
export function formatSpecText(fmt: NumberFormat, ctx: NumCtx): string {
  const i = formatInfo(fmt);
  const layout =
    fmt.kind === "int"
      ? `${fmt.bits} bits (${fmt.signed ? "two's complement" : "unsigned"})`
      : `${fmt.bits} bits (${fmt.signed ? "1 sign, " : ""}${fmt.ebits} exponent, ${fmt.mbits} mantissa, bias ${fmt.bias})`;
  const specials = i.has_inf ? "inf and NaN" : i.has_nan ? "NaN, no inf" : "no inf or NaN";
  return [
    `${fmt.name}: ${layout}`,
    `max ${short(i.max, ctx)}`,
    `min normal ${short(i.min_normal, ctx)}`,
    `min subnormal ${short(i.min_subnormal, ctx)}`,
    `epsilon ${short(i.epsilon, ctx)}`,
    `${i.finite_values} finite values`,
    specials,
  ].join(", ");
}

function quantizedJSON(q: Quantized, digits: number, ctx: NumCtx): ValueJSON {
  const num = (x: Rational | null): ValueJSON => (x ? q2json(x, digits, ctx) : { type: "real", decimal: "nan" });
  const deq = q.dequantized.map(num);
  const e = q.error;
  return {
    type: "quantized",
    scheme: q.scheme,
    block_size: q.block_size,
    scale_codes: [...q.scale_codes],
    ...(q.scale_exps ? { scale_exps: [...q.scale_exps] } : {}),
    scales: q.scales.map(num),
    codes: q.codes ? [...q.codes] : null,
    dequantized:
      q.shape.length === 2
        ? { type: "matrix", shape: [...q.shape], elements: Array.from({ length: q.shape[0]! }, (_, r) => deq.slice(r * q.shape[1]!, (r + 1) * q.shape[1]!)) }
        : { type: "vector", shape: [deq.length], elements: deq },
    error: {
      max_abs: q2json(e.max_abs, digits, ctx),
      rmse: rmseJSON(e.mse, digits, ctx),
      sqnr_db: Number.isFinite(e.sqnr_db)
        ? sqnrJSON(e.sqnr_db)
        : { type: "real", decimal: e.sqnr_db > 0 ? "inf" : "nan" },
    },
  };
}

/** sqrt(mse), exact when mse is a square of a rational, else a correctly rounded decimal via integer roots. */
function rmseJSON(mse: Rational, digits: number, ctx: NumCtx): ValueJSON {
  const r = exactSqrt(mse);
  if (r) return q2json(r, digits, ctx);
  return { type: "real", decimal: sqrtDecimal(mse, digits), digits, decimal_is_exact: false };
}

function exactSqrt(q: Rational): Rational | null {
  const n = isqrt(q.num);
  const d = isqrt(q.den);
  return n * n === q.num && d * d === q.den ? Q.make(n, d) : null;
}

/**
 * sqrt(q) (q > 0, not a perfect square) to `digits` significant digits, correctly rounded: s = floor(sqrt(q*10^2k))
 * is exact, and an irrational root is never a tie, so rounding s's digits by its remainder is correct.
 */
export function sqrtDecimal(q: Rational, digits: number): string {
  // choose k so that sqrt(q) * 10^k has at least digits + 2 integer digits
  const mag = Math.floor((Q.bitLength(q.num) - Q.bitLength(q.den)) * 0.30103 / 2);
  const k = digits + 2 - mag;
  const num = k >= 0 ? q.num * 10n ** BigInt(2 * k) : q.num;
  const den = k >= 0 ? q.den : q.den * 10n ** BigInt(-2 * k);
  const s = isqrt(num / den); // floor(sqrt(q) * 10^k), exact since floor(sqrt(floor(x))) = floor(sqrt(x))
  let str = s.toString();
  const extra = str.length - digits;
  let mant = BigInt(str.slice(0, digits));
  if (extra > 0) {
    const rest = str.slice(digits);
    if (rest[0]! >= "5") mant += 1n; // the root is irrational: a dropped "5000..." is above the tie, never on it
  }
  const exp10 = str.length - 1 - k + (mant.toString().length > digits ? 1 : 0);
  str = mant.toString().slice(0, digits).replace(/0+$/, "") || "0";
  return sciOrPlain(str, exp10, digits);
}

/** Contract formatting of significand digits `d` (d.ddd) times 10^e: positional when -7 <= e < digits. */
function sciOrPlain(d: string, e: number, digits: number): string {
  if (e >= -7 && e < digits) {
    if (e < 0) return `0.${"0".repeat(-e - 1)}${d}`;
    if (d.length <= e + 1) return d + "0".repeat(e + 1 - d.length);
    return `${d.slice(0, e + 1)}.${d.slice(e + 1)}`;
  }
  return `${d[0]}${d.length > 1 ? "." + d.slice(1) : ""}e${e < 0 ? "-" : "+"}${Math.abs(e)}`;
}

/**
 * SQNR in dB from a float64 log10 of an exact ratio (relative error below 1e-14): the most digits (at most 12) on
 * which db * (1 -+ 1e-13) agree, so the printed decimal is certain.
 */
function sqnrJSON(db: number): NumberJSON {
  const text = (x: number, d: number) => String(Number(x.toPrecision(d)));
  for (let d = 12; d >= 1; d--) {
    const t = text(db * (1 - 1e-13), d);
    if (t === text(db * (1 + 1e-13), d)) return { type: "real", decimal: t, digits: d, decimal_is_exact: false };
  }
  return { type: "real", decimal: text(db, 1), digits: 1, decimal_is_exact: false, certain: false };
}

function quantizedText(q: Quantized, ctx: NumCtx): string {
  const vals = q.dequantized.map((x) => (x ? short(x, ctx) : "nan"));
  const deq = q.shape.length === 2 ? rowsText(vals, q.shape[1]!) : `[${vals.join(", ")}]`;
  const e = q.error;
  const rmse = exactSqrt(e.mse);
  return `${deq} (${q.scheme}, max_abs ${short(e.max_abs, ctx)}, rmse ${rmse ? short(rmse, ctx) : sqrtDecimal(e.mse, SHORT)}, sqnr ${Number.isFinite(e.sqnr_db) ? Number(e.sqnr_db.toPrecision(4)) : "inf"} dB)`;
}

function rowsText(vals: string[], cols: number): string {
  const rows: string[] = [];
  for (let i = 0; i < vals.length; i += cols) rows.push(`[${vals.slice(i, i + cols).join(", ")}]`);
  return `[${rows.join(", ")}]`;
}

function quantizedLatex(q: Quantized, ctx: NumCtx): string {
  return `\\text{${q.scheme}}\\ \\begin{bmatrix} ${q.dequantized.map((x) => (x ? short(x, ctx) : "\\text{NaN}")).join(" \\\\ ")} \\end{bmatrix}`;
}
