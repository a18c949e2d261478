// Every code of every catalog format up to 16 bits decodes and re-encodes to itself (NaN codes to a NaN), and
// decoded values are strictly increasing in the ordinal (so rounding between adjacent ordinals is well defined).
import { describe, it, expect } from "vitest";
import { Q } from "../../src/numbers/index.js";
import { CATALOG, decode, roundRational, roundNonFinite, maxOrdinal, ordinalValue, nextCode, formatInfo } from "../../src/formats/index.js";

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
  it("nextCode walks every value of the 8-bit formats in increasing order, and back", () => {
    for (const f of SMALL.filter((g) => g.bits <= 8)) {
      // start from the most negative value (or the smallest, for unsigned and int formats) and step up
      let c: bigint | null = f.kind === "int" ? 1n << BigInt(f.bits - 1) : f.signed ? (1n << BigInt(f.bits - 1)) | maxOrdinal(f) : 0n;
      if (f.kind === "int" && !f.signed) c = 0n;
      let prev: bigint | null = null;
      let steps = 0;
      while (c !== null) {
        const d = decode(f, c);
        if (prev !== null) {
          const p = decode(f, prev);
          if (p.kind === "finite" && d.kind === "finite") expect(Q.cmp(p.value, d.value) < 0 || (p.value.num === 0n && d.value.num === 0n)).toBe(true);
          const back = nextCode(f, c, -1)!;
          const b = decode(f, back);
          // stepping down from the smallest positive value gives +0 where the walk came from -0 (IEEE nextDown)
          expect(back === prev || (b.kind === "finite" && p.kind === "finite" && b.value.num === 0n && p.value.num === 0n)).toBe(true);
        }
        prev = c;
        c = nextCode(f, c, 1);
        steps++;
      }
      const info = formatInfo(f);
      expect(steps).toBe(Number(info.finite_values) + (info.has_inf ? 1 : 0)); // every value once, +inf at the end
    }
  });
  it("catalog constants: fp8e4m3 max 448, fp8e5m2 max 57344, fp6e2m3 7.5, fp6e3m2 28, fp4e2m1 6, e8m0 2^127", () => {
    const max = (n: string) => Q.toString(ordinalValue(CATALOG.find((f) => f.name === n)!, maxOrdinal(CATALOG.find((f) => f.name === n)!)));
    expect([max("fp8e4m3"), max("fp8e5m2"), max("fp6e2m3"), max("fp6e3m2"), max("fp4e2m1")]).toEqual(["448", "57344", "15/2", "28", "6"]);
    expect(max("e8m0")).toBe((2n ** 127n).toString());
    expect(max("fp16")).toBe("65504");
  });
});
