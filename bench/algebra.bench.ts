// Algebra benchmark: compiled float64 evaluation of a 10-term expression over 10^6 points (ulp compileExpr's
// blocked column loops and closure tree vs math.js compile and hand-written JS), and solving 1000 random
// quadratics and cubics (ulp exact roots vs math.js polynomialRoot in floats and nerdamer's solve).
import { create, all } from "mathjs";
import { createRequire } from "node:module";
import * as N from "../src/numbers/index.js";
import * as A from "../src/algebra/index.js";
import { E, ctxOf, polyExpr } from "../test/algebra/helpers.js";
import { Q } from "../src/numbers/index.js";
import { fmtMs, ratio, table, timeMs, type BenchOptions, type BenchSection } from "./harness.js";

const math = create(all);
const require = createRequire(import.meta.url);
// nerdamer is CommonJS; Solve.js registers solve() on the core object.
const nerdamer = require("nerdamer") as { solve(e: string, v: string): { toString(): string } };
require("nerdamer/Solve.js");

const TEXT = "x^2 + 3*x*y - 2*y^2 + sin(x) + cos(y) + exp(-x) + sqrt(y) + x/y + 1.5*x^3 - 0.5*y^3";
const hand = (x: number, y: number) =>
  x * x + 3 * x * y - 2 * y * y + Math.sin(x) + Math.cos(y) + Math.exp(-x) + Math.sqrt(y) + x / y + 1.5 * x * x * x - 0.5 * y * y * y;

async function compiled(opts: BenchOptions): Promise<BenchSection> {
  const n = opts.quick ? 10_000 : 1_000_000;
  const reps = opts.quick ? 1 : 5;
  const xs = new Float64Array(n).map((_, i) => (i % 1000) / 250 - 2);
  const ys = new Float64Array(n).map((_, i) => 0.5 + (i % 777) / 100);
  const c = A.compileExpr(E(TEXT), ["x", "y"]);
  const tMap = await timeMs(() => c.map(xs, ys), reps);
  const tFn = await timeMs(() => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = c.fn(xs[i]!, ys[i]!);
    return out;
  }, reps);
  const tHand = await timeMs(() => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = hand(xs[i]!, ys[i]!);
    return out;
  }, reps);
  const code = math.compile(TEXT);
  const mjN = opts.quick ? n : 100_000; // math.js is slow: time 10^5 points and scale
  const tMath =
    (await timeMs(() => {
      const out = new Float64Array(mjN);
      const scope = { x: 0, y: 0 };
      for (let i = 0; i < mjN; i++) {
        scope.x = xs[i]!;
        scope.y = ys[i]!;
        out[i] = code.evaluate(scope) as number;
      }
      return out;
    }, opts.quick ? 1 : 3)) * (n / mjN);
  // Same values (float64 operations in the same order up to association).
  const check = c.map(xs.subarray(0, 1000), ys.subarray(0, 1000));
  let maxRel = 0;
  for (let i = 0; i < 1000; i++) maxRel = Math.max(maxRel, Math.abs(check[i]! - hand(xs[i]!, ys[i]!)) / Math.max(1, Math.abs(check[i]!)));
  const rows = [
    ["ulp compile map (column loops)", fmtMs(tMap), ratio(tMath, tMap), ratio(tHand, tMap)],
    ["ulp compile fn (closure tree)", fmtMs(tFn), ratio(tMath, tFn), ratio(tHand, tFn)],
    ["hand-written JS", fmtMs(tHand), ratio(tMath, tHand), "1.00x"],
    [`math.js compile().evaluate (${mjN === n ? "" : "scaled from 10^5 points"})`, fmtMs(tMath), "1.00x", ratio(tHand, tMath)],
  ];
  return {
    title: `algebra: compiled evaluation, 10 terms over ${n} points`,
    markdown:
      table(["evaluator", "time", "speed-up vs math.js", "hand-written / this"], rows) +
      `\n\nExpression: \`${TEXT}\`. Max relative difference ulp vs hand-written: ${maxRel.toExponential(1)}. ` +
      "\"hand-written / this\" above 0.67x means within 1.5x of hand-written JS.",
  };
}

async function solving(opts: BenchOptions): Promise<BenchSection> {
  const count = opts.quick ? 50 : 1000;
  let seed = 12345;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return (seed % 19) - 9;
  };
  const polys: number[][] = [];
  for (let k = 0; k < count; k++) {
    const deg = k % 2 === 0 ? 2 : 3;
    const cs = Array.from({ length: deg + 1 }, rnd);
    if (cs[deg] === 0) cs[deg] = 1;
    if (cs[0] === 0) cs[0] = 1;
    polys.push(cs);
  }
  const exprs = polys.map((cs) => polyExpr(cs.map((c) => Q.fromInt(c))));
  const texts = polys.map((cs) => cs.map((c, i) => `(${c})*x^${i}`).join("+"));
  const tUlp = await timeMs(() => {
    for (const e of exprs) A.solveEquations([e], ["x"], ctxOf(34));
  }, opts.quick ? 1 : 3);
  const tMath = await timeMs(() => {
    for (const cs of polys) (math.polynomialRoot as (...c: number[]) => unknown)(...cs);
  }, opts.quick ? 1 : 3);
  let nerFailures = 0;
  const nerCount = Math.min(count, 60); // nerdamer takes ~0.3 s per cubic: time a subset and scale
  const tNer = (await timeMs(() => {
    nerFailures = 0;
    for (const t of texts.slice(0, nerCount)) {
      try {
        nerdamer.solve(t, "x").toString();
      } catch {
        nerFailures++; // nerdamer overflows its stack on some cubics
      }
    }
  }, 1)) * (count / nerCount);
  const rows = [
    ["ulp solve (exact: rationals, radicals, Cardano; casus irreducibilis certified to 34 digits)", fmtMs(tUlp), "1.00x"],
    ["math.js polynomialRoot (float64)", fmtMs(tMath), ratio(tMath, tUlp)],
    [`nerdamer solve (first ${nerCount} timed and scaled; ${nerFailures} threw)`, fmtMs(tNer), ratio(tNer, tUlp)],
  ];
  return {
    title: `algebra: solving ${count} random quadratics and cubics`,
    markdown:
      table(["solver", "total time", "peer time / ulp time"], rows) +
      "\n\nInteger coefficients in [-9, 9]. ulp returns exact roots (rational, radical, complex) or roots certified to 34 " +
      "digits with error bounds; math.js returns float64 roots without bounds.",
  };
}

export async function run(opts: BenchOptions): Promise<BenchSection[]> {
  await N.ready();
  return [await compiled(opts), await solving(opts)];
}
