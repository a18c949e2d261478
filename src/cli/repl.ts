// The interactive REPL: history persisted in ~/.ulp_history, tab completion of names, `ans`, multi-line input
// (a trailing `\` or an open bracket continues the line), `help`, the reading of the input echoed fully
// parenthesised when it differs from what was typed, and Ctrl-C to cancel a running computation.
import { createInterface, type Interface } from "node:readline";
import { homedir } from "node:os";
import { join } from "node:path";
import { readFileSync, appendFileSync, existsSync } from "node:fs";
import { parse, printProgram, renderDiagnostic, displayText, completionNames, helpText, type EvaluateOptions, type Result } from "../index.js";
import { EngineClient } from "./engine-client.js";
import { withProgress } from "./cli.js";

const HISTORY_FILE = join(homedir(), ".ulp_history");
const HISTORY_MAX = 1000;
const dim = (s: string) => (process.stdout.isTTY ? `\x1b[2m${s}\x1b[0m` : s);

function loadHistory(): string[] {
  try {
    if (!existsSync(HISTORY_FILE)) return [];
    return readFileSync(HISTORY_FILE, "utf8").split("\n").filter(Boolean).slice(-HISTORY_MAX).reverse();
  } catch {
    return [];
  }
}

function saveHistory(line: string): void {
  try {
    appendFileSync(HISTORY_FILE, line.replace(/\n/g, " ") + "\n");
  } catch {
    // History is a convenience: a read-only home directory must not break the REPL.
  }
}

/** True when the input is unfinished: a trailing backslash or more opening than closing brackets. */
export function needsContinuation(text: string): boolean {
  if (/\\\s*$/.test(text)) return true;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "#") break;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
  }
  return depth > 0;
}

/**
 * The fully parenthesised reading, shown when the input has a construct whose reading people dispute: implicit
 * multiplication (`6/2(1+2)`), a minus before a power (`-2^2`), percent, or chained powers.
 */
export function reading(text: string): string | undefined {
  try {
    const program = parse(text);
    return program.statements.some(disputed) ? printProgram(program) : undefined;
  } catch {
    return undefined;
  }
}

function disputed(node: unknown): boolean {
  if (!node || typeof node !== "object") return false;
  const n = node as { kind?: string; op?: string; implicit?: boolean; operand?: { kind?: string; op?: string }; right?: { kind?: string; op?: string } };
  if (n.implicit) return true;
  if (n.kind === "unary" && (n.op === "%" || (n.op === "-" && n.operand?.kind === "binary" && n.operand.op === "^"))) return true;
  if (n.kind === "binary" && n.op === "^" && n.right?.kind === "binary" && n.right.op === "^") return true;
  return Object.values(node).some((v) => (Array.isArray(v) ? v.some(disputed) : typeof v === "object" && disputed(v)));
}

function show(source: string, r: Result): void {
  if (!r.ok) process.stdout.write(renderDiagnostic(source, r.error) + "\n");
  else process.stdout.write(displayText(r.value as Record<string, unknown>, r.text) + "\n");
}

export async function startRepl(options: EvaluateOptions): Promise<number> {
  const engine = new EngineClient(options);
  const userNames = new Set<string>(["ans"]);
  const rl: Interface = createInterface({
    input: process.stdin,
    output: process.stdout,
    history: loadHistory(),
    historySize: HISTORY_MAX,
    completer: (line: string) => {
      const m = /[\p{L}_][\p{L}\p{N}_]*$/u.exec(line);
      const word = m ? m[0] : "";
      const all = [...new Set([...completionNames(), ...userNames])].sort();
      const hits = all.filter((n) => n.startsWith(word));
      return [hits, word];
    },
  });
  process.stdout.write(dim("ulp: exact where possible, correctly rounded where not. `help` lists functions; Ctrl-D exits.\n"));
  let buffer = "";
  let lastInterrupt = 0;
  rl.setPrompt("> ");
  rl.prompt();
  rl.on("SIGINT", () => {
    if (engine.busy) {
      engine.cancel();
      return;
    }
    if (buffer !== "" || rl.line !== "") {
      buffer = "";
      rl.write(null, { ctrl: true, name: "u" });
      process.stdout.write("\n");
      rl.setPrompt("> ");
      rl.prompt();
      return;
    }
    if (Date.now() - lastInterrupt < 2000) rl.close();
    else {
      lastInterrupt = Date.now();
      process.stdout.write(dim("\n(press Ctrl-C again or Ctrl-D to exit)\n"));
      rl.prompt();
    }
  });
  for await (const line of rl) {
    buffer = buffer === "" ? line : `${buffer}\n${line}`;
    if (needsContinuation(buffer)) {
      buffer = buffer.replace(/\\\s*$/, "");
      rl.setPrompt("... ");
      rl.prompt();
      continue;
    }
    const text = buffer.trim();
    buffer = "";
    rl.setPrompt("> ");
    if (text === "") {
      rl.prompt();
      continue;
    }
    saveHistory(text);
    if (text === "exit" || text === "quit") break;
    const help = /^help(?:\s+(\S+))?$/.exec(text);
    if (help) {
      process.stdout.write(helpText(help[1]) + "\n");
      rl.prompt();
      continue;
    }
    const echo = reading(text);
    if (echo) process.stdout.write(dim(`  ${echo}\n`));
    const r = await withProgress(engine.evaluate(text), " (Ctrl-C cancels)");
    show(text, r);
    if (r.ok) for (const m of text.matchAll(/(?:^|;|\n)\s*([\p{L}_][\p{L}\p{N}_]*)\s*(?:\([^)]*\))?\s*=(?!=)/gu)) userNames.add(m[1]!);
    rl.prompt();
  }
  await engine.close();
  return 0;
}
