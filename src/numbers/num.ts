// The scalar values of the numeric tower, as a discriminated union of plain readonly objects.
// Promotion order: rational < radical < symbolic (all exact) < real (inexact); complex holds two real-line parts
// and keeps exact parts exact. Constructors in tower.ts normalize: a radical with b = 0 is a rational, a complex
// whose imaginary part is exactly 0 is its real part.
import type { Rational } from "./rational.js";
import type { RealNode } from "./real.js";
import type { SymForm } from "./symbolic.js";

export interface RationalNum {
  readonly kind: "rational";
  readonly value: Rational;
}

/** a + b*sqrt(d): d squarefree and >= 2, b != 0. */
export interface RadicalNum {
  readonly kind: "radical";
  readonly a: Rational;
  readonly b: Rational;
  readonly d: bigint;
}

/** Any other exact number (pi/4, cbrt(2), e): an exact form plus a lazy real approximation of it. */
export interface SymbolicNum {
  readonly kind: "symbolic";
  readonly form: SymForm;
  readonly approx: RealNode;
}

/** An inexact real: known to any requested precision with a rigorous error bound (or non-finite). */
export interface RealNum {
  readonly kind: "real";
  readonly approx: RealNode;
}

export type RealLike = RationalNum | RadicalNum | SymbolicNum | RealNum;

export interface ComplexNum {
  readonly kind: "complex";
  readonly re: RealLike;
  readonly im: RealLike;
}

export type Num = RealLike | ComplexNum;

/**
 * What numeric kernels may read: the budget (time, digits limit) and the significant digits the caller will
 * print, so that a kernel that must decide something (a comparison, floor of an inexact value) knows the scale.
 * Exact kernels take no context.
 */
export interface NumCtx {
  readonly budget: import("../core/index.js").Budget;
  readonly digits: number;
}
