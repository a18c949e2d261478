// L-Mul approximate multiplication (Luo & Sun 2024, "Addition is All You Need for Energy-efficient Language
// Models", eq. 3): for x = (1 + xm) 2^xe and y = (1 + ym) 2^ye with m-bit mantissas, the product
// (1 + xm + ym + xm*ym) 2^(xe+ye) is replaced by (1 + xm + ym + 2^-l(m)) 2^(xe+ye), l(m) = m (m <= 3), 3 (m = 4),
// 4 (m > 4). The mantissa product becomes an addition: the energy saving the paper measures.
import { Q, type Rational } from "../numbers/index.js";
import type { RoundingMode } from "../core/index.js";
import type { NumberFormat } from "./types.js";
import * as B from "./binary-format.js";
import { roundRational } from "./round.js";

/** The offset exponent l(m) of the paper. */
export function lmulOffset(m: number): number {
  return m <= 3 ? m : m === 4 ? 3 : 4;
}

export interface LmulResult {
  /** The inputs rounded into the format (nearest-even by default). */
  readonly a: Rational;
  readonly b: Rational;
  /** The L-Mul value (exact rational of the formula above; not rounded further). */
  readonly approx: Rational;
  /** The exact product of the rounded inputs. */
  readonly exact: Rational;
  readonly abs_error: Rational;
  /** |approx - exact| / |exact| (0 when exact is 0). */
  readonly rel_error: Rational;
}

/**
 * L-Mul of a and b after rounding both into `fmt` (mantissa width m = fmt.mbits): exact evaluation of the
 * formula, with its error against the exact product of the rounded inputs. Zero if either rounded input is 0.
 * An input that overflows the format (inf or NaN) throws RangeError (the builtin reports a DomainError).
 */
export function lmul(a: Rational, b: Rational, fmt: NumberFormat, mode: RoundingMode = "nearest_even"): LmulResult {
  const ra = roundFinite(a, fmt, mode);
  const rb = roundFinite(b, fmt, mode);
  const exact = Q.mul(ra, rb);
  let approx = Q.ZERO;
  if (ra.num !== 0n && rb.num !== 0n) {
    const [fa, ea] = split(Q.absQ(ra));
    const [fb, eb] = split(Q.absQ(rb));
    const mant = Q.add(Q.add(Q.add(Q.ONE, fa), fb), B.dyadic(1n, -lmulOffset(fmt.mbits)));
    approx = Q.mul(mant, B.dyadic(1n, ea + eb));
    if ((ra.num < 0n) !== (rb.num < 0n)) approx = Q.neg(approx);
  }
  const abs = Q.absQ(Q.sub(approx, exact));
  return { a: ra, b: rb, approx, exact, abs_error: abs, rel_error: exact.num === 0n ? Q.ZERO : Q.div(abs, Q.absQ(exact)) };
}

/** x > 0 as (1 + f) * 2^e with f in [0, 1). */
function split(x: Rational): [Rational, number] {
  const e = B.floorLog2(x);
  return [Q.sub(Q.mul(x, B.dyadic(1n, -e)), Q.ONE), e];
}

function roundFinite(x: Rational, fmt: NumberFormat, mode: RoundingMode): Rational {
  const d = B.decode(fmt, roundRational(fmt, x, mode, "nonfinite"));
  if (d.kind !== "finite") throw new RangeError(`lmul: ${Q.toString(x)} overflows ${fmt.name}`);
  return d.value;
}
