// The MCP interface: `startStdioMcp()` (for `ulp mcp`), `handleMcpHttp` (mounted at /mcp by `ulp serve`) and
// `createMcpServer` (tests use it over the SDK's in-memory transport). Evaluations run in the worker pool.
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createPool } from "./pool.js";
import { createMcpServer, type Evaluator } from "./server.js";

export { createMcpServer, SERVER_INFO, type Evaluator } from "./server.js";
export { handleMcpHttp } from "./http.js";
export { createPool, PoolBusyError, type EvalPool, type PoolOptions, type PoolStats } from "./pool.js";
export type { EvalJob } from "./protocol.js";
export { EVALUATE_DESCRIPTION, SOLVE_DESCRIPTION, SolveInputError, buildSolve, freeLetters, resultText } from "./tools.js";

/**
 * Serves MCP over this process's stdin/stdout until stdin ends; evaluations run in one worker thread with the
 * library's default limits (2 s) and a hard deadline. Resolves after in-flight calls are answered and the pool is closed.
 */
export async function startStdioMcp(): Promise<void> {
  const pool = createPool({ size: 1 });
  let inFlight = 0;
  let drained: (() => void) | null = null;
  const evaluator: Evaluator = async (expr, options) => {
    inFlight++;
    try {
      return await pool.run({ expr, ...options });
    } finally {
      inFlight--;
      if (inFlight === 0) drained?.();
    }
  };
  const server = createMcpServer(evaluator);
  const transport = new StdioServerTransport();
  await server.connect(transport);
  await new Promise<void>((resolve) => {
    process.stdin.once("end", resolve);
    process.stdin.once("close", resolve);
  });
  if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
  // Let the last responses reach stdout before closing.
  await new Promise((r) => setImmediate(r));
  await server.close();
  await pool.close();
}
