// The MCP server as `ulp mcp` runs it: a real subprocess speaking JSON-RPC over stdio, evaluating in its worker.
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { describeMcp } from "./shared.js";

describeMcp("stdio (subprocess)", async () => {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ["--import", "tsx", fileURLToPath(new URL("./fixtures/stdio-server.ts", import.meta.url))],
    cwd: fileURLToPath(new URL("../..", import.meta.url)),
    stderr: "pipe",
  });
  const client = new Client({ name: "test", version: "1" });
  await client.connect(transport);
  return { client, close: () => client.close() };
});
