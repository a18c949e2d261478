// Tokens produced by tokenize(): a kind, the source text, a canonical value and a span in UTF-16 code units.
// Unicode operator spellings are folded to one canonical value here (× -> *, − -> -, ≤ -> <=, π -> pi), so the
// parser only ever sees one spelling per operator.
import type { Span } from "../core/index.js";

export type TokenKind =
  | "number" // value: literal text without `_` and grouping commas ("1234.5", "0x1F", "¾"); `imaginary` for `2i`
  | "string" // value: the decoded string
  | "name" // value: the identifier (π is the name "pi", ∞ the name "inf")
  | "keyword" // value: one of KEYWORDS
  | "op" // value: canonical operator text, e.g. "*", "<=", "^", "√", "!!", "(" ...
  | "superscript" // value: the exponent as decimal text, e.g. "2", "-1", "23" (from ², ⁻¹, ²³)
  | "newline" // a statement separator at bracket depth 0 (newlines inside brackets are skipped)
  | "eof";

export interface Token {
  readonly kind: TokenKind;
  readonly value: string;
  /** The exact source text, `input.slice(...span)`. */
  readonly text: string;
  readonly span: Span;
  /** True for a number with the imaginary suffix `i` (`2.5i`). */
  readonly imaginary: boolean;
  /** True when whitespace (or a comment) separates this token from the previous one. */
  readonly spaceBefore: boolean;
}

/** Words that are operators or structure, never names. */
export const KEYWORDS: ReadonlySet<string> = new Set([
  "and",
  "or",
  "not",
  "mod",
  "rem",
  "to",
  "in",
  "of",
  "if",
  "then",
  "else",
  "var",
  "by",
]);

/** Characters folded to a canonical operator. */
export const UNICODE_OPS: ReadonlyMap<string, string> = new Map([
  ["×", "*"],
  ["⋅", "*"],
  ["·", "*"],
  ["÷", "/"],
  ["−", "-"],
  ["≤", "<="],
  ["≥", ">="],
  ["≠", "!="],
  ["√", "√"],
  ["∛", "∛"],
  ["∜", "∜"],
  ["°", "°"],
  ["∗", "*"], // U+2217 asterisk operator
  ["∕", "/"], // U+2215 division slash
  ["⁄", "/"], // U+2044 fraction slash: `3⁄4`
]);

/** Prefix root operators and the function each one calls (`∜x` is `nthroot(x, 4)`). */
export const ROOT_OPS: ReadonlyMap<string, { name: string; index?: string }> = new Map([
  ["√", { name: "sqrt" }],
  ["∛", { name: "cbrt" }],
  ["∜", { name: "nthroot", index: "4" }],
]);

/** Characters that are names on their own (never part of a longer identifier). */
export const UNICODE_NAMES: ReadonlyMap<string, string> = new Map([
  ["π", "pi"],
  ["∞", "inf"],
]);

/** Vulgar-fraction characters: number literals whose text is the character itself (numbers/literal converts). */
export const VULGAR_FRACTIONS = "¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞↉";

/** Superscript characters and the exponent text they stand for. */
export const SUPERSCRIPTS: ReadonlyMap<string, string> = new Map([
  ["⁰", "0"],
  ["¹", "1"],
  ["²", "2"],
  ["³", "3"],
  ["⁴", "4"],
  ["⁵", "5"],
  ["⁶", "6"],
  ["⁷", "7"],
  ["⁸", "8"],
  ["⁹", "9"],
  ["⁻", "-"],
]);

/** A short human description of a token for messages: "')'", "number '3'", "end of input". */
export function describe(t: Token): string {
  switch (t.kind) {
    case "eof":
      return "end of input";
    case "newline":
      return t.text === ";" ? "';'" : "end of line";
    case "string":
      return "string " + JSON.stringify(t.value);
    default:
      return t.text.includes("'") ? `"${t.text}"` : `'${t.text}'`;
  }
}
