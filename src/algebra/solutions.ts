// The result of solve/nsolve (the `solutions` ValueJSON of DESIGN.md): variables in the order given, elements in
// contract order (real roots ascending, then complex by real then imaginary part), multiplicity, error bounds.
import type { Num, Rational } from "../numbers/index.js";
import type { Expr } from "./expr.js";

/** One solution: one value per variable (a number, or an expression when coefficients are symbolic). */
export interface SolutionElement {
  readonly values: readonly (Num | Expr)[];
  /** Multiplicity of a polynomial root, when above 1. */
  readonly multiplicity?: number;
  /** For numeric roots: a rigorous bound on |computed - true| (absolute; complex distance). */
  readonly errorBound?: Rational;
  /** True for a numeric root: `values` hold the exact midpoint of a ball of radius errorBound (print as decimals). */
  readonly numeric?: boolean;
}

export interface Solutions {
  readonly variables: readonly string[];
  readonly elements: readonly SolutionElement[];
  /** Infinitely many solutions: the variables as expressions in the free names. */
  readonly parametric?: { readonly free: readonly string[]; readonly elements: readonly SolutionElement[] };
  /** Every value solves it (0 = 0). */
  readonly all?: boolean;
}
