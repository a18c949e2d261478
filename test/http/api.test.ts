// The HTTP API end to end: a real server on 127.0.0.1 with worker threads. Results follow the JSON contract and
// match mpmath oracles; malformed requests get 4xx RequestErrors; hostile inputs are LimitErrors and the server
// stays healthy; the Origin/Host guard refuses foreign browser requests.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../src/http/index.js";
import { formatOracles, realOracles, sameDecimal } from "./oracle.js";

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  server = await startServer({ port: 0, workers: 2, webRoot: null });
});
afterAll(() => server?.close());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies under test

async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Json }> {
  const res = await fetch(server.url + path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Json };
}

describe("POST /v1/evaluate", () => {
  it("answers the contract's examples", async () => {
    expect(await post("/v1/evaluate", { expr: "1/3 + 1/6" })).toEqual({
      status: 200,
      body: { ok: true, value: { type: "rational", exact: "1/2", decimal: "0.5", decimal_is_exact: true }, text: "1/2", latex: "\\frac{1}{2}" },
    });
    const r = await post("/v1/evaluate", { expr: "sqrt(8)" });
    expect(r.body).toMatchObject({ ok: true, text: "2*sqrt(2)", value: { type: "radical", exact: "2*sqrt(2)", decimal_is_exact: false } });
    expect(sameDecimal(r.body.value.decimal, "2.828427124746190097603377448419396")).toBe(true);
  });

  it("honours digits", async () => {
    const r = await post("/v1/evaluate", { expr: "sin(1)", digits: 10 });
    expect(r.body).toMatchObject({ ok: true, value: { type: "real", digits: 10 } });
    expect(sameDecimal(r.body.value.decimal, "8.414709848e-1")).toBe(true);
  });

  it("answers evaluation errors with status 200 and a span", async () => {
    const r = await post("/v1/evaluate", { expr: "1 + )" });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ ok: false, error: { kind: "SyntaxError", code: "unexpected-token", span: [4, 5] } });
  });

  it("answers resource bombs with LimitErrors, and the next request still works", async () => {
    for (const expr of ["10^10^10^10", "factorial(10^9)", "2^(2^64)"]) {
      const r = await post("/v1/evaluate", { expr });
      expect(r.body, expr).toMatchObject({ ok: false, error: { kind: "LimitError" } });
    }
    const digits = await post("/v1/evaluate", { expr: "pi", digits: 1_000_000 });
    expect(digits.body).toMatchObject({ ok: false, error: { kind: "LimitError", code: "limit-digits" } });
    const long = await post("/v1/evaluate", { expr: "1+".repeat(60_000) + "1" });
    expect(long.body).toMatchObject({ ok: false, error: { kind: "LimitError", code: "limit-input-length" } });
    expect((await post("/v1/evaluate", { expr: "2^10" })).body).toMatchObject({ ok: true, text: "1024" });
  });

  it("answers a computation that outlives its time limit with a LimitError, without blocking others", async () => {
    // gamma at 20 000 digits runs for minutes inside one MPFR call: either the engine refuses it up front or the
    // pool terminates its worker at the deadline; meanwhile the other worker answers.
    const order: string[] = [];
    const slow = post("/v1/evaluate", { expr: "gamma(1/3)", digits: 20_000, limits: { timeMs: 3000 } }).then((r) => (order.push("slow"), r));
    const fast = post("/v1/evaluate", { expr: "3^40" }).then((r) => (order.push("fast"), r));
    const [s, f] = await Promise.all([slow, fast]);
    expect(s.body).toMatchObject({ ok: false, error: { kind: "LimitError", limit: "time" } });
    expect(f.body).toMatchObject({ ok: true, text: "12157665459056928801" });
    if (String(s.body.error.message).includes("stopped")) expect(order[0]).toBe("fast"); // the fence fired
    expect((await post("/v1/evaluate", { expr: "1 + 1" })).body).toMatchObject({ ok: true, text: "2" });
  });

  it("lowers limits above the server caps instead of obeying them", async () => {
    const r = await post("/v1/evaluate", { expr: "2 + 2", limits: { timeMs: 1e12, digits: 10 ** 9 } });
    expect(r.body).toMatchObject({ ok: true, text: "4" });
  });

  it("matches mpmath oracles through a batch", async () => {
    const cases = realOracles(60);
    expect(cases.length).toBeGreaterThanOrEqual(40);
    const r = await post("/v1/batch", { items: cases.map((c) => ({ expr: c.expr, digits: c.digits })) });
    expect(r.status).toBe(200);
    const misses = cases.filter((c, k) => !(r.body.results[k]?.ok && sameDecimal(r.body.results[k].value.decimal, c.expected)));
    expect(misses).toEqual([]);
  });

  it("matches the format oracles (x to fmt bits)", async () => {
    const cases = formatOracles(150);
    const r = await post("/v1/batch", { items: cases.map((c) => ({ expr: `${c.input} to ${c.format}` })) });
    const got = r.body.results.map((x: Json) => (x.ok ? `0x${String(x.value.bits).replace(/^0x/, "").toLowerCase()}` : x.error.code));
    expect(got).toEqual(cases.map((c) => c.bits.toLowerCase()));
  });
});

describe("POST /v1/batch", () => {
  it("keeps the order of items and mixes results and errors", async () => {
    const r = await post("/v1/batch", { items: [{ expr: "2^100" }, { expr: "1/0" }, { expr: "sqrt(8)", digits: 5 }] });
    expect(r.status).toBe(200);
    expect(r.body.results).toHaveLength(3);
    expect(r.body.results[0]).toMatchObject({ ok: true, text: "1267650600228229401496703205376" });
    expect(r.body.results[1]).toMatchObject({ ok: false, error: { kind: "DomainError", code: "division-by-zero" } });
    expect(r.body.results[2]).toMatchObject({ ok: true, value: { decimal: "2.8284" } });
  });

  it("refuses more than 1000 items", async () => {
    const r = await post("/v1/batch", { items: Array.from({ length: 1001 }, () => ({ expr: "1" })) });
    expect(r).toMatchObject({ status: 400, body: { ok: false, error: { kind: "RequestError", code: "too-many-items" } } });
  });

  it("names the bad item", async () => {
    const r = await post("/v1/batch", { items: [{ expr: "1" }, { expr: 2 }] });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toContain("items[1].expr");
  });
});

describe("malformed requests", () => {
  const cases: [string, unknown, number, string][] = [
    ["not JSON", "{expr: 1", 400, "invalid-json"],
    ["an array body", [1, 2], 400, "invalid-body"],
    ["missing expr", { digits: 5 }, 400, "missing-field"],
    ["expr not a string", { expr: 42 }, 400, "wrong-field-type"],
    ["negative digits", { expr: "1", digits: -3 }, 400, "wrong-field-type"],
    ["fractional digits", { expr: "1", digits: 2.5 }, 400, "wrong-field-type"],
    ["unknown field", { expression: "1" }, 400, "unknown-field"],
    ["unknown limit", { expr: "1", limits: { memory: 5 } }, 400, "unknown-field"],
    ["__proto__ key", '{"expr":"1","__proto__":{"x":1}}', 400, "unknown-field"],
  ];
  for (const [name, body, status, code] of cases) {
    it(name, async () => {
      const r = await post("/v1/evaluate", body);
      expect(r).toMatchObject({ status, body: { ok: false, error: { kind: "RequestError", code } } });
      expect(typeof r.body.error.message).toBe("string");
    });
  }

  it("requires application/json", async () => {
    const r = await post("/v1/evaluate", JSON.stringify({ expr: "1" }), { "content-type": "text/plain" });
    expect(r).toMatchObject({ status: 415, body: { error: { code: "unsupported-media-type" } } });
  });

  it("limits the body size", async () => {
    const r = await post("/v1/evaluate", { expr: "1".repeat(3 * 1024 * 1024) });
    expect(r).toMatchObject({ status: 413, body: { error: { kind: "RequestError", code: "body-too-large" } } });
  });

  it("answers unknown paths and wrong methods with JSON", async () => {
    const nf = await fetch(`${server.url}/v2/nothing`);
    expect(nf.status).toBe(404);
    expect(await nf.json()).toMatchObject({ ok: false, error: { kind: "RequestError", code: "not-found" } });
    const m = await fetch(`${server.url}/v1/evaluate`);
    expect(m.status).toBe(405);
    expect(await m.json()).toMatchObject({ error: { code: "method-not-allowed" } });
  });
});

describe("fuzzed bodies", () => {
  it("never answer 5xx: random text and random JSON get a Result or a RequestError", async () => {
    const body = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.record({ expr: fc.string({ maxLength: 60 }), digits: fc.integer({ min: -5, max: 200 }) }).map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom("/v1/evaluate", "/v1/batch"), async (text, path) => {
        const r = await post(path, text);
        expect(r.status === 200 || (r.status >= 400 && r.status < 500)).toBe(true);
        if (r.status !== 200) expect(r.body.error.kind).toBe("RequestError");
        else if (path === "/v1/evaluate") expect(typeof r.body.ok).toBe("boolean");
      }),
      { seed: 20261126, numRuns: 60 },
    );
  });
});

describe("DNS rebinding guard", () => {
  it("refuses a foreign Origin and accepts loopback ones", async () => {
    const evil = await post("/v1/evaluate", { expr: "1" }, { origin: "http://evil.example" });
    expect(evil).toMatchObject({ status: 403, body: { error: { kind: "RequestError", code: "forbidden-origin" } } });
    const nul = await post("/v1/evaluate", { expr: "1" }, { origin: "null" });
    expect(nul.status).toBe(403);
    for (const origin of ["http://localhost:5173", "http://127.0.0.1:8080", "http://[::1]:3000"]) {
      expect((await post("/v1/evaluate", { expr: "1" }, { origin })).status, origin).toBe(200);
    }
  });

  it("refuses a Host header that is not this server (a rebound DNS name)", async () => {
    const { request } = await import("node:http");
    const url = new URL(server.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, path: "/v1/health", headers: { host: `attacker.example:${url.port}` } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});

describe("GET endpoints", () => {
  it("reports health, with security headers", async () => {
    const r = await fetch(`${server.url}/v1/health`);
    expect(r.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(r.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await r.json()).toMatchObject({ ok: true, workers: 2 });
  });

  it("serves an OpenAPI 3.1 document describing the endpoints", async () => {
    const doc = (await (await fetch(`${server.url}/openapi.json`)).json()) as Json;
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/v1/evaluate", "/v1/batch", "/v1/health"]));
    expect(doc.components.schemas.RequestError.properties.error.properties.code.enum).toContain("too-many-items");
  });

  it("serves a hint page when the web page is not built", async () => {
    const r = await fetch(`${server.url}/`);
    expect(r.status).toBe(200);
    expect(await r.text()).toContain("/openapi.json");
  });
});

describe("attack payloads (../shared/oracles/attacks.txt)", () => {
  it("answers every payload with a Result and stays healthy", async () => {
    const payloads = readFileSync(new URL("../data/oracles/attacks.txt", import.meta.url), "utf8")
      .split("\n")
      .filter((l) => l.trim() && !l.startsWith("#"));
    const proto = Object.getOwnPropertyNames(Object.prototype).length;
    for (let i = 0; i < payloads.length; i += 200) {
      const items = payloads.slice(i, i + 200).map((expr) => ({ expr, limits: { timeMs: 1000 } }));
      const r = await post("/v1/batch", { items });
      expect(r.status).toBe(200);
      for (const res of r.body.results) {
        expect(typeof res.ok).toBe("boolean");
        if (!res.ok) expect(res.error.kind).not.toBe("InternalError");
      }
    }
    expect(Object.getOwnPropertyNames(Object.prototype).length).toBe(proto);
    expect((await post("/v1/evaluate", { expr: "6*7" })).body).toMatchObject({ ok: true, text: "42" });
  });
});
