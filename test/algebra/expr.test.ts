// Expressions: inert constructors, printing (text and LaTeX), free symbols, substitution, closed evaluation,
// and the canonical forms (expand, simplify, collect, factor, degree, coeffs).
import { beforeAll, describe, expect, it } from "vitest";
import * as N from "../../src/numbers/index.js";
import * as A from "../../src/algebra/index.js";
import { E, ctxOf, q, x, y } from "./helpers.js";

beforeAll(async () => {
  await N.ready();
});

const ctx = ctxOf();
const t = (e: A.Expr) => A.exprToText(e, { ctx });

describe("constructors are inert", () => {
  it("x + x stays x + x; sums and products flatten", () => {
    expect(t(A.exprBinary("+", x, x))).toBe("x + x");
    const s = A.exprBinary("+", A.exprBinary("+", x, y), q(1));
    expect(s.op === "add" && s.args.length).toBe(3);
  });
  it("structural hash and equality", () => {
    expect(A.exprEquals(E("x^2 + 1"), E("x^2 + 1"))).toBe(true);
    expect(E("x^2 + 1").hash).toBe(E("x^2 + 1").hash);
    expect(A.exprEquals(E("x^2 + 1"), E("x^2 + 2"))).toBe(false);
  });
});

describe("text and LaTeX", () => {
  const cases: [string, string, string][] = [
    ["x^2 - 3*x + 1", "x^2 - 3*x + 1", "x^{2} - 3 x + 1"],
    ["x/(y + 1)", "x/(y + 1)", "\\frac{x}{y + 1}"],
    ["-(x + y)", "-(x + y)", "-\\left(x + y\\right)"],
    ["x - (y - 2)", "x - (y - 2)", "x - \\left(y - 2\\right)"],
    ["(x^y)^2", "(x^y)^2", "\\left(x^{y}\\right)^{2}"],
    ["x^y^2", "x^y^2", "x^{y^{2}}"],
    ["sin(2*x)", "sin(2*x)", "\\sin\\left(2 x\\right)"],
    ["(-2)^x", "(-2)^x", "\\left(-2\\right)^{x}"],
    ["3*x/2", "3*x/2", "\\frac{3 x}{2}"],
  ];
  for (const [input, text, latex] of cases) {
    it(input, () => {
      expect(t(E(input))).toBe(text);
      expect(A.exprToLatex(E(input), { ctx })).toBe(latex);
    });
  }
  it("equations", () => expect(t(E("x^2 = 2"))).toBe("x^2 = 2"));
});

describe("symbols, substitution, closed evaluation", () => {
  it("freeSymbols sorted", () => expect(A.freeSymbols(E("z*sin(y) + x"))).toEqual(["x", "y", "z"]));
  it("substitute is simultaneous and inert", () => {
    const r = A.substitute(E("x + y"), new Map([["x", y], ["y", x]]));
    expect(t(r)).toBe("y + x");
  });
  it("evaluateClosed is exact", () => {
    const v = A.evaluateClosed(A.substitute(E("x^2 + 1/3"), new Map([["x", q(1, 2)]])), ctx)!;
    expect(N.exactText(v)).toBe("7/12");
    expect(A.evaluateClosed(E("x + 1"), ctx)).toBeUndefined();
  });
  it("evaluateClosed through the tower: sqrt(8) = 2*sqrt(2)", () => {
    expect(N.exactText(A.evaluateClosed(E("sqrt(8)"), ctx)!)).toBe("2*sqrt(2)");
  });
});

describe("canonical forms", () => {
  const cases: [string, (e: A.Expr) => A.Expr, string][] = [
    ["(x + 1)^3", (e) => A.expandExpr(e, ctx), "x^3 + 3*x^2 + 3*x + 1"],
    ["(x - y)*(x + y)", (e) => A.expandExpr(e, ctx), "x^2 - y^2"],
    ["x + x + 3*x", (e) => A.simplifyExpr(e, ctx), "5*x"],
    ["(x + 1)^2 - x^2", (e) => A.simplifyExpr(e, ctx), "2*x + 1"],
    ["(x + 1)^10", (e) => A.simplifyExpr(e, ctx), "(x + 1)^10"],
    ["x/x", (e) => A.simplifyExpr(e, ctx), "1"],
    ["x^2*x^-3", (e) => A.simplifyExpr(e, ctx), "1/x"],
    ["(x^2 - 1)/(x - 1)", (e) => A.simplifyExpr(e, ctx), "x + 1"],
    ["1/(x + 1) + 1/(x - 1)", (e) => A.simplifyExpr(e, ctx), "2*x/(x^2 - 1)"],
    ["(x + 1)^2/(x + 1)", (e) => A.simplifyExpr(e, ctx), "x + 1"],
    ["sin(x)^2 + cos(x)^2", (e) => A.simplifyExpr(e, ctx), "1"],
    ["2*sin(y)^2 + 2*cos(y)^2 + x", (e) => A.simplifyExpr(e, ctx), "x + 2"],
    ["cosh(x)^2 - sinh(x)^2", (e) => A.simplifyExpr(e, ctx), "1"],
    ["a*x + b*x + x^2", (e) => A.collectExpr(e, "x", ctx), "x^2 + (a + b)*x"],
    ["x^4 - 1", (e) => A.factorExpr(e, ctx), "(x - 1)*(x + 1)*(x^2 + 1)"],
    ["2*x^2 - 8", (e) => A.factorExpr(e, ctx), "2*(x - 2)*(x + 2)"],
    ["x^6 - 1", (e) => A.factorExpr(e, ctx), "(x - 1)*(x + 1)*(x^2 - x + 1)*(x^2 + x + 1)"],
    ["x^3 - 3*x^2 + 3*x - 1", (e) => A.factorExpr(e, ctx), "(x - 1)^3"],
    ["x^4 + 4", (e) => A.factorExpr(e, ctx), "(x^2 - 2*x + 2)*(x^2 + 2*x + 2)"],
    ["1 - x^2", (e) => A.factorExpr(e, ctx), "-(x - 1)*(x + 1)"],
    ["x^2/4 - 1", (e) => A.factorExpr(e, ctx), "(x - 2)*(x + 2)/4"],
    ["x^30 + x + 1", (e) => A.factorExpr(e, ctx), "x^30 + x + 1"],
    [
      "x^50 - 1",
      (e) => A.factorExpr(e, ctx),
      "(x - 1)*(x + 1)*(x^4 - x^3 + x^2 - x + 1)*(x^4 + x^3 + x^2 + x + 1)*(x^20 - x^15 + x^10 - x^5 + 1)*(x^20 + x^15 + x^10 + x^5 + 1)",
    ],
  ];
  for (const [input, f, want] of cases) it(`${input} -> ${want}`, () => expect(t(f(E(input)))).toBe(want));

  it("degree and coeffs", () => {
    expect(A.polyDegree(E("x^3 + y*x"), "x", ctx)).toBe(3);
    expect(A.polyCoeffs(E("x^2 - 3*x + 1"), "x", ctx).map(t)).toEqual(["1", "-3", "1"]);
    expect(() => A.polyDegree(E("sin(x)"), "x", ctx)).toThrow(/not a polynomial/);
  });

  it("expand predicts its size: (x + y + z)^1000 is a LimitError", () => {
    expect(() => A.expandExpr(E("(x + y + z)^1000"), ctx)).toThrow(expect.objectContaining({ kind: "LimitError" }));
  });
});
