// Numbers of the tower to the ValueJSON contract (DESIGN.md "ValueJSON"), one-line text in ulp syntax and LaTeX.
// Exact values carry `exact` (ulp syntax) and a correctly rounded `decimal`; reals carry `decimal` and `digits`;
// an undecided rounding carries `certain: false` and `error_bound`; complex values carry `re` and `im`.
import { toDecimal, exactText, realExactText, complexText, type Num, type RealLike, type NumCtx } from "../numbers/index.js";

export type NumberType = "integer" | "rational" | "radical" | "symbolic" | "real";

export interface NumberJSON {
  type: NumberType;
  exact?: string;
  decimal: string;
  decimal_is_exact?: boolean;
  digits?: number;
  certain?: false;
  error_bound?: string;
}

export interface ComplexJSON {
  type: "complex";
  re: NumberJSON;
  im: NumberJSON;
}

/** Any value of the JSON contract; numbers are typed precisely, other kinds (owned by their layers) are open. */
export type ValueJSON = NumberJSON | ComplexJSON | { type: string; [key: string]: unknown };

const NONFINITE = new Set(["inf", "-inf", "nan"]);

function realToJSON(x: RealLike, digits: number, ctx: NumCtx): NumberJSON {
  const d = toDecimal(x, digits, ctx);
  if (x.kind === "real") {
    if (NONFINITE.has(d.text)) return { type: "real", decimal: d.text };
    const out: NumberJSON = { type: "real", decimal: d.text, digits, decimal_is_exact: false };
    if (!d.certain) {
      out.certain = false;
      if (d.errorBound !== undefined) out.error_bound = d.errorBound;
    }
    return out;
  }
  const type: NumberType =
    x.kind === "rational" ? (x.value.den === 1n ? "integer" : "rational") : x.kind === "radical" ? "radical" : "symbolic";
  const out: NumberJSON = { type, exact: realExactText(x)!, decimal: d.text, decimal_is_exact: d.exact };
  if (!d.certain) {
    out.certain = false;
    if (d.errorBound !== undefined) out.error_bound = d.errorBound;
  }
  return out;
}

/** The ValueJSON of a number, with decimals at `digits` significant digits. */
export function numberToJSON(n: Num, digits: number, ctx: NumCtx): ValueJSON {
  if (n.kind !== "complex") return realToJSON(n, digits, ctx);
  return { type: "complex", re: realToJSON(n.re, digits, ctx), im: realToJSON(n.im, digits, ctx) };
}

/** Text of one real-line part: exact text when exact, else its decimal. */
function partText(x: RealLike, digits: number, ctx: NumCtx): string {
  return realExactText(x) ?? toDecimal(x, digits, ctx).text;
}

/** One-line text: exact values in ulp syntax (`2*sqrt(2)`, `3 + 2i`), reals as their decimal at `digits`. */
export function numberToText(n: Num, digits: number, ctx: NumCtx): string {
  const exact = exactText(n);
  if (exact !== undefined) return exact;
  if (n.kind !== "complex") return toDecimal(n, digits, ctx).text;
  return complexText(partText(n.re, digits, ctx), partText(n.im, digits, ctx));
}

/** A decimal as LaTeX: `1.5e+40` becomes `1.5 \times 10^{40}`. */
function decimalLatex(s: string): string {
  if (s === "inf") return "\\infty";
  if (s === "-inf") return "-\\infty";
  if (s === "nan") return "\\text{NaN}";
  const m = /^(-?[0-9.]+)e([+-]\d+)$/.exec(s);
  if (!m) return s;
  return `${m[1]} \\times 10^{${Number(m[2])}}`;
}

function partLatex(x: RealLike, digits: number, ctx: NumCtx): string {
  return realExactText(x, "latex") ?? decimalLatex(toDecimal(x, digits, ctx).text);
}

/** LaTeX: `2\sqrt{2}`, `\frac{\pi}{4}`, `3 + 2i`, decimals with `\times 10^{k}`. */
export function numberToLatex(n: Num, digits: number, ctx: NumCtx): string {
  const exact = exactText(n, "latex");
  if (exact !== undefined) return exact;
  if (n.kind !== "complex") return decimalLatex(toDecimal(n, digits, ctx).text);
  return complexText(partLatex(n.re, digits, ctx), partLatex(n.im, digits, ctx), "latex");
}
