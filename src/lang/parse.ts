// The parser: tokens to a Program. A Pratt (precedence-climbing) parser with one explicit nesting counter, so deep
// input fails with a LimitError long before the JavaScript stack would, and flat chains (`1+1+...+1`) are built
// by a loop, not by recursion. The grammar below is the reference; docs/language.md holds the same block.
//
// <grammar>
// program     = [ statement ] { separator [ statement ] } ;
// separator   = newline | ";" ;                             (* only outside brackets *)
// statement   = "var" name { "," name }
//             | expression ;                                (* a bare top-level `name = e` is an Assign,
//                                                              `f(x, y) = e` a Define, else an Equation *)
// expression  = substitute [ "=" substitute ] ;             (* an Equation; `a = b = c` is an error *)
// substitute  = convert { "|" binding { "," binding } } ;
// binding     = name "=" convert ;
// convert     = conditional { ( "to" | "in" ) conditional } ;
// conditional = "if" disjunction "then" conditional "else" conditional | disjunction ;
// disjunction = conjunction { "or" conjunction } ;
// conjunction = negation { "and" negation } ;
// negation    = "not" negation | comparison ;
// comparison  = range { cmpop range } ;                     (* a < b < c reads (a < b) and (b < c) *)
// cmpop       = "==" | "!=" | "<" | "<=" | ">" | ">=" | "≠" | "≤" | "≥" ;
// range       = additive [ ".." additive [ "by" additive ] ] ;
// additive    = term { ( "+" | "-" | "−" ) term } ;
// term        = signed { mulop signed | implicit } ;
// mulop       = "*" | "/" | "//" | ".*" | "./" | "×" | "⋅" | "·" | "÷" | "mod" | "rem" | "of"
//             | "%" ;                                       (* "%" is mod only when an operand (or a sign
//                                                              glued to one, `7 % -3`) follows *)
// implicit    = signed ;                                    (* starts with a name, "(", a root, "[" after a number,
//                                                              or "|" glued to an operand (not `name =`) *)
// signed      = ( "-" | "+" | "−" ) signed | power ;
// power       = postfix [ ( "^" | "**" | ".^" ) signed ] ;  (* right-associative: 2^3^2 = 2^(3^2) *)
// postfix     = primary { "!" | "!!" | "%" | "°" | "'" | superscript | args | index } ;
// args        = "(" [ expression { ( "," | ";" ) expression } ] ")" ;  (* right after a bare name: a Call *)
// index       = "[" item { "," item } "]" ;                 (* not after a bare number literal *)
// item        = ":" | expression ;
// primary     = number | mixed | string | name | "π" | "∞"
//             | "(" expression ")"
//             | "[" [ row { ";" row } ] "]"
//             | ( "√" | "∛" | "∜" ) signed                   (* sqrt, cbrt, nthroot(_, 4) *)
//             | "|" convert "|"                             (* absolute value: abs(convert) *)
//             | "⌊" expression "⌋" | "⌈" expression "⌉"     (* floor(...), ceil(...) *)
//             | ( "mod" | "rem" ) args
//             | function power                              (* isFunction(name), no "(" next: `sin 30°` *)
//             | function sign power                         (* `sin -x`: space before the sign, none after *)
//             | function ( superscript | "^" integer ) ( args | power ) ;  (* `sin² x` = (sin x)² *)
// mixed       = integer vulgar ;                            (* `2½` glued: the sum 2 + ½ *)
// row         = expression { "," expression } ;
// superscript = [ "⁻" ] sup-digit { sup-digit } ;           (* ⁰ ¹ ² ³ ⁴ ⁵ ⁶ ⁷ ⁸ ⁹: x² is x^2, x⁻¹ is x^-1 *)
// </grammar>
import { limitError, syntaxError, type Span } from "../core/index.js";
import { BracketParser } from "./bracketed.js";
import { EQ, SUBS, CONV, IF, OR, AND, NOT, CMP, RANGE, ADD, MUL, POW } from "./precedence.js";
import type { BinaryOp, Name, Node, NumberLit, Program, UnaryOp } from "./ast.js";
import { isKnownFunction } from "./known-functions.js";
import { ROOT_OPS, VULGAR_FRACTIONS, type Token } from "./token.js";
import { tokenize } from "./tokenize.js";

export interface ParseOptions {
  /** Names that may be applied without parentheses (`sin 30°`). Default: a built-in list of common functions. */
  readonly isFunction?: (name: string) => boolean;
  /** Nesting limit (parentheses, brackets, prefix operators, right-associative powers). Default 1000. */
  readonly maxDepth?: number;
  /** Input length limit in UTF-16 code units. Default 100 000. */
  readonly maxLength?: number;
}

/** Functions whose `f⁻¹` some readers take for the inverse (`asin`). */
const TRIG = /^(sin|cos|tan|sec|csc|cot)h?$/;
const COMPARISONS: ReadonlySet<string> = new Set(["==", "!=", "<", "<=", ">", ">="]);
const MUL_OPS: ReadonlyMap<string, BinaryOp> = new Map<string, BinaryOp>([
  ["*", "*"],
  ["/", "/"],
  ["//", "//"],
  [".*", ".*"],
  ["./", "./"],
]);
const MUL_WORDS: ReadonlyMap<string, BinaryOp> = new Map<string, BinaryOp>([
  ["mod", "mod"],
  ["rem", "rem"],
  ["of", "of"],
]);
const POSTFIX: ReadonlyMap<string, UnaryOp> = new Map<string, UnaryOp>([
  ["!", "!"],
  ["!!", "!!"],
  ["°", "°"],
  ["'", "'"],
]);

/**
 * Parses `text` into a Program. Throws UlpError: SyntaxError (codes unexpected-token, unexpected-end,
 * unclosed-bracket, invalid-number, invalid-character, unterminated-string, invalid-assignment) with a span, or
 * LimitError (limit-input-length, limit-depth).
 */
export function parse(text: string, options: ParseOptions = {}): Program {
  const maxLength = options.maxLength ?? 100_000;
  const maxDepth = options.maxDepth ?? 1000;
  if (text.length > maxLength) {
    throw limitError("inputLength", maxLength, `the input has ${text.length} characters, more than the limit of ${maxLength}`);
  }
  const tokens = tokenize(text);
  try {
    return new Parser(tokens, options.isFunction ?? isKnownFunction, maxDepth, text.length).program();
  } catch (e) {
    // The depth counter fires first; this only guards callers who raise maxDepth beyond what the stack holds.
    if (e instanceof RangeError) throw limitError("depth", maxDepth, "the input is nested too deeply to parse");
    throw e;
  }
}

const cover = (a: Span, b: Span): Span => [a[0], b[1]];

class Parser extends BracketParser {
  constructor(
    tokens: readonly Token[],
    private readonly isFunction: (name: string) => boolean,
    maxDepth: number,
    length: number,
  ) {
    super(tokens, maxDepth, length);
  }

  // ---- program and statements ----------------------------------------------------------------------------------
  program(): Program {
    const statements: Node[] = [];
    for (;;) {
      while (this.peek().kind === "newline") this.next();
      if (this.peek().kind === "eof") break;
      statements.push(this.statement());
      const t = this.peek();
      if (t.kind !== "newline" && t.kind !== "eof") throw this.unexpected(t);
    }
    return { kind: "program", statements, span: [0, this.length] };
  }

  private statement(): Node {
    const first = this.peek();
    if (this.isKw(first, "var")) {
      this.next();
      const names: Name[] = [this.name("a name to declare")];
      while (this.isOp(this.peek(), ",")) {
        this.next();
        names.push(this.name("a name to declare"));
      }
      return { kind: "var", names, span: cover(first.span, names[names.length - 1]!.span) };
    }
    const e = this.expr(EQ);
    // Only a bare top-level `=` assigns or defines; `(x = 5)` in parentheses stays an equation.
    if (e.kind !== "equation" || e.span[0] !== e.left.span[0]) return e;
    const { left, right, span } = e;
    if (left.kind === "name") return { kind: "assign", target: left, value: right, span };
    if (left.kind === "call" && left.args.every((a) => a.kind === "name")) {
      const params = left.args as readonly Name[];
      const seen = new Set<string>();
      for (const p of params) {
        if (seen.has(p.name)) {
          throw syntaxError("invalid-assignment", `the parameter '${p.name}' appears twice`, { span: p.span });
        }
        seen.add(p.name);
      }
      return { kind: "define", name: left.callee, params, body: right, span };
    }
    if (left.kind === "index") {
      throw syntaxError("invalid-assignment", "cannot assign to an element: '=' needs a name on its left", {
        span: left.span,
        notes: ["build a new vector instead, or use '==' to compare"],
      });
    }
    return e;
  }

  private name(expected: string): Name {
    const t = this.peek();
    if (t.kind !== "name") throw this.unexpected(t, expected);
    this.next();
    return { kind: "name", name: t.value, span: t.span };
  }

  // ---- expressions -----------------------------------------------------------------------------------------------
  /** Parses an expression whose operators all bind at least as tightly as `minBP`. */
  protected expr(minBP: number): Node {
    this.enter(this.peek());
    let left = this.prefix(minBP);
    for (;;) {
      const t = this.peek();
      const v = t.value;
      if (t.kind === "op") {
        if (v === "=") {
          if (minBP > EQ) break;
          this.next();
          const right = this.expr(SUBS);
          if (this.isOp(this.peek(), "=")) {
            throw syntaxError("invalid-assignment", "'=' cannot be chained", {
              span: this.peek().span,
              notes: ["use '==' to compare, or write one equation per statement"],
            });
          }
          left = { kind: "equation", left, right, span: cover(left.span, right.span) };
        } else if (v === "|") {
          const n1 = this.peek(1);
          const substitutes = n1.kind === "name" && this.isOp(this.peek(2), "=");
          if (!substitutes && this.barCloses) break; // the closing bar of `|x|`
          if (!substitutes && !n1.spaceBefore && this.startsOperand(n1) && n1.kind !== "string") {
            if (minBP > MUL) break;
            left = this.implicit(left); // `2|x|`: a bar glued to an operand, not `name =`, opens an absolute value
          } else {
            if (minBP > SUBS) break;
            this.next();
            left = this.substitution(left);
          }
        } else if (COMPARISONS.has(v)) {
          if (minBP > CMP) break;
          left = this.comparison(left);
        } else if (v === "..") {
          if (minBP > RANGE) break;
          left = this.range(left);
        } else if (v === "+" || v === "-") {
          if (minBP > ADD) break;
          this.next();
          left = this.binary(v, left, this.expr(MUL), t);
        } else if (MUL_OPS.has(v)) {
          if (minBP > MUL) break;
          this.next();
          left = this.binary(MUL_OPS.get(v)!, left, this.expr(MUL + 1), t);
        } else if (v === "%") {
          if (this.startsOperand(this.peek(1)) || this.gluedSign(1)) {
            if (minBP > MUL) break;
            this.next();
            left = this.binary("mod", left, this.expr(MUL + 1), t);
          } else {
            this.next();
            left = this.unary("%", left, t);
          }
        } else if (v === "^" || v === ".^") {
          if (minBP > POW) break;
          this.next();
          left = this.binary(v, left, this.signed(), t);
        } else if (POSTFIX.has(v)) {
          this.next();
          left = this.unary(POSTFIX.get(v)!, left, t);
        } else if (v === "(" && this.isBareToken(left, "name")) {
          left = this.call(left as Name);
        } else if (v === "[" && !this.isBareToken(left, "number")) {
          left = this.index(left);
        } else if (v === "(" || v === "[" || ROOT_OPS.has(v) || v === "⌊" || v === "⌈") {
          if (minBP > MUL) break;
          left = this.implicit(left);
        } else break;
      } else if (t.kind === "superscript") {
        this.next();
        left = this.superscript(left, t);
      } else if (t.kind === "keyword") {
        if ((v === "to" || v === "in") && minBP <= CONV) {
          this.next();
          const target = this.expr(CONV + 1);
          left =
            v === "to"
              ? { kind: "convert", value: left, target, span: cover(left.span, target.span) }
              : { kind: "in", value: left, format: target, span: cover(left.span, target.span) };
        } else if (v === "or" && minBP <= OR) {
          this.next();
          left = this.binary("or", left, this.expr(OR + 1), t);
        } else if (v === "and" && minBP <= AND) {
          this.next();
          left = this.binary("and", left, this.expr(AND + 1), t);
        } else if (MUL_WORDS.has(v) && minBP <= MUL) {
          this.next();
          left = this.binary(MUL_WORDS.get(v)!, left, this.expr(MUL + 1), t);
        } else break;
      } else if (t.kind === "name") {
        if (minBP > MUL) break;
        left = this.implicit(left);
      } else if (t.kind === "number") {
        throw this.unexpected(t, undefined, [
          "two operands side by side need an operator between them (implicit multiplication never takes a number on its right)",
        ]);
      } else if (t.kind === "string") {
        throw this.unexpected(t);
      } else break;
    }
    this.depth--;
    return left;
  }

  /** `left` is exactly the node of the previous token (not parenthesised, not a compound). */
  private isBareToken(left: Node, kind: "name" | "number"): boolean {
    const prev = this.tokens[this.pos - 1];
    return (
      prev !== undefined &&
      prev.kind === kind &&
      left.kind === kind &&
      left.span[0] === prev.span[0] &&
      left.span[1] === prev.span[1]
    );
  }

  /** Tokens that start an operand of implicit multiplication, of `%` as mod, or of a function applied by space. */
  private startsOperand(t: Token): boolean {
    if (t.kind === "number" || t.kind === "name" || t.kind === "string") return true;
    return t.kind === "op" && (t.value === "(" || t.value === "[" || ROOT_OPS.has(t.value) || t.value === "⌊" || t.value === "⌈");
  }

  /** The token k ahead is a sign with a space before it and an operand glued after it (`sin -x`, `7 % -3`). */
  private gluedSign(k: number): boolean {
    const sign = this.peek(k);
    const operand = this.peek(k + 1);
    return (this.isOp(sign, "-") || this.isOp(sign, "+")) && sign.spaceBefore && !operand.spaceBefore && this.startsOperand(operand);
  }

  private binary(op: BinaryOp, left: Node, right: Node, opTok: Token): Node {
    return { kind: "binary", op, left, right, implicit: false, span: cover(left.span, right.span), opSpan: opTok.span };
  }
  private unary(op: UnaryOp, operand: Node, opTok: Token): Node {
    return { kind: "unary", op, operand, span: cover(operand.span, opTok.span), opSpan: opTok.span };
  }

  private implicit(left: Node): Node {
    const right = this.expr(MUL + 1);
    return {
      kind: "binary",
      op: "*",
      left,
      right,
      implicit: true,
      span: cover(left.span, right.span),
      opSpan: [left.span[1], right.span[0]],
    };
  }

  /** `x²`, `x⁻¹`: a power with a literal exponent spanning the superscript characters. */
  private superscript(left: Node, t: Token): Node {
    const neg = t.value.startsWith("-");
    const num: NumberLit = { kind: "number", text: neg ? t.value.slice(1) : t.value, imaginary: false, span: t.span };
    const exponent: Node = neg ? { kind: "unary", op: "-", operand: num, span: t.span, opSpan: t.span } : num;
    return { kind: "binary", op: "^", left, right: exponent, implicit: false, span: cover(left.span, t.span), opSpan: t.span };
  }

  /** A signed operand: the exponent of `^` and the operand of `√` (`2^-1`, `√-4`). */
  private signed(): Node {
    const t = this.peek();
    if (this.isOp(t, "-") || this.isOp(t, "+")) {
      this.enter(t);
      this.next();
      const operand = this.signed();
      this.depth--;
      return { kind: "unary", op: t.value as UnaryOp, operand, span: cover(t.span, operand.span), opSpan: t.span };
    }
    return this.expr(POW);
  }

  private comparison(first: Node): Node {
    let opTok = this.next();
    let right = this.expr(CMP + 1);
    let result = this.binary(opTok.value as BinaryOp, first, right, opTok);
    while (this.peek().kind === "op" && COMPARISONS.has(this.peek().value)) {
      opTok = this.next();
      const next = this.expr(CMP + 1);
      const link = this.binary(opTok.value as BinaryOp, right, next, opTok);
      result = this.binary("and", result, link, opTok);
      right = next;
    }
    return result;
  }

  private range(from: Node): Node {
    this.next();
    const to = this.expr(ADD);
    let step: Node | null = null;
    if (this.isKw(this.peek(), "by")) {
      this.next();
      step = this.expr(ADD);
    }
    if (this.isOp(this.peek(), "..")) {
      throw this.unexpected(this.peek(), undefined, ["ranges do not chain: write a..b or a..b by s"]);
    }
    return { kind: "range", from, to, step, span: cover(from.span, (step ?? to).span) };
  }

  private substitution(value: Node): Node {
    const bindings: { name: Name; value: Node }[] = [];
    for (;;) {
      const name = this.name("a name to substitute");
      const eq = this.peek();
      if (!this.isOp(eq, "=")) throw this.unexpected(eq, "'='");
      this.next();
      bindings.push({ name, value: this.expr(CONV) });
      const a = this.peek(), b = this.peek(1), c = this.peek(2);
      if (this.isOp(a, ",") && b.kind === "name" && this.isOp(c, "=")) this.next();
      else break;
    }
    return { kind: "subs", value, bindings, span: cover(value.span, bindings[bindings.length - 1]!.value.span) };
  }

  // ---- prefix forms ----------------------------------------------------------------------------------------------
  private prefix(minBP: number): Node {
    const t = this.peek();
    switch (t.kind) {
      case "number": {
        this.next();
        const lit: NumberLit = { kind: "number", text: t.value, imaginary: t.imaginary, span: t.span };
        const f = this.peek();
        // A mixed number `2½` (integer glued to a vulgar fraction) is the sum 2 + ½.
        if (f.kind === "number" && !f.spaceBefore && VULGAR_FRACTIONS.includes(f.text[0]!) && /^[0-9]+$/.test(t.text)) {
          this.next();
          const frac: NumberLit = { kind: "number", text: f.value, imaginary: f.imaginary, span: f.span };
          return { kind: "binary", op: "+", left: lit, right: frac, implicit: false, span: cover(t.span, f.span), opSpan: [t.span[1], t.span[1]] };
        }
        return lit;
      }
      case "string":
        this.next();
        return { kind: "string", value: t.value, span: t.span };
      case "name":
        return this.namePrefix(t);
      case "keyword":
        return this.keywordPrefix(t, minBP);
      case "op":
        return this.opPrefix(t);
      default:
        throw this.unexpected(t);
    }
  }

  /** A name, or a known function applied without parentheses: `sin 30°`, `sin -x`, `sin² x`, `sin^2(x)`. */
  private namePrefix(t: Token): Node {
    this.next();
    const name: Name = { kind: "name", name: t.value, span: t.span };
    if (!this.isFunction(t.value)) return name;
    const after = this.peek();
    if (!this.isOp(after, "(") && this.startsOperand(after) && after.kind !== "string") return this.applied(name);
    // `sin -x`: a sign after a space and glued to its operand belongs to the argument; `sin - x` subtracts.
    if (this.gluedSign(0) && this.peek(1).kind !== "string") {
      const arg = this.signed();
      return { kind: "call", callee: name, args: [arg], span: cover(t.span, arg.span) };
    }
    return this.functionPower(name) ?? name;
  }

  /**
   * `sin² x`, `sin²(x)`, `sin^2 x`, `sin^2(x)`: the power of the call, (sin x)², as in mathematical writing. A
   * negative exponent (`sin⁻¹ x`, `sin^-1(x)`) is refused: it means asin to some readers and 1/sin to others.
   */
  private functionPower(name: Name): Node | null {
    const a = this.peek(), b = this.peek(1), c = this.peek(2);
    let opTok: Token, expTok: Token, exponent: string, operandAt: number;
    if (a.kind === "superscript") {
      [opTok, expTok, exponent, operandAt] = [a, a, a.value, 1];
    } else if (this.isOp(a, "^") && b.kind === "number" && /^[0-9]+$/.test(b.text)) {
      [opTok, expTok, exponent, operandAt] = [a, b, b.value, 2];
    } else if (this.isOp(a, "^") && this.isOp(b, "-") && c.kind === "number" && (this.isOp(this.peek(3), "(") || this.startsOperand(this.peek(3)))) {
      [opTok, expTok, exponent, operandAt] = [a, c, "-" + c.value, 3];
    } else return null;
    const operand = this.peek(operandAt);
    if (!this.isOp(operand, "(") && (!this.startsOperand(operand) || operand.kind === "string")) return null;
    if (exponent.startsWith("-")) {
      throw syntaxError("unexpected-token", `'${name.name}' with a negative exponent is ambiguous`, {
        span: [opTok.span[0], expTok.span[1]],
        notes: [
          TRIG.test(name.name)
            ? `write a${name.name}(x) for the inverse function or 1/${name.name}(x) for the reciprocal`
            : `write 1/${name.name}(x) for the reciprocal`,
        ],
      });
    }
    this.pos += operandAt;
    const call = this.isOp(operand, "(") ? this.call(name) : this.applied(name);
    const num: NumberLit = { kind: "number", text: exponent, imaginary: false, span: expTok.span };
    return { kind: "binary", op: "^", left: call, right: num, implicit: false, span: cover(name.span, call.span), opSpan: opTok.span };
  }

  /** A function applied to one operand without parentheses. */
  private applied(callee: Name): Node {
    const arg = this.expr(POW);
    return { kind: "call", callee, args: [arg], span: cover(callee.span, arg.span) };
  }

  private keywordPrefix(t: Token, minBP: number): Node {
    if (t.value === "not" && minBP <= NOT) {
      this.next();
      const operand = this.expr(NOT);
      return { kind: "unary", op: "not", operand, span: cover(t.span, operand.span), opSpan: t.span };
    }
    if (t.value === "if" && minBP <= IF) {
      this.next();
      const cond = this.expr(OR);
      this.expectKeyword("then");
      const then = this.expr(IF);
      this.expectKeyword("else");
      const otherwise = this.expr(IF);
      return { kind: "if", cond, then, otherwise, span: cover(t.span, otherwise.span) };
    }
    if ((t.value === "mod" || t.value === "rem") && this.isOp(this.peek(1), "(")) {
      // `mod(7, 3)`: the function form of the operator words is an ordinary call.
      this.next();
      return this.call({ kind: "name", name: t.value, span: t.span });
    }
    const notes = t.value === "not" || t.value === "if" ? [`put the '${t.value}' expression in parentheses`] : [];
    throw this.unexpected(t, undefined, notes);
  }

  private expectKeyword(word: string): void {
    // `then` and `else` may start a new line: skip the newlines before them.
    let k = 0;
    while (this.peek(k).kind === "newline" && this.peek(k).text === "\n") k++;
    if (k > 0 && this.isKw(this.peek(k), word)) this.pos += k;
    const t = this.peek();
    if (!this.isKw(t, word)) throw this.unexpected(t, `'${word}'`);
    this.next();
  }

  private opPrefix(t: Token): Node {
    switch (t.value) {
      case "-":
      case "+": {
        this.next();
        const operand = this.expr(POW);
        return { kind: "unary", op: t.value, operand, span: cover(t.span, operand.span), opSpan: t.span };
      }
      case "√":
      case "∛":
      case "∜": {
        this.next();
        const arg = this.signed();
        const root = ROOT_OPS.get(t.value)!;
        const callee: Name = { kind: "name", name: root.name, span: t.span };
        const args: Node[] = [arg];
        if (root.index !== undefined) args.push({ kind: "number", text: root.index, imaginary: false, span: t.span });
        return { kind: "call", callee, args, span: cover(t.span, arg.span) };
      }
      case "(":
        return this.group(t);
      case "[":
        return this.bracket(t);
      case "|":
        return this.bars(t);
      case "⌊":
        return this.delimited(t, "⌋", "floor");
      case "⌈":
        return this.delimited(t, "⌉", "ceil");
      default:
        throw this.unexpected(t);
    }
  }


}
