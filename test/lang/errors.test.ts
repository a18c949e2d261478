// Syntax errors: codes, messages naming the offending text, spans, labels; limits on length and depth.
import { describe, expect, it } from "vitest";
import { UlpError } from "../../src/core/index.js";
import { parse } from "../../src/lang/index.js";

function errorOf(s: string, opts?: Parameters<typeof parse>[1]): ReturnType<UlpError["toJSON"]> {
  try {
    parse(s, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(UlpError);
    return (e as UlpError).toJSON();
  }
  throw new Error(`expected ${JSON.stringify(s)} to fail`);
}

describe("syntax errors", () => {
  it("matches the contract example", () => {
    expect(errorOf("1 + )")).toEqual({ kind: "SyntaxError", code: "unexpected-token", message: "unexpected ')'", span: [4, 5] });
  });

  it.each([
    // [input, code, message, span]
    ["1 +", "unexpected-end", "unexpected end of input", [3, 3]],
    ["if a then b\nc", "unexpected-end", "unexpected end of line, expected 'else'", [11, 12]],
    ["(1 +\n", "unexpected-end", "unexpected end of input", [5, 5]],
    ["2 3", "unexpected-token", "unexpected '3'", [2, 3]],
    ["(1+2)3", "unexpected-token", "unexpected '3'", [5, 6]],
    ["x 2", "unexpected-token", "unexpected '2'", [2, 3]],
    ["1 + 2)", "unexpected-token", "unexpected ')'", [5, 6]],
    ["]", "unexpected-token", "unexpected ']'", [0, 1]],
    ["1, 2", "unexpected-token", "unexpected ','", [1, 2]],
    ["*2", "unexpected-token", "unexpected '*'", [0, 1]],
    ["0x", "invalid-number", "invalid number '0x': no digits after the prefix", [0, 2]],
    ["0b102", "invalid-number", "invalid number '0b102': '2' is not a digit of this base", [0, 5]],
    ["0b1021", "invalid-number", "invalid number '0b1021': '2' is not a digit of this base", [0, 6]],
    ["1__0", "invalid-number", "invalid number '1_': '_' must sit between two digits", [0, 2]],
    ["1_", "invalid-number", "invalid number '1_': '_' must sit between two digits", [0, 2]],
    ["1.2.3", "invalid-number", "invalid number '1.2.3': a second decimal point", [0, 5]],
    ["0x1.8", "invalid-number", "invalid number '0x1.8': a hex fraction needs a 'p' exponent", [0, 5]],
    ["1 $ 2", "invalid-character", "invalid character '$'", [2, 3]],
    ["a @ b", "invalid-character", "invalid character '@'", [2, 3]],
    ["x.y", "invalid-character", "invalid character '.'", [1, 2]],
    ['"abc', "unterminated-string", "unterminated string: missing the closing '\"'", [0, 4]],
    ['"a\\qb"', "invalid-character", "unknown escape '\\q' in a string", [2, 4]],
    ["a = b = c", "invalid-assignment", "'=' cannot be chained", [6, 7]],
    ["f(x, x) = 1", "invalid-assignment", "the parameter 'x' appears twice", [5, 6]],
    ["v[1] = 2", "invalid-assignment", "cannot assign to an element: '=' needs a name on its left", [0, 4]],
    ["if a then b", "unexpected-end", "unexpected end of input, expected 'else'", [11, 11]],
    ["if a b else c", "unexpected-token", "unexpected 'else', expected 'then'", [7, 11]],
    ["1 + not a", "unexpected-token", "unexpected 'not'", [4, 7]],
    ["var 1", "unexpected-token", "unexpected '1', expected a name to declare", [4, 5]],
    ["x | 2 = 3", "unexpected-token", "unexpected '2', expected a name to substitute", [4, 5]],
    ["1..2..3", "unexpected-token", "unexpected '..'", [4, 6]],
    ["A[1 2]", "unexpected-token", "unexpected '2'", [4, 5]],
    ["sin⁻¹ x", "unexpected-token", "'sin' with a negative exponent is ambiguous", [3, 5]],
    ["sqrt^-1(x)", "unexpected-token", "'sqrt' with a negative exponent is ambiguous", [4, 7]],
    ["x | y", "unexpected-end", "unexpected end of input, expected '='", [5, 5]],
    ["|x", "unclosed-bracket", "unclosed '|': expected '|' before the end of input", [2, 2]],
    ["⌊x)", "unclosed-bracket", "unclosed '⌊': expected '⌋' but found ')'", [2, 3]],
    ["x then", "unexpected-token", "unexpected 'then'", [2, 6]],
  ] as const)("%j -> %s %j", (input, code, message, span) => {
    const e = errorOf(input);
    expect(e.kind).toBe("SyntaxError");
    expect(e.code).toBe(code);
    expect(e.message).toBe(message);
    expect(e.span).toEqual(span);
  });

  it("labels the opening bracket of an unclosed one", () => {
    expect(errorOf("(1 + 2")).toEqual({
      kind: "SyntaxError",
      code: "unclosed-bracket",
      message: "unclosed '(': expected ')' before the end of input",
      span: [6, 6],
      labels: [{ span: [0, 1], message: "this '(' is never closed" }],
    });
    const e = errorOf("[1, (2]");
    expect(e.code).toBe("unclosed-bracket");
    expect(e.message).toBe("unclosed '(': expected ')' but found ']'");
    expect(e.span).toEqual([6, 7]);
    expect(e.labels).toEqual([{ span: [4, 5], message: "this '(' is never closed" }]);
    expect(errorOf("f(1, 2").labels![0]!.span).toEqual([1, 2]);
    expect(errorOf("[1, 2").code).toBe("unclosed-bracket");
  });

  it("adds notes for habits from other languages", () => {
    expect(errorOf("if x = 1 then 2 else 3").notes![0]).toMatch(/use '==' to compare/);
    expect(errorOf("a && b").notes).toEqual(["write 'and'"]);
    expect(errorOf("!x").notes![0]).toMatch(/write 'not'/);
    expect(errorOf("'a'")).toMatchObject({ message: `unexpected "'"`, span: [0, 1] });
  });

  it("names the offending astral character whole", () => {
    expect(errorOf("1 + 🙂")).toMatchObject({ code: "invalid-character", message: "invalid character '🙂'", span: [4, 6] });
  });
});

describe("limits", () => {
  it("refuses input longer than maxLength with a LimitError", () => {
    expect(errorOf("1+1", { maxLength: 2 })).toMatchObject({ kind: "LimitError", code: "limit-input-length", limit: "input_length", value: 2 });
    expect(errorOf("1".repeat(100_001))).toMatchObject({ kind: "LimitError", code: "limit-input-length" });
  });

  it.each([
    ["parentheses", "(".repeat(100_000) + "1" + ")".repeat(100_000)],
    ["brackets", "[".repeat(50_000) + "]".repeat(50_000)],
    ["unary minus", "-".repeat(99_999) + "1"],
    ["powers", "2^".repeat(49_999) + "2"],
    ["calls", "f(".repeat(40_000) + ")".repeat(40_000)],
    ["roots", "√".repeat(99_999) + "2"],
    ["signed exponents", "2^-".repeat(30_000) + "1"],
    ["not", "not ".repeat(20_000) + "a"],
    ["function application", "sin ".repeat(20_000) + "x"],
  ])("reports deep %s as a LimitError, not a stack overflow", (_, input) => {
    expect(errorOf(input, { maxLength: 1e6 })).toMatchObject({ kind: "LimitError", code: "limit-depth", limit: "depth", value: 1000 });
  });

  it.each([
    ["a long number", "1".repeat(99_000)],
    ["thousands groups", "1" + ",234".repeat(24_000)],
    ["a long name", "x".repeat(99_000)],
    ["a long Greek name", "α".repeat(99_000)],
    ["a long string", '"' + "\\n".repeat(49_000) + '"'],
    ["a long vector", "[" + "1,".repeat(49_000) + "1]"],
    ["a postfix chain", "1" + "!".repeat(99_000)],
    ["many statements", "1\n".repeat(49_000)],
    ["a long comparison chain", "a" + " < a".repeat(24_000)],
  ])("parses %s of 100 000 characters in one linear pass", (_, input) => {
    expect(() => parse(input)).not.toThrow();
  });

  it("honours a custom maxDepth", () => {
    expect(errorOf("((((1))))", { maxDepth: 3 })).toMatchObject({ code: "limit-depth", value: 3 });
    expect(() => parse("((((1))))", { maxDepth: 10 })).not.toThrow();
  });

  it("does not count a flat 5 000-term sum or product as deep", () => {
    const sum = parse("1" + "+1".repeat(4999)).statements[0]!;
    expect(sum.kind).toBe("binary");
    expect(sum.span).toEqual([0, 9999]);
    expect(() => parse("x" + " x".repeat(4999))).not.toThrow();
    expect(() => parse("a" + " < a".repeat(2000))).not.toThrow();
  });
});
