// The OpenAPI 3.1 description of the HTTP API, as data (served at GET /openapi.json). It mirrors DESIGN.md's
// Result / ValueJSON / ErrorJSON contracts and request.ts's caps; test/http checks that answers match it.
import { MAX_BATCH_ITEMS, MAX_BODY_BYTES, REQUEST_ERRORS, SERVER_CAPS } from "./request.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, example?: unknown) => ({
  "application/json": example === undefined ? { schema } : { schema, example },
});
const requestErrorResponse = (description: string) => ({ description, content: json(ref("RequestError")) });

const limitsSchema = {
  type: "object",
  additionalProperties: false,
  description: "Per-request limits; values above the server's caps are lowered to the caps.",
  properties: {
    timeMs: { type: "integer", minimum: 1, maximum: SERVER_CAPS.timeMs, default: 2000 },
    digits: { type: "integer", minimum: 1, maximum: SERVER_CAPS.digits, default: 100_000 },
    elements: { type: "integer", minimum: 1, maximum: SERVER_CAPS.elements, default: 1_000_000 },
    depth: { type: "integer", minimum: 1, maximum: SERVER_CAPS.depth, default: 1000 },
    inputLength: { type: "integer", minimum: 1, maximum: SERVER_CAPS.inputLength, default: 100_000 },
  },
};

export const OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "ulp HTTP API",
    version: "1",
    description:
      "A precision-aware math engine: exact where possible, correctly rounded where not. Evaluation errors are " +
      "answered with status 200 and ok=false; malformed requests with 4xx and a RequestError.",
  },
  servers: [{ url: "http://127.0.0.1:8787" }],
  paths: {
    "/v1/evaluate": {
      post: {
        summary: "Evaluate one expression (or several statements; the last one's value is the result)",
        requestBody: {
          required: true,
          content: json(ref("EvaluateRequest"), { expr: "1/3 + 1/6", digits: 20 }),
        },
        responses: {
          "200": {
            description: "The Result (also for evaluation errors: ok=false with an ErrorJSON)",
            content: json(ref("Result"), {
              ok: true,
              value: { type: "rational", exact: "1/2", decimal: "0.5", decimal_is_exact: true },
              text: "1/2",
              latex: "\\frac{1}{2}",
            }),
          },
          "400": requestErrorResponse("Malformed request"),
          "403": requestErrorResponse("Foreign Origin or Host (DNS rebinding guard)"),
          "413": requestErrorResponse(`Body larger than ${MAX_BODY_BYTES} bytes`),
          "415": requestErrorResponse("Body not sent as application/json"),
          "503": requestErrorResponse("Evaluation queue full"),
        },
      },
    },
    "/v1/batch": {
      post: {
        summary: `Evaluate up to ${MAX_BATCH_ITEMS} independent expressions; results keep the order of items`,
        requestBody: {
          required: true,
          content: json(
            {
              type: "object",
              additionalProperties: false,
              required: ["items"],
              properties: { items: { type: "array", maxItems: MAX_BATCH_ITEMS, items: ref("EvaluateRequest") } },
            },
            { items: [{ expr: "2^100" }, { expr: "sqrt(8)" }] },
          ),
        },
        responses: {
          "200": {
            description: "One Result per item",
            content: json({
              type: "object",
              required: ["results"],
              properties: { results: { type: "array", items: ref("Result") } },
            }),
          },
          "400": requestErrorResponse("Malformed request (the message names the item)"),
          "403": requestErrorResponse("Foreign Origin or Host"),
          "413": requestErrorResponse("Body too large"),
          "415": requestErrorResponse("Body not sent as application/json"),
          "503": requestErrorResponse("Evaluation queue full"),
        },
      },
    },
    "/v1/health": {
      get: {
        summary: "Liveness and pool statistics",
        responses: {
          "200": {
            description: "Healthy",
            content: json({
              type: "object",
              required: ["ok"],
              properties: {
                ok: { const: true },
                version: { type: "string" },
                workers: { type: "integer" },
                busy: { type: "integer" },
                queued: { type: "integer" },
                replaced: { type: "integer" },
                completed: { type: "integer" },
              },
            }),
          },
        },
      },
    },
  },
  components: {
    schemas: {
      EvaluateRequest: {
        type: "object",
        additionalProperties: false,
        required: ["expr"],
        properties: {
          expr: { type: "string", description: "ulp syntax, e.g. \"solve(x^2 - 3x + 2 = 0, x)\" or \"0.1 to bf16\"" },
          digits: { type: "integer", minimum: 1, maximum: SERVER_CAPS.digits, default: 34 },
          limits: limitsSchema,
        },
      },
      Result: {
        oneOf: [
          {
            type: "object",
            required: ["ok", "value", "text", "latex"],
            properties: {
              ok: { const: true },
              value: ref("ValueJSON"),
              text: { type: "string" },
              latex: { type: "string" },
            },
          },
          { type: "object", required: ["ok", "error"], properties: { ok: { const: false }, error: ref("ErrorJSON") } },
        ],
      },
      ValueJSON: {
        type: "object",
        required: ["type"],
        description: "See DESIGN.md: integer, rational, radical, symbolic and real carry `decimal`; exact kinds also `exact`.",
        properties: {
          type: {
            enum: [
              "integer", "rational", "radical", "symbolic", "real", "complex", "boolean", "string", "vector", "matrix",
              "array", "quantity", "expression", "function", "solutions", "format_value", "quantized",
            ],
          },
          exact: { type: "string" },
          decimal: { type: "string" },
          digits: { type: "integer" },
          decimal_is_exact: { type: "boolean" },
          certain: { type: "boolean" },
        },
        additionalProperties: true,
      },
      ErrorJSON: {
        type: "object",
        required: ["kind", "code", "message"],
        properties: {
          kind: { enum: ["SyntaxError", "NameError", "TypeError", "DomainError", "DimensionError", "LimitError", "InternalError"] },
          code: { type: "string" },
          message: { type: "string" },
          span: { type: "array", items: { type: "integer" }, minItems: 2, maxItems: 2, description: "[start, end) in UTF-16 code units" },
          labels: {
            type: "array",
            items: { type: "object", properties: { span: { type: "array", items: { type: "integer" } }, message: { type: "string" } } },
          },
          notes: { type: "array", items: { type: "string" } },
          limit: { type: "string" },
          value: { type: "number" },
        },
      },
      RequestError: {
        type: "object",
        required: ["ok", "error"],
        properties: {
          ok: { const: false },
          error: {
            type: "object",
            required: ["kind", "code", "message"],
            properties: {
              kind: { const: "RequestError" },
              code: { enum: Object.keys(REQUEST_ERRORS) },
              message: { type: "string" },
            },
          },
        },
      },
    },
  },
} as const;
