// `npm run bench` (or `npm run bench -- --quick` as a CI smoke test): runs every bench/*.bench.ts and writes
// bench/RESULTS.md with the machine, the Node version and each section's table of ratios.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import type { BenchOptions, BenchSection } from "./harness.js";

const here = dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes("--quick");
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
const opts: BenchOptions = { quick };

const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => !only || f.startsWith(only))
  .sort();

const sections: BenchSection[] = [];
const failed: string[] = [];
for (const file of files) {
  process.stderr.write(`bench: ${file}${quick ? " (quick)" : ""}\n`);
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as { run(o: BenchOptions): Promise<BenchSection | BenchSection[]> };
    const out = await mod.run(opts);
    sections.push(...(Array.isArray(out) ? out : [out]));
  } catch (e) {
    // One broken benchmark must not hide the others; the run still fails at the end.
    failed.push(file);
    process.stderr.write(`bench: ${file} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  }
}

const header = [
  "# Benchmark results",
  "",
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0]?.model ?? "unknown CPU"} (${cpus().length} cores), Node ${process.version}.`,
  "Ratios are peer time / ulp time, measured side by side in one run: above 1x means ulp is faster.",
  "",
].join("\n");
const render = (t: BenchSection) => `## ${t.title}\n\n${t.markdown}\n`;
const results = join(here, "RESULTS.md");
if (quick) {
  process.stdout.write(header + sections.map(render).join("\n"));
} else if (only && existsSync(results)) {
  // --only=<area> re-measures one file: its sections replace those of the same title, the others are kept.
  const old = readFileSync(results, "utf8").split(/^(?=## )/m).slice(1);
  const fresh = new Map(sections.map((t) => [t.title, render(t)]));
  const merged = old.map((o) => {
    const title = o.slice(3, o.indexOf("\n"));
    const f = fresh.get(title);
    fresh.delete(title);
    return f ? `${f}\n` : o;
  });
  writeFileSync(results, header + [...merged, ...[...fresh.values()].map((f) => `${f}\n`)].join(""));
  process.stderr.write("bench: updated bench/RESULTS.md\n");
} else {
  writeFileSync(results, header + sections.map(render).join("\n"));
  process.stderr.write("bench: wrote bench/RESULTS.md\n");
}
if (failed.length) {
  process.stderr.write(`bench: failed: ${failed.join(", ")}\n`);
  process.exitCode = 1;
}
