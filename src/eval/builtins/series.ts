// Indexed sums and products as people and models write them: sum(k^2, k, 1, 10), product(k, k, 1, 5). The
// summand is evaluated once with the index as a symbol, then each term substitutes an exact integer and is
// evaluated exactly; symbolic summands give a symbolic (expanded) result. Term counts are checked against the
// elements limit before the loop.
import { typeError } from "../../core/index.js";
import * as N from "../../numbers/index.js";
import * as A from "../../algebra/index.js";
import type { CallInfo } from "../registry.js";
import { defineBuiltins } from "../registry.js";
import { type Value, isNum, describeKind } from "../value.js";

/** True when args have the indexed form (expr, k, a, b) with k an unbound symbol. */
export function isIndexedForm(args: readonly Value[]): boolean {
  return args.length === 4 && args[1]!.kind === "expression" && args[1]!.expr.op === "sym";
}

export function indexedFold(kind: "sum" | "product", args: readonly Value[], call: CallInfo): Value {
  const [body, index, from, to] = args as [Value, Value, Value, Value];
  const ctx = call.ctx;
  if (index.kind !== "expression" || index.expr.op !== "sym") {
    throw typeError(`the index of ${kind}(expr, k, a, b) must be an unbound name`, { span: call.argSpans[1] });
  }
  for (const [v, i] of [[from, 2], [to, 3]] as const) {
    if (!isNum(v) || !N.isExactInteger(v)) {
      throw typeError(`the bounds of ${kind} must be integers, got ${describeKind(v)}`, { span: call.argSpans[i] });
    }
  }
  const a = N.toBigInt(from as N.Num, "the lower bound");
  const b = N.toBigInt(to as N.Num, "the upper bound");
  const identity = N.integer(kind === "sum" ? 0 : 1);
  if (b < a) return identity;
  ctx.budget.checkElements(Number(b - a + 1n), `the ${kind}`);
  const name = index.expr.name;
  const op = kind === "sum" ? "+" : "*";
  const count = N.integer(b - a + 1n);
  if (isNum(body)) return kind === "sum" ? N.mul(body, count, ctx) : N.pow(body, count, ctx);
  if (body.kind !== "expression") throw typeError(`cannot ${kind} ${describeKind(body)}`, { span: call.argSpans[0] });
  let numAcc: N.Num = identity;
  let exprAcc: A.Expr | undefined;
  for (let k = a; k <= b; k++) {
    ctx.budget.tick();
    const term = A.substitute(body.expr, new Map([[name, A.exprNum(N.integer(k))]]));
    const closed = A.evaluateClosed(term, ctx);
    if (closed !== undefined) numAcc = kind === "sum" ? N.add(numAcc, closed, ctx) : N.mul(numAcc, closed, ctx);
    else exprAcc = exprAcc === undefined ? term : A.exprBinary(op, exprAcc, term);
  }
  if (exprAcc === undefined) return numAcc;
  const total = A.exprBinary(op, exprAcc, A.exprNum(numAcc));
  return { kind: "expression", expr: A.simplifyExpr(total, ctx) };
}

defineBuiltins([
  {
    name: "product",
    aliases: ["prod"],
    area: "Vectors",
    signature: "product(v) or product(expr, k, a, b)",
    doc: "Product of the elements of a vector (or of several arguments), or the indexed product of expr for k = a..b; exact.",
    examples: [
      ["product([1, 2, 3, 4])", "24"],
      ["product(k, k, 1, 5)", "120"],
      ["product(1 - 1/k^2, k, 2, 10)", "11/20"],
    ],
    arity: [1, Infinity],
    impl(args, call) {
      if (isIndexedForm(args)) return indexedFold("product", args, call);
      const items = args.length === 1 && args[0]!.kind === "tensor" ? args[0]!.data : args;
      let acc: N.Num = N.integer(1);
      items.forEach((v, i) => {
        if (!isNum(v)) throw typeError(`product needs numbers, got ${describeKind(v)}`, { span: call.argSpans[Math.min(i, call.argSpans.length - 1)] });
        acc = N.mul(acc, v, call.ctx);
      });
      return acc;
    },
  },
]);
