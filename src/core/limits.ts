// Resource limits and the per-evaluation budget that enforces them. Limits are data chosen by the caller;
// a Budget is created once per evaluation (never global) and is ticked by long loops.
import { UlpError, type ErrorCode } from "./errors.js";

export interface Limits {
  /** Wall-clock time for one evaluation, in milliseconds. */
  timeMs: number;
  /** Significant digits that may be requested, and the size (in decimal digits) of any exact intermediate. */
  digits: number;
  /** Elements of any vector, matrix or array. */
  elements: number;
  /** Nesting of the syntax and of user-function calls. */
  depth: number;
  /** Characters of input text. */
  inputLength: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  timeMs: 2000,
  digits: 100_000,
  elements: 1_000_000,
  depth: 1000,
  inputLength: 100_000,
});

const LIMIT_CODE: Record<keyof Limits, ErrorCode> = {
  timeMs: "limit-time",
  digits: "limit-digits",
  elements: "limit-elements",
  depth: "limit-depth",
  inputLength: "limit-input-length",
};

const LIMIT_NAME: Record<keyof Limits, string> = {
  timeMs: "time",
  digits: "digits",
  elements: "elements",
  depth: "depth",
  inputLength: "input_length",
};

/** A LimitError naming the limit and the value in force. */
export function limitError(limit: keyof Limits, value: number, message: string): UlpError {
  return new UlpError("LimitError", LIMIT_CODE[limit], message, { limit: LIMIT_NAME[limit], value });
}

/** Merge caller limits over the defaults, rejecting nonsense (negative, NaN) by falling back to defaults. */
export function resolveLimits(partial: Partial<Limits> | undefined, base: Readonly<Limits> = DEFAULT_LIMITS): Limits {
  const out: Limits = { ...base };
  if (partial) {
    for (const key of Object.keys(LIMIT_CODE) as (keyof Limits)[]) {
      const v = partial[key];
      if (typeof v === "number" && Number.isFinite(v) && v > 0) out[key] = Math.floor(v);
    }
  }
  return out;
}

/**
 * The running budget of one evaluation: a deadline checked every few ticks, and helpers that check a predicted
 * size against a limit before the work is done.
 */
export class Budget {
  readonly limits: Limits;
  readonly deadline: number;
  private ticks = 0;

  constructor(limits: Limits, now: number = Date.now()) {
    this.limits = limits;
    this.deadline = now + limits.timeMs;
  }

  /** Call in loops that may run long; checks the clock every 256 ticks. */
  tick(weight = 1): void {
    this.ticks += weight;
    if (this.ticks >= 256) {
      this.ticks = 0;
      this.checkTime();
    }
  }

  checkTime(): void {
    if (Date.now() > this.deadline) {
      throw limitError("timeMs", this.limits.timeMs, `the time limit of ${this.limits.timeMs} ms was reached`);
    }
  }

  /** Milliseconds left before the deadline (may be negative). */
  remainingMs(): number {
    return this.deadline - Date.now();
  }

  /** Throws when a result of about `digits` decimal digits would exceed the digits limit. */
  checkDigits(digits: number, what = "the result"): void {
    if (!(digits <= this.limits.digits)) {
      throw limitError(
        "digits",
        this.limits.digits,
        Number.isFinite(digits)
          ? `${what} would have about ${formatCount(digits)} digits, more than the limit of ${this.limits.digits}`
          : `${what} would have more digits than can be counted, far more than the limit of ${this.limits.digits}`,
      );
    }
  }

  /** Throws when an array of `count` elements would exceed the elements limit. */
  checkElements(count: number, what = "the array"): void {
    if (!(count <= this.limits.elements)) {
      throw limitError(
        "elements",
        this.limits.elements,
        Number.isFinite(count)
          ? `${what} would have ${formatCount(count)} elements, more than the limit of ${this.limits.elements}`
          : `${what} would have more elements than can be counted, far more than the limit of ${this.limits.elements}`,
      );
    }
  }

  /** Throws when nesting `depth` exceeds the depth limit. */
  checkDepth(depth: number): void {
    if (depth > this.limits.depth) {
      throw limitError("depth", this.limits.depth, `nesting deeper than the limit of ${this.limits.depth}`);
    }
  }
}

function formatCount(n: number): string {
  return n < 1e15 ? String(Math.ceil(n)) : n.toExponential(2);
}
