// MX (OCP MX v1.0), NVFP4 and integer quantization: worked examples computed by hand from the specifications,
// plus the edge cases of DESIGN's contract (zero blocks, NaN blocks, exponent clamping, lengths, metrics).
import { describe, it, expect } from "vitest";
import { Q, type Rational } from "../../src/numbers/index.js";
import { quantize, lmul, lookupFormat, type QElem } from "../../src/formats/index.js";

const q = (n: number | bigint, d: number | bigint = 1) => Q.make(BigInt(n), BigInt(d));
const str = (x: Rational | null) => (x ? Q.toString(x) : null);
const pad = (xs: QElem[], n: number): QElem[] => [...xs, ...Array<QElem>(n - xs.length).fill(Q.ZERO)];

describe("MX block formats", () => {
  it("mxfp8_e4m3 on 1..32: X = 2^(5 - 8), ties to even at 8*17 = 136 and 8*19 = 152", () => {
    const v = Array.from({ length: 32 }, (_, i) => q(i + 1));
    const r = quantize({ values: v, shape: [32] }, "mxfp8_e4m3");
    expect(r.scale_exps).toEqual([-3]);
    expect(r.scale_codes).toEqual([124]);
    expect(str(r.scales[0]!)).toBe("1/8");
    expect(r.codes![0]).toBe(0x50); // 8 = 1.0 * 2^3: exponent field 10
    expect(str(r.dequantized[16]!)).toBe("16"); // 17 -> 136 -> 128 (even)
    expect(str(r.dequantized[18]!)).toBe("20"); // 19 -> 152 -> 160 (even)
    expect(str(r.error.max_abs)).toBe("1");
  });
  it("mxfp4: X = 2^(floor(log2 6) - 2) = 1; ties to even; a negative value rounding to zero keeps its sign bit", () => {
    const r = quantize({ values: pad([q(6), q(5, 2), q(-1, 4), q(5), q(-6)], 32), shape: [32] }, "mxfp4");
    expect(r.scale_exps).toEqual([0]);
    expect(r.codes!.slice(0, 5)).toEqual([0x7, 0x4, 0x8, 0x6, 0xf]);
    expect(r.dequantized.slice(0, 5).map(str)).toEqual(["6", "2", "0", "4", "-6"]);
    expect(r.scheme).toBe("mxfp4");
  });
  it("all-zero block gets 2^-127; huge amax clamps the exponent to 127 and elements saturate", () => {
    const z = quantize({ values: pad([], 32), shape: [32] }, "mxfp6_e2m3");
    expect(z.scale_exps).toEqual([-127]);
    expect(z.scale_codes).toEqual([0]);
    expect(z.error.sqnr_db).toBe(Infinity);
    const big = quantize({ values: pad([Q.fromInt(1n << 200n)], 32), shape: [32] }, "mxfp4_e2m1");
    expect(big.scale_exps).toEqual([127]);
    expect(big.codes![0]).toBe(0x7); // saturated at 6
  });
  it("a block holding NaN or inf gets the NaN scale 0xFF and null elements; codes is null when every block is NaN", () => {
    const r = quantize({ values: [...pad(["nan"], 32), ...pad([q(1)], 32)], shape: [64] }, "mxfp8_e5m2");
    expect(r.scale_codes).toEqual([0xff, 127 + 0 - 15]);
    expect(r.codes![0]).toBeNull();
    expect(r.dequantized[32]).toEqual(Q.ONE);
    const all = quantize({ values: pad(["inf"], 32), shape: [32] }, "mxfp6_e3m2");
    expect(all.codes).toBeNull();
  });
  it("mxint8: elements k/64 with k = round(64 v / X) in [-127, 127], codes as two's complement bytes", () => {
    const r = quantize({ values: pad([q(1), q(1, 2), q(-7, 4), q(199, 100)], 32), shape: [32] }, "mxint8");
    expect(r.scale_exps).toEqual([0]);
    expect(r.codes!.slice(0, 4)).toEqual([64, 32, 256 - 112, 127]);
    expect(str(r.dequantized[3]!)).toBe("127/64");
  });
  it('options: "ceil" picks the smallest scale with no saturation; mxint8 "full_range" allows k = -128', () => {
    const v = pad([q(7), q(1)], 32);
    const floor = quantize({ values: v, shape: [32] }, "mxfp4");
    const ceil = quantize({ values: v, shape: [32] }, "mxfp4", "nearest_even", null, 0, undefined, { scale: "ceil" });
    expect([floor.scale_exps![0], str(floor.dequantized[0]!)]).toEqual([0, "6"]); // saturated
    expect([ceil.scale_exps![0], str(ceil.dequantized[0]!)]).toEqual([1, "8"]); // 3.5 -> 4 (tie to even) times 2
    const w = pad([q(-499, 250), q(1)], 32); // 64 * -1.996 = -127.74 rounds to -128
    expect(quantize({ values: w, shape: [32] }, "mxint8").codes![0]).toBe(256 - 127);
    expect(quantize({ values: w, shape: [32] }, "mxint8", "nearest_even", null, 0, undefined, { fullRange: true }).codes![0]).toBe(128);
  });
  it("lengths that are not a multiple of the block size are DimensionErrors", () => {
    expect(() => quantize({ values: pad([], 31), shape: [31] }, "mxfp4")).toThrow(/multiple of its block size 32/);
    expect(() => quantize({ values: pad([], 20), shape: [20] }, "nvfp4")).toThrow(/DimensionError|block size 16/);
    // a matrix's blocks run along its rows: 2 x 48 has 96 elements (3 blocks) but a block would straddle rows
    expect(() => quantize({ values: pad([], 96), shape: [2, 48] }, "mxfp4")).toThrow(/run along the rows/);
    expect(quantize({ values: pad([], 64), shape: [2, 32] }, "mxfp4").scale_codes).toEqual([0, 0]);
  });
});

describe("NVFP4", () => {
  const v = Array.from({ length: 16 }, (_, i) => q(i + 1));
  it("without a tensor scale: s_b = e4m3(16/6) = 11/4 (code 0x43), elements e2m1(v / s_b)", () => {
    const r = quantize({ values: v, shape: [16] }, "nvfp4");
    expect(r.scale_codes).toEqual([0x43]);
    expect(str(r.scales[0]!)).toBe("11/4");
    expect(str(r.dequantized[15]!)).toBe("33/2"); // 16/2.75 = 5.8 -> 6
    expect(str(r.dequantized[0]!)).toBe("11/8"); // 1/2.75 = 0.36 -> 0.5
  });
  it("with tensor_amax 16: S_enc = 168, s_b = 448 (0x7e), dequantized = e * s_b / S_enc", () => {
    const r = quantize({ values: v, shape: [16] }, "nvfp4", "nearest_even", q(16));
    expect(str(r.tensor_scale!)).toBe("168");
    expect(r.scale_codes).toEqual([0x7e]);
    expect(str(r.dequantized[15]!)).toBe("16");
    expect(str(r.dequantized[0]!)).toBe("4/3");
  });
  it("a zero-scale block dequantizes to zeros; a NaN block gets scale code 0x7F", () => {
    const tiny = quantize({ values: [q(-1, 1n << 40n), ...Array<QElem>(15).fill(Q.ZERO)], shape: [16] }, "nvfp4");
    expect(tiny.scale_codes).toEqual([0]);
    expect(tiny.codes![0]).toBe(0x8);
    expect(tiny.dequantized.every((x) => x !== null && x.num === 0n)).toBe(true);
    const nan = quantize({ values: ["-inf", ...Array<QElem>(15).fill(Q.ONE)], shape: [16] }, "nvfp4");
    expect(nan.scale_codes).toEqual([0x7f]);
  });
});

describe("integer schemes", () => {
  it("absmax int8 per tensor: scale amax/127, lossless when values are multiples of the scale", () => {
    const r = quantize({ values: [q(1), q(-2), q(3), q(127, 2)], shape: [4] }, "int8");
    expect(r.codes).toEqual([2, -4, 6, 127]);
    expect(str(r.scales[0]!)).toBe("1/2");
    expect(r.error.sqnr_db).toBe(Infinity);
  });
  it("per row and per column scales on a matrix", () => {
    const m = [q(1), q(100), q(2), q(-4)];
    const rows = quantize({ values: m, shape: [2, 2] }, "int8_row");
    expect(rows.scales.map(str)).toEqual(["100/127", "4/127"]);
    const cols = quantize({ values: m, shape: [2, 2] }, "int8_col");
    expect(cols.scales.map(str)).toEqual(["2/127", "100/127"]);
    expect(cols.codes).toEqual([64, 127, 127, -5]);
  });
  it("LLM.int8(): columns with |x| >= 6 stay in fp16, the rest is absmax int8 per row", () => {
    const r = quantize({ values: [q(1), q(10), q(1, 3), q(-2)], shape: [2, 2] }, "llm_int8");
    expect(r.outlier_columns).toEqual([1]);
    expect(r.codes![1]).toBe(0x4900); // 10 in fp16
    expect(str(r.dequantized[0]!)).toBe("1");
    expect(str(r.dequantized[2]!)).toBe("1/3");
  });
  it("block-wise int4 with block size 2: scale amax/7 per block; RMSE and SQNR from exact sums", () => {
    const r = quantize({ values: [q(7), q(1), q(14), q(3)], shape: [4] }, "int4_block2");
    expect(r.block_size).toBe(2);
    expect(r.codes).toEqual([7, 1, 7, 2]);
    expect(str(r.error.max_abs)).toBe("1");
    expect(str(r.error.mse)).toBe("1/4");
    expect(r.error.sqnr_db).toBeCloseTo(10 * Math.log10((49 + 1 + 196 + 9) / 1), 10);
  });
});

describe("L-Mul", () => {
  it("replaces the mantissa product by 2^-l(m): 1.5 * 1.75 in bf16 (l = 4) and e4m3 (l = 3)", () => {
    const bf = lmul(q(3, 2), q(7, 4), lookupFormat("bf16")!);
    expect(str(bf.approx)).toBe("37/16");
    expect(str(bf.exact)).toBe("21/8");
    expect(str(bf.rel_error)).toBe("5/42");
    expect(str(lmul(q(3, 2), q(7, 4), lookupFormat("fp8e4m3")!).approx)).toBe("19/8");
    expect(str(lmul(q(-3), q(1, 2), lookupFormat("fp16")!).approx)).toBe("-25/16"); // (1 + .5 + 0 + 1/16) * 2^0 * -1
    expect(str(lmul(Q.ZERO, q(5), lookupFormat("fp16")!).approx)).toBe("0");
  });
});
