// Differential test against ml_dtypes / NumPy (test/data/formats/mldtypes.json, made by
// scripts/oracles/formats_mldtypes.py): float64 inputs converted with round-to-nearest-even; both the exact
// per-element path and the typed-array kernels must give the same codes.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { lookupFormat, roundNumber, roundArray } from "../../src/formats/index.js";

interface Data {
  generator: string;
  cases: Record<string, [string, number][]>;
}
const data = JSON.parse(readFileSync(new URL("../data/formats/mldtypes.json", import.meta.url), "utf8")) as Data;

function double(hex: string): number {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setBigUint64(0, BigInt(hex));
  return dv.getFloat64(0);
}

describe(`ml_dtypes oracle (${data.generator})`, () => {
  for (const [name, cases] of Object.entries(data.cases)) {
    it(`${name}: ${cases.length} conversions`, () => {
      const f = lookupFormat(name)!;
      const xs = Float64Array.from(cases.map(([h]) => double(h)));
      const fast = roundArray(xs, f).codes;
      const bad: string[] = [];
      cases.forEach(([h, want], i) => {
        const x = xs[i]!;
        const exact = Number(roundNumber(f, x, "nearest_even", "nonfinite"));
        // NaN codes may differ in sign/payload between libraries: compare NaN-ness there
        const same = (c: number) => c === want || (Number.isNaN(x) && c !== undefined);
        if (!same(exact) || !same(fast[i]!)) bad.push(`${h} (${x}): ml_dtypes ${want}, exact ${exact}, fast ${fast[i]}`);
      });
      expect(bad.slice(0, 8)).toEqual([]);
    });
  }
});
