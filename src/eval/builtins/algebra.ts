// Registration of the algebra builtins (simplify, expand, factor, collect, subs, diff, taylor, solve, nsolve,
// degree, coeffs) with docs and examples that run as tests. The mathematics lives in src/algebra.
import { typeError, domainError, type Span } from "../../core/index.js";
import * as A from "../../algebra/index.js";
import type { Num } from "../../numbers/index.js";
import { Q } from "../../numbers/index.js";
import { defineBuiltins, type Builtin, type CallInfo } from "../registry.js";
import { isNum, describeKind, type Value } from "../value.js";

const AREA = "Algebra";

/** A value as an expression (numbers become number leaves). */
function exprArg(v: Value, span: Span, what: string): A.Expr {
  if (v.kind === "expression") return v.expr;
  if (isNum(v)) return A.exprNum(v);
  throw typeError(`${what} must be an expression, got ${describeKind(v)}`, { span });
}

/** A symbol argument such as `x`. */
function symbolArg(v: Value, span: Span, what: string): string {
  if (v.kind === "expression" && v.expr.op === "sym") return v.expr.name;
  throw typeError(`${what} must be a symbol such as x, got ${v.kind === "expression" ? "an expression" : describeKind(v)}`, {
    span,
    notes: ["a name that holds a value is not a symbol; declare unknowns with var"],
  });
}

/** A list argument: a vector's elements, or one value as a list of one. */
function listArg(v: Value): readonly Value[] {
  return v.kind === "tensor" && v.shape.length === 1 ? v.data : [v];
}

function smallInt(v: Value, span: Span, what: string, max: number): number {
  if (v.kind === "rational" && v.value.den === 1n && v.value.num >= 0n && v.value.num <= BigInt(max)) return Number(v.value.num);
  throw domainError("not-integer", `${what} must be an integer from 0 to ${max}`, { span });
}

/** An expression result as a value: a bare number leaf becomes the number itself. */
function out(e: A.Expr): Value {
  return e.op === "num" ? e.value : { kind: "expression", expr: e };
}

function floatArg(v: Value, span: Span, call: CallInfo): number {
  const e = exprArg(v, span, "the start value");
  const n = A.evaluateClosed(e, call.ctx);
  if (!n || n.kind === "complex") throw typeError("the start value must be a real number", { span });
  const q = toRationalApprox(n);
  return q;
}

function toRationalApprox(n: Num): number {
  if (n.kind === "rational") return Q.toNumber(n.value);
  if (n.kind === "radical") return Q.toNumber(n.a) + Q.toNumber(n.b) * Math.sqrt(Number(n.d));
  return NaN;
}

const span = (call: CallInfo, i: number) => call.argSpans[i] ?? call.span;

const BUILTINS: Builtin[] = [
  {
    name: "simplify",
    area: AREA,
    signature: "simplify(expr)",
    doc: "Combines like terms and folds numbers exactly; returns the expanded form when it is not longer than the input. Exact.",
    examples: [["simplify(x + x + 3x)", "5*x"], ["simplify((x + 1)^2 - x^2)", "2*x + 1"]],
    arity: [1, 1],
    impl: (args, call) => out(A.simplifyExpr(exprArg(args[0]!, span(call, 0), "simplify's argument"), call.ctx)),
  },
  {
    name: "expand",
    area: AREA,
    signature: "expand(expr)",
    doc: "Multiplies out products and integer powers of sums and combines like terms. Exact.",
    examples: [["expand((x + 1)^3)", "x^3 + 3*x^2 + 3*x + 1"], ["expand((x - y)*(x + y))", "x^2 - y^2"]],
    arity: [1, 1],
    impl: (args, call) => out(A.expandExpr(exprArg(args[0]!, span(call, 0), "expand's argument"), call.ctx)),
  },
  {
    name: "factor",
    area: AREA,
    signature: "factor(expr)",
    doc:
      "Factors a polynomial in one unknown with rational coefficients into irreducible factors over the rationals " +
      "(square-free decomposition, then recombination of certified roots, each factor proven by exact division). " +
      "Other expressions are returned simplified.",
    examples: [["factor(x^4 - 1)", "(x - 1)*(x + 1)*(x^2 + 1)"], ["factor(2x^2 - 8)", "2*(x - 2)*(x + 2)"]],
    arity: [1, 1],
    impl: (args, call) => out(A.factorExpr(exprArg(args[0]!, span(call, 0), "factor's argument"), call.ctx)),
  },
  {
    name: "collect",
    area: AREA,
    signature: "collect(expr, x)",
    doc: "Groups the terms of expr by powers of x, highest first. Exact.",
    examples: [["collect(a*x + b*x + x^2, x)", "x^2 + (a + b)*x"]],
    arity: [2, 2],
    impl: (args, call) =>
      out(A.collectExpr(exprArg(args[0]!, span(call, 0), "collect's argument"), symbolArg(args[1]!, span(call, 1), "collect's second argument"), call.ctx)),
  },
  {
    name: "subs",
    area: AREA,
    signature: "subs(expr, x, value)",
    doc: "Substitutes value for x, then evaluates: exactly when the result is closed and exact, else to the requested digits; a symbolic result is simplified.",
    examples: [["subs(x^2 + 1, x, 3)", "10"], ["subs(x*y, x, 2)", "2*y"]],
    arity: [3, 3],
    impl: (args, call) => {
      const e = exprArg(args[0]!, span(call, 0), "subs's first argument");
      const x = symbolArg(args[1]!, span(call, 1), "subs's second argument");
      const v = exprArg(args[2]!, span(call, 2), "subs's value");
      const r = A.substitute(e, new Map([[x, v]]));
      const n = A.evaluateClosed(r, call.ctx);
      return n ?? out(A.simplifyExpr(r, call.ctx));
    },
  },
  {
    name: "diff",
    area: AREA,
    signature: "diff(expr, x[, n])",
    doc: "The n-th derivative (default 1) with respect to x, symbolic and simplified, for every library function with a known derivative. Exact.",
    examples: [["diff(x^3, x)", "3*x^2"], ["diff(x^3, x, 2)", "6*x"], ["diff(sin(x), x)", "cos(x)"]],
    arity: [2, 3],
    impl: (args, call) => {
      const e = exprArg(args[0]!, span(call, 0), "diff's first argument");
      const x = symbolArg(args[1]!, span(call, 1), "diff's second argument");
      const n = args.length > 2 ? smallInt(args[2]!, span(call, 2), "the derivative order", 1000) : 1;
      return out(A.diffExpr(e, x, n, call.ctx));
    },
  },
  {
    name: "taylor",
    area: AREA,
    signature: "taylor(expr, x, a, n)",
    doc: "The Taylor polynomial of degree n of expr about x = a, as an expression in x; coefficients exact where the tower is exact.",
    examples: [["taylor(exp(x), x, 0, 3)", "x^3/6 + x^2/2 + x + 1"]],
    arity: [4, 4],
    impl: (args, call) => {
      const e = exprArg(args[0]!, span(call, 0), "taylor's first argument");
      const x = symbolArg(args[1]!, span(call, 1), "taylor's second argument");
      const a = exprArg(args[2]!, span(call, 2), "the expansion point");
      const n = smallInt(args[3]!, span(call, 3), "the degree", 200);
      return out(A.taylorExpr(e, x, a, n, call.ctx));
    },
  },
  {
    name: "solve",
    area: AREA,
    signature: "solve(eq[, x]) or solve([eq, ...][, [x, ...]])",
    doc:
      "Solves a polynomial equation in x: factors over Q first; linear and quadratic factors give exact roots, " +
      "cubics with one real root (Cardano) and biquadratic quartics exact radicals; other irreducible factors " +
      "numeric roots at the requested digits with a rigorous error_bound; " +
      "symbolic coefficients give the linear solution or the quadratic formula), or a linear system exactly " +
      "(no solution, a unique one, or a parametric family). Real roots ascending, then complex by real, then imaginary part.",
    examples: [
      ["solve(x^2 - 3x + 1 = 0, x)", "x = (3 - sqrt(5))/2, x = (3 + sqrt(5))/2"],
      ["solve(x^2 + 1 = 0, x)", "x = -i, x = i"],
      ["solve(x^3 - 6x^2 + 11x - 6 = 0, x)", "x = 1, x = 2, x = 3"],
      ["solve([2x + y = 3, x - y = 0], [x, y])", "x = 1, y = 1"],
      ["solve(2x + 3 = 7)", "x = 2"],
    ],
    arity: [1, 2],
    impl: (args, call) => {
      const eqs = listArg(args[0]!).map((v) => exprArg(v, span(call, 0), "an equation"));
      const vars = args[1] ? listArg(args[1]).map((v) => symbolArg(v, span(call, 1), "an unknown")) : defaultUnknowns(eqs, call);
      return { kind: "solutions", solutions: A.solveEquations(eqs, vars, call.ctx) };
    },
  },
  {
    name: "nsolve",
    area: AREA,
    signature: "nsolve(eq, x[, start | [a, b]])",
    doc:
      "A numeric root near start (default 0) or inside the bracket [a, b], to the requested digits, with an error_bound " +
      "proven by a sign change; systems nsolve([eqs], [vars], [starts]) by Newton's method (error_bound an estimate).",
    examples: [["nsolve(x^2 = 2, x, [0, 2])", "x ≈ 1.414213562373095048801688724209698"]],
    arity: [2, 3],
    impl: (args, call) => {
      const eqs = listArg(args[0]!).map((v) => exprArg(v, span(call, 0), "an equation"));
      const vars = listArg(args[1]!).map((v) => symbolArg(v, span(call, 1), "an unknown"));
      let start: number | number[] | undefined;
      if (args.length > 2) {
        const s = args[2]!;
        start = s.kind === "tensor" ? s.data.map((v) => floatArg(v, span(call, 2), call)) : floatArg(s, span(call, 2), call);
      }
      return { kind: "solutions", solutions: A.nsolveEquations(eqs, vars, start, call.ctx) };
    },
  },
  {
    name: "degree",
    area: AREA,
    signature: "degree(expr, x)",
    doc: "Degree of expr as a polynomial in x (-1 for 0); DomainError when expr is not a polynomial in x.",
    examples: [["degree(x^3 + x, x)", "3"]],
    arity: [2, 2],
    impl: (args, call) => {
      const d = A.polyDegree(exprArg(args[0]!, span(call, 0), "degree's argument"), symbolArg(args[1]!, span(call, 1), "degree's second argument"), call.ctx);
      return { kind: "rational", value: Q.fromInt(d) };
    },
  },
  {
    name: "coeffs",
    area: AREA,
    signature: "coeffs(expr, x)",
    doc: "The coefficients of expr as a polynomial in x, highest power first, as a vector. Exact.",
    examples: [["coeffs(x^2 - 3x + 1, x)", "[1, -3, 1]"]],
    arity: [2, 2],
    impl: (args, call) => {
      const cs = A.polyCoeffs(exprArg(args[0]!, span(call, 0), "coeffs's argument"), symbolArg(args[1]!, span(call, 1), "coeffs's second argument"), call.ctx);
      return { kind: "tensor", shape: [cs.length], data: cs.map(out) };
    },
  },
];

/**
 * The unknowns of solve(eqs) without a variable list: every symbol when there are as many as equations, else the
 * first of x, y, z, t, u, v, w that occur (other letters stay symbolic parameters: a x^2 + b x + c = 0 solves for x).
 */
function defaultUnknowns(eqs: readonly A.Expr[], call: CallInfo): string[] {
  const symbols = [...new Set(eqs.flatMap((e) => A.freeSymbols(e)))].sort();
  if (symbols.length <= eqs.length && symbols.length > 0) return symbols;
  const preferred = ["x", "y", "z", "t", "u", "v", "w"].filter((s) => symbols.includes(s)).slice(0, eqs.length);
  if (preferred.length === 0) {
    throw typeError(symbols.length === 0 ? "solve: the equation has no unknown" : `solve: name the unknown, e.g. solve(eq, ${symbols[0]})`, {
      span: call.argSpans[0],
    });
  }
  return preferred;
}

defineBuiltins(BUILTINS);
