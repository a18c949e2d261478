// Adversarial inputs beyond ../shared/oracles/attacks.txt: huge exponents in every position, nested factorials, deep
// user recursion, huge ranges/matrices, 10^6-digit requests, long strings, Unicode confusables. Each must end in a
// clean Result of the expected kind (never a throw, never InternalError); known bugs outside QA paths are it.fails/skip.
import { describe, it, expect } from "vitest";
import { evaluate, type Result } from "../../src/index.js";
import { resultMismatch } from "./compare.js";

type Kind = "ok" | "SyntaxError" | "NameError" | "TypeError" | "DomainError" | "DimensionError" | "LimitError";
const LIM = { timeMs: 1500 };

const kindOf = (r: Result): string => (r.ok ? "ok" : r.error.kind);

async function check(text: string, want: Kind, opts: Parameters<typeof evaluate>[1] = { limits: LIM }): Promise<Result> {
  let r: Result;
  try {
    r = await evaluate(text, opts);
  } catch (e) {
    throw new Error(`evaluate threw on ${text.slice(0, 60)}: ${String(e)}`);
  }
  expect({ text: text.slice(0, 80), kind: kindOf(r), code: r.ok ? "" : typeof r.error.code }).toEqual({
    text: text.slice(0, 80),
    kind: want,
    code: r.ok ? "" : "string",
  });
  if (!r.ok && r.error.kind === "LimitError") {
    const e = r.error as unknown as { limit?: string; value?: number };
    expect(["digits", "time", "elements", "depth", "input_length"]).toContain(e.limit);
    expect(typeof e.value).toBe("number");
  }
  return r;
}

const cases: [string, Kind][] = [
  // huge exponents in every position
  ["10^10^10", "LimitError"],
  ["2^2^2^2^2^2", "LimitError"],
  ["(2^64)^(2^64)", "LimitError"],
  ["10^-(10^6)", "LimitError"],
  ["(1/3)^(-(10^7))", "LimitError"],
  ["0.5^(10^9)", "LimitError"],
  ["(1+i)^(10^7)", "LimitError"],
  ["sqrt(2)^(10^9)", "LimitError"],
  ["[[1,2],[3,4]]^(10^9)", "LimitError"],
  ["1e99999999999999999999", "LimitError"],
  ["0.1e99999999999", "LimitError"],
  ["1e-1000000", "LimitError"],
  ["exp(10^10)", "LimitError"],
  ["exp(-10^10)", "LimitError"],
  ["exp(exp(exp(10)))", "LimitError"],
  ["sin(10^(10^6))", "LimitError"],
  ["gamma(10^20)", "LimitError"],
  ["2^(2^40) to fp32", "LimitError"],
  ["fround(10^(10^6), fp16)", "LimitError"],
  ["floor(pi * 10^(10^5))", "LimitError"],
  ["lcm(10^50000, 10^50000+1)", "LimitError"],
  ["(-1)^(10^20)", "ok"],
  ["i^(10^100)", "ok"],
  ["0^(10^100)", "ok"],
  ["1^(10^100)", "ok"],
  ["nthroot(2, 10^18)", "ok"],
  ["lgamma(10^100)", "ok"],
  ["binomial(10^100, 3)", "ok"],
  ["mod(10^(10^6) - 1, 7)", "LimitError"],
  // nested factorials and combinatorics
  ["(10!)!", "LimitError"],
  ["((5!)!)!", "LimitError"],
  ["factorial(factorial(20))", "LimitError"],
  ["(2^64)!", "LimitError"],
  ["doublefactorial(10^7)", "LimitError"],
  ["binomial(2^100, 2^99)", "LimitError"],
  ["10!!!!", "ok"],
  // deep user recursion
  ["f(n) = f(n-1); f(5)", "LimitError"],
  ["f(n) = f(n+1) + 1; f(0)", "LimitError"],
  ["f(x) = g(x); g(x) = f(x); f(1)", "LimitError"],
  ["f(n) = if n == 0 then 0 else 1 + f(n-1); f(10^6)", "LimitError"],
  ["f(n) = if n == 0 then 0 else 1 + f(n-1); f(100)", "ok"],
  // huge ranges, matrices, symbolic work
  ["1..10^9", "LimitError"],
  ["sum(1..10^7)", "LimitError"],
  ["1..2 by 10^-9", "LimitError"],
  ["1..2 by 0", "DomainError"],
  ["zeros(10^4, 10^4)", "LimitError"],
  ["identity(10^5)", "LimitError"],
  ["linspace(0, 1, 10^9)", "LimitError"],
  ["kron(ones(100,100), ones(100,100))", "LimitError"],
  ["quantize(zeros(10^7), \"mxfp4\")", "LimitError"],
  ["expand((x+y+z)^100)", "LimitError"],
  ["factor(x^10000 - 1)", "LimitError"],
  ["solve(x^10000 - 2 = 0, x)", "LimitError"],
  ["diff(sin(x), x, 10^6)", "DomainError"],
  ["taylor(exp(x), x, 0, 10^6)", "DomainError"],
  ["[1,2,3][10^100]", "DomainError"],
  ["zeros(-1, 3)", "DomainError"],
  // pathological but legal
  ["1..10^10 by 10^9", "ok"],
  ["gcd(10^(10^5), 2)", "ok"],
  ["solve(0 = 1, x)", "ok"],
  ["solve(x = x + 1, x)", "ok"],
  ["inv([[0,0],[0,0]])", "DomainError"],
  ["det([[1, 2], [3]])", "DimensionError"],
  ["nsolve(sin(x) = 2, x)", "DomainError"],
  ["atanh(1)", "DomainError"],
  ["0/0", "DomainError"],
];

describe("adversarial: resource bombs end in clean errors", () => {
  for (const [text, kind] of cases) it(`${text} -> ${kind}`, () => check(text, kind));
});

describe("once-reported bugs, now fixed", () => {
  it("user recursion of depth 900 is under the depth limit of 1000", async () => {
    const r = await check("f(n) = if n == 0 then 0 else 1 + f(n-1); f(900)", "ok");
    expect(r.ok && r.text).toBe("900");
  });
  it("pi^(10^9) and e^(10^9) have a finite decimal or a LimitError, never \"nan\"", async () => {
    for (const t of ["pi^(10^9)", "e^(10^9)", "pi^(10^6) * 0 + pi^(10^9)"]) {
      const r = await evaluate(t, { limits: LIM });
      expect(r.ok ? (r.value as { decimal?: string }).decimal : r.error.kind).not.toBe("nan");
    }
  });
  it("taylor at a pole is a DomainError, not 0/0; sizes past 2^53 are LimitErrors, not 'must be >= 0'", async () => {
    await check("taylor(1/x, x, 0, 3)", "DomainError");
    await check("ones(2^53)", "LimitError");
    await check("linspace(0, 1, 2^60)", "LimitError");
  });
  it("zeros(10^8, 0) is a LimitError (it used to build 10^8 empty rows and die of a heap OOM after ~95 s)", async () => {
    await check("zeros(10^8, 0)", "LimitError");
  });
  it("sum(k^2, k, 1, 10), the Wolfram/SymPy form models write, is 385", async () => {
    const r = await check("sum(k^2, k, 1, 10)", "ok");
    expect(r.ok && r.text).toBe("385");
  });
});

describe("percent with a signed operand", () => {
  it.each([
    ["200 + -10%", "180"],
    ["200 - -10%", "220"],
    ["100 + (-10)%", "90"],
    ["200 + --10%", "220"],
  ])("%s = %s", async (text, want) => {
    const r = await check(text, "ok");
    expect(r.ok && r.text).toBe(want);
  });
});

describe("adversarial: sizes of the input itself", () => {
  it("long inputs, deep nesting and long strings", async () => {
    await check("1+".repeat(50000) + "1", "LimitError");
    await check("(".repeat(5000) + "1" + ")".repeat(5000), "LimitError");
    await check("-".repeat(5000) + "1", "LimitError");
    await check("√".repeat(3000) + "2", "LimitError");
    const fact = await evaluate("2" + "!".repeat(3000), { limits: LIM }); // 2!! = 2, so a flat chain may answer 2
    expect(fact.ok ? fact.text : fact.error.kind).toMatch(/^(2|LimitError)$/);
    await check("2" + "^2".repeat(3000), "LimitError");
    await check("[".repeat(3000) + "1" + "]".repeat(3000), "LimitError");
    await check("x".repeat(100001), "LimitError");
    await check("sin(".repeat(900) + "1" + ")".repeat(900), "ok");
    await check("1;".repeat(20000) + "2", "ok");
    const s = await check('"' + "a".repeat(50000) + '"', "ok");
    expect(s.ok && s.value.type).toBe("string");
    const big = await check("1".repeat(99999), "ok");
    expect(big.ok && big.text.length).toBe(99999);
  });
});

describe("adversarial: digits requests", () => {
  it("refuses 10^6 digits, and nonsense digits, cleanly", async () => {
    await check("pi", "LimitError", { digits: 1e6 });
    for (const d of [0, -5, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) await check("pi", "TypeError", { digits: d });
    await check("zeta(3)", "LimitError", { digits: 10000, limits: LIM });
    const r = await check("1/7", "ok", { digits: 100000 });
    expect(r.ok && (r.value as { decimal?: string }).decimal?.length).toBeGreaterThan(99999);
  });
});

describe("adversarial: Unicode confusables and look-alikes", () => {
  const cases2: [string, Kind][] = [
    ["ѕin(1)", "NameError"], // Cyrillic dze
    ["sіn(1)", "NameError"], // Cyrillic i
    ["2 x 3", "SyntaxError"],
    ["2 ½", "SyntaxError"],
    ["`1+1`", "SyntaxError"],
    ["x == 5 ? 1 : 0", "SyntaxError"],
    ["a := 5", "SyntaxError"],
    ["1,23", "SyntaxError"],
    ["\u202e1+2", "SyntaxError"], // right-to-left override
    ["1\u200b+2", "SyntaxError"], // zero-width space
    ["𝜋 + ℯ", "ok"],
    ["2 − 3", "ok"],
  ];
  for (const [text, kind] of cases2) it(`${JSON.stringify(text)} -> ${kind}`, () => check(text, kind));
  it("a confusable name gets a did-you-mean note", async () => {
    const r = await check("ѕin(1)", "NameError");
    expect(!r.ok && r.error.notes?.join(" ")).toContain("sin");
  });
});

// Known bugs outside the QA paths (owner in the title); the expected answer is what the test asserts.
describe("adversarial: known bugs", () => {

  it.fails("algebra: taylor(sin(x)/x, x, 0, 4) is x^4/120 - x^2/6 + 1 (was x/0; now an honest DomainError)", async () => {
    const r = await check("taylor(sin(x)/x, x, 0, 4)", "ok");
    expect(r.ok && r.text).toBe("x^4/120 - x^2/6 + 1");
  });

  it("algebra: factor(x^2 - y^2) is (x - y)*(x + y)", async () => {
    const r = await check("factor(x^2 - y^2)", "ok");
    expect(r.ok && r.text).toBe("(x - y)*(x + y)");
  });
  it("algebra: polynomial systems: solve([x*y = 6, x + y = 5], [x, y]) is (2, 3) and (3, 2)", async () => {
    const r = await check("solve([x*y = 6, x + y = 5], [x, y])", "ok");
    const want = { solutions: [[{ exact: "2" }, { exact: "3" }], [{ exact: "3" }, { exact: "2" }]] };
    expect(resultMismatch(r, want)).toBeNull();
  });
  it("algebra: diff(x^n, x) is n*x^(n - 1) (also (x+1)^n)", async () => {
    for (const t of ["diff(x^n, x)", "diff((x+1)^n, x)"]) {
      const r = await check(`subs(subs(${t}, x, 2), n, 3)`, "ok");
      expect({ t, v: r.ok && r.text }).toEqual({ t, v: t.includes("+1") ? "27" : "12" });
    }
  });
  // Time-limit overruns (measured on the 2-core CI box, default timeMs 2000; kernels run without budget ticks or a
  // cost prediction). Skipped because a failing run costs seconds; expected: a LimitError(time) near the limit.
  // Owner: numbers (integer gcd / exact division / radical extraction).
  it("numbers: gcd(3^200000 - 1, 2^300000 - 1) answers (Lehmer) or stops at the time limit (each round ticks)", async () => {
    const r = await evaluate("gcd(3^200000 - 1, 2^300000 - 1)", { limits: { timeMs: 300 } });
    expect(r.ok ? r.text : r.error.kind).toMatch(/^(1|LimitError)$/);
  });
  it("numbers: (3^100000 + 1) mod (2^150000 + 7) is one bigint division (no gcd of the quotient)", async () => {
    await check("(3^100000 + 1) mod (2^150000 + 7)", "ok", { limits: { timeMs: 2000 } });
  });
  it("numbers: sqrt(3^200001) extracts the square factor in O(log e) divisions", async () => {
    const r = await check("sqrt(3^200001)", "ok", { limits: { timeMs: 2000 } });
    expect(r.ok && r.text.endsWith("*sqrt(3)")).toBe(true);
  });

});
