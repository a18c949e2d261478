// Symbolic derivatives: sum, product, quotient (via negative powers), general power and chain rules, with a table
// of derivatives for the library functions; the result is simplified (expanded canonical form when shorter).
// taylor(e, x, a, n) builds sum f^(k)(a)/k! (x - a)^k from the same derivatives, evaluated exactly at a.
import type { NumCtx } from "../numbers/index.js";
import { Q } from "../numbers/index.js";
import { domainError, limitError } from "../core/index.js";
import {
  type Expr, exprNum, exprSymbol, exprAdd, exprMul, exprPow, exprNeg, exprCall, exprBinary, exprEquation, hasSymbol,
  substitute, freeSymbols,
} from "./expr.js";
import { int, rat, constantNum, arith } from "./tower.js";
import { simplifyExpr } from "./mpoly.js";
import { evaluateClosed } from "./closed.js";

const n = (k: number) => exprNum(int(k));
const half = exprNum(rat(Q.make(1n, 2n)));
const sq = (e: Expr) => exprPow(e, n(2));
const inv = (e: Expr) => exprPow(e, n(-1));
const call = (f: string, ...a: Expr[]) => exprCall(f, a);

/** d f(u)/du for one-argument library functions, as an expression in u. */
const TABLE = new Map<string, (u: Expr) => Expr>([
  ["sin", (u) => call("cos", u)],
  ["cos", (u) => exprNeg(call("sin", u))],
  ["tan", (u) => exprAdd([n(1), sq(call("tan", u))])],
  ["sec", (u) => exprMul([call("sec", u), call("tan", u)])],
  ["csc", (u) => exprNeg(exprMul([call("csc", u), call("cot", u)]))],
  ["cot", (u) => exprNeg(exprAdd([n(1), sq(call("cot", u))]))],
  ["asin", (u) => exprPow(exprAdd([n(1), exprNeg(sq(u))]), exprNum(rat(Q.make(-1n, 2n))))],
  ["acos", (u) => exprNeg(exprPow(exprAdd([n(1), exprNeg(sq(u))]), exprNum(rat(Q.make(-1n, 2n)))))],
  ["atan", (u) => inv(exprAdd([n(1), sq(u)]))],
  ["sinh", (u) => call("cosh", u)],
  ["cosh", (u) => call("sinh", u)],
  ["tanh", (u) => exprAdd([n(1), exprNeg(sq(call("tanh", u)))])],
  ["asinh", (u) => exprPow(exprAdd([sq(u), n(1)]), exprNum(rat(Q.make(-1n, 2n))))],
  ["acosh", (u) => exprPow(exprAdd([sq(u), n(-1)]), exprNum(rat(Q.make(-1n, 2n))))],
  ["atanh", (u) => inv(exprAdd([n(1), exprNeg(sq(u))]))],
  ["exp", (u) => call("exp", u)],
  ["expm1", (u) => call("exp", u)],
  ["ln", (u) => inv(u)],
  ["log", (u) => inv(u)],
  ["log1p", (u) => inv(exprAdd([n(1), u]))],
  ["log2", (u) => inv(exprMul([u, call("ln", n(2))]))],
  ["log10", (u) => inv(exprMul([u, call("ln", n(10))]))],
  ["sqrt", (u) => exprMul([half, exprPow(u, exprNum(rat(Q.make(-1n, 2n))))])],
  ["cbrt", (u) => exprMul([exprNum(rat(Q.make(1n, 3n))), exprPow(call("cbrt", u), n(-2))])],
  ["abs", (u) => call("sign", u)],
  ["asec", (u) => inv(exprMul([call("abs", u), call("sqrt", exprAdd([sq(u), n(-1)]))]))],
  ["acsc", (u) => exprNeg(inv(exprMul([call("abs", u), call("sqrt", exprAdd([sq(u), n(-1)]))])))],
  ["acot", (u) => exprNeg(inv(exprAdd([n(1), sq(u)])))],
  ["trunc", () => n(0)],
  ["sign", () => n(0)],
  ["floor", () => n(0)],
  ["ceil", () => n(0)],
  ["round", () => n(0)],
  ["erf", (u) => exprMul([n(2), inv(call("sqrt", exprSymbolPi())), call("exp", exprNeg(sq(u)))])],
  ["erfc", (u) => exprNeg(exprMul([n(2), inv(call("sqrt", exprSymbolPi())), call("exp", exprNeg(sq(u)))]))],
]);

/** pi as a number leaf from the tower (a symbol `pi` only if the tower has no constants yet). */
function exprSymbolPi(): Expr {
  const pi = constantNum("pi");
  return pi ? exprNum(pi) : exprSymbol("pi");
}

/** Names of the functions diff knows (one-argument table plus log(x, b), atan2, hypot, pow). */
export function differentiableFunctions(): string[] {
  return [...TABLE.keys(), "atan2", "hypot", "pow", "nthroot"];
}

/** The raw (unsimplified) derivative of e with respect to x. */
function d(e: Expr, x: string, ctx: NumCtx, depth: number): Expr {
  ctx.budget.tick();
  ctx.budget.checkDepth(depth);
  if (!hasSymbol(e, x)) return n(0);
  switch (e.op) {
    case "num":
      return n(0);
    case "sym":
      return n(e.name === x ? 1 : 0);
    case "add":
      return exprAdd(e.args.map((a) => d(a, x, ctx, depth + 1)));
    case "mul": {
      const terms: Expr[] = [];
      e.args.forEach((a, i) => {
        if (!hasSymbol(a, x)) return;
        terms.push(exprMul([...e.args.slice(0, i), d(a, x, ctx, depth + 1), ...e.args.slice(i + 1)]));
      });
      return exprAdd(terms);
    }
    case "pow": {
      const { base, exp } = e;
      if (!hasSymbol(exp, x)) {
        // (u^c)' = c u^(c-1) u'
        const lower = exp.op === "num" ? exprNum(arith("sub", exp.value, int(1), ctx)) : exprBinary("-", exp, n(1));
        return exprMul([exp, exprPow(base, lower), d(base, x, ctx, depth + 1)]);
      }
      // (u^v)' = u^v (v' ln u + v u'/u)
      return exprMul([
        e,
        exprAdd([
          exprMul([d(exp, x, ctx, depth + 1), call("ln", base)]),
          exprMul([exp, d(base, x, ctx, depth + 1), inv(base)]),
        ]),
      ]);
    }
    case "call":
      return dCall(e.name, e.args, x, ctx, depth);
    case "eq":
      return exprEquation(d(e.left, x, ctx, depth + 1), d(e.right, x, ctx, depth + 1));
  }
}

function dCall(name: string, args: readonly Expr[], x: string, ctx: NumCtx, depth: number): Expr {
  const rule = TABLE.get(name);
  if (rule && args.length === 1) return exprMul([rule(args[0]!), d(args[0]!, x, ctx, depth + 1)]);
  if ((name === "log") && args.length === 2) {
    return d(exprMul([call("ln", args[0]!), inv(call("ln", args[1]!))]), x, ctx, depth + 1);
  }
  if (name === "pow" && args.length === 2) return d(exprPow(args[0]!, args[1]!), x, ctx, depth + 1);
  if (name === "nthroot" && args.length === 2 && !hasSymbol(args[1]!, x)) {
    // (u^(1/k))' = u^(1/k) u' / (k u)
    const [u, k] = [args[0]!, args[1]!];
    return exprMul([call("nthroot", u, k), d(u, x, ctx, depth + 1), inv(exprMul([k, u]))]);
  }
  if (name === "hypot" && args.length === 2) {
    return d(call("sqrt", exprAdd([sq(args[0]!), sq(args[1]!)])), x, ctx, depth + 1);
  }
  if (name === "atan2" && args.length === 2) {
    // atan2(y, x)' = (x y' - y x') / (x^2 + y^2)
    const [yy, xx] = [args[0]!, args[1]!];
    return exprMul([
      exprAdd([exprMul([xx, d(yy, x, ctx, depth + 1)]), exprNeg(exprMul([yy, d(xx, x, ctx, depth + 1)]))]),
      inv(exprAdd([sq(xx), sq(yy)])),
    ]);
  }
  throw domainError("out-of-domain", `no derivative is known for ${name} with ${args.length} argument(s)`);
}

/**
 * The n-th derivative of e with respect to x (n >= 0), simplified. Exact: no numeric evaluation happens.
 * Consumes budget ticks; raises DomainError for functions without a known derivative.
 */
export function diffExpr(e: Expr, x: string, order: number, ctx: NumCtx): Expr {
  if (order > 1000) throw limitError("depth", 1000, "derivative order above 1000");
  let cur = e;
  for (let k = 0; k < order; k++) cur = simplifyExpr(d(cur, x, ctx, 0), ctx);
  return cur;
}

/**
 * The Taylor polynomial of degree n of e about x = a, as an expression in x; each coefficient is the exact value
 * of f^(k)(a)/k! when the tower can evaluate it exactly, else the simplified closed expression.
 */
export function taylorExpr(e: Expr, x: string, a: Expr, order: number, ctx: NumCtx): Expr {
  const xs = exprSymbol(x);
  const shift = isZeroExpr(a) ? xs : exprBinary("-", xs, a);
  const terms: Expr[] = [];
  let cur = e;
  let fact = 1n;
  for (let k = 0; k <= order; k++) {
    if (k > 0) {
      cur = simplifyExpr(d(cur, x, ctx, 0), ctx);
      fact *= BigInt(k);
    }
    const at = simplifyExpr(substitute(cur, new Map([[x, a]])), ctx);
    const v = evaluateClosedSafe(at, ctx);
    // A closed coefficient that does not evaluate is a pole of the function or a derivative at a: no Taylor
    // polynomial there (removable singularities such as sin(x)/x at 0 are not resolved; say so, never print 0/0).
    if (v === undefined && freeSymbols(at).length === 0) {
      throw domainError("pole", `taylor: ${k === 0 ? "the function" : `its derivative of order ${k}`} is undefined at the expansion point (a pole, a branch point or a removable singularity)`, {
        notes: ["expand about another point, or rewrite the expression (sin(x)/x is the series of sin(x) divided by x)"],
      });
    }
    const coef = simplifyExpr(exprMul([v ?? at, exprNum(rat(Q.make(1n, fact)))]), ctx);
    if (isZeroExpr(coef)) continue;
    terms.push(k === 0 ? coef : exprMul([coef, k === 1 ? shift : exprPow(shift, n(k))]));
  }
  // About 0 the canonical polynomial; elsewhere powers of (x - a), highest first, unexpanded.
  if (isZeroExpr(a)) return simplifyExpr(exprAdd(terms), ctx);
  return exprAdd(terms.reverse().map(dropUnit));
}

function dropUnit(e: Expr): Expr {
  if (e.op !== "mul" || e.args[0]!.op !== "num") return e;
  const c = e.args[0].value;
  if (c.kind === "rational" && c.value.den === 1n && (c.value.num === 1n || c.value.num === -1n)) {
    const rest = exprMul(e.args.slice(1));
    return c.value.num === 1n ? rest : exprNeg(rest);
  }
  return e;
}

function isZeroExpr(e: Expr): boolean {
  return e.op === "num" && e.value.kind === "rational" && e.value.value.num === 0n;
}

function evaluateClosedSafe(e: Expr, ctx: NumCtx): Expr | undefined {
  try {
    const v = evaluateClosed(e, ctx);
    return v ? exprNum(v) : undefined;
  } catch {
    return undefined;
  }
}
