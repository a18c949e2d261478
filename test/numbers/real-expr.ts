// Test-only translator from the small oracle grammar (numbers, p/q, pi, e, phi, + - * / ^, calls) to RealNodes.
import { realConst, realFromRational, realOp, type RealNode, type RealOp } from "../../src/numbers/real.js";
import * as Q from "../../src/numbers/rational.js";

const FUNCS = new Set([
  "sqrt", "cbrt", "exp", "expm1", "ln", "log1p", "log2", "log10", "sin", "cos", "tan", "sec", "csc", "cot", "asin",
  "acos", "atan", "atan2", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "hypot", "gamma", "lgamma", "erf",
  "erfc", "zeta", "abs", "root", "pow",
]);

export function parseReal(src: string): RealNode {
  const toks = src.match(/\d+|[a-z_][a-z0-9_]*|[-+*/^(),]/gi) ?? [];
  let i = 0;
  const peek = () => toks[i];
  const eat = (t?: string) => {
    const v = toks[i++];
    if (t !== undefined && v !== t) throw new Error(`expected ${t}, got ${v} in ${src}`);
    return v!;
  };
  function expr(): RealNode {
    let l = term();
    while (peek() === "+" || peek() === "-") l = realOp(eat() === "+" ? "add" : "sub", [l, term()]);
    return l;
  }
  function term(): RealNode {
    let l = unary();
    while (peek() === "*" || peek() === "/") l = realOp(eat() === "*" ? "mul" : "div", [l, unary()]);
    return l;
  }
  function unary(): RealNode {
    if (peek() === "-") {
      eat();
      const v = unary();
      return v.op === "rational" ? realFromRational(Q.neg(v.q!)) : realOp("neg", [v]);
    }
    return power();
  }
  function power(): RealNode {
    const b = atom();
    if (peek() === "^") {
      eat();
      return realOp("pow", [b, unary()]);
    }
    return b;
  }
  function atom(): RealNode {
    const t = eat();
    if (t === "(") {
      const v = expr();
      eat(")");
      // keep p/q literals exact
      return v.op === "div" && v.args[0]!.op === "rational" && v.args[1]!.op === "rational"
        ? realFromRational(Q.div(v.args[0]!.q!, v.args[1]!.q!))
        : v;
    }
    if (/^\d+$/.test(t)) {
      if (peek() === "/" && /^\d+$/.test(toks[i + 1] ?? "")) {
        eat();
        return realFromRational(Q.make(BigInt(t), BigInt(eat())));
      }
      return realFromRational(Q.fromInt(BigInt(t)));
    }
    if (t === "pi" || t === "e") return realConst(t);
    if (t === "phi") return realOp("div", [realOp("add", [realFromRational(Q.ONE), realOp("sqrt", [realFromRational(Q.fromInt(5n))])]), realFromRational(Q.fromInt(2n))]);
    if (FUNCS.has(t)) {
      eat("(");
      const args = [expr()];
      while (peek() === ",") {
        eat();
        args.push(expr());
      }
      eat(")");
      return realOp(t as RealOp, args);
    }
    throw new Error(`unknown token ${t} in ${src}`);
  }
  const v = expr();
  if (i !== toks.length) throw new Error(`trailing input in ${src}`);
  return v;
}
