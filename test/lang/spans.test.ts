// Spans: every node's span is [start, end) in UTF-16 code units and covers its source; operators carry opSpan.
import { describe, expect, it } from "vitest";
import { parse, walk, type Node } from "../../src/lang/index.js";

const one = (s: string): Node => parse(s).statements[0]!;

/** Every node reachable from `n`, `n` first. */
function nodes(n: Node): Node[] {
  const out: Node[] = [];
  walk(n, (x) => void out.push(x));
  return out;
}

describe("spans", () => {
  it("gives implicit multiplication a span covering both operands", () => {
    const b = one("3(4+5)");
    expect(b.kind === "binary" && b.implicit).toBe(true);
    expect(b.span).toEqual([0, 6]);
    const c = one("(1+2)(3+4)");
    expect(c.span).toEqual([0, 10]);
    const d = one("2 x");
    expect(d.kind === "binary" && d.opSpan).toEqual([1, 2]);
  });

  it("gives operators their own opSpan", () => {
    const b = one("a  *  b");
    expect(b.kind === "binary" && b.opSpan).toEqual([3, 4]);
    const u = one("-x");
    expect(u.kind === "unary" && [u.span, u.opSpan]).toEqual([[0, 2], [0, 1]]);
    const f = one("n!");
    expect(f.kind === "unary" && [f.span, f.opSpan]).toEqual([[0, 2], [1, 2]]);
    const s = one("x²");
    expect(s.kind === "binary" && [s.span, s.opSpan, s.right.span]).toEqual([[0, 2], [1, 2], [1, 2]]);
    const m = one("a mod b");
    expect(m.kind === "binary" && m.opSpan).toEqual([2, 5]);
  });

  it("includes the parentheses in a parenthesised operand's span", () => {
    const b = one("(1 + 2) * 3");
    expect(b.kind === "binary" && b.left.span).toEqual([0, 7]);
  });

  it("spans calls, indexing, collections and statements", () => {
    expect(one("f(x, y)").span).toEqual([0, 7]);
    expect(one("sin 30°").span).toEqual([0, 7]);
    expect(one("√2").span).toEqual([0, 2]);
    expect(one("A[2, :]").span).toEqual([0, 7]);
    const idx = one("A[2, :]");
    expect(idx.kind === "index" && idx.indices[1]!.span).toEqual([5, 6]);
    expect(one("[1, 2; 3, 4]").span).toEqual([0, 12]);
    expect(one("x = 5").span).toEqual([0, 5]);
    expect(one("f(x) = x^2").span).toEqual([0, 10]);
    expect(one("var a, b").span).toEqual([0, 8]);
    expect(one("1..9 by 2").span).toEqual([0, 9]);
    expect(one("if a then b else c").span).toEqual([0, 18]);
    expect(one("x | x = 2").span).toEqual([0, 9]);
    expect(one("0.1 to bf16").span).toEqual([0, 11]);
    const p = parse("1\n  22 ; 3");
    expect(p.statements.map((s) => s.span)).toEqual([[0, 1], [4, 6], [9, 10]]);
    expect(p.span).toEqual([0, 10]);
  });

  it("keeps every child span inside its parent and slices to real source", () => {
    const inputs = [
      "6/2(1+2) + sin 30° - √x² · 15% of 80",
      "f(x, y) = if x < y < 2 then [1, 2; 3, 4][1, :] else v'[2..3] to bf16",
      "𝜋 × r² | r = 1,000",
      "solve(a x^2 + b x + c = 0, x)",
    ];
    for (const s of inputs) {
      const root = parse(s).statements[0]!;
      for (const n of nodes(root)) {
        expect(n.span[0]).toBeGreaterThanOrEqual(0);
        expect(n.span[1]).toBeLessThanOrEqual(s.length);
        expect(n.span[0]).toBeLessThanOrEqual(n.span[1]);
        for (const c of nodes(n).slice(1)) {
          expect(c.span[0]).toBeGreaterThanOrEqual(n.span[0]);
          expect(c.span[1]).toBeLessThanOrEqual(n.span[1]);
        }
      }
      expect(nodes(root).length).toBeGreaterThan(5);
    }
  });
});
