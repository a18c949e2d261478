// Shared helpers of the algebra tests: contexts, polynomial expressions from coefficients, decimal parsing.
import { Budget, resolveLimits } from "../../src/core/index.js";
import { Q, type NumCtx, type Rational } from "../../src/numbers/index.js";
import * as A from "../../src/algebra/index.js";

export function ctxOf(digits = 34, timeMs = 60_000): NumCtx {
  return { budget: new Budget(resolveLimits({ timeMs })), digits };
}

export const q = (n: number | bigint, d: number | bigint = 1): A.Expr =>
  A.exprNum({ kind: "rational", value: Q.make(BigInt(n), BigInt(d)) });
export const x = A.exprSymbol("x");
export const y = A.exprSymbol("y");

/** sum c_k x^k from coefficients (index = power). */
export function polyExpr(coeffs: readonly Rational[], v: A.Expr = x): A.Expr {
  const terms: A.Expr[] = [];
  coeffs.forEach((c, k) => {
    if (Q.isZero(c)) return;
    const num = A.exprNum({ kind: "rational", value: c });
    terms.push(k === 0 ? num : A.exprMul([num, k === 1 ? v : A.exprPow(v, q(k))]));
  });
  return terms.length ? A.exprAdd(terms) : q(0);
}

/** The exact rational of a decimal text such as "-1.25", "3.0e-7" or "0". */
export function parseDecimal(s: string): Rational {
  const m = /^(-?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/.exec(s.trim());
  if (!m) throw new Error(`bad decimal ${s}`);
  const digits = BigInt(`${m[2]}${m[3] ?? ""}`);
  const exp = Number(m[4] ?? 0) - (m[3]?.length ?? 0);
  const r = exp >= 0 ? Q.fromInt(digits * 10n ** BigInt(exp)) : Q.make(digits, 10n ** BigInt(-exp));
  return m[1] ? Q.neg(r) : r;
}

import * as N from "../../src/numbers/index.js";
import { parse, type Node } from "../../src/lang/index.js";

/** An expression from ulp text, built straight from the AST (no evaluator): numbers exact, pi/e/i constants. */
export function E(text: string): A.Expr {
  const eq = text.split(" = ");
  if (eq.length === 2) return A.exprEquation(E(eq[0]!), E(eq[1]!));
  const prog = parse(text);
  return build(prog.statements[0]!);
}

function build(n: Node): A.Expr {
  const ctx = ctxOf();
  switch (n.kind) {
    case "number":
      return A.exprNum(N.literal(n.text, n.imaginary, ctx));
    case "name": {
      const c = ["pi", "e", "i"].includes(n.name) ? N.constant(n.name) : undefined;
      return c ? A.exprNum(c) : A.exprSymbol(n.name);
    }
    case "unary":
      if (n.op === "-") return A.exprNeg(build(n.operand));
      if (n.op === "+") return build(n.operand);
      throw new Error(`unary ${n.op}`);
    case "binary":
      if (n.op === "+" || n.op === "-" || n.op === "*" || n.op === "/" || n.op === "^") {
        return A.exprBinary(n.op, build(n.left), build(n.right));
      }
      throw new Error(`binary ${n.op}`);
    case "call":
      return A.exprCall(n.callee.name, n.args.map(build));
    default:
      throw new Error(`node ${n.kind}`);
  }
}
