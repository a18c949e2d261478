// PLACEHOLDER owned by the algebra helper: symbolic expressions, solve, diff, compile (issue 4).
/** An inert symbolic expression (also equations `left = right`). */
export interface Expr {
  readonly op: string;
}
/** The result of solve/nsolve: the `solutions` of the JSON contract. */
export interface Solutions {
  readonly variables: readonly string[];
}
