// Oracle helpers for the interface tests: a deterministic sample of ../shared/oracles/reals.jsonl (mpmath values)
// and formats.jsonl, and a comparison of a contract `decimal` with an oracle `d.ddd…e±x` by significand and exponent.
import { readFileSync } from "node:fs";

const ORACLES = new URL("../../../shared/oracles/", import.meta.url);

export interface RealOracle {
  expr: string;
  digits: number;
  expected: string;
}

/** Up to `count` oracle lines of common functions at <= 100 digits, spread over the file. */
export function realOracles(count: number): RealOracle[] {
  const all = readFileSync(new URL("reals.jsonl", ORACLES), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as RealOracle)
    .filter((o) => o.digits <= 100 && /^(pi|e|sqrt|exp|log|sin|cos|tan|atan|cbrt)\b/.test(o.expr));
  const step = Math.max(1, Math.floor(all.length / count));
  return all.filter((_, k) => k % step === 0).slice(0, count);
}

export interface FormatOracle {
  format: string;
  mode: string;
  overflow: string;
  input: string;
  value: string;
  bits: string;
}

/** Nearest-even, non-saturating oracle lines (the defaults of `x to fmt`), spread over the file. */
export function formatOracles(count: number): FormatOracle[] {
  const all = readFileSync(new URL("formats.jsonl", ORACLES), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as FormatOracle)
    .filter((o) => o.mode === "RNE" && o.overflow === "nonfinite");
  const step = Math.max(1, Math.floor(all.length / count));
  return all.filter((_, k) => k % step === 0).slice(0, count);
}

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
