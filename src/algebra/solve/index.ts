// solve and nsolve entry points: equations (or expressions meaning `expr = 0`) in named unknowns.
import type { NumCtx } from "../../numbers/index.js";
import { type Expr, exprBinary } from "../expr.js";
import { solvePolynomial } from "./univariate.js";
import { solveLinear } from "./linear.js";
import { nsolveOne, nsolveSystem } from "./nsolve.js";
import { solvePolySystem2 } from "./system2.js";
import { UlpError } from "../../core/index.js";
import type { Solutions } from "../solutions.js";

/** `left - right` of an equation; any other expression e means e = 0. */
export function asZeroForm(e: Expr): Expr {
  return e.op === "eq" ? exprBinary("-", e.left, e.right) : e;
}

/**
 * solve(eq, x) and solve([eqs], [vars]): one equation in one unknown by the polynomial solver (exact, or
 * certified numeric for irreducible factors of degree >= 3); several by exact linear elimination.
 */
export function solveEquations(eqs: readonly Expr[], vars: readonly string[], ctx: NumCtx): Solutions {
  const zs = eqs.map(asZeroForm);
  if (zs.length === 1 && vars.length === 1) return solvePolynomial(zs[0]!, vars[0]!, ctx);
  try {
    return solveLinear(zs, vars, ctx);
  } catch (e) {
    // Two polynomial equations in two unknowns: exact elimination by the resultant (system2.ts).
    const nonlinear = e instanceof UlpError && e.code === "out-of-domain" && zs.length === 2 && vars.length === 2;
    const sol = nonlinear ? solvePolySystem2(zs[0]!, zs[1]!, vars[0]!, vars[1]!, ctx) : undefined;
    if (sol) return sol;
    throw e;
  }
}

/** nsolve(eq, x[, start | [a, b]]) and nsolve([eqs], [vars], [starts]). */
export function nsolveEquations(
  eqs: readonly Expr[],
  vars: readonly string[],
  start: number | [number, number] | readonly number[] | undefined,
  ctx: NumCtx,
): Solutions {
  const zs = eqs.map(asZeroForm);
  if (zs.length === 1 && vars.length === 1) {
    const s = start === undefined ? 0 : typeof start === "number" ? start : start.length === 2 ? ([start[0]!, start[1]!] as [number, number]) : start[0]!;
    return nsolveOne(zs[0]!, vars[0]!, s, ctx);
  }
  const s = start === undefined ? vars.map(() => 1) : typeof start === "number" ? vars.map(() => start) : [...start];
  return nsolveSystem(zs, vars, s, ctx);
}

export { solvePolynomial, solveLinear, nsolveOne, nsolveSystem };
