// Properties: printing then parsing is stable (round trip), and random or garbage input never throws anything but
// a UlpError. fast-check with a fixed seed and small numRuns (the machine is shared).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { UlpError } from "../../src/core/index.js";
import { parse, printNode, printProgram, tokenize, walk, type Node } from "../../src/lang/index.js";

const SEED = 20261126;
const S = [0, 0] as const;

const name = fc.constantFrom("x", "y", "a", "b2", "α", "ω_1", "sin", "f", "pi", "e", "i", "km");
const numberText = fc.constantFrom("0", "1", "42", "0.5", ".5", "1e-3", "2.5e10", "0x1F", "0b101", "0o17", "0x1.8p-3", "¾");
const binOp = fc.constantFrom(
  "+", "-", "*", "/", "^", "//", "mod", "rem", ".*", "./", ".^", "==", "!=", "<", "<=", ">", ">=", "and", "or", "of",
);
const unOp = fc.constantFrom("-", "+", "not", "!", "!!", "%", "°", "'");

const nameNode = name.map((n): Node => ({ kind: "name", name: n, span: S }));

const { node } = fc.letrec<{ node: Node }>((tie) => {
  const sub = tie("node");
  return {
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      numberText.chain((text) => fc.boolean().map((imaginary): Node => ({ kind: "number", text, imaginary, span: S }))),
      nameNode,
      fc.string({ maxLength: 4 }).map((value): Node => ({ kind: "string", value, span: S })),
      fc.tuple(unOp, sub).map(([op, operand]): Node => ({ kind: "unary", op, operand, span: S, opSpan: S })),
      fc.tuple(binOp, sub, sub, fc.boolean()).map(([op, left, right, imp]): Node => ({
        kind: "binary", op, left, right, implicit: imp && op === "*", span: S, opSpan: S,
      })),
      fc.tuple(name, fc.array(sub, { maxLength: 3 })).map(([n, args]): Node => ({
        kind: "call", callee: { kind: "name", name: n, span: S }, args, span: S,
      })),
      fc.tuple(sub, fc.array(fc.oneof(sub, fc.constant<Node>({ kind: "colon", span: S })), { minLength: 1, maxLength: 2 }))
        .map(([target, indices]): Node => ({ kind: "index", target, indices, span: S })),
      fc.array(sub, { maxLength: 3 }).map((elements): Node => ({ kind: "vector", elements, span: S })),
      fc.array(fc.array(sub, { minLength: 1, maxLength: 2 }), { minLength: 2, maxLength: 3 })
        .map((rows): Node => ({ kind: "matrix", rows, span: S })),
      fc.tuple(sub, sub, fc.option(sub)).map(([from, to, step]): Node => ({ kind: "range", from, to, step, span: S })),
      fc.tuple(sub, sub).map(([left, right]): Node => ({ kind: "equation", left, right, span: S })),
      fc.tuple(sub, sub).map(([value, target]): Node => ({ kind: "convert", value, target, span: S })),
      fc.tuple(sub, sub).map(([value, format]): Node => ({ kind: "in", value, format, span: S })),
      fc.tuple(sub, fc.array(fc.tuple(nameNode, sub), { minLength: 1, maxLength: 2 })).map(([value, bs]): Node => ({
        kind: "subs", value, bindings: bs.map(([n, v]) => ({ name: n as Extract<Node, { kind: "name" }>, value: v })), span: S,
      })),
      fc.tuple(sub, sub, sub).map(([cond, then, otherwise]): Node => ({ kind: "if", cond, then, otherwise, span: S })),
    ),
  };
});

describe("round trip", () => {
  it("parse(printNode(ast)) prints the same", () => {
    fc.assert(
      fc.property(node, (ast) => {
        const printed = printNode(ast);
        const again = parse(printed).statements;
        expect(again).toHaveLength(1);
        expect(printNode(again[0]!)).toBe(printed);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it("a printed parse re-parses to the same print (statements included)", () => {
    const inputs = [
      "f(x, y) = x^2 + 3x y - 1/2x",
      "x = 6/2(1+2); var a, b\ny = a x^2 | x = 2, a = 1",
      "[1, 2; 3, 4][1, :]' .^ 2 to bf16 in fp16",
      "if a < b < c then 15% of 80 else 2½ + ¾i",
      "A[1][2] + sin 30° + √x⁻¹ - n!! + 5% % 3",
    ];
    for (const s of inputs) {
      const p1 = printProgram(parse(s));
      expect(printProgram(parse(p1))).toBe(p1);
    }
  });
});

describe("spans of printed trees", () => {
  it("every name, number and operator span slices to its own text", () => {
    fc.assert(
      fc.property(node, (ast) => {
        const text = printNode(ast);
        walk(parse(text).statements[0]!, (n) => {
          const slice = text.slice(n.span[0], n.span[1]);
          const bare = slice.replace(/^\(+/, "").replace(/\)+$/, ""); // a parenthesised operand's span has its parens
          if (n.kind === "name") expect(bare).toBe(n.name);
          if (n.kind === "number") expect(bare).toBe(n.text + (n.imaginary ? "i" : ""));
          if (n.kind === "binary" && !n.implicit) expect(text.slice(n.opSpan[0], n.opSpan[1])).toBe(n.op);
          if (n.kind === "unary") expect(text.slice(n.opSpan[0], n.opSpan[1])).toBe(n.op);
          if (n.kind === "call") expect(slice.startsWith(n.callee.name + "(") && slice.endsWith(")")).toBe(true);
          if (n.kind === "vector" || n.kind === "matrix") expect(slice[0] + slice[slice.length - 1]).toBe("[]");
        });
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("tokens tile the input in order, each slicing to its text", () => {
    fc.assert(
      fc.property(node, (ast) => {
        const text = printNode(ast);
        let last = 0;
        for (const t of tokenize(text)) {
          expect(t.span[0]).toBeGreaterThanOrEqual(last);
          expect(text.slice(t.span[0], t.span[1])).toBe(t.text);
          expect(text.slice(last, t.span[0]).trim()).toBe("");
          last = t.span[1];
        }
        expect(last).toBe(text.length);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe("fuzz", () => {
  const isUlp = (s: string) => {
    try {
      const p = parse(s);
      // Whatever parses must also survive the round trip.
      const p1 = printProgram(p);
      expect(printProgram(parse(p1))).toBe(p1);
    } catch (e) {
      if (!(e instanceof UlpError)) throw e;
      expect(e.span === undefined || (e.span[0] >= 0 && e.span[1] <= s.length)).toBe(true);
    }
  };

  it("random strings from the language's alphabet only ever raise UlpError", () => {
    const piece = fc.constantFrom(
      "1", "2.5", "0x1F", "1,234", "x", "sin", "f", " ", "(", ")", "[", "]", ",", ";", "\n", "+", "-", "*", "/", "^",
      "!", "%", "=", "==", "<", "..", "by", "|", "to", "in", "if", "then", "else", "not", "and", "of", "mod", "√",
      "²", "⁻¹", "°", "'", "π", "×", "\"s\"", ":", "var", "i", "#", ".", "_", "e", "¾",
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 20 }).map((a) => a.join("")), (s) => isUlp(s)), {
      seed: SEED,
      numRuns: 1500,
    });
  });

  it("arbitrary unicode garbage only ever raises UlpError", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (s) => isUlp(s)), { seed: SEED, numRuns: 250 });
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 30 }), (s) => isUlp(s)), { seed: SEED, numRuns: 250 });
  });

  it("every attack payload of the shared oracle either parses or raises UlpError", async () => {
    const { readFileSync } = await import("node:fs");
    const lines = readFileSync(new URL("../data/oracles/attacks.txt", import.meta.url), "utf8")
      .split("\n")
      .filter((l) => l.length > 0 && !l.startsWith("#"));
    expect(lines.length).toBeGreaterThan(10);
    for (const l of lines) isUlp(l);
  });
});
