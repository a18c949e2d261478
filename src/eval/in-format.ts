// `expr in fmt`: evaluate with every intermediate operation rounded to a number format, as Pychop's chop does:
// literals, variables and constants are rounded once on entry, then + - * / ^ sqrt fma and the elementary
// functions each give the exact result of the operation on the format values, rounded once (IEEE semantics inside:
// inf and NaN propagate). The result is a format_value carrying its error against the exact evaluation.
import { typeError, nameError, type Span } from "../core/index.js";
import * as N from "../numbers/index.js";
import * as F from "../formats/index.js";
import type { Node, InFormat, Call } from "../lang/index.js";
import type { EvalContext } from "./context.js";
import { withBindings } from "./context.js";
import { type Value, isNum, describeKind, bool } from "./value.js";
import { resolveName } from "./names.js";
import { lookupBuiltin } from "./registry.js";
import { formatValueAsNum } from "./convert.js";
import { evaluateNode } from "./evaluate.js";

type FValue = F.FNum | boolean;

export function evaluateInFormat(node: InFormat, ctx: EvalContext, depth: number): Value {
  const spec = evaluateNode(node.format, ctx, depth);
  if (spec.kind !== "format") {
    throw typeError(`'in' needs a number format such as fp16 or bf16, got ${describeKind(spec)}`, { span: node.format.span });
  }
  const r = spec.rounding;
  const ops = r ? F.formatArithmetic(spec.format, r.mode, r.overflow, r.seed) : F.formatArithmetic(spec.format);
  const result = walk(node.value, ops, ctx, depth);
  if (typeof result === "boolean") return bool(result);
  // The exact value of the same expression, for the accumulated error (omitted when it has none, e.g. 1/0).
  let exact: N.Num | undefined;
  try {
    const v = evaluateNode(node.value, ctx, depth);
    if (isNum(v)) exact = v;
  } catch {
    exact = undefined;
  }
  return { kind: "format_value", value: ops.toFormatValue(result, exact, ctx) };
}

function walk(node: Node, ops: F.FormatOps, ctx: EvalContext, depth: number): FValue {
  ctx.budget.checkDepth(depth);
  ctx.budget.tick();
  const num = (n: Node): F.FNum => {
    const v = walk(n, ops, ctx, depth);
    if (typeof v === "boolean") throw typeError("expected a number, got a boolean", { span: n.span });
    return v;
  };
  switch (node.kind) {
    case "number":
      return ops.fromNum(N.literal(node.text, node.imaginary, ctx), ctx);
    case "name":
      return enter(resolveName(node, ctx), ops, ctx, node.span);
    case "unary":
      switch (node.op) {
        case "-":
          return ops.neg(num(node.operand));
        case "+":
          return num(node.operand);
        case "%":
          return ops.div(num(node.operand), ops.fromNum(N.integer(100), ctx), ctx);
        case "!":
          return ops.apply("factorial", [num(node.operand)], ctx);
        case "not": {
          const b = walk(node.operand, ops, ctx, depth);
          if (typeof b !== "boolean") throw typeError("'not' needs a boolean", { span: node.operand.span });
          return !b;
        }
        default:
          throw typeError(`'${node.op}' is not available inside 'in'`, { span: node.opSpan });
      }
    case "binary": {
      if (node.op === "and" || node.op === "or") {
        const a = walk(node.left, ops, ctx, depth);
        const b = walk(node.right, ops, ctx, depth);
        if (typeof a !== "boolean" || typeof b !== "boolean") throw typeError(`'${node.op}' needs booleans`, { span: node.span });
        return node.op === "and" ? a && b : a || b;
      }
      const a = num(node.left);
      const b = num(node.right);
      switch (node.op) {
        case "+":
          return ops.add(a, b, ctx);
        case "-":
          return ops.sub(a, b, ctx);
        case "*":
        case ".*":
        case "of":
          return ops.mul(a, b, ctx);
        case "/":
        case "./":
          return ops.div(a, b, ctx);
        case "^":
        case ".^":
          return ops.pow(a, b, ctx);
        case "mod":
        case "rem":
          return ops.apply(node.op, [a, b], ctx);
        case "//":
          return ops.apply("floor", [ops.div(a, b, ctx)], ctx);
        default: {
          const c = ops.compare(a, b);
          if (c === undefined) return node.op === "!=";
          const table: Record<string, boolean> = { "==": c === 0, "!=": c !== 0, "<": c < 0, "<=": c <= 0, ">": c > 0, ">=": c >= 0 };
          return table[node.op] ?? false;
        }
      }
    }
    case "call":
      return call(node, ops, ctx, depth, num);
    case "if": {
      const c = walk(node.cond, ops, ctx, depth);
      if (typeof c !== "boolean") throw typeError("the condition must be a boolean", { span: node.cond.span });
      return walk(c ? node.then : node.otherwise, ops, ctx, depth);
    }
    default:
      throw typeError(`this kind of expression (${node.kind}) cannot be evaluated in a number format`, { span: node.span });
  }
}

function call(node: Call, ops: F.FormatOps, ctx: EvalContext, depth: number, num: (n: Node) => F.FNum): F.FNum {
  const name = node.callee.name;
  const user = ctx.env.vars.get(name);
  if (user?.kind === "function" && user.body) {
    if (user.params.length !== node.args.length) {
      throw typeError(`${name} takes ${user.params.length} arguments, got ${node.args.length}`, { span: node.span }, "wrong-arity");
    }
    // Parameters hold the rounded arguments (as format values, so they re-enter exactly).
    const bound = new Map<string, Value>(
      user.params.map((p, i) => [p, { kind: "format_value", value: ops.toFormatValue(num(node.args[i]!)) }] as const),
    );
    const body = user.body;
    const r = withBindings(ctx.env, bound, () => walk(body, ops, ctx, depth + 1));
    if (typeof r === "boolean") throw typeError(`${name} returned a boolean`, { span: node.span });
    return r;
  }
  const args = node.args.map(num);
  if (name === "sqrt" && args.length === 1) return ops.sqrt(args[0]!, ctx);
  if (name === "fma" && args.length === 3) return ops.fma(args[0]!, args[1]!, args[2]!, ctx);
  const builtin = lookupBuiltin(name);
  if (!builtin?.scalar) {
    const notes = ["inside 'in', use arithmetic, sqrt, fma and the elementary functions"];
    if (!builtin) throw nameError("unknown-function", `unknown function '${name}'`, { span: node.callee.span, notes });
    throw typeError(`'${name}' cannot be evaluated in a number format`, { span: node.callee.span, notes });
  }
  return ops.apply(builtin.name, args, ctx);
}

/** A variable or constant entering the format computation: rounded once (exact when already a format value). */
function enter(v: Value, ops: F.FormatOps, ctx: EvalContext, span: Span): F.FNum {
  if (v.kind === "format_value") {
    if (v.value.format.name === ops.format.name) return ops.fromCode(v.value.code);
    return ops.fromNum(formatValueAsNum(v), ctx);
  }
  if (isNum(v)) return ops.fromNum(v, ctx);
  if (v.kind === "expression") {
    throw typeError("an unknown cannot be evaluated in a number format; give it a value first", { span });
  }
  throw typeError(`${describeKind(v)} cannot be evaluated in a number format`, { span });
}
