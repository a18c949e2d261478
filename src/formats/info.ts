// The table of properties of a format (formatinfo, docs/formats.md): range, precision and special values, exact.
import { Q, type Rational } from "../numbers/index.js";
import type { NumberFormat } from "./types.js";
import * as B from "./binary-format.js";

export interface FormatInfo {
  readonly format: NumberFormat;
  /** Largest finite value. */
  readonly max: Rational;
  /** Smallest positive normal value (the smallest positive value for pow2 and ints). */
  readonly min_normal: Rational;
  /** Smallest positive value (subnormal where the format has them). */
  readonly min_subnormal: Rational;
  /** Machine epsilon: the gap between 1 and the next value, 2^-mbits (1 for ints, and 1 for E8M0's 1 -> 2). */
  readonly epsilon: Rational;
  /** Unit roundoff of nearest rounding: epsilon / 2. */
  readonly unit_roundoff: Rational;
  /** Number of distinct finite values (+0 and -0 counted once). */
  readonly finite_values: bigint;
  readonly has_inf: boolean;
  readonly has_nan: boolean;
  /** Number of NaN codes. */
  readonly nan_codes: bigint;
}

/** The exact properties of `f`. */
export function formatInfo(f: NumberFormat): FormatInfo {
  if (f.kind === "int") {
    const [lo, hi] = B.intRange(f);
    return {
      format: f,
      max: Q.fromInt(hi),
      min_normal: Q.ONE,
      min_subnormal: Q.ONE,
      epsilon: Q.ONE,
      unit_roundoff: Q.make(1n, 2n),
      finite_values: hi - lo + 1n,
      has_inf: false,
      has_nan: false,
      nan_codes: 0n,
    };
  }
  const maxOrd = B.maxOrdinal(f);
  const m = BigInt(f.mbits);
  const minNormal = f.kind === "pow2" ? B.ordinalValue(f, 0n) : B.ordinalValue(f, 1n << m);
  const minSub = f.kind === "pow2" || !f.subnormals ? minNormal : B.ordinalValue(f, 1n);
  const eps = B.dyadic(1n, -f.mbits);
  const zeroCodes = f.kind === "pow2" ? 0n : 1n;
  const flushed = f.kind === "float" && !f.subnormals ? (1n << m) - 1n : 0n;
  // positive ordinals 1..maxOrd (minus flushed codes), mirrored when signed, plus one zero
  const positive = (f.kind === "pow2" ? maxOrd + 1n : maxOrd) - flushed;
  const magnitudes = BigInt(1) << BigInt(B.magBits(f));
  const nanCodes = (magnitudes - 1n - maxOrd - (B.hasInf(f) ? 1n : 0n)) * (f.signed ? 2n : 1n);
  return {
    format: f,
    max: B.ordinalValue(f, maxOrd),
    min_normal: minNormal,
    min_subnormal: minSub,
    epsilon: eps,
    unit_roundoff: Q.div(eps, Q.fromInt(2)),
    finite_values: (f.signed ? 2n * positive : positive) + zeroCodes,
    has_inf: B.hasInf(f),
    has_nan: B.hasNaN(f),
    nan_codes: nanCodes,
  };
}
