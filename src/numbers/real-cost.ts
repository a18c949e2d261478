// Cost model of single MPFR calls: one call cannot be interrupted, so its time is predicted from the function,
// the precision and the argument's size BEFORE the call, and refused (LimitError time) when the prediction exceeds
// the time left. Constants were measured on the 2-core CI machine (gmp-wasm 1.3.2, Node 20); see COST below.
import type { Budget } from "../core/index.js";
import { limitError } from "../core/index.js";

/**
 * Milliseconds of one call at 10 000 bits, and the growth exponent in the precision. Measured (median of 3) at
 * 3 400 / 33 300 / 333 000 bits for argument 1 (ms): exp 0.15/4.1/64, sin 0.9/24/414, const_pi ~0.3/4/60 (cached
 * afterwards), log 0.3/8/130, atan 1.4/40/700, gamma 6/600/-, zeta(3) 40/5000/- (cubic-like: refused early),
 * erf 2/200/-. Elementary functions grow like p^1.25 (binary splitting, subquadratic mul); gamma, lgamma, zeta,
 * erf and erfc use series whose term count grows with p, so they grow like p^2 or worse.
 */
const COST: ReadonlyMap<string, readonly [ms10k: number, growth: number]> = new Map([
  ["add", [0.002, 1]],
  ["mul", [0.01, 1.3]],
  ["div", [0.02, 1.3]],
  ["sqrt", [0.02, 1.3]],
  ["cbrt", [0.05, 1.3]],
  ["root", [0.1, 1.3]],
  ["exp", [0.9, 1.25]],
  ["expm1", [1, 1.25]],
  ["ln", [1.8, 1.25]],
  ["log1p", [2, 1.25]],
  ["log2", [2, 1.25]],
  ["log10", [2, 1.25]],
  ["pow", [3, 1.25]],
  ["sin", [5, 1.25]],
  ["cos", [5, 1.25]],
  ["tan", [6, 1.25]],
  ["sec", [6, 1.25]],
  ["csc", [6, 1.25]],
  ["cot", [6, 1.25]],
  ["asin", [9, 1.25]],
  ["acos", [9, 1.25]],
  ["atan", [9, 1.25]],
  ["atan2", [9, 1.25]],
  ["sinh", [1, 1.25]],
  ["cosh", [1, 1.25]],
  ["tanh", [1.2, 1.25]],
  ["asinh", [2, 1.25]],
  ["acosh", [2, 1.25]],
  ["atanh", [2, 1.25]],
  ["hypot", [0.05, 1.3]],
  ["pi", [0.9, 1.25]],
  ["e", [0.9, 1.25]],
  ["ln2", [0.9, 1.25]],
  ["euler", [20, 1.6]],
  ["catalan", [20, 1.6]],
  ["gamma", [60, 2]],
  ["lgamma", [60, 2]],
  ["digamma", [60, 2]],
  ["erf", [20, 2]],
  ["erfc", [20, 2]],
  ["zeta", [600, 2.6]],
]);

/** Predicted milliseconds of one MPFR call of `op` at `prec` bits on an argument of binary exponent `argExp`. */
export function predictMs(op: string, prec: number, argExp = 0): number {
  const [ms10k, growth] = COST.get(op) ?? [10, 2];
  let ms = ms10k * (prec / 10_000) ** growth;
  const e = Math.max(0, argExp);
  // Trigonometric range reduction needs pi to about prec + e bits (then a division at that size).
  if (e > 0 && (op === "sin" || op === "cos" || op === "tan" || op === "sec" || op === "csc" || op === "cot")) {
    ms += 2 * 0.9 * ((prec + e) / 10_000) ** 1.25;
  }
  // exp-like and power functions reduce by ln 2 at prec + e bits.
  if (e > 0 && (op === "exp" || op === "expm1" || op === "sinh" || op === "cosh" || op === "pow")) {
    ms += 0.9 * ((prec + e) / 10_000) ** 1.25;
  }
  // gamma/lgamma/zeta/erf on large arguments: asymptotic expansions, roughly independent of the size; but the
  // number of terms below the argument grows with it for erf/erfc near the crossover.
  if (e > 0 && (op === "gamma" || op === "lgamma" || op === "erf" || op === "erfc" || op === "zeta")) {
    ms *= 1 + Math.min(e, 64) / 16;
  }
  return ms;
}

/** Throws LimitError("timeMs") when the predicted time of the call exceeds what is left; checks the deadline. */
export function checkCost(op: string, prec: number, argExp: number, budget: Budget): void {
  budget.checkTime();
  const ms = predictMs(op, prec, argExp);
  if (ms > 5 && ms > budget.remainingMs()) {
    throw limitError(
      "timeMs",
      budget.limits.timeMs,
      `${op} at ${prec} bits would take about ${Math.round(ms)} ms, more than the ${Math.max(0, Math.round(budget.remainingMs()))} ms left of the time limit`,
    );
  }
}
