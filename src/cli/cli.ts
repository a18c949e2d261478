// The `ulp` command: one-shot evaluation, piped stdin as one session, the REPL, and the servers. A thin shell over
// the library (src/index.ts): no mathematics here. Exit status: 0 ok, 1 an evaluation error, 2 a usage error.
import { Command, CommanderError, Option } from "commander";
import { EngineClient } from "./engine-client.js";
import { renderDiagnostic, displayText, type Limits, type Result, type EvaluateOptions } from "../index.js";

/** Interactive and command-line use gets a generous time limit: Ctrl-C cancels (DESIGN.md "Limits"). */
const CLI_TIME_LIMIT_MS = 60_000;

interface CliOptions {
  json?: boolean;
  digits?: number;
  timeLimit?: number;
  digitsLimit?: number;
}

const SUBCOMMANDS = ["serve", "mcp", "help"];
const KNOWN_FLAGS = ["--json", "--digits", "--time-limit", "--digits-limit", "-h", "--help", "-V", "--version"];

/**
 * An argument that starts with `-` is an expression (`ulp "-2^2"`), unless it is one of our flags: put `--`
 * before the first such argument so commander stops reading options there.
 */
export function protectNegativeExpressions(argv: readonly string[]): string[] {
  const out = [...argv];
  if (SUBCOMMANDS.includes(out[0] ?? "")) return out;
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    if (a === "--") break;
    if (!a.startsWith("-") || a === "-") continue;
    const flag = a.split("=")[0]!;
    if (KNOWN_FLAGS.includes(flag)) {
      if (!a.includes("=") && (flag === "--digits" || flag === "--time-limit" || flag === "--digits-limit")) i++;
      continue;
    }
    out.splice(i, 0, "--");
    break;
  }
  return out;
}

function positiveInt(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new CommanderError(2, "ulp.usage", `${name} must be a positive integer, got '${v}'`);
    return n;
  };
}

export function evaluateOptions(o: CliOptions): EvaluateOptions {
  const limits: Partial<Limits> = { timeMs: o.timeLimit ?? CLI_TIME_LIMIT_MS };
  if (o.digitsLimit !== undefined) limits.digits = o.digitsLimit;
  // `--digits N` above the digits limit raises the limit for that call (DESIGN.md CLI contract).
  if (o.digits !== undefined && o.digits > (limits.digits ?? 100_000)) limits.digits = o.digits;
  return o.digits !== undefined ? { digits: o.digits, limits } : { limits };
}

/** Text mode: the result's text on stdout, or a diagnostic with a caret on stderr. */
function printResult(source: string, r: Result, json: boolean): void {
  if (json) process.stdout.write(JSON.stringify(r) + "\n");
  // On a terminal a person reads it: show the decimal beside an exact value, a format value's bits and errors.
  else if (r.ok) process.stdout.write((process.stdout.isTTY ? displayText(r.value as Record<string, unknown>, r.text) : r.text) + "\n");
  else process.stderr.write(renderDiagnostic(source, r.error) + "\n");
}

async function runExpressions(lines: AsyncIterable<string> | Iterable<string>, o: CliOptions): Promise<number> {
  const engine = new EngineClient(evaluateOptions(o));
  let status = 0;
  try {
    for await (const line of lines) {
      if (line.trim() === "") continue;
      const r = await withProgress(engine.evaluate(line));
      printResult(line, r, !!o.json);
      if (!r.ok) status = 1;
    }
  } finally {
    await engine.close();
  }
  return status;
}

/** On a terminal, a computation that takes more than a second shows its elapsed time on stderr. */
export async function withProgress<T>(work: Promise<T>, hint = ""): Promise<T> {
  if (!process.stderr.isTTY) return work;
  const start = Date.now();
  let shown = false;
  const tick = () => {
    if (Date.now() - start < 1000) return;
    shown = true;
    process.stderr.write(`\r\x1b[2Kcomputing... ${((Date.now() - start) / 1000).toFixed(1)} s${hint}`);
  };
  const timer = setInterval(tick, 250);
  try {
    return await work;
  } finally {
    clearInterval(timer);
    if (shown) process.stderr.write("\r\x1b[2K");
  }
}

async function* stdinLines(): AsyncIterable<string> {
  const { createInterface } = await import("node:readline");
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) yield line;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command();
  let status = 0;
  program
    .name("ulp")
    .description("A calculator that never gets arithmetic silently wrong: exact fractions, correctly rounded reals, number formats.")
    .argument("[expression...]", "expression to evaluate (several words are joined by spaces)")
    .option("--json", "print the result as one JSON object (the Result contract)")
    .addOption(new Option("--digits <n>", "significant digits of inexact results (default 34)").argParser(positiveInt("--digits")))
    .addOption(new Option("--time-limit <ms>", `time limit per evaluation in ms (default ${CLI_TIME_LIMIT_MS})`).argParser(positiveInt("--time-limit")))
    .addOption(new Option("--digits-limit <n>", "largest number of digits any value may have (default 100000)").argParser(positiveInt("--digits-limit")))
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .action(async (words: string[], o: CliOptions) => {
      if (words.length > 0) {
        status = await runExpressions([words.join(" ")], o);
      } else if (!process.stdin.isTTY) {
        status = await runExpressions(stdinLines(), o);
      } else {
        const { startRepl } = await import("./repl.js");
        status = await startRepl(evaluateOptions(o));
      }
    });
  program
    .command("serve")
    .description("serve the web calculator, the HTTP API and MCP over HTTP on one localhost port")
    .option("--host <host>", "address to bind", "127.0.0.1")
    .addOption(new Option("--port <n>", "port (0 picks a free one)").default(8787).argParser(positiveIntOrZero))
    .action(async (o: { host: string; port: number }) => {
      const { startServer } = await import("../http/index.js");
      const server = await startServer({ host: o.host, port: o.port });
      process.stdout.write(`ulp serving on ${server.url}\n`);
      await new Promise<void>((resolve) => process.once("SIGINT", () => void server.close().then(resolve)));
    });
  program
    .command("mcp")
    .description("run the MCP tool server over stdio (for LLM agents)")
    .action(async () => {
      const { startStdioMcp } = await import("../mcp/index.js");
      await startStdioMcp();
    });
  try {
    await program.parseAsync(protectNegativeExpressions(argv), { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return 0;
      return 2;
    }
    throw e;
  }
  return status;
}

function positiveIntOrZero(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CommanderError(2, "ulp.usage", `--port must be 0..65535, got '${v}'`);
  return n;
}
