// Differential test of the integer kernels and exact rational arithmetic against SymPy
// (scripts/oracles/numbers_integers.py -> test/data/numbers/integers.jsonl): every case must match exactly.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import * as N from "../../src/numbers/index.js";
import { num, ctxOf } from "./helpers.js";

type Case =
  | { op: "isprime"; n: string; expected: boolean }
  | { op: "factorint"; n: string; expected: [string, number][] }
  | { op: "expr"; expr: string; expected: string };

const cases: Case[] = readFileSync(new URL("../data/numbers/integers.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

describe("SymPy integer and rational oracle", () => {
  it(`matches all ${cases.length} cases exactly`, () => {
    const ctx = ctxOf({ timeMs: 600_000 });
    const failures: string[] = [];
    for (const c of cases) {
      if (c.op === "isprime") {
        const got = N.isPrime(N.integer(BigInt(c.n)), ctx);
        if (got !== c.expected) failures.push(`isprime(${c.n}) = ${got}`);
      } else if (c.op === "factorint") {
        const got = N.factorInt(BigInt(c.n)).map(([p, e]) => [p.toString(), e]);
        if (JSON.stringify(got) !== JSON.stringify(c.expected)) failures.push(`factorint(${c.n}) = ${JSON.stringify(got)}`);
      } else {
        const got = N.exactText(num(c.expr, ctx));
        if (got !== c.expected) failures.push(`${c.expr} = ${got}, expected ${c.expected}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
