// The evaluator: one handler per AST node kind, each a short call into the module that owns the mathematics
// (numbers, linalg, algebra, formats through dispatch.ts and the builtin registry). It walks the tree with an
// explicit call-depth counter (a JavaScript stack overflow, should the host stack be smaller than the limit, is
// reported as the same LimitError) and attaches the node's span to any error.
import { UlpError, nameError, typeError, domainError, internalError, limitError, type Span } from "../core/index.js";
import * as N from "../numbers/index.js";
import * as A from "../algebra/index.js";
import type { Node, Program, Call, Name, Binary, Unary } from "../lang/index.js";
import { printNode, leftChain, ADDITIVE_OPS, MULTIPLICATIVE_OPS } from "../lang/index.js";
import { type EvalContext, withBindings } from "./context.js";
import { type Value, type FunctionValue, bool } from "./value.js";
import { binaryOp, unaryOp, compareValues, toExpr, truthy } from "./dispatch.js";
import { resolveName, isReservedName, isSymbolName, unknownNameError } from "./names.js";
import { callBuiltin, applyValue } from "./call.js";
import { lookupBuiltin } from "./registry.js";
import { buildVector, buildMatrix, indexTensor, rangeVector } from "./tensor.js";
import { convertValue } from "./convert.js";
import { evaluateInFormat } from "./in-format.js";

/** Evaluates every statement of a program; the value of the last one is the result. */
export function evaluateProgram(program: Program, ctx: EvalContext): Value {
  if (program.statements.length === 0) throw typeError("nothing to evaluate", { span: program.span });
  let last: Value | undefined;
  for (const stmt of program.statements) last = evaluateNode(stmt, ctx, 0);
  return last!;
}

/**
 * Evaluates one node. `depth` counts nested user-function calls against limits.depth; syntax nesting is bounded
 * by the parser against the same limit, so `f(n) = ... f(n-1)` may recurse as deep as the limit says.
 */
export function evaluateNode(node: Node, ctx: EvalContext, depth: number): Value {
  if (depth > ctx.limits.depth) {
    throw limitError("depth", ctx.limits.depth, `nesting deeper than the limit of ${ctx.limits.depth}`).at(node.span);
  }
  ctx.budget.tick();
  try {
    return evaluateKind(node, ctx, depth);
  } catch (e) {
    throw asUlpError(e, node.span, ctx);
  }
}

function evaluateKind(node: Node, ctx: EvalContext, depth: number): Value {
  switch (node.kind) {
    case "number":
      return N.literal(node.text, node.imaginary, ctx);
    case "string":
      return { kind: "string", value: node.value };
    case "name":
      return resolveName(node, ctx);
    case "unary":
      return evaluateUnary(node, ctx, depth);
    case "binary":
      return evaluateBinary(node, ctx, depth);
    case "call":
      return evaluateCall(node, ctx, depth);
    case "index": {
      const target = evaluateNode(node.target, ctx, depth);
      const indices = node.indices.map((i) => (i.kind === "colon" ? null : evaluateNode(i, ctx, depth)));
      return indexTensor(target, indices, node.indices.map((i) => i.span), ctx);
    }
    case "colon":
      throw typeError("`:` is only allowed inside an index, as in A[2, :]", { span: node.span });
    case "vector":
      return buildVector(
        node.elements.map((e) => evaluateNode(e, ctx, depth)),
        node.span,
        ctx,
      );
    case "matrix":
      return buildMatrix(
        node.rows.map((row) => row.map((e) => evaluateNode(e, ctx, depth))),
        node.span,
        ctx,
      );
    case "range":
      return rangeVector(
        evaluateNode(node.from, ctx, depth),
        evaluateNode(node.to, ctx, depth),
        node.step ? evaluateNode(node.step, ctx, depth) : null,
        node.span,
        ctx,
      );
    case "assign": {
      checkBindable(node.target);
      const value = evaluateNode(node.value, ctx, depth);
      ctx.env.vars.set(node.target.name, value);
      ctx.env.symbols.delete(node.target.name);
      return value;
    }
    case "define": {
      checkBindable(node.name);
      const params = node.params.map((p) => p.name);
      const fn: FunctionValue = {
        kind: "function",
        name: node.name.name,
        params,
        body: node.body,
        text: `${node.name.name}(${params.join(", ")}) = ${sourceOf(node.body, ctx)}`,
      };
      ctx.env.vars.set(node.name.name, fn);
      return fn;
    }
    case "equation": {
      const left = evaluateNode(node.left, ctx, depth);
      const right = evaluateNode(node.right, ctx, depth);
      return { kind: "expression", expr: A.exprEquation(toExpr(left, node.left.span), toExpr(right, node.right.span)) };
    }
    case "convert":
      return convertValue(evaluateNode(node.value, ctx, depth), node.target, ctx, (n) => evaluateNode(n, ctx, depth));
    case "in":
      return evaluateInFormat(node, ctx, depth);
    case "subs": {
      // Substitute, then evaluate: the value is evaluated in a scope where each name is bound.
      const bound = new Map<string, Value>();
      for (const b of node.bindings) bound.set(b.name.name, evaluateNode(b.value, ctx, depth));
      return withBindings(ctx.env, bound, () => evaluateNode(node.value, ctx, depth));
    }
    case "var": {
      for (const n of node.names) {
        checkBindable(n);
        ctx.env.vars.delete(n.name);
        ctx.env.symbols.add(n.name);
      }
      const last = node.names[node.names.length - 1]!;
      return { kind: "expression", expr: A.exprSymbol(last.name) };
    }
    case "if": {
      const cond = evaluateNode(node.cond, ctx, depth);
      return evaluateNode(truthy(cond, node.cond.span) ? node.then : node.otherwise, ctx, depth);
    }
  }
}

function evaluateUnary(node: Unary, ctx: EvalContext, depth: number): Value {
  if (node.op === "not") return bool(!truthy(evaluateNode(node.operand, ctx, depth), node.operand.span));
  return unaryOp(node.op, evaluateNode(node.operand, ctx, depth), node, ctx);
}

function evaluateBinary(node: Binary, ctx: EvalContext, depth: number): Value {
  const { op } = node;
  if (op === "and" || op === "or") {
    const left = truthy(evaluateNode(node.left, ctx, depth), node.left.span);
    if (op === "and" ? !left : left) return bool(left);
    return bool(truthy(evaluateNode(node.right, ctx, depth), node.right.span));
  }
  // Long left-leaning chains (a 5 000-term sum, `1+1-1+...`) are folded iteratively, so they are not "deep".
  const opClass = ADDITIVE_OPS.has(op) ? ADDITIVE_OPS : MULTIPLICATIVE_OPS.has(op) ? MULTIPLICATIVE_OPS : undefined;
  if (opClass && node.left.kind === "binary" && opClass.has(node.left.op)) {
    const { first, links } = leftChain(node, opClass);
    let acc = evaluateNode(first, ctx, depth);
    for (const link of links) acc = applyBinary(link, acc, link.right, ctx, depth);
    return acc;
  }
  return applyBinary(node, evaluateNode(node.left, ctx, depth), node.right, ctx, depth);
}

/** `b%`, or a signed `-b%` / `+b%`: the right operand that makes `a ± b%` mean a(1 ± b/100). */
const isPercentOperand = (n: Node): boolean =>
  n.kind === "unary" && (n.op === "%" || ((n.op === "-" || n.op === "+") && isPercentOperand(n.operand)));

function applyBinary(node: Binary, left: Value, rightNode: Node, ctx: EvalContext, depth: number): Value {
  const { op } = node;
  // `a + b%` and `a - b%` mean a(1 ± b/100) (DESIGN reading conventions).
  if ((op === "+" || op === "-") && isPercentOperand(rightNode)) {
    const pct = evaluateNode(rightNode, ctx, depth); // already b/100
    const factor = binaryOp(op, N.integer(1), pct, node, ctx);
    return binaryOp("*", left, factor, node, ctx);
  }
  const right = evaluateNode(rightNode, ctx, depth);
  switch (op) {
    case "==":
    case "!=":
    case "<":
    case "<=":
    case ">":
    case ">=":
      return compareValues(op, left, right, node, ctx);
    case "of":
      return binaryOp("*", left, right, node, ctx);
    default:
      return binaryOp(op, left, right, node, ctx);
  }
}

function evaluateCall(node: Call, ctx: EvalContext, depth: number): Value {
  const name = node.callee.name;
  const bound = ctx.env.vars.get(name);
  if (bound !== undefined) {
    // A variable followed by a parenthesis: a call if it holds a function, else implicit multiplication `a(b+c)`.
    if (bound.kind === "function") {
      const args = node.args.map((a) => evaluateNode(a, ctx, depth));
      return applyValue(bound, args, node, ctx, depth, evaluateNode);
    }
    if (node.args.length === 1) return binaryOp("*", bound, evaluateNode(node.args[0]!, ctx, depth), node, ctx);
    throw typeError(`'${name}' is not a function`, { span: node.callee.span }, "not-callable");
  }
  const builtin = lookupBuiltin(name);
  if (builtin) {
    const args = node.args.map((a) => evaluateNode(a, ctx, depth));
    return callBuiltin(builtin, args, node, ctx, depth, evaluateNode);
  }
  // A symbol followed by a parenthesis, `x(x + 1)`, is a product.
  if (isSymbolName(name, ctx.env) && node.args.length === 1) {
    return binaryOp("*", resolveName(node.callee, ctx), evaluateNode(node.args[0]!, ctx, depth), node, ctx);
  }
  throw unknownNameError(name, node.callee.span, ctx, true);
}

/** The node's source text as typed (whitespace collapsed), or its printed reading when the source is unknown. */
function sourceOf(node: Node, ctx: EvalContext): string {
  const text = ctx.source?.slice(node.span[0], node.span[1]);
  return text ? text.replace(/\s+/g, " ").trim() : printNode(node);
}

function checkBindable(name: Name): void {
  if (isReservedName(name.name)) {
    throw nameError("reserved-name", `'${name.name}' is a reserved name and cannot be redefined`, {
      span: name.span,
      notes: ["choose another name"],
    });
  }
}

/** Normalizes anything thrown inside the evaluator into a UlpError carrying the innermost known span. */
export function asUlpError(e: unknown, span: Span, ctx: EvalContext): UlpError {
  if (e instanceof UlpError) return e.at(span);
  if (e instanceof RangeError) {
    if (/call stack/i.test(e.message)) {
      return limitError("depth", ctx.limits.depth, "recursion too deep for this machine's stack").at(span);
    }
    if (/division by zero/i.test(e.message)) return domainError("division-by-zero", "division by zero", { span });
    if (/BigInt|Invalid array length|Maximum/i.test(e.message)) {
      return limitError("digits", ctx.limits.digits, `a value is too large to represent (${e.message})`).at(span);
    }
  }
  const err = internalError(`internal error: ${e instanceof Error ? e.message : String(e)}`, { span });
  if (e instanceof Error && e.stack) (err as { cause?: unknown }).cause = e;
  return err;
}

