// Every literal form: number text (separators removed), imaginary flag, strings, names, unicode, spans.
import { describe, expect, it } from "vitest";
import { parse, tokenize, type Node } from "../../src/lang/index.js";

const one = (s: string): Node => {
  const p = parse(s);
  expect(p.statements).toHaveLength(1);
  return p.statements[0]!;
};

describe("number literals", () => {
  it.each([
    ["42", "42", false],
    ["0.1", "0.1", false],
    [".5", ".5", false],
    ["1e-3", "1e-3", false],
    ["1E+3", "1e3", false],
    ["2.5e10", "2.5e10", false],
    ["1_000", "1000", false],
    ["1_000_000.000_1", "1000000.0001", false],
    ["0x1F", "0x1F", false],
    ["0X1f", "0x1f", false],
    ["0b101", "0b101", false],
    ["0o17", "0o17", false],
    ["0xFF_FF", "0xFFFF", false],
    ["0x1.8p-3", "0x1.8p-3", false],
    ["0x1p+4", "0x1p4", false],
    ["0x1P4", "0x1p4", false],
    ["1.", "1", false],
    ["1e−3", "1e-3", false],
    ["2.5i", "2.5", true],
    ["3i", "3", true],
    ["1e3i", "1e3", true],
    ["¾", "¾", false],
    ["½i", "½", true],
    ["1,234.5", "1234.5", false],
    ["1,234,567", "1234567", false],
    ["(1,234)", "1234", false],
  ])("%j has text %j (imaginary %j)", (src, text, imaginary) => {
    const n = one(src);
    expect(n.kind).toBe("number");
    if (n.kind === "number") {
      expect(n.text).toBe(text);
      expect(n.imaginary).toBe(imaginary);
    }
  });

  it("keeps a number's full source span (separators included)", () => {
    expect(one("1,234.5").span).toEqual([0, 7]);
    expect(one("2.5i").span).toEqual([0, 4]);
    expect(one("1_000").span).toEqual([0, 5]);
  });

  it("reads thousands grouping only outside brackets and calls", () => {
    const v = one("[1,234]");
    expect(v.kind === "vector" && v.elements.length).toBe(2);
    const c = one("f(1,234)");
    expect(c.kind === "call" && c.args.length).toBe(2);
    const m = one("max (1,234)");
    expect(m.kind === "call" && m.args.length).toBe(2);
    expect(one("2(1,234)").kind).toBe("binary");
  });

  it("does not group anything but exact 3-digit groups", () => {
    for (const s of ["1,23", "1,2345", "1234,567", "1,234,56"]) {
      expect(() => parse(s)).toThrowError(/unexpected ','/);
    }
  });

  it("leaves the dot to range and element-wise operators", () => {
    expect(one("1..5").kind).toBe("range");
    const m = one("1.*x");
    expect(m.kind === "binary" && m.op).toBe(".*");
    const d = one("1./x");
    expect(d.kind === "binary" && d.op).toBe("./");
  });

  it("does not take `e` or `i` glued to a name as part of the number", () => {
    expect(tokenize("2ex").map((t) => t.kind)).toEqual(["number", "name", "eof"]);
    expect(tokenize("2in fp16").map((t) => t.kind)).toEqual(["number", "keyword", "name", "eof"]);
    expect(tokenize("2i3").map((t) => t.kind)).toEqual(["number", "name", "eof"]);
  });

  it("reads a mixed number as a sum", () => {
    const n = one("2½");
    expect(n.kind === "binary" && n.op).toBe("+");
  });
});

describe("strings, names and unicode", () => {
  it("decodes string escapes", () => {
    const s = one('"a\\"b\\\\c\\nd\\te"');
    expect(s.kind === "string" && s.value).toBe('a"b\\c\nd\te');
  });

  it("reads unicode letters in names, π as pi and ∞ as inf", () => {
    const n = one("αβ_1");
    expect(n.kind === "name" && n.name).toBe("αβ_1");
    const p = one("π");
    expect(p.kind === "name" && p.name).toBe("pi");
    expect(p.span).toEqual([0, 1]);
    const i = one("∞");
    expect(i.kind === "name" && i.name).toBe("inf");
  });

  it("counts astral characters as two UTF-16 code units", () => {
    const n = one("𝜋");
    expect(n.kind === "name" && n.name).toBe("pi");
    expect(n.span).toEqual([0, 2]);
    const b = one("𝜋 + x");
    expect(b.kind === "binary" && b.right.span).toEqual([5, 6]);
    const w = one("𝑤𝑡");
    expect(w.kind === "name" && [w.name, w.span]).toEqual(["wt", [0, 4]]);
  });

  it("compares non-ASCII names after NFKC normalization", () => {
    const names = (s: string) => tokenize(s).filter((t) => t.kind === "name").map((t) => t.value);
    expect(names("𝑥 ℯ ｘ 𝜋 e\u0301 é")).toEqual(["x", "e", "x", "pi", "é", "é"]);
    expect(tokenize("ａｎｄ")[0]!.kind).toBe("keyword");
    expect(tokenize("𝑥")[0]!.text).toBe("𝑥");
    // normalizing must not leave the identifier alphabet: ﹶ becomes a space and a mark, x𝜋 would read back as x·π
    expect(names("ǡﹶ x𝜋")).toEqual(["ǡﹶ", "x𝜋"]);
  });

  it("folds unicode operators to one canonical value", () => {
    const vals = tokenize("× ⋅ · ÷ − ≤ ≥ ≠ √ °").filter((t) => t.kind === "op").map((t) => t.value);
    expect(vals).toEqual(["*", "*", "*", "/", "-", "<=", ">=", "!=", "√", "°"]);
    expect(tokenize("**")[0]!.value).toBe("^");
  });

  it("reads superscripts as one exponent token", () => {
    const t = tokenize("x²³ y⁻¹");
    expect(t.filter((k) => k.kind === "superscript").map((k) => k.value)).toEqual(["23", "-1"]);
  });

  it("treats keywords as keywords, not names", () => {
    expect(tokenize("and or not mod rem to in of if then else var by").every((t) => t.kind !== "name")).toBe(true);
  });

  it("treats Unicode spaces and a byte-order mark as whitespace", () => {
    expect(tokenize("\uFEFF1\u2009+\u202F2\u3000").map((t) => t.kind)).toEqual(["number", "op", "number", "eof"]);
  });

  it("skips comments and marks spacing", () => {
    const t = tokenize("a # comment\nb");
    expect(t.map((k) => k.kind)).toEqual(["name", "newline", "name", "eof"]);
    expect(tokenize("a b")[1]!.spaceBefore).toBe(true);
    expect(tokenize("a(b")[1]!.spaceBefore).toBe(false);
  });
});
