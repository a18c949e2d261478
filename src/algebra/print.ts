// Text (ulp syntax, minimal parentheses) and LaTeX of expressions. Sums print negative terms as `- t`; products
// print a rational coefficient and factors with negative exponents as a fraction: `3*x/2`, `x/(y + 1)`.
// Precedence: equation 0 < sum 1 < product 2 < unary minus 3 < power 4 < atom 5; `^` is right-associative.
import type { Num, NumCtx, RealLike } from "../numbers/index.js";
import { Q } from "../numbers/index.js";
import { Budget, resolveLimits } from "../core/index.js";
import type { Expr } from "./expr.js";
import { exprNum, exprMul, exprPow, exprNeg } from "./expr.js";
import { looksNegative, numExactText, numExactLatex, numDecimal, negNum, isOneNum, int } from "./tower.js";

export interface PrintOptions {
  /** Significant digits for inexact number leaves (default 34); needs ctx to compute them. */
  readonly digits?: number;
  readonly ctx?: NumCtx;
}

/** A term's sign and magnitude: -3*x is (true, 3*x); used to print `a - b`. */
function splitSign(e: Expr): { neg: boolean; abs: Expr } {
  if (e.op === "num" && looksNegative(e.value)) return { neg: true, abs: exprNum(negNum(e.value)) };
  if (e.op === "mul" && e.args[0]!.op === "num" && looksNegative(e.args[0].value)) {
    return { neg: true, abs: exprNeg(e) };
  }
  return { neg: false, abs: e };
}

interface Frac {
  coef: Num | undefined; // leading number coefficient (not 1)
  num: Expr[];
  den: Expr[];
}

function splitFraction(e: Expr): Frac {
  const out: Frac = { coef: undefined, num: [], den: [] };
  const factors = e.op === "mul" ? e.args : [e];
  for (const f of factors) {
    if (f.op === "num" && out.coef === undefined && out.num.length === 0 && !isOneNum(f.value)) out.coef = f.value;
    else if (f.op === "pow" && f.exp.op === "num" && looksNegative(f.exp.value)) {
      const p = negNum(f.exp.value);
      out.den.push(isOneNum(p) ? f.base : exprPow(f.base, exprNum(p)));
    } else out.num.push(f);
  }
  return out;
}

function numLeafText(n: Num, o: PrintOptions): string {
  const t = numExactText(n);
  if (t !== undefined) return t;
  // Inexact leaves print their decimal; without a caller context, a fresh default budget (never shared).
  const ctx = o.ctx ?? { budget: new Budget(resolveLimits(undefined)), digits: o.digits ?? 34 };
  const digits = o.digits ?? 34;
  if (n.kind !== "complex") return numDecimal(n as RealLike, digits, ctx) ?? "nan";
  const re = numDecimal(n.re, digits, ctx) ?? "nan";
  const im = numDecimal(n.im, digits, ctx) ?? "nan";
  return im.startsWith("-") ? `${re} - ${im.slice(1)}i` : `${re} + ${im}i`;
}

/** Precedence of a number leaf as printed: integers are atoms, -2 is unary, 1/2 is a product, a + b i a sum. */
function numPrec(text: string): number {
  if (/^[0-9.]+(e[+-]?[0-9]+)?$/.test(text) || /^[a-z]+(\(.*\))?$/.test(text)) return 5;
  if (/^-[^ ]*$/.test(text) && !text.includes("/") && !text.includes("*")) return 3;
  if (!text.includes(" ")) return text.startsWith("-") ? 3 : 2;
  return text.startsWith("(") && text.endsWith(")") && !text.slice(1).includes("(") ? 5 : 1;
}

function wrap(s: string, prec: number, need: number): string {
  return prec < need ? `(${s})` : s;
}

/** Text in ulp syntax with its precedence. */
function textPrec(e: Expr, o: PrintOptions): [string, number] {
  switch (e.op) {
    case "num": {
      const t = numLeafText(e.value, o);
      return [t, numPrec(t)];
    }
    case "sym":
      return [e.name, 5];
    case "eq":
      return [`${textPrec(e.left, o)[0]} = ${textPrec(e.right, o)[0]}`, 0];
    case "call":
      return [`${e.name}(${e.args.map((a) => textPrec(a, o)[0]).join(", ")})`, 5];
    case "pow": {
      if (isHalfExp(e.exp)) return [`sqrt(${textPrec(e.base, o)[0]})`, 5];
      if (e.exp.op === "num" && looksNegative(e.exp.value)) return mulText(e, o);
      const [b, bp] = textPrec(e.base, o);
      const [x, xp] = textPrec(e.exp, o);
      return [`${wrap(b, bp, 5)}^${wrap(x, xp, 4)}`, 4];
    }
    case "add": {
      let s = "";
      e.args.forEach((t, i) => {
        const { neg, abs } = splitSign(t);
        const [at, ap] = textPrec(abs, o);
        if (i === 0) s = neg ? `-${wrap(at, ap, 2)}` : at;
        else s += neg ? ` - ${wrap(at, ap, 2)}` : ` + ${wrap(at, ap, 1)}`;
      });
      return [s, 1];
    }
    case "mul":
      return mulText(e, o);
  }
}

function isHalfExp(e: Expr): boolean {
  return e.op === "num" && e.value.kind === "rational" && e.value.value.num === 1n && e.value.value.den === 2n;
}

/** A product (or a lone negative power) as text: sign, coefficient, numerator factors, denominator factors. */
function mulText(e: Expr, o: PrintOptions): [string, number] {
    {
      const { neg, abs } = splitSign(e);
      if (neg) {
        const [t, p] = textPrec(abs, o);
        return [`-${wrap(t, p, 2)}`, 3];
      }
      const f = splitFraction(e);
      const parts: string[] = [];
      let denCoef: string | undefined;
      if (f.coef !== undefined) {
        if (f.coef.kind === "rational" && f.coef.value.den !== 1n) {
          if (f.coef.value.num !== 1n || f.num.length === 0) parts.push(String(f.coef.value.num));
          denCoef = String(f.coef.value.den);
        } else {
          const t = numLeafText(f.coef, o);
          parts.push(wrap(t, numPrec(t), 2));
        }
      }
      for (const x of f.num) {
        const [t, p] = textPrec(x, o);
        parts.push(wrap(t, p, 3));
      }
      let s = parts.length ? parts.join("*") : "1";
      const dens: string[] = denCoef ? [denCoef] : [];
      for (const x of f.den) {
        const [t, p] = textPrec(x, o);
        // A negated denominator keeps its parentheses: x/(-y/3), never x/-y/3 (which reads as -x/(3y)).
        dens.push(t.startsWith("-") ? `(${t})` : wrap(t, p, 3));
      }
      if (dens.length === 1) s += `/${dens[0]}`;
      else if (dens.length > 1) s += `/(${dens.join("*")})`;
      return [s, 2];
    }
}

/** The expression in ulp syntax with minimal parentheses, e.g. "x^2 - 3*x + 1". */
export function exprToText(e: Expr, o: PrintOptions = {}): string {
  return textPrec(e, o)[0];
}

const LATEX_FUNCS: ReadonlySet<string> = new Set([
  "sin", "cos", "tan", "sec", "csc", "cot", "sinh", "cosh", "tanh", "coth", "arcsin", "arccos", "arctan", "exp",
  "ln", "log", "max", "min", "det", "gcd",
]);

function latexName(name: string): string {
  const greek = new Set(["alpha", "beta", "gamma", "delta", "theta", "lambda", "mu", "pi", "sigma", "tau", "phi", "omega"]);
  if (greek.has(name)) return `\\${name}`;
  return name.length === 1 ? name : `\\mathrm{${name}}`;
}

function numLatex(n: Num, o: PrintOptions): string {
  if (n.kind === "rational" && n.value.den !== 1n) {
    const s = n.value.num < 0n ? "-" : "";
    return `${s}\\frac{${Q.abs(n.value.num)}}{${n.value.den}}`;
  }
  const lt = numExactLatex(n);
  if (lt !== undefined) return lt;
  const t = numLeafText(n, o);
  return t
    .replace(/sqrt\(([0-9]+)\)/g, "\\sqrt{$1}")
    .replace(/\*/g, " ")
    .replace(/\bpi\b/g, "\\pi");
}

function latexPrec(e: Expr, o: PrintOptions): [string, number] {
  switch (e.op) {
    case "num": {
      const t = numLatex(e.value, o);
      const plain = numLeafText(e.value, o);
      return [t, numPrec(plain)];
    }
    case "sym":
      return [latexName(e.name), 5];
    case "eq":
      return [`${latexPrec(e.left, o)[0]} = ${latexPrec(e.right, o)[0]}`, 0];
    case "call": {
      const args = e.args.map((a) => latexPrec(a, o)[0]);
      if (e.name === "sqrt" && args.length === 1) return [`\\sqrt{${args[0]}}`, 5];
      if (e.name === "cbrt" && args.length === 1) return [`\\sqrt[3]{${args[0]}}`, 5];
      if (e.name === "abs" && args.length === 1) return [`\\left|${args[0]}\\right|`, 5];
      const fname = LATEX_FUNCS.has(e.name) ? `\\${e.name}` : `\\operatorname{${e.name}}`;
      return [`${fname}\\left(${args.join(", ")}\\right)`, 5];
    }
    case "pow": {
      if (isHalfExp(e.exp)) return [`\\sqrt{${latexPrec(e.base, o)[0]}}`, 5];
      if (e.exp.op === "num" && looksNegative(e.exp.value)) return latexPrec(exprMul([exprNum(int(1)), e]), o);
      const [b, bp] = latexPrec(e.base, o);
      const [x] = latexPrec(e.exp, o);
      const base = bp < 5 || e.base.op === "call" ? `\\left(${b}\\right)` : b;
      return [`${base}^{${x}}`, 4];
    }
    case "add": {
      let s = "";
      e.args.forEach((t, i) => {
        const { neg, abs } = splitSign(t);
        const [at, ap] = latexPrec(abs, o);
        const w = (need: number) => (ap < need ? `\\left(${at}\\right)` : at);
        if (i === 0) s = neg ? `-${w(2)}` : at;
        else s += neg ? ` - ${w(2)}` : ` + ${w(1)}`;
      });
      return [s, 1];
    }
    case "mul": {
      const { neg, abs } = splitSign(e);
      if (neg) {
        const [t, p] = latexPrec(abs, o);
        return [`-${p < 2 ? `\\left(${t}\\right)` : t}`, 3];
      }
      const f = splitFraction(e);
      const num: string[] = [];
      const den: string[] = [];
      if (f.coef !== undefined) {
        if (f.coef.kind === "rational") {
          if (f.coef.value.num !== 1n || f.num.length === 0) num.push(String(f.coef.value.num));
          if (f.coef.value.den !== 1n) den.push(String(f.coef.value.den));
        } else num.push(latexPrec(exprNum(f.coef), o)[0]);
      }
      const factor = (x: Expr) => {
        const [t, p] = latexPrec(x, o);
        return p < 3 ? `\\left(${t}\\right)` : t;
      };
      for (const x of f.num) num.push(factor(x));
      for (const x of f.den) den.push(f.den.length === 1 && !denCoefPresent(f) ? latexPrec(x, o)[0] : factor(x));
      const top = num.length ? latexJoin(num) : "1";
      if (den.length === 0) return [top, 2];
      return [`\\frac{${top}}{${latexJoin(den)}}`, 2];
    }
  }
}

function denCoefPresent(f: Frac): boolean {
  return f.coef !== undefined && f.coef.kind === "rational" && f.coef.value.den !== 1n;
}

/** Juxtaposition (`3 x y`), with \cdot only between two factors that both start with a digit. */
function latexJoin(parts: readonly string[]): string {
  let s = parts[0] ?? "";
  for (let i = 1; i < parts.length; i++) s += /^[0-9]/.test(parts[i]!) ? ` \\cdot ${parts[i]}` : ` ${parts[i]}`;
  return s;
}

/** LaTeX of the expression (\frac for quotients, \sqrt, \sin, ...). */
export function exprToLatex(e: Expr, o: PrintOptions = {}): string {
  return latexPrec(e, o)[0];
}

/** Products with a unit coefficient print without it; used by builders that want `x` rather than `1*x`. */
export function dropUnitCoefficient(e: Expr): Expr {
  return e.op === "mul" && e.args[0]!.op === "num" && isOneNum(e.args[0].value) ? exprMul(e.args.slice(1)) : e;
}
