// Load test of the HTTP API (autocannon against a server on 127.0.0.1, bounded in count): a mix of normal
// expressions (each answer checked) and hostile ones (resource bombs, garbage, huge inputs: each must be an error of
// the expected kind). Reports requests/s, p50/p99 latency and the process RSS (server and workers) over the run,
// then the per-call latency of MCP tool calls over Streamable HTTP.
import { createRequire } from "node:module";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
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
  requests: { total: number };
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

export async function run(opts: BenchOptions): Promise<BenchSection[]> {
  return [await httpLoad(opts), await mcpCalls(opts)];
}

/** MCP tool calls over Streamable HTTP with the SDK client, one at a time: the per-call overhead an agent sees. */
async function mcpCalls(opts: BenchOptions): Promise<BenchSection> {
  const server = await startServer({ port: 0, workers: 2, webRoot: null });
  const client = new Client({ name: "bench", version: "1" });
  try {
    await client.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`)));
    const calls: [string, Record<string, unknown>, string][] = [
      ["evaluate", { expression: "1/3 + 1/6" }, "1/2 = 0.5"],
      ["evaluate", { expression: "10^10^10^10" }, "LimitError"],
      ["solve", { equations: "x^2 - 3x + 2 = 0" }, "x = 1, x = 2"],
    ];
    const n = opts.quick ? 30 : 600;
    const times: number[] = [];
    let bad = 0;
    for (let k = 0; k < n; k++) {
      const [name, args, expect] = calls[k % calls.length]!;
      const t0 = performance.now();
      const r = (await client.callTool({ name, arguments: args })) as { content: { text?: string }[] };
      times.push(performance.now() - t0);
      if (!(r.content[0]?.text ?? "").includes(expect)) bad++;
    }
    times.sort((a, b) => a - b);
    const total = times.reduce((a, b) => a + b, 0);
    const pct = (p: number) => `${times[Math.min(times.length - 1, Math.floor(times.length * p))]!.toFixed(1)} ms`;
    return {
      title: "MCP tool calls over Streamable HTTP (SDK client, sequential)",
      markdown: [
        "Stateless `/mcp`: every call is one POST with a fresh server and transport; evaluate, a resource bomb and solve in turn.",
        "",
        table(["calls", "calls/s", "p50", "p99", "unexpected answers"], [[String(n), ((n * 1000) / total).toFixed(0), pct(0.5), pct(0.99), String(bad)]]),
      ].join("\n"),
    };
  } finally {
    await client.close();
    await server.close();
  }
}

async function httpLoad(opts: BenchOptions): Promise<BenchSection> {
  const server = await startServer({ port: 0, workers: 2, webRoot: null });
  const cases = [...NORMAL, ...HOSTILE];
  const tally = new Map<string, { ok: number; bad: number; sample?: string }>(cases.map((c) => [c.name, { ok: 0, bad: 0 }]));
  const rounds = opts.quick ? 2 : 5;
  const perRound = opts.quick ? 100 : 3000;
  const connections = opts.quick ? 4 : 16;
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
  // autocannon notices `amount` only on its one-second ticker, so time the run by its last response instead.
  let lastResponse = 0;
  const requests = cases.map((c) => ({
    method: "POST" as const,
    path: "/v1/evaluate",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ expr: c.expr, digits: c.digits }),
    onResponse: (status: number, body: string) => {
      lastResponse = performance.now();
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
  }));
  try {
    const rssStart = process.memoryUsage().rss;
    // Warm-up: one pass of every case, so the measured rounds start with warm workers.
    for (const c of cases) {
      await fetch(`${server.url}/v1/evaluate`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ expr: c.expr, digits: c.digits }) });
    }
    const rows: string[][] = [["warm-up", "", "", "", "", "", mb(process.memoryUsage().rss)]];
    for (let k = 1; k <= rounds; k++) {
      const t0 = performance.now();
      const r = await autocannon({ url: server.url, connections, amount: perRound, timeout: 20, requests });
      const seconds = (lastResponse - t0) / 1000;
      rows.push([
        String(k),
        String(r.requests.total),
        (r.requests.total / seconds).toFixed(0),
        `${r.latency.p50} ms`,
        `${r.latency.p99} ms`,
        `${r.non2xx} / ${r.errors} / ${r.timeouts}`,
        mb(process.memoryUsage().rss),
      ]);
    }
    // Batches: 100 items each (normal and hostile mixed), every result checked.
    const batchItems = Array.from({ length: 100 }, (_, k) => cases[k % cases.length]!);
    let batchBad = 0;
    const batchCount = opts.quick ? 5 : 100;
    const t0 = performance.now();
    const b = await autocannon({
      url: server.url,
      connections: opts.quick ? 2 : 4,
      amount: batchCount,
      timeout: 60,
      requests: [
        {
          method: "POST",
          path: "/v1/batch",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ items: batchItems.map((c) => ({ expr: c.expr, digits: c.digits })) }),
          onResponse: (status: number, body: string) => {
            lastResponse = performance.now();
            const results = (JSON.parse(body) as { results?: { ok: boolean; text?: string; error?: { kind: string } }[] }).results ?? [];
            const good = results.filter((r, k) => {
              const c = batchItems[k]!;
              return c.kind ? !r.ok && r.error?.kind === c.kind : r.ok && r.text === expectedText(c);
            }).length;
            batchBad += status === 200 ? batchItems.length - good : batchItems.length;
          },
        },
      ],
    });
    const batchSeconds = (lastResponse - t0) / 1000;
    const batchTable = table(
      ["batches of 100", "items/s", "p50 latency", "p99 latency", "unexpected item results", "RSS after"],
      [[String(b.requests.total), ((b.requests.total * 100) / batchSeconds).toFixed(0), `${b.latency.p50} ms`, `${b.latency.p99} ms`, String(batchBad), mb(process.memoryUsage().rss)]],
    );
    const perCase = table(
      ["case", "answered as expected", "unexpected"],
      cases.map((c) => {
        const t = tally.get(c.name)!;
        return [`\`${c.name}\`${c.kind ? ` (-> ${c.kind})` : ""}`, String(t.ok), t.bad ? `${t.bad}: ${t.sample ?? ""}` : "0"];
      }),
    );
    return {
      title: "HTTP API load (autocannon, 2 evaluation workers)",
      markdown: [
        `${rounds} rounds of ${perRound} requests on ${connections} connections (${opts.quick ? "quick mode" : "full run"}), normal and`,
        "hostile requests interleaved on every connection; every answer is checked. RSS is the whole process (server",
        `thread plus worker threads) after each round; it started at ${mb(rssStart)}. Flat means later rounds do not keep growing.`,
        "",
        table(["round", "requests", "req/s", "p50 latency", "p99 latency", "non-2xx / errors / timeouts", "RSS after"], rows),
        "",
        perCase,
        "",
        "`POST /v1/batch` with the same mix, 100 items per request:",
        "",
        batchTable,
      ].join("\n"),
    };
  } finally {
    await server.close();
  }
}
