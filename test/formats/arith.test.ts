// Evaluation in a format (FormatOps): every operation is the exact operation on format values rounded once, with
// IEEE 754 special values; accumulation orders; the format_value contract object (errors, neighbours, decimals).
import { describe, it, expect, beforeAll } from "vitest";
import fc from "fast-check";
import { Q, ready, type Rational, type Num } from "../../src/numbers/index.js";
import { Budget, DEFAULT_LIMITS } from "../../src/core/index.js";
import * as F from "../../src/formats/index.js";

beforeAll(async () => {
  await ready();
});

const ctx = { budget: new Budget({ ...DEFAULT_LIMITS, timeMs: 60_000 }), digits: 34 };
const r = (n: number | bigint, d: number | bigint = 1): Num => ({ kind: "rational", value: Q.make(BigInt(n), BigInt(d)) });
const dec = (ops: F.FormatOps, x: F.FNum) => ops.toFormatValue(x).exact_decimal;

describe("formatArithmetic", () => {
  const h = F.formatArithmetic(F.lookupFormat("fp16")!);
  it("(1/3 + 1/3 + 1/3) in fp16 is 1; 0.1 + 0.2 in fp16 is 0.2998046875", () => {
    const t = h.fromNum(r(1, 3), ctx);
    expect(dec(h, h.add(h.add(t, t, ctx), t, ctx))).toBe("1");
    expect(dec(h, h.add(h.fromNum(r(1, 10), ctx), h.fromNum(r(2, 10), ctx), ctx))).toBe("0.2998046875");
  });
  it("summing 0.01 ten thousand times in fp16 stalls at 32; the accumulated error is reported against the exact 100", () => {
    let s = h.fromNum(r(0), ctx);
    const c = h.fromNum(r(1, 100), ctx);
    for (let i = 0; i < 10_000; i++) s = h.add(s, c, ctx);
    const fv = h.toFormatValue(s, r(100), ctx);
    expect(fv.exact_decimal).toBe("32");
    expect(Q.toString(fv.abs_error!.value)).toBe("68");
  });
  it("IEEE specials: 1/0 = inf, -1/0 = -inf, 0/0 = NaN, inf - inf = NaN, sqrt(-1) = NaN, sqrt(-0) = -0, overflow to inf", () => {
    const one = h.fromNum(r(1), ctx);
    const zero = h.fromNum(r(0), ctx);
    const inf = h.div(one, zero, ctx);
    expect(dec(h, inf)).toBe("inf");
    expect(dec(h, h.div(h.neg(one), zero, ctx))).toBe("-inf");
    expect(dec(h, h.div(zero, zero, ctx))).toBe("nan");
    expect(dec(h, h.sub(inf, inf, ctx))).toBe("nan");
    expect(dec(h, h.sqrt(h.neg(one), ctx))).toBe("nan");
    expect(dec(h, h.sqrt(h.neg(zero), ctx))).toBe("-0");
    expect(dec(h, h.mul(h.fromNum(r(300), ctx), h.fromNum(r(300), ctx), ctx))).toBe("inf");
    expect(h.compare(h.div(zero, zero, ctx), one)).toBeUndefined();
    expect(h.compare(zero, h.neg(zero))).toBe(0);
  });
  it("x - x is +0 except in mode down; fp8e4m3 has no inf (1/0 is NaN); fp4 has neither (DomainError)", () => {
    const x = h.fromNum(r(5), ctx);
    expect(h.sub(x, x, ctx).d.sign).toBe(0);
    const d = F.formatArithmetic(F.lookupFormat("fp16")!, "down");
    expect(d.sub(d.fromNum(r(5), ctx), d.fromNum(r(5), ctx), ctx).d.sign).toBe(1);
    const e = F.formatArithmetic(F.lookupFormat("fp8e4m3")!);
    expect(dec(e, e.div(e.fromNum(r(1), ctx), e.fromNum(r(0), ctx), ctx))).toBe("nan");
    const f4 = F.formatArithmetic(F.lookupFormat("fp4e2m1")!);
    expect(() => f4.div(f4.fromNum(r(1), ctx), f4.fromNum(r(0), ctx), ctx)).toThrow(/fp4e2m1/);
  });
  it("sqrt is correctly rounded (Ziv over an integer-root enclosure); fma rounds once", () => {
    expect(dec(h, h.sqrt(h.fromNum(r(2), ctx), ctx))).toBe("1.4140625");
    expect(dec(h, h.sqrt(h.fromNum(r(9, 4), ctx), ctx))).toBe("1.5");
    // a*a - 1 with a = 1 + 2^-9: the product 1 + 2^-8 + 2^-18 loses its 2^-18 unless fused
    const a = h.fromNum(r(513, 512), ctx);
    const c = h.fromNum(r(-1), ctx);
    expect(dec(h, h.fma(a, a, c, ctx))).toBe("0.003910064697265625");
    expect(dec(h, h.add(h.mul(a, a, ctx), c, ctx))).toBe("0.00390625");
  });
  it("integer powers are exact then rounded; elementary functions are correctly rounded at the rounded input", () => {
    expect(dec(h, h.pow(h.fromNum(r(3), ctx), h.fromNum(r(5), ctx), ctx))).toBe("243");
    expect(dec(h, h.pow(h.fromNum(r(10), ctx), h.fromNum(r(-1), ctx), ctx))).toBe("0.0999755859375");
    expect(dec(h, h.pow(h.fromNum(r(2), ctx), h.fromNum(r(30), ctx), ctx))).toBe("inf");
    // sin(1) = 0.8414709848...: fp16 neighbours 0.84130859375 and 0.841796875
    expect(dec(h, h.apply("sin", [h.fromNum(r(1), ctx)], ctx))).toBe("0.84130859375");
    expect(dec(h, h.apply("ln", [h.fromNum(r(0), ctx)], ctx))).toBe("-inf");
    // non-integer powers: correctly rounded exact power; NaN for a negative base; +inf for 0 to a negative power
    expect(dec(h, h.pow(h.fromNum(r(2), ctx), h.fromNum(r(1, 2), ctx), ctx))).toBe("1.4140625");
    expect(dec(h, h.pow(h.fromNum(r(9, 4), ctx), h.fromNum(r(1, 2), ctx), ctx))).toBe("1.5");
    expect(dec(h, h.pow(h.fromNum(r(-8), ctx), h.fromNum(r(1, 3), ctx), ctx))).toBe("nan");
    expect(dec(h, h.pow(h.fromNum(r(0), ctx), h.fromNum(r(-1, 2), ctx), ctx))).toBe("inf");
  });
});

describe("accumulation orders", () => {
  const fp16 = F.lookupFormat("fp16")!;
  const v: Rational[] = Array.from({ length: 10_000 }, () => Q.make(1n, 100n));
  const run = (order: F.SumOrder, acc = fp16) => {
    const res = F.sumInFormats(v, { input: fp16, product: null, acc, order, block: 32 }, ctx.budget);
    return res.value.kind === "finite" ? Q.toNumber(res.value.value) : NaN;
  };
  it("sequential fp16 stalls at 32, pairwise and blocked recover, fp32 accumulation is close", () => {
    expect(run("sequential")).toBe(32);
    expect(run("pairwise")).toBe(100);
    expect(run("blocked")).toBeCloseTo(98.0625, 10);
    expect(Math.abs(run("sequential", F.lookupFormat("fp32")!) - 100)).toBeLessThan(0.1);
  });
  it("dot with exact products and an fp16 accumulator; matmul shape", () => {
    const x = [Q.fromInt(1), Q.fromInt(2), Q.fromInt(3)];
    const d = F.dotInFormats(x, x, { input: fp16, product: null, acc: fp16, order: "sequential" });
    expect(Q.toString(d.exact)).toBe("14");
    const m = F.matmulInFormats(x, x, 3, 1, 3, { input: null, product: null, acc: null, order: "pairwise" });
    expect(m.map((e) => Q.toString(e.exact))).toEqual(["1", "2", "3", "2", "4", "6", "3", "6", "9"]);
  });
});

describe("format_value contract", () => {
  it("0.1 to bf16: fields, hex, exact decimal, errors in ulps, neighbours", () => {
    const fv = F.roundToFormat(r(1, 10), F.lookupFormat("bf16")!, "nearest_even", "nonfinite", 0, ctx);
    expect(fv.bits).toBe("0x3dcd");
    expect(fv.fields).toEqual({ sign: "0", exponent: "01111011", mantissa: "1001101" });
    expect(fv.exact_decimal).toBe("0.10009765625");
    expect(Q.toString(fv.abs_error!.value)).toBe("1/10240");
    expect(Q.toString(fv.ulps!.value)).toBe("1/5");
    expect(fv.neighbours!.map((n) => n!.bits)).toEqual(["0x3dcc", "0x3dce"]);
  });
  it("fp64 subnormal min has its full 1074-digit expansion; -0 and NaN payloads", () => {
    const min = F.decodeBits(1n, F.lookupFormat("fp64")!);
    expect(min.exact_decimal.length).toBe(1076);
    expect(min.exact_decimal.endsWith("5")).toBe(true);
    expect(F.decodeBits(0x8000n, F.lookupFormat("fp16")!).exact_decimal).toBe("-0");
    const nan = F.decodeBits(0x7c01n, F.lookupFormat("fp16")!);
    expect([nan.class, nan.payload]).toEqual(["nan", 1n]);
    expect(() => F.decodeBits(0x10000n, F.lookupFormat("fp16")!)).toThrow(/not a code/);
  });
  it("nextCode walks through zero and saturates at the ends (IEEE nextUp/nextDown)", () => {
    const f = F.lookupFormat("fp8e4m3")!;
    expect(F.nextCode(f, 0x80n, 1)).toBe(0x01n); // nextUp(-0) = min subnormal
    expect(F.nextCode(f, 0x81n, 1)).toBe(0x80n); // nextUp(-min) = -0
    expect(F.nextCode(f, 0x00n, -1)).toBe(0x81n);
    expect(F.nextCode(f, 0x7en, 1)).toBeNull(); // no inf
    expect(F.nextCode(F.lookupFormat("fp16")!, 0x7bffn, 1)).toBe(0x7c00n); // max -> inf
  });
  it("irrational inputs round by Ziv: sqrt(2) to bf16, and radicals near a rounding boundary", () => {
    const s2: Num = { kind: "radical", a: Q.ZERO, b: Q.ONE, d: 2n };
    expect(F.roundToFormat(s2, F.lookupFormat("bf16")!, "nearest_even", "nonfinite", 0, ctx).exact_decimal).toBe("1.4140625");
    expect(F.bitsOf(s2, F.lookupFormat("fp64")!, "nearest_even", "nonfinite", 0, ctx)).toBe(0x3ff6a09e667f3bcdn);
    // (1 + sqrt(5))/2 in fp32 (golden ratio): 1.61803400516510009765625
    const phi: Num = { kind: "radical", a: Q.make(1n, 2n), b: Q.make(1n, 2n), d: 5n };
    expect(F.roundToFormat(phi, F.lookupFormat("fp32")!, "nearest_even", "nonfinite", 0, ctx).exact_decimal).toBe("1.61803400516510009765625");
  });
  it("formatInfo: fp16 and e8m0 properties", () => {
    const i = F.formatInfo(F.lookupFormat("fp16")!);
    expect([Q.toString(i.max), Q.toString(i.min_normal), Q.toString(i.min_subnormal), Q.toString(i.epsilon)]).toEqual(["65504", "1/16384", "1/16777216", "1/1024"]);
    expect(i.finite_values).toBe(63487n);
    const e = F.formatInfo(F.lookupFormat("e8m0")!);
    expect([e.has_inf, e.has_nan, e.finite_values]).toEqual([false, true, 255n]);
  });
  it("customFormat: defaults, named layouts, options and rejected shapes", () => {
    expect(F.customFormat(5, 10).name).toBe("fp16");
    expect(F.customFormat(4, 3, { specials: "fn" }).name).toBe("fp8e4m3");
    const ftz = F.customFormat(5, 2, { subnormals: false });
    expect(ftz.name).toBe("float(5, 2, subnormals=false)");
    expect(Q.toString(F.ordinalValue(ftz, 1n))).toBe("0"); // flushed code
    expect(() => F.customFormat(1, 3)).toThrow(/not a supported format/);
    expect(() => F.customFormat(16, 3)).toThrow(/not a supported format/);
  });
});

describe("fp32 arithmetic against the host's IEEE float32 (Math.fround)", () => {
  // a op b computed in float64 then rounded to float32 is the correctly rounded float32 result for + - * / sqrt
  // (53 >= 2*24 + 2: double rounding is innocuous, Figueroa 1995), so Math.fround is an independent oracle
  const f32 = F.lookupFormat("fp32")!;
  const ops = F.formatArithmetic(f32);
  const fromDouble = (x: number) => ops.fromCode(F.roundNumber(f32, x, "nearest_even", "nonfinite"));
  const asDouble = (x: F.FNum) => F.codeToNumber(f32, x.code);
  const float32 = fc.float({ noDefaultInfinity: false, noNaN: true });
  it("add, sub, mul, div, sqrt agree bit for bit (fast-check, fixed seed)", () => {
    fc.assert(
      fc.property(float32, float32, (a, b) => {
        const x = fromDouble(a);
        const y = fromDouble(b);
        const same = (got: F.FNum, want: number) => Object.is(asDouble(got), Math.fround(want)) || (Number.isNaN(want) && got.d.kind === "nan");
        expect(same(ops.add(x, y, ctx), a + b)).toBe(true);
        expect(same(ops.sub(x, y, ctx), a - b)).toBe(true);
        expect(same(ops.mul(x, y, ctx), a * b)).toBe(true);
        expect(same(ops.div(x, y, ctx), a / b)).toBe(true);
        expect(same(ops.sqrt(x, ctx), Math.sqrt(a))).toBe(true);
      }),
      { seed: 7, numRuns: 400 },
    );
  });
  it("stochastic evaluation is reproducible by seed", () => {
    const run = (seed: number) => {
      const s = F.formatArithmetic(F.lookupFormat("fp16")!, "stochastic", "nonfinite", seed);
      let acc = s.fromNum(r(0), ctx);
      for (let i = 0; i < 200; i++) acc = s.add(acc, s.fromNum(r(1, 3), ctx), ctx);
      return acc.code;
    };
    expect(run(11)).toBe(run(11));
  });
});
