// docs/errors.md mirrors ERROR_CODES (src/core/errors.ts): same codes, same order, same meanings, same kinds.
// After adding a code, regenerate the table: UPDATE_DOCS=1 npx vitest run test/lang/errors-doc.test.ts
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "../../src/core/index.js";

const root = new URL("../../", import.meta.url);
const BEGIN = "<!-- codes:begin -->\n";
const END = "<!-- codes:end -->";

/** The kind of each code: the nearest `// <Kind>Error` comment above it in the ERROR_CODES table. */
function kindsFromSource(): Map<string, string> {
  const src = readFileSync(new URL("src/core/errors.ts", root), "utf8");
  const kinds = new Map<string, string>();
  let kind = "";
  for (const line of src.slice(src.indexOf("export const ERROR_CODES")).split("\n").slice(1)) {
    if (/^\}/.test(line)) break;
    const k = /^\s*\/\/ (\w+Error)\b/.exec(line);
    if (k) kind = k[1]!;
    const c = /^\s*"?([a-z][a-z0-9-]*)"?:\s*"/.exec(line);
    if (c) kinds.set(c[1]!, kind);
  }
  return kinds;
}

function expectedTable(): string {
  const kinds = kindsFromSource();
  const rows = Object.entries(ERROR_CODES).map(
    ([code, meaning]) => `| \`${code}\` | ${kinds.get(code) ?? "?"} | ${meaning.replace(/\|/g, "\\|")} |`,
  );
  return ["| code | kind | meaning |", "|---|---|---|", ...rows, ""].join("\n");
}

describe("docs/errors.md", () => {
  it("lists exactly the codes of ERROR_CODES, in order, with their meaning and kind", () => {
    const path = new URL("docs/errors.md", root);
    const doc = readFileSync(path, "utf8");
    const a = doc.indexOf(BEGIN);
    const b = doc.indexOf(END);
    expect(a).toBeGreaterThan(-1);
    expect(b).toBeGreaterThan(a);
    const want = expectedTable();
    if (process.env.UPDATE_DOCS === "1") {
      writeFileSync(path, doc.slice(0, a + BEGIN.length) + want + doc.slice(b));
      return;
    }
    expect(doc.slice(a + BEGIN.length, b), "regenerate with UPDATE_DOCS=1 (see the header of this test)").toBe(want);
  });

  it("gives every code a kind", () => {
    const kinds = kindsFromSource();
    for (const code of Object.keys(ERROR_CODES)) expect(kinds.get(code), code).toMatch(/Error$/);
  });
});
