// Sparse multivariate (Laurent) polynomials with Num coefficients over "generators": symbols and any
// non-polynomial subexpression (sin(x), sqrt(x), 1/(x + 1)), kept in a per-call table. This is the canonical form
// behind expand, simplify and collect: like terms are combined, numbers folded exactly through the tower.
import type { Num, NumCtx } from "../numbers/index.js";
import { Q } from "../numbers/index.js";
import { limitError } from "../core/index.js";
import { type Expr, exprNum, exprMul, exprAdd, exprPow, exprNeg, exprCall, exprEquals, exprSymbol, exprEquation } from "./expr.js";
import { exprToText } from "./print.js";
import { arith, powNum, isZeroNum, isOneNum, int, ONE_NUM, isExactNum } from "./tower.js";
import { evaluateClosed } from "./closed.js";
import { togetherExpr, pythagorean, shortest } from "./ratfun.js";

/** Sparse exponent vector as sorted [gen, exp, gen, exp, ...] pairs. */
type Mono = readonly number[];
export interface Term {
  readonly mono: Mono;
  readonly coef: Num;
}
export type MPoly = Map<string, Term>;

/** The generator table of one conversion (generators compared structurally). */
export class Gens {
  readonly list: Expr[] = [];
  private readonly byHash = new Map<number, number[]>();
  index(e: Expr): number {
    const bucket = this.byHash.get(e.hash) ?? [];
    for (const i of bucket) if (exprEquals(this.list[i]!, e)) return i;
    this.list.push(e);
    bucket.push(this.list.length - 1);
    this.byHash.set(e.hash, bucket);
    return this.list.length - 1;
  }
  /** Index of a symbol, or -1 when it is not a generator. */
  find(e: Expr): number {
    for (const i of this.byHash.get(e.hash) ?? []) if (exprEquals(this.list[i]!, e)) return i;
    return -1;
  }
}

const key = (m: Mono) => m.join(",");

export function constPoly(c: Num): MPoly {
  const p: MPoly = new Map();
  if (!isZeroNum(c)) p.set("", { mono: [], coef: c });
  return p;
}
function genPoly(g: number, e = 1): MPoly {
  const mono = [g, e];
  return new Map([[key(mono), { mono, coef: ONE_NUM }]]);
}

export function addPoly(a: MPoly, b: MPoly, ctx: NumCtx): MPoly {
  const out: MPoly = new Map(a);
  for (const [k, t] of b) {
    const s = out.get(k);
    if (!s) out.set(k, t);
    else {
      const c = arith("add", s.coef, t.coef, ctx);
      if (isZeroNum(c)) out.delete(k);
      else out.set(k, { mono: t.mono, coef: c });
    }
  }
  return out;
}

function mulMono(a: Mono, b: Mono): number[] {
  const out: number[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! < b[j]!)) out.push(a[i]!, a[i + 1]!), (i += 2);
    else if (i >= a.length || b[j]! < a[i]!) out.push(b[j]!, b[j + 1]!), (j += 2);
    else {
      const e = a[i + 1]! + b[j + 1]!;
      if (e !== 0) out.push(a[i]!, e);
      i += 2;
      j += 2;
    }
  }
  return out;
}

export function mulPoly(a: MPoly, b: MPoly, ctx: NumCtx): MPoly {
  ctx.budget.checkElements(a.size * b.size, "the expanded product");
  const out: MPoly = new Map();
  for (const s of a.values()) {
    for (const t of b.values()) {
      ctx.budget.tick();
      const mono = mulMono(s.mono, t.mono);
      const k = key(mono);
      const c = arith("mul", s.coef, t.coef, ctx);
      const prev = out.get(k);
      const sum = prev ? arith("add", prev.coef, c, ctx) : c;
      if (isZeroNum(sum)) out.delete(k);
      else out.set(k, { mono, coef: sum });
    }
  }
  return out;
}

function powPoly(a: MPoly, n: number, ctx: NumCtx): MPoly {
  if (n === 0) return constPoly(ONE_NUM); // p^0 = 1 (0^0 = 1 too, as everywhere in ulp)
  if (a.size === 1) {
    const t = [...a.values()][0]!;
    const mono = t.mono.map((v, i) => (i % 2 ? v * n : v));
    return new Map([[key(mono), { mono, coef: powNum(t.coef, int(n), ctx) }]]);
  }
  // Predicted size: the number of monomials of degree n in `size` variables, C(n + size - 1, n).
  let predicted = 1;
  for (let k = 1; k <= Math.min(n, a.size - 1); k++) predicted = (predicted * (n + a.size - 1 - k + 1)) / k;
  ctx.budget.checkElements(predicted, "the expanded power");
  let result = constPoly(ONE_NUM);
  let base = a;
  let e = n;
  while (e > 0) {
    if (e & 1) result = mulPoly(result, base, ctx);
    e >>= 1;
    if (e) base = mulPoly(base, base, ctx);
  }
  return result;
}

const smallInt = (e: Expr): number | undefined =>
  e.op === "num" && e.value.kind === "rational" && e.value.value.den === 1n && Q.abs(e.value.value.num) < 1_000_000n
    ? Number(e.value.value.num)
    : undefined;

/** The expanded polynomial of e (equations are not polynomials: the caller handles them). */
export function toPoly(e: Expr, gens: Gens, ctx: NumCtx, depth = 0): MPoly {
  ctx.budget.tick();
  ctx.budget.checkDepth(depth);
  switch (e.op) {
    case "num":
      return constPoly(e.value);
    case "sym":
      return genPoly(gens.index(e));
    case "add": {
      let acc: MPoly = new Map();
      for (const a of e.args) acc = addPoly(acc, toPoly(a, gens, ctx, depth + 1), ctx);
      return acc;
    }
    case "mul": {
      let acc = constPoly(ONE_NUM);
      for (const a of e.args) {
        acc = mulPoly(acc, toPoly(a, gens, ctx, depth + 1), ctx);
        if (acc.size === 0) return acc;
      }
      return acc;
    }
    case "pow": {
      // The exponent is simplified once here (re-simplifying a rebuilt power could loop: n - 1 -> -1 + n -> ...).
      const exp = e.exp.op === "num" ? e.exp : simplifyExpr(e.exp, ctx, depth + 1);
      const n = smallInt(exp);
      if (n !== undefined) {
        const base = toPoly(e.base, gens, ctx, depth + 1);
        if (base.size === 0) {
          if (n < 0) return atomPoly(exprPow(exprNum(int(0)), exp), gens);
          return constPoly(n === 0 ? ONE_NUM : int(0));
        }
        if (n >= 0) return powPoly(base, n, ctx);
        if (base.size === 1) {
          const t = [...base.values()][0]!;
          if (isExactNum(t.coef) || t.coef.kind === "real") return powPoly(base, n, ctx);
        }
        return atomPoly(exprPow(fromPoly(base, gens), exprNum(int(n))), gens);
      }
      const b = simplifyExpr(e.base, ctx, depth + 1);
      const x = exp;
      if (b.op === "num" && x.op === "num") {
        const v = tryClosed(exprPow(b, x), ctx);
        if (v) return constPoly(v);
      }
      return atomPoly(exprPow(b, x), gens);
    }
    case "call": {
      const args = e.args.map((a) => simplifyExpr(a, ctx, depth + 1));
      const call = exprCall(e.name, args);
      if (args.every((a) => a.op === "num")) {
        const v = tryClosed(call, ctx);
        if (v) return constPoly(v);
      }
      return atomPoly(call, gens);
    }
    case "eq":
      return atomPoly(e, gens);
  }
}

/** An exact closed value, or undefined (inexact results stay symbolic so simplify never loses exactness). */
function tryClosed(e: Expr, ctx: NumCtx): Num | undefined {
  try {
    const v = evaluateClosed(e, ctx);
    return v && isExactNum(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

function atomPoly(e: Expr, gens: Gens): MPoly {
  return genPoly(gens.index(e));
}

/** Sort key of a generator: symbols first (x before sin(x), as SymPy prints x*sin(x)), then by text. */
function genText(gens: Gens, g: number): string {
  const e = gens.list[g]!;
  return `${e.op === "sym" ? "0" : "1"}${exprToText(e)}`;
}

/** Monomial order for printing: total degree descending, then generators alphabetically. */
function termOrder(gens: Gens): (a: Term, b: Term) => number {
  const deg = (m: Mono) => m.reduce((s, v, i) => (i % 2 ? s + v : s), 0);
  const name = (m: Mono) => {
    const parts: string[] = [];
    for (let i = 0; i < m.length; i += 2) parts.push(`${genText(gens, m[i]!)}^${String(1000 - m[i + 1]!).padStart(4, "0")}`);
    return parts.sort().join("*");
  };
  return (a, b) => deg(b.mono) - deg(a.mono) || (name(a.mono) < name(b.mono) ? -1 : name(a.mono) > name(b.mono) ? 1 : 0);
}

export function monoExpr(mono: Mono, gens: Gens): Expr[] {
  const factors: [string, Expr][] = [];
  for (let i = 0; i < mono.length; i += 2) {
    const g = gens.list[mono[i]!]!;
    const e = mono[i + 1]!;
    factors.push([genText(gens, mono[i]!), e === 1 ? g : exprPow(g, exprNum(int(e)))]);
  }
  factors.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return factors.map((f) => f[1]);
}

export function termExpr(t: Term, gens: Gens): Expr {
  const fs = monoExpr(t.mono, gens);
  if (fs.length === 0) return exprNum(t.coef);
  if (isOneNum(t.coef)) return exprMul(fs);
  if (t.coef.kind === "rational" && t.coef.value.num === -1n && t.coef.value.den === 1n) return exprNeg(exprMul(fs));
  return exprMul([exprNum(t.coef), ...fs]);
}

/** The polynomial as an expression, terms in printing order (x^2 - 3*x + 1). */
export function fromPoly(p: MPoly, gens: Gens): Expr {
  const terms = [...p.values()].sort(termOrder(gens));
  if (terms.length === 0) return exprNum(int(0));
  return exprAdd(terms.map((t) => termExpr(t, gens)));
}

/** Expanded canonical form: products and integer powers of sums multiplied out, like terms combined. */
export function expandExpr(e: Expr, ctx: NumCtx, depth = 0): Expr {
  if (e.op === "eq") return exprEquation(expandExpr(e.left, ctx, depth), expandExpr(e.right, ctx, depth));
  const gens = new Gens();
  return fromPoly(toPoly(e, gens, ctx, depth), gens);
}

/**
 * simplify: the expanded canonical form when it is not longer than the input's light form (like terms combined,
 * numbers folded, powers of sums kept), else that light form. Exact throughout.
 */
export function simplifyExpr(e: Expr, ctx: NumCtx, depth = 0): Expr {
  if (e.op === "num" || e.op === "sym") return e;
  if (e.op === "eq") {
    return exprEquation(simplifyExpr(e.left, ctx, depth), simplifyExpr(e.right, ctx, depth));
  }
  const expanded = expandExpr(e, ctx, depth);
  const light = lightSimplify(e, ctx, depth);
  const together = hasDenominator(e) ? togetherExpr(e, ctx) : undefined;
  const trig = pythagorean(expanded, ctx);
  return shortest([expanded, light, together, trig]);
}

/** True when e divides by a non-monomial (a power of a sum with a negative exponent). */
function hasDenominator(e: Expr): boolean {
  if (e.op === "pow") {
    const n = smallInt(e.exp);
    if (n !== undefined && n < 0 && e.base.op !== "sym") return true;
  }
  return (e.op === "add" || e.op === "mul" || e.op === "pow") && (e.op === "pow" ? [e.base] : e.args).some(hasDenominator);
}

/** Combine like terms and fold numbers without expanding powers of sums: sums of products of atoms. */
function lightSimplify(e: Expr, ctx: NumCtx, depth: number): Expr {
  if (e.op !== "add" && e.op !== "mul") return e;
  const gens = new Gens();
  let acc: MPoly = e.op === "add" ? new Map() : constPoly(ONE_NUM);
  for (const a of e.args) {
    const sub = a.op === "pow" && smallInt(a.exp) !== undefined && (smallInt(a.exp) ?? 0) > 1 && a.base.op === "add"
      ? genPoly(gens.index(exprPow(simplifyExpr(a.base, ctx, depth + 1), a.exp)))
      : a.op === "add" || a.op === "mul" ? toPoly(lightSimplify(a, ctx, depth + 1), gens, ctx, depth + 1) : toPoly(a, gens, ctx, depth + 1);
    acc = e.op === "add" ? addPoly(acc, sub, ctx) : mulPoly(acc, sub, ctx);
  }
  return fromPoly(acc, gens);
}

/** The terms of p grouped by their power of generator gx, each group a polynomial in the other generators. */
function byPowerOf(p: MPoly, gx: number): Map<number, MPoly> {
  const byPow = new Map<number, MPoly>();
  for (const t of p.values()) {
    let k = 0;
    const rest: number[] = [];
    for (let i = 0; i < t.mono.length; i += 2) {
      if (t.mono[i] === gx) k = t.mono[i + 1]!;
      else rest.push(t.mono[i]!, t.mono[i + 1]!);
    }
    const m = byPow.get(k) ?? new Map();
    m.set(key(rest), { mono: rest, coef: t.coef });
    byPow.set(k, m);
  }
  return byPow;
}

/** Group by powers of x: the coefficient of each power as an expression (collect). */
export function collectExpr(e: Expr, x: string, ctx: NumCtx): Expr {
  const gens = new Gens();
  const p = toPoly(e, gens, ctx);
  const byPow = byPowerOf(p, gens.index(exprSymbol(x)));
  const powers = [...byPow.keys()].sort((a, b) => b - a);
  const xe = exprSymbol(x);
  return exprAdd(
    powers.map((k) => {
      const c = fromPoly(byPow.get(k)!, gens);
      const xk = k === 0 ? undefined : k === 1 ? xe : exprPow(xe, exprNum(int(k)));
      if (!xk) return c;
      if (c.op === "num") return isOneNum(c.value) ? xk : exprMul([c, xk]);
      return exprMul([c, xk]);
    }),
  );
}

/**
 * Coefficients of e as a polynomial in x (index = power), each an expression free of x; undefined when e is not
 * a polynomial in x (x inside a function, a negative or non-integer power of x).
 */
export function coefficientsIn(e: Expr, x: string, ctx: NumCtx): Expr[] | undefined {
  const gens = new Gens();
  const p = toPoly(e, gens, ctx);
  const gx = gens.find(exprSymbol(x));
  for (let g = 0; g < gens.list.length; g++) if (g !== gx && hasSym(gens.list[g]!, x)) return undefined;
  const byPow = byPowerOf(p, gx);
  const powers = [...byPow.keys()];
  if (powers.some((k) => k < 0)) return undefined;
  const deg = Math.max(0, ...powers);
  const out: Expr[] = [];
  for (let k = 0; k <= deg; k++) out.push(byPow.has(k) ? fromPoly(byPow.get(k)!, gens) : exprNum(int(0)));
  return out;
}

function hasSym(e: Expr, x: string): boolean {
  switch (e.op) {
    case "sym":
      return e.name === x;
    case "num":
      return false;
    case "add":
    case "mul":
    case "call":
      return e.args.some((a) => hasSym(a, x));
    case "pow":
      return hasSym(e.base, x) || hasSym(e.exp, x);
    case "eq":
      return hasSym(e.left, x) || hasSym(e.right, x);
  }
}

/** Guard used by callers that convert huge exponents. */
export function checkDegree(n: number, max: number): void {
  if (n > max) throw limitError("elements", max, `a polynomial of degree ${n} is larger than the limit of ${max}`);
}
