// The abstract syntax tree. Every node carries `span` ([start, end) in UTF-16 code units of the input).
// Nodes are plain readonly objects discriminated by `kind`; the parser builds them, nothing mutates them.
// Literals keep their source text: numbers/literal.ts turns it into an exact value at evaluation.
import type { Span } from "../core/index.js";

export type BinaryOp =
  | "+" | "-" | "*" | "/" | "^" | "//" | "mod" | "rem"
  | ".*" | "./" | ".^"
  | "==" | "!=" | "<" | "<=" | ">" | ">="
  | "and" | "or"
  | "of"; // `15% of 80`

export type UnaryOp =
  | "-" | "+" | "not"
  | "!" // postfix factorial
  | "!!" // postfix double factorial
  | "%" // postfix percent: x% is x/100 (and `a ± b%` is a(1 ± b/100), decided by the evaluator from the node shape)
  | "°" // postfix degrees: x° is x*pi/180
  | "'"; // postfix conjugate transpose

export interface NumberLit {
  readonly kind: "number";
  /** Source text without `_` separators or grouping commas, e.g. "1000", "0x1F", "1.5e-3", "0x1.8p-3", "¾". */
  readonly text: string;
  /** True for an imaginary literal such as `2.5i` (text holds "2.5"). */
  readonly imaginary: boolean;
  readonly span: Span;
}
export interface StringLit {
  readonly kind: "string";
  readonly value: string;
  readonly span: Span;
}
export interface Name {
  readonly kind: "name";
  readonly name: string;
  readonly span: Span;
}
export interface Unary {
  readonly kind: "unary";
  readonly op: UnaryOp;
  readonly operand: Node;
  readonly span: Span;
  readonly opSpan: Span;
}
/**
 * A binary operator. Also built for: `x²` / `x⁻¹` (op "^", the exponent a literal spanning the superscript),
 * a mixed number `2½` (op "+"), a chained comparison `a < b < c` (op "and" of `a < b` and `b < c`, which share
 * the node `b`), and `a % b` with an operand after `%` (op "mod").
 */
export interface Binary {
  readonly kind: "binary";
  readonly op: BinaryOp;
  readonly left: Node;
  readonly right: Node;
  /** True for implicit multiplication (`2x`, `3(4+5)`, `a b`); op is then "*". */
  readonly implicit: boolean;
  readonly span: Span;
  readonly opSpan: Span;
}
/**
 * `f(x, y)`, also `a(b + c)` whatever `a` is (the evaluator decides: call or multiplication), `√x` (callee
 * "sqrt" with the span of `√`), `sin 30°` (a known function applied by space) and `mod(7, 3)`.
 */
export interface Call {
  readonly kind: "call";
  readonly callee: Name;
  readonly args: readonly Node[];
  readonly span: Span;
}
/** `A[i, j]`, `A[2, :]`, `v[2..3]`; a bare `:` is a Colon node. Indices are 1-based. */
export interface Index {
  readonly kind: "index";
  readonly target: Node;
  readonly indices: readonly Node[];
  readonly span: Span;
}
export interface Colon {
  readonly kind: "colon";
  readonly span: Span;
}
/** `[a, b, c]`; `[[1,2],[3,4]]` is a vector of vectors that the evaluator turns into a matrix. */
export interface VectorLit {
  readonly kind: "vector";
  readonly elements: readonly Node[];
  readonly span: Span;
}
/** `[1, 2; 3, 4]`: rows separated by `;` (`[1 2; 3 4]` is not accepted: elements need commas). */
export interface MatrixLit {
  readonly kind: "matrix";
  readonly rows: readonly (readonly Node[])[];
  readonly span: Span;
}
/** `a..b` (step 1) or `a..b by s`: an inclusive range, evaluated to a vector. */
export interface Range {
  readonly kind: "range";
  readonly from: Node;
  readonly to: Node;
  readonly step: Node | null;
  readonly span: Span;
}
/** `name = expr` at statement level. */
export interface Assign {
  readonly kind: "assign";
  readonly target: Name;
  readonly value: Node;
  readonly span: Span;
}
/** `f(x, y) = body` at statement level. */
export interface Define {
  readonly kind: "define";
  readonly name: Name;
  readonly params: readonly Name[];
  readonly body: Node;
  readonly span: Span;
}
/** `left = right` anywhere but a bare top-level `=` (inside solve, in brackets, in parentheses `(x = 5)`). */
export interface Equation {
  readonly kind: "equation";
  readonly left: Node;
  readonly right: Node;
  readonly span: Span;
}
/** `value to target`: `0.1 to bf16`, `255 to hex`, `x to fraction`. The target is a name or expression node. */
export interface Convert {
  readonly kind: "convert";
  readonly value: Node;
  readonly target: Node;
  readonly span: Span;
}
/** `expr in fmt`: evaluate expr with every operation rounded to the number format fmt. */
export interface InFormat {
  readonly kind: "in";
  readonly value: Node;
  readonly format: Node;
  readonly span: Span;
}
/** `expr | x = 2, y = 3`: substitution. */
export interface Subs {
  readonly kind: "subs";
  readonly value: Node;
  readonly bindings: readonly { readonly name: Name; readonly value: Node }[];
  readonly span: Span;
}
/** `var a, b, k` declares symbols (unknowns) for algebra. */
export interface VarDecl {
  readonly kind: "var";
  readonly names: readonly Name[];
  readonly span: Span;
}
/** `if c then a else b`. */
export interface Conditional {
  readonly kind: "if";
  readonly cond: Node;
  readonly then: Node;
  readonly otherwise: Node;
  readonly span: Span;
}

export type Node =
  | NumberLit
  | StringLit
  | Name
  | Unary
  | Binary
  | Call
  | Index
  | Colon
  | VectorLit
  | MatrixLit
  | Range
  | Assign
  | Define
  | Equation
  | Convert
  | InFormat
  | Subs
  | VarDecl
  | Conditional;

/** A parsed input: statements separated by newlines or top-level `;`. */
export interface Program {
  readonly kind: "program";
  readonly statements: readonly Node[];
  readonly span: Span;
}
