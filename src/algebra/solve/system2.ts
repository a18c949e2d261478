// Two polynomial equations in two unknowns, exactly: the resultant R(x) = Res_y(f, g) eliminates y; it is computed
// by evaluating the Sylvester determinant (formal degrees in y, exact over Q) at deg R + 1 integer points and
// interpolating. The exact roots of Res_y (the x values) and of Res_x (the y values) are paired where both equations
// are exactly zero (repeated roots are listed once). Used for systems such as x + y = 5, x*y = 6; numeric-only roots
// are not chased (undefined: the caller points to nsolve).
import { Q, isExactZero, toFloat, type Num, type NumCtx, type Rational } from "../../numbers/index.js";
import { QField, det } from "../../linalg/index.js";
import { type Expr, exprNum, exprSymbol, exprAdd, exprMul, exprPow, substitute, freeSymbols } from "../expr.js";
import { coefficientsIn, simplifyExpr } from "../mpoly.js";
import { evaluateClosed } from "../closed.js";
import { int, rat } from "../tower.js";
import type { Solutions, SolutionElement } from "../solutions.js";
import { solvePolynomial } from "./univariate.js";
import { rationalCoeffs } from "../factor-expr.js";


/** The Sylvester determinant of a (degree m) and b (degree n) given with their formal degrees. */
function resultantAt(a: readonly Rational[], b: readonly Rational[], ctx: NumCtx): Rational {
  const m = a.length - 1;
  const n = b.length - 1;
  const size = m + n;
  const data: Rational[] = new Array(size * size).fill(Q.ZERO);
  for (let r = 0; r < n; r++) for (let k = 0; k <= m; k++) data[r * size + r + k] = a[m - k]!;
  for (let r = 0; r < m; r++) for (let k = 0; k <= n; k++) data[(n + r) * size + r + k] = b[n - k]!;
  return det(QField, { shape: [size, size], data }, ctx.budget);
}

/** Newton interpolation through (t, v) at t = 0..N: coefficients by power, exact. */
function interpolate(values: readonly Rational[]): Rational[] {
  const n = values.length;
  const dd = [...values];
  for (let j = 1; j < n; j++) {
    for (let i = n - 1; i >= j; i--) dd[i] = Q.div(Q.sub(dd[i]!, dd[i - 1]!), Q.fromInt(j));
  }
  // Expand sum dd[k] * prod_{i<k} (x - i) into powers of x (Horner from the top).
  let poly: Rational[] = [dd[n - 1]!];
  for (let k = n - 2; k >= 0; k--) {
    const next: Rational[] = new Array(poly.length + 1).fill(Q.ZERO);
    for (let i = 0; i < poly.length; i++) {
      next[i + 1] = Q.add(next[i + 1]!, poly[i]!);
      next[i] = Q.sub(next[i]!, Q.mul(poly[i]!, Q.fromInt(k)));
    }
    next[0] = Q.add(next[0]!, dd[k]!);
    poly = next;
  }
  while (poly.length > 1 && Q.isZero(poly[poly.length - 1]!)) poly.pop();
  return poly;
}

function polyExpr(p: readonly Rational[], x: string): Expr {
  return exprAdd(p.map((c, k) => exprMul([exprNum(rat(c)), exprPow(exprSymbol(x), exprNum(int(k)))])));
}

function exactlyZeroAt(f: Expr, at: ReadonlyMap<string, Expr>, ctx: NumCtx): boolean {
  const v = evaluateClosed(simplifyExpr(substitute(f, at), ctx), ctx);
  return v !== undefined && isExactZero(v);
}

/** The exact roots of Res_y(f, g) as a polynomial in x; undefined when the method does not apply. */
function eliminate(f: Expr, g: Expr, x: string, y: string, ctx: NumCtx): Num[] | undefined {
  const fy = coefficientsIn(f, y, ctx);
  const gy = coefficientsIn(g, y, ctx);
  if (!fy || !gy) return undefined;
  // An equation free of y already constrains x alone.
  if (fy.length < 2 || gy.length < 2) return exactRoots(fy.length < 2 ? f : g, x, ctx);
  const degX = (e: Expr) => (coefficientsIn(e, x, ctx)?.length ?? 1) - 1;
  const bound = degX(f) * (gy.length - 1) + degX(g) * (fy.length - 1);
  if (bound < 1 || bound > 64) return undefined;
  const values: Rational[] = [];
  for (let t = 0; t <= bound; t++) {
    ctx.budget.tick();
    const at = new Map([[x, exprNum(int(t))]]);
    const a = rationalCoeffs(simplifyExpr(substitute(f, at), ctx), y, ctx);
    const b = rationalCoeffs(simplifyExpr(substitute(g, at), ctx), y, ctx);
    if (!a || !b) return undefined;
    // formal degrees in y: pad with zeros, so that the determinant is the specialization of the resultant
    while (a.length < fy.length) a.push(Q.ZERO);
    while (b.length < gy.length) b.push(Q.ZERO);
    values.push(resultantAt(a, b, ctx));
  }
  const R = interpolate(values);
  if (R.length < 2) return undefined; // identically zero (a common factor: infinitely many) or no root
  return exactRoots(polyExpr(R, x), x, ctx);
}

function exactRoots(p: Expr, x: string, ctx: NumCtx): Num[] | undefined {
  if (!freeSymbols(p).includes(x)) return undefined;
  const roots: Num[] = [];
  for (const r of solvePolynomial(p, x, ctx).elements) {
    const v = r.values[0]!;
    if (r.numeric || !("kind" in v)) return undefined;
    roots.push(v);
  }
  return roots;
}

/**
 * Exact solutions of {f = 0, g = 0} in (x, y): the exact roots of Res_y (for x) and of Res_x (for y), paired where
 * both equations vanish exactly. Undefined when the method does not apply (see the header).
 */
export function solvePolySystem2(f: Expr, g: Expr, x: string, y: string, ctx: NumCtx): Solutions | undefined {
  if (freeSymbols(f).some((s) => s !== x && s !== y) || freeSymbols(g).some((s) => s !== x && s !== y)) return undefined;
  const xs = eliminate(f, g, x, y, ctx);
  const ys = xs && eliminate(f, g, y, x, ctx);
  if (!xs || !ys) return undefined;
  const found: { x: Num; y: Num }[] = [];
  for (const x0 of xs) {
    for (const y0 of ys) {
      ctx.budget.tick();
      const point = new Map([[x, exprNum(x0)], [y, exprNum(y0)]]);
      if (exactlyZeroAt(f, point, ctx) && exactlyZeroAt(g, point, ctx)) found.push({ x: x0, y: y0 });
    }
  }
  // Contract order: real solutions first (by x, then y), then complex ones by real, then imaginary parts.
  const key = (n: Num) => toFloat(n.kind === "complex" ? n.re : n, ctx);
  const ikey = (n: Num) => (n.kind === "complex" ? toFloat(n.im, ctx) : 0);
  const complexRank = (p: { x: Num; y: Num }) => (p.x.kind === "complex" || p.y.kind === "complex" ? 1 : 0);
  found.sort(
    (p, q) => complexRank(p) - complexRank(q) || key(p.x) - key(q.x) || ikey(p.x) - ikey(q.x) || key(p.y) - key(q.y) || ikey(p.y) - ikey(q.y),
  );
  const elements: SolutionElement[] = found.map((p) => ({ values: [p.x, p.y] }));
  return { variables: [x, y], elements };
}
