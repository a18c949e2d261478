// Numeric literals to exact values: decimal (`42`, `0.1`, `.5`, `1e-3`), hex/binary/octal integers (`0x1F`,
// `0b101`, `0o17`), hex floats (`0x1.8p-3` = 3/16 exactly), vulgar fractions (`¾`, `1½`). Every literal is exact;
// its size (digits of numerator or denominator) is checked against the digits limit before it is built.
import { syntaxError } from "../core/index.js";
import * as Q from "./rational.js";
import type { Rational } from "./rational.js";
import type { Num, NumCtx } from "./num.js";
import { rat, complex, ZERO } from "./tower.js";

const VULGAR = new Map<string, [bigint, bigint]>([
  ["¼", [1n, 4n]], ["½", [1n, 2n]], ["¾", [3n, 4n]], ["⅐", [1n, 7n]], ["⅑", [1n, 9n]], ["⅒", [1n, 10n]],
  ["⅓", [1n, 3n]], ["⅔", [2n, 3n]], ["⅕", [1n, 5n]], ["⅖", [2n, 5n]], ["⅗", [3n, 5n]], ["⅘", [4n, 5n]],
  ["⅙", [1n, 6n]], ["⅚", [5n, 6n]], ["⅛", [1n, 8n]], ["⅜", [3n, 8n]], ["⅝", [5n, 8n]], ["⅞", [7n, 8n]],
  ["↉", [0n, 1n]],
]);

const bad = (text: string) => syntaxError("invalid-number", `'${text}' is not a valid number`);

/** The exact rational a literal denotes (no sign; the parser handles unary minus). */
export function parseLiteral(text: string, ctx: NumCtx): Rational {
  const t = text.trim();
  const last = t.slice(-1);
  const vf = VULGAR.get(last);
  if (vf) {
    const head = t.slice(0, -1);
    if (head !== "" && !/^\d+$/.test(head)) throw bad(text);
    ctx.budget.checkDigits(head.length, "the literal");
    return Q.add(Q.fromInt(head === "" ? 0n : BigInt(head)), Q.make(vf[0], vf[1]));
  }
  const radix = /^0([xXbBoO])/.exec(t);
  if (radix) {
    const r = radix[1]!.toLowerCase();
    if (r === "x" && /[.pP]/.test(t)) return hexFloat(t, ctx);
    const body = t.slice(2);
    const re = r === "x" ? /^[0-9a-fA-F]+$/ : r === "b" ? /^[01]+$/ : /^[0-7]+$/;
    if (!re.test(body)) throw bad(text);
    const bitsPer = r === "x" ? 4 : r === "b" ? 1 : 3;
    ctx.budget.checkDigits(body.length * bitsPer * 0.30103, "the literal");
    return Q.fromInt(BigInt(`0${r}${body}`));
  }
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(t);
  if (!m || (m[1] === "" && (m[2] === undefined || m[2] === ""))) throw bad(text);
  const intPart = m[1]!;
  const frac = m[2] ?? "";
  const expText = m[3];
  // The exponent is bounded by the digits limit before BigInt ever sees it.
  const exp = expText === undefined ? 0 : Number(expText);
  if (!Number.isFinite(exp)) throw bad(text);
  const mantissa = (intPart + frac).replace(/^0+(?=\d)/, "");
  const scale = exp - frac.length;
  const isZero = /^0*$/.test(mantissa);
  if (!isZero) ctx.budget.checkDigits(mantissa.length + Math.abs(scale), "the literal");
  else ctx.budget.checkDigits(mantissa.length, "the literal");
  if (isZero) return Q.ZERO;
  const n = BigInt(mantissa);
  return scale >= 0 ? Q.fromInt(n * 10n ** BigInt(scale)) : Q.make(n, 10n ** BigInt(-scale));
}

function hexFloat(t: string, ctx: NumCtx): Rational {
  const m = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?\d+))?$/.exec(t);
  if (!m || (m[1] === "" && (m[2] ?? "") === "")) throw bad(t);
  const digits = m[1]! + (m[2] ?? "");
  const exp = m[3] === undefined ? 0 : Number(m[3]);
  if (!Number.isFinite(exp)) throw bad(t);
  const e2 = exp - 4 * (m[2] ?? "").length;
  ctx.budget.checkDigits((digits.length * 4 + Math.abs(e2)) * 0.30103, "the literal");
  const n = BigInt("0x" + (digits === "" ? "0" : digits));
  return e2 >= 0 ? Q.fromInt(n << BigInt(e2)) : Q.make(n, 1n << BigInt(-e2));
}

/** The exact number a literal denotes; `imaginary` (a trailing i, as in `2.5i`) makes it purely imaginary. */
export function literal(text: string, imaginary: boolean, ctx: NumCtx): Num {
  const q = parseLiteral(text, ctx);
  return imaginary ? complex(ZERO, rat(q)) : rat(q);
}
