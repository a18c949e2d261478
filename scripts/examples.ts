// Runs examples/*.ulp (one session per file; each input line's text or `error: Kind code`) and
// examples/errors/<Kind>/*.ulp (the rendered diagnostic), writing the *.out snapshots that test/examples.test.ts
// compares against. `npx tsx scripts/examples.ts` rewrites them: review the diff before committing.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { createSession, evaluate, renderDiagnostic } from "../src/index.js";

export const EXAMPLES = fileURLToPath(new URL("../examples", import.meta.url));

/** The transcript of one example file: `> input` then its result, for every non-comment line. */
export async function runExample(source: string): Promise<string> {
  const session = createSession();
  const out: string[] = [];
  for (const line of source.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const r = await session.evaluate(line);
    out.push(`> ${line}`, r.ok ? r.text : `error: ${r.error.kind} ${r.error.code}`);
  }
  return out.join("\n") + "\n";
}

/** The diagnostic of one error example, as the CLI prints it. */
export async function runErrorExample(source: string): Promise<{ kind: string | null; text: string }> {
  const input = source.replace(/\n$/, "");
  const r = await evaluate(input);
  return r.ok ? { kind: null, text: `no error: ${r.text}\n` } : { kind: r.error.kind, text: renderDiagnostic(input, r.error) + "\n" };
}

export function exampleFiles(): { file: string; kind: string | null }[] {
  const top = readdirSync(EXAMPLES).filter((f) => f.endsWith(".ulp")).map((f) => ({ file: join(EXAMPLES, f), kind: null }));
  const errs = readdirSync(join(EXAMPLES, "errors")).flatMap((kind) =>
    readdirSync(join(EXAMPLES, "errors", kind))
      .filter((f) => f.endsWith(".ulp"))
      .map((f) => ({ file: join(EXAMPLES, "errors", kind, f), kind })),
  );
  return [...top, ...errs];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const { file, kind } of exampleFiles()) {
    const src = readFileSync(file, "utf8");
    const text = kind === null ? await runExample(src) : (await runErrorExample(src)).text;
    writeFileSync(file.replace(/\.ulp$/, ".out"), text);
  }
}
