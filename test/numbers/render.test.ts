// Numbers to the ValueJSON contract, text and LaTeX (DESIGN.md "ValueJSON" and the contract examples).
import { describe, it, expect, beforeAll } from "vitest";
import * as N from "../../src/numbers/index.js";
import { numberToJSON, numberToText, numberToLatex } from "../../src/render/number.js";
import { num, ctxOf } from "./helpers.js";

beforeAll(async () => {
  await N.ready();
});

const ctx = ctxOf({ timeMs: 600_000 });
const json = (t: string, digits = 34) => numberToJSON(num(t), digits, ctx);

describe("ValueJSON of numbers", () => {
  it("contract examples", () => {
    expect(json("1/2")).toEqual({ type: "rational", exact: "1/2", decimal: "0.5", decimal_is_exact: true });
    expect(json("sqrt(8)")).toEqual({
      type: "radical",
      exact: "2*sqrt(2)",
      decimal: "2.828427124746190097603377448419396",
      decimal_is_exact: false,
    });
    expect(json("sin(1)")).toEqual({
      type: "real",
      decimal: "0.841470984807896506652502321630299",
      digits: 34,
      decimal_is_exact: false,
    });
  });
  it("integers print every digit when they fit in digits, else scientific", () => {
    expect(json("42")).toEqual({ type: "integer", exact: "42", decimal: "42", decimal_is_exact: true });
    const big = json("2^200") as { exact: string; decimal: string; decimal_is_exact: boolean };
    expect(big.exact).toBe("1606938044258990275541962092341162602522202993782792835301376");
    expect(big.decimal).toBe("1.606938044258990275541962092341163e+60");
    expect(big.decimal_is_exact).toBe(false);
  });
  it("rationals: exact and inexact decimals", () => {
    expect(json("1/3")).toMatchObject({ type: "rational", decimal: "0.3333333333333333333333333333333333", decimal_is_exact: false });
    expect(json("-7/2")).toMatchObject({ type: "rational", exact: "-7/2", decimal: "-3.5", decimal_is_exact: true });
    expect(json("1/10^8")).toMatchObject({ decimal: "1e-8" });
    expect(json("3/10^7")).toMatchObject({ decimal: "0.0000003" });
  });
  it("symbolic values", () => {
    expect(json("pi/4")).toMatchObject({ type: "symbolic", exact: "pi/4", decimal: "0.7853981633974483096156608458198757" });
    expect(json("(3 + sqrt(5))/2")).toMatchObject({ type: "radical", exact: "(3 + sqrt(5))/2", decimal: "2.618033988749894848204586834365638" });
  });
  it("complex values carry re and im", () => {
    expect(json("2 + 3i")).toEqual({
      type: "complex",
      re: { type: "integer", exact: "2", decimal: "2", decimal_is_exact: true },
      im: { type: "integer", exact: "3", decimal: "3", decimal_is_exact: true },
    });
  });
  it("non-finite reals", () => {
    expect(json("inf")).toEqual({ type: "real", decimal: "inf" });
    expect(json("-inf")).toEqual({ type: "real", decimal: "-inf" });
    expect(json("nan")).toEqual({ type: "real", decimal: "nan" });
  });
  it("digits are honoured", () => {
    expect(json("pi", 10)).toMatchObject({ decimal: "3.141592654" });
    expect(json("sqrt(2)", 5)).toMatchObject({ decimal: "1.4142" });
  });
});

describe("text and LaTeX", () => {
  const cases: [string, string, string][] = [
    ["42", "42", "42"],
    ["-7/2", "-7/2", "-\\frac{7}{2}"],
    ["sqrt(8)", "2*sqrt(2)", "2\\sqrt{2}"],
    ["(3 + sqrt(5))/2", "(3 + sqrt(5))/2", "\\frac{3 + \\sqrt{5}}{2}"],
    ["pi/4", "pi/4", "\\frac{\\pi}{4}"],
    ["cbrt(2)", "cbrt(2)", "\\sqrt[3]{2}"],
    ["2 + 3i", "2 + 3i", "2 + 3i"],
    ["2 - i", "2 - i", "2 - i"],
    ["-i", "-i", "-i"],
  ];
  for (const [input, text, latex] of cases) {
    it(`${input}`, () => {
      expect(numberToText(num(input), 34, ctx)).toBe(text);
      expect(numberToLatex(num(input), 34, ctx)).toBe(latex);
    });
  }
  it("inexact values print their decimal", () => {
    expect(numberToText(num("sin(1)"), 10, ctx)).toBe("0.8414709848");
    expect(numberToText(num("exp(100)"), 5, ctx)).toBe("e^100");
    expect(numberToText(num("sinh(100)"), 5, ctx)).toBe("1.3441e+43");
    expect(numberToLatex(num("sinh(100)"), 5, ctx)).toBe("1.3441 \\times 10^{43}");
    expect(numberToText(num("1 + sin(1)*i"), 5, ctx)).toBe("1 + 0.84147i");
  });
});

describe("undecided rounding", () => {
  it("a value that may be exactly 0 carries certain: false and error_bound", () => {
    const x = N.sub(N.applyFunction("exp", [N.applyFunction("ln", [N.integer(3)], ctx)], ctx), N.integer(3), ctx);
    const j = numberToJSON(x, 20, ctxOf({ digits: 200, timeMs: 600_000 })) as Record<string, unknown>;
    expect(j.type).toBe("real");
    expect(j.certain).toBe(false);
    expect(typeof j.error_bound).toBe("string");
  });
});
