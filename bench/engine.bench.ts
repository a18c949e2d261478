// The whole pipeline (parse, evaluate, render) on a small expression, 10^5 times, vs math.js in its number,
// BigNumber and Fraction modes on the same text. math.js parses once per call too (math.evaluate).
import { create, all } from "mathjs";
import { evaluate } from "../src/index.js";
import { timeMs, fmtMs, ratio, table, type BenchOptions, type BenchSection } from "./harness.js";

const EXPR = "(3/4 + 5/6) * 12 - 2^5 / 8";

export async function run(opts: BenchOptions): Promise<BenchSection> {
  const n = opts.quick ? 200 : 100_000;
  const check = await evaluate(EXPR);
  if (!check.ok || check.text !== "15") throw new Error(`engine bench: unexpected result ${JSON.stringify(check)}`);
  const ulp = await timeMs(async () => {
    for (let i = 0; i < n; i++) await evaluate(EXPR);
  }, opts.quick ? 1 : 3);
  const peers: [string, ReturnType<typeof create>][] = [
    ["math.js number", create(all, { number: "number" })],
    ["math.js BigNumber", create(all, { number: "BigNumber", precision: 34 })],
    ["math.js Fraction", create(all, { number: "Fraction" })],
  ];
  const rows: string[][] = [["ulp (exact)", fmtMs(ulp), "1x"]];
  for (const [name, math] of peers) {
    const t = await timeMs(() => {
      for (let i = 0; i < n; i++) math.evaluate(EXPR);
    }, opts.quick ? 1 : 3);
    rows.push([name, fmtMs(t), ratio(t, ulp)]);
  }
  return {
    title: "Engine: parse + evaluate + render a small expression",
    markdown: [
      `\`${EXPR}\` evaluated ${n.toLocaleString("en")} times, text out. Ratio = peer time / ulp time.`,
      "",
      table(["engine", "total time", "ulp speed-up"], rows),
    ].join("\n"),
  };
}
