// Printed expressions read back to the same value: for random symbolic expressions (exact leaves, so no rounded
// reals in the text), the `text` of evaluate / simplify / expand / diff re-evaluated at x = 7/10, y = 3/10 agrees
// with the original to 15 significant digits. The text is what people and agents copy into the next call.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { evaluate, type Result } from "../../src/index.js";
import { normDecimal } from "./compare.js";

const leaf = fc.constantFrom("x", "x", "y", "2", "3", "1/2", "0.5", "-1", "sqrt(2)", "i");
const { tree } = fc.letrec<{ tree: string }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", maxDepth: 4 },
    { arbitrary: leaf, weight: 3 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom("+", "-", "*", "/", "^"), tie("tree"), tie("tree"), fc.constantFrom("2", "3", "-1", "(1/2)", "x"))
        .map(([o, a, b, e]) => (o === "^" ? `(${a})^${e}` : `(${a}) ${o} (${b})`)),
      weight: 4,
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom("sin", "cos", "exp", "ln", "sqrt", "abs", "atan", "-", "sinh"), tie("tree"))
        .map(([f, a]) => (f === "-" ? `-(${a})` : `${f}(${a})`)),
      weight: 2,
    },
  ),
}));

/** Value as comparable text: real and imaginary parts to 15 significant digits (or the error kind). */
function valueKey(r: Result): string {
  if (!r.ok) return r.error.kind;
  const v = r.value as { type: string; decimal?: string; re?: { decimal?: string }; im?: { decimal?: string } };
  const cut = (d: string | undefined): string => {
    if (d === undefined) return "?";
    const n = normDecimal(d);
    if (n === "0") return "0";
    const [s, ds, e] = n.split("|");
    // round the digit string to 15 significant digits by its 16th digit (ties do not matter at this distance)
    const head = BigInt(ds!.padEnd(16, "0").slice(0, 16));
    return `${s}|${(head + 5n) / 10n}|${e}`;
  };
  if (v.type === "complex") return `${cut(v.re?.decimal)} ${cut(v.im?.decimal)}`;
  return `${cut(v.decimal)} 0`;
}

let checked = 0;
const AT = (e: string) => `subs(subs(${e}, x, 7/10), y, 3/10)`;

describe("printed expressions re-read to the same value", () => {
  it("for evaluate, simplify, expand and diff", async () => {
    await fc.assert(
      fc.asyncProperty(tree, fc.constantFrom("", "simplify", "expand", "diff"), async (t, fn) => {
        const inner = fn === "" ? t : fn === "diff" ? `diff(${t}, x)` : `${fn}(${t})`;
        const printed = await evaluate(inner, { digits: 20 });
        if (!printed.ok || printed.value.type !== "expression" || printed.text.includes(".")) return;
        if (printed.text.includes("/-")) return; // known bug, see the it.fails below
        const a = valueKey(await evaluate(AT(inner), { digits: 20 }));
        const b = valueKey(await evaluate(AT(printed.text), { digits: 20 }));
        if (a.includes("?") || b.includes("?")) return;
        checked++;
        expect({ inner, text: printed.text, value: b }).toEqual({ inner, text: printed.text, value: a });
      }),
      { seed: 2026, numRuns: 400 },
    );
    expect(checked).toBeGreaterThan(50); // the property really compared values
  });

  it("algebra/render: x / (-y/3) prints so that it reads back the same", async () => {
    for (const t of ["x / (-y/3)", "1/(-x/2)", "x / (-1/(2*pi))"]) {
      const printed = await evaluate(t);
      expect(printed.ok).toBe(true);
      const a = valueKey(await evaluate(AT(t), { digits: 20 }));
      const b = valueKey(await evaluate(AT(printed.ok ? printed.text : ""), { digits: 20 }));
      expect({ t, b }).toEqual({ t, b: a });
    }
  });
});
