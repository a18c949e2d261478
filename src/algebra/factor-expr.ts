// factor, degree and coeffs on expressions: the bridge between Expr and the dense Q[x] machinery.
// factor: univariate polynomials with rational coefficients are factored into irreducibles over Q (factor.ts).
// Several unknowns: common monomial factors come out (a*x + a*y = a*(x + y)), and a homogeneous polynomial in two
// unknowns is factored through its dehomogenization (x^2 - y^2 = (x - y)*(x + y)); other multivariate polynomials
// are returned simplified, unfactored (general multivariate factoring is not implemented).
import { Q, type NumCtx, type Rational } from "../numbers/index.js";
import { domainError } from "../core/index.js";
import { type Expr, exprNum, exprSymbol, exprAdd, exprMul, exprPow, exprNeg, freeSymbols, substitute } from "./expr.js";
import { coefficientsIn, simplifyExpr } from "./mpoly.js";
import { factorQ } from "./factor.js";
import { int, rat } from "./tower.js";

/** Rational coefficients of e in x (index = power, trailing zeros dropped), or undefined when one is not rational. */
export function rationalCoeffs(e: Expr, x: string, ctx: NumCtx): Rational[] | undefined {
  const c = coefficientsIn(e, x, ctx);
  if (!c) return undefined;
  const out: Rational[] = [];
  for (const k of c) {
    if (k.op !== "num" || k.value.kind !== "rational") return undefined;
    out.push(k.value.value);
  }
  while (out.length && Q.isZero(out[out.length - 1]!)) out.pop();
  return out;
}

/** c_n x^n + ... + c_0 from integer coefficients (index = power), terms with zero coefficients left out. */
export function zpolyExpr(p: readonly bigint[], x: string): Expr {
  const xs = exprSymbol(x);
  const terms: Expr[] = [];
  for (let k = p.length - 1; k >= 0; k--) {
    const c = p[k]!;
    if (c === 0n) continue;
    const xk = k === 0 ? undefined : k === 1 ? xs : exprPow(xs, exprNum(int(k)));
    if (!xk) terms.push(exprNum(int(c)));
    else if (c === 1n) terms.push(xk);
    else if (c === -1n) terms.push(exprNeg(xk));
    else terms.push(exprMul([exprNum(int(c)), xk]));
  }
  return exprAdd(terms);
}

/** factor(e): a product of irreducible factors over Q (see header); exact. */
export function factorExpr(e: Expr, ctx: NumCtx): Expr {
  const syms = freeSymbols(e);
  if (syms.length > 1) return factorMulti(simplifyExpr(e, ctx), syms, ctx);
  if (syms.length !== 1) return simplifyExpr(e, ctx);
  const x = syms[0]!;
  const p = rationalCoeffs(e, x, ctx);
  if (!p || p.length <= 2) return simplifyExpr(e, ctx);
  const f = factorQ(p, ctx.budget);
  const parts: Expr[] = [];
  if (!Q.eq(f.content, Q.ONE)) parts.push(exprNum(rat(f.content)));
  for (const { poly, mult } of f.factors) {
    const b = zpolyExpr(poly, x);
    parts.push(mult === 1 ? b : exprPow(b, exprNum(int(mult))));
  }
  if (parts.length === 1) return parts[0]!;
  // -1 * (x - 1) prints as -(x - 1)
  if (parts[0]!.op === "num" && Q.eq(f.content, Q.fromInt(-1))) return exprNeg(exprMul(parts.slice(1)));
  return exprMul(parts);
}

/** Degree of e as a polynomial in x (-inf for 0 is reported as -1); DomainError when not a polynomial in x. */
export function polyDegree(e: Expr, x: string, ctx: NumCtx): number {
  const c = coefficientsIn(e, x, ctx);
  if (!c) throw domainError("out-of-domain", `the expression is not a polynomial in ${x}`);
  let d = c.length - 1;
  while (d >= 0 && c[d]!.op === "num" && isZeroExpr(c[d]!)) d--;
  return d;
}

function isZeroExpr(e: Expr): boolean {
  return e.op === "num" && e.value.kind === "rational" && e.value.value.num === 0n;
}

/** Coefficients of e in x, highest power first (SymPy's all_coeffs order); DomainError when not a polynomial. */
export function polyCoeffs(e: Expr, x: string, ctx: NumCtx): Expr[] {
  const c = coefficientsIn(e, x, ctx);
  if (!c) throw domainError("out-of-domain", `the expression is not a polynomial in ${x}`);
  while (c.length > 1 && isZeroExpr(c[c.length - 1]!)) c.pop();
  return c.reverse();
}

/** Lowest power of x over the terms of the polynomial e (0 when a term lacks x; undefined if not a polynomial). */
function lowestPower(e: Expr, x: string, ctx: NumCtx): number | undefined {
  const c = coefficientsIn(e, x, ctx);
  if (!c) return undefined;
  const k = c.findIndex((t) => !isZeroExpr(t));
  return k < 0 ? undefined : k;
}

/** Several unknowns: monomial content, then the homogeneous two-unknown case (see the header). */
function factorMulti(e: Expr, syms: readonly string[], ctx: NumCtx): Expr {
  const parts: Expr[] = [];
  let rest = e;
  for (const v of syms) {
    const k = lowestPower(rest, v, ctx);
    if (k === undefined) return e;
    if (k > 0) {
      const vk = k === 1 ? exprSymbol(v) : exprPow(exprSymbol(v), exprNum(int(k)));
      parts.push(vk);
      rest = simplifyExpr(exprMul([rest, exprPow(exprSymbol(v), exprNum(int(-k)))]), ctx);
    }
  }
  const left = freeSymbols(rest);
  const core = left.length === 2 ? (homogeneousFactor(rest, left[0]!, left[1]!, ctx) ?? rest) : left.length === 1 ? factorExpr(rest, ctx) : rest;
  if (parts.length === 0) return core;
  if (core.op === "num" && core.value.kind === "rational" && Q.eq(core.value.value, Q.ONE)) return exprMul(parts);
  // A leading numeric factor of the core goes first: -a*(x + y) rather than a*(-(x + y)).
  if (core.op === "mul" && core.args[0]!.op === "num") return exprMul([core.args[0]!, ...parts, ...core.args.slice(1)]);
  return exprMul([...parts, core]);
}

/**
 * A homogeneous polynomial of degree n in x and y: x^k carries c_k y^(n-k). Factor p(x) = sum c_k x^k over Q and
 * homogenize each factor back (a factor of degree m gets y^(m-k) on its x^k). Undefined when not homogeneous.
 */
function homogeneousFactor(e: Expr, x: string, y: string, ctx: NumCtx): Expr | undefined {
  const cx = coefficientsIn(e, x, ctx);
  if (!cx) return undefined;
  const n = cx.length - 1;
  const p: Rational[] = [];
  for (let k = 0; k <= n; k++) {
    const cy = rationalCoeffs(cx[k]!, y, ctx) ?? (isZeroExpr(cx[k]!) ? [] : undefined);
    if (cy === undefined) return undefined;
    const nonzero = cy.map((q, i) => [q, i] as const).filter(([q]) => !Q.isZero(q));
    if (nonzero.length > 1 || (nonzero.length === 1 && nonzero[0]![1] !== n - k)) return undefined;
    p.push(nonzero.length ? nonzero[0]![0] : Q.ZERO);
  }
  if (n < 1) return undefined;
  const f = factorQ(p, ctx.budget);
  if (f.factors.length === 1 && f.factors[0]!.mult === 1 && Q.eq(f.content, Q.ONE)) return undefined;
  const xOverY = new Map([[x, exprMul([exprSymbol(x), exprPow(exprSymbol(y), exprNum(int(-1)))])]]);
  const parts: Expr[] = [];
  if (!Q.eq(f.content, Q.ONE)) parts.push(exprNum(rat(f.content)));
  for (const { poly, mult } of f.factors) {
    // y^m * q(x/y) is the homogenized factor of degree m.
    const m = poly.length - 1;
    const b = simplifyExpr(exprMul([exprPow(exprSymbol(y), exprNum(int(m))), substitute(zpolyExpr(poly, x), xOverY)]), ctx);
    parts.push(mult === 1 ? b : exprPow(b, exprNum(int(mult))));
  }
  return parts.length === 1 ? parts[0]! : exprMul(parts);
}
