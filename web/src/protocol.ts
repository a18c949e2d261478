// Messages between the page (engine.ts) and the engine's Web Worker (engine-worker.ts).
import type { Result } from "../../src/index.js";

export type EngineRequest =
  | { id: number; op: "evaluate"; expr: string; digits: number }
  | { id: number; op: "analyse"; expr: string }
  | { id: number; op: "sample"; expr: string; variable: string; from: number; to: number; n: number };

export type EngineReply =
  | { id: number; op: "evaluate"; result: Result }
  | { id: number; op: "analyse"; vars: string[] }
  | { id: number; op: "sample"; xs: Float64Array; ys: Float64Array }
  | { id: number; op: "failed"; message: string };

export type { Result };
