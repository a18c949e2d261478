// Docs as tests: every builtin's examples, and every ```ulp block in docs/*.md (`> input` lines, each followed by
// its expected text; `error: Kind` or `error: code` for an expected error), evaluated in one session per block.
import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { resolve, join } from "node:path";
import { createSession, type Result } from "../src/index.js";
import { allBuiltins } from "../src/eval/index.js";
import { functionsDoc } from "../scripts/functions-doc.js";

const DOCS = resolve(__dirname, "../docs");

function matches(r: Result, expected: string): boolean {
  if (expected.startsWith("error:")) {
    const want = expected.slice(6).trim();
    return !r.ok && (r.error.kind === want || r.error.code === want);
  }
  return r.ok && r.text === expected;
}
const show = (r: Result) => (r.ok ? r.text : `error: ${r.error.kind} ${r.error.code} ${r.error.message}`);

interface Block {
  file: string;
  line: number;
  cases: { input: string; expected: string }[];
}

export function ulpBlocks(file: string, text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== "```ulp") continue;
    const block: Block = { file, line: i + 1, cases: [] };
    for (i++; i < lines.length && lines[i]!.trim() !== "```"; i++) {
      const l = lines[i]!;
      if (l.startsWith("> ")) block.cases.push({ input: l.slice(2), expected: "" });
      else if (block.cases.length && l.trim() !== "") {
        const c = block.cases[block.cases.length - 1]!;
        c.expected = c.expected ? `${c.expected}\n${l}` : l;
      }
    }
    blocks.push(block);
  }
  return blocks;
}

describe("builtin examples", () => {
  it("every example evaluates to its documented text", async () => {
    const failures: string[] = [];
    for (const b of allBuiltins()) {
      for (const [input, expected] of b.examples) {
        const r = await createSession().evaluate(input);
        if (!matches(r, expected)) failures.push(`${b.name}: ${input} => ${show(r)} (documented: ${expected})`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
  it("docs/functions.md is up to date (npx tsx scripts/functions-doc.ts)", () => {
    expect(readFileSync(join(DOCS, "functions.md"), "utf8")).toBe(functionsDoc());
  });
});

describe("```ulp blocks in docs", () => {
  const files = readdirSync(DOCS).filter((f) => f.endsWith(".md") && f !== "functions.md");
  for (const f of files) {
    const blocks = ulpBlocks(f, readFileSync(join(DOCS, f), "utf8"));
    if (blocks.length === 0) continue;
    it(`${f}`, async () => {
      const failures: string[] = [];
      for (const block of blocks) {
        const session = createSession();
        for (const c of block.cases) {
          const r = await session.evaluate(c.input);
          if (!matches(r, c.expected)) failures.push(`${f}:${block.line}: ${c.input} => ${show(r)} (documented: ${c.expected})`);
        }
      }
      expect(failures).toEqual([]);
    }, 120_000);
  }
});
