// Exact values as ulp syntax and LaTeX: `2*sqrt(2)`, `(3 + sqrt(5))/2`, `pi/4`, `pi^2/6`, `cbrt(2)`,
// `nthroot(5, 4)`, `sqrt(pi)`, complex `3 + 2i`. The text parses back to the same value (test/numbers/text.test.ts).
import * as Q from "./rational.js";
import type { Rational } from "./rational.js";
import type { SymForm, Mono, ConstName } from "./symbolic.js";
import { toForm } from "./tower.js";
import type { Num, RealLike } from "./num.js";

type Style = "text" | "latex";

const CONST_TEXT: Record<ConstName, [string, string]> = {
  pi: ["pi", "\\pi"],
  e: ["e", "e"],
  euler: ["euler", "\\gamma"],
  catalan: ["catalan", "G"],
};

function constPow(c: ConstName, e: Rational, st: Style): string {
  const [t, l] = CONST_TEXT[c];
  const name = st === "text" ? t : l;
  if (Q.eq(e, Q.ONE)) return name;
  if (Q.eq(e, Q.make(1n, 2n))) return st === "text" ? `sqrt(${name})` : `\\sqrt{${name}}`;
  const es = Q.toString(e);
  return st === "text" ? (e.den === 1n ? `${name}^${es}` : `${name}^(${es})`) : `${name}^{${latexRat(e)}}`;
}

function rootText(k: number, m: bigint, st: Style): string {
  if (st === "latex") return k === 2 ? `\\sqrt{${m}}` : `\\sqrt[${k}]{${m}}`;
  return k === 2 ? `sqrt(${m})` : k === 3 ? `cbrt(${m})` : `nthroot(${m}, ${k})`;
}

/** Factors of a monomial split into numerator and denominator (negative constant exponents go below). */
function monoFactors(m: Mono, st: Style): { up: string[]; down: string[] } {
  const up: string[] = [];
  const down: string[] = [];
  for (const [c, e] of m.consts) {
    if (Q.sign(e) > 0) up.push(constPow(c, e, st));
    else down.push(constPow(c, Q.neg(e), st));
  }
  for (const [k, r] of m.roots) up.push(rootText(k, r, st));
  for (const n of m.nested ?? []) {
    const inner = formText(n.radicand, st);
    const root =
      st === "latex"
        ? n.k === 2 ? `\\sqrt{${inner}}` : `\\sqrt[${n.k}]{${inner}}`
        : n.k === 2 ? `sqrt(${inner})` : n.k === 3 ? `cbrt(${inner})` : `nthroot(${inner}, ${n.k})`;
    up.push(n.j === 1 ? root : st === "latex" ? `\\left(${root}\\right)^{${n.j}}` : `${root}^${n.j}`);
  }
  return { up, down };
}

/** Text joins factors with `*`; LaTeX juxtaposes them (`2\\sqrt{2}`, as the JSON contract shows), with a space
 * only where two letters would otherwise fuse into one name. */
const joinMul = (xs: string[], st: Style) =>
  st === "text" ? xs.join("*") : xs.reduce((acc, x) => (acc === "" ? x : x.startsWith("\\") || /^\d/.test(x) && !/\d$/.test(acc) ? acc + x : `${acc} ${x}`), "");

/** One term |coef| * mono (sign handled by the caller). */
function termText(coef: Rational, m: Mono, st: Style): string {
  const { up, down } = monoFactors(m, st);
  const n = Q.abs(coef.num);
  const num = [...(n === 1n && up.length ? [] : [n.toString()]), ...up];
  const den = [...(coef.den === 1n ? [] : [coef.den.toString()]), ...down];
  const numS = num.length ? joinMul(num, st) : "1";
  if (!den.length) return numS;
  if (st === "latex") return `\\frac{${numS}}{${joinMul(den, st)}}`;
  const denS = den.length > 1 ? `(${joinMul(den, st)})` : den[0]!;
  return `${numS}/${denS}`;
}

function latexRat(q: Rational): string {
  if (q.den === 1n) return q.num.toString();
  const s = q.num < 0n ? "-" : "";
  return `${s}\\frac{${Q.abs(q.num)}}{${q.den}}`;
}

/** A form as text or LaTeX. Multi-term forms with a common denominator print as (a + b*sqrt(d))/L. */
export function formText(f: SymForm, st: Style = "text"): string {
  if (f.terms.length === 0) return "0";
  const hasDown = f.terms.some((t) => t.mono.consts.some(([, e]) => Q.sign(e) < 0));
  let L = 1n;
  for (const t of f.terms) L = (L / Q.gcd(L, t.coef.den)) * t.coef.den;
  if (f.terms.length > 1 && L > 1n && !hasDown) {
    const inner = sumText(f.terms.map((t) => ({ coef: Q.mul(t.coef, Q.fromInt(L)), mono: t.mono })), st);
    return st === "text" ? `(${inner})/${L}` : `\\frac{${inner}}{${L}}`;
  }
  return sumText(f.terms, st);
}

function sumText(terms: readonly { coef: Rational; mono: Mono }[], st: Style): string {
  let out = "";
  terms.forEach((t, i) => {
    const neg = Q.sign(t.coef) < 0;
    const body = termText(t.coef, t.mono, st);
    if (i === 0) out = (neg ? "-" : "") + body;
    else out += (neg ? " - " : " + ") + body;
  });
  return out;
}

/** Exact real-line value as text/LaTeX, or undefined for a lazy real. */
export function realExactText(x: RealLike, st: Style = "text"): string | undefined {
  if (x.kind === "rational") return st === "text" ? Q.toString(x.value) : latexRat(x.value);
  const f = toForm(x);
  return f ? formText(f, st) : undefined;
}

/** Wraps a part in parentheses when it is a sum or a fraction, so that `(1/2)i` and `(1 + sqrt(2))i` read right. */
function needsParens(s: string): boolean {
  return /[ +/]/.test(s.replace(/^-/, "")) || s.startsWith("(");
}

/**
 * Exact text of a number in ulp syntax ("2*sqrt(2)", "pi/4", "3 + 2i", "-i", "sqrt(2)*i"), or undefined when a
 * part is inexact. `part` renders inexact parts (decimals) for mixed complex numbers.
 */
export function complexText(re: string, im: string, st: Style = "text"): string {
  const neg = im.startsWith("-");
  const mag = neg ? im.slice(1) : im;
  const unit = st === "text" ? "i" : "i";
  let imS: string;
  if (mag === "1") imS = unit;
  else if (needsParens(mag)) imS = st === "text" ? `(${mag})*${unit}` : `\\left(${mag}\\right) ${unit}`;
  else if (/^[0-9.e+-]+$/.test(mag) && !mag.includes("e")) imS = `${mag}${unit}`;
  else imS = st === "text" ? `${mag}*${unit}` : `${mag} ${unit}`;
  if (re === "0") return (neg ? "-" : "") + imS;
  return `${re} ${neg ? "-" : "+"} ${imS}`;
}

/** Exact text (or LaTeX) of a number, or undefined when a part is a lazy real. */
export function exactText(n: Num, st: Style = "text"): string | undefined {
  if (n.kind !== "complex") return realExactText(n, st);
  const re = realExactText(n.re, st);
  const im = realExactText(n.im, st);
  if (re === undefined || im === undefined) return undefined;
  return complexText(re, im, st);
}
