// Every linalg builtin called with awkward arguments (empty, ragged-free but mismatched, scalar, string, huge
// sizes, singular, complex) returns a Result: a value or a UlpError of a contract kind, never an InternalError.
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import { linalgBuiltins } from "../../src/eval/builtins/linalg.js";

const ARGS = [
  "[]", "[1]", "[1, 2, 3]", "[[1, 2], [3, 4]]", "[[1, 2, 3], [4, 5, 6]]", "[[0, 0], [0, 0]]", "[[1, i], [-i, 2]]",
  "[[sqrt(2), 1], [1, pi]]", "[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]", "0", "-1", "1/2", "2", "10^7", "\"ij\"", "\"Q\"",
  "inf", "x", "zeros(0, 0)",
];

describe("linalg builtins never fail internally", () => {
  it("one and two argument combinations", async () => {
    const bad: string[] = [];
    for (const b of linalgBuiltins) {
      const combos: string[] = [];
      for (const a of ARGS) combos.push(`${b.name}(${a})`);
      if (b.arity[1] >= 2) for (const a of ARGS.slice(0, 9)) for (const c of ARGS) combos.push(`${b.name}(${a}, ${c})`);
      for (const input of combos) {
        const r = await evaluate(input, { limits: { timeMs: 500 } });
        if (!r.ok && r.error.kind === "InternalError") bad.push(`${input}: ${r.error.message}`);
      }
    }
    expect(bad).toEqual([]);
  }, 120_000);
});
