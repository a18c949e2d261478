// Runs evaluations in a worker thread (engine-worker.ts) with an outer time fence: a computation that outlives its
// time limit (one MPFR call cannot be interrupted) or that the user cancels is stopped by terminating the worker.
// The session survives: inputs that succeeded are replayed into the fresh worker, so bindings are kept.
import { Worker } from "node:worker_threads";
import type { EvaluateOptions, Result } from "../index.js";
import type { EngineRequest } from "./engine-worker.js";

const FENCE_MARGIN_MS = 1500;

export class EngineClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private pending: { id: number; resolve(r: Result): void; timer: NodeJS.Timeout | undefined } | undefined;
  private readonly history: { text: string; options: EvaluateOptions }[] = [];

  constructor(private readonly defaults: EvaluateOptions) {}

  private spawn(): Worker {
    // A deeper stack than the default lets user recursion reach the depth limit (1 000 calls).
    const w = new Worker(workerEntry(), { resourceLimits: { stackSizeMb: 64 } });
    w.on("message", (m: { id: number; result: Result }) => {
      const p = this.pending;
      if (!p || p.id !== m.id) return;
      this.pending = undefined;
      if (p.timer) clearTimeout(p.timer);
      p.resolve(m.result);
    });
    w.on("error", (e) => this.fail(`the evaluation worker failed: ${e.message}`));
    w.unref();
    return w;
  }

  private queue: Promise<unknown> = Promise.resolve();

  /** Requests run one at a time, in order (replayed inputs first after a restart). */
  private post(text: string, options: EvaluateOptions): Promise<Result> {
    const send = () => this.send(text, options);
    const next = this.queue.then(send, send);
    this.queue = next;
    return next;
  }

  private send(text: string, options: EvaluateOptions): Promise<Result> {
    this.worker ??= this.spawn();
    const id = this.nextId++;
    const req: EngineRequest = { id, text, options };
    return new Promise<Result>((resolve) => {
      const timeMs = options.limits?.timeMs;
      const timer =
        timeMs !== undefined
          ? setTimeout(() => {
              this.restart();
              resolve(timeLimitResult(timeMs));
            }, timeMs + FENCE_MARGIN_MS)
          : undefined;
      this.pending = { id, resolve, timer };
      this.worker!.postMessage(req);
    });
  }

  /** Evaluate one input in the session; successful inputs are remembered for replay after a restart. */
  async evaluate(text: string, options: EvaluateOptions = {}): Promise<Result> {
    const merged: EvaluateOptions = { ...this.defaults, ...options, limits: { ...this.defaults.limits, ...options.limits } };
    const r = await this.post(text, merged);
    if (r.ok) this.history.push({ text, options: merged });
    return r;
  }

  /** Stop the running computation (Ctrl-C): the pending evaluation resolves with a cancellation error. */
  cancel(): void {
    const p = this.pending;
    this.restart();
    if (p) {
      if (p.timer) clearTimeout(p.timer);
      p.resolve({ ok: false, error: { kind: "LimitError", code: "limit-time", message: "cancelled", limit: "time", value: 0 } });
    }
  }

  private fail(message: string): void {
    const p = this.pending;
    this.restart();
    p?.resolve({ ok: false, error: { kind: "InternalError", code: "internal", message } });
  }

  /** Replace the worker and replay the successful inputs so variables and functions survive. */
  private restart(): void {
    this.pending = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
    const replay = [...this.history];
    this.history.length = 0;
    if (replay.length === 0) return;
    for (const h of replay) {
      void this.post(h.text, h.options).then((r) => {
        if (r.ok) this.history.push(h);
      });
    }
  }

  get busy(): boolean {
    return this.pending !== undefined;
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}

function timeLimitResult(timeMs: number): Result {
  return {
    ok: false,
    error: {
      kind: "LimitError",
      code: "limit-time",
      message: `the time limit of ${timeMs} ms was reached`,
      limit: "time",
      value: timeMs,
    },
  };
}

/**
 * engine-worker.js from dist/, or engine-worker.ts when running from source under tsx. Node 20 does not apply
 * `--import tsx` to a worker's entry module, so the .ts entry starts through a bootstrap that registers tsx's ESM
 * hooks first (a fixed data: URL built from file paths only).
 */
function workerEntry(): URL {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new URL("./engine-worker.js", here);
  const api = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./engine-worker.ts", here).href;
  const code = `import { register } from ${JSON.stringify(api)};\nregister();\nawait import(${JSON.stringify(entry)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
