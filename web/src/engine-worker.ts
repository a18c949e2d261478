// The engine inside a Web Worker: evaluates with the library (gmp-wasm runs in browsers), finds the free variable
// of an expression from its syntax tree, and samples it for the plot (compile(), else one evaluation per point).
// The page terminates this worker to cancel a long computation.
import * as ulp from "../../src/index.js";
import type { EngineReply, EngineRequest } from "./protocol.js";

const scope = self as unknown as { onmessage: ((e: MessageEvent<EngineRequest>) => void) | null; postMessage(m: EngineReply, t?: Transferable[]): void };
/** Browser time limit: generous, since the page can always cancel. */
const TIME_MS = 10_000;

/**
 * The variable to plot: the expression's unknowns (ulp.freeVariables), unless a statement binds names
 * (x = 2; f(x) = ...), is an equation, or calls a solver: those are not plots of a free variable.
 */
function freeLetters(text: string): string[] {
  let program: ReturnType<typeof ulp.parse>;
  try {
    program = ulp.parse(text);
  } catch {
    return [];
  }
  const binds = program.statements.some(
    (s) => s.kind === "assign" || s.kind === "define" || s.kind === "equation" || s.kind === "var" || (s.kind === "call" && isSolver(s)),
  );
  return binds ? [] : ulp.freeVariables(text);
}

function isSolver(node: object): boolean {
  const callee = (node as { callee?: { name?: unknown } }).callee;
  return typeof callee?.name === "string" && /^(n?solve|diff|simplify|factor|expand|taylor|subs|integrate)$/.test(callee.name);
}

async function sample(expr: string, variable: string, from: number, to: number, n: number): Promise<{ xs: Float64Array; ys: Float64Array }> {
  const xs = new Float64Array(n);
  for (let k = 0; k < n; k++) xs[k] = from + ((to - from) * k) / (n - 1);
  try {
    const c = await ulp.compile(expr, [variable], { limits: { timeMs: 2000 } });
    return { xs, ys: c.map(xs) };
  } catch {
    // not compilable to float64 (e.g. a function compile does not know): exact evaluation point by point
  }
  const ys = new Float64Array(n).fill(NaN);
  const deadline = Date.now() + 4000;
  for (let k = 0; k < n && Date.now() < deadline; k++) {
    const r = await ulp.evaluate(`${variable} = ${xs[k]!.toString()}\n${expr}`, { digits: 17, limits: { timeMs: 200 } });
    if (r.ok) {
      const d = (r.value as { decimal?: unknown }).decimal;
      if (typeof d === "string") ys[k] = Number(d);
    }
  }
  return { xs, ys };
}

scope.onmessage = (e) => {
  const msg = e.data;
  const reply = async (): Promise<void> => {
    switch (msg.op) {
      case "evaluate":
        scope.postMessage({ id: msg.id, op: "evaluate", result: await ulp.evaluate(msg.expr, { digits: msg.digits, limits: { timeMs: TIME_MS } }) });
        return;
      case "analyse":
        scope.postMessage({ id: msg.id, op: "analyse", vars: freeLetters(msg.expr) });
        return;
      case "sample": {
        const s = await sample(msg.expr, msg.variable, msg.from, msg.to, msg.n);
        scope.postMessage({ id: msg.id, op: "sample", xs: s.xs, ys: s.ys }, [s.xs.buffer, s.ys.buffer]);
        return;
      }
    }
  };
  reply().catch((err: unknown) => scope.postMessage({ id: msg.id, op: "failed", message: String((err as Error)?.message ?? err) }));
};
