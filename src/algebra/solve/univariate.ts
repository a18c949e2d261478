// solve(eq, x) for polynomial equations in one unknown. Rational coefficients: factor over Q (factor.ts), then
// linear factors give rationals, quadratic factors exact radicals or complex numbers, cubics with one real root
// and biquadratic quartics exact radicals (radicals.ts), other irreducible factors certified numeric roots
// (roots.ts) at the requested digits with error bounds. Symbolic coefficients: linear solution or quadratic formula.
import { Q, type Num, type NumCtx, type Rational } from "../../numbers/index.js";
import { domainError } from "../../core/index.js";
import { type Expr, exprNum, exprMul, exprPow, exprNeg, exprAdd, exprCall, exprBinary, freeSymbols as freeSymbolsOf, substitute } from "../expr.js";
import { coefficientsIn, simplifyExpr } from "../mpoly.js";
import { togetherExpr } from "../ratfun.js";
import { evaluateClosed } from "../closed.js";
import { factorQ } from "../factor.js";
import { certifiedRoots } from "../roots.js";
import { int, rat, numToFloat } from "../tower.js";
import { quadraticRoots } from "./roots-exact.js";
import { cubicRadicals, biquadraticRadicals, ferrariRadicals } from "./radicals.js";
import type { Solutions, SolutionElement } from "../solutions.js";

const bitsFor = (digits: number) => Math.ceil(digits * 3.3219280948873626) + 10;

/** Sort key of a value: real first, ascending, then complex by real then imaginary part. */
function key(v: Num | Expr, ctx: NumCtx): [number, number, number] {
  if ("op" in v) return [2, 0, 0];
  if (v.kind === "complex") return [1, numToFloat(v.re, ctx), numToFloat(v.im, ctx)];
  return [0, numToFloat(v, ctx), 0];
}

export function sortElements(els: SolutionElement[], ctx: NumCtx): SolutionElement[] {
  const keyed = els.map((e) => ({ e, k: key(e.values[0]!, ctx) }));
  keyed.sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2]);
  return keyed.map((x) => x.e);
}

/**
 * Solutions of `expr = 0` in x. Exact roots are exact tower numbers; numeric ones carry error bounds that are
 * rigorous (roots.ts). Throws DomainError when expr is not a polynomial in x.
 */
export function solvePolynomial(e: Expr, x: string, ctx: NumCtx): Solutions {
  const coeffs = coefficientsIn(e, x, ctx);
  if (!coeffs) {
    const rational = solveRationalFunction(e, x, ctx);
    if (rational) return rational;
    throw domainError("out-of-domain", `the equation is not polynomial in ${x}; no closed form is known`, {
      notes: [`try nsolve(equation, ${x}) for a numeric root`],
    });
  }
  while (coeffs.length > 1 && isZero(coeffs[coeffs.length - 1]!)) coeffs.pop();
  if (coeffs.length === 1 && !isZero(coeffs[0]!) && freeSymbolsOf(coeffs[0]!).length > 0) {
    throw domainError("out-of-domain", `the equation does not contain ${x}`, {
      notes: [`its unknowns are ${freeSymbolsOf(coeffs[0]!).join(", ")}`],
    });
  }
  const rational = coeffs.map((c) => (c.op === "num" && c.value.kind === "rational" ? c.value.value : undefined));
  if (rational.every((c) => c !== undefined)) return solveRational(rational as Rational[], x, ctx);
  return solveSymbolic(coeffs, x, ctx);
}

function isZero(e: Expr): boolean {
  return e.op === "num" && e.value.kind === "rational" && e.value.value.num === 0n;
}

function solveRational(p: Rational[], x: string, ctx: NumCtx): Solutions {
  const variables = [x];
  if (p.length <= 1) {
    return Q.isZero(p[0] ?? Q.ZERO) ? { variables, elements: [], all: true } : { variables, elements: [] };
  }
  // Only factors of degree <= 4 have closed forms here (<= 2 above degree 40, where the search would cost more
  // than it finds); the rest is solved numerically whether or not it splits further.
  const fz = factorQ(p, ctx.budget, p.length > 41 ? 2 : 4);
  const els: SolutionElement[] = [];
  const bits = bitsFor(ctx.digits);
  for (const { poly, mult } of fz.factors) {
    const m = mult > 1 ? { multiplicity: mult } : {};
    const c = poly.map((k) => Q.fromInt(k));
    if (poly.length === 2) {
      els.push({ values: [rat(Q.div(Q.neg(c[0]!), c[1]!))], ...m });
    } else if (poly.length === 3) {
      for (const r of quadraticRoots(c[0]!, c[1]!, c[2]!)) els.push({ values: [r], ...m });
    } else {
      const exactRoots =
        poly.length === 4
          ? cubicRadicals(c, ctx)
          : poly.length === 5
            ? (biquadraticRadicals(c, ctx) ?? ferrariRadicals(c, ctx, (r) => rationalRootsOf(r, ctx)))
            : undefined;
      if (exactRoots && agreesWithNumeric(exactRoots, poly, ctx)) {
        for (const r of exactRoots) els.push({ values: [r], ...m });
        continue;
      }
      for (const r of certifiedRoots(poly, bits, ctx.budget)) {
        const v: Num = Q.isZero(r.im) ? rat(r.re) : { kind: "complex", re: rat(r.re) as never, im: rat(r.im) as never };
        els.push({ values: [v], errorBound: r.radius, numeric: true, ...m });
      }
    }
  }
  return { variables, elements: sortElements(els, ctx) };
}

/**
 * num/den = 0 for a rational function: the roots of num at which den is not zero (den checked exactly for exact
 * roots; numerically, with the root's ball, for numeric ones).
 */
function solveRationalFunction(e: Expr, x: string, ctx: NumCtx): Solutions | undefined {
  const t = togetherExpr(e, ctx, false);
  if (!t || t.op !== "mul") return undefined;
  const k = t.args.findIndex((a) => a.op === "pow" && a.exp.op === "num" && a.exp.value.kind === "rational" && a.exp.value.value.num === -1n && a.exp.value.value.den === 1n);
  const inv = t.args[k];
  if (!inv || inv.op !== "pow") return undefined;
  const num = exprMul(t.args.filter((_, i) => i !== k));
  if (!coefficientsIn(num, x, ctx) || !coefficientsIn(inv.base, x, ctx)) return undefined;
  const sols = solvePolynomial(num, x, ctx);
  if (sols.all || sols.parametric) return undefined;
  const den = inv.base;
  const elements = sols.elements.filter((el) => {
    const v = el.values[0]!;
    if ("op" in v) return true;
    const at = evaluateClosedSafe(substitute(den, new Map([[x, exprNum(v)]])), ctx);
    if (!at) return true;
    if (!el.numeric) return !(at.kind === "rational" && at.value.num === 0n);
    return Math.abs(numToFloat(at.kind === "complex" ? at.re : at, ctx)) + (at.kind === "complex" ? Math.abs(numToFloat(at.im, ctx)) : 0) > 1e-20;
  });
  return { variables: [x], elements };
}

function evaluateClosedSafe(e: Expr, ctx: NumCtx): Num | undefined {
  try {
    return evaluateClosed(e, ctx);
  } catch {
    return undefined;
  }
}

/** The rational roots of a polynomial (its linear factors over Q). */
function rationalRootsOf(p: Rational[], ctx: NumCtx): Rational[] {
  return factorQ(p, ctx.budget)
    .factors.filter((f) => f.poly.length === 2)
    .map((f) => Q.make(-f.poly[0]!, f.poly[1]!));
}

/** Safety net for the radical formulas: each exact root lies near a distinct certified root (float check). */
function agreesWithNumeric(exact: readonly Num[], poly: readonly bigint[], ctx: NumCtx): boolean {
  const balls = certifiedRoots(poly, 40, ctx.budget).map((b) => [Q.toNumber(b.re), Q.toNumber(b.im)] as const);
  const used = new Set<number>();
  for (const r of exact) {
    const re = numToFloat(r.kind === "complex" ? r.re : r, ctx);
    const im = r.kind === "complex" ? numToFloat(r.im, ctx) : 0;
    let best = -1;
    let bestD = Infinity;
    balls.forEach(([a, b], i) => {
      const d = Math.hypot(a - re, b - im);
      if (!used.has(i) && d < bestD) [best, bestD] = [i, d];
    });
    if (best < 0 || !(bestD <= 1e-9 * (1 + Math.hypot(re, im)))) return false;
    used.add(best);
  }
  return true;
}

function solveSymbolic(c: Expr[], x: string, ctx: NumCtx): Solutions {
  const variables = [x];
  const s = (e: Expr) => simplifyExpr(e, ctx);
  if (c.length === 2) {
    return { variables, elements: [{ values: [s(exprNeg(exprMul([c[0]!, exprPow(c[1]!, exprNum(int(-1)))])))] }] };
  }
  if (c.length === 3) {
    const [cc, b, a] = c as [Expr, Expr, Expr];
    const disc = s(exprAdd([exprPow(b, exprNum(int(2))), exprNeg(exprMul([exprNum(int(4)), a, cc]))]));
    const root = exprCall("sqrt", [disc]);
    const den = exprPow(s(exprMul([exprNum(int(2)), a])), exprNum(int(-1))); // 2a, folded: 2 when a = 1
    const r1 = exprMul([exprBinary("-", exprNeg(b), root), den]);
    const r2 = exprMul([exprBinary("+", exprNeg(b), root), den]);
    return { variables, elements: [{ values: [r1] }, { values: [r2] }] };
  }
  throw domainError("out-of-domain", `solving a degree-${c.length - 1} equation with symbolic coefficients is not supported`, {
    notes: ["give numeric coefficients, or use nsolve"],
  });
}
