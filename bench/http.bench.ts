// Load test of the HTTP API (autocannon against a server on 127.0.0.1, bounded in count): a mix of normal
// expressions (each answer checked) and hostile ones (resource bombs, garbage, huge inputs: each must be an error of
// the expected kind). Reports requests/s, p50/p99 latency and the process RSS (server and workers) over the run.
import { createRequire } from "node:module";
import { startServer } from "../src/http/index.js";
import { type BenchOptions, type BenchSection, table } from "./harness.js";

/** The slice of autocannon's API used here (the package ships no types). */
interface AutocannonRequest {
  method: "POST";
  path: string;
  headers: Record<string, string>;
  body: string;
  onResponse(status: number, body: string): void;
}
interface AutocannonResult {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number };
  connections: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (opts: { url: string; connections: number; amount: number; timeout: number; requests: AutocannonRequest[] }) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

interface Case {
  name: string;
  expr: string;
  digits?: number;
  /** Expected `text` of a normal expression, or the error kind of a hostile one. */
  text?: string;
  kind?: string;
}

const NORMAL: Case[] = [
  { name: "1/3 + 1/6", expr: "1/3 + 1/6", text: "1/2" },
  { name: "2^100", expr: "2^100", text: "1267650600228229401496703205376" },
  { name: "sqrt(8)", expr: "sqrt(8)", text: "2*sqrt(2)" },
  { name: "sin(1) @ 34", expr: "sin(1)", text: "0.8414709848078965066525023216302990" },
  { name: "x = 5; x^2 + 1", expr: "x = 5; x^2 + 1", text: "26" },
];

const HOSTILE: Case[] = [
  { name: "10^10^10^10", expr: "10^10^10^10", kind: "LimitError" },
  { name: "factorial(10^9)", expr: "factorial(10^9)", kind: "LimitError" },
  { name: "200 000-char input", expr: "1+".repeat(100_000) + "1", kind: "LimitError" },
  { name: "garbage", expr: "}{)(*&^%$#@!", kind: "SyntaxError" },
  { name: "pi to 10^6 digits", expr: "pi", digits: 1_000_000, kind: "LimitError" },
];

/** The sin(1) text at 34 digits as the engine prints it (trailing zeros removed). */
function expectedText(c: Case): string | undefined {
  return c.text?.replace(/(\.\d*?)0+$/, "$1");
}

export async function run(opts: BenchOptions): Promise<BenchSection> {
  const server = await startServer({ port: 0, workers: 2, webRoot: null });
  const cases = [...NORMAL, ...HOSTILE];
  const tally = new Map<string, { ok: number; bad: number; sample?: string }>(cases.map((c) => [c.name, { ok: 0, bad: 0 }]));
  const rss: number[] = [];
  const sampler = setInterval(() => rss.push(process.memoryUsage().rss), 200);
  const rssStart = process.memoryUsage().rss;
  try {
    // Warm-up: one pass of every case, so the measured run starts with warm workers.
    for (const c of cases) {
      await fetch(`${server.url}/v1/evaluate`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ expr: c.expr, digits: c.digits }) });
    }
    const rssWarm = process.memoryUsage().rss;
    const result = await autocannon({
      url: server.url,
      connections: opts.quick ? 4 : 16,
      amount: opts.quick ? 200 : 6000,
      timeout: 20,
      requests: cases.map((c) => ({
        method: "POST" as const,
        path: "/v1/evaluate",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ expr: c.expr, digits: c.digits }),
        onResponse: (status: number, body: string) => {
          const t = tally.get(c.name)!;
          let good = false;
          try {
            const r = JSON.parse(body) as { ok: boolean; text?: string; error?: { kind: string } };
            good = status === 200 && (c.kind ? !r.ok && r.error?.kind === c.kind : r.ok && r.text === expectedText(c));
          } catch {
            good = false;
          }
          if (good) t.ok++;
          else {
            t.bad++;
            t.sample ??= `${status} ${body.slice(0, 160)}`;
          }
        },
      })),
    });
    clearInterval(sampler);
    const rssEnd = process.memoryUsage().rss;
    const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
    const perCase = table(
      ["case", "answered as expected", "unexpected"],
      cases.map((c) => {
        const t = tally.get(c.name)!;
        return [`\`${c.name}\`${c.kind ? ` (-> ${c.kind})` : ""}`, String(t.ok), t.bad ? `${t.bad}: ${t.sample ?? ""}` : "0"];
      }),
    );
    const summary = table(
      ["requests", "connections", "req/s (mean)", "p50 latency", "p99 latency", "non-2xx", "errors/timeouts"],
      [[
        String(result.requests.total),
        String(result.connections),
        result.requests.average.toFixed(0),
        `${result.latency.p50} ms`,
        `${result.latency.p99} ms`,
        String(result.non2xx),
        `${result.errors}/${result.timeouts}`,
      ]],
    );
    const memory = table(
      ["RSS at start", "after warm-up", "max during run", "at end"],
      [[mb(rssStart), mb(rssWarm), mb(Math.max(rssWarm, ...rss)), mb(rssEnd)]],
    );
    return {
      title: "HTTP API load (autocannon, 2 evaluation workers)",
      markdown: [
        `Normal and hostile requests interleaved on every connection (${opts.quick ? "quick mode" : "full run"}); every answer is checked.`,
        "",
        summary,
        "",
        perCase,
        "",
        "Memory of the whole process (server thread plus worker threads):",
        "",
        memory,
      ].join("\n"),
    };
  } finally {
    clearInterval(sampler);
    await server.close();
  }
}
