// `compile(text, params)`: evaluate the text once with the parameters as symbols (so constants fold exactly and
// user functions inline), then hand the symbolic expression to algebra's compiler: a closure tree per point and
// typed-array loops per operator over columns. No code is generated.
import { typeError } from "../core/index.js";
import * as A from "../algebra/index.js";
import type { Program } from "../lang/index.js";
import type { EvalContext } from "./context.js";
import { evaluateProgram } from "./evaluate.js";
import { isNum } from "./value.js";

export function compileProgram(program: Program, params: readonly string[], ctx: EvalContext): A.Compiled {
  for (const p of params) {
    ctx.env.vars.delete(p);
    ctx.env.symbols.add(p);
  }
  const v = evaluateProgram(program, ctx);
  if (v.kind === "expression") return A.compileExpr(v.expr, [...params], ctx);
  if (isNum(v)) return A.compileExpr(A.exprNum(v), [...params], ctx);
  throw typeError(`compile needs an expression with a number value, got a ${v.kind}`, { span: program.span });
}
