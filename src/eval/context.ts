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
}

export function newEnv(): Env {
  return { vars: new Map(), symbols: new Set() };
}
