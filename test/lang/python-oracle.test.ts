// Differential test: Python's parser (an implementation we did not write) reads 600 random expressions built
// from the operators ulp shares with Python; ulp must read each the same way. Data and generator:
// test/data/lang/python-readings.jsonl, scripts/oracles/lang_python_readings.py.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, printNode } from "../../src/lang/index.js";

const rows = readFileSync(new URL("../data/lang/python-readings.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as { input: string; reading: string });

describe("readings agree with Python's parser", () => {
  it("has the oracle data", () => expect(rows.length).toBeGreaterThanOrEqual(500));
  it("reads every oracle expression as Python does", () => {
    const mismatches: string[] = [];
    for (const { input, reading } of rows) {
      const p = parse(input.replace(/\*\*/g, "^").replace(/%/g, " mod "));
      const got = p.statements.length === 1 ? printNode(p.statements[0]!) : "(several statements)";
      if (got !== reading) mismatches.push(`${input}\n  python: ${reading}\n  ulp:    ${got}`);
    }
    expect(mismatches).toEqual([]);
  });
  it("reads `%` between operands as Python's modulo", () => {
    for (const { input, reading } of rows.filter((r) => r.input.includes("%")).slice(0, 50)) {
      expect(printNode(parse(input).statements[0]!)).toBe(reading);
    }
  });
});
