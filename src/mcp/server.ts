// The MCP server of ulp: tools `evaluate` and `solve` over any evaluator with the library's `evaluate` signature
// (in-process for tests, the worker pool for the servers). Results go out as structuredContent (the Result JSON)
// plus a short text; evaluation errors as tool errors (isError) with the span drawn as a caret and a hint.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import * as z from "zod";
import type { Limits, Result } from "../index.js";
import { EVALUATE_DESCRIPTION, SOLVE_DESCRIPTION, SolveInputError, buildSolve, resultText } from "./tools.js";

/** What the tools call: the library's `evaluate`, or a pool-backed function with the same signature. */
export type Evaluator = (expr: string, options: { digits?: number; limits?: Partial<Limits> }) => Promise<Result>;

export const SERVER_INFO = { name: "ulp", version: "0.1.0" } as const;
/** Largest `digits` a tool call may ask (DESIGN.md's digits limit). */
const MAX_DIGITS = 100_000;
/** Longest expression text a tool call may send (DESIGN.md's inputLength limit). */
const MAX_INPUT = 100_000;

const digitsSchema = z
  .number()
  .int()
  .min(1)
  .max(MAX_DIGITS)
  .optional()
  .describe("significant digits of decimal results (default 34)");

const outputShape = {
  ok: z.boolean(),
  value: z.unknown().optional(),
  text: z.string().optional(),
  latex: z.string().optional(),
  error: z.unknown().optional(),
  expression: z.string().optional().describe("the ulp expression that was evaluated (solve builds it)"),
  equation: z.number().int().optional().describe("solve: index of the equation an input error points into"),
};

function toToolResult(result: Result, source: string, extra: Record<string, unknown> = {}): CallToolResult {
  return {
    content: [{ type: "text", text: resultText(result, source) }],
    structuredContent: { ...(result as unknown as Record<string, unknown>), ...extra },
    ...(result.ok ? {} : { isError: true }),
  };
}

/** A fresh McpServer with ulp's tools; one per stdio process, one per HTTP request in stateless mode. */
export function createMcpServer(evaluator: Evaluator): McpServer {
  const server = new McpServer(SERVER_INFO, {
    instructions:
      "ulp is an exact calculator: call `evaluate` for any arithmetic, number-format question or symbolic step, " +
      "and `solve` for equations. Results are exact where possible and correctly rounded otherwise.",
  });

  server.registerTool(
    "evaluate",
    {
      title: "Evaluate (exact math)",
      description: EVALUATE_DESCRIPTION,
      inputSchema: {
        expression: z.string().max(MAX_INPUT).describe("ulp syntax, e.g. \"1/3 + 1/6\", \"sqrt(8)\", \"0.1 to bf16\""),
        digits: digitsSchema,
      },
      outputSchema: outputShape,
      annotations: { readOnlyHint: true, openWorldHint: false, idempotentHint: true },
    },
    async ({ expression, digits }) => {
      const result = await evaluator(expression, { digits });
      return toToolResult(result, expression);
    },
  );

  server.registerTool(
    "solve",
    {
      title: "Solve equations (exact roots)",
      description: SOLVE_DESCRIPTION,
      inputSchema: {
        equations: z
          .union([z.string().max(MAX_INPUT), z.array(z.string().max(MAX_INPUT)).min(1).max(100)])
          .describe("an equation such as \"x^2 - 3x + 2 = 0\", or a list of equations for a system"),
        variables: z
          .array(z.string().max(64))
          .max(100)
          .optional()
          .describe("the unknowns, e.g. [\"x\", \"y\"]; default: the single-letter names found"),
        digits: digitsSchema,
      },
      outputSchema: outputShape,
      annotations: { readOnlyHint: true, openWorldHint: false, idempotentHint: true },
    },
    async ({ equations, variables, digits }) => {
      let call;
      try {
        call = buildSolve(equations, variables);
      } catch (e) {
        if (!(e instanceof SolveInputError)) throw e;
        // Spans refer to the equation the caller wrote, named by its index in `equation`.
        const list = typeof equations === "string" ? [equations] : equations;
        const source = e.equation === undefined ? "" : (list[e.equation] ?? "");
        return toToolResult({ ok: false, error: e.error }, source, e.equation === undefined ? {} : { equation: e.equation });
      }
      const result = await evaluator(call.expr, { digits });
      return toToolResult(result, call.expr, { expression: call.expr });
    },
  );

  return server;
}
