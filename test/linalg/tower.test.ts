// Exact linear algebra over the tower's other exact kinds against SymPy (test/data/linalg/tower.json from
// scripts/oracles/linalg_tower.py): Gaussian rationals a + b i and Q(sqrt 2) entries; det, inv, rank and rref
// must agree exactly (the difference with SymPy's value evaluates to exactly 0).
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createSession, type Result } from "../../src/index.js";

interface Case { kind: string; a: string[][]; rank: number; rref: string[][]; det?: string; inv?: string[][] | null }
const data = JSON.parse(readFileSync(new URL("../data/linalg/tower.json", import.meta.url), "utf8")) as { cases: Case[] };
const lit = (rows: string[][]) => `[${rows.map((r) => `[${r.join(", ")}]`).join(", ")}]`;
const zeros = (r: number, c: number) => lit(Array.from({ length: r }, () => Array.from({ length: c }, () => "0")));
const show = (r: Result) => (r.ok ? r.text : `error: ${r.error.kind} ${r.error.message}`);

describe("exact linalg over Q(i) and Q(sqrt 2) against SymPy", () => {
  it(`${data.cases.length} matrices: det, inv, rank, rref`, async () => {
    const failures: string[] = [];
    for (const [k, c] of data.cases.entries()) {
      const s = createSession();
      const r = c.a.length, n = c.a[0]!.length;
      const check = async (input: string, want: string) => {
        const got = await s.evaluate(input);
        if (show(got) !== want) failures.push(`case ${k} (${c.kind}): ${input} => ${show(got)} (want ${want})`);
      };
      await s.evaluate(`A = ${lit(c.a)}`);
      await check("rank(A)", String(c.rank));
      await check(`rref(A) - ${lit(c.rref)}`, zeros(r, n));
      if (c.det !== undefined) await check(`det(A) - (${c.det})`, "0");
      if (c.inv) await check(`inv(A) - ${lit(c.inv)}`, zeros(r, n));
      else if (c.det !== undefined) await check("inv(A)", "error: DomainError the " + `${r}x${r} matrix is singular (its determinant is 0)`);
    }
    expect(failures).toEqual([]);
  }, 60_000);
});
