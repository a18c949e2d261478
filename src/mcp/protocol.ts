// Messages between the evaluation pool (pool.ts) and its worker threads (worker.ts), and the job type the
// servers submit. Plain structured-clone data only.
import type { Limits, Result } from "../index.js";

/** One evaluation: the library's `evaluate(expr, {digits, limits})`, run in a worker. */
export interface EvalJob {
  expr: string;
  digits?: number;
  limits?: Partial<Limits>;
}

export interface WorkerRequest extends EvalJob {
  id: number;
}

export type WorkerReply = { ready: true; id?: undefined } | { id: number; result: Result; ready?: undefined };
