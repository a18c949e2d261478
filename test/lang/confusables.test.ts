// Look-alike characters from CJK input, word processors and models: full-width forms read as ASCII (outside
// strings), ∛/∜ roots, ∗ ∕ ⁄ operators; dashes, '?', backticks and invisible characters are errors with a note.
import { describe, expect, it } from "vitest";
import { parse, printProgram, tokenize } from "../../src/lang/index.js";
import { UlpError } from "../../src/core/index.js";

const reading = (s: string) => printProgram(parse(s));
function errorOf(s: string): UlpError {
  try {
    parse(s);
  } catch (e) {
    if (e instanceof UlpError) return e;
    throw e;
  }
  throw new Error(`no error for ${s}`);
}

describe("full-width forms", () => {
  it("read as ASCII digits, operators and brackets, keeping the original spans and text", () => {
    expect(reading("２ ＋ ３")).toBe("(2 + 3)");
    expect(reading("sqrt（4）")).toBe("sqrt(4)");
    expect(reading("１２３．５＊２")).toBe("(123.5 * 2)");
    const t = tokenize("x＋１");
    expect(t.map((k) => [k.text, k.span])).toEqual([["x", [0, 1]], ["＋", [1, 2]], ["１", [2, 3]], ["", [3, 3]]]);
  });
  it("leave string contents alone", () => {
    const p = parse('"ａ＋ｂ"');
    expect(p.statements[0]).toMatchObject({ kind: "string", value: "ａ＋ｂ" });
    expect(parse('＂ab"').statements[0]).toMatchObject({ kind: "string", value: "ab" });
  });
});

describe("roots and operator look-alikes", () => {
  it.each([
    ["∛8", "cbrt(8)"],
    ["∜16", "nthroot(16, 4)"],
    ["∛-8", "cbrt((-8))"],
    ["2∛x^2", "(2 * cbrt((x ^ 2)))"],
    ["∛(a+b)", "cbrt((a + b))"],
    ["3∗4", "(3 * 4)"],
    ["5∕2", "(5 / 2)"],
    ["3⁄4", "(3 / 4)"],
  ])("%s reads %s", (input, want) => expect(reading(input)).toBe(want));
});

describe("confusables that stay errors, with a note", () => {
  it.each([
    ["5 – 3", "–", [2, 3], /dash/],
    ["5 — 3", "—", [2, 3], /dash/],
    ["5 ‐ 3", "‐", [2, 3], /dash/],
    ["x == 5 ? 1 : 0", "?", [7, 8], /if c then a else b/],
    ["`1+1`", "`", [0, 1], /double quotes/],
    ["math.sqrt(2)", ".", [4, 5], /member access/],
    ["1\u200b+2", "\\u200b", [1, 2], /invisible/],
    ["\u202e1+2", "\\u202e", [0, 1], /invisible/],
  ] as const)("%j", (input, shown, span, note) => {
    const e = errorOf(input);
    expect(e.kind).toBe("SyntaxError");
    expect(e.code).toBe("invalid-character");
    expect(e.message).toBe(`invalid character '${shown}'`);
    expect(e.span).toEqual(span);
    expect(e.notes.join(" ")).toMatch(note);
  });
});
