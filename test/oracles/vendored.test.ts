// The oracle files under test/data/oracles are copies of ../shared/oracles (computed by mpmath/SymPy, not by us),
// vendored so that a clean clone tests without the shared folder. When the shared folder is present, the copies
// must be identical to it.
import { describe, it, expect } from "vitest";
import { existsSync, readFileSync } from "node:fs";

const SHARED = new URL("../../../shared/oracles/", import.meta.url);
const LOCAL = new URL("../data/oracles/", import.meta.url);

describe("vendored oracles", () => {
  for (const name of ["reals.jsonl", "formats.jsonl", "attacks.txt"]) {
    it(`${name} is present${existsSync(new URL(name, SHARED)) ? " and identical to ../shared/oracles" : ""}`, () => {
      const local = readFileSync(new URL(name, LOCAL), "utf8");
      expect(local.length).toBeGreaterThan(1000);
      if (existsSync(new URL(name, SHARED))) expect(local).toBe(readFileSync(new URL(name, SHARED), "utf8"));
    });
  }
});
