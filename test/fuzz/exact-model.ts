// An independent exact model for the grammar fuzzer: expression trees over bigint rationals, a printer that uses
// the documented precedence (minimal parentheses, optional Unicode operator spellings) and an evaluator with the
// documented semantics (floored mod, floor division, round ties away from zero). Written here, not imported from src.

export type Q = { n: bigint; d: bigint }; // d > 0, gcd(n, d) = 1
export type Tree =
  | { t: "int"; v: bigint }
  | { t: "dec"; text: string }
  | { t: "neg"; a: Tree }
  | { t: "bin"; op: "+" | "-" | "*" | "/" | "mod" | "//"; a: Tree; b: Tree; alt: number }
  | { t: "pow"; a: Tree; e: number; sup?: boolean } // sup: print `x²`-style when e is -1, 2 or 3
  | { t: "pct"; a: Tree } // postfix percent: a/100, and `x ± p%` is x(1 ± p/100)
  | { t: "fact"; v: number }
  | { t: "call"; f: "abs" | "floor" | "ceil" | "round" | "trunc" | "sign" | "max" | "min" | "mod"; args: Tree[] };

export class DivZero extends Error {}

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
};
export const q = (n: bigint, d = 1n): Q => {
  if (d === 0n) throw new DivZero();
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
};
const add = (x: Q, y: Q) => q(x.n * y.d + y.n * x.d, x.d * y.d);
const sub = (x: Q, y: Q) => q(x.n * y.d - y.n * x.d, x.d * y.d);
const mul = (x: Q, y: Q) => q(x.n * y.n, x.d * y.d);
const div = (x: Q, y: Q) => q(x.n * y.d, x.d * y.n);
const floorQ = (x: Q): bigint => (x.n >= 0n ? x.n / x.d : -((-x.n + x.d - 1n) / x.d));
const ceilQ = (x: Q): bigint => -floorQ(q(-x.n, x.d));
const truncQ = (x: Q): bigint => x.n / x.d;
const cmp = (x: Q, y: Q) => {
  const s = x.n * y.d - y.n * x.d;
  return s < 0n ? -1 : s > 0n ? 1 : 0;
};
const modQ = (x: Q, y: Q): Q => {
  if (y.n === 0n) throw new DivZero();
  return sub(x, mul(y, q(floorQ(div(x, y)))));
};

/** `p%`, or a signed `-p%` / `+p%` (any number of signs): the right operand that makes `a ± p%` mean a(1 ± p/100). */
const isPercent = (t: Tree): boolean => t.t === "pct" || (t.t === "neg" && isPercent(t.a));

export function evalTree(t: Tree): Q {
  switch (t.t) {
    case "int":
      return q(t.v);
    case "dec": {
      const [i, f = ""] = t.text.split(".");
      return q(BigInt(i! + f), 10n ** BigInt(f.length));
    }
    case "neg": {
      const a = evalTree(t.a);
      return q(-a.n, a.d);
    }
    case "pct": {
      const a = evalTree(t.a);
      return q(a.n, a.d * 100n);
    }
    case "bin": {
      const a = evalTree(t.a), b = evalTree(t.b);
      if (isPercent(t.b) && (t.op === "+" || t.op === "-")) return mul(a, (t.op === "+" ? add : sub)(q(1n), b));
      switch (t.op) {
        case "+": return add(a, b);
        case "-": return sub(a, b);
        case "*": return mul(a, b);
        case "/": return div(a, b);
        case "mod": return modQ(a, b);
        case "//": return q(floorQ(div(a, b)));
      }
      break;
    }
    case "pow": {
      const a = evalTree(t.a);
      if (t.e >= 0) return q(a.n ** BigInt(t.e), a.d ** BigInt(t.e));
      return q(a.d ** BigInt(-t.e), a.n ** BigInt(-t.e));
    }
    case "fact": {
      let r = 1n;
      for (let k = 2n; k <= BigInt(t.v); k++) r *= k;
      return q(r);
    }
    case "call": {
      const xs = t.args.map(evalTree);
      const x = xs[0]!;
      switch (t.f) {
        case "abs": return q(x.n < 0n ? -x.n : x.n, x.d);
        case "floor": return q(floorQ(x));
        case "ceil": return q(ceilQ(x));
        case "trunc": return q(truncQ(x));
        case "sign": return q(BigInt(cmp(x, q(0n))));
        case "round": { // ties away from zero
          const a = q(x.n < 0n ? -x.n : x.n, x.d);
          const r = floorQ(add(a, q(1n, 2n)));
          return q(x.n < 0n ? -r : r);
        }
        case "max": return xs.reduce((m, y) => (cmp(y, m) > 0 ? y : m));
        case "min": return xs.reduce((m, y) => (cmp(y, m) < 0 ? y : m));
        case "mod": return modQ(x, xs[1]!);
      }
    }
  }
  throw new Error("unreachable");
}

/** Binding strength of a node's printed form (higher binds tighter). */
const level = (t: Tree): number =>
  t.t === "bin" ? (t.op === "+" || t.op === "-" ? 1 : 2) : t.t === "neg" ? 3 : t.t === "pow" ? (supOf(t) ? 5 : 4) : t.t === "pct" ? 5 : 6;
const SUP: Record<string, string> = { "-1": "⁻¹", "2": "²", "3": "³" };
const supOf = (t: Tree): string | undefined => (t.t === "pow" && t.sup ? SUP[String(t.e)] : undefined);

const SPELL: Record<string, string[]> = { "+": ["+"], "-": ["-", "−"], "*": ["*", "×", "⋅", "·"], "/": ["/", "÷"], mod: ["mod"], "//": ["//"] };

/** Print with the fewest parentheses the documented precedence allows; `tight` drops spaces around symbols. */
export function printTree(t: Tree, tight: boolean): string {
  const wrap = (s: string, yes: boolean) => (yes ? `(${s})` : s);
  switch (t.t) {
    case "int": return String(t.v);
    case "dec": return t.text;
    case "neg": return "-" + wrap(printTree(t.a, tight), level(t.a) < 3);
    case "fact": return `${t.v}!`;
    case "pow": {
      const sup = supOf(t);
      // Adjacent superscripts would merge into one exponent (`x²³` is x^23), so a superscript base gets parentheses.
      if (sup !== undefined) return wrap(printTree(t.a, tight), level(t.a) < 5 || t.a.t === "dec" || t.a.t === "pct" || supOf(t.a) !== undefined) + sup;
      const base = wrap(printTree(t.a, tight), level(t.a) <= 4);
      return `${base}^${t.e}`;
    }
    case "pct": return wrap(printTree(t.a, tight), level(t.a) < 5) + "%";
    case "call": return `${t.f}(${t.args.map((a) => printTree(a, tight)).join(", ")})`;
    case "bin": {
      const l = level(t);
      const left = wrap(printTree(t.a, tight), level(t.a) < l);
      const right = wrap(printTree(t.b, tight), level(t.b) <= l && level(t.b) !== 3);
      // Implicit multiplication (same precedence as `*`): only where the right operand starts with `(` or a
      // function name (not `mod(`: `2mod(7, 3)` is the operator), and the left does not end with `%` (`%(` is mod).
      if (t.op === "*" && t.alt === 3 && /^[(a-z]/.test(right) && !right.startsWith("mod(") && !left.endsWith("%")) return left + right;
      const spells = SPELL[t.op]!;
      const op = spells[t.alt % spells.length]!;
      const word = /^[a-z]/.test(op);
      return tight && !word ? `${left}${op}${right}` : `${left} ${op} ${right}`;
    }
  }
}

export const qText = (x: Q): string => (x.d === 1n ? String(x.n) : `${x.n}/${x.d}`);
