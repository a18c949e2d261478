// solve([eqs], [vars]) for linear systems with rational coefficients, exactly, through linalg's Gauss-Jordan
// elimination over Q: no solution gives [], a unique one a single element, and an underdetermined system a
// parametric family in the free (non-pivot) variables; every value solves 0 = 0 (`all: true`).
import { Q, type NumCtx, type Rational } from "../../numbers/index.js";
import { domainError } from "../../core/index.js";
import { QField, rref } from "../../linalg/index.js";
import { type Expr, exprNum, exprSymbol, exprAdd, exprMul, exprNeg } from "../expr.js";
import { Gens, toPoly } from "../mpoly.js";
import { rat } from "../tower.js";
import type { Solutions } from "../solutions.js";

/** Rows [a_1 .. a_n | b] of sum a_j x_j = b, or undefined when an equation is not linear with rational coefficients. */
function linearRows(eqs: readonly Expr[], vars: readonly string[], ctx: NumCtx): Rational[][] | undefined {
  const rows: Rational[][] = [];
  for (const e of eqs) {
    const gens = new Gens();
    const p = toPoly(e, gens, ctx);
    const row: Rational[] = new Array(vars.length + 1).fill(Q.ZERO);
    for (const t of p.values()) {
      if (t.coef.kind !== "rational") return undefined;
      if (t.mono.length === 0) {
        row[vars.length] = Q.sub(row[vars.length]!, t.coef.value);
        continue;
      }
      const g = gens.list[t.mono[0]!]!;
      const j = g.op === "sym" ? vars.indexOf(g.name) : -1;
      if (t.mono.length !== 2 || t.mono[1] !== 1 || j < 0) return undefined;
      row[j] = Q.add(row[j]!, t.coef.value);
    }
    rows.push(row);
  }
  return rows;
}

/** True when the equations (each already `left - right`) are linear in vars with rational coefficients. */
export function isLinearSystem(eqs: readonly Expr[], vars: readonly string[], ctx: NumCtx): boolean {
  return linearRows(eqs, vars, ctx) !== undefined;
}

/** Exact solution set of a linear system (each equation given as `left - right`). */
export function solveLinear(eqs: readonly Expr[], vars: readonly string[], ctx: NumCtx): Solutions {
  const rows = linearRows(eqs, vars, ctx);
  if (!rows) {
    throw domainError("out-of-domain", "the system is not linear with rational coefficients", {
      notes: ["nsolve([equations], [variables], [start values]) solves nonlinear systems numerically"],
    });
  }
  const n = vars.length;
  const variables = [...vars];
  const { rref: R, pivots } = rref(QField, { shape: [rows.length, n + 1], data: rows.flat() }, ctx.budget);
  if (pivots.includes(n)) return { variables, elements: [] };
  if (pivots.length === 0) return { variables, elements: [], all: true };
  const at = (i: number, j: number) => R.data[i * (n + 1) + j]!;
  if (pivots.length === n) {
    const values = vars.map((_, j) => rat(at(pivots.indexOf(j), n)));
    return { variables, elements: [{ values }] };
  }
  const free = vars.filter((_, j) => !pivots.includes(j));
  const values: Expr[] = vars.map((v, j) => {
    const row = pivots.indexOf(j);
    if (row < 0) return exprSymbol(v);
    const terms: Expr[] = [];
    const c = at(row, n);
    vars.forEach((w, k) => {
      if (k === j || pivots.includes(k)) return;
      const a = at(row, k);
      if (Q.isZero(a)) return;
      const neg = Q.neg(a);
      terms.push(Q.eq(neg, Q.ONE) ? exprSymbol(w) : Q.eq(a, Q.ONE) ? exprNeg(exprSymbol(w)) : exprMul([exprNum(rat(neg)), exprSymbol(w)]));
    });
    if (!Q.isZero(c) || terms.length === 0) terms.push(exprNum(rat(c)));
    return exprAdd(terms);
  });
  return { variables, elements: [], parametric: { free, elements: [{ values }] } };
}
