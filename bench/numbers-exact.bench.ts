// The exact tower against its peers on the same inputs: harmonic sums (fraction.js, math.js Fraction), radical
// arithmetic (math.js has no exact radicals: we time its BigNumber sqrt instead and say so), big factorials and
// powers (math.js BigNumber with enough precision to hold every digit).
import Fraction from "fraction.js";
import { create, all } from "mathjs";
import { Budget, resolveLimits } from "../src/core/index.js";
import * as N from "../src/numbers/index.js";
import { timeMs, fmtMs, ratio, table, type BenchOptions, type BenchSection } from "./harness.js";

export async function run(opts: BenchOptions): Promise<BenchSection> {
  await N.ready();
  const ctx: N.NumCtx = { budget: new Budget(resolveLimits({ timeMs: 600_000 })), digits: 34 };
  const reps = opts.quick ? 1 : 5;
  const rows: string[][] = [];

  // 1. harmonic sum 1/1 + ... + 1/n, exact
  const n = opts.quick ? 200 : 2000;
  const ulpH = await timeMs(() => {
    let s = N.integer(0);
    for (let k = 1; k <= n; k++) s = N.add(s, N.rational(N.Q.make(1n, BigInt(k))), ctx);
    return s;
  }, reps);
  const fracH = await timeMs(() => {
    let s = new Fraction(0);
    for (let k = 1; k <= n; k++) s = s.add(new Fraction(1n, BigInt(k)));
    return s;
  }, reps);
  const mf = create(all, { number: "Fraction" });
  const mathH = await timeMs(() => {
    let s = mf.fraction(0);
    for (let k = 1; k <= n; k++) s = mf.add(s, mf.fraction(1, k)) as typeof s;
    return s;
  }, reps);
  rows.push([`sum 1/k, k=1..${n} (exact)`, fmtMs(ulpH), `fraction.js ${fmtMs(fracH)} (${ratio(fracH, ulpH)})`, `math.js Fraction ${fmtMs(mathH)} (${ratio(mathH, ulpH)})`]);

  // 2. radical arithmetic: (1 + sqrt(2))^k / (3 - sqrt(2)) summed, exact in Q(sqrt(2))
  const m = opts.quick ? 50 : 400;
  const sqrt2 = N.applyFunction("sqrt", [N.integer(2)], ctx);
  const ulpR = await timeMs(() => {
    const a = N.add(N.integer(1), sqrt2, ctx);
    const d = N.sub(N.integer(3), sqrt2, ctx);
    let p = N.integer(1);
    let s = N.integer(0);
    for (let k = 0; k < m; k++) {
      p = N.mul(p, a, ctx);
      s = N.add(s, N.div(p, d, ctx), ctx);
    }
    return N.exactText(s);
  }, reps);
  const mb = create(all, { number: "BigNumber", precision: 64 });
  const mathR = await timeMs(() => {
    const r2 = mb.sqrt(mb.bignumber(2));
    const a = mb.add(1, r2);
    const d = mb.subtract(3, r2);
    let p = mb.bignumber(1);
    let s = mb.bignumber(0);
    for (let k = 0; k < m; k++) {
      p = mb.multiply(p, a) as typeof p;
      s = mb.add(s, mb.divide(p, d)) as typeof s;
    }
    return s.toString();
  }, reps);
  rows.push([`sum (1+sqrt(2))^k/(3-sqrt(2)), k<${m}`, fmtMs(ulpR), `math.js BigNumber 64 digits (inexact) ${fmtMs(mathR)} (${ratio(mathR, ulpR)})`, "-"]);

  // 3. factorial and big power, all digits as text
  const f = opts.quick ? 500 : 5000;
  const ulpF = await timeMs(() => N.exactText(N.applyFunction("factorial", [N.integer(f)], ctx)), reps);
  const digitsF = N.exactText(N.applyFunction("factorial", [N.integer(f)], ctx))!.length;
  const mbF = create(all, { number: "BigNumber", precision: digitsF + 10 });
  const mathF = await timeMs(() => mbF.factorial(mbF.bignumber(f)).toFixed(), reps);
  rows.push([`${f}! (${digitsF} digits)`, fmtMs(ulpF), `math.js BigNumber ${fmtMs(mathF)} (${ratio(mathF, ulpF)})`, "-"]);

  const e = opts.quick ? 2000 : 50000;
  const ulpP = await timeMs(() => N.exactText(N.pow(N.integer(3), N.integer(e), ctx)), reps);
  const digitsP = N.exactText(N.pow(N.integer(3), N.integer(e), ctx))!.length;
  const mbP = create(all, { number: "BigNumber", precision: digitsP + 10 });
  const mathP = await timeMs(() => (mbP.pow(mbP.bignumber(3), e) as { toFixed(): string }).toFixed(), reps);
  rows.push([`3^${e} (${digitsP} digits)`, fmtMs(ulpP), `math.js BigNumber ${fmtMs(mathP)} (${ratio(mathP, ulpP)})`, "-"]);

  // 4. limit prediction: time to refuse 2^(10^9) and factorial(10^9)
  const ulpL = await timeMs(() => {
    for (let k = 0; k < 1000; k++) {
      try {
        N.pow(N.integer(2), N.integer(1_000_000_000), ctx);
      } catch {
        /* LimitError expected */
      }
      try {
        N.applyFunction("factorial", [N.integer(1_000_000_000)], ctx);
      } catch {
        /* LimitError expected */
      }
    }
  }, reps);
  rows.push(["refuse 2^(10^9) and (10^9)! (per pair)", fmtMs(ulpL / 1000), "-", "-"]);

  return {
    title: "Exact numbers (numbers-exact)",
    markdown:
      table(["case", "ulp", "peer", "peer"], rows) +
      "\n\nRatios above 1 mean ulp is faster. math.js has no exact radicals, so row 2 compares exact Q(sqrt(2)) " +
      "arithmetic with 64-digit BigNumber arithmetic (apples to oranges, shown for scale).",
  };
}
