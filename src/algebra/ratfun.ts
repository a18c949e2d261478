// Rational-function normal form used by simplify: the expression over one common denominator (num/den as
// expanded polynomials), and, for one unknown with rational coefficients, the gcd cancelled exactly over Q:
// (x^2 - 1)/(x - 1) -> x + 1. Identities sin(u)^2 + cos(u)^2 = 1 and cosh(u)^2 - sinh(u)^2 = 1 are applied by
// rewriting sin^2 (sinh^2) and keeping the rewrite only when it is shorter.
import { Q, type NumCtx } from "../numbers/index.js";
import { type Expr, exprNum, exprMul, exprPow, exprCall, exprEquals, freeSymbols } from "./expr.js";
import { Gens, toPoly, fromPoly, mulPoly, addPoly, constPoly, type MPoly } from "./mpoly.js";
import { gcdP, divmodP, lc, scaleP, type QPoly } from "./upoly.js";
import { zpolyExpr, factorExpr, rationalCoeffs } from "./factor-expr.js";
import { exprToText } from "./print.js";
import { int, rat, ONE_NUM, MINUS_ONE_NUM } from "./tower.js";

interface Frac {
  num: MPoly;
  den: MPoly;
}

const intExp = (e: Expr): number | undefined =>
  e.op === "num" && e.value.kind === "rational" && e.value.value.den === 1n && Q.abs(e.value.value.num) < 64n
    ? Number(e.value.value.num)
    : undefined;

function powPolyInt(p: MPoly, k: number, ctx: NumCtx): MPoly {
  let r = constPoly(ONE_NUM);
  for (let i = 0; i < k; i++) r = mulPoly(r, p, ctx);
  return r;
}

/** e as one fraction of expanded polynomials (generators shared through gens). */
function toFrac(e: Expr, gens: Gens, ctx: NumCtx): Frac {
  ctx.budget.tick();
  switch (e.op) {
    case "add": {
      let acc: Frac = { num: new Map(), den: constPoly(ONE_NUM) };
      for (const a of e.args) {
        const f = toFrac(a, gens, ctx);
        acc = {
          num: addPoly(mulPoly(acc.num, f.den, ctx), mulPoly(f.num, acc.den, ctx), ctx),
          den: mulPoly(acc.den, f.den, ctx),
        };
      }
      return acc;
    }
    case "mul": {
      let acc: Frac = { num: constPoly(ONE_NUM), den: constPoly(ONE_NUM) };
      for (const a of e.args) {
        const f = toFrac(a, gens, ctx);
        acc = { num: mulPoly(acc.num, f.num, ctx), den: mulPoly(acc.den, f.den, ctx) };
      }
      return acc;
    }
    case "pow": {
      const k = intExp(e.exp);
      if (k !== undefined && k < 0) {
        const b = toFrac(e.base, gens, ctx);
        return { num: powPolyInt(b.den, -k, ctx), den: powPolyInt(b.num, -k, ctx) };
      }
      if (k !== undefined && k > 1 && e.base.op === "add") {
        const b = toFrac(e.base, gens, ctx);
        return { num: powPolyInt(b.num, k, ctx), den: powPolyInt(b.den, k, ctx) };
      }
      return { num: toPoly(e, gens, ctx), den: constPoly(ONE_NUM) };
    }
    default:
      return { num: toPoly(e, gens, ctx), den: constPoly(ONE_NUM) };
  }
}


function qpolyExpr(p: QPoly, x: string): Expr {
  // c * primitive integer polynomial
  let den = 1n;
  for (const c of p) den = (den / Q.gcd(den, c.den)) * c.den;
  const ints = p.map((c) => c.num * (den / c.den));
  let g = 0n;
  for (const c of ints) g = Q.gcd(g, c);
  const prim = ints.map((c) => c / g);
  const coef = Q.make(g, den);
  const body = zpolyExpr(prim, x);
  return Q.eq(coef, Q.ONE) ? body : exprMul([exprNum(rat(coef)), body]);
}

/**
 * The expression over a common denominator, cancelled by the polynomial gcd (unless `cancel` is false, as solve
 * needs to keep the poles) when it has one unknown and rational coefficients; undefined when there is no
 * denominator to combine. Exact.
 */
export function togetherExpr(e: Expr, ctx: NumCtx, cancel = true): Expr | undefined {
  const gens = new Gens();
  const f = toFrac(e, gens, ctx);
  if (f.den.size === 1 && [...f.den.values()][0]!.mono.length === 0) return undefined;
  const num = fromPoly(f.num, gens);
  const den = fromPoly(f.den, gens);
  const syms = freeSymbols(exprMul([num, den]));
  if (syms.length === 1) {
    const x = syms[0]!;
    const n = rationalCoeffs(num, x, ctx);
    const d = rationalCoeffs(den, x, ctx);
    if (n && d && d.length > 0) {
      const g = cancel ? gcdP(n, d, ctx.budget) : [Q.ONE];
      let nq = divmodP(n, g, ctx.budget).q;
      let dq = divmodP(d, g, ctx.budget).q;
      const l = lc(dq);
      nq = scaleP(nq, Q.inv(l));
      dq = scaleP(dq, Q.inv(l));
      if (dq.length === 1) return nq.length ? qpolyExpr(nq, x) : exprNum(int(0));
      const denE = qpolyExpr(dq, x);
      const denF = dq.length <= 13 ? factorExpr(denE, ctx) : denE;
      return exprMul([nq.length ? qpolyExpr(nq, x) : exprNum(int(0)), exprPow(shortest([denE, denF]), exprNum(MINUS_ONE_NUM))]);
    }
  }
  return exprMul([num, exprPow(den, exprNum(MINUS_ONE_NUM))]);
}

/** sin(u)^2 -> 1 - cos(u)^2 and sinh(u)^2 -> cosh(u)^2 - 1, when both functions of u occur; else undefined. */
export function pythagorean(e: Expr, ctx: NumCtx): Expr | undefined {
  const gens = new Gens();
  let p = toPoly(e, gens, ctx);
  let changed = false;
  for (const [f, g, sign] of [["sin", "cos", -1], ["sinh", "cosh", 1]] as const) {
    for (let i = 0; i < gens.list.length; i++) {
      const s = gens.list[i]!;
      if (s.op !== "call" || s.name !== f || s.args.length !== 1) continue;
      const partner = exprCall(g, s.args);
      if (!gens.list.some((h) => exprEquals(h, partner))) continue;
      const c = gens.index(partner);
      // replace s^k (k >= 2) by s^(k-2) * (sign*c^2 + ... ) until no s^2 remains
      for (let guard = 0; guard < 64; guard++) {
        let found = false;
        let out: MPoly = new Map();
        for (const t of p.values()) {
          const at = t.mono.findIndex((v, j) => j % 2 === 0 && v === i);
          const k = at >= 0 ? t.mono[at + 1]! : 0;
          if (k < 2) {
            out = addPoly(out, new Map([[t.mono.join(","), t]]), ctx);
            continue;
          }
          found = true;
          const rest = [...t.mono];
          if (k === 2) rest.splice(at, 2);
          else rest[at + 1] = k - 2;
          const base: MPoly = new Map([[rest.join(","), { mono: rest, coef: t.coef }]]);
          // s^2 = 1 - c^2 (sin) or c^2 - 1 (sinh)
          const c2: MPoly = new Map([[`${c},2`, { mono: [c, 2], coef: sign < 0 ? MINUS_ONE_NUM : ONE_NUM }]]);
          const repl = addPoly(constPoly(sign < 0 ? ONE_NUM : MINUS_ONE_NUM), c2, ctx);
          out = addPoly(out, mulPoly(base, repl, ctx), ctx);
        }
        p = out;
        if (!found) break;
        changed = true;
      }
    }
  }
  return changed ? fromPoly(p, gens) : undefined;
}

/** The shortest of the candidates (by printed length; earlier wins ties). */
export function shortest(cands: readonly (Expr | undefined)[]): Expr {
  let best: Expr | undefined;
  let len = Infinity;
  for (const c of cands) {
    if (!c) continue;
    const l = exprToText(c).length;
    if (l < len) [best, len] = [c, l];
  }
  return best!;
}
