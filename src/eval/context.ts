// EvalContext: everything one evaluation reads, created per call (never global) and passed explicitly.
import type { Limits, Budget } from "../core/index.js";
import type { NumCtx } from "../numbers/index.js";
import type { Value } from "./value.js";

/** Bindings of one session: variables and user functions, plus names declared as symbols with `var`. */
export interface Env {
  readonly vars: Map<string, Value>;
  readonly symbols: Set<string>;
}

export interface EvalContext extends NumCtx {
  readonly digits: number;
  readonly limits: Limits;
  readonly budget: Budget;
  readonly env: Env;
  /** The input text, so values can quote their source (a function's definition as the user wrote it). */
  readonly source?: string;
}

export function newEnv(): Env {
  return { vars: new Map(), symbols: new Set() };
}

/**
 * Runs `fn` with extra bindings visible (shadowing variables and declared symbols of the same names), restoring
 * the previous bindings afterwards, even on error. Used for user-function parameters and `expr | x = 2`.
 */
export function withBindings<T>(env: Env, bound: ReadonlyMap<string, Value>, fn: () => T): T {
  const saved: [string, Value | undefined, boolean][] = [];
  for (const [name, value] of bound) {
    saved.push([name, env.vars.get(name), env.symbols.delete(name)]);
    env.vars.set(name, value);
  }
  try {
    return fn();
  } finally {
    for (const [name, value, wasSymbol] of saved) {
      if (value === undefined) env.vars.delete(name);
      else env.vars.set(name, value);
      if (wasSymbol) env.symbols.add(name);
    }
  }
}
