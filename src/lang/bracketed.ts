// The bracketed forms of the parser: call arguments, indexing, vector and matrix literals, parenthesised groups,
// absolute-value bars and floor/ceiling brackets. Each parses its elements with the full expression parser
// (`expr`, supplied by the subclass in parse.ts) and reports a missing closer with a label on the opener.
import type { Span } from "../core/index.js";
import type { Name, Node } from "./ast.js";
import { TokenCursor } from "./cursor.js";
import { CONV, EQ } from "./precedence.js";
import type { Token } from "./token.js";

const cover = (a: Span, b: Span): Span => [a[0], b[1]];

export abstract class BracketParser extends TokenCursor {
  /** Parses an expression whose operators all bind at least as tightly as `minBP`. */
  protected abstract expr(minBP: number): Node;

  /** True inside `|...|` (outside any bracket opened within it): an infix `|` there closes the bar. */
  protected barCloses = false;

  /** Runs `parse` with `barCloses` set for an absolute value (true) or a bracket (false), then restores it. */
  protected nested<T>(bar: boolean, parse: () => T): T {
    const saved = this.barCloses;
    this.barCloses = bar;
    const out = parse();
    this.barCloses = saved;
    return out;
  }

  protected call(callee: Name): Node {
    const open = this.next();
    const args: Node[] = [];
    if (!this.isOp(this.peek(), ")")) {
      args.push(this.nested(false, () => this.expr(EQ)));
      while (this.isOp(this.peek(), ",") || this.isOp(this.peek(), ";")) {
        this.next();
        args.push(this.nested(false, () => this.expr(EQ)));
      }
    }
    const close = this.close(open, ")");
    return { kind: "call", callee, args, span: cover(callee.span, close.span) };
  }

  protected index(target: Node): Node {
    const open = this.next();
    const indices: Node[] = [];
    for (;;) {
      const t = this.peek();
      if (this.isOp(t, ":") && (this.isOp(this.peek(1), ",") || this.isOp(this.peek(1), "]"))) {
        this.next();
        indices.push({ kind: "colon", span: t.span });
      } else indices.push(this.nested(false, () => this.expr(EQ)));
      if (!this.isOp(this.peek(), ",")) break;
      this.next();
    }
    const close = this.close(open, "]");
    return { kind: "index", target, indices, span: cover(target.span, close.span) };
  }

  /** `( expression )`: the node itself, its span widened to the parentheses. */
  protected group(open: Token): Node {
    this.next();
    const inner = this.nested(false, () => this.expr(EQ));
    const close = this.close(open, ")");
    return { ...inner, span: [open.span[0], close.span[1]] };
  }

  /**
   * `|x - 1|` is abs(x - 1): a `|` can only start an operand as an absolute-value bar (as an infix operator it
   * substitutes), and the operand stops before the next `|`.
   */
  protected bars(open: Token): Node {
    this.next();
    const arg = this.nested(true, () => this.expr(CONV));
    const close = this.close(open, "|");
    const callee: Name = { kind: "name", name: "abs", span: open.span };
    return { kind: "call", callee, args: [arg], span: [open.span[0], close.span[1]] };
  }

  /** `⌊x⌋` and `⌈x⌉`: a call of `name` (floor, ceil) on the bracketed expression. */
  protected delimited(open: Token, closer: string, name: string): Node {
    this.next();
    const arg = this.nested(false, () => this.expr(EQ));
    const close = this.close(open, closer);
    const callee: Name = { kind: "name", name, span: open.span };
    return { kind: "call", callee, args: [arg], span: [open.span[0], close.span[1]] };
  }

  /** `[]`, `[a, b]`, `[[1, 2], [3, 4]]` (vectors), `[1, 2; 3, 4]` (a matrix). */
  protected bracket(open: Token): Node {
    this.next();
    const rows: Node[][] = [];
    const element = () => this.nested(false, () => this.expr(EQ));
    if (!this.isOp(this.peek(), "]")) {
      let row: Node[] = [element()];
      for (;;) {
        const t = this.peek();
        if (this.isOp(t, ",")) {
          this.next();
          row.push(element());
        } else if (this.isOp(t, ";")) {
          this.next();
          rows.push(row);
          row = [element()];
        } else break;
      }
      rows.push(row);
    }
    const close = this.close(open, "]");
    const span: Span = [open.span[0], close.span[1]];
    if (rows.length <= 1) return { kind: "vector", elements: rows[0] ?? [], span };
    return { kind: "matrix", rows, span };
  }
}
