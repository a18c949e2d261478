// examples/errors/SyntaxError/<case>.ulp (the input, without its final newline) and <case>.json (the Result the
// library returns for it) stay in step with the parser.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { UlpError } from "../../src/core/index.js";
import { parse } from "../../src/lang/index.js";

const dir = new URL("../../examples/errors/SyntaxError/", import.meta.url);
const cases = readdirSync(dir).filter((f) => f.endsWith(".ulp")).map((f) => f.slice(0, -4));

describe("examples/errors/SyntaxError", () => {
  it("has cases", () => expect(cases.length).toBeGreaterThanOrEqual(5));
  it.each(cases)("%s", (name) => {
    const input = readFileSync(new URL(`${name}.ulp`, dir), "utf8").replace(/\n$/, "");
    const expected = JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8"));
    let got: unknown;
    try {
      parse(input);
    } catch (e) {
      expect(e).toBeInstanceOf(UlpError);
      got = { ok: false, error: (e as UlpError).toJSON() };
    }
    expect(got).toEqual(expected);
  });
});
