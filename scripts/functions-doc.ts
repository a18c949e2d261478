// Generates docs/functions.md from the builtin registry (the single source of each function's doc and examples).
// `npx tsx scripts/functions-doc.ts` rewrites the file; test/docs.test.ts fails when the checked-in copy is stale.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { allBuiltins, allNamedValues } from "../src/eval/index.js";

export function functionsDoc(): string {
  const out: string[] = [
    "# Functions",
    "",
    "Generated from the builtin registry by `npx tsx scripts/functions-doc.ts`; do not edit by hand.",
    "Every example below runs as a test (test/docs.test.ts).",
    "",
  ];
  const byArea = new Map<string, ReturnType<typeof allBuiltins>>();
  for (const b of allBuiltins()) byArea.set(b.area, [...(byArea.get(b.area) ?? []), b]);
  for (const [area, list] of [...byArea].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`## ${area}`, "");
    for (const b of [...list].sort((x, y) => x.name.localeCompare(y.name))) {
      out.push(`### \`${b.signature}\``, "");
      if (b.aliases?.length) out.push(`Aliases: ${b.aliases.map((a) => `\`${a}\``).join(", ")}.`, "");
      out.push(b.doc, "");
      if (b.examples.length) {
        out.push("```ulp");
        for (const [input, output] of b.examples) out.push(`> ${input}`, output);
        out.push("```", "");
      }
    }
  }
  out.push("## Constants and reserved names", "", "| name | meaning |", "| --- | --- |");
  for (const v of [...allNamedValues()].sort((a, b) => a.name.localeCompare(b.name))) {
    out.push(`| \`${v.name}\` | ${v.doc.replace(/\|/g, "\\|")} |`);
  }
  return out.join("\n") + "\n";
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(new URL("../docs/functions.md", import.meta.url), functionsDoc());
}
