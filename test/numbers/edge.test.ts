// Hostile and edge inputs: every call returns a value or a UlpError (never hangs, never a raw JS error), with
// small time limits where the work could be long; exact integer kernels checked against known values.
import { describe, it, expect } from "vitest";
import * as N from "../../src/numbers/index.js";
import { UlpError } from "../../src/core/index.js";
import { num, exact, ctxOf, errorOf } from "./helpers.js";

describe("integer kernels", () => {
  it("binomial without float cancellation in the size check", () => {
    expect(exact("binomial(10^18, 2)")).toBe("499999999999999999500000000000000000");
    expect(exact("binomial(100000, 50000)").length).toBe(30101);
    expect(exact("binomial(10, 11)")).toBe("0");
    expect(exact("binomial(5, -1)")).toBe("0");
  });
  it("primality and factorization", () => {
    const ctx = ctxOf();
    expect(N.isPrime(num("2^127 - 1"), ctx)).toBe(true);
    expect(N.isPrime(num("2^128 + 1"), ctx)).toBe(false);
    expect(N.isPrime(num("561"), ctx)).toBe(false); // Carmichael
    expect(N.isPrime(num("3215031751"), ctx)).toBe(false); // strong pseudoprime to bases 2, 3, 5, 7
    expect(N.factorInt(2n ** 64n + 1n)).toEqual([[274177n, 1], [67280421310721n, 1]]);
    expect(N.factorInt(360n)).toEqual([[2n, 3], [3n, 2], [5n, 1]]);
    expect(N.factorInt(1000003n * 1000033n)).toEqual([[1000003n, 1], [1000033n, 1]]);
  });
  it("lcm and gcd", () => {
    expect(exact("lcm(2^3*3, 2*3^2*5)")).toBe("360");
    expect(exact("gcd(0, 0)")).toBe("0");
    expect(exact("gcd(-12, 18)")).toBe("6");
    expect(errorOf(() => num("lcm(10^60000, 10^60000 + 1)"))).toBe("LimitError/limit-digits");
  });
});

describe("hostile inputs end in a value or a UlpError", () => {
  const inputs = [
    "nthroot(2, 10^30)",
    "nthroot(2, 1000)",
    "nthroot(-2, 0)",
    "exp(10^30)",
    "sin(10^50)",
    "gamma(10^6 + 1/2)",
    "factorial(171/2)",
    "zeta(10^6)",
    "zeta(-10^6)",
    "log(10^99999, 10)",
    "2^(1/10^9)",
    "(-1)^(1/3)",
    "0^(1/2)",
    "0^(-1/2)",
    "(2/3)^(-10^4)",
    "sqrt(2)^(1/3)",
    "pi^pi",
    "e^(1/3)",
    "i^i",
    "(1 + sqrt(2) + sqrt(3) + sqrt(5) + sqrt(7))^9",
    "1/(1 + sqrt(2) + sqrt(3) + sqrt(5))",
    "1/(1 + pi)",
    "cbrt(2) + cbrt(3) + cbrt(4)",
    "floor(10^50 + 1/2)",
    "round(-1/2)",
    "mod(sqrt(2), 1/3)",
    "atan2(sqrt(3), -1)",
    "asin(3/2)",
    "acosh(-2)",
  ];
  for (const input of inputs) {
    it(input, () => {
      const ctx = ctxOf({ timeMs: 2000 });
      try {
        const v = num(input, ctx);
        if (!N.isExact(v) && v.kind !== "complex") N.toDecimal(v as N.RealLike, 20, ctx);
      } catch (e) {
        expect(e).toBeInstanceOf(UlpError);
        expect(["LimitError", "DomainError"]).toContain((e as UlpError).kind);
      }
    });
  }
  it("a hopeless factorization stops at the time limit", () => {
    const ctx = ctxOf({ timeMs: 100 });
    const p = 2n ** 89n - 1n;
    const q = 2n ** 107n - 1n;
    expect(() => N.factorInt(p * q * 3n ** 0n, (w) => ctx.budget.tick(w))).toThrow(UlpError);
  });
  it("huge-number primality stops at the time limit", () => {
    const ctx = ctxOf({ timeMs: 100 });
    expect(errorOf(() => N.isPrime(num("2^30000 + 1", ctx), ctx))).toMatch(/^(LimitError\/limit-time|no error)$/);
  });
  it("real floors that cannot be decided raise LimitError", () => {
    expect(errorOf(() => num("floor(exp(ln(3)))", ctxOf({ digits: 2000 })))).toBe("LimitError/limit-digits");
  });
});

describe("more exact kernels", () => {
  it("generalized binomial of a rational", () => {
    expect(exact("binomial(1/2, 2)")).toBe("-1/8");
    expect(exact("binomial(1/2, 3)")).toBe("1/16");
    expect(exact("binomial(-1/2, 2)")).toBe("3/8");
    expect(exact("binomial(7/3, 0)")).toBe("1");
  });
  it("floor of large irrational values needs precision proportional to magnitude", () => {
    expect(exact("floor(pi*10^3000)").startsWith("31415926535897932384")).toBe(true);
    expect(exact("floor(pi*10^3000)").length).toBe(3001);
    expect(exact("floor(sqrt(2)*10^20000)").length).toBe(20001);
  });
});

describe("radicands with large prime factors", () => {
  it("square factors beyond trial division still cancel in products", () => {
    const p = 1000003n;
    expect(exact(`sqrt(${2n * p * p})*sqrt(2)`)).toBe(String(2n * p));
    expect(exact(`sqrt(${3n * p})*sqrt(${5n * p})`)).toBe(`${p}*sqrt(15)`);
    expect(exact("sqrt(2*9973^2)")).toBe("9973*sqrt(2)");
  });
});

describe("radicals built by other layers", () => {
  it("a radical with a non-square-free d combines and compares with the reduced one", () => {
    const p = 1000003n;
    const ctx = ctxOf();
    const wide: N.Num = { kind: "radical", a: N.Q.ZERO, b: N.Q.ONE, d: 2n * p * p };
    const reduced = N.mul(N.integer(p), num("sqrt(2)", ctx), ctx);
    expect(N.exactText(N.sub(wide, reduced, ctx))).toBe("0");
    expect(N.equals(wide, reduced, ctx)).toBe(true);
  });
});
