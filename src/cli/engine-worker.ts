// The evaluation worker of the CLI and REPL: holds one session; the main thread stays free to show progress and
// to cancel (terminate) a computation that runs too long or that the user interrupts with Ctrl-C.
import { parentPort } from "node:worker_threads";
import { createSession, type EvaluateOptions } from "../index.js";

export interface EngineRequest {
  readonly id: number;
  readonly text: string;
  readonly options: EvaluateOptions;
}

const session = createSession();
parentPort!.on("message", (req: EngineRequest) => {
  void session.evaluate(req.text, req.options).then((result) => parentPort!.postMessage({ id: req.id, result }));
});
