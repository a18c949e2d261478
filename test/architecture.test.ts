// Layer boundaries (STYLE.md): every import in src/ follows an edge of the table and enters another layer only
// through its index.ts. A failing boundary is a design review, not a lint nit.
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, dirname, resolve, sep } from "node:path";

const SRC = resolve(__dirname, "../src");

const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  numbers: ["core"],
  formats: ["core", "numbers"],
  lang: ["core"],
  linalg: ["core", "numbers"],
  algebra: ["core", "numbers", "linalg"],
  units: ["core", "numbers"],
  eval: ["core", "numbers", "formats", "lang", "linalg", "algebra", "units"],
  render: ["core", "numbers", "formats", "linalg", "algebra", "units", "eval"],
  index: ["core", "eval", "lang", "render"],
  cli: ["index", "http", "mcp"],
  http: ["index", "mcp"],
  mcp: ["index"],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

function layerOf(file: string): string {
  const rel = relative(SRC, file);
  return rel.includes(sep) ? rel.split(sep)[0]! : "index";
}

describe("architecture", () => {
  const all = files(SRC);
  it("finds the source files", () => {
    expect(all.length).toBeGreaterThan(20);
  });
  for (const file of all) {
    const layer = layerOf(file);
    it(`${relative(SRC, file)} respects the layer table`, () => {
      const text = readFileSync(file, "utf8");
      const problems: string[] = [];
      for (const m of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^'"]*?from\s+["']([^"']+)["']/gm)) {
        const spec = m[2]!;
        if (!spec.startsWith(".")) continue;
        const target = resolve(dirname(file), spec).replace(/\.js$/, ".ts");
        const targetLayer = layerOf(target);
        if (targetLayer === layer) continue;
        if (!(ALLOWED[layer] ?? []).includes(targetLayer)) problems.push(`${layer} -> ${targetLayer} (${spec})`);
        const isIndex = target === join(SRC, "index.ts") || target.endsWith(`${sep}index.ts`) && dirname(target) === join(SRC, targetLayer);
        if (!isIndex) problems.push(`deep import into ${targetLayer}: ${spec}`);
      }
      expect(problems).toEqual([]);
    });
  }
  it("nothing in src/ reaches eval or Function", () => {
    for (const file of all) {
      const text = readFileSync(file, "utf8");
      expect(text, relative(SRC, file)).not.toMatch(/(^|[^.\w])eval\(|new Function\(|[^\w]Function\(/m);
    }
  });
});
