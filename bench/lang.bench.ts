// Parser benchmark: ulp's tokenizer+parser against math.js's parse() on the same inputs (a typical one-line
// expression, a 5 000-term flat sum, a polynomial with implicit multiplication, nested parentheses), and the
// printer. Ratios above 1x mean ulp parses faster.
import { create, all } from "mathjs";
import { parse, printNode, tokenize } from "../src/lang/index.js";
import { fmtMs, ratio, table, timeMs, type BenchOptions, type BenchSection } from "./harness.js";

const math = create(all);

interface Case {
  readonly name: string;
  readonly text: string;
  /** The same input in math.js syntax (it has no `√`, `%`-of or `×`). */
  readonly mathjs: string;
  readonly reps: number;
}

function cases(quick: boolean): Case[] {
  const terms = quick ? 200 : 5000;
  const sum = "1" + "+1".repeat(terms - 1);
  const poly = Array.from({ length: quick ? 20 : 500 }, (_, k) => `${k + 1}x^${k}`).join(" + ");
  const nest = (d: number) => "(".repeat(d) + "1" + ")".repeat(d);
  const line = "sin(pi/4)^2 + 3*x^2 - 2*x*y/(1 + y^2) + sqrt(2)*exp(-x)";
  return [
    { name: "one-line expression", text: line, mathjs: line, reps: quick ? 50 : 5000 },
    { name: `flat sum, ${terms} terms`, text: sum, mathjs: sum, reps: quick ? 2 : 20 },
    { name: `polynomial, implicit ×, ${poly.split("+").length} terms`, text: poly, mathjs: poly, reps: quick ? 2 : 20 },
    { name: "nested parentheses, depth 200", text: nest(200), mathjs: nest(200), reps: quick ? 2 : 500 },
  ];
}

export async function run(opts: BenchOptions): Promise<BenchSection> {
  const rows: string[][] = [];
  for (const c of cases(opts.quick)) {
    const loop = (f: () => unknown) => () => {
      for (let k = 0; k < c.reps; k++) f();
    };
    const ulp = (await timeMs(loop(() => parse(c.text)), opts.quick ? 1 : 5)) / c.reps;
    const tok = (await timeMs(loop(() => tokenize(c.text)), opts.quick ? 1 : 5)) / c.reps;
    const ast = parse(c.text).statements[0]!;
    const pr = (await timeMs(loop(() => printNode(ast)), opts.quick ? 1 : 5)) / c.reps;
    let mj: number | undefined;
    try {
      mj = (await timeMs(loop(() => math.parse(c.mathjs)), opts.quick ? 1 : 5)) / c.reps;
    } catch (e) {
      // math.js recurses on the host stack; deep input can overflow it (ulp counts depth instead).
      if (!(e instanceof RangeError)) throw e;
    }
    const peer = mj === undefined ? ["stack overflow", "-"] : [fmtMs(mj), ratio(mj, ulp)];
    rows.push([c.name, `${c.text.length}`, fmtMs(tok), fmtMs(ulp), fmtMs(pr), ...peer]);
  }
  return {
    title: "lang: tokenize, parse, print vs math.js parse",
    markdown:
      table(["input", "chars", "ulp tokenize", "ulp parse", "ulp print", "math.js parse", "math.js / ulp"], rows) +
      "\n\nPer call, median of runs. ulp's parse includes tokenizing and span bookkeeping on every node.",
  };
}
