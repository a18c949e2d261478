// Name resolution: the user's bindings first, then declared symbols, named values (constants, format names),
// builtins used as values, and finally unbound single letters as symbols. Everything else is a NameError with a
// did-you-mean note. All lookups go through Maps and Sets: a user name never reaches a JavaScript property.
import { nameError, type Span, type UlpError } from "../core/index.js";
import * as A from "../algebra/index.js";
import type { Name } from "../lang/index.js";
import type { EvalContext, Env } from "./context.js";
import type { Value } from "./value.js";
import { lookupBuiltin, lookupNamedValue, builtinNames, allNamedValues } from "./registry.js";

/** Keywords of the language: never bindable. */
const KEYWORDS: ReadonlySet<string> = new Set(["and", "or", "not", "mod", "rem", "to", "in", "of", "if", "then", "else", "var", "by", "ans"]);

export function resolveName(node: Name, ctx: EvalContext): Value {
  const { name } = node;
  const bound = ctx.env.vars.get(name);
  if (bound !== undefined) return bound;
  if (ctx.env.symbols.has(name)) return { kind: "expression", expr: A.exprSymbol(name) };
  const named = lookupNamedValue(name);
  if (named) return named.get(ctx);
  const builtin = lookupBuiltin(name);
  if (builtin) return { kind: "function", name: builtin.name, params: [], body: null, text: builtin.signature };
  if (isSingleLetter(name)) return { kind: "expression", expr: A.exprSymbol(name) };
  throw unknownNameError(name, node.span, ctx, false);
}

/** True when `name` would evaluate to a symbol (an unknown) in this context. */
export function isSymbolName(name: string, env: Env): boolean {
  if (env.vars.has(name)) return false;
  if (env.symbols.has(name)) return true;
  return !lookupNamedValue(name) && !lookupBuiltin(name) && isSingleLetter(name);
}

/** One letter (one code point, so astral letters such as 𝑥 count), no digits or underscores. */
export function isSingleLetter(name: string): boolean {
  const cps = [...name];
  return cps.length === 1 && /\p{L}/u.test(name);
}

export function isReservedName(name: string): boolean {
  return KEYWORDS.has(name) || lookupNamedValue(name) !== undefined || lookupBuiltin(name) !== undefined;
}

export function unknownNameError(name: string, span: Span, ctx: EvalContext, asFunction: boolean): UlpError {
  const candidates = [...builtinNames(), ...allNamedValues().map((v) => v.name), ...ctx.env.vars.keys()];
  const suggestion = closest(name, candidates);
  const notes = suggestion ? [`did you mean '${suggestion}'?`] : [];
  if (!asFunction && !suggestion && name.length > 1) {
    notes.push("single letters are symbols; declare other unknowns with `var name`");
  }
  return nameError(
    asFunction ? "unknown-function" : "unknown-name",
    asFunction ? `unknown function '${name}'` : `unknown name '${name}'`,
    { span, notes },
  );
}

/** The candidate with the smallest edit distance, if it is close enough to be a plausible typo. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDist = Infinity;
  for (const c of candidates) {
    if (Math.abs(c.length - name.length) > 2) continue;
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDist || (d === bestDist && best !== undefined && c.length < best.length)) {
      best = c;
      bestDist = d;
    }
  }
  const allowed = name.length <= 3 ? 1 : name.length <= 6 ? 2 : 3;
  return bestDist <= allowed && bestDist < name.length ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
