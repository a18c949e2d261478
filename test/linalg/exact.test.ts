// Exact linear algebra over Q against SymPy (test/data/linalg/exact.json from scripts/oracles/linalg_exact.py):
// det, inv, rank, rref, nullspace and charpoly must be equal exactly, case by case.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { Q, type Rational } from "../../src/numbers/index.js";
import * as L from "../../src/linalg/index.js";

interface Case {
  a: string[][];
  rank: number;
  rref: string[][];
  pivots: number[];
  nullspace: string[][];
  det?: string;
  inv?: string[][] | null;
  charpoly?: string[];
}
const data = JSON.parse(readFileSync(new URL("../data/linalg/exact.json", import.meta.url), "utf8")) as { cases: Case[] };
const mat = (rows: string[][]) => L.fromRows(rows.map((r) => r.map(Q.parse)));
const text = (t: L.Tensor<Rational>) => L.toRows(t).map((r) => r.map(Q.toString));
const F = L.QField;

describe("exact linalg against SymPy", () => {
  it("has at least 300 cases", () => expect(data.cases.length).toBeGreaterThanOrEqual(300));

  it("det (Bareiss), inv, charpoly of square matrices", () => {
    let checked = 0;
    for (const c of data.cases) {
      if (c.det === undefined) continue;
      const A = mat(c.a);
      expect(Q.toString(L.det(F, A))).toBe(c.det);
      if (c.inv) expect(text(L.inv(F, A))).toEqual(c.inv);
      else expect(() => L.inv(F, A)).toThrowError(/singular/);
      expect(L.charpoly(F, A).map(Q.toString)).toEqual(c.charpoly);
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it("rank, rref, pivots, nullspace of every matrix", () => {
    for (const c of data.cases) {
      const A = mat(c.a);
      const r = L.rref(F, A);
      expect(text(r.rref)).toEqual(c.rref);
      expect(r.pivots).toEqual(c.pivots);
      expect(L.rank(F, A)).toBe(c.rank);
      expect(L.nullspace(F, A).map((v) => v.data.map(Q.toString))).toEqual(c.nullspace);
    }
  });

  it("generic Bareiss (no bigint path) agrees with the bigint path", () => {
    // A copy of QField under another identity takes the generic fraction-free route.
    const G: L.Field<Rational> = { ...F, name: "rational (generic)" };
    for (const c of data.cases.slice(0, 80)) {
      if (c.det === undefined) continue;
      expect(Q.toString(L.det(G, mat(c.a)))).toBe(c.det);
    }
  });
});
