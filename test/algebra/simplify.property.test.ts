// simplify, expand and factor checked numerically (SymPy's verify_numerically idea): on random expression trees,
// the rewritten expression equals the original at random points, and nothing but a UlpError ever escapes.
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import * as N from "../../src/numbers/index.js";
import * as A from "../../src/algebra/index.js";
import { UlpError } from "../../src/core/index.js";
import { E, ctxOf } from "./helpers.js";

beforeAll(async () => {
  await N.ready();
});

const leaf = fc.constantFrom("x", "y", "2", "3", "1/2", "-1", "x^2", "(x + 1)", "(y - 2)");
const expr: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.tuple(tie("node"), fc.constantFrom(" + ", " - ", "*", "/"), tie("node")).map(([a, op, b]) => `(${a}${op}${b})`),
    fc.tuple(tie("node"), fc.constantFrom(2, 3)).map(([a, k]) => `(${a})^${k}`),
    fc.tuple(fc.constantFrom("sin", "cos", "exp"), tie("node")).map(([f, a]) => `${f}(${a})`),
  ),
})).node as fc.Arbitrary<string>;

const POINTS: [number, number][] = [[0.37, 1.91], [-1.13, 0.42], [2.71, -0.83]];

function close(a: number, b: number): boolean {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return true; // poles: nothing to compare
  return Math.abs(a - b) <= 1e-8 * Math.max(1, Math.abs(a), Math.abs(b));
}

describe("rewrites preserve values", () => {
  for (const [name, f] of [
    ["simplify", (e: A.Expr) => A.simplifyExpr(e, ctxOf())],
    ["expand", (e: A.Expr) => A.expandExpr(e, ctxOf())],
    ["factor", (e: A.Expr) => A.factorExpr(e, ctxOf())],
  ] as const) {
    it(`${name} (property)`, () => {
      fc.assert(
        fc.property(expr, (text) => {
          const e = E(text);
          let r: A.Expr;
          try {
            r = f(e);
          } catch (err) {
            if (err instanceof UlpError) return true;
            throw err;
          }
          const ce = A.compileExpr(e, ["x", "y"]).fn;
          const cr = A.compileExpr(r, ["x", "y"]).fn;
          return POINTS.every(([x, y]) => close(ce(x, y), cr(x, y)));
        }),
        { seed: 2026, numRuns: 150 },
      );
    });
  }
  it("diff of a random expression never escapes as a non-UlpError", () => {
    fc.assert(
      fc.property(expr, (text) => {
        try {
          A.diffExpr(E(text), "x", 2, ctxOf());
        } catch (err) {
          if (!(err instanceof UlpError)) throw err;
        }
        return true;
      }),
      { seed: 11, numRuns: 100 },
    );
    expect(true).toBe(true);
  });
});
