// Size limits are predicted before the work: huge powers, factorials and binomials fail at once with LimitError.
import { describe, it, expect } from "vitest";
import * as N from "../../src/numbers/index.js";
import { num, errorOf, ctxOf, exact } from "./helpers.js";

describe("limits", () => {
  const limited: string[] = [
    "2^(10^9)",
    "10^10^10^10",
    "factorial(10^9)",
    "factorial(10^30)",
    "gamma(10^9)",
    "binomial(10^9, 5*10^8)",
    "doublefactorial(10^9)",
    "(3/7)^(10^8)",
    "sqrt(2)^(10^9)",
    "(1 + i)^(10^9)",
    "(2/3 + i)^(10^7)",
    "7^(1/3*10^9)",
    "2^(2^64)",
  ];
  for (const input of limited) {
    it(`${input} is LimitError limit-digits`, () => expect(errorOf(() => num(input))).toBe("LimitError/limit-digits"));
  }
  it("stays exact below the limit", () => {
    expect(exact("2^1000").length).toBe(302);
    expect(exact("i^(10^12)")).toBe("1");
    expect(exact("(-1)^(10^15 + 1)")).toBe("-1");
    expect(exact("1^(10^100)")).toBe("1");
    expect(exact("0^(10^100)")).toBe("0");
  });
  it("a lower digits limit is honoured", () => {
    expect(errorOf(() => num("2^400", ctxOf({ digits: 100 })))).toBe("LimitError/limit-digits");
    expect(errorOf(() => num("factorial(100)", ctxOf({ digits: 100 })))).toBe("LimitError/limit-digits");
    expect(exact("2^300", ctxOf({ digits: 100 })).length).toBe(91);
  });
});

describe("products are checked before the work", () => {
  it("squaring a 60 000-digit integer exceeds a 100 000-digit limit", () => {
    const ctx = ctxOf();
    const big = num("10^60000", ctx);
    expect(errorOf(() => N.mul(big, big, ctx))).toBe("LimitError/limit-digits");
    expect(errorOf(() => N.div(big, N.add(big, N.integer(1), ctx), ctx))).toBe("LimitError/limit-digits");
    expect(N.exactText(N.mul(num("10^40000", ctx), num("10^40000", ctx), ctx))!.length).toBe(80001);
  });
});

describe("sums are checked before the work", () => {
  it("adding fractions with 60 000-digit coprime denominators exceeds the limit; huge integers do not", () => {
    const ctx = ctxOf();
    const a = N.div(N.integer(1), num("10^60000", ctx), ctx);
    const b = N.div(N.integer(1), num("3^125000", ctx), ctx);
    expect(errorOf(() => N.add(a, b, ctx))).toBe("LimitError/limit-digits");
    const big = num("10^60000", ctx);
    expect(N.exactText(N.add(big, big, ctx))!.length).toBe(60001);
  });
});
