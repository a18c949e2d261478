// The library contract of DESIGN.md: the JSON examples verbatim, statelessness, sessions, limits and errors.
import { describe, it, expect } from "vitest";
import { evaluate, createSession } from "../src/index.js";

describe("DESIGN.md contract examples", () => {
  it("1/3 + 1/6", async () => {
    expect(await evaluate("1/3 + 1/6")).toEqual({
      ok: true,
      value: { type: "rational", exact: "1/2", decimal: "0.5", decimal_is_exact: true },
      text: "1/2",
      latex: "\\frac{1}{2}",
    });
  });
  it("sqrt(8)", async () => {
    expect(await evaluate("sqrt(8)")).toEqual({
      ok: true,
      value: { type: "radical", exact: "2*sqrt(2)", decimal: "2.828427124746190097603377448419396", decimal_is_exact: false },
      text: "2*sqrt(2)",
      latex: "2\\sqrt{2}",
    });
  });
  it("sin(1)", async () => {
    expect(await evaluate("sin(1)")).toEqual({
      ok: true,
      value: { type: "real", decimal: "0.841470984807896506652502321630299", digits: 34, decimal_is_exact: false },
      text: "0.841470984807896506652502321630299",
      latex: "0.841470984807896506652502321630299",
    });
  });
  it("a syntax error with its span", async () => {
    const r = await evaluate("1 + )");
    expect(r).toMatchObject({ ok: false, error: { kind: "SyntaxError", code: "unexpected-token", span: [4, 5] } });
  });
});

describe("engine behaviour", () => {
  const text = async (s: string, digits?: number) => {
    const r = await evaluate(s, digits ? { digits } : {});
    if (!r.ok) throw new Error(`${s}: ${JSON.stringify(r.error)}`);
    return r.text;
  };
  const error = async (s: string) => {
    const r = await evaluate(s);
    if (r.ok) throw new Error(`${s} should fail, gave ${r.text}`);
    return r.error;
  };
  it("exact arithmetic", async () => {
    expect(await text("0.1 + 0.2")).toBe("3/10");
    expect(await text("2^200")).toBe("1606938044258990275541962092341162602522202993782792835301376");
    expect(await text("1/3 + 1/6")).toBe("1/2");
    expect((await text("100!")).length).toBe(158);
    expect(await text("-2^2")).toBe("-4");
    expect(await text("2^3^2")).toBe("512");
    expect(await text("6/2(1+2)")).toBe("9");
  });
  it("percent", async () => {
    expect(await text("15% of 80")).toBe("12");
    expect(await text("200 + 10%")).toBe("220");
    expect(await text("200 - 10%")).toBe("180");
  });
  it("errors carry kind, code and span", async () => {
    expect(await error("1/0")).toMatchObject({ kind: "DomainError", code: "division-by-zero" });
    expect(await error("foo(2)")).toMatchObject({ kind: "NameError", code: "unknown-function", span: [0, 3] });
    expect((await error("sqrtt(2)")).notes).toContain("did you mean 'sqrt'?");
  });
  it("resource bombs end in LimitErrors", async () => {
    expect(await error("10^10^10^10")).toMatchObject({ kind: "LimitError" });
    expect(await error("factorial(10^9)")).toMatchObject({ kind: "LimitError" });
    expect(await error("(".repeat(100_000) + "1" + ")".repeat(100_000))).toMatchObject({ kind: "LimitError" });
  });
  it("evaluations do not share state and digits do not leak", async () => {
    const [a, b] = await Promise.all([evaluate("pi", { digits: 5 }), evaluate("pi", { digits: 40 })]);
    expect(a.ok && a.value).toMatchObject({ type: "symbolic", exact: "pi", decimal: "3.1416" });
    expect(b.ok && b.value).toMatchObject({ decimal: "3.141592653589793238462643383279502884197" });
    await evaluate("x = 5");
    expect(await text("x + 1")).toBe("x + 1");
  });
  it("sessions keep bindings, ans, and roll back failures", async () => {
    const s = createSession();
    await s.evaluate("f(x) = x^2 + 1");
    await s.evaluate("a = 3");
    expect(await s.evaluate("f(a)")).toMatchObject({ ok: true, text: "10" });
    expect(await s.evaluate("ans * 2")).toMatchObject({ ok: true, text: "20" });
    expect(await s.evaluate("a = 1/0")).toMatchObject({ ok: false });
    expect(await s.evaluate("a")).toMatchObject({ ok: true, text: "3" });
  });
});

describe("library API beyond evaluate", () => {
  it("compile gives a float64 function and a column mapper", async () => {
    const { compile } = await import("../src/index.js");
    const c = await compile("x^2 + 2*x*y + 1/4", ["x", "y"]);
    expect(c.fn(3, 2)).toBe(9 + 12 + 0.25);
    expect([...c.map(new Float64Array([1, 2]), new Float64Array([0, 1]))]).toEqual([1.25, 8.25]);
    await expect(compile("x +", ["x"])).rejects.toMatchObject({ kind: "SyntaxError" });
  });
  it("roundArray and decodeArray round binary floats into formats and back", async () => {
    const { roundArray, decodeArray } = await import("../src/index.js");
    const r = roundArray(new Float64Array([0.1, -0, 1e6]), "bf16");
    expect([...r.codes]).toEqual([0x3dcd, 0x8000, 0x4974]);
    expect([...decodeArray(r.codes, "bf16")]).toEqual([0.10009765625, -0, 999424]);
  });
});

describe("deep and long inputs", () => {
  it("a 3 000-term mixed chain is flat, not deep", async () => {
    const r = await evaluate("1" + "+1-1".repeat(1500) + "+1");
    expect(r).toMatchObject({ ok: true, text: "2" });
    const m = await evaluate("2" + "*3/3".repeat(1500));
    expect(m).toMatchObject({ ok: true, text: "2" });
  });
  it("percent inside a chain", async () => {
    expect(await evaluate("100 + 10% - 10%")).toMatchObject({ ok: true, text: "99" });
  });
});

describe("freeVariables", () => {
  it("lists the unknowns, not constants or function names", async () => {
    const { freeVariables } = await import("../src/index.js");
    expect(freeVariables("a*x^2 + b*x + c = 0")).toEqual(["a", "b", "c", "x"]);
    expect(freeVariables("sin(t) + e^i + pi")).toEqual(["t"]);
    expect(freeVariables("var k; k*x")).toEqual(["k", "x"]);
    expect(freeVariables("1 +")).toEqual([]);
  });
});
