// Decimal text of the JSON contract: significant digits rounded to nearest-even, trailing zeros removed,
// positional when the decimal exponent k (x = d.ddd * 10^k) is in [-7, digits), else `d.ddde±k`.
import * as Q from "./rational.js";
import type { Rational } from "./rational.js";

/**
 * Contract text from a digit string and its scientific exponent k (value = 0.DIGITS * 10^(k+1), i.e. the first
 * digit is the 10^k place). `digits` is the requested count (decides positional vs exponent form).
 */
export function formatDigits(neg: boolean, sig: string, k: number, digits: number): string {
  let d = sig.replace(/0+$/, "");
  if (d === "") return "0";
  const sign = neg ? "-" : "";
  if (k >= -7 && k < digits) {
    if (k < 0) return `${sign}0.${"0".repeat(-k - 1)}${d}`;
    if (d.length <= k + 1) return sign + d + "0".repeat(k + 1 - d.length);
    return `${sign}${d.slice(0, k + 1)}.${d.slice(k + 1)}`;
  }
  d = d.length > 1 ? `${d[0]}.${d.slice(1)}` : d;
  return `${sign}${d}e${k < 0 ? "-" : "+"}${Math.abs(k)}`;
}

/** floor(log10(q)) for q > 0 (exact). */
function floorLog10(n: bigint, d: bigint): number {
  // Estimate from bit lengths, then correct by comparing against exact powers of ten.
  let k = Math.floor((Q.bitLength(n) - Q.bitLength(d)) * Math.log10(2));
  const ge = (k: number) => (k >= 0 ? n >= d * 10n ** BigInt(k) : n * 10n ** BigInt(-k) >= d);
  while (!ge(k)) k--;
  while (ge(k + 1)) k++;
  return k;
}

/**
 * q rounded to nearest, ties to even, at `digits` significant digits, in the contract format. `exact` says
 * whether the text equals q. Exact bigint arithmetic: the result is correctly rounded.
 */
export function rationalToDecimal(q: Rational, digits: number): { text: string; exact: boolean } {
  if (q.num === 0n) return { text: "0", exact: true };
  const n = Q.abs(q.num);
  const d = q.den;
  let k = floorLog10(n, d);
  const shift = digits - 1 - k;
  const sn = shift >= 0 ? n * 10n ** BigInt(shift) : n;
  const sd = shift >= 0 ? d : d * 10n ** BigInt(-shift);
  let m = sn / sd;
  const rem = sn % sd;
  const twice = 2n * rem;
  if (twice > sd || (twice === sd && (m & 1n) === 1n)) m += 1n;
  let sig = m.toString();
  if (sig.length > digits) {
    // rounded up to 10^digits
    sig = sig.slice(0, digits);
    k += 1;
  }
  return { text: formatDigits(q.num < 0n, sig, k, digits), exact: rem === 0n };
}
