// diff, taylor and compile: exact derivatives of every library function, checked numerically against central
// differences at random points (property, fixed seed), Taylor polynomials, and compiled evaluation against a
// direct float64 evaluation.
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import * as N from "../../src/numbers/index.js";
import * as A from "../../src/algebra/index.js";
import { E, ctxOf } from "./helpers.js";

beforeAll(async () => {
  await N.ready();
});
const ctx = ctxOf();
const t = (e: A.Expr) => A.exprToText(e, { ctx });

describe("diff", () => {
  const cases: [string, string][] = [
    ["x^3", "3*x^2"],
    ["sin(x)", "cos(x)"],
    ["x^2*sin(x)", "x^2*cos(x) + 2*x*sin(x)"],
    ["exp(x^2)", "2*x*exp(x^2)"],
    ["ln(x)", "1/x"],
    ["sqrt(x)", "1/(2*sqrt(x))"],
    ["1/x", "-1/x^2"],
    ["atan(x)", "1/(x^2 + 1)"],
    ["x^x", "ln(x)*x^x + x^x"],
    ["sin(2*x + 1)", "2*cos(2*x + 1)"],
    ["y*x^2", "2*x*y"],
    ["y", "0"],
    ["x/(x + 1)", "1/(x + 1)^2"],
    ["1/(x^2 + 1)", "-2*x/(x^2 + 1)^2"],
    ["(x^2 + 1)^10", "20*x*(x^2 + 1)^9"],
    ["acot(x)", "-1/(x^2 + 1)"],
    ["nthroot(x, 5)", "nthroot(x, 5)/(5*x)"],
  ];
  for (const [input, want] of cases) it(`d/dx ${input} = ${want}`, () => expect(t(A.diffExpr(E(input), "x", 1, ctx))).toBe(want));
  it("higher order", () => expect(t(A.diffExpr(E("x^5"), "x", 3, ctx))).toBe("60*x^2"));
  it("unknown derivative is a DomainError", () => {
    expect(() => A.diffExpr(E("gamma(x)"), "x", 1, ctx)).toThrow(expect.objectContaining({ kind: "DomainError" }));
  });

  // Every one-argument function with a derivative rule, composed with a random inner polynomial.
  const FUNCS = ["sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "asinh", "exp", "sqrt", "ln", "cbrt", "log1p", "acos", "asin", "acot", "asec"];
  it("matches central differences at random points (property)", () => {
    const eps = 1e-6;
    fc.assert(
      fc.property(
        fc.constantFrom(...FUNCS),
        fc.constantFrom(...FUNCS),
        fc.integer({ min: 1, max: 3 }),
        fc.double({ min: 0.05, max: 0.3, noNaN: true }),
        (f, g, k, at) => {
          const e = E(`${f}(x^${k} + 1/2) * ${g}(x/3 + 1)`);
          let d: A.Expr;
          try {
            d = A.diffExpr(e, "x", 1, ctx);
          } catch {
            return false;
          }
          const fe = A.compileExpr(e, ["x"], ctx).fn;
          const fd = A.compileExpr(d, ["x"], ctx).fn;
          const fdNum = (fe(at + eps) - fe(at - eps)) / (2 * eps);
          const exact = fd(at);
          if (!Number.isFinite(exact)) return true;
          return Math.abs(exact - fdNum) <= 1e-5 * Math.max(1, Math.abs(exact));
        },
      ),
      { seed: 4242, numRuns: 150 },
    );
  });
});

describe("taylor", () => {
  it("exp about 0", () => expect(t(A.taylorExpr(E("exp(x)"), "x", E("0"), 3, ctx))).toBe("x^3/6 + x^2/2 + x + 1"));
  it("sin about 0", () => expect(t(A.taylorExpr(E("sin(x)"), "x", E("0"), 5, ctx))).toBe("x^5/120 - x^3/6 + x"));
  it("about 1: powers of (x - 1), equal to the polynomial when expanded", () => {
    const tay = A.taylorExpr(E("x^2"), "x", E("1"), 4, ctx);
    expect(t(tay)).toBe("(x - 1)^2 + 2*(x - 1) + 1");
    expect(t(A.expandExpr(tay, ctx))).toBe("x^2");
  });
  it("about 4", () => expect(t(A.taylorExpr(E("sqrt(x)"), "x", E("4"), 2, ctx))).toBe("-(x - 4)^2/64 + (x - 4)/4 + 2"));
});

describe("compile", () => {
  it("fn and map agree with a direct float64 evaluation", () => {
    const c = A.compileExpr(E("x^2 + sin(x)*y - 3/y + exp(-x) + sqrt(y)"), ["x", "y"], ctx);
    const direct = (a: number, b: number) => a * a + Math.sin(a) * b - 3 / b + Math.exp(-a) + Math.sqrt(b);
    const xs = new Float64Array(5000).map((_, i) => i / 1000 - 2);
    const ys = new Float64Array(5000).map((_, i) => 1 + i / 700);
    const out = c.map(xs, ys);
    for (let i = 0; i < xs.length; i += 97) {
      expect(c.fn(xs[i]!, ys[i]!)).toBeCloseTo(direct(xs[i]!, ys[i]!), 12);
      expect(out[i]).toBeCloseTo(direct(xs[i]!, ys[i]!), 12);
    }
  });
  it("map equals fn on random sums of fused and plain terms (property)", () => {
    const pool = ["x", "3*y", "x*y", "-2*y^2", "x^3/2", "x/y", "sin(x)", "exp(-x)", "sqrt(y)", "2", "(x + 1)^4", "y/(x^2 + 1)", "atan2(x, y)", "-cos(2*y)"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 9 }), (terms) => {
        const c = A.compileExpr(E(terms.join(" + ")), ["x", "y"], ctx);
        const xs = new Float64Array([-1.5, 0.25, 2, 3.75]);
        const ys = new Float64Array([0.5, 1, 2.5, 4]);
        const out = c.map(xs, ys);
        return [...out].every((v, i) => Math.abs(v - c.fn(xs[i]!, ys[i]!)) <= 1e-12 * Math.max(1, Math.abs(v)));
      }),
      { seed: 99, numRuns: 100 },
    );
  });
  it("constants, parameters only, unknown names", () => {
    expect(A.compileExpr(E("2 + 3"), [], ctx).fn()).toBe(5);
    expect([...A.compileExpr(E("x"), ["x"], ctx).map(new Float64Array([1, 2]))]).toEqual([1, 2]);
    expect(() => A.compileExpr(E("x + z"), ["x"], ctx)).toThrow(expect.objectContaining({ kind: "NameError" }));
    expect(() => A.compileExpr(E("x"), ["x"], ctx).map()).toThrow(expect.objectContaining({ kind: "DimensionError" }));
  });
  it("pi from the tower compiles to Math.PI", () => expect(A.compileExpr(E("pi*x"), ["x"], ctx).fn(1)).toBe(Math.PI));
});
