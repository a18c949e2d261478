// solve and nsolve: exact roots (rational, radical, complex, multiplicities, symbolic coefficients), linear
// systems (unique, none, parametric, all), certified numeric roots (Wilkinson, residual property), nsolve.
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import * as N from "../../src/numbers/index.js";
import { Q, type Num, type Rational } from "../../src/numbers/index.js";
import * as A from "../../src/algebra/index.js";
import { E, ctxOf, polyExpr } from "./helpers.js";

beforeAll(async () => {
  await N.ready();
});
const ctx = ctxOf(34);

function texts(s: A.Solutions): string[] {
  return s.elements.map((el) => {
    const v = el.values.map((u) => ("op" in u ? A.exprToText(u, { ctx }) : (N.exactText(u) ?? "~"))).join(", ");
    return el.multiplicity ? `${v} (m${el.multiplicity})` : v;
  });
}
const solve1 = (eq: string, v = "x") => A.solveEquations([E(eq)], [v], ctx);

describe("exact univariate", () => {
  const cases: [string, string[]][] = [
    ["x^2 - 3*x + 1 = 0", ["(3 - sqrt(5))/2", "(3 + sqrt(5))/2"]],
    ["x^2 + 1 = 0", ["-i", "i"]],
    ["x^3 - 6*x^2 + 11*x - 6 = 0", ["1", "2", "3"]],
    ["x^2 - 2*x + 1 = 0", ["1 (m2)"]],
    ["2*x + 1 = 0", ["-1/2"]],
    ["x^2 = 8", ["-2*sqrt(2)", "2*sqrt(2)"]],
    ["x^4 = 1", ["-1", "1", "-i", "i"]],
    ["x^2 + 2*x + 5 = 0", ["-1 - 2i", "-1 + 2i"]],
    ["(x - 1)^2*(x + 2)^3 = 0", ["-2 (m3)", "1 (m2)"]],
    ["x^3 = 2", ["cbrt(2)", "-cbrt(2)/2 - (sqrt(3)*cbrt(2)/2)*i", "-cbrt(2)/2 + (sqrt(3)*cbrt(2)/2)*i"]],
    ["x^4 - 10*x^2 + 1 = 0", ["-sqrt(2) - sqrt(3)", "sqrt(2) - sqrt(3)", "-sqrt(2) + sqrt(3)", "sqrt(2) + sqrt(3)"]],
    ["x^4 - 4*x^3 - 2*x^2 + 12*x + 3 = 0", ["1 - sqrt(4 + sqrt(6))", "1 - sqrt(4 - sqrt(6))", "1 + sqrt(4 - sqrt(6))", "1 + sqrt(4 + sqrt(6))"]],
    ["x^4 + 1 = 0", ["-sqrt(2)/2 - (sqrt(2)/2)*i", "-sqrt(2)/2 + (sqrt(2)/2)*i", "sqrt(2)/2 - (sqrt(2)/2)*i", "sqrt(2)/2 + (sqrt(2)/2)*i"]],
  ];
  for (const [eq, want] of cases) it(eq, () => expect(texts(solve1(eq))).toEqual(want));

  it("rational functions: roots of the numerator that are not poles", () => {
    expect(texts(solve1("x + 1/x = 5/2"))).toEqual(["1/2", "2"]);
    expect(texts(solve1("(x^2 - 1)/(x - 1) = 0"))).toEqual(["-1"]);
    expect(solve1("x/(x - 2) = 2/(x - 2)").elements).toEqual([]);
    expect(solve1("1/x = 0").elements).toEqual([]);
  });
  it("0 = 0 is every x; 1 = 0 has no solution", () => {
    expect(solve1("x - x = 0").all).toBe(true);
    expect(solve1("x - x = 1").elements).toEqual([]);
  });
  it("symbolic coefficients give the quadratic formula", () => {
    expect(texts(solve1("a*x^2 + b*x + c = 0"))).toEqual(["(-b - sqrt(-4*a*c + b^2))/(2*a)", "(-b + sqrt(-4*a*c + b^2))/(2*a)"]);
    expect(texts(solve1("a*x + b = 0"))).toEqual(["-b/a"]);
  });
  it("not polynomial: DomainError pointing to nsolve", () => {
    expect(() => solve1("sin(x) = 1/2")).toThrow(expect.objectContaining({ kind: "DomainError" }));
  });
});

describe("linear systems", () => {
  const sys = (eqs: string[], vars: string[]) => A.solveEquations(eqs.map(E), vars, ctx);
  it("unique", () => expect(texts(sys(["2*x + y = 3", "x - y = 0"], ["x", "y"]))).toEqual(["1, 1"]));
  it("no solution", () => expect(sys(["x + y = 1", "x + y = 2"], ["x", "y"]).elements).toEqual([]));
  it("parametric", () => {
    const s = sys(["x + y = 1", "2*x + 2*y = 2"], ["x", "y"]);
    expect(s.parametric!.free).toEqual(["y"]);
    expect(s.parametric!.elements[0]!.values.map((v) => A.exprToText(v as A.Expr))).toEqual(["-y + 1", "y"]);
  });
  it("3x3 with fractions", () => {
    expect(texts(sys(["x + y + z = 6", "2*y + 5*z = -4", "2*x + 5*y - z = 27"], ["x", "y", "z"]))).toEqual(["5, 3, -2"]);
  });
  it("symbolic coefficients: Cramer's rule", () => {
    expect(texts(sys(["a*x + y = 1", "x - y = 0"], ["x", "y"]))).toEqual(["1/(a + 1), 1/(a + 1)"]);
    expect(texts(sys(["x + y = a", "x - y = b"], ["x", "y"]))).toEqual(["a/2 + b/2, a/2 - b/2"]);
  });
  it("a nonlinear system of three unknowns is a DomainError (two unknowns go through resultants)", () => {
    expect(() => sys(["x*y*z = 1", "x + y = 2", "y + z = 1"], ["x", "y", "z"])).toThrow(expect.objectContaining({ kind: "DomainError" }));
    expect(sys(["x*y = 1", "x + y = 2"], ["x", "y"]).elements.length).toBe(1);
  });
});

/** |p(mid)| bounded by the Taylor remainder of a root within r: sum_{k>=1} |p|^(k)(|mid| + r) r^k / k!. */
function residualWithinBound(coeffs: Rational[], re: Rational, im: Rational, r: Rational): boolean {
  const abs = coeffs.map(Q.absQ);
  // p(mid) exactly (complex Horner)
  let pr = Q.ZERO, pi = Q.ZERO;
  for (let k = coeffs.length - 1; k >= 0; k--) {
    [pr, pi] = [Q.add(Q.sub(Q.mul(pr, re), Q.mul(pi, im)), coeffs[k]!), Q.add(Q.mul(pr, im), Q.mul(pi, re))];
  }
  const m = Q.add(Q.make(BigInt(Math.ceil(Math.hypot(Q.toNumber(re), Q.toNumber(im)) + 1)), 1n), r);
  // bound = P(m + r) - P(m) with P the polynomial of |coefficients| (covers the whole Taylor tail)
  const P = (z: Rational) => abs.reduceRight((acc, c) => Q.add(Q.mul(acc, z), c), Q.ZERO);
  const bound = Q.sub(P(Q.add(m, r)), P(m));
  const res2 = Q.add(Q.mul(pr, pr), Q.mul(pi, pi));
  return Q.cmp(res2, Q.mul(bound, bound)) <= 0;
}

describe("numeric roots", () => {
  it("Wilkinson's polynomial: 1..20 exactly; perturbed: certified at 34 digits", () => {
    let w: Rational[] = [Q.ONE];
    for (let k = 1; k <= 20; k++) {
      const n: Rational[] = new Array(w.length + 1).fill(Q.ZERO);
      w.forEach((c, i) => {
        n[i + 1] = Q.add(n[i + 1]!, c);
        n[i] = Q.sub(n[i]!, Q.mul(c, Q.fromInt(k)));
      });
      w = n;
    }
    expect(texts(A.solveEquations([polyExpr(w)], ["x"], ctx))).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    const wp = [...w];
    wp[19] = Q.sub(wp[19]!, Q.make(1n, 1n << 23n));
    const s = A.solveEquations([polyExpr(wp)], ["x"], ctx);
    expect(s.elements).toHaveLength(20);
    const real = s.elements.filter((e) => (e.values[0] as Num).kind !== "complex");
    expect(real).toHaveLength(10);
    for (const el of s.elements) {
      expect(el.numeric).toBe(true);
      const v = el.values[0] as Num;
      const [re, im] = v.kind === "complex" ? [(v.re as N.RationalNum).value, (v.im as N.RationalNum).value] : [(v as N.RationalNum).value, Q.ZERO];
      // error bound at most 10^-34 relative
      expect(Q.toNumber(el.errorBound!) / Math.hypot(Q.toNumber(re), Q.toNumber(im))).toBeLessThan(1e-34);
      expect(residualWithinBound(wp, re, im, el.errorBound!)).toBe(true);
    }
  });

  it("x^100 - 1: exact roots from its small factors, the rest certified numerically, 100 in all", () => {
    const s = A.solveEquations([E("x^100 - 1")], ["x"], ctxOf(20));
    expect(s.elements).toHaveLength(100);
    const exact = s.elements.filter((e) => !e.numeric).map((e) => N.exactText(e.values[0] as Num));
    expect(exact).toEqual(expect.arrayContaining(["-1", "1", "-i", "i"]));
  });

  it("residuals of numeric roots of random polynomials are within the stated bound (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -9, max: 9 }), { minLength: 4, maxLength: 9 }), (cs) => {
        if (cs[cs.length - 1] === 0) cs[cs.length - 1] = 1;
        const coeffs = cs.map((c) => Q.fromInt(c));
        const s = A.solveEquations([polyExpr(coeffs)], ["x"], ctxOf(20));
        let count = 0;
        for (const el of s.elements) {
          count += el.multiplicity ?? 1;
          if (!el.numeric) continue;
          const v = el.values[0] as Num;
          const [re, im] = v.kind === "complex" ? [(v.re as N.RationalNum).value, (v.im as N.RationalNum).value] : [(v as N.RationalNum).value, Q.ZERO];
          if (!residualWithinBound(coeffs, re, im, el.errorBound!)) return false;
        }
        return count === cs.length - 1;
      }),
      { seed: 7, numRuns: 60 },
    );
  });
});

describe("nsolve", () => {
  const dec = (s: A.Solutions) => N.toDecimal(s.elements[0]!.values[0] as N.RealLike, 34, ctx).text;
  it("cos(x) = x to 34 digits with a certified bound", () => {
    const s = A.nsolveEquations([E("cos(x) = x")], ["x"], undefined, ctx);
    expect(dec(s)).toBe("0.7390851332151606416553120876738734");
    expect(Q.toNumber(s.elements[0]!.errorBound!)).toBeLessThan(1e-34);
  });
  it("bracket", () => {
    expect(dec(A.nsolveEquations([E("x^2 = 2")], ["x"], [0, 2], ctx))).toBe("1.414213562373095048801688724209698");
  });
  it("bracket without a sign change is a DomainError", () => {
    expect(() => A.nsolveEquations([E("x^2 = -1")], ["x"], [0, 2], ctx)).toThrow(expect.objectContaining({ kind: "DomainError" }));
  });
  it("systems by Newton", () => {
    const s = A.nsolveEquations([E("x^2 + y^2 = 4"), E("x - y = 1")], ["x", "y"], [2, 1], ctx);
    const [a, b] = s.elements[0]!.values.map((v) => N.toDecimal(v as N.RealLike, 20, ctx).text);
    expect(a).toBe("1.8228756555322952953"); // (1 + sqrt(7))/2
    expect(b).toBe("0.82287565553229529525");
  });
});
