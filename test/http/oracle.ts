// Oracle helpers for the interface tests: a deterministic sample of ../shared/oracles/reals.jsonl (mpmath values)
// and formats.jsonl, and a comparison of a contract `decimal` with an oracle `d.ddd…e±x` by significand and exponent.
import { readFileSync } from "node:fs";

const ORACLES = new URL("../data/oracles/", import.meta.url);

export interface RealOracle {
  expr: string;
  digits: number;
  expected: string;
}

/** Up to `count` lines of a JSONL oracle file that pass `keep`, spread evenly over the file. */
function sample<T>(file: string, count: number, keep: (o: T) => boolean): T[] {
  const all = readFileSync(new URL(file, ORACLES), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T)
    .filter(keep);
  const step = Math.max(1, Math.floor(all.length / count));
  return all.filter((_, k) => k % step === 0).slice(0, count);
}

/** Oracle lines of common functions at <= 100 digits. */
export const realOracles = (count: number): RealOracle[] =>
  sample<RealOracle>("reals.jsonl", count, (o) => o.digits <= 100 && /^(pi|e|sqrt|exp|log|sin|cos|tan|atan|cbrt)\b/.test(o.expr));

export interface FormatOracle {
  format: string;
  mode: string;
  overflow: string;
  input: string;
  value: string;
  bits: string;
}

/** Nearest-even, non-saturating oracle lines (the defaults of `x to fmt`). */
export const formatOracles = (count: number): FormatOracle[] =>
  sample<FormatOracle>("formats.jsonl", count, (o) => o.mode === "RNE" && o.overflow === "nonfinite");

/** Significand digits (no leading/trailing zeros) and decimal exponent of the leading digit. */
export function normalize(decimal: string): { sign: string; digits: string; exp: number } {
  let s = decimal.trim();
  const sign = s.startsWith("-") ? "-" : "";
  if (sign) s = s.slice(1);
  let exp = 0;
  const e = s.search(/e/i);
  if (e >= 0) {
    exp = Number(s.slice(e + 1));
    s = s.slice(0, e);
  }
  const dot = s.indexOf(".");
  const intPart = dot < 0 ? s : s.slice(0, dot);
  const all = (intPart + (dot < 0 ? "" : s.slice(dot + 1))).replace(/^0+/, "");
  const lead = intPart.replace(/^0+/, "").length;
  const zerosAfterDot = lead === 0 && dot >= 0 ? /^0*/.exec(s.slice(dot + 1))![0].length : 0;
  exp += lead > 0 ? lead - 1 : -(zerosAfterDot + 1);
  return { sign, digits: all.replace(/0+$/, "") || "0", exp };
}

export const sameDecimal = (a: string, b: string) => JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
