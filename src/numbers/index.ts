// The numeric tower's public surface: exact rationals (Q), the Num union, constructors, arithmetic with size
// prediction, every scalar function by name, literals, exact text and decimal output. Other layers import only this.
export * as Q from "./rational.js";
export type { Rational } from "./rational.js";
export type { Num, RealLike, RationalNum, RadicalNum, SymbolicNum, RealNum, ComplexNum, NumCtx } from "./num.js";
export type { SymForm } from "./symbolic.js";
export { ready } from "./real.js";
import * as Q from "./rational.js";
import type { Rational } from "./rational.js";
import type { Num } from "./num.js";
import { rat, complex as makeComplex } from "./tower.js";

/** The exact rational q as a Num. */
export const rational = (q: Rational): Num => rat(q);
/** The exact integer n (a JS number must be a safe integer). */
export const integer = (n: bigint | number): Num => rat(Q.fromInt(n));
/** The exact binary value of a float64 (0.1 gives 3602879701896397/36028797018963968); non-finite gives inf/nan. */
export function fromFloat(x: number): Num {
  if (Number.isNaN(x)) return constant("nan")!;
  if (!Number.isFinite(x)) return x > 0 ? constant("inf")! : neg(constant("inf")!);
  return rat(floatToRational(x));
}
function floatToRational(x: number): Rational {
  if (x === 0) return Q.ZERO;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const bits = buf.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const e = Number((bits >> 52n) & 0x7ffn);
  const frac = bits & ((1n << 52n) - 1n);
  const m = e === 0 ? frac : frac | (1n << 52n);
  const exp = (e === 0 ? 1 : e) - 1075;
  return exp >= 0 ? Q.fromInt(sign * (m << BigInt(exp))) : Q.make(sign * m, 1n << BigInt(-exp));
}
/** re + im*i, normalized (an exactly-zero imaginary part gives a real). */
export const complex = makeComplex;

export { literal, parseLiteral } from "./literal.js";
export { constant, constantNames } from "./constants.js";
import { constant } from "./constants.js";
import { neg } from "./ops.js";
export {
  add, sub, mul, div, neg, pow, intDiv, mod, rem, compare, equals, isExact, isExactZero, isExactInteger,
  toBigInt, toFloat, toDecimal, type DecimalText,
} from "./ops.js";
export { applyFunction, scalarFunctionNames, scalarFunctionArity } from "./functions.js";
export { exactText, complexText, realExactText } from "./exact-text.js";
export { factorInt, bitLen } from "./integer.js";
export { isPrime } from "./special.js";
export { approxOf, floorR as floor, signR as sign } from "./tower.js";
export { enclose } from "./real.js";
