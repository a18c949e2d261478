// The Hono application of `ulp serve`: the JSON API (/v1/evaluate, /v1/batch, /v1/health, /openapi.json), MCP at
// /mcp, and the web page (web/dist) as static files. Thin: validation here, evaluation in the worker pool, no math.
import { existsSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Hono, type Context } from "hono";
import { serveStatic } from "@hono/node-server/serve-static";
import { handleMcpHttp, PoolBusyError, type EvalPool, type Evaluator } from "../mcp/index.js";
import { checkOrigin } from "./origin.js";
import { OPENAPI } from "./openapi.js";
import {
  BATCH_TIME_MS,
  MAX_BODY_BYTES,
  REQUEST_ERRORS,
  parseBatch,
  parseItem,
  requestError,
  type RequestErrorCode,
} from "./request.js";

export interface AppOptions {
  pool: EvalPool;
  /** Host the server is bound to, for the Origin/Host guard (default 127.0.0.1). */
  host?: string;
  /** Directory of the built web page; default web/dist of the package; null disables the page. */
  webRoot?: string | null;
}

/** web/dist next to the package root: the same relative path from src/http/ and from dist/http/. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../web/dist", import.meta.url));

/** The page needs only itself: wasm compilation for gmp-wasm, inline styles for KaTeX and uPlot, no framing. */
const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const fail = (c: Context, code: RequestErrorCode, message: string) =>
  c.json(requestError(code, message), REQUEST_ERRORS[code].status);

type Body = { ok: true; value: unknown } | { ok: false; code: RequestErrorCode; message: string };

/** Reads a JSON body of at most MAX_BODY_BYTES, counting bytes as they arrive (Content-Length may lie or be absent). */
async function readJson(req: Request): Promise<Body> {
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return { ok: false, code: "unsupported-media-type", message: "send the body as JSON with Content-Type: application/json" };
  }
  const tooLarge: Body = { ok: false, code: "body-too-large", message: `the body exceeds ${MAX_BODY_BYTES} bytes` };
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return tooLarge;
  if (!req.body) return { ok: false, code: "invalid-json", message: "the body is empty; expected a JSON object" };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return tooLarge;
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, code: "invalid-json", message: `the body is not valid JSON (${(e as Error).message.slice(0, 120)})` };
  }
}

export function createApp(options: AppOptions): Hono {
  const { pool } = options;
  const policy = { boundHost: options.host ?? "127.0.0.1" };
  const webRoot = options.webRoot === undefined ? DEFAULT_WEB_ROOT : options.webRoot;
  const evaluator: Evaluator = (expr, o) => pool.run({ expr, ...o, limits: { timeMs: 2000, ...o.limits } });
  const app = new Hono();
  let batches = 0;

  app.use("*", async (c, next) => {
    const denied = checkOrigin(policy, c.req.raw.headers);
    if (denied) return fail(c, denied, denied === "forbidden-origin" ? "requests from this origin are not allowed" : "this Host is not served here");
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Content-Security-Policy", CSP);
    c.header("Referrer-Policy", "no-referrer");
  });

  app.post("/v1/evaluate", async (c) => {
    const body = await readJson(c.req.raw);
    if (!body.ok) return fail(c, body.code, body.message);
    const item = parseItem(body.value);
    if (!item.ok) return c.json(item.error, 400);
    try {
      return c.json(await pool.run(item.value, { signal: c.req.raw.signal }), 200, { "Cache-Control": "no-store" });
    } catch (e) {
      if (e instanceof PoolBusyError) return fail(c, "busy", e.message);
      throw e;
    }
  });

  app.post("/v1/batch", async (c) => {
    const body = await readJson(c.req.raw);
    if (!body.ok) return fail(c, body.code, body.message);
    const batch = parseBatch(body.value);
    if (!batch.ok) return c.json(batch.error, 400);
    const group = `batch:${++batches}`;
    const notAfter = Date.now() + BATCH_TIME_MS;
    const { queued, queueLimit } = pool.stats();
    if (queued + batch.value.length > queueLimit) return fail(c, "busy", "the evaluation queue cannot take this batch now; retry later");
    const signal = c.req.raw.signal;
    try {
      const results = await Promise.all(batch.value.map((job) => pool.run(job, { group, notAfter, signal })));
      return c.json({ results }, 200, { "Cache-Control": "no-store" });
    } catch (e) {
      if (e instanceof PoolBusyError) return fail(c, "busy", e.message);
      throw e;
    }
  });

  app.get("/v1/health", (c) => {
    const s = pool.stats();
    return c.json({ ok: true, version: "0.1.0", workers: s.size, busy: s.busy, queued: s.queued, replaced: s.replaced, completed: s.completed });
  });

  app.get("/openapi.json", (c) => c.json(OPENAPI));

  app.all("/mcp", (c) => handleMcpHttp(c.req.raw, evaluator, MAX_BODY_BYTES));

  for (const path of ["/v1/evaluate", "/v1/batch"]) {
    app.all(path, (c) => fail(c, "method-not-allowed", `${path} accepts POST only`));
  }
  for (const path of ["/v1/health", "/openapi.json"]) {
    app.all(path, (c) => fail(c, "method-not-allowed", `${path} accepts GET only`));
  }

  if (webRoot && existsSync(webRoot)) {
    // serveStatic resolves `root` against the working directory.
    app.use("/*", serveStatic({ root: relative(process.cwd(), webRoot) || "." }));
  } else {
    app.get("/", (c) =>
      c.html(
        "<!doctype html><title>ulp</title><p>The web page is not built (run <code>npm run build:web</code>). " +
          'The API is here: <a href="/openapi.json">/openapi.json</a>, POST /v1/evaluate, MCP at /mcp.</p>',
      ),
    );
  }

  app.notFound((c) => fail(c, "not-found", `no endpoint ${c.req.method} ${c.req.path.slice(0, 200)}`));
  app.onError((err, c) => {
    console.error("ulp serve: internal error:", err);
    return c.json({ ok: false, error: { kind: "InternalError", code: "internal", message: "internal server error" } }, 500);
  });
  return app;
}
