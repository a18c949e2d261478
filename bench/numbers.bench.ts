// Reals through MPFR (ulp) against math.js BigNumber (decimal.js) at 10^3, 10^4, 10^5 significant digits, decimal
// string output included on both sides; plus the exact harmonic sum (ulp's Q.add vs math.js Fraction).
// math.js computes pi, ln and trig from an embedded 1 025-digit constant and refuses beyond it ("refuses").
import { create, all } from "mathjs";
import { Budget, resolveLimits } from "../src/core/index.js";
import * as Q from "../src/numbers/rational.js";
import { ready, realConst, realFromRational, realOp, realToDecimal, type RealNode } from "../src/numbers/real.js";
import { timeMs, fmtMs, ratio, table, type BenchOptions, type BenchSection } from "./harness.js";

type Case = { name: string; ulp: () => RealNode; mathjs: (m: ReturnType<typeof create>) => unknown };
const one = () => realFromRational(Q.ONE);
const CASES: Case[] = [
  { name: "exp(1)", ulp: () => realOp("exp", [one()]), mathjs: (m) => m.exp(m.bignumber(1)) },
  { name: "ln(2)", ulp: () => realOp("ln", [realFromRational(Q.fromInt(2n))]), mathjs: (m) => m.log(m.bignumber(2)) },
  { name: "sin(1)", ulp: () => realOp("sin", [one()]), mathjs: (m) => m.sin(m.bignumber(1)) },
  { name: "pi", ulp: () => realConst("pi"), mathjs: (m) => m.bignumber(m.pi as unknown as number) },
];

/** math.js BigNumber exp at 10^4 digits takes about a minute here (and grows faster than quadratically), so the
 *  10^5-digit peer runs are not attempted; the table says so. */
const MATHJS_MAX_DIGITS = 10_000;

export async function run(opts: BenchOptions): Promise<BenchSection> {
  await ready();
  const sizes = opts.quick ? [1000] : [1000, 10_000, 100_000];
  const rows: string[][] = [];
  const refused = new Set<string>();
  for (const digits of sizes) {
    const ctx = { budget: new Budget(resolveLimits({ timeMs: 600_000, digits: 100_000 })), digits };
    const m = create(all, { number: "BigNumber", precision: digits });
    for (const c of CASES) {
      // a fresh node each run, so nothing is served from ulp's node cache (MPFR still caches pi and ln 2 itself)
      let len = 0;
      const ulpMs = await timeMs(() => {
        len = realToDecimal(c.ulp(), digits, ctx).text.length;
      }, opts.quick || digits >= 100_000 ? 1 : 3);
      let peer: string;
      if (refused.has(c.name)) peer = "refuses (precision limit exceeded)";
      else if (digits > MATHJS_MAX_DIGITS) peer = "not run (10^4 digits already takes ~1 min for exp)";
      else {
        try {
          const reps = digits >= 10_000 ? 0 : opts.quick ? 1 : 3;
          const t0 = performance.now();
          String(c.mathjs(m)); // also the warm-up run of timeMs
          const first = performance.now() - t0;
          const ms = reps === 0 ? first : await timeMs(() => String(c.mathjs(m)), reps);
          peer = `${fmtMs(ms)} (${ratio(ms, ulpMs)})`;
        } catch (e) {
          if (/precision limit/i.test(String(e))) refused.add(c.name);
          peer = refused.has(c.name) ? "refuses (precision limit exceeded)" : `error: ${String(e).slice(0, 40)}`;
        }
      }
      rows.push([`${c.name} at ${digits} digits`, `${fmtMs(ulpMs)} (${len} chars)`, peer]);
    }
  }

  const n = opts.quick ? 200 : 2000;
  const ulpH = await timeMs(() => {
    let s = Q.ZERO;
    for (let k = 1; k <= n; k++) s = Q.add(s, Q.make(1n, BigInt(k)));
    return s;
  }, opts.quick ? 1 : 5);
  const mf = create(all, { number: "Fraction" });
  const mathH = await timeMs(() => {
    let s = mf.fraction(0);
    for (let k = 1; k <= n; k++) s = mf.add(s, mf.fraction(1, k)) as typeof s;
    return s;
  }, opts.quick ? 1 : 5);
  rows.push([`sum 1/k, k=1..${n} (exact, Q.add vs Fraction)`, fmtMs(ulpH), `${fmtMs(mathH)} (${ratio(mathH, ulpH)})`]);

  return {
    title: "Reals: MPFR balls vs math.js BigNumber",
    markdown: [
      table(["task (decimal text included)", "ulp", "math.js BigNumber (ratio)"], rows),
      "",
      "ulp's times are correctly rounded results (Ziv loop, usually one evaluation). math.js runs at its configured",
      "precision without a rounding guarantee. At 10^4 digits math.js runs once (about a minute).",
    ].join("\n"),
  };
}
