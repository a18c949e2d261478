// The typed-array fast path agrees with the exact per-element path (bits(x, fmt)) on random and special inputs:
// subnormals, ties, NaN, inf, -0, overflow, for every deterministic mode and both overflow policies.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import type { RoundingMode } from "../../src/core/index.js";
import { CATALOG, roundArray, decodeArray, decodeTable, roundNumber, codeToNumber, lookupFormat, prngDraw, type OverflowPolicy } from "../../src/formats/index.js";

const MODES: RoundingMode[] = ["nearest_even", "nearest_away", "toward_zero", "up", "down", "odd"];
const FORMATS = CATALOG.filter((f) => f.kind === "float" && f.bits <= 32 && f.specials !== "none").map((f) => f.name);
const NO_NAN = ["fp6e2m3", "fp6e3m2", "fp4e2m1"];

/** Special inputs: ties, neighbours of the format's extremes, subnormals, non-finite and signed zeros. */
function specials(name: string): number[] {
  const f = lookupFormat(name)!;
  const out = [0, -0, Infinity, -Infinity, NaN, 1, -1, 0.1, 1 / 3, 5e-324, -5e-324, 2.2250738585072014e-308, 1e308, -1e308];
  // all codes up to 8 bits; for 16 bits the low and high ends plus every 61st code (keeps the suite fast)
  const all = f.bits <= 16 ? [...Array(2 ** f.bits).keys()] : [0, 1, 2, 3, 0x400, 0x401, 0x7f7fe, 0x7f7ff, 0x3ffff, 0x3fbff];
  const half = 2 ** (f.bits - 1);
  const codes = f.bits <= 8 ? all : all.filter((c) => c % 61 === 0 || c % half < 200 || c % half > half - 1100);
  for (const c of codes) {
    const v = codeToNumber(f, BigInt(c));
    const w = codeToNumber(f, BigInt(c + 1));
    if (Number.isFinite(v)) out.push(v, v * 1.0000001, -v);
    if (Number.isFinite(v) && Number.isFinite(w) && Math.sign(v) === Math.sign(w)) out.push((v + w) / 2, -(v + w) / 2); // ties
  }
  return out;
}

function exact(name: string, xs: ArrayLike<number>, mode: RoundingMode, overflow: OverflowPolicy): number[] {
  const f = lookupFormat(name)!;
  return Array.from(xs, (x) => Number(roundNumber(f, x, mode, overflow)));
}

describe("roundArray agrees with the exact path", () => {
  for (const name of [...FORMATS, ...NO_NAN]) {
    it(`${name}: special inputs, all deterministic modes, both policies, Float64Array and Float32Array`, () => {
      const xs = specials(name).filter((x) => !(NO_NAN.includes(name) && Number.isNaN(x)));
      const f64 = Float64Array.from(xs);
      const f32 = Float32Array.from(xs);
      for (const mode of MODES) {
        for (const overflow of ["nonfinite", "saturate"] as const) {
          expect(Array.from(roundArray(f64, name, mode, { overflow }).codes)).toEqual(exact(name, f64, mode, overflow));
          expect(Array.from(roundArray(f32, name, mode, { overflow }).codes)).toEqual(exact(name, f32, mode, overflow));
        }
      }
    });
  }
  it("random doubles (fast-check, fixed seed) for bf16, fp16, fp8e4m3, fp8e5m2, tf32 in every deterministic mode", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: false }), { minLength: 1, maxLength: 40 }), fc.constantFrom(...MODES), (arr, mode) => {
        const f64 = Float64Array.from(arr);
        for (const name of ["bf16", "fp16", "fp8e4m3", "fp8e5m2", "tf32"]) {
          expect(Array.from(roundArray(f64, name, mode).codes)).toEqual(exact(name, f64, mode, "nonfinite"));
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });
  it("values are the decoded codes; decodeArray inverts the codes (NaN, -0, inf included)", () => {
    const xs = Float64Array.from([0.1, -0, Infinity, NaN, -65520, 1e-7, 3.14159]);
    for (const name of ["fp16", "bf16", "fp8e4m3", "fp8e5m2", "fp32", "tf32"]) {
      const { codes, values } = roundArray(xs, name);
      expect(Array.from(decodeArray(codes, name))).toEqual(Array.from(values));
    }
    const { values } = roundArray(xs, "fp16");
    expect(Array.from(values)).toEqual([0.0999755859375, -0, Infinity, NaN, -Infinity, 1.1920928955078125e-7, 3.140625]);
  });
  it("the stochastic kernel equals the exact path draw for draw (special inputs, ties, subnormals, overflow)", () => {
    for (const name of ["bf16", "fp16", "fp8e4m3", "fp8e5m2"]) {
      const f = lookupFormat(name)!;
      const xs = Float64Array.from(specials(name).filter((x) => !Number.isNaN(x)).slice(0, 3000));
      for (const overflow of ["nonfinite", "saturate"] as const) {
        const got = Array.from(roundArray(xs, name, "stochastic", { overflow, seed: 3 }).codes);
        const want = Array.from(xs, (x, i) => Number(roundNumber(f, x, "stochastic", overflow, prngDraw(3, i))));
        expect(got).toEqual(want);
      }
    }
  });
  it("stochastic rounding is reproducible by seed and uses the exact path", () => {
    const xs = Float64Array.from({ length: 64 }, (_, i) => 1 + i / 1000);
    const a = roundArray(xs, "fp8e4m3", "stochastic", { seed: 7 }).codes;
    const b = roundArray(xs, "fp8e4m3", "stochastic", { seed: 7 }).codes;
    const c = roundArray(xs, "fp8e4m3", "stochastic", { seed: 8 }).codes;
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
  });
  it("integer formats: nearest-even fast path equals the exact path (ties, saturation, -0)", () => {
    const xs = Float64Array.from([0, -0, 0.5, 1.5, 2.5, -2.5, -3.5, 126.5, 127.5, 1e10, -1e10, -128.4, 3.7, -0.2, 2 ** 60, Infinity, -Infinity]);
    for (const name of ["int8", "uint8", "int4", "int16", "uint32"]) {
      const f = lookupFormat(name)!;
      expect(Array.from(roundArray(xs, f).codes)).toEqual(exact(name, xs, "nearest_even", "nonfinite"));
    }
  });
  it("the decode tables (built in double arithmetic) equal the exact decoding of every code", () => {
    for (const f of CATALOG.filter((g) => g.bits <= 16 && g.kind === "float")) {
      const t = decodeTable(f);
      let bad = 0;
      for (let c = 0; c < t.length; c++) if (!Object.is(t[c], codeToNumber(f, BigInt(c)))) bad++;
      expect(bad).toBe(0);
    }
  });
  it("a NaN into a format without NaN is a DomainError", () => {
    expect(() => roundArray(Float64Array.from([NaN]), "fp4e2m1")).toThrow(/no NaN/);
  });
});
