// The MCP tools' texts and pure helpers: descriptions that teach a model the syntax, the ulp expression a `solve`
// call becomes, the default unknowns of an equation, and the short text form (result or error with caret and hint).
import { parse, freeVariables, type Result } from "../index.js";

export const EVALUATE_DESCRIPTION = [
  "Evaluate math exactly with the ulp engine (use it instead of mental arithmetic).",
  "Exact by default: `0.1 + 0.2` = 3/10, `1/3 + 1/6` = 1/2, `sqrt(8)` = 2*sqrt(2), `2^100` all digits; irrational results",
  "also carry a decimal correctly rounded to `digits` significant digits (default 34).",
  "Syntax: + - * / ^ (or **), implicit product `2x`, `n!`, `a mod b`, `15% of 80`, constants pi e i; sqrt sin cos tan exp",
  "log(x) (natural; log(x, b) base b) gamma; vectors `[1, 2, 3]`, matrices `[[1, 2], [3, 4]]`; statements separated by `;`",
  "(`x = 5; x^2 + 1`); functions `f(x) = x^2; f(3)`; diff(expr, x), simplify(e), factor(e), `255 to hex`.",
  "Number formats: `0.1 to bf16` gives the stored value, bits, error and neighbours (fp64 fp32 fp16 bf16 fp8e4m3",
  "fp8e5m2 fp4e2m1 ...); `(0.1 + 0.2) in fp16` computes with IEEE arithmetic in that format (0.2998046875).",
  "Returns structuredContent {ok, value, text, latex} (DESIGN JSON contract) and a short text; errors carry a span.",
].join("\n");

export const SOLVE_DESCRIPTION = [
  "Solve an equation or a system with the ulp engine: exact roots where possible (polynomials up to degree 4 as",
  "radicals, e.g. x^2 - 3x + 1 = 0 gives (3 - sqrt(5))/2 and (3 + sqrt(5))/2 with decimals; linear systems exactly),",
  "numeric roots otherwise, complex roots included. Write equations with `=` (an expression alone means `= 0`).",
  'equations: one string ("x^2 = 2") or a list for a system (["x + y = 3", "x - y = 1"]); variables: the unknowns',
  "(default: the single-letter names that appear, alphabetically; other letters are then symbolic parameters).",
  "Returns structuredContent {ok, value: {type: \"solutions\", variables, elements}, text, latex}.",
].join("\n");

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The unknowns used in an equation (single letters other than e and i); [] if it does not parse. */
export const freeLetters = freeVariables;

type ErrorJSON = Extract<Result, { ok: false }>["error"];

/** A solve request that cannot be built: the error (spans relative to equation `equation` when one is named). */
export class SolveInputError extends Error {
  constructor(
    readonly error: ErrorJSON,
    readonly equation?: number,
  ) {
    super(error.message);
  }
}

const inputError = (message: string) => new SolveInputError({ kind: "TypeError", code: "wrong-type", message });

export interface SolveCall {
  /** The ulp expression to evaluate. */
  expr: string;
  variables: string[];
  /** Offset of each equation inside `expr`. */
  offsets: number[];
}

/**
 * `solve(eq, x)` or `solve([eq1, eq2], [x, y])`. Each equation is parsed on its own first, so a syntax error points
 * into the equation the caller wrote and one item cannot smuggle in more statements; throws SolveInputError.
 */
export function buildSolve(equations: string | string[], variables?: string[]): SolveCall {
  const eqs = typeof equations === "string" ? [equations] : equations;
  if (eqs.length === 0) throw inputError('equations is empty: pass an equation such as "x^2 = 2"');
  let vars = variables ?? [];
  for (const v of vars) {
    if (!NAME.test(v)) throw inputError(`'${v.slice(0, 40)}' is not a variable name (letters, digits, _)`);
  }
  const letters = new Set<string>();
  eqs.forEach((eq, k) => {
    let program: { statements: readonly { span: readonly [number, number] }[] };
    try {
      program = parse(eq);
    } catch (e) {
      const json = (e as { toJSON?: () => ErrorJSON }).toJSON?.();
      if (json) throw new SolveInputError(json, k);
      throw e;
    }
    if (program.statements.length > 1) {
      const [s0, s1] = program.statements[1]!.span;
      throw new SolveInputError({ kind: "SyntaxError", code: "unexpected-token", message: "each equation must be one statement (no ';' or line breaks)", span: [s0, s1] }, k);
    }
    for (const l of freeVariables(eq)) letters.add(l);
  });
  if (vars.length === 0) {
    vars = [...letters].sort();
    if (vars.length === 0) throw inputError('no unknown found: name the variables, e.g. variables: ["x"]');
    // More letters than equations: prefer x, y, z..., the others stay symbolic parameters (a x^2 + b x + c = 0).
    if (vars.length > eqs.length) vars = preferUnknowns(vars, eqs.length);
  }
  const single = eqs.length === 1 && vars.length === 1;
  const offsets: number[] = [];
  let expr = single ? "solve(" : "solve([";
  eqs.forEach((eq, k) => {
    if (k > 0) expr += ", ";
    offsets.push(expr.length);
    expr += eq;
  });
  expr += single ? `, ${vars[0]})` : `], [${vars.join(", ")}])`;
  return { expr, variables: vars, offsets };
}

function preferUnknowns(letters: string[], count: number): string[] {
  const order = ["x", "y", "z", "w", "t", "u", "v", "s", "r", "q", "p", "n", "m"];
  const ranked = [...letters].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return ranked.slice(0, count).sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  function rank(l: string): number {
    const i = order.indexOf(l);
    return i < 0 ? order.length : i;
  }
}

const HINTS: ReadonlyMap<string, string> = new Map([
  ["SyntaxError", "check the syntax: powers are ^, products may be implicit (2x), lists are [a, b], equations use ="],
  ["NameError", "single letters are symbols; other names must be defined first (x = 5) or be builtins such as sqrt, log"],
  ["TypeError", "an argument has the wrong type or count; check the function's signature"],
  ["DomainError", "the value is outside the function's domain (1/0 and log(0) are errors, not infinities)"],
  ["DimensionError", "the shapes of the vectors or matrices do not agree"],
  ["LimitError", "the computation exceeds the limits: ask for fewer digits, smaller numbers, or a float format (expr in fp64)"],
  ["InternalError", "this is a bug in ulp; report the expression"],
]);

/** Short text of a Result: `text` plus its decimal when that differs, or the error with a caret under its span. */
export function resultText(result: Result, source: string): string {
  if (result.ok) {
    const sol = solutionDecimals(result.value);
    if (sol) return `${result.text}\n${sol}`;
    const v = result.value as { decimal?: unknown; decimal_is_exact?: unknown };
    const dec = typeof v.decimal === "string" ? v.decimal : undefined;
    if (dec === undefined || dec === result.text) return result.text;
    return `${result.text} ${v.decimal_is_exact === true ? "=" : "≈"} ${dec}`;
  }
  return errorText(result.error, source);
}

/** "x ≈ 0.38196…, x ≈ 2.61803…" for a one-unknown solutions value with inexact roots; null otherwise. */
function solutionDecimals(value: unknown): string | null {
  const v = value as { type?: unknown; variables?: unknown; elements?: unknown };
  if (v.type !== "solutions" || !Array.isArray(v.variables) || v.variables.length !== 1 || !Array.isArray(v.elements)) return null;
  const parts: string[] = [];
  let inexact = false;
  for (const e of v.elements as { decimal?: unknown; decimal_is_exact?: unknown }[]) {
    if (typeof e?.decimal !== "string") return null;
    if (e.decimal_is_exact !== true) inexact = true;
    parts.push(`${String(v.variables[0])} ${e.decimal_is_exact === true ? "=" : "≈"} ${e.decimal}`);
  }
  return inexact && parts.length ? parts.join(", ") : null;
}

export function errorText(error: ErrorJSON, source: string): string {
  const lines = [`${error.kind} (${error.code}): ${error.message}`];
  if (error.span && source.length <= 400 && !source.includes("\n")) {
    const [s, e] = error.span;
    lines.push(`  ${source}`, `  ${" ".repeat(s)}${"^".repeat(Math.max(1, e - s))}`);
  }
  for (const note of error.notes ?? []) lines.push(`note: ${note}`);
  const hint = HINTS.get(error.kind);
  if (hint) lines.push(`hint: ${hint}`);
  return lines.join("\n");
}
