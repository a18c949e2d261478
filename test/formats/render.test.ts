// The ValueJSON of the formats layer's values through evaluate (DESIGN "format_value", "quantized"): field names,
// exact numbers, non-finite values, approximate errors of irrational inputs.
import { describe, it, expect } from "vitest";
import { evaluate } from "../../src/index.js";

async function json(text: string): Promise<Record<string, unknown>> {
  const r = await evaluate(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.message}`);
  return r.value as Record<string, unknown>;
}

describe("format values as ValueJSON", () => {
  it("0.1 to bf16 carries the contract fields with exact errors", async () => {
    const v = await json("0.1 to bf16");
    expect(v).toMatchObject({
      type: "format_value",
      format: "bf16",
      value: { type: "rational", exact: "205/2048", decimal: "0.10009765625", decimal_is_exact: true },
      sign: 0,
      bits: "0x3dcd",
      fields: { sign: "0", exponent: "01111011", mantissa: "1001101" },
      exact_decimal: "0.10009765625",
      abs_error: { exact: "1/10240" },
      rel_error: { exact: "1/1024" },
      ulps: { exact: "1/5" },
    });
    const n = v["neighbours"] as Record<string, unknown>[];
    expect(n.map((x) => x["bits"])).toEqual(["0x3dcc", "0x3dce"]);
  });
  it("NaN has a payload and a non-finite value; -0 keeps its sign", async () => {
    const nan = await json("frombits(0x7c01, fp16)");
    expect(nan).toMatchObject({ value: { type: "real", decimal: "nan" }, payload: "0x1", sign: 0 });
    const nz = await json("frombits(0x8000, fp16)");
    expect(nz).toMatchObject({ sign: 1, exact_decimal: "-0", value: { type: "integer", exact: "0" } });
  });
  it("irrational inputs give approximate (real) errors; evaluation in a format reports the accumulated error", async () => {
    const s = await json("sqrt(2) to bf16");
    expect(s["abs_error"]).toMatchObject({ type: "real", decimal_is_exact: false });
    expect((s["abs_error"] as { decimal: string }).decimal.startsWith("0.000151")).toBe(true);
    const e = await json("0.1 + 0.2 in fp16");
    expect(e).toMatchObject({ bits: "0x34cc", input: { exact: "3/10" }, abs_error: { exact: "1/5120" } });
    expect((await json("frombits(0x3dcd, bf16)"))["input"]).toBeUndefined();
  });
  it("quantized values carry scheme, scales, codes, dequantized vector and error metrics", async () => {
    const q = await json('quantize([1, 2, 3, 4], "int8_block2")');
    expect(q).toMatchObject({
      type: "quantized",
      scheme: "int8_block2",
      block_size: 2,
      codes: [64, 127, 95, 127],
      dequantized: { type: "vector", shape: [4] },
      error: { max_abs: { exact: "1/127" }, sqnr_db: { type: "real" } },
    });
    expect((q["scales"] as { exact: string }[]).map((x) => x.exact)).toEqual(["2/127", "4/127"]);
    // rmse = sqrt(1/32258), correctly rounded to 34 digits (Python decimal: 0.00556776993060273641260507371736101605...)
    expect((q["error"] as { rmse: unknown }).rmse).toMatchObject({ type: "real", decimal: "0.005567769930602736412605073717361016" });
    const mx = await json(`quantize([${Array(32).fill(1).join(", ")}], mxfp4)`);
    expect(mx).toMatchObject({ scheme: "mxfp4", scale_codes: [125], scale_exps: [-2], error: { sqnr_db: { decimal: "inf" } } });
  });
  it("a format renders its table of properties", async () => {
    const f = await json("formatinfo(fp16)");
    expect(f).toMatchObject({ type: "format", name: "fp16", bits: 16, max: { exact: "65504" }, has_inf: true, finite_values: "63487" });
  });
  it("errors: unknown format, unknown mode, bad code, wrong block length", async () => {
    const codes = async (t: string) => {
      const r = await evaluate(t);
      return r.ok ? "ok" : `${r.error.kind}/${r.error.code}`;
    };
    expect(await codes('bits(1, "fp7")')).toBe("DomainError/unknown-format");
    expect(await codes('bits(1, fp16, "sideways")')).toBe("DomainError/unknown-mode");
    expect(await codes("frombits(70000, fp16)")).toBe("DomainError/out-of-domain");
    expect(await codes("quantize([1, 2, 3], mxfp4)")).toBe("DimensionError/shape-mismatch");
    expect(await codes("1/0 in fp4")).toBe("DomainError/division-by-zero");
  });
});

describe("nextup, nextdown and ulp at special values (IEEE 754 nextUp/nextDown)", () => {
  it("steps off infinities, keeps NaN, and takes irrational arguments", async () => {
    const text = async (t: string) => {
      const r = await evaluate(t);
      return r.ok ? r.text : `${r.error.kind}/${r.error.code}`;
    };
    expect(await text("nextdown(inf, fp16)")).toBe("65504 (fp16 0x7bff)");
    expect(await text("nextup(-inf, fp16)")).toBe("-65504 (fp16 0xfbff)");
    expect(await text("nextup(inf, fp16)")).toBe("inf (fp16 0x7c00)");
    expect(await text("nextup(nan, fp16)")).toBe("nan (fp16 0x7e00)");
    expect(await text("nextup(448, fp8e4m3)")).toBe("DomainError/out-of-domain");
    expect(await text("ulp(pi, fp16)")).toBe("1/512");
    expect(await text("ulp(inf, fp16)")).toBe("DomainError/out-of-domain");
  });
});

describe("bits(frombits(c, f), f) == c through evaluate", () => {
  it("for every code of the 8-bit and smaller formats, NaN payloads and -0 included", async () => {
    const { createSession } = await import("../../src/index.js");
    const s = createSession();
    const bad: string[] = [];
    for (const [name, bits] of [["fp8e4m3", 8], ["fp8e5m2", 8], ["fp6e2m3", 6], ["fp4e2m1", 4], ["e8m0", 8], ["ue4m3", 7]] as const) {
      for (let c = 0; c < 2 ** bits; c++) {
        const r = await s.evaluate(`bits(frombits(${c}, ${name}), ${name})`);
        if (!r.ok || r.text !== String(c)) bad.push(`${name} ${c}: ${r.ok ? r.text : r.error.message}`);
      }
    }
    expect(bad).toEqual([]);
  }, 60_000);
});
