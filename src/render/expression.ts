// Symbolic expressions and solution sets to ValueJSON, text and LaTeX (DESIGN.md "ValueJSON": `expression`,
// `solutions`). Numeric roots print as reals (the decimal of their certified midpoint at `digits`) with an
// `error_bound` rounded up, so the bound stays rigorous.
import { Q, toDecimal, type Num, type NumCtx, type Rational, type RealLike } from "../numbers/index.js";
import { exprToText, exprToLatex, type Expr, type Solutions, type SolutionElement } from "../algebra/index.js";
import { numberToJSON, numberToText, numberToLatex, type ValueJSON, type NumberJSON } from "./number.js";

interface Rendered {
  readonly json: ValueJSON;
  readonly text: string;
  readonly latex: string;
}

const isExpr = (v: Num | Expr): v is Expr => "op" in v;

export function expressionRender(e: Expr, digits: number, ctx: NumCtx): Rendered {
  const text = exprToText(e, { digits, ctx });
  const latex = exprToLatex(e, { digits, ctx });
  return { json: { type: "expression", text, latex }, text, latex };
}

/** q > 0 in scientific notation with two significant digits, rounded up (an upper bound): "1.3e-40". */
export function upperDecimal(q: Rational): string {
  if (q.num <= 0n) return "0";
  // e = floor(log10 q): estimate from digit counts, then correct.
  let e = q.num.toString().length - q.den.toString().length;
  const pow = (k: number): Rational => (k >= 0 ? Q.fromInt(10n ** BigInt(k)) : Q.make(1n, 10n ** BigInt(-k)));
  while (Q.cmp(q, pow(e)) < 0) e--;
  while (Q.cmp(q, pow(e + 1)) >= 0) e++;
  let m = Q.ceil(Q.mul(q, pow(1 - e))); // 10..100
  if (m === 100n) {
    m = 10n;
    e++;
  }
  return `${m / 10n}.${m % 10n}e${e < 0 ? "-" : "+"}${Math.abs(e)}`;
}

/**
 * A numeric root's part: the decimal of the ball's midpoint. When mid - r and mid + r round differently the digits
 * are not certain (the true value may lie across a rounding boundary): `certain: false`.
 */
function numericPart(x: RealLike, digits: number, ctx: NumCtx, radius: Rational | undefined): NumberJSON {
  const out: NumberJSON = { type: "real", decimal: toDecimal(x, digits, ctx).text, digits, decimal_is_exact: false };
  if (x.kind === "rational" && radius !== undefined && !Q.isZero(radius)) {
    const lo = toDecimal({ kind: "rational", value: Q.sub(x.value, radius) }, digits, ctx).text;
    const hi = toDecimal({ kind: "rational", value: Q.add(x.value, radius) }, digits, ctx).text;
    if (lo !== hi) {
      out.certain = false;
      out.error_bound = upperDecimal(radius);
    }
  }
  return out;
}

function valueJSON(v: Num | Expr, numeric: boolean, digits: number, ctx: NumCtx, radius?: Rational): ValueJSON {
  if (isExpr(v)) return expressionRender(v, digits, ctx).json;
  if (!numeric) return numberToJSON(v, digits, ctx);
  if (v.kind === "complex") {
    return { type: "complex", re: numericPart(v.re, digits, ctx, radius), im: numericPart(v.im, digits, ctx, radius) };
  }
  return numericPart(v, digits, ctx, radius);
}

function valueText(v: Num | Expr, numeric: boolean, digits: number, ctx: NumCtx): string {
  if (isExpr(v)) return exprToText(v, { digits, ctx });
  if (!numeric) return numberToText(v, digits, ctx);
  if (v.kind !== "complex") return toDecimal(v, digits, ctx).text;
  const re = toDecimal(v.re, digits, ctx).text;
  const im = toDecimal(v.im, digits, ctx).text;
  const imAbs = im.startsWith("-") ? im.slice(1) : im;
  return `${re === "0" ? "" : `${re} ${im.startsWith("-") ? "-" : "+"} `}${re === "0" && im.startsWith("-") ? "-" : ""}${imAbs}i`;
}

function valueLatex(v: Num | Expr, numeric: boolean, digits: number, ctx: NumCtx): string {
  if (isExpr(v)) return exprToLatex(v, { digits, ctx });
  if (!numeric) return numberToLatex(v, digits, ctx);
  return valueText(v, numeric, digits, ctx);
}

function elementJSON(el: SolutionElement, digits: number, ctx: NumCtx): ValueJSON {
  const numeric = el.numeric === true;
  const parts = el.values.map((v) => valueJSON(v, numeric, digits, ctx, el.errorBound));
  const base: Record<string, unknown> =
    parts.length === 1
      ? { ...(parts[0] as Record<string, unknown>) }
      : { type: "vector", shape: [parts.length], elements: parts };
  if (el.multiplicity !== undefined && el.multiplicity > 1) base.multiplicity = el.multiplicity;
  if (el.errorBound !== undefined) base.error_bound = upperDecimal(el.errorBound);
  return base as ValueJSON;
}

function elementText(vars: readonly string[], el: SolutionElement, digits: number, ctx: NumCtx, latex: boolean): string {
  const numeric = el.numeric === true;
  const rel = latex ? (numeric ? " \\approx " : " = ") : numeric ? " ≈ " : " = ";
  const s = el.values
    .map((v, i) => `${vars[i]}${rel}${latex ? valueLatex(v, numeric, digits, ctx) : valueText(v, numeric, digits, ctx)}`)
    .join(", ");
  const m = el.multiplicity !== undefined && el.multiplicity > 1 ? ` (multiplicity ${el.multiplicity})` : "";
  return s + m;
}

/**
 * A solution set: JSON per the contract (elements in solver order, multiplicity, error_bound, parametric, all);
 * text `x = (3 - sqrt(5))/2, x = (3 + sqrt(5))/2` (numeric roots with ≈), `no solution`, `all x`.
 */
export function solutionsRender(s: Solutions, digits: number, ctx: NumCtx): Rendered {
  const json: Record<string, unknown> = {
    type: "solutions",
    variables: [...s.variables],
    elements: s.elements.map((el) => elementJSON(el, digits, ctx)),
  };
  if (s.all) json.all = true;
  if (s.parametric) {
    json.parametric = {
      free: [...s.parametric.free],
      elements: s.parametric.elements.map((el) => elementJSON(el, digits, ctx)),
    };
  }
  const sep = s.variables.length > 1 ? "; " : ", ";
  let text: string;
  let latex: string;
  if (s.all) {
    text = `all ${s.variables.join(", ")}`;
    latex = `\\text{all } ${s.variables.join(", ")}`;
  } else if (s.parametric) {
    const free = s.parametric.free.join(", ");
    const bound = (el: SolutionElement): SolutionElement => ({
      values: el.values.filter((_, i) => !s.parametric!.free.includes(s.variables[i]!)),
    });
    const vars = s.variables.filter((v) => !s.parametric!.free.includes(v));
    text = s.parametric.elements.map((el) => elementText(vars, bound(el), digits, ctx, false)).join(sep) + ` (${free} free)`;
    latex = s.parametric.elements.map((el) => elementText(vars, bound(el), digits, ctx, true)).join(sep) + ` \\quad (${free}\\text{ free})`;
  } else if (s.elements.length === 0) {
    text = "no solution";
    latex = "\\emptyset";
  } else {
    text = s.elements.map((el) => elementText(s.variables, el, digits, ctx, false)).join(sep);
    latex = s.elements.map((el) => elementText(s.variables, el, digits, ctx, true)).join(",\\; ");
  }
  return { json: json as ValueJSON, text, latex };
}
