// The evaluation pool's outer fence, with a fake worker (no engine needed): a job past its deadline is answered
// with a time LimitError and its worker replaced; heap exhaustion and crashes are contained; queues are fair.
import { afterAll, describe, expect, it } from "vitest";
import { createPool } from "../../src/mcp/pool.js"; // direct: this test needs no engine

const workerUrl = new URL("./fixtures/fake-worker.ts", import.meta.url);

describe("evaluation pool", () => {
  const pool = createPool({ size: 2, marginMs: 100, workerUrl, memoryMb: 64 });
  afterAll(() => pool.close());

  it("runs jobs and answers their results", async () => {
    const r = await pool.run({ expr: "hello" });
    expect(r).toMatchObject({ ok: true, text: "hello" });
  });

  it("terminates a worker that passes its deadline and keeps serving", async () => {
    const before = pool.stats().replaced;
    const [hung, ok] = await Promise.all([pool.run({ expr: "hang", limits: { timeMs: 200 } }), pool.run({ expr: "fine" })]);
    expect(hung).toMatchObject({ ok: false, error: { kind: "LimitError", code: "limit-time", limit: "time", value: 200 } });
    expect(ok).toMatchObject({ ok: true, text: "fine" });
    expect(pool.stats().replaced).toBe(before + 1);
    expect(await pool.run({ expr: "after" })).toMatchObject({ ok: true, text: "after" });
  });

  it("contains a worker that runs out of heap", async () => {
    const r = await pool.run({ expr: "oom", limits: { timeMs: 20_000 } });
    expect(r).toMatchObject({ ok: false, error: { kind: "LimitError", code: "limit-memory", limit: "memory" } });
    expect(await pool.run({ expr: "still here" })).toMatchObject({ ok: true });
  });

  it("contains a worker that exits", async () => {
    const r = await pool.run({ expr: "crash" });
    expect(r).toMatchObject({ ok: false, error: { kind: "InternalError" } });
    expect(await pool.run({ expr: "again" })).toMatchObject({ ok: true });
  });

  it("takes groups in turn, so a long batch does not starve a single request", async () => {
    const order: string[] = [];
    const batch = Array.from({ length: 8 }, (_, k) =>
      pool.run({ expr: `wait:20 b${k}` }, { group: "batch" }).then((r) => order.push(r.ok ? r.text : "?")),
    );
    await new Promise((r) => setTimeout(r, 5));
    const single = pool.run({ expr: "single" }).then((r) => order.push(r.ok ? r.text : "?"));
    await Promise.all([...batch, single]);
    // At most the two running batch items and the next one in turn precede the single request.
    expect(order.indexOf("single")).toBeLessThanOrEqual(3);
  });

  it("answers a batch item that could not start before its deadline without running it", async () => {
    const r = await pool.run({ expr: "late" }, { notAfter: Date.now() - 1 });
    expect(r).toMatchObject({ ok: false, error: { kind: "LimitError", code: "limit-time" } });
  });
});
