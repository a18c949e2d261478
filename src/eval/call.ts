// Function application: arity checks, lifting of scalar builtins over tensors (element-wise, with scalar
// broadcasting) and over symbolic arguments (an inert call node), and user-defined functions with their
// parameters bound for the duration of the call.
import { UlpError, typeError, type Span } from "../core/index.js";
import * as A from "../algebra/index.js";
import type { Call, Node } from "../lang/index.js";
import { type EvalContext, withBindings } from "./context.js";
import { type Value, type FunctionValue, isNum, describeKind } from "./value.js";
import { lookupBuiltin, type Builtin, type CallInfo } from "./registry.js";
import { zipTensorsN } from "./tensor.js";
import { toExpr, type OpSite } from "./dispatch.js";
import { formatValueAsNum } from "./convert.js";

export type NodeEvaluator = (node: Node, ctx: EvalContext, depth: number) => Value;

/** What a call site provides: the call's span and each argument's span. */
interface CallSite {
  readonly span: Span;
  readonly argSpans: readonly Span[];
}

function siteOf(node: Call): CallSite {
  return { span: node.span, argSpans: node.args.map((a) => a.span) };
}

export function callBuiltin(
  builtin: Builtin,
  args: readonly Value[],
  node: Call,
  ctx: EvalContext,
  depth: number,
  evaluate: NodeEvaluator,
): Value {
  return invoke(builtin, args, siteOf(node), ctx, depth, evaluate);
}

function invoke(
  builtin: Builtin,
  args: readonly Value[],
  site: CallSite,
  ctx: EvalContext,
  depth: number,
  evaluate: NodeEvaluator | undefined,
): Value {
  checkArity(builtin.name, builtin.arity, args.length, site.span);
  const info: CallInfo = {
    ctx,
    span: site.span,
    argSpans: site.argSpans,
    apply: (fn, fnArgs) => {
      if (fn.kind !== "function") throw typeError(`expected a function, got ${describeKind(fn)}`, { span: site.span });
      return applyFunctionValue(fn, fnArgs, site, ctx, depth, evaluate);
    },
  };
  if (!builtin.scalar) return builtin.impl(args, info);
  return liftScalar(builtin, args, info);
}

/** Scalar builtins see only numbers: tensors are mapped element-wise, symbolic arguments make an inert call. */
function liftScalar(builtin: Builtin, args: readonly Value[], info: CallInfo): Value {
  const plain = args.map((a) => (a.kind === "format_value" ? formatValueAsNum(a) : a));
  if (plain.some((a) => a.kind === "tensor")) {
    return zipTensorsN(plain, (xs) => liftScalar(builtin, xs, info), info.span, info.ctx);
  }
  if (plain.some((a) => a.kind === "expression")) {
    return {
      kind: "expression",
      expr: A.exprCall(builtin.name, plain.map((a, i) => toExpr(a, info.argSpans[i] ?? info.span))),
    };
  }
  plain.forEach((a, i) => {
    if (!isNum(a)) {
      throw typeError(`${builtin.name} expects a number, got ${describeKind(a)}`, { span: info.argSpans[i] ?? info.span });
    }
  });
  return builtin.impl(plain, info);
}

function checkArity(name: string, [min, max]: readonly [number, number], got: number, span: Span): void {
  if (got >= min && got <= max) return;
  const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
  throw typeError(
    `${name} takes ${expected} argument${expected === "1" ? "" : "s"}, got ${got}`,
    { span },
    "wrong-arity",
  );
}

/** Call a function value (user-defined or a builtin used as a value). */
export function applyValue(
  fn: FunctionValue,
  args: readonly Value[],
  node: Call,
  ctx: EvalContext,
  depth: number,
  evaluate: NodeEvaluator,
): Value {
  return applyFunctionValue(fn, args, siteOf(node), ctx, depth, evaluate);
}

function applyFunctionValue(
  fn: FunctionValue,
  args: readonly Value[],
  site: CallSite,
  ctx: EvalContext,
  depth: number,
  evaluate: NodeEvaluator | undefined,
): Value {
  if (fn.body === null) {
    const builtin = lookupBuiltin(fn.name);
    if (!builtin) throw typeError(`'${fn.name}' is not callable`, { span: site.span }, "not-callable");
    return invoke(builtin, args, site, ctx, depth, evaluate);
  }
  checkArity(fn.name, [fn.params.length, fn.params.length], args.length, site.span);
  if (!evaluate) throw typeError(`'${fn.name}' cannot be called here`, { span: site.span }, "not-callable");
  const body = fn.body;
  const bound = new Map(fn.params.map((p, i) => [p, args[i]!] as const));
  try {
    return withBindings(ctx.env, bound, () => evaluate(body, ctx, depth + 1));
  } catch (e) {
    // The body's spans may belong to an earlier input of the session: point at this call, and say where it came from.
    if (e instanceof UlpError) {
      e.span = site.span;
      const note = `raised inside ${fn.text}`;
      if (!e.notes.includes(note)) e.notes.push(note);
    }
    throw e;
  }
}

/** Call a registered scalar builtin by name from an operator (`n!` is factorial(n)). */
export function callScalar(name: string, args: readonly Value[], site: OpSite, ctx: EvalContext): Value {
  const builtin = lookupBuiltin(name);
  if (!builtin) throw typeError(`operator needs the function '${name}', which is not available`, { span: site.span });
  return invoke(builtin, args, { span: site.span, argSpans: args.map(() => site.span) }, ctx, 0, undefined);
}
