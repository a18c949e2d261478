// The Field interface every generic linalg algorithm is written against, and the built-in fields: exact
// rationals (Q), float64 and complex float64. The tower's Num field is built by the evaluator from numbers/ ops.
// Exact fields pivot on the first non-zero entry; numeric fields pivot on the largest magnitude.
import { Q, type Rational } from "../numbers/index.js";

export interface Field<T> {
  readonly name: string;
  /** True when + - * / are exact (pivot on first non-zero, isZero is an exact test). */
  readonly exact: boolean;
  readonly zero: T;
  readonly one: T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  /** a / b; callers never divide by an element for which isZero is true. */
  div(a: T, b: T): T;
  neg(a: T): T;
  isZero(a: T): boolean;
  equals(a: T, b: T): boolean;
  fromInt(n: number): T;
  /** A size used for partial pivoting in numeric fields (|a| or an upper bound); exact fields may return 0/1. */
  magnitude(a: T): number;
  /** Complex conjugate; the identity on real fields. */
  conj(a: T): T;
  /** Exact text, used in error messages and tests. */
  show(a: T): string;
  /**
   * Unit roundoff of + - * / (2^-53 for float64), used to scale the zero tolerance of numeric elimination;
   * 0 (or absent on an exact field) when isZero is an exact test, e.g. the tower's reals, which carry their error.
   */
  readonly roundoff?: number;
  /**
   * Optional exact decision "is a zero?" for inexact elements that know their own error (the tower's reals):
   * refines as needed and throws a UlpError when it cannot be decided. Pivot choices that change a result's
   * structure (rref, rank, nullspace, solve, inv) use it; absent, isZero (and the roundoff tolerance) decide.
   */
  decideZero?(a: T): boolean;
  /** Optional size of an exact element in decimal digits, so products can be checked against the digits limit. */
  digits?(a: T): number;
  /** Optional square root (2-norms); exact where the field can be (the tower gives sqrt(2) exactly). */
  sqrt?(a: T): T;
  /** Optional |a| as an element (1- and inf-norms; the modulus for complex fields). */
  abs?(a: T): T;
  /** Optional order on real elements (inf-norm, ranges). */
  compare?(a: T, b: T): -1 | 0 | 1;
  /** Optional a^p for real p (p-norms). */
  pow?(a: T, p: T): T;
}

/** Exact rationals: every operation is exact. */
export const QField: Field<Rational> = {
  name: "rational",
  exact: true,
  zero: Q.ZERO,
  one: Q.ONE,
  add: Q.add,
  sub: Q.sub,
  mul: Q.mul,
  div: Q.div,
  neg: Q.neg,
  isZero: Q.isZero,
  equals: Q.eq,
  fromInt: (n) => Q.fromInt(n),
  magnitude: (a) => (a.num === 0n ? 0 : 1),
  conj: (a) => a,
  show: Q.toString,
  abs: Q.absQ,
  compare: Q.cmp,
  digits: Q.digitEstimate,
};

/** IEEE float64: each operation correctly rounded (round to nearest even); algorithms state their error bounds. */
export const F64Field: Field<number> = {
  name: "float64",
  exact: false,
  roundoff: 2 ** -53,
  zero: 0,
  one: 1,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  neg: (a) => -a,
  isZero: (a) => a === 0,
  equals: (a, b) => a === b,
  fromInt: (n) => n,
  magnitude: Math.abs,
  conj: (a) => a,
  show: (a) => String(a),
  sqrt: Math.sqrt,
  abs: Math.abs,
  compare: (a, b) => (a < b ? -1 : a > b ? 1 : 0),
  pow: Math.pow,
};

/** A complex float64 number. */
export interface C64 {
  readonly re: number;
  readonly im: number;
}

export const c64 = (re: number, im = 0): C64 => ({ re, im });

/** Complex division by Smith's algorithm (no spurious overflow); each part within a few ulps. */
export function cdiv(a: C64, b: C64): C64 {
  if (Math.abs(b.re) >= Math.abs(b.im)) {
    const r = b.im / b.re;
    const d = b.re + b.im * r;
    return { re: (a.re + a.im * r) / d, im: (a.im - a.re * r) / d };
  }
  const r = b.re / b.im;
  const d = b.re * r + b.im;
  return { re: (a.re * r + a.im) / d, im: (a.im * r - a.re) / d };
}

/** Principal square root, accurate to a few ulps (Kahan's formulation). */
export function csqrt(a: C64): C64 {
  if (a.re === 0 && a.im === 0) return { re: 0, im: a.im };
  const m = Math.hypot(a.re, a.im);
  if (a.re >= 0) {
    const t = Math.sqrt((m + a.re) / 2);
    return { re: t, im: a.im / (2 * t) };
  }
  const t = Math.sqrt((m - a.re) / 2);
  return { re: Math.abs(a.im) / (2 * t), im: a.im < 0 ? -t : t };
}

/** Complex float64: + - * rounded per component (a few ulps); division by Smith's algorithm. */
export const C64Field: Field<C64> = {
  name: "complex float64",
  exact: false,
  roundoff: 2 ** -53,
  zero: { re: 0, im: 0 },
  one: { re: 1, im: 0 },
  add: (a, b) => ({ re: a.re + b.re, im: a.im + b.im }),
  sub: (a, b) => ({ re: a.re - b.re, im: a.im - b.im }),
  mul: (a, b) => ({ re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re }),
  div: cdiv,
  neg: (a) => ({ re: -a.re, im: -a.im }),
  isZero: (a) => a.re === 0 && a.im === 0,
  equals: (a, b) => a.re === b.re && a.im === b.im,
  fromInt: (n) => ({ re: n, im: 0 }),
  magnitude: (a) => Math.hypot(a.re, a.im),
  conj: (a) => ({ re: a.re, im: -a.im }),
  show: (a) => (a.im === 0 ? String(a.re) : `${a.re} ${a.im < 0 ? "-" : "+"} ${Math.abs(a.im)}i`),
  sqrt: csqrt,
  abs: (a) => ({ re: Math.hypot(a.re, a.im), im: 0 }),
};
