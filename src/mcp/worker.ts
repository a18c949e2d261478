// Worker-thread entry of the evaluation pool (pool.ts): receives {id, expr, digits, limits}, answers {id, result}.
// It only calls the public library; the pool terminates it when it overruns its deadline (the outer fence).
import { parentPort } from "node:worker_threads";
import { evaluate } from "../index.js";
import type { WorkerRequest, WorkerReply } from "./protocol.js";

const port = parentPort;
if (!port) throw new Error("src/mcp/worker.ts must run in a worker thread");

// Warm the engine (loads gmp-wasm) before announcing readiness, so the first request's deadline is not spent on it.
await evaluate("1 + 1").catch(() => undefined);
port.postMessage({ ready: true } satisfies WorkerReply);

port.on("message", (msg: WorkerRequest) => {
  void evaluate(msg.expr, { digits: msg.digits, limits: msg.limits }).then(
    (result) => port.postMessage({ id: msg.id, result } satisfies WorkerReply),
    (err: unknown) =>
      port.postMessage({
        id: msg.id,
        result: {
          ok: false,
          error: { kind: "InternalError", code: "internal", message: `worker: ${String((err as Error)?.message ?? err)}` },
        },
      } satisfies WorkerReply),
  );
});
