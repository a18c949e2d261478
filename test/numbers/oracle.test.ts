// Differential test against SymPy/mpmath (scripts/oracles/numbers_exact.py -> test/data/numbers/exact.jsonl):
// rational results must match exactly, every result's decimal (30 digits, ties to even) must match, poles must
// be DomainErrors. Complex principal branches are checked part by part.
import { describe, it, expect, beforeAll } from "vitest";
import { readFileSync } from "node:fs";
import * as N from "../../src/numbers/index.js";
import { num, ctxOf } from "./helpers.js";

interface Case {
  expr: string;
  kind: "rational" | "real" | "complex" | "pole";
  exact?: string;
  re?: string;
  im?: string;
}

const cases: Case[] = readFileSync(new URL("../data/numbers/exact.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

beforeAll(async () => {
  await N.ready();
});

/** Decimal text (ours or the oracle's) normalized to significand digits and exponent: "d.ddde+x". */
function norm(text: string): string {
  if (text === "0") return "0";
  const sign = text.startsWith("-") ? "-" : "";
  const [mant, e] = text.replace(/^-/, "").split("e");
  const [ip, fp = ""] = mant!.split(".");
  const all = ip! + fp;
  const lz = all.length - all.replace(/^0+/, "").length;
  const digits = all.slice(lz).replace(/0+$/, "") || "0";
  const exp = ip!.length - 1 - lz + Number(e ?? 0);
  return `${sign}${digits[0]}${digits.length > 1 ? "." + digits.slice(1) : ""}e${exp >= 0 ? "+" : ""}${exp}`;
}

describe("SymPy/mpmath oracle", () => {
  const ctx = ctxOf({ timeMs: 600_000 });
  const failures: string[] = [];
  it(`matches all ${cases.length} cases`, () => {
    for (const c of cases) {
      let v: N.Num;
      try {
        v = num(c.expr, ctx);
      } catch (e) {
        const u = e as { kind?: string; code?: string; message?: string };
        if (c.kind === "pole" && u.kind === "DomainError") continue;
        failures.push(`${c.expr}: threw ${u.kind}/${u.code} ${u.message}`);
        continue;
      }
      if (c.kind === "pole") {
        failures.push(`${c.expr}: expected a pole, got ${N.exactText(v) ?? v.kind}`);
        continue;
      }
      if (c.kind === "rational" && N.exactText(v) !== c.exact) {
        failures.push(`${c.expr}: exact ${N.exactText(v)} != ${c.exact}`);
        continue;
      }
      const [re, im] = v.kind === "complex" ? [v.re, v.im] : [v, N.rational(N.Q.ZERO) as N.RealLike];
      const reText = N.isExactZero(re) ? "0" : norm(N.toDecimal(re, 30, ctx).text);
      const imText = N.isExactZero(im) ? "0" : norm(N.toDecimal(im, 30, ctx).text);
      if (reText !== norm(c.re!) || imText !== norm(c.im ?? "0")) {
        failures.push(`${c.expr}: ${reText} ${imText} != ${c.re} ${c.im ?? "0"}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
