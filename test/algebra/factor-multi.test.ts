// factor with several unknowns: monomial content and homogeneous two-unknown polynomials; every result expands
// back to the input (checked by expand(factor(e) - e) = 0).
import { describe, it, expect } from "vitest";
import { evaluate } from "../../src/index.js";

const cases: [string, string][] = [
  ["x^2 - y^2", "(x - y)*(x + y)"],
  ["a*x + a*y", "a*(x + y)"],
  ["x^3 + y^3", "(x + y)*(x^2 - x*y + y^2)"],
  ["x^4 - y^4", "(x - y)*(x + y)*(x^2 + y^2)"],
  ["6*x^2*y - 3*x*y^2", "3*x*y*(2*x - y)"],
  ["-a*x - a*y", "-a*(x + y)"],
  ["x^2 + y^2", "x^2 + y^2"],
];

describe("factor in several unknowns", () => {
  for (const [input, want] of cases) {
    it(`${input} = ${want}`, async () => {
      expect(await evaluate(`factor(${input})`)).toMatchObject({ ok: true, text: want });
      expect(await evaluate(`expand(factor(${input}) - (${input}))`)).toMatchObject({ ok: true, text: "0" });
    });
  }
});
