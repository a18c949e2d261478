// Every line of shared/oracles/formats.jsonl (mpmath/fractions generated): value and bits for each mode and policy.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { Q } from "../../src/numbers/index.js";
import type { RoundingMode } from "../../src/core/index.js";
import { lookupFormat, roundRational, decode, hexOf, type OverflowPolicy } from "../../src/formats/index.js";

const MODES: ReadonlyMap<string, RoundingMode> = new Map([
  ["RNE", "nearest_even"],
  ["RNA", "nearest_away"],
  ["RZ", "toward_zero"],
  ["RU", "up"],
  ["RD", "down"],
]);

interface Line {
  format: string;
  mode: string;
  overflow: OverflowPolicy;
  input: string;
  value: string;
  bits: string;
}

const lines: Line[] = readFileSync(new URL("../data/oracles/formats.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as Line);

describe("formats.jsonl oracle", () => {
  it("has the expected number of lines", () => {
    expect(lines.length).toBe(3990);
  });
  it("matches every line (value and bits)", () => {
    const failures: string[] = [];
    for (const l of lines) {
      const f = lookupFormat(l.format)!;
      const code = roundRational(f, Q.parse(l.input), MODES.get(l.mode)!, l.overflow);
      const d = decode(f, code);
      const value = d.kind === "finite" ? Q.toString(d.value) : d.kind === "inf" ? (d.sign ? "-inf" : "inf") : "nan";
      const bits = hexOf(f, code).replace(/^0x0+(?=.)/, "0x");
      const want = l.bits.replace(/^0x0+(?=.)/, "0x");
      if (value !== l.value || bits !== want) failures.push(`${JSON.stringify(l)} -> ${value} ${bits}`);
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });
});
