// The Hono app over a pool of fake workers (no engine, no socket: app.request): queue overflow answers 503 busy,
// a batch item whose worker overruns its deadline gets a time LimitError while the other items are answered.
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.js";
import { createPool } from "../../src/mcp/pool.js";

const pool = createPool({ size: 1, marginMs: 50, maxQueue: 2, workerUrl: new URL("./fixtures/fake-worker.ts", import.meta.url) });
const app = createApp({ pool, webRoot: null });
afterAll(() => pool.close());

const post = (path: string, body: unknown) =>
  app.request(path, { method: "POST", headers: { "content-type": "application/json", host: "127.0.0.1" }, body: JSON.stringify(body) });

describe("app over a fake pool", () => {
  it("answers 503 busy when the queue is full, and recovers", async () => {
    await pool.ready();
    const slow = post("/v1/evaluate", { expr: "wait:300" }); // running
    const queued = [post("/v1/evaluate", { expr: "wait:1 a" }), post("/v1/evaluate", { expr: "wait:1 b" })]; // queue full
    await new Promise((r) => setTimeout(r, 20));
    const busy = await post("/v1/evaluate", { expr: "one more" });
    expect(busy.status).toBe(503);
    expect(await busy.json()).toMatchObject({ ok: false, error: { kind: "RequestError", code: "busy" } });
    for (const r of [slow, ...queued]) expect((await r).status).toBe(200);
    expect((await post("/v1/evaluate", { expr: "later" })).status).toBe(200);
  });

  it("answers a batch item whose worker overruns with a LimitError and the others normally", async () => {
    const r = await post("/v1/batch", { items: [{ expr: "first" }, { expr: "hang", limits: { timeMs: 100 } }, { expr: "last" }] });
    const body = (await r.json()) as { results: { ok: boolean; text?: string; error?: { code: string } }[] };
    expect(body.results.map((x) => (x.ok ? x.text : x.error?.code))).toEqual(["first", "limit-time", "last"]);
    expect((await (await app.request("/v1/health", { headers: { host: "127.0.0.1" } })).json()) as object).toMatchObject({ ok: true, replaced: 1 });
  });
});
