// MCP over Streamable HTTP, stateless: each POST to /mcp gets a fresh server and transport (JSON responses, no
// session id), so the server keeps no state between requests; the HTTP layer applies the Origin/Host guard first.
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { createMcpServer, type Evaluator } from "./server.js";

/** Answers one MCP-over-HTTP request (POST JSON-RPC; GET/DELETE are 405 in stateless mode, per the SDK). */
export async function handleMcpHttp(req: Request, evaluator: Evaluator, maxBodyBytes = 2 * 1024 * 1024): Promise<Response> {
  const server = createMcpServer(evaluator);
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
    maxRequestBodySize: maxBodyBytes,
  });
  await server.connect(transport);
  try {
    return await transport.handleRequest(req);
  } finally {
    void server.close();
  }
}
