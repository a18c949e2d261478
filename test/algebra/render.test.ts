// The `expression` and `solutions` ValueJSON of DESIGN.md through the public evaluate(): contract order,
// multiplicity, error_bound on numeric roots, parametric families, `all`, vectors for several unknowns.
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";

async function json(text: string): Promise<Record<string, unknown>> {
  const r = await evaluate(text);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as Record<string, unknown>;
}

describe("solutions JSON", () => {
  it("exact radicals with decimals, in ascending order", async () => {
    const v = await json("solve(x^2 - 3x + 1 = 0, x)");
    expect(v).toMatchObject({
      type: "solutions",
      variables: ["x"],
      elements: [
        { type: "radical", exact: "(3 - sqrt(5))/2", decimal: "0.3819660112501051517954131656343619" },
        { type: "radical", exact: "(3 + sqrt(5))/2", decimal: "2.618033988749894848204586834365638" },
      ],
    });
  });
  it("multiplicity", async () => {
    expect((await json("solve(x^2 - 2x + 1 = 0, x)")).elements).toEqual([
      { type: "integer", exact: "1", decimal: "1", decimal_is_exact: true, multiplicity: 2 },
    ]);
  });
  it("numeric roots carry a rigorous error_bound and digits", async () => {
    const els = (await json("solve(x^3 - 3x + 1 = 0, x)")).elements as Record<string, unknown>[];
    expect(els).toHaveLength(3);
    for (const e of els) {
      expect(e.type).toBe("real");
      expect(e.digits).toBe(34);
      expect(Number(e.error_bound)).toBeLessThan(1e-34);
    }
  });
  it("complex roots by real then imaginary part", async () => {
    const els = (await json("solve(x^2 + 2x + 5 = 0, x)")).elements as { type: string; im: { exact: string } }[];
    expect(els.map((e) => [e.type, e.im.exact])).toEqual([["complex", "-2"], ["complex", "2"]]);
  });
  it("systems: vector elements, [] for none, parametric, all", async () => {
    expect((await json("solve([2x + y = 3, x - y = 0], [x, y])")).elements).toMatchObject([
      { type: "vector", shape: [2], elements: [{ exact: "1" }, { exact: "1" }] },
    ]);
    expect((await json("solve([x + y = 1, x + y = 2], [x, y])")).elements).toEqual([]);
    const p = await json("solve([x + y = 1, 2x + 2y = 2], [x, y])");
    expect(p.parametric).toMatchObject({ free: ["y"], elements: [{ type: "vector", elements: [{ type: "expression", text: "-y + 1" }, { text: "y" }] }] });
    expect((await json("solve(x - x = 0, x)")).all).toBe(true);
  });
  it("expressions carry text and latex", async () => {
    expect(await json("diff(x^2*sin(x), x)")).toEqual({
      type: "expression",
      text: "x^2*cos(x) + 2*x*sin(x)",
      latex: "x^{2} \\cos\\left(x\\right) + 2 x \\sin\\left(x\\right)",
    });
  });
});
