// The HTTP interface: `startServer` (for `ulp serve`: web page + JSON API + MCP at /mcp on one port), evaluating
// in the worker pool of mcp/. Binds 127.0.0.1 unless told otherwise.
import type { AddressInfo } from "node:net";
import { availableParallelism } from "node:os";
import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import { createPool } from "../mcp/index.js";

export { createApp, DEFAULT_WEB_ROOT, type AppOptions } from "./app.js";
export { OPENAPI } from "./openapi.js";
export { REQUEST_ERRORS, SERVER_CAPS, MAX_BODY_BYTES, MAX_BATCH_ITEMS, type RequestErrorCode } from "./request.js";

export interface ServerOptions {
  /** Interface to bind (default 127.0.0.1; 0.0.0.0 exposes the server to the network). */
  host?: string;
  /** Port (default 8787, as `ulp serve`; 0 picks a free one). */
  port?: number;
  /** Evaluation worker threads (default: the number of cores, between 1 and 4). */
  workers?: number;
  /** Directory of the built web page (default web/dist); null serves no page. */
  webRoot?: string | null;
}

/** Starts the server; resolves once it listens, with its URL and a close() that stops it and its workers. */
export async function startServer(opts: ServerOptions = {}): Promise<{ url: string; close(): Promise<void> }> {
  const host = opts.host ?? "127.0.0.1";
  const pool = createPool({ size: opts.workers ?? Math.min(4, Math.max(1, availableParallelism())) });
  await pool.ready(); // "serving on ..." means the engine is loaded
  const app = createApp({ pool, host, webRoot: opts.webRoot });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve(
      {
        fetch: app.fetch,
        hostname: host,
        port: Number(opts.port ?? 8787),
        // A client gets 10 s to send its headers and 30 s for its whole request (slow-loris bodies are cut off).
        serverOptions: { headersTimeout: 10_000, requestTimeout: 30_000 },
      },
      () => resolve(s),
    );
    s.once("error", reject);
  }).catch(async (e: unknown) => {
    await pool.close();
    throw e;
  });
  const addr = server.address() as AddressInfo;
  const shownHost = addr.family === "IPv6" ? `[${addr.address}]` : addr.address;
  return {
    url: `http://${shownHost}:${addr.port}`,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await pool.close();
    },
  };
}
