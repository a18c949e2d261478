// Shared by the fuzz suites: compare a Result's ValueJSON against an oracle expectation (exact text, decimal digits
// with exponent, complex parts, solutions, matrices, error kinds) and normalise decimal strings.
import type { Result } from "../../src/index.js";

export type Expect =
  | { exact: string }
  | { decimal: string }
  | { complex: [Expect, Expect] }
  | { solutions: (Expect | Expect[])[] }
  | { matrix: Expect[][] }
  | { error: string }
  | { boolean: boolean }
  | { bits: string };

/** "0.00123" / "1.23e-3" / "-12" -> "-|123|-3": sign, significant digits without trailing zeros, decimal exponent. */
export function normDecimal(s: string): string {
  const m = /^(-?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/.exec(s.trim());
  if (!m) return `unparsable:${s}`;
  const [, sign, int, frac = "", ex = "0"] = m;
  const all = (int + frac).replace(/^0+/, "");
  if (all === "") return "0";
  const lead = (int + frac).length - all.length; // leading zeros
  const exp = Number(ex) + int.length - 1 - lead;
  return `${sign}|${all.replace(/0+$/, "")}|${exp}`;
}

type J = Record<string, unknown>;

/** Returns null when `v` matches `e`, else a short description of the mismatch. */
export function mismatch(v: J | undefined, e: Expect): string | null {
  if (v === undefined) return "missing value";
  if ("bits" in e) return typeof v.bits === "string" && BigInt(v.bits) === BigInt(e.bits) ? null : `bits ${String(v.bits)}, want ${e.bits}`;
  if ("boolean" in e) return v.type === "boolean" && v.value === e.boolean ? null : `${String(v.type)} ${String(v.value)}, want ${e.boolean}`;
  if ("exact" in e) {
    if (v.type !== "integer" && v.type !== "rational") return `type ${String(v.type)} (${String(v.exact ?? v.decimal)}), want exact ${e.exact}`;
    return v.exact === e.exact ? null : `exact ${String(v.exact)}, want ${e.exact}`;
  }
  if ("decimal" in e) {
    if (typeof v.decimal !== "string") return `type ${String(v.type)} has no decimal`;
    return normDecimal(v.decimal) === normDecimal(e.decimal) ? null : `decimal ${v.decimal}, want ${e.decimal}`;
  }
  if ("complex" in e) {
    if (v.type !== "complex") return `type ${String(v.type)}, want complex`;
    return mismatch(v.re as J, e.complex[0]) ?? mismatch(v.im as J, e.complex[1]);
  }
  if ("solutions" in e) {
    if (v.type !== "solutions") return `type ${String(v.type)}, want solutions`;
    const els = v.elements as J[];
    if (els.length !== e.solutions.length) return `${els.length} solutions, want ${e.solutions.length}`;
    for (let i = 0; i < els.length; i++) {
      const want = e.solutions[i]!;
      if (Array.isArray(want)) {
        const parts = els[i]!.elements as J[] | undefined;
        if (!parts || parts.length !== want.length) return `solution ${i} shape`;
        for (let k = 0; k < want.length; k++) {
          const m = mismatch(parts[k], want[k]!);
          if (m) return `solution ${i}[${k}]: ${m}`;
        }
      } else {
        const m = mismatch(els[i], want);
        if (m) return `solution ${i}: ${m}`;
      }
    }
    return null;
  }
  if ("matrix" in e) {
    if (v.type !== "matrix") return `type ${String(v.type)}, want matrix`;
    const rows = v.elements as J[][];
    if (rows.length !== e.matrix.length) return "row count";
    for (let i = 0; i < rows.length; i++) {
      if (rows[i]!.length !== e.matrix[i]!.length) return "column count";
      for (let j = 0; j < rows[i]!.length; j++) {
        const m = mismatch(rows[i]![j], e.matrix[i]![j]!);
        if (m) return `[${i}][${j}]: ${m}`;
      }
    }
    return null;
  }
  return "unexpected value (wanted an error)";
}

/** Compare a whole Result against an expectation (errors by kind). */
export function resultMismatch(r: Result, e: Expect): string | null {
  if ("error" in e) return r.ok ? `ok ${r.text}, want ${e.error}` : r.error.kind === e.error ? null : `${r.error.kind}/${r.error.code}, want ${e.error}`;
  if (!r.ok) return `${r.error.kind}/${r.error.code}: ${r.error.message}`;
  return mismatch(r.value as unknown as J, e);
}
