// Every code of every catalog format up to 16 bits decodes and re-encodes to itself (NaN codes to a NaN), and
// decoded values are strictly increasing in the ordinal (so rounding between adjacent ordinals is well defined).
import { describe, it, expect } from "vitest";
import { Q } from "../../src/numbers/index.js";
import { CATALOG, decode, roundRational, roundNonFinite, maxOrdinal, ordinalValue } from "../../src/formats/index.js";

const SMALL = CATALOG.filter((f) => f.bits <= 16);

describe("exhaustive round trips (<= 16 bits)", () => {
  for (const f of SMALL) {
    it(`${f.name}: all ${2 ** f.bits} codes`, () => {
      let bad = 0;
      let nans = 0;
      for (let c = 0n; c < 1n << BigInt(f.bits); c++) {
        const d = decode(f, c);
        let back: bigint | null;
        if (d.kind === "finite") back = roundRational(f, d.value, "nearest_even", "nonfinite", 0, d.sign === 1);
        else back = roundNonFinite(f, d.kind, d.sign, "nonfinite");
        if (d.kind === "nan") {
          nans++;
          if (back === null || decode(f, back).kind !== "nan") bad++;
        } else if (back !== c) bad++;
      }
      expect(bad).toBe(0);
      if (f.kind === "float" && f.specials === "none") expect(nans).toBe(0);
    });
  }
  it("ordinal values are strictly increasing for fp16, bf16 and every fp8/fp6/fp4", () => {
    for (const f of SMALL.filter((g) => g.kind !== "int")) {
      let prev = ordinalValue(f, 0n);
      const max = maxOrdinal(f);
      for (let o = 1n; o <= max; o++) {
        const v = ordinalValue(f, o);
        expect(Q.cmp(prev, v)).toBe(-1);
        prev = v;
      }
    }
  });
  it("catalog constants: fp8e4m3 max 448, fp8e5m2 max 57344, fp6e2m3 7.5, fp6e3m2 28, fp4e2m1 6, e8m0 2^127", () => {
    const max = (n: string) => Q.toString(ordinalValue(CATALOG.find((f) => f.name === n)!, maxOrdinal(CATALOG.find((f) => f.name === n)!)));
    expect([max("fp8e4m3"), max("fp8e5m2"), max("fp6e2m3"), max("fp6e3m2"), max("fp4e2m1")]).toEqual(["448", "57344", "15/2", "28", "6"]);
    expect(max("e8m0")).toBe((2n ** 127n).toString());
    expect(max("fp16")).toBe("65504");
  });
});
