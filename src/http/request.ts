// Validation of HTTP request bodies into evaluation jobs, the server's caps on what a request may ask, and the
// RequestError JSON of malformed requests (`{"ok":false,"error":{"kind":"RequestError","code","message"}}`).
// Field names are looked up with `Object.hasOwn` on parsed JSON and copied into fresh objects: user text is data.
import type { Limits } from "../index.js";
import type { EvalJob } from "../mcp/index.js";

/** Stable codes of malformed requests (docs/interfaces.md lists them); status is the HTTP status answered. */
export const REQUEST_ERRORS = {
  "invalid-json": { status: 400, meaning: "the body is not valid JSON" },
  "invalid-body": { status: 400, meaning: "the body is not an object of the documented shape" },
  "missing-field": { status: 400, meaning: "a required field is absent" },
  "wrong-field-type": { status: 400, meaning: "a field has the wrong type or an out-of-range value" },
  "unknown-field": { status: 400, meaning: "a field that the endpoint does not know (a typo?)" },
  "too-many-items": { status: 400, meaning: "a batch with more than 1000 items" },
  "unsupported-media-type": { status: 415, meaning: "the body is not sent as application/json" },
  "body-too-large": { status: 413, meaning: "the body exceeds the size limit" },
  "forbidden-origin": { status: 403, meaning: "a browser request from a foreign origin (DNS rebinding guard)" },
  "forbidden-host": { status: 403, meaning: "a Host header that is not this server's (DNS rebinding guard)" },
  "not-found": { status: 404, meaning: "no such endpoint" },
  "method-not-allowed": { status: 405, meaning: "the endpoint exists but not for this method" },
  busy: { status: 503, meaning: "the evaluation queue is full; retry later" },
} as const;

export type RequestErrorCode = keyof typeof REQUEST_ERRORS;

export interface RequestErrorJSON {
  ok: false;
  error: { kind: "RequestError"; code: RequestErrorCode; message: string };
}

export const requestError = (code: RequestErrorCode, message: string): RequestErrorJSON => ({
  ok: false,
  error: { kind: "RequestError", code, message },
});

/** The most a request may ask; larger values are lowered to these (so a request can never disable a fence). */
export const SERVER_CAPS: Readonly<Limits> = Object.freeze({
  timeMs: 10_000,
  digits: 100_000,
  elements: 1_000_000,
  depth: 1_000,
  inputLength: 100_000,
});

/** Time limit of a request that names none (DESIGN.md: 2000 ms for HTTP and MCP). */
export const DEFAULT_TIME_MS = 2000;
/** Body size limit of every endpoint, in bytes (a full batch of 1000 short expressions fits easily). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
export const MAX_BATCH_ITEMS = 1000;
/** Wall-clock budget of one whole batch; items not started by then answer a time LimitError. */
export const BATCH_TIME_MS = 60_000;

const LIMIT_KEYS: readonly (keyof Limits)[] = ["timeMs", "digits", "elements", "depth", "inputLength"];
const ITEM_KEYS = new Set(["expr", "digits", "limits"]);

type Parsed<T> = { ok: true; value: T } | { ok: false; error: RequestErrorJSON };
const bad = (code: RequestErrorCode, message: string): Parsed<never> => ({ ok: false, error: requestError(code, message) });

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

const isPositiveInt = (x: unknown): x is number => typeof x === "number" && Number.isInteger(x) && x >= 1;

/**
 * One `{expr, digits?, limits?}` item to a job with capped limits. `digits` above the digits limit raises that
 * limit for the call (as the CLI's --digits does), never beyond SERVER_CAPS.digits; the engine answers a
 * LimitError for anything larger. `where` prefixes messages (`items[3].`).
 */
export function parseItem(x: unknown, where = ""): Parsed<EvalJob> {
  if (!isPlainObject(x)) return bad("invalid-body", `${where ? where.slice(0, -1) : "the body"} must be a JSON object like {"expr": "1/3 + 1/6"}`);
  for (const key of Object.keys(x)) {
    if (!ITEM_KEYS.has(key)) return bad("unknown-field", `unknown field '${where}${truncate(key)}'; expected expr, digits, limits`);
  }
  if (!Object.hasOwn(x, "expr")) return bad("missing-field", `missing field '${where}expr' (the expression to evaluate)`);
  const expr = x["expr"];
  if (typeof expr !== "string") return bad("wrong-field-type", `'${where}expr' must be a string`);
  const job: EvalJob = { expr };
  const limits: Partial<Limits> = {};
  if (Object.hasOwn(x, "limits") && x["limits"] != null) {
    const raw = x["limits"];
    if (!isPlainObject(raw)) return bad("wrong-field-type", `'${where}limits' must be an object`);
    for (const key of Object.keys(raw)) {
      const k = LIMIT_KEYS.find((name) => name === key);
      if (!k) return bad("unknown-field", `unknown limit '${truncate(key)}'; expected one of ${LIMIT_KEYS.join(", ")}`);
      const v = raw[k];
      if (!isPositiveInt(v)) return bad("wrong-field-type", `'${where}limits.${k}' must be a positive integer`);
      limits[k] = Math.min(v, SERVER_CAPS[k]);
    }
  }
  if (Object.hasOwn(x, "digits") && x["digits"] != null) {
    const d = x["digits"];
    if (!isPositiveInt(d)) return bad("wrong-field-type", `'${where}digits' must be a positive integer`);
    job.digits = d;
    if (d > (limits.digits ?? 0)) limits.digits = Math.min(d, SERVER_CAPS.digits);
  }
  limits.timeMs ??= DEFAULT_TIME_MS;
  job.limits = limits;
  return { ok: true, value: job };
}

/** `{items: [...]}` to jobs; at most MAX_BATCH_ITEMS. */
export function parseBatch(x: unknown): Parsed<EvalJob[]> {
  if (!isPlainObject(x)) return bad("invalid-body", `the body must be a JSON object like {"items": [{"expr": "2^10"}]}`);
  for (const key of Object.keys(x)) {
    if (key !== "items") return bad("unknown-field", `unknown field '${truncate(key)}'; expected items`);
  }
  const items = x["items"];
  if (!Object.hasOwn(x, "items")) return bad("missing-field", "missing field 'items' (a list of {expr, digits?, limits?})");
  if (!Array.isArray(items)) return bad("wrong-field-type", "'items' must be an array");
  if (items.length > MAX_BATCH_ITEMS) {
    return bad("too-many-items", `a batch holds at most ${MAX_BATCH_ITEMS} items, this one has ${items.length}`);
  }
  const jobs: EvalJob[] = [];
  for (let i = 0; i < items.length; i++) {
    const p = parseItem(items[i], `items[${i}].`);
    if (!p.ok) return p;
    jobs.push(p.value);
  }
  return { ok: true, value: jobs };
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}...` : s;
}
