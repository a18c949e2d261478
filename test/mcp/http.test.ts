// MCP over Streamable HTTP at /mcp of `ulp serve` (stateless), plus the Origin guard on that endpoint.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "../../src/http/index.js";
import { describeMcp } from "./shared.js";

let server: { url: string; close(): Promise<void> };
beforeAll(async () => {
  server = await startServer({ port: 0, workers: 2, webRoot: null });
});
afterAll(() => server?.close());

describeMcp("Streamable HTTP", async () => {
  const client = new Client({ name: "test", version: "1" });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`)));
  return { client, close: () => client.close() };
});

describe("MCP over HTTP guard", () => {
  it("refuses a browser request from a foreign origin", async () => {
    const res = await fetch(`${server.url}/mcp`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json, text/event-stream", origin: "https://evil.example" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
    });
    expect(res.status).toBe(403);
  });
});
