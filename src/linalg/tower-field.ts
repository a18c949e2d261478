// The Field over the numeric tower's numbers (exact rationals, radicals, symbolic constants, complex, and reals
// that carry their own error bounds), built per evaluation from numbers/' arithmetic, plus exact matrix norms and
// the error bound of a square root of a certified ball.
import { typeError } from "../core/index.js";
import * as N from "../numbers/index.js";
import type { Field } from "./field.js";
import { type Tensor, dims2 } from "./tensor.js";
import { norm } from "./vector.js";

/**
 * A Field over tower numbers; `exact` when every entry is exact (elimination pivots on the first non-zero entry
 * and tests zero exactly). Arithmetic is the tower's: exact for exact operands, error-tracked for reals.
 */
export function towerField(ctx: N.NumCtx, exact: boolean): Field<N.Num> {
  const real = (x: N.Num, what: string): N.RealLike => {
    if (x.kind === "complex") throw typeError(`${what} needs real entries`);
    return x;
  };
  return {
    name: "number",
    exact,
    roundoff: 0,
    zero: N.integer(0),
    one: N.integer(1),
    add: (a, b) => N.add(a, b, ctx),
    sub: (a, b) => N.sub(a, b, ctx),
    mul: (a, b) => N.mul(a, b, ctx),
    div: (a, b) => N.div(a, b, ctx),
    neg: N.neg,
    isZero: N.isExactZero,
    decideZero: (a) => {
      if (a.kind !== "complex") return N.isExact(a) ? N.isExactZero(a) : N.compare(a, N.integer(0) as N.RealLike, ctx) === 0;
      return N.compare(a.re, N.integer(0) as N.RealLike, ctx) === 0 && N.compare(a.im, N.integer(0) as N.RealLike, ctx) === 0;
    },
    equals: (a, b) => N.equals(a, b, ctx),
    fromInt: (n) => N.integer(n),
    magnitude: (a) => Math.abs(N.toFloat(a.kind === "complex" ? N.applyFunction("abs", [a], ctx) : a, ctx)),
    conj: (a) => (a.kind === "complex" ? N.applyFunction("conj", [a], ctx) : a),
    show: (a) => N.exactText(a) ?? "a real",
    sqrt: (a) => N.applyFunction("sqrt", [a], ctx),
    abs: (a) => N.applyFunction("abs", [a], ctx),
    compare: (a, b) => N.compare(real(a, "ordering"), real(b, "ordering"), ctx),
    pow: (a, p) => N.pow(a, p, ctx),
  };
}

/** Matrix norms over a field with abs/compare: 1 = max column sum of |a_ij|, inf = max row sum, fro (exact). */
export function matrixNorm<T>(F: Field<T>, a: Tensor<T>, kind: 1 | "inf" | "fro"): T {
  if (kind === "fro") return norm(F, a, 2);
  const [r, c] = dims2(a);
  const abs = F.abs, cmp = F.compare;
  if (!abs || !cmp) throw typeError(`matrix norms are not available for ${F.name} entries`);
  let best = F.zero;
  const outer = kind === 1 ? c : r, inner = kind === 1 ? r : c;
  for (let o = 0; o < outer; o++) {
    let s = F.zero;
    for (let i = 0; i < inner; i++) s = F.add(s, abs(a.data[kind === 1 ? i * c + o : o * c + i]!));
    if (cmp(s, best) > 0) best = s;
  }
  return best;
}

/**
 * For a certified ball lambda in [mid - r, mid + r] with lambda >= 0: a rational bound on |sqrt(mid') - sqrt(lambda)|
 * where mid' = max(mid, 0). That is r / sqrt(mid) when mid > 0 (|a - b| / (sqrt a + sqrt b)), else sqrt(r).
 * Rigorous: the float square roots are pushed outward by 2^-40 relative before becoming rationals.
 */
export function sqrtBallBound(mid: N.Num, r: N.Rational, ctx: N.NumCtx): N.Rational {
  const m = mid.kind === "complex" ? 0 : N.toFloat(mid, ctx);
  const SCALE = 1n << 60n;
  if (m > 0) {
    const lo = Math.sqrt(m) * (1 - 2 ** -40);
    const loQ = N.Q.make(BigInt(Math.floor(lo * 2 ** 60)), SCALE);
    if (loQ.num > 0n) return N.Q.div(r, loQ);
  }
  const hi = Math.sqrt(N.Q.toNumber(r)) * (1 + 2 ** -40) + Number.MIN_VALUE;
  return N.Q.make(BigInt(Math.ceil(hi * 2 ** 60)), SCALE);
}
