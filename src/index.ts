// ulp's public library API. The whole pipeline is visible in `run`: parse the text (with spans), evaluate it
// under a per-call context and budget, render the value to JSON, text and LaTeX. Errors become `{ ok: false }`.
import { UlpError, Budget, resolveLimits, limitError, typeError, internalError, type Limits, type ErrorJSON } from "./core/index.js";
import { parse as parseProgram, printProgram, walk, type Program } from "./lang/index.js";
import { ready, evaluateProgram, compileProgram, isSymbolName, newEnv, lookupBuiltin, builtinNames, allNamedValues, allBuiltins, type Env, type EvalContext, type Value } from "./eval/index.js";
import { renderValue, type ValueJSON } from "./render/index.js";

export type { Limits, ErrorJSON, ValueJSON, Program };
export { DEFAULT_LIMITS } from "./core/index.js";
export { renderDiagnostic, displayText } from "./render/index.js";
export { printProgram };
/** Round binary floats into a number format (exact for float inputs), and decode codes back: DESIGN's typed-array API. */
export { roundArray, decodeArray } from "./eval/index.js";

/**
 * Compile an expression in the named parameters to a float64 function and a column mapper (no code generation:
 * a closure tree per point, typed-array loops per operator). Throws a UlpError for invalid text.
 */
export async function compile(
  text: string,
  params: string[],
  options: EvaluateOptions = {},
): Promise<{ fn(...xs: number[]): number; map(...cols: Float64Array[]): Float64Array }> {
  await ready();
  const limits = resolveLimits(options.limits);
  const env = newEnv();
  const program = parseProgram(text, { maxDepth: limits.depth, maxLength: limits.inputLength, isFunction: (n) => lookupBuiltin(n) !== undefined });
  const ctx: EvalContext = { digits: 17, limits, budget: new Budget(limits), env, source: text };
  return compileProgram(program, params, ctx);
}

export type Result = { ok: true; value: ValueJSON; text: string; latex: string } | { ok: false; error: ErrorJSON };

export interface EvaluateOptions {
  /** Significant digits of inexact results (default 34). */
  digits?: number;
  /** Resource limits for this call; unspecified ones keep their defaults (DESIGN.md "Limits"). */
  limits?: Partial<Limits>;
}

export const DEFAULT_DIGITS = 34;

/** Evaluate `text` (one or more statements; the result is the last one's). Stateless. Never throws. */
export async function evaluate(text: string, options: EvaluateOptions = {}): Promise<Result> {
  await ready();
  return run(text, options, newEnv());
}

export interface Session {
  /** Evaluate in this session: variables and functions persist; a failing input leaves them unchanged. */
  evaluate(text: string, options?: EvaluateOptions): Promise<Result>;
  /** Names bound in this session (variables and functions), for completion. */
  names(): string[];
}

export function createSession(defaults: EvaluateOptions = {}): Session {
  const env = newEnv();
  return {
    async evaluate(text, options = {}) {
      await ready();
      const merged: EvaluateOptions = { ...defaults, ...options, limits: { ...defaults.limits, ...options.limits } };
      // Work on a copy of the bindings so a failure leaves the session as it was.
      const trial: Env = { vars: new Map(env.vars), symbols: new Set(env.symbols) };
      const result = run(text, merged, trial, (value) => trial.vars.set("ans", value));
      if (result.ok) {
        env.vars.clear();
        for (const [k, v] of trial.vars) env.vars.set(k, v);
        env.symbols.clear();
        for (const s of trial.symbols) env.symbols.add(s);
      }
      return result;
    },
    names: () => [...env.vars.keys()],
  };
}

/** Parse `text` into a Program (spans on every node). Throws a UlpError on a syntax error. */
export function parse(text: string, limits?: Partial<Limits>): Program {
  const l = resolveLimits(limits);
  return parseProgram(text, { maxDepth: l.depth, maxLength: l.inputLength, isFunction: (n) => lookupBuiltin(n) !== undefined });
}

function run(text: string, options: EvaluateOptions, env: Env, onValue?: (v: Value) => void): Result {
  try {
    const limits = resolveLimits(options.limits);
    const digits = checkDigits(options.digits, limits);
    const budget = new Budget(limits);
    if (typeof text !== "string") throw typeError("the expression must be a string");
    if (text.length > limits.inputLength) {
      throw limitError("inputLength", limits.inputLength, `the input has ${text.length} characters, more than the limit of ${limits.inputLength}`);
    }
    const program = parseProgram(text, {
      maxDepth: limits.depth,
      maxLength: limits.inputLength,
      // The user's binding decides first: a variable holding a number is not called.
      isFunction: (name) => (env.vars.has(name) ? env.vars.get(name)!.kind === "function" : lookupBuiltin(name) !== undefined),
    });
    const ctx: EvalContext = { digits, limits, budget, env, source: text };
    const value = evaluateProgram(program, ctx);
    const rendered = renderValue(value, digits, ctx);
    onValue?.(value);
    return { ok: true, value: rendered.json, text: rendered.text, latex: rendered.latex };
  } catch (e) {
    return { ok: false, error: toError(e).toJSON() };
  }
}

function checkDigits(digits: number | undefined, limits: Limits): number {
  if (digits === undefined) return Math.min(DEFAULT_DIGITS, limits.digits);
  if (!Number.isInteger(digits) || digits < 1) throw typeError(`digits must be a positive integer, got ${digits}`);
  if (digits > limits.digits) {
    throw limitError("digits", limits.digits, `${digits} digits were requested, more than the limit of ${limits.digits}`);
  }
  return digits;
}

function toError(e: unknown): UlpError {
  if (e instanceof UlpError) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return limitError("depth", 0, "nesting too deep for this machine's stack");
  }
  return internalError(`internal error: ${e instanceof Error ? e.message : String(e)}`);
}

/** Every builtin function and named value (for completion). */
export function completionNames(): string[] {
  return [...builtinNames(), ...allNamedValues().map((v) => v.name)];
}

/** Help text: with a name, that function's signature, doc and examples; without, the functions by area. */
export function helpText(name?: string): string {
  if (name) {
    const b = lookupBuiltin(name);
    if (b) {
      const ex = b.examples.map(([i, o]) => `  > ${i}\n  ${o}`).join("\n");
      return `${b.signature}\n  ${b.doc}${ex ? `\n${ex}` : ""}`;
    }
    const v = allNamedValues().find((c) => c.name === name);
    if (v) return `${v.name}: ${v.doc}`;
    return `no function or constant named '${name}'`;
  }
  const byArea = new Map<string, string[]>();
  for (const b of allBuiltins()) byArea.set(b.area, [...(byArea.get(b.area) ?? []), b.name]);
  const lines = [...byArea].map(([area, names]) => `${area}: ${names.join(", ")}`);
  return [...lines, "", "`help NAME` shows one function; docs/language.md describes the syntax."].join("\n");
}

/**
 * The unknowns of an expression: the names it uses as values that evaluate to symbols (unbound single letters
 * other than the constants e and i, and names declared with `var`), sorted; [] when the text does not parse.
 * Function names in calls are not unknowns. Interfaces use it to pick a plot variable or solve's variables.
 */
export function freeVariables(text: string): string[] {
  let program: Program;
  try {
    program = parse(text);
  } catch {
    return [];
  }
  const env = newEnv();
  const found = new Set<string>();
  const visit = (node: Program["statements"][number]): boolean => {
    if (node.kind === "var") node.names.forEach((n) => env.symbols.add(n.name));
    if (node.kind === "name" && isSymbolName(node.name, env)) found.add(node.name);
    if (node.kind === "call") {
      for (const a of node.args) walk(a, visit);
      return false;
    }
    return true;
  };
  for (const stmt of program.statements) walk(stmt, visit);
  return [...found].sort();
}
