// End to end: every line of ../shared/oracles/reals.jsonl (mpmath at high precision, rounded to nearest-even)
// must match what `evaluate` prints at that many digits, significand digits and exponent.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { evaluate } from "../../src/index.js";

interface Line {
  expr: string;
  digits: number;
  expected: string;
}

const lines: Line[] = readFileSync(resolve(__dirname, "../data/oracles/reals.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Line);

/** Sign, significant digits (no leading or trailing zeros) and decimal exponent of the leading digit. */
export function normalize(s: string): string {
  const m = /^(-?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/.exec(s.trim());
  if (!m) return `unparsable:${s}`;
  const [, sign, int = "", frac = "", exp = "0"] = m;
  const all = int + frac;
  const lead = all.search(/[1-9]/);
  if (lead < 0) return "0";
  const digits = all.slice(lead).replace(/0+$/, "");
  const e = int.length - 1 - lead + Number(exp);
  return `${sign}${digits}e${e}`;
}

describe("reals.jsonl oracle", () => {
  it("has 300 lines", () => expect(lines.length).toBe(300));
  it("every line matches exactly", async () => {
    const mismatches: string[] = [];
    for (const { expr, digits, expected } of lines) {
      const r = await evaluate(expr, { digits, limits: { timeMs: 30_000 } });
      const got = r.ok ? ((r.value as { decimal?: string }).decimal ?? r.text) : `error ${r.error.code}: ${r.error.message}`;
      if (normalize(got) !== normalize(expected)) mismatches.push(`${expr} @${digits}: got ${got.slice(0, 60)} want ${expected.slice(0, 60)}`);
    }
    expect(mismatches).toEqual([]);
  }, 300_000);
});
