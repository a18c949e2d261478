// Differential test: the QA corpus (scripts/oracles/qa_corpus.py -> test/data/qa/corpus.jsonl, values from Python
// fractions, mpmath and SymPy) evaluated through the public `evaluate`; exact results compared exactly, decimals digit
// for digit at the requested digits. Known bugs outside the QA paths are `it.fails` with their owner named.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { evaluate } from "../../src/index.js";
import { resultMismatch, normDecimal, type Expect } from "./compare.js";

type Row = { cat: string; expr: string; digits?: number; expect: Expect };
const rows: Row[] = readFileSync(new URL("../data/qa/corpus.jsonl", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as Row);

/** Known wrong answers, keyed by expression: the owner who routes the fix. */
const KNOWN = new Map<string, string>([
  ["gamma(1 + i)", "numbers: complex gamma missing (DESIGN promises it with an error bound)"],
  [
    "subs(taylor((-3 + 2/(x + 3))/((4*atan(x) - 2)^2 + 1), x, 0, 4), x, 7/10)",
    "algebra: taylor of a rational function of atan swells (time/elements limit; SymPy is instant)",
  ],
  [
    "subs(diff(sin(x)^2/((3*cos(x) - 1 + 2/(x + 3))^2 + 1), x, 2), x, 7/10)",
    "algebra: second derivative of a nested quotient expands past the elements limit",
  ],
]);

describe("normDecimal", () => {
  it("normalises positional and exponent forms alike", () => {
    expect(normDecimal("0.00123")).toBe(normDecimal("1.23e-3"));
    expect(normDecimal("1e+40")).toBe(normDecimal("10000000000000000000000000000000000000000"));
    expect(normDecimal("-2.50")).toBe("-|25|0");
    expect(normDecimal("0")).toBe("0");
  });
});

describe("QA corpus against Python/mpmath/SymPy", () => {
  it("has a few hundred rows in every category", () => {
    expect(rows.length).toBeGreaterThan(400);
    expect(new Set(rows.map((r) => r.cat)).size).toBeGreaterThan(15);
  });
  const cats = [...new Set(rows.map((r) => r.cat))];
  for (const cat of cats) {
    const mine = rows.filter((r) => r.cat === cat && !KNOWN.has(r.expr));
    it(`${cat}: ${mine.length} cases agree`, async () => {
      const bad: string[] = [];
      for (const row of mine) {
        const r = await evaluate(row.expr, { digits: row.digits ?? 34 });
        const m = resultMismatch(r, row.expect);
        if (m) bad.push(`${row.expr} @${row.digits ?? 34}: ${m}`);
      }
      expect(bad).toEqual([]);
    });
  }
  for (const [expr, owner] of KNOWN) {
    const row = rows.find((r) => r.expr === expr);
    if (!row) continue;
    it.fails(`known bug (${owner}): ${expr}`, async () => {
      const r = await evaluate(row.expr, { digits: row.digits ?? 34 });
      expect(resultMismatch(r, row.expect)).toBeNull();
    });
  }
});
