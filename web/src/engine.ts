// The page's handle on the engine worker: request/response by id, and cancel() = terminate + respawn, which is the
// only way to stop a computation that is already running (a wasm call cannot be interrupted).
import type { EngineReply, EngineRequest } from "./protocol.js";

type Pending = { resolve: (r: EngineReply) => void; reject: (e: Error) => void };
type Body = EngineRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

export class CancelledError extends Error {
  constructor() {
    super("cancelled");
  }
}

export class Engine {
  private worker: Worker;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  /** Number of requests in flight (for the busy indicator). */
  get busy(): number {
    return this.pending.size;
  }

  constructor() {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const w = new Worker(new URL("./engine-worker.ts", import.meta.url), { type: "module" });
    w.onmessage = (e: MessageEvent<EngineReply>) => {
      const p = this.pending.get(e.data.id);
      if (!p) return;
      this.pending.delete(e.data.id);
      if (e.data.op === "failed") p.reject(new Error(e.data.message));
      else p.resolve(e.data);
    };
    w.onerror = (e) => {
      for (const p of this.pending.values()) p.reject(new Error(e.message || "engine worker failed"));
      this.pending.clear();
    };
    return w;
  }

  request<T extends EngineReply["op"]>(body: Body & { op: T }): Promise<Extract<EngineReply, { op: T }>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: EngineReply) => void, reject });
      this.worker.postMessage({ ...body, id } as EngineRequest);
    });
  }

  /** Stops everything in flight: the worker is terminated and a fresh one started. */
  cancel(): void {
    this.worker.terminate();
    for (const p of this.pending.values()) p.reject(new CancelledError());
    this.pending.clear();
    this.worker = this.spawn();
  }
}
