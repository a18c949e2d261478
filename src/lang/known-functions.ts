// The default `isFunction` predicate of parse(): common function names that may be applied without parentheses
// (`sin 30°`, `sqrt 2`). The evaluator passes the real predicate (builtins and user functions); this list only
// serves parse() called on its own. Keep it in sync with the builtins named in DESIGN.md.
const NAMES: ReadonlySet<string> = new Set([
  "sin", "cos", "tan", "sec", "csc", "cot",
  "asin", "acos", "atan", "asec", "acsc", "acot",
  "sinh", "cosh", "tanh", "asinh", "acosh", "atanh",
  "exp", "log", "ln", "log10", "lg", "log2", "lb",
  "sqrt", "cbrt", "abs", "floor", "ceil", "round", "trunc", "sign",
  "gamma", "lgamma", "erf", "erfc", "zeta", "factorial",
  "re", "im", "conj", "arg",
  "det", "inv", "transpose", "trace", "norm", "rank",
]);

export function isKnownFunction(name: string): boolean {
  return NAMES.has(name);
}
