// Test helpers: a context, and a tiny recursive-descent reader of exact expressions (numbers, constants, + - * / ^,
// calls) built directly on the numbers API, so these tests do not depend on the language or evaluator layers.
import { Budget, resolveLimits, type Limits } from "../../src/core/index.js";
import * as N from "../../src/numbers/index.js";

await N.ready();

export function ctxOf(limits: Partial<Limits> = {}, digits = 34): N.NumCtx {
  return { budget: new Budget(resolveLimits(limits)), digits };
}

export function num(text: string, ctx: N.NumCtx = ctxOf()): N.Num {
  const toks = text.match(/\d+(?:\.\d*)?(?:e[+-]?\d+)?i?|\.\d+|[A-Za-z_][A-Za-z0-9_]*|\*\*|\/\/|[-+*/^(),]/g) ?? [];
  let p = 0;
  const peek = () => toks[p];
  const eat = (t?: string) => {
    const x = toks[p++];
    if (t !== undefined && x !== t) throw new Error(`expected ${t} got ${x} in ${text}`);
    return x!;
  };
  const expr = (): N.Num => {
    let v = term();
    while (peek() === "+" || peek() === "-") v = eat() === "+" ? N.add(v, term(), ctx) : N.sub(v, term(), ctx);
    return v;
  };
  const term = (): N.Num => {
    let v = unary();
    while (peek() === "*" || peek() === "/" || peek() === "//") {
      const op = eat();
      const r = unary();
      v = op === "*" ? N.mul(v, r, ctx) : op === "/" ? N.div(v, r, ctx) : N.intDiv(v, r, ctx);
    }
    return v;
  };
  const unary = (): N.Num => (peek() === "-" ? (eat(), N.neg(unary())) : peek() === "+" ? (eat(), unary()) : power());
  const power = (): N.Num => {
    const b = atom();
    if (peek() === "^" || peek() === "**") {
      eat();
      return N.pow(b, unary(), ctx);
    }
    return b;
  };
  const atom = (): N.Num => {
    const t = eat();
    if (t === "(") {
      const v = expr();
      eat(")");
      return v;
    }
    if (/^[\d.]/.test(t)) return N.literal(t.replace(/i$/, ""), t.endsWith("i"), ctx);
    if (peek() === "(") {
      eat("(");
      const args: N.Num[] = [];
      if (peek() !== ")") {
        args.push(expr());
        while (peek() === ",") {
          eat();
          args.push(expr());
        }
      }
      eat(")");
      return N.applyFunction(t, args, ctx);
    }
    const c = N.constant(t);
    if (!c) throw new Error(`unknown name ${t}`);
    return c;
  };
  const v = expr();
  if (p !== toks.length) throw new Error(`trailing tokens in ${text}`);
  return v;
}

/** Exact text of an expression's value (throws if inexact). */
export function exact(text: string, ctx: N.NumCtx = ctxOf()): string {
  const v = num(text, ctx);
  const s = N.exactText(v);
  if (s === undefined) throw new Error(`${text} is not exact (kind ${v.kind})`);
  return s;
}

/** Error kind and code thrown by a thunk. */
export function errorOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    const u = e as { kind?: string; code?: string };
    return `${u.kind}/${u.code}`;
  }
  return "no error";
}
