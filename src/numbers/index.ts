// The numeric tower's public surface (the numbers helper fills in the rest; see CONTRIBUTING.md "numbers contract").
export * as Q from "./rational.js";
export type { Rational } from "./rational.js";
export type { Num, RealLike, RationalNum, RadicalNum, SymbolicNum, RealNum, ComplexNum, NumCtx } from "./num.js";
