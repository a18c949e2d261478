// The builtin function registry: each builtin is data (name, signature, doc, examples) plus its implementation.
// Areas register their builtins from eval/builtins/<area>.ts. User names never reach a JavaScript property
// lookup: everything is in Maps.
import type { Span } from "../core/index.js";
import type { Value } from "./value.js";
import type { EvalContext } from "./context.js";

export interface CallInfo {
  readonly ctx: EvalContext;
  /** Span of the whole call, and of each argument (for errors that point at one argument). */
  readonly span: Span;
  readonly argSpans: readonly Span[];
  /** Call a function value (user-defined or builtin) with evaluated arguments, e.g. for map(f, v). */
  apply(fn: Value, args: readonly Value[]): Value;
}

export interface Builtin {
  readonly name: string;
  readonly aliases?: readonly string[];
  /** Docs section this belongs to, e.g. "Exponential and logarithm", "Number formats". */
  readonly area: string;
  /** e.g. "log(x[, b])". */
  readonly signature: string;
  /** One or two sentences: what it returns, exactness or rounding guarantee, domain, special values. */
  readonly doc: string;
  /** [input, expected text output]; run by test/docs.test.ts and shown in docs/functions.md and REPL help. */
  readonly examples: readonly (readonly [string, string])[];
  /** Minimum and maximum argument counts (Infinity for variadic). */
  readonly arity: readonly [number, number];
  /**
   * Scalar functions are lifted by the evaluator: applied element-wise over tensors, and turned into a symbolic
   * call when an argument is a symbolic expression. impl then only ever sees scalars (Num).
   */
  readonly scalar?: boolean;
  impl(args: readonly Value[], call: CallInfo): Value;
}

const builtins = new Map<string, Builtin>();

export function defineBuiltins(list: readonly Builtin[]): void {
  for (const b of list) {
    for (const name of [b.name, ...(b.aliases ?? [])]) {
      if (builtins.has(name)) throw new Error(`builtin ${name} defined twice`);
      builtins.set(name, b);
    }
  }
}

export function lookupBuiltin(name: string): Builtin | undefined {
  return builtins.get(name);
}

/** All builtins, each once (aliases folded), in registration order. */
export function allBuiltins(): Builtin[] {
  return [...new Set(builtins.values())];
}

/** All callable names, aliases included (for completion and did-you-mean). */
export function builtinNames(): string[] {
  return [...builtins.keys()];
}

/**
 * Named constants and reserved words that evaluate to a value (pi, e, i, format names such as bf16, scheme
 * names such as mxfp4). Each area registers its own; the evaluator consults them after the user's bindings.
 */
export interface NamedValue {
  readonly name: string;
  readonly area: string;
  readonly doc: string;
  get(ctx: EvalContext): Value;
}

const namedValues = new Map<string, NamedValue>();

export function defineNamedValues(list: readonly NamedValue[]): void {
  for (const c of list) {
    if (namedValues.has(c.name)) throw new Error(`named value ${c.name} defined twice`);
    namedValues.set(c.name, c);
  }
}

export function lookupNamedValue(name: string): NamedValue | undefined {
  return namedValues.get(name);
}

export function allNamedValues(): NamedValue[] {
  return [...namedValues.values()];
}
