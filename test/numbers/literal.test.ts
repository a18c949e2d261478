// Numeric literals: every form is exact, and sizes are checked against the digits limit before building.
import { describe, it, expect } from "vitest";
import * as N from "../../src/numbers/index.js";
import { ctxOf, errorOf } from "./helpers.js";

const lit = (t: string, imag = false) => N.exactText(N.literal(t, imag, ctxOf()));

describe("literals", () => {
  const cases: [string, string][] = [
    ["42", "42"],
    ["0.1", "1/10"],
    [".5", "1/2"],
    ["5.", "5"],
    ["1e-3", "1/1000"],
    ["1E3", "1000"],
    ["2.50e+2", "250"],
    ["007", "7"],
    ["0.000", "0"],
    ["0x1F", "31"],
    ["0XfF", "255"],
    ["0b101", "5"],
    ["0o17", "15"],
    ["0x1.8p-3", "3/16"],
    ["0x1p10", "1024"],
    ["0x.8", "1/2"],
    ["0xA.Bp1", "171/8"],
    ["¾", "3/4"],
    ["½", "1/2"],
    ["1½", "3/2"],
    ["⅞", "7/8"],
    ["123456789012345678901234567890", "123456789012345678901234567890"],
  ];
  for (const [t, want] of cases) it(`${t} = ${want}`, () => expect(lit(t)).toBe(want));
  it("imaginary literals", () => {
    expect(lit("2.5", true)).toBe("(5/2)*i");
    expect(lit("3", true)).toBe("3i");
    expect(lit("1", true)).toBe("i");
    expect(lit("0", true)).toBe("0");
  });
  it("malformed literals are SyntaxError invalid-number", () => {
    for (const t of ["", ".", "1e", "0x", "0b102", "0o8", "1.2.3", "e5", "0x1.8q3", "1¾x", "abc"]) {
      expect(errorOf(() => N.literal(t, false, ctxOf()))).toBe("SyntaxError/invalid-number");
    }
  });
  it("huge exponents are LimitError before any work", () => {
    expect(errorOf(() => N.literal("1e999999999", false, ctxOf()))).toBe("LimitError/limit-digits");
    expect(errorOf(() => N.literal("1e-999999999", false, ctxOf()))).toBe("LimitError/limit-digits");
    expect(errorOf(() => N.literal("0x1p-99999999", false, ctxOf()))).toBe("LimitError/limit-digits");
    expect(errorOf(() => N.literal("1e99999999999999999999999", false, ctxOf()))).toBe("LimitError/limit-digits");
    expect(errorOf(() => N.literal("1e50", false, ctxOf({ digits: 20 })))).toBe("LimitError/limit-digits");
    expect(lit("0e999999999")).toBe("0");
  });
});
