// factor, degree and coeffs on expressions: the bridge between Expr and the dense Q[x] machinery.
// factor: univariate polynomials with rational coefficients are factored into irreducibles over Q (factor.ts);
// anything else is returned simplified, unfactored (multivariate factoring is not implemented).
import { Q, type NumCtx, type Rational } from "../numbers/index.js";
import { domainError } from "../core/index.js";
import { type Expr, exprNum, exprSymbol, exprAdd, exprMul, exprPow, exprNeg, freeSymbols } from "./expr.js";
import { coefficientsIn, simplifyExpr } from "./mpoly.js";
import { factorQ } from "./factor.js";
import { int, rat } from "./tower.js";

function rationalCoeffs(e: Expr, x: string, ctx: NumCtx): Rational[] | undefined {
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
