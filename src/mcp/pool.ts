// A pool of worker threads that run library evaluations, shared by the HTTP API and the MCP servers (it lives in
// mcp/ because the layer table lets http import mcp, not the reverse). Each job has
// a hard deadline (its time limit plus a margin): a worker that overruns it is terminated and replaced (the outer
// fence behind the engine's own budget), so one hostile request never blocks the others. Queues are fair: each
// group (one HTTP request, one batch) takes turns, so a 1000-item batch cannot starve a single evaluation.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Result } from "../index.js";
import type { EvalJob, WorkerReply, WorkerRequest } from "./protocol.js";

export interface PoolOptions {
  /** Worker threads (default: 2). */
  size?: number;
  /** Extra time past a job's time limit before its worker is terminated (default 500 ms). */
  marginMs?: number;
  /** Time limit assumed when a job names none (the library default, 2000 ms). */
  defaultTimeMs?: number;
  /** Jobs that may wait in the queues (default 20 000); beyond it `run` rejects with PoolBusyError. */
  maxQueue?: number;
  /** Heap cap of each worker in MiB (default 512); exceeding it is reported as a LimitError "memory". */
  memoryMb?: number;
  /** Worker entry speaking protocol.ts (default worker.ts/worker.js next to this file; tests pass a fake). */
  workerUrl?: URL;
}

export interface PoolStats {
  size: number;
  busy: number;
  queued: number;
  /** Jobs that may wait at most (beyond it `run` rejects with PoolBusyError). */
  queueLimit: number;
  /** Workers terminated at their deadline or lost (out of memory) since the pool started. */
  replaced: number;
  completed: number;
}

export interface EvalPool {
  /**
   * Runs one evaluation in a worker. `group` keys a fair queue (jobs of one group run in order, groups take
   * turns); `notAfter` (epoch ms) makes a job that has not started by then answer a time LimitError unrun;
   * `signal` (the client went away) drops a job that is still queued.
   */
  run(job: EvalJob, opts?: { group?: string; notAfter?: number; signal?: AbortSignal }): Promise<Result>;
  stats(): PoolStats;
  /** Resolves once every worker has loaded the engine (or could not start); jobs may be submitted before. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** Thrown by `run` when the queues are full (the HTTP layer answers 503). */
export class PoolBusyError extends Error {
  constructor() {
    super("the evaluation queue is full; retry later");
    this.name = "PoolBusyError";
  }
}

interface Pending {
  job: EvalJob;
  notAfter: number;
  resolve: (r: Result) => void;
  /** Detaches the abort listener once the job leaves the queue (a kept-alive request would otherwise hold the job). */
  detach?: () => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  current: (Pending & { id: number; timer: NodeJS.Timeout }) | null;
}

const timeLimitResult = (ms: number, message: string): Result => ({
  ok: false,
  error: { kind: "LimitError", code: "limit-time", message, limit: "time", value: ms },
});

const failure = (kind: "LimitError" | "InternalError", code: string, message: string, extra = {}): Result =>
  ({ ok: false, error: { kind, code, message, ...extra } }) as Result;

/**
 * The worker entry next to this file: worker.js from dist/, or worker.ts under tsx/vitest. Node 20 does not apply
 * `--import tsx` hooks to a worker's own entry module, so a .ts entry is started through a two-line bootstrap that
 * registers tsx's ESM hooks first and then imports the entry (a fixed data: URL built from file paths only).
 */
function workerEntry(override?: URL): URL {
  const here = import.meta.url;
  const url = override ?? new URL(here.endsWith(".ts") ? "./worker.ts" : "./worker.js", here);
  if (!url.pathname.endsWith(".ts")) return url;
  const require = createRequire(here);
  const tsxDir = dirname(require.resolve("tsx/package.json"));
  const tsxPkg = JSON.parse(readFileSync(join(tsxDir, "package.json"), "utf8")) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const api = pathToFileURL(join(tsxDir, tsxPkg.exports["./esm/api"]!.import.default)).href;
  const code = `import { register } from ${JSON.stringify(api)};\nregister();\nawait import(${JSON.stringify(url.href)});\n`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

export function createPool(options: PoolOptions = {}): EvalPool {
  const size = Math.max(1, Math.floor(options.size ?? 2));
  const marginMs = options.marginMs ?? 500;
  const defaultTimeMs = options.defaultTimeMs ?? 2000;
  const maxQueue = options.maxQueue ?? 20_000;
  const memoryMb = options.memoryMb ?? 512;
  const entry = workerEntry(options.workerUrl);

  const slots: Slot[] = [];
  const queues = new Map<string, Pending[]>(); // insertion order = round-robin order
  let queued = 0;
  let nextId = 1;
  let nextGroup = 1;
  let replaced = 0;
  let completed = 0;
  let closed = false;
  let startFailures = 0;
  let readyWaiters: (() => void)[] = [];
  const checkReady = () => {
    if (closed || startFailures >= 3 || slots.every((s) => s.ready)) {
      for (const w of readyWaiters) w();
      readyWaiters = [];
    }
  };

  function spawn(): Slot {
    // stdout: true keeps a worker's stray console output off process.stdout, which carries JSON-RPC under `ulp mcp`.
    // A deeper stack than the default (4 MiB) lets user recursion reach the depth limit (1 000 calls).
    const worker = new Worker(entry, { stdout: true, resourceLimits: { maxOldGenerationSizeMb: memoryMb, stackSizeMb: 64 } });
    worker.stdout.on("data", (chunk: Buffer) => process.stderr.write(chunk));
    const slot: Slot = { worker, ready: false, current: null };
    worker.on("message", (msg: WorkerReply) => {
      if (msg.ready) {
        slot.ready = true;
        startFailures = 0;
        checkReady();
        pump();
        return;
      }
      const cur = slot.current;
      if (!cur || cur.id !== msg.id) return;
      clearTimeout(cur.timer);
      slot.current = null;
      completed++;
      cur.resolve(msg.result);
      pump();
    });
    worker.on("error", (err: Error & { code?: string }) => {
      const oom = err.code === "ERR_WORKER_OUT_OF_MEMORY";
      lose(
        slot,
        oom
          ? failure("LimitError", "limit-memory", `the evaluation ran out of memory (${memoryMb} MiB per worker)`, {
              limit: "memory",
              value: memoryMb,
            })
          : failure("InternalError", "internal", "the evaluation worker stopped unexpectedly"),
      );
    });
    worker.on("exit", () => {
      lose(slot, failure("InternalError", "internal", "the evaluation worker stopped unexpectedly"));
    });
    return slot;
  }

  /** Removes a dead or condemned slot, answers its job with `result`, and starts a replacement. */
  function lose(slot: Slot, result: Result): void {
    const i = slots.indexOf(slot);
    if (i < 0) return;
    const wasReady = slot.ready;
    const cur = slot.current;
    slot.current = null;
    if (cur) {
      clearTimeout(cur.timer);
      cur.resolve(closed ? failure("InternalError", "internal", "the server is shutting down") : result);
    }
    void slot.worker.terminate();
    if (closed) {
      slots.splice(i, 1);
      return;
    }
    replaced++;
    if (!wasReady) startFailures++;
    if (startFailures >= 3) {
      checkReady();
      // Workers cannot start at all (broken install): fail waiting jobs instead of respawning in a tight loop.
      for (const q of queues.values()) for (const p of q) p.resolve(failure("InternalError", "internal", "evaluation workers cannot start"));
      queues.clear();
      queued = 0;
      slots.splice(i, 1);
      setTimeout(() => {
        if (!closed && slots.length < size) {
          startFailures = 0;
          slots.push(spawn());
        }
      }, 1000).unref();
      return;
    }
    slots[i] = spawn();
  }

  function takeNext(): Pending | undefined {
    for (const [key, q] of queues) {
      const p = q.shift();
      queues.delete(key);
      if (q.length) queues.set(key, q); // move the group to the back: round robin
      if (p) {
        queued--;
        p.detach?.();
        return p;
      }
    }
    return undefined;
  }

  function pump(): void {
    for (const slot of slots) {
      if (!slot.ready || slot.current) continue;
      let p = takeNext();
      while (p && Date.now() > p.notAfter) {
        p.resolve(timeLimitResult(p.job.limits?.timeMs ?? defaultTimeMs, "the batch time limit was reached before this item started"));
        p = takeNext();
      }
      if (!p) return;
      const id = nextId++;
      const timeMs = p.job.limits?.timeMs ?? defaultTimeMs;
      const timer = setTimeout(() => {
        lose(slot, timeLimitResult(timeMs, `the time limit of ${timeMs} ms was reached (the evaluation was stopped)`));
      }, timeMs + marginMs);
      slot.current = { ...p, id, timer };
      const msg: WorkerRequest = { id, ...p.job };
      slot.worker.postMessage(msg);
    }
  }

  for (let i = 0; i < size; i++) slots.push(spawn());

  return {
    run(job, opts = {}) {
      if (closed) return Promise.resolve(failure("InternalError", "internal", "the server is shutting down"));
      if (queued >= maxQueue) return Promise.reject(new PoolBusyError());
      const group = opts.group ?? `#${nextGroup++}`;
      return new Promise<Result>((resolve) => {
        const p: Pending = { job, notAfter: opts.notAfter ?? Infinity, resolve };
        const q = queues.get(group);
        if (q) q.push(p);
        else queues.set(group, [p]);
        queued++;
        const signal = opts.signal;
        if (signal) {
          const onAbort = () => {
            const list = queues.get(group);
            const i = list ? list.indexOf(p) : -1;
            if (!list || i < 0) return; // already running or answered
            list.splice(i, 1);
            if (!list.length) queues.delete(group);
            queued--;
            resolve(failure("InternalError", "internal", "the request was abandoned by its client"));
          };
          signal.addEventListener("abort", onAbort, { once: true });
          p.detach = () => signal.removeEventListener("abort", onAbort);
        }
        pump();
      });
    },
    ready() {
      return new Promise<void>((resolve) => {
        readyWaiters.push(resolve);
        checkReady();
      });
    },
    stats() {
      return {
        size,
        busy: slots.filter((s) => s.current).length,
        queued,
        queueLimit: maxQueue,
        replaced,
        completed,
      };
    },
    async close() {
      closed = true;
      checkReady();
      for (const q of queues.values()) for (const p of q) p.resolve(failure("InternalError", "internal", "the server is shutting down"));
      queues.clear();
      queued = 0;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
