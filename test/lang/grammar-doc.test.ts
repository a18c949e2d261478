// Docs as tests: the EBNF in the header of src/lang/parse.ts and in docs/language.md are identical, and every
// reading listed in docs/language.md is what the parser prints.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, printProgram } from "../../src/lang/index.js";

const root = new URL("../../", import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), "utf8");

function grammarFromSource(): string {
  const src = read("src/lang/parse.ts");
  const start = src.indexOf("// <grammar>\n");
  const end = src.indexOf("// </grammar>");
  expect(start).toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  return src
    .slice(start + "// <grammar>\n".length, end)
    .trimEnd()
    .split("\n")
    .map((l) => l.replace(/^\/\/ ?/, ""))
    .join("\n");
}

function between(doc: string, begin: string, end: string): string {
  const a = doc.indexOf(begin);
  const b = doc.indexOf(end);
  expect(a).toBeGreaterThan(-1);
  expect(b).toBeGreaterThan(a);
  return doc.slice(doc.indexOf("\n", a) + 1, b);
}

describe("docs/language.md", () => {
  const doc = read("docs/language.md");

  it("holds the same grammar block as src/lang/parse.ts", () => {
    const block = between(doc, "<!-- grammar:begin", "<!-- grammar:end -->").trimEnd().split("\n");
    expect(block[0]).toBe("```ebnf");
    expect(block[block.length - 1]).toBe("```");
    expect(block.slice(1, -1).join("\n")).toBe(grammarFromSource());
  });

  it("lists readings that the parser reproduces", () => {
    const rows = between(doc, "<!-- readings:begin -->", "<!-- readings:end -->")
      .split("\n")
      .filter((l) => l.startsWith("| `"));
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      const m = /^\| `(.*)` \| `(.*)` \|$/.exec(row);
      expect(m, row).not.toBeNull();
      const unescape = (s: string) => s.replace(/\\\|/g, "|");
      expect(printProgram(parse(unescape(m![1]!))), row).toBe(unescape(m![2]!));
    }
  });
});
