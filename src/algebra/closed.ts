// Numeric value of an expression without free symbols, through the numeric tower (exact where the tower is exact,
// else the tower's correctly rounded reals). Equations have no numeric value.
import type { Num, NumCtx } from "../numbers/index.js";
import type { Expr } from "./expr.js";
import { arith, powNum, applyFn } from "./tower.js";

/**
 * The value of a closed expression (no symbols): exact when every operation is exact in the tower, otherwise the
 * tower's real with its own guarantee. Undefined when a symbol or an equation remains, or a function is unknown to
 * the tower. Domain errors (1/0, log(0)) propagate as the tower's UlpErrors.
 */
export function evaluateClosed(e: Expr, ctx: NumCtx): Num | undefined {
  ctx.budget.tick();
  switch (e.op) {
    case "num":
      return e.value;
    case "sym":
    case "eq":
      return undefined;
    case "add":
    case "mul": {
      let acc: Num | undefined;
      for (const a of e.args) {
        const v = evaluateClosed(a, ctx);
        if (v === undefined) return undefined;
        acc = acc === undefined ? v : arith(e.op, acc, v, ctx);
      }
      return acc;
    }
    case "pow": {
      const b = evaluateClosed(e.base, ctx);
      const x = b === undefined ? undefined : evaluateClosed(e.exp, ctx);
      if (b === undefined || x === undefined) return undefined;
      return powNum(b, x, ctx);
    }
    case "call": {
      const args: Num[] = [];
      for (const a of e.args) {
        const v = evaluateClosed(a, ctx);
        if (v === undefined) return undefined;
        args.push(v);
      }
      return applyFn(e.name, args, ctx);
    }
  }
}
