// Inert symbolic expressions: plain readonly trees with a structural hash computed at construction (hash-consing
// without a global intern table, so evaluations share no state). Constructors only (1) flatten nested sums and
// products (associativity), (2) write a - b as a + (-1)*b and a/b as a*b^(-1), (3) negate number leaves in place;
// they never combine terms or evaluate: `x + x` stays `x + x` until simplify is asked.
import type { Num } from "../numbers/index.js";
import { numEquals, numHash, hashString, mix, negNum, MINUS_ONE_NUM, isOneNum, int } from "./tower.js";

export interface NumLeaf {
  readonly op: "num";
  readonly hash: number;
  readonly value: Num;
}
export interface SymLeaf {
  readonly op: "sym";
  readonly hash: number;
  readonly name: string;
}
/** n-ary sum, at least two terms. */
export interface AddNode {
  readonly op: "add";
  readonly hash: number;
  readonly args: readonly Expr[];
}
/** n-ary product, at least two factors; a number coefficient, when present, comes first. */
export interface MulNode {
  readonly op: "mul";
  readonly hash: number;
  readonly args: readonly Expr[];
}
export interface PowNode {
  readonly op: "pow";
  readonly hash: number;
  readonly base: Expr;
  readonly exp: Expr;
}
/** A function call by name: sin(x), sqrt(x), log(x, b), mod(a, b). */
export interface CallNode {
  readonly op: "call";
  readonly hash: number;
  readonly name: string;
  readonly args: readonly Expr[];
}
/** An equation left = right. */
export interface EqNode {
  readonly op: "eq";
  readonly hash: number;
  readonly left: Expr;
  readonly right: Expr;
}

export type Expr = NumLeaf | SymLeaf | AddNode | MulNode | PowNode | CallNode | EqNode;

const TAG = { num: 1, sym: 2, add: 3, mul: 4, pow: 5, call: 6, eq: 7 } as const;

function hashArgs(tag: number, args: readonly Expr[]): number {
  let h = tag * 0x27d4eb2d;
  for (const a of args) h = mix(h, a.hash);
  return h;
}

/** A number leaf. */
export function exprNum(n: Num): Expr {
  return { op: "num", hash: mix(TAG.num, numHash(n)), value: n };
}
/** A symbol leaf (an unknown such as x, or a `var`-declared name). */
export function exprSymbol(name: string): Expr {
  return { op: "sym", hash: mix(TAG.sym, hashString(name)), name };
}
/** The n-ary sum of terms (nested sums are flattened; one term is returned as is; no terms is 0). */
export function exprAdd(terms: readonly Expr[]): Expr {
  const args = flatten("add", terms);
  if (args.length === 0) return exprNum(int(0));
  if (args.length === 1) return args[0]!;
  return { op: "add", hash: hashArgs(TAG.add, args), args };
}
/** The n-ary product (nested products flattened; a leading number coefficient is moved to the front). */
export function exprMul(factors: readonly Expr[]): Expr {
  const args = flatten("mul", factors);
  if (args.length === 0) return exprNum(int(1));
  if (args.length === 1) return args[0]!;
  const k = args.findIndex((a) => a.op === "num");
  if (k > 0 && args.slice(0, k).every((a) => a.op !== "num")) {
    const coef = args[k]!;
    args.splice(k, 1);
    args.unshift(coef);
  }
  return { op: "mul", hash: hashArgs(TAG.mul, args), args };
}
export function exprPow(base: Expr, exp: Expr): Expr {
  return { op: "pow", hash: mix(mix(TAG.pow, base.hash), exp.hash), base, exp };
}
/** A call of a library function by name (the evaluator has already checked the name exists). */
export function exprCall(name: string, args: readonly Expr[]): Expr {
  return { op: "call", hash: mix(hashArgs(TAG.call, args), hashString(name)), name, args: [...args] };
}
/** The equation left = right. */
export function exprEquation(left: Expr, right: Expr): Expr {
  return { op: "eq", hash: mix(mix(TAG.eq, left.hash), right.hash), left, right };
}
/** -a: a number leaf is negated in place, a product's number coefficient is negated, else (-1)*a. */
export function exprNeg(a: Expr): Expr {
  if (a.op === "num") return exprNum(negNum(a.value));
  if (a.op === "mul" && a.args[0]!.op === "num") {
    const c = negNum(a.args[0].value);
    const rest = a.args.slice(1);
    return isOneNum(c) ? exprMul(rest) : exprMul([exprNum(c), ...rest]);
  }
  return exprMul([exprNum(MINUS_ONE_NUM), a]);
}
/** a op b for the evaluator's operators; see the header for the (only) rewriting done. */
export function exprBinary(op: "+" | "-" | "*" | "/" | "^", a: Expr, b: Expr): Expr {
  switch (op) {
    case "+":
      return exprAdd([a, b]);
    case "-":
      return exprAdd([a, exprNeg(b)]);
    case "*":
      return exprMul([a, b]);
    case "/":
      return exprMul([a, exprPow(b, exprNum(MINUS_ONE_NUM))]);
    case "^":
      return exprPow(a, b);
  }
}

function flatten(op: "add" | "mul", xs: readonly Expr[]): Expr[] {
  const out: Expr[] = [];
  for (const x of xs) {
    if (x.op === op) out.push(...x.args);
    else out.push(x);
  }
  return out;
}

/** Structural equality (hash first). */
export function exprEquals(a: Expr, b: Expr): boolean {
  if (a === b) return true;
  if (a.hash !== b.hash || a.op !== b.op) return false;
  switch (a.op) {
    case "num":
      return numEquals(a.value, (b as NumLeaf).value);
    case "sym":
      return a.name === (b as SymLeaf).name;
    case "add":
    case "mul":
    case "call": {
      const bb = b as AddNode | MulNode | CallNode;
      if (a.op === "call" && a.name !== (bb as CallNode).name) return false;
      if (a.args.length !== bb.args.length) return false;
      return a.args.every((x, i) => exprEquals(x, bb.args[i]!));
    }
    case "pow":
      return exprEquals(a.base, (b as PowNode).base) && exprEquals(a.exp, (b as PowNode).exp);
    case "eq":
      return exprEquals(a.left, (b as EqNode).left) && exprEquals(a.right, (b as EqNode).right);
  }
}

/** The children of a node, in order. */
export function children(e: Expr): readonly Expr[] {
  switch (e.op) {
    case "num":
    case "sym":
      return [];
    case "add":
    case "mul":
    case "call":
      return e.args;
    case "pow":
      return [e.base, e.exp];
    case "eq":
      return [e.left, e.right];
  }
}

/** Rebuilds e with new children (same shape), through the constructors. */
export function withChildren(e: Expr, kids: readonly Expr[]): Expr {
  switch (e.op) {
    case "num":
    case "sym":
      return e;
    case "add":
      return exprAdd(kids);
    case "mul":
      return exprMul(kids);
    case "call":
      return exprCall(e.name, kids);
    case "pow":
      return exprPow(kids[0]!, kids[1]!);
    case "eq":
      return exprEquation(kids[0]!, kids[1]!);
  }
}

/** The names of the symbols in e, sorted (x, y, z order is alphabetical). */
export function freeSymbols(e: Expr): string[] {
  const out = new Set<string>();
  const stack: Expr[] = [e];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.op === "sym") out.add(n.name);
    else stack.push(...children(n));
  }
  return [...out].sort();
}

export function hasSymbol(e: Expr, name: string): boolean {
  if (e.op === "sym") return e.name === name;
  return children(e).some((c) => hasSymbol(c, name));
}

/** Replaces symbols by expressions (simultaneously); does no simplification. */
export function substitute(e: Expr, bindings: ReadonlyMap<string, Expr>): Expr {
  if (e.op === "sym") return bindings.get(e.name) ?? e;
  if (e.op === "num") return e;
  const kids = children(e);
  const next = kids.map((k) => substitute(k, bindings));
  return next.every((k, i) => k === kids[i]) ? e : withChildren(e, next);
}
