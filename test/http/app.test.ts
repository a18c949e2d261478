// The Hono app over a pool of fake workers (no engine, no socket: app.request): queue overflow answers 503 busy,
// a batch item whose worker overruns its deadline gets a time LimitError while the other items are answered.
import { afterAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/http/app.js";
import { createPool } from "../../src/mcp/pool.js";

const pool = createPool({ size: 1, marginMs: 50, maxQueue: 4, workerUrl: new URL("./fixtures/fake-worker.ts", import.meta.url) });
const app = createApp({ pool, webRoot: null });
afterAll(() => pool.close());

const post = (path: string, body: unknown) =>
  app.request(path, { method: "POST", headers: { "content-type": "application/json", host: "127.0.0.1" }, body: JSON.stringify(body) });

describe("app over a fake pool", () => {
  it("answers 503 busy when the queue is full, and recovers", async () => {
    await pool.ready();
    const slow = post("/v1/evaluate", { expr: "wait:300" }); // running
    const queued = ["a", "b", "c", "d"].map((x) => post("/v1/evaluate", { expr: `wait:1 ${x}` })); // queue full
    await new Promise((r) => setTimeout(r, 20));
    const busy = await post("/v1/evaluate", { expr: "one more" });
    expect(busy.status).toBe(503);
    expect(await busy.json()).toMatchObject({ ok: false, error: { kind: "RequestError", code: "busy" } });
    for (const r of [slow, ...queued]) expect((await r).status).toBe(200);
    expect((await post("/v1/evaluate", { expr: "later" })).status).toBe(200);
  });

  it("refuses a batch that does not fit in the queue without queuing any of it", async () => {
    const r = await post("/v1/batch", { items: Array.from({ length: 5 }, () => ({ expr: "x" })) });
    expect(r.status).toBe(503);
    expect(pool.stats().queued).toBe(0);
  });

  it("drops the queued items of a client that went away", async () => {
    const ctl = new AbortController();
    const items = [{ expr: "wait:200 first" }, { expr: "a" }, { expr: "b" }, { expr: "c" }];
    const pending = Promise.resolve(app
      .request("/v1/batch", { method: "POST", headers: { "content-type": "application/json", host: "127.0.0.1" }, body: JSON.stringify({ items }), signal: ctl.signal }))
      .catch(() => null);
    await new Promise((r) => setTimeout(r, 50));
    expect(pool.stats().queued).toBe(3);
    ctl.abort();
    expect(pool.stats().queued).toBe(0);
    await pending;
  });

  it("answers a batch item whose worker overruns with a LimitError and the others normally", async () => {
    const r = await post("/v1/batch", { items: [{ expr: "first" }, { expr: "hang", limits: { timeMs: 100 } }, { expr: "last" }] });
    const body = (await r.json()) as { results: { ok: boolean; text?: string; error?: { code: string } }[] };
    expect(body.results.map((x) => (x.ok ? x.text : x.error?.code))).toEqual(["first", "limit-time", "last"]);
    expect((await (await app.request("/v1/health", { headers: { host: "127.0.0.1" } })).json()) as object).toMatchObject({ ok: true, replaced: 1 });
  });
});
