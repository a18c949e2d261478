// Example files double as tests: examples/*.ulp against their transcripts, examples/errors/<Kind>/*.ulp against
// their rendered diagnostics (and their kind). Regenerate with `npx tsx scripts/examples.ts` and review the diff.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { exampleFiles, runExample, runErrorExample, EXAMPLES } from "../scripts/examples.js";

describe("examples", () => {
  const files = exampleFiles();
  it("has examples of every error kind", () => {
    const kinds = new Set(files.map((f) => f.kind).filter(Boolean));
    for (const k of ["SyntaxError", "NameError", "TypeError", "DomainError", "DimensionError", "LimitError"]) expect(kinds).toContain(k);
  });
  for (const { file, kind } of files) {
    it(relative(EXAMPLES, file), async () => {
      const src = readFileSync(file, "utf8");
      const expected = readFileSync(file.replace(/\.ulp$/, ".out"), "utf8");
      if (kind === null) {
        expect(await runExample(src)).toBe(expected);
      } else {
        const got = await runErrorExample(src);
        expect(got.kind).toBe(kind);
        expect(got.text).toBe(expected);
      }
    });
  }
});
