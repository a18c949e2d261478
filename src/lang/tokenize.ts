// The tokenizer: one left-to-right pass over the input (linear time, no backtracking regexes), producing tokens
// with spans in UTF-16 code units. It tracks bracket nesting only to decide two context rules: newlines and `;`
// separate statements at depth 0 only, and `1,234` thousands grouping is read only outside `[...]` and calls.
import { syntaxError, type Span } from "../core/index.js";
import {
  KEYWORDS,
  SUPERSCRIPTS,
  UNICODE_NAMES,
  UNICODE_OPS,
  VULGAR_FRACTIONS,
  type Token,
  type TokenKind,
} from "./token.js";

/** Non-ASCII spaces: no-break, thin, narrow and other Unicode spaces (Zs), and a byte-order mark. */
const SPACES = /^[\p{Zs}\uFEFF]$/u;
const LETTER = /^[\p{L}\p{M}]$/u;
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isIdentStart = (c: string): boolean => c === "_" || (!UNICODE_NAMES.has(c) && LETTER.test(c));
const isIdentPart = (c: string): boolean => isDigit(c) || isIdentStart(c);

/** Two-character ASCII operators, and the characters they start with. */
const ASCII_OPS: ReadonlySet<string> = new Set(["**", "//", "..", ".*", "./", ".^", "==", "!=", "<=", ">=", "!!"]);
const TWO_CHAR_STARTS: ReadonlySet<string> = new Set(["*", "/", ".", "=", "!", "<", ">"]);
const isAsciiIdentStart = (k: number): boolean => (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || k === 95;
/** Operators that cannot end an expression: a newline after one of them continues the statement. */
const CONTINUES: ReadonlySet<string> = new Set([
  "+", "-", "*", "/", "^", "//", ".*", "./", ".^", "==", "!=", "<", "<=", ">", ">=", "=", "..", "√", "∛", "∜", ",", "(", "[", "⌊", "⌈",
]);
const DASH_HINT = "a dash is not an operator: write '-' (or '−') for minus, and '..' for a range";
const INVISIBLE_HINT = "an invisible formatting character (zero-width or text-direction control): delete it";
/** Notes for characters people bring from other languages. */
const CHARACTER_HINTS: ReadonlyMap<string, string> = new Map([
  ["&", "write 'and'"],
  ["{", "use parentheses for grouping and [ ] for vectors"],
  ["}", "use parentheses for grouping and [ ] for vectors"],
  ["$", "names are letters, digits and '_'"],
  ["\\", "'\\' is not an operator: divide with '/'; escapes belong inside double-quoted strings"],
  ["~", "write 'not' for negation"],
  [".", "'.' is not member access: write sqrt(2), not math.sqrt(2) or np.sqrt(2)"],
  ["?", "there is no '?:' operator: write 'if c then a else b'"],
  ["`", "strings use double quotes: \"text\""],
  ["‐", DASH_HINT],
  ["‑", DASH_HINT],
  ["‒", DASH_HINT],
  ["–", DASH_HINT],
  ["—", DASH_HINT],
  ["―", DASH_HINT],
  ["\u200b", INVISIBLE_HINT],
  ["\u200c", INVISIBLE_HINT],
  ["\u200d", INVISIBLE_HINT],
  ["\u2060", INVISIBLE_HINT],
  ...["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f"].map(
    (c): [string, string] => [c, INVISIBLE_HINT],
  ),
]);

/**
 * Full-width ASCII forms (U+FF01..U+FF5E, as CJK input methods produce) read as their ASCII characters outside
 * string literals: NFKC, as names already are. One code unit maps to one, so spans are unchanged.
 */
function foldFullWidth(text: string): string {
  if (!/[\uff01-\uff5e]/.test(text)) return text;
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    let c = text[i]!;
    if (inString) {
      out += c;
      if (c === "\\" && i + 1 < text.length) out += text[++i]!;
      else if (c === '"') inString = false;
      continue;
    }
    const k = c.charCodeAt(0);
    if (k >= 0xff01 && k <= 0xff5e) c = String.fromCharCode(k - 0xfee0);
    if (c === '"') inString = true;
    out += c;
  }
  return out;
}
const SINGLE_OPS = new Set(["+", "-", "*", "/", "^", "!", "%", "'", "=", "<", ">", "(", ")", "[", "]", ",", ":", "|"]);

/** Splits `text` into tokens, ending with one "eof" token. Throws a SyntaxError UlpError on a bad character. */
export function tokenize(source: string): Token[] {
  const text = foldFullWidth(source);
  const out: Token[] = [];
  const n = text.length;
  let pos = 0;
  let space = false;
  // Open brackets: "(" grouping, "c" call parenthesis, "[" bracket. Grouping commas need only "(" entries.
  const stack: string[] = [];
  let groupingBlocked = 0; // how many "c" or "[" entries are on the stack

  const push = (kind: TokenKind, value: string, start: number, end: number, imaginary = false): void => {
    out.push({ kind, value, text: source.slice(start, end), span: [start, end], imaginary, spaceBefore: space });
    space = false;
  };
  /** The code point at i as a string (one or two UTF-16 units). */
  const charAt = (i: number): string => {
    const cp = text.codePointAt(i);
    return cp === undefined ? "" : String.fromCodePoint(cp);
  };

  while (pos < n) {
    const c = text[pos]!;
    if (c === " " || c === "\t" || c === "\r" || c === "\f" || c === "\v" || (c >= "\u00a0" && SPACES.test(c))) {
      pos++;
      space = true;
      continue;
    }
    if (c === "#") {
      while (pos < n && text[pos] !== "\n") pos++;
      space = true;
      continue;
    }
    if (c === "\n") {
      // A newline separates statements only at depth 0 and after a token that can end an expression, so
      // `1 +` at the end of a line continues on the next one.
      const prev = out[out.length - 1];
      const continues = prev !== undefined && (prev.kind === "keyword" || (prev.kind === "op" && CONTINUES.has(prev.value)));
      if (stack.length === 0 && !continues) push("newline", "\n", pos, pos + 1);
      else space = true;
      pos++;
      continue;
    }
    if (c === ";") {
      push(stack.length === 0 ? "newline" : "op", ";", pos, pos + 1);
      pos++;
      continue;
    }
    if (isDigit(c) || (c === "." && isDigit(text[pos + 1]))) {
      pos = readNumber(text, pos, groupingBlocked === 0, push);
      continue;
    }
    const code = c.charCodeAt(0);
    if (isAsciiIdentStart(code)) {
      let end = pos + 1;
      for (;;) {
        const k = text.charCodeAt(end); // NaN past the end
        if (isAsciiIdentStart(k) || (k >= 48 && k <= 57)) end++;
        else if (k >= 128 && end < n && isIdentPart(charAt(end))) end += charAt(end).length;
        else break;
      }
      pushWord(text, pos, end, push);
      pos = end;
      continue;
    }
    if (c === '"') {
      pos = readString(text, pos, push);
      continue;
    }
    if (code < 128) {
      const two = TWO_CHAR_STARTS.has(c) ? text.slice(pos, pos + 2) : "";
      if (two !== "" && ASCII_OPS.has(two)) {
        push("op", two === "**" ? "^" : two, pos, pos + 2);
        pos += 2;
        continue;
      }
      if (SINGLE_OPS.has(c)) {
        if (c === "(" || c === "[") {
          const prev = out[out.length - 1];
          const kind = c === "[" ? "[" : prev !== undefined && prev.kind === "name" ? "c" : "(";
          stack.push(kind);
          if (kind !== "(") groupingBlocked++;
        } else if ((c === ")" || c === "]") && stack.length > 0) {
          if (stack.pop() !== "(") groupingBlocked--;
        }
        push("op", c, pos, pos + 1);
        pos++;
        continue;
      }
    } else if (c === "⌊" || c === "⌈") {
      stack.push("("); // floor and ceiling brackets group like parentheses
      push("op", c, pos, pos + 1);
      pos++;
      continue;
    } else if (c === "⌋" || c === "⌉") {
      if (stack.length > 0 && stack.pop() !== "(") groupingBlocked--;
      push("op", c, pos, pos + 1);
      pos++;
      continue;
    } else {
      pos = readUnicode(text, pos, push);
      if (pos >= 0) continue;
      pos = -pos - 1;
    }
    const ch = charAt(pos);
    const hint = CHARACTER_HINTS.get(ch);
    const invisible = ch === "\u0000" || hint === INVISIBLE_HINT;
    const shown = invisible ? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}` : ch;
    throw syntaxError("invalid-character", `invalid character '${shown}'`, {
      span: [pos, pos + ch.length],
      notes: hint === undefined ? [] : [hint],
    });
  }
  push("eof", "", n, n);
  return out;
}

/**
 * Reads one token that starts with a non-ASCII character (vulgar fraction, superscript, π, a letter, a unicode
 * operator). Returns the position after it, or `-pos - 1` when the character is not part of the language.
 */
function readUnicode(text: string, pos: number, push: Push): number {
  const c = text[pos]!;
  if (VULGAR_FRACTIONS.includes(c)) {
    const imaginary = text[pos + 1] === "i" && !isIdentPartAt(text, pos + 2);
    push("number", c, pos, pos + (imaginary ? 2 : 1), imaginary);
    return pos + (imaginary ? 2 : 1);
  }
  if (SUPERSCRIPTS.has(c)) {
    let end = pos;
    let value = "";
    while (end < text.length && SUPERSCRIPTS.has(text[end]!)) value += SUPERSCRIPTS.get(text[end++]!)!;
    if (!/^-?[0-9]+$/.test(value)) {
      throw syntaxError("invalid-number", `invalid superscript exponent '${text.slice(pos, end)}'`, { span: [pos, end] });
    }
    push("superscript", value, pos, end);
    return end;
  }
  const ch = String.fromCodePoint(text.codePointAt(pos)!);
  const uname = UNICODE_NAMES.get(ch);
  if (uname !== undefined) {
    push("name", uname, pos, pos + ch.length);
    return pos + ch.length;
  }
  if (isIdentStart(ch)) {
    let end = pos + ch.length;
    while (end < text.length) {
      const d = String.fromCodePoint(text.codePointAt(end)!);
      if (!isIdentPart(d)) break;
      end += d.length;
    }
    pushWord(text, pos, end, push);
    return end;
  }
  const uop = UNICODE_OPS.get(c);
  if (uop !== undefined) {
    push("op", uop, pos, pos + 1);
    return pos + 1;
  }
  return -pos - 1;
}

/**
 * A word token. Non-ASCII words are compared after NFKC normalization, as Python does for identifiers: `𝑥` is
 * `x`, `𝜋` is `π` (the name pi), `ℯ` is `e`, full-width `ｘ` is `x`, a decomposed `é` is the composed one.
 */
function pushWord(text: string, start: number, end: number, push: Push): void {
  const raw = text.slice(start, end);
  let word = raw;
  if (!ASCII_WORD.test(raw)) {
    // Keep the raw word when normalizing would leave the identifier alphabet (ﹶ becomes a space and a mark;
    // x𝜋 would become xπ, which reads back as x·π).
    const nfkc = raw.normalize("NFKC");
    if (UNICODE_NAMES.has(nfkc) || isIdentifier(nfkc)) word = nfkc;
  }
  const uname = UNICODE_NAMES.get(word);
  if (uname !== undefined) push("name", uname, start, end);
  else push(KEYWORDS.has(word) ? "keyword" : "name", word, start, end);
}
const ASCII_WORD = /^[A-Za-z0-9_]*$/;

function isIdentifier(word: string): boolean {
  const cps = [...word];
  return cps.length > 0 && isIdentStart(cps[0]!) && cps.every(isIdentPart);
}

function isIdentPartAt(text: string, i: number): boolean {
  const cp = text.codePointAt(i);
  return cp !== undefined && isIdentPart(String.fromCodePoint(cp));
}

type Push = (kind: TokenKind, value: string, start: number, end: number, imaginary?: boolean) => void;

function invalidNumber(text: string, start: number, end: number, why: string): never {
  throw syntaxError("invalid-number", `invalid number '${text.slice(start, end)}': ${why}`, {
    span: [start, end] as Span,
  });
}

/**
 * Reads digits of one radix with single `_` separators between digits. Returns the end index; the digits (without
 * separators) are appended to `acc.s`.
 */
function readDigits(text: string, pos: number, isD: (c: string) => boolean, acc: { s: string }, start: number): number {
  let i = pos;
  while (i < text.length) {
    const c = text[i]!;
    if (isD(c)) {
      acc.s += c;
      i++;
    } else if (c === "_") {
      if (i === pos || !isD(text[i + 1] ?? "")) invalidNumber(text, start, i + 1, "'_' must sit between two digits");
      i++;
    } else break;
  }
  return i;
}

const HEX = (c: string) => /^[0-9a-fA-F]$/.test(c);
const DEC = (c: string) => c >= "0" && c <= "9";

function readNumber(text: string, start: number, groupingAllowed: boolean, push: Push): number {
  const acc = { s: "" };
  let i = start;
  const c1 = text[start + 1];
  if (text[start] === "0" && c1 !== undefined && "xXbBoO".includes(c1)) {
    const radix = c1.toLowerCase();
    acc.s = "0" + radix;
    const isD = radix === "x" ? HEX : radix === "b" ? (c: string) => c === "0" || c === "1" : (c: string) => c >= "0" && c <= "7";
    const digitsStart = start + 2;
    i = readDigits(text, digitsStart, isD, acc, start);
    let hasDigits = i > digitsStart;
    if (radix === "x" && text[i] === "." && HEX(text[i + 1] ?? "")) {
      acc.s += ".";
      i = readDigits(text, i + 1, HEX, acc, start);
      hasDigits = true;
      if (text[i] !== "p" && text[i] !== "P") invalidNumber(text, start, i, "a hex fraction needs a 'p' exponent");
    }
    if (!hasDigits) invalidNumber(text, start, i, "no digits after the prefix");
    if (radix === "x" && (text[i] === "p" || text[i] === "P")) {
      const j = text[i + 1] === "+" || text[i + 1] === "-" ? i + 2 : i + 1;
      if (!DEC(text[j] ?? "")) invalidNumber(text, start, j, "'p' needs a decimal exponent");
      acc.s += "p" + (text[i + 1] === "-" ? "-" : "");
      i = readDigits(text, j, DEC, acc, start);
    }
    if (isDigit(text[i])) {
      let j = i;
      while (isDigit(text[j])) j++;
      invalidNumber(text, start, j, `'${text[i]}' is not a digit of this base`);
    }
  } else {
    i = readDigits(text, start, DEC, acc, start);
    // Thousands grouping: 1-3 leading digits, then `,ddd` groups of exactly three digits.
    if (groupingAllowed && i - start <= 3 && i > start && !text.slice(start, i).includes("_")) {
      while (text[i] === "," && isThreeDigitGroup(text, i + 1)) {
        acc.s += text.slice(i + 1, i + 4);
        i += 4;
      }
    }
    if (text[i] === "." && isDigit(text[i + 1])) {
      acc.s += ".";
      i = readDigits(text, i + 1, DEC, acc, start);
    } else if (text[i] === "." && (i + 1 >= text.length || (!".*/^".includes(text[i + 1]!) && !isIdentPartAt(text, i + 1)))) {
      i++; // `1.` is 1 (kept as "1"); `1..5`, `1.*x`, `1./x`, `1.^x` leave the dot to the operator
    }
    if ((text[i] === "e" || text[i] === "E") && exponentFollows(text, i + 1)) {
      const sign = text[i + 1];
      const j = sign === "+" || sign === "-" || sign === "−" ? i + 2 : i + 1;
      acc.s += "e" + (sign === "-" || sign === "−" ? "-" : "");
      i = readDigits(text, j, DEC, acc, start);
    }
    if (text[i] === "." && isDigit(text[i + 1])) invalidNumber(text, start, i + 2, "a second decimal point");
  }
  if (text[i] === "_") invalidNumber(text, start, i + 1, "'_' must sit between two digits");
  const imaginary = text[i] === "i" && !isIdentPartAt(text, i + 1);
  push("number", acc.s, start, imaginary ? i + 1 : i, imaginary);
  return imaginary ? i + 1 : i;
}

function isThreeDigitGroup(text: string, i: number): boolean {
  return DEC(text[i] ?? "") && DEC(text[i + 1] ?? "") && DEC(text[i + 2] ?? "") && !DEC(text[i + 3] ?? "") && text[i + 3] !== "_";
}

function exponentFollows(text: string, i: number): boolean {
  if (DEC(text[i] ?? "")) return true;
  return (text[i] === "+" || text[i] === "-" || text[i] === "−") && DEC(text[i + 1] ?? "");
}

const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ["\\", "\\"],
  ["n", "\n"],
  ["t", "\t"],
]);

function readString(text: string, start: number, push: Push): number {
  let i = start + 1;
  let value = "";
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      push("string", value, start, i + 1);
      return i + 1;
    }
    if (c === "\n") break;
    if (c === "\\") {
      const e = ESCAPES.get(text[i + 1] ?? "");
      if (e === undefined) {
        throw syntaxError("invalid-character", `unknown escape '\\${text[i + 1] ?? ""}' in a string`, {
          span: [i, Math.min(i + 2, text.length)],
        });
      }
      value += e;
      i += 2;
      continue;
    }
    value += c;
    i++;
  }
  throw syntaxError("unterminated-string", "unterminated string: missing the closing '\"'", { span: [start, i] });
}
