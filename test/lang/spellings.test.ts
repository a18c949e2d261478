// Property: the notations people and models write (× ÷ − ² ³ ⁻¹ √ π ≤ ≥ ≠ |x| 1_000, implicit multiplication,
// odd spacing) parse to exactly the tree of the plain ASCII spelling. Each generated case is a pair of sources.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse, printNode } from "../../src/lang/index.js";

interface Pair {
  readonly fancy: string;
  readonly plain: string;
  /** What the source starts and ends with, for implicit multiplication's rules. */
  readonly kind: "number" | "name" | "group";
}

const sp = fc.constantFrom("", " ", "  ");
const leafNumber = fc.constantFrom<[string, string]>(["1000", "1_000"], ["2", "2"], ["0.5", "0.5"], ["7", "7"], ["1e3", "1E+3"])
  .map(([plain, fancy]): Pair => ({ fancy, plain, kind: "number" }));
const leafName = fc.constantFrom<[string, string]>(["x", "x"], ["y", "y"], ["pi", "π"], ["pi", "𝜋"], ["x", "𝑥"], ["alpha", "alpha"])
  .map(([plain, fancy]): Pair => ({ fancy, plain, kind: "name" }));

const group = (p: Pair, s1: string, s2: string): Pair => ({ fancy: `(${s1}${p.fancy}${s2})`, plain: `(${p.plain})`, kind: "group" });

const { expr } = fc.letrec<{ expr: Pair }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small" },
    leafNumber,
    leafName,
    // binary operators with their alternative spellings; operands are parenthesised when compound
    fc.tuple(
      tie("expr"),
      tie("expr"),
      fc.constantFrom<[string, string[]]>(
        ["*", ["*", "×", "⋅", "·"]], ["/", ["/", "÷"]], ["-", ["-", "−"]], ["+", ["+"]], ["^", ["^", "**"]],
        ["<=", ["<=", "≤"]], [">=", [">=", "≥"]], ["!=", ["!=", "≠"]],
      ),
      fc.nat(3), sp, sp,
    ).map(([a, b, [op, spellings], k, s1, s2]): Pair => {
      const l = a.kind === "group" || a.plain.length <= 8 ? group(a, "", "") : group(a, s1, s2);
      const r = group(b, s2, s1);
      return { fancy: `${l.fancy}${s1}${spellings[k % spellings.length]}${s2}${r.fancy}`, plain: `${l.plain} ${op} ${r.plain}`, kind: "group" };
    }).map((p) => group(p, "", "")),
    // implicit multiplication: a number or a group on the left, a name or a group on the right
    fc.tuple(tie("expr"), tie("expr"), sp).map(([a, b, s]): Pair => {
      const l = a.kind === "name" ? group(a, "", "") : a;
      const r = b.kind === "number" ? group(b, "", "") : b;
      const gap = l.kind === "number" && r.kind === "name" ? s : r.kind === "name" ? " " : s;
      return group({ fancy: `${l.fancy}${gap}${r.fancy}`, plain: `${group(l, "", "").plain} * ${group(r, "", "").plain}`, kind: "group" }, "", "");
    }),
    // powers written as superscripts
    fc.tuple(tie("expr"), fc.constantFrom<[string, string]>(["^2", "²"], ["^3", "³"], ["^(-1)", "⁻¹"], ["^23", "²³"]))
      .map(([a, [plain, fancy]]): Pair => group({ fancy: group(a, "", "").fancy + fancy, plain: group(a, "", "").plain + plain, kind: "group" }, "", "")),
    // square roots and absolute values
    tie("expr").map((a): Pair => ({ fancy: `√${group(a, "", "").fancy}`, plain: `sqrt(${a.plain})`, kind: "group" })).map((p) => group(p, "", "")),
    tie("expr").map((a): Pair => ({ fancy: `|${a.fancy}|`, plain: `abs(${a.plain})`, kind: "group" })).map((p) => group(p, "", "")),
  ),
}));

describe("alternative spellings", () => {
  it("parse to the same tree as the plain ASCII spelling", () => {
    fc.assert(
      fc.property(expr, ({ fancy, plain }) => {
        expect(printNode(parse(fancy).statements[0]!)).toBe(printNode(parse(plain).statements[0]!));
      }),
      { seed: 20261126, numRuns: 400 },
    );
  });
});
