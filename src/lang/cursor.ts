// The token cursor under the parser: lookahead, consumption, the nesting counter, and the syntax errors that
// name the offending token (with notes for habits from other languages and a label on an unclosed bracket).
import { limitError, syntaxError, type UlpError } from "../core/index.js";
import { describe, type Token } from "./token.js";

/** Notes for operators people bring from other languages, shown when one appears where it cannot. */
const HINTS: ReadonlyMap<string, string> = new Map([
  ["=", "use '==' to compare; '=' assigns at the start of a statement and builds equations elsewhere"],
  ["!", "'!' is the factorial; write 'not' for negation"],
  ["'", "strings use double quotes; \"'\" is the conjugate transpose"],
  [":", "':' alone selects a whole row or column (A[2, :]); ranges are written a..b"],
]);

const CLOSERS: ReadonlySet<string> = new Set([")", "]", "⌋", "⌉"]);

export class TokenCursor {
  protected pos = 0;
  protected depth = 0;

  constructor(
    protected readonly tokens: readonly Token[],
    protected readonly maxDepth: number,
    protected readonly length: number,
  ) {}

  protected peek(k = 0): Token {
    return this.tokens[Math.min(this.pos + k, this.tokens.length - 1)]!;
  }
  protected next(): Token {
    const t = this.peek();
    if (this.pos < this.tokens.length - 1) this.pos++;
    return t;
  }
  protected isOp(t: Token, v: string): boolean {
    return t.kind === "op" && t.value === v;
  }
  protected isKw(t: Token, v: string): boolean {
    return t.kind === "keyword" && t.value === v;
  }
  protected unexpected(t: Token, expected?: string, extra: string[] = []): UlpError {
    const tail = expected ? `, expected ${expected}` : "";
    const hint = t.kind === "op" ? HINTS.get(t.value) : undefined;
    const notes = hint !== undefined ? [...extra, hint] : extra;
    if (t.kind === "eof" || (t.kind === "newline" && t.text === "\n")) {
      return syntaxError("unexpected-end", `unexpected ${describe(t)}${tail}`, { span: t.span, notes });
    }
    return syntaxError("unexpected-token", `unexpected ${describe(t)}${tail}`, { span: t.span, notes });
  }
  protected enter(at: Token): void {
    if (++this.depth > this.maxDepth) {
      throw limitError("depth", this.maxDepth, `nesting deeper than the limit of ${this.maxDepth}`).at(at.span);
    }
  }
  /** Consumes the closing bracket of `open`, or reports it missing with a label on the opening bracket. */
  protected close(open: Token, closer: string): Token {
    const t = this.peek();
    if (this.isOp(t, closer)) return this.next();
    const label = { span: open.span, message: `this '${open.text}' is never closed` };
    if (t.kind === "eof") {
      return this.fail(
        syntaxError("unclosed-bracket", `unclosed '${open.text}': expected '${closer}' before the end of input`, {
          span: [this.length, this.length],
          labels: [label],
        }),
      );
    }
    if (t.kind === "op" && CLOSERS.has(t.value)) {
      return this.fail(
        syntaxError("unclosed-bracket", `unclosed '${open.text}': expected '${closer}' but found '${t.text}'`, {
          span: t.span,
          labels: [label],
        }),
      );
    }
    return this.fail(this.unexpected(t, `'${closer}'`));
  }
  protected fail(e: UlpError): never {
    throw e;
  }
}
