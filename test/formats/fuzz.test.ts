// Robustness: random calls of the format builtins with random arguments (numbers of every size, formats, modes,
// strings, vectors, non-finite values) always come back as a Result: a value or a UlpError that is not internal.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { createSession } from "../../src/index.js";

const num = fc.oneof(
  fc.constantFrom("0", "-0", "1", "-1", "0.1", "1/3", "448", "65504", "1e300", "-1e-300", "2^200", "inf", "-inf", "nan", "pi", "sqrt(2)", "1+2i", "10^-5000", "0x3dcd", "-7/2"),
  fc.integer({ min: -1000, max: 1000 }).map(String),
);
const fmt = fc.constantFrom("fp16", "bf16", "fp8e4m3", "fp8e5m2", "fp4", "e8m0", "ue4m3", "int8", "uint4", "tf32", "fp64", '"half"', '"nope"', "float(3, 2)", 'float(4, 3, "fn", "ftz")', "42", '"x"');
const mode = fc.constantFrom('"nearest_even"', '"nearest_away"', '"toward_zero"', '"up"', '"down"', '"odd"', '"stochastic"', '"RNE"', '"bogus"', "3");
const over = fc.constantFrom('"nonfinite"', '"saturate"', '"both"');
const vec = fc.array(num, { minLength: 0, maxLength: 40 }).map((xs) => `[${xs.join(", ")}]`);
const scheme = fc.constantFrom("mxfp4", "mxint8", "mxfp8_e4m3", "nvfp4", '"int8"', '"int8_row"', '"llm_int8"', '"int4_block2"', '"zzz"', "bf16");
const call = fc.oneof(
  fc.tuple(num, fmt, mode, over).map(([x, f, m, o]) => `bits(${x}, ${f}, ${m}, ${o})`),
  fc.tuple(num, fmt).map(([x, f]) => `fround(${x}, ${f})`),
  fc.tuple(num, fmt).map(([x, f]) => `frombits(${x}, ${f})`),
  fc.tuple(num, fmt).map(([x, f]) => `nextup(${x}, ${f})`),
  fc.tuple(num, fmt).map(([x, f]) => `nextdown(${x}, ${f})`),
  fc.tuple(num, fmt).map(([x, f]) => `ulp(${x}, ${f})`),
  fc.tuple(num, fmt).map(([x, f]) => `${x} to ${f}`),
  fc.tuple(num, num, fmt).map(([x, y, f]) => `(${x} + ${y}) * ${x} / ${y} in ${f}`),
  fc.tuple(vec, scheme, mode).map(([v, s, m]) => `quantize(${v}, ${s}, ${m})`),
  fc.tuple(vec, fmt).map(([v, f]) => `fsum(${v}, ${f}, "pairwise")`),
  fc.tuple(vec, vec, fmt).map(([v, w, f]) => `fdot(${v}, ${w}, ${f}, "exact", ${f}, "blocked", 3)`),
  fc.tuple(num, num, fmt).map(([x, y, f]) => `lmul(${x}, ${y}, ${f})`),
  fc.tuple(fc.integer({ min: -2, max: 20 }), fc.integer({ min: -2, max: 300 })).map(([e, m]) => `formatinfo(float(${e}, ${m}))`),
);

describe("format builtins under random arguments", () => {
  it("never throw, never report an InternalError", async () => {
    const session = createSession();
    const bad: string[] = [];
    await fc.assert(
      fc.asyncProperty(call, async (text) => {
        const r = await session.evaluate(text);
        if (!r.ok && r.error.kind === "InternalError") bad.push(`${text}: ${r.error.message}`);
      }),
      { seed: 424242, numRuns: 300 },
    );
    expect(bad).toEqual([]);
  }, 120_000);
});
