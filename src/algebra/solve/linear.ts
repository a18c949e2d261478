// solve([eqs], [vars]) for linear systems with rational coefficients, exactly, through linalg's Gauss-Jordan
// elimination over Q: no solution gives [], a unique one a single element, and an underdetermined system a
// parametric family in the free (non-pivot) variables; every value solves 0 = 0 (`all: true`).
import { Q, type NumCtx, type Rational } from "../../numbers/index.js";
import { domainError } from "../../core/index.js";
import { QField, rref } from "../../linalg/index.js";
import { type Expr, exprNum, exprSymbol, exprAdd, exprMul, exprNeg, exprPow, hasSymbol } from "../expr.js";
import { Gens, toPoly, termExpr, simplifyExpr } from "../mpoly.js";
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
    const symbolic = solveSymbolicLinear(eqs, vars, ctx);
    if (symbolic) return symbolic;
    throw domainError("out-of-domain", "the system is not linear in its unknowns", {
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

/** Rows [a_1 .. a_n | b] with expression coefficients free of the unknowns, or undefined when not linear. */
function symbolicRows(eqs: readonly Expr[], vars: readonly string[], ctx: NumCtx): Expr[][] | undefined {
  const rows: Expr[][] = [];
  for (const e of eqs) {
    const gens = new Gens();
    const p = toPoly(e, gens, ctx);
    const varGen = new Map<number, number>();
    gens.list.forEach((g, i) => {
      if (g.op === "sym" && vars.includes(g.name)) varGen.set(i, vars.indexOf(g.name));
    });
    for (let i = 0; i < gens.list.length; i++) {
      if (!varGen.has(i) && vars.some((v) => hasSymbol(gens.list[i]!, v))) return undefined;
    }
    const parts: Expr[][] = vars.map(() => []);
    const rhs: Expr[] = [];
    for (const t of p.values()) {
      const at: number[] = [];
      for (let k = 0; k < t.mono.length; k += 2) if (varGen.has(t.mono[k]!)) at.push(k);
      if (at.length > 1 || (at.length === 1 && t.mono[at[0]! + 1] !== 1)) return undefined;
      if (at.length === 0) {
        rhs.push(exprNeg(termExpr(t, gens)));
        continue;
      }
      const k = at[0]!;
      const rest = [...t.mono.slice(0, k), ...t.mono.slice(k + 2)];
      parts[varGen.get(t.mono[k]!)!]!.push(termExpr({ mono: rest, coef: t.coef }, gens));
    }
    rows.push([...parts.map((ps) => exprAdd(ps)), exprAdd(rhs)]);
  }
  return rows;
}

/** Determinant by cofactor expansion along the first row (n <= 4), simplified. */
function detExpr(m: Expr[][], ctx: NumCtx): Expr {
  const n = m.length;
  if (n === 1) return m[0]![0]!;
  const terms: Expr[] = [];
  for (let j = 0; j < n; j++) {
    const minor = m.slice(1).map((row) => row.filter((_, k) => k !== j));
    const t = exprMul([m[0]![j]!, detExpr(minor, ctx)]);
    terms.push(j % 2 ? exprNeg(t) : t);
  }
  return simplifyExpr(exprAdd(terms), ctx);
}

const isZero = (e: Expr) => e.op === "num" && e.value.kind === "rational" && e.value.value.num === 0n;

/**
 * Square linear systems (at most 4 unknowns) whose coefficients are expressions in other symbols: Cramer's rule
 * with simplified determinants. Valid where the coefficient determinant is not zero (stated in the docs);
 * undefined when the system is not square, not linear, or its determinant simplifies to 0.
 */
function solveSymbolicLinear(eqs: readonly Expr[], vars: readonly string[], ctx: NumCtx): Solutions | undefined {
  const n = vars.length;
  if (eqs.length !== n || n > 4) return undefined;
  const rows = symbolicRows(eqs, vars, ctx);
  if (!rows) return undefined;
  const A = rows.map((r) => r.slice(0, n));
  const b = rows.map((r) => r[n]!);
  const D = detExpr(A, ctx);
  if (isZero(D)) return undefined;
  const values = vars.map((_, j) => {
    const Aj = A.map((row, i) => row.map((a, k) => (k === j ? b[i]! : a)));
    return simplifyExpr(exprMul([detExpr(Aj, ctx), exprPow(D, exprNum(rat(Q.fromInt(-1))))]), ctx);
  });
  return { variables: [...vars], elements: [{ values }] };
}
