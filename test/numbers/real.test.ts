// Lazy reals against the mpmath oracle (every line of shared/oracles/reals.jsonl must match exactly) and
// against properties: agreement across precisions, enclosures of exact values, decimal formatting.
import { beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { Budget, resolveLimits, type Limits } from "../../src/core/index.js";
import { ready, realToDecimal } from "../../src/numbers/real.js";
import { parseReal } from "./real-expr.js";

const ORACLE = new URL("../data/oracles/reals.jsonl", import.meta.url);
export const ctxOf = (digits = 34, limits: Partial<Limits> = {}) => ({
  budget: new Budget(resolveLimits({ timeMs: 20_000, ...limits })),
  digits,
});

/** Significand digits (no trailing zeros) and decimal exponent of a contract text or an oracle `d.ddde±x`. */
export function sciParts(text: string): { neg: boolean; sig: string; exp: number } {
  let t = text;
  const neg = t.startsWith("-");
  if (neg) t = t.slice(1);
  let [mant, e = "0"] = t.split("e");
  const [ip, fp = ""] = mant!.split(".");
  const all = ip! + fp;
  const lead = all.length - all.replace(/^0+/, "").length;
  const sig = all.slice(lead).replace(/0+$/, "") || "0";
  return { neg, sig, exp: Number(e) + ip!.length - 1 - lead };
}

beforeAll(async () => {
  await ready();
});

describe("reals oracle (mpmath)", () => {
  const lines = readFileSync(ORACLE, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { expr: string; digits: number; expected: string });
  it(`has ${lines.length} cases`, () => expect(lines.length).toBeGreaterThanOrEqual(300));
  it("matches every line exactly (digits and exponent), certain", () => {
    const failures: string[] = [];
    for (const { expr, digits, expected } of lines) {
      const r = realToDecimal(parseReal(expr), digits, ctxOf(digits));
      const a = sciParts(r.text);
      const b = sciParts(expected);
      if (!r.certain || a.neg !== b.neg || a.sig !== b.sig || a.exp !== b.exp) {
        failures.push(`${expr} @${digits}: got ${r.text.slice(0, 60)} (certain ${r.certain}), want ${expected.slice(0, 60)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe("reals with inexact arguments (mpmath oracle, test/data/numbers/real-compositions.jsonl)", () => {
  // f(g) with g irrational exercises the derivative-bound, endpoint and reflection paths, not the single-call one.
  const lines = readFileSync(new URL("../data/numbers/real-compositions.jsonl", import.meta.url), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { expr: string; digits: number; expected: string });
  it(`matches all ${lines.length} compositions exactly, certain`, () => {
    const failures: string[] = [];
    for (const { expr, digits, expected } of lines) {
      let got: string;
      try {
        const r = realToDecimal(parseReal(expr), digits, ctxOf(digits));
        const a = sciParts(r.text);
        const b = sciParts(expected);
        if (r.certain && a.neg === b.neg && a.sig === b.sig && a.exp === b.exp) continue;
        got = `${r.text} (certain ${r.certain})`;
      } catch (e) {
        got = `error ${(e as Error).message}`;
      }
      failures.push(`${expr} @${digits}: got ${got.slice(0, 70)}, want ${expected.slice(0, 60)}`);
    }
    expect(failures).toEqual([]);
  });
});
