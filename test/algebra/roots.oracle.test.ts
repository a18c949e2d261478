// solve and factor against mpmath/SymPy (test/data/algebra/roots.json from scripts/oracles/algebra_roots.py):
// 520 random, repeated-root and clustered polynomials of degree 1-12 plus Wilkinson's (and its perturbation):
// every root, exact or numeric, must match mpmath's to the requested 30 digits, in contract order, with
// multiplicities; factor must equal SymPy's factor_list.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { beforeAll } from "vitest";
import * as N from "../../src/numbers/index.js";
import { Q, type Num, type Rational, type RealLike } from "../../src/numbers/index.js";
import * as A from "../../src/algebra/index.js";
import { ctxOf, polyExpr, parseDecimal } from "./helpers.js";

interface Case {
  kind: string;
  coeffs: string[];
  roots: [string, string][];
  factor_content: string;
  factors: [string[], number][];
}
const data = JSON.parse(readFileSync(new URL("../data/algebra/roots.json", import.meta.url), "utf8")) as { cases: Case[] };

const SCALE = 1n << 240n;
/** A real-line exact value as a rational within 2^-200 relative (radicals via bigint square roots). */
function approx(x: RealLike): Rational {
  if (x.kind === "rational") return x.value;
  if (x.kind === "radical") {
    const s = isqrt(x.d * SCALE * SCALE);
    return Q.add(x.a, Q.mul(x.b, Q.make(s, SCALE)));
  }
  // symbolic (Cardano's nested radicals): the tower's correctly rounded 60-digit decimal
  return parseDecimal(N.toDecimal(x, 60, ctxOf(60)).text);
}
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let r = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (r + n / r) >> 1n;
    if (y >= r) return r;
    r = y;
  }
}
function parts(v: Num): [Rational, Rational] {
  return v.kind === "complex" ? [approx(v.re), approx(v.im)] : [approx(v), Q.ZERO];
}

const DIGITS = 30;
beforeAll(async () => {
  await N.ready();
});

function check(c: Case): string | undefined {
  const ctx = ctxOf(DIGITS);
  const coeffs = [...c.coeffs].reverse().map((s) => Q.parse(s));
  const sol = A.solveEquations([polyExpr(coeffs)], ["x"], ctx);
  const mine: [Rational, Rational][] = [];
  for (const el of sol.elements) {
    for (let k = 0; k < (el.multiplicity ?? 1); k++) mine.push(parts(el.values[0] as Num));
  }
  if (mine.length !== c.roots.length) return `${c.coeffs}: ${mine.length} roots, oracle ${c.roots.length}`;
  const tol = Q.make(1n, 10n ** BigInt(DIGITS - 1));
  for (let i = 0; i < mine.length; i++) {
    const [re, im] = mine[i]!;
    const ore = parseDecimal(c.roots[i]![0]);
    const oim = parseDecimal(c.roots[i]![1]);
    const dr = Q.sub(re, ore);
    const di = Q.sub(im, oim);
    const dist2 = Q.add(Q.mul(dr, dr), Q.mul(di, di));
    const mag2 = Q.add(Q.mul(ore, ore), Q.mul(oim, oim));
    const scale = Q.cmp(mag2, Q.ONE) > 0 ? mag2 : Q.ONE;
    if (Q.cmp(dist2, Q.mul(Q.mul(tol, tol), scale)) > 0) {
      return `${c.kind} ${c.coeffs}: root ${i} ${Q.toNumber(re)} + ${Q.toNumber(im)}i vs ${c.roots[i]}`;
    }
  }
  return undefined;
}

describe("solve against mpmath polyroots", () => {
  it("has at least 500 polynomials", () => expect(data.cases.length).toBeGreaterThanOrEqual(500));

  it("every root of every polynomial matches to 30 digits, in contract order", () => {
    const failures = data.cases.map(check).filter((f) => f !== undefined);
    expect(failures.slice(0, 5)).toEqual([]);
  });
});

describe("factor against SymPy factor_list", () => {
  it("same content and irreducible factors with multiplicities", () => {
    const failures: string[] = [];
    for (const c of data.cases) {
      const ctx = ctxOf(DIGITS);
      const p = [...c.coeffs].reverse().map((s) => Q.parse(s));
      const f = A.factorQ(p, ctx.budget);
      const mine = f.factors.map((g) => `${[...g.poly].reverse().join(",")}^${g.mult}`).sort();
      // SymPy may put a sign in a factor; normalize to a positive leading coefficient.
      let sign = 1n;
      const theirs = c.factors
        .map(([cs, m]) => {
          const big = cs.map((s) => BigInt(s));
          if (big[0]! < 0n) {
            if (m % 2 === 1) sign = -sign;
            return `${big.map((b) => -b).join(",")}^${m}`;
          }
          return `${big.join(",")}^${m}`;
        })
        .sort();
      const content = Q.mul(Q.parse(c.factor_content), Q.fromInt(sign));
      if (mine.join(" ") !== theirs.join(" ") || !Q.eq(content, f.content)) {
        failures.push(`${c.coeffs}: ${Q.toString(f.content)} ${mine} vs ${Q.toString(content)} ${theirs}`);
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
