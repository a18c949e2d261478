// The one error type of the engine. Every failure is a UlpError with a contract `kind` and a stable `code`
// (the table below, documented in docs/errors.md); messages are lower-case sentences without positions.
import type { Span } from "./span.js";

export type ErrorKind =
  | "SyntaxError"
  | "NameError"
  | "TypeError"
  | "DomainError"
  | "DimensionError"
  | "LimitError"
  | "InternalError";

/** Stable error codes: clients match on these, never on wording. One line each; docs/errors.md mirrors this table. */
export const ERROR_CODES = {
  // SyntaxError
  "unexpected-token": "a token that cannot appear here",
  "unexpected-end": "the input ended where more was expected",
  "unclosed-bracket": "an opening bracket without its closing one",
  "invalid-number": "a malformed numeric literal",
  "invalid-character": "a character that is not part of the language",
  "unterminated-string": "a string literal without its closing quote",
  "invalid-assignment": "the left side of `=` cannot be assigned to",
  // NameError
  "unknown-name": "a name that is neither bound nor a symbol",
  "unknown-function": "a call of a function that does not exist",
  "reserved-name": "an attempt to rebind a constant, builtin or reserved word",
  // TypeError
  "wrong-type": "an argument or operand of the wrong type",
  "wrong-arity": "a call with the wrong number of arguments",
  "not-callable": "a call of something that is not a function",
  "not-indexable": "indexing a value that has no elements",
  // DomainError
  "division-by-zero": "division or modulo by exactly zero",
  "pole": "a function evaluated at a pole (log(0), gamma(0), tan(pi/2))",
  "out-of-domain": "an argument outside the function's domain",
  "not-integer": "an integer was required",
  "index-out-of-range": "an index outside the bounds of a vector or matrix",
  "singular-matrix": "a matrix that has no inverse",
  "no-convergence": "an iterative method did not converge",
  "unknown-format": "a number format name that does not exist",
  "unknown-mode": "a rounding mode or option name that does not exist",
  // DimensionError
  "shape-mismatch": "operands whose shapes do not agree",
  "not-square": "a square matrix was required",
  "ragged": "rows of different lengths in a matrix literal",
  // LimitError
  "limit-time": "the time limit was reached",
  "limit-digits": "a result or intermediate would exceed the digits limit",
  "limit-elements": "an array would exceed the elements limit",
  "limit-depth": "nesting or recursion exceeded the depth limit",
  "limit-input-length": "the input is longer than the input-length limit",
  "limit-memory": "an evaluation exhausted its worker's memory (servers: the worker is replaced)",
  // InternalError
  internal: "a bug in ulp",
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface Label {
  readonly span: Span;
  readonly message: string;
}

export interface ErrorJSON {
  kind: ErrorKind;
  code: string;
  message: string;
  span?: [number, number];
  labels?: { span: [number, number]; message: string }[];
  notes?: string[];
  limit?: string;
  value?: number;
}

export interface ErrorInit {
  span?: Span;
  labels?: Label[];
  notes?: string[];
  limit?: string;
  value?: number;
}

export class UlpError extends Error {
  readonly kind: ErrorKind;
  readonly code: ErrorCode;
  span: Span | undefined;
  readonly labels: Label[];
  readonly notes: string[];
  readonly limit: string | undefined;
  readonly value: number | undefined;

  constructor(kind: ErrorKind, code: ErrorCode, message: string, init: ErrorInit = {}) {
    super(message);
    this.name = kind;
    this.kind = kind;
    this.code = code;
    this.span = init.span;
    this.labels = init.labels ?? [];
    this.notes = init.notes ?? [];
    this.limit = init.limit;
    this.value = init.value;
  }

  /** Attach a span if the error has none yet (kernels throw without spans; the evaluator knows the node). */
  at(span: Span | undefined): this {
    if (this.span === undefined && span !== undefined) this.span = span;
    return this;
  }

  toJSON(): ErrorJSON {
    const out: ErrorJSON = { kind: this.kind, code: this.code, message: this.message };
    if (this.span) out.span = [this.span[0], this.span[1]];
    if (this.labels.length) out.labels = this.labels.map((l) => ({ span: [l.span[0], l.span[1]], message: l.message }));
    if (this.notes.length) out.notes = [...this.notes];
    if (this.limit !== undefined) out.limit = this.limit;
    if (this.value !== undefined) out.value = this.value;
    return out;
  }
}

// Short constructors, so call sites read as the error they raise.
export const syntaxError = (code: ErrorCode, message: string, init?: ErrorInit) =>
  new UlpError("SyntaxError", code, message, init);
export const nameError = (code: ErrorCode, message: string, init?: ErrorInit) =>
  new UlpError("NameError", code, message, init);
export const typeError = (message: string, init?: ErrorInit, code: ErrorCode = "wrong-type") =>
  new UlpError("TypeError", code, message, init);
export const domainError = (code: ErrorCode, message: string, init?: ErrorInit) =>
  new UlpError("DomainError", code, message, init);
export const dimensionError = (message: string, init?: ErrorInit, code: ErrorCode = "shape-mismatch") =>
  new UlpError("DimensionError", code, message, init);
export const internalError = (message: string, init?: ErrorInit) =>
  new UlpError("InternalError", "internal", message, init);
