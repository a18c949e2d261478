// Irrational inputs are rounded by Ziv's loop over the numbers layer's enclosures: `bits(expr, fmt)` for the
// expressions of shared/oracles/reals.jsonl (mpmath, >= 30 digits) equals the rounding of the oracle's decimal,
// whenever that decimal's own uncertainty (half a unit in its last digit) cannot change the code.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { Q, type Rational } from "../../src/numbers/index.js";
import { createSession } from "../../src/index.js";
import { lookupFormat, roundRational } from "../../src/formats/index.js";

interface Line {
  expr: string;
  digits: number;
  expected: string;
}
const lines = readFileSync(new URL("../data/oracles/reals.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as Line)
  .filter((l) => l.digits >= 30 && l.digits <= 100 && /^-?\d/.test(l.expected));

/** "d.ddde±x" as an exact rational, and half a unit in its last digit. */
function parse(s: string): [Rational, Rational] {
  const m = /^(-?)(\d)\.?(\d*)e([+-]\d+)$/.exec(s)!;
  const digits = BigInt(m[2]! + m[3]!);
  const exp = Number(m[4]) - m[3]!.length;
  const scale = (k: number): Rational => (k >= 0 ? Q.fromInt(10n ** BigInt(k)) : Q.make(1n, 10n ** BigInt(-k)));
  const v = Q.mul(Q.fromInt(m[1] ? -digits : digits), scale(exp));
  return [v, Q.div(scale(exp), Q.fromInt(2))];
}

describe("Ziv rounding of irrational values against mpmath", () => {
  it(`bits(expr, fmt) for ${lines.length} oracle expressions in fp16, bf16, fp32 and fp64`, async () => {
    const session = createSession();
    const bad: string[] = [];
    let checked = 0;
    for (const l of lines) {
      const [v, half] = parse(l.expected);
      for (const name of ["fp16", "bf16", "fp32", "fp64"]) {
        const f = lookupFormat(name)!;
        const want = roundRational(f, v, "nearest_even", "nonfinite");
        if (roundRational(f, Q.sub(v, half), "nearest_even", "nonfinite") !== want) continue;
        if (roundRational(f, Q.add(v, half), "nearest_even", "nonfinite") !== want) continue;
        const r = await session.evaluate(`bits(${l.expr}, ${name})`);
        checked++;
        if (!r.ok || r.text !== want.toString()) bad.push(`${l.expr} in ${name}: ${r.ok ? r.text : r.error.message} != ${want}`);
      }
    }
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  }, 60_000);
});
