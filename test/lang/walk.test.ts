// The iterative AST helpers: children in source order, pre-order walk, left chains of any length.
import { describe, expect, it } from "vitest";
import { ADDITIVE_OPS, MULTIPLICATIVE_OPS, children, leftChain, parse, printNode, walk, type Node } from "../../src/lang/index.js";

const one = (s: string): Node => parse(s).statements[0]!;

describe("walk", () => {
  it("visits every node in source order", () => {
    const names: string[] = [];
    walk(one("f(a, b) = if c then [d, e; g, h][1, :] else k | k = m"), (n) => {
      if (n.kind === "name") names.push(n.name);
    });
    expect(names).toEqual(["f", "a", "b", "c", "d", "e", "g", "h", "k", "k", "m"]);
  });

  it("skips children when the visitor returns false", () => {
    let count = 0;
    walk(one("f(1 + 2) + 3"), (n) => {
      count++;
      return n.kind !== "call";
    });
    expect(count).toBe(3); // the sum, the call, 3
  });

  it("walks a 20 000-term chain without recursion", () => {
    let count = 0;
    walk(one("1" + "+1".repeat(19_999)), () => void count++);
    expect(count).toBe(39_999);
  });

  it("lists children of every kind", () => {
    expect(children(one("1..5 by 2")).map(printNode)).toEqual(["1", "5", "2"]);
    expect(children(one("x to bf16")).map(printNode)).toEqual(["x", "bf16"]);
    expect(children(one("var a, b")).map(printNode)).toEqual(["a", "b"]);
    expect(children(one("7"))).toEqual([]);
  });
});

describe("leftChain", () => {
  it("splits a mixed additive chain into its first operand and links", () => {
    const { first, links } = leftChain(one("1 + 2 - 3 + 4*5"), ADDITIVE_OPS);
    expect(printNode(first)).toBe("1");
    expect(links.map((l) => [l.op, printNode(l.right)])).toEqual([["+", "2"], ["-", "3"], ["+", "(4 * 5)"]]);
  });

  it("includes implicit multiplication in multiplicative chains", () => {
    const { first, links } = leftChain(one("6/2(1+2)x"), MULTIPLICATIVE_OPS);
    expect(printNode(first)).toBe("6");
    expect(links.map((l) => [l.op, l.implicit])).toEqual([["/", false], ["*", true], ["*", true]]);
  });

  it("handles 10 000 alternating terms", () => {
    const { links } = leftChain(one("1" + "+1-1".repeat(5000)), ADDITIVE_OPS);
    expect(links).toHaveLength(10_000);
  });
});
