// Cost model of single MPFR calls: one call cannot be interrupted, so its time is predicted from the function,
// the precision and the argument's size BEFORE the call, and refused (LimitError time) when the prediction exceeds
// the time left. Constants were measured on the 2-core CI machine (gmp-wasm 1.3.2, Node 20); see COST below.
import type { Budget } from "../core/index.js";
import { limitError } from "../core/index.js";

/**
 * Milliseconds of one call at 10 000 bits, and the growth exponent in the precision: ms = c * (p / 10^4)^g.
 * Measured with src/numbers/mpfr.ts on this 2-core machine under a shared load (load average ~10), one fresh
 * process per function (so constants like pi and ln 2 are computed, not cached), ms at 10^4 / 3*10^4 / 10^5 bits:
 *   exp 16/19/132, log 21/34/98, sin 8/43/110, atan 23/157/746, asin 18/122/450, sinh 18/106/384,
 *   asinh 41/126/352, atanh 61/83/328, sqrt 0.5/0.4/4.3, cbrt 1.3/1.7/7.1, const_pi 5/12/48, const_log2 25/11/42,
 *   pow 33/176/311, atan2 26/26/122, erf(1.37) 166/914/13359, erfc(1.37) 186/837/15491;
 * and at 10^3 / 3*10^3 / 10^4 bits: gamma(3.3) 82/499/6270, lgamma 56/495/6427, digamma 67/359/7523,
 * zeta(3.3) 285/1482/32733, const_euler 9/13/30, const_catalan 9/3/50.
 * The constants below are rounded up from these; gamma, lgamma, zeta, erf, erfc grow about quadratically.
 */
const COST: ReadonlyMap<string, readonly [ms10k: number, growth: number]> = new Map([
  ["add", [0.01, 1]],
  ["mul", [0.05, 1.4]],
  ["div", [0.1, 1.4]],
  ["sqrt", [0.6, 1.5]],
  ["cbrt", [1.5, 1.4]],
  ["root", [3, 1.4]],
  ["exp", [16, 1.5]],
  ["expm1", [18, 1.5]],
  ["ln", [22, 1.3]],
  ["log1p", [25, 1.3]],
  ["log2", [25, 1.3]],
  ["log10", [25, 1.3]],
  ["pow", [35, 1.4]],
  ["sin", [12, 1.5]],
  ["cos", [12, 1.5]],
  ["tan", [15, 1.5]],
  ["sec", [15, 1.5]],
  ["csc", [15, 1.5]],
  ["cot", [15, 1.5]],
  ["asin", [20, 1.5]],
  ["acos", [20, 1.5]],
  ["atan", [25, 1.55]],
  ["atan2", [27, 1.55]],
  ["sinh", [20, 1.5]],
  ["cosh", [20, 1.5]],
  ["tanh", [22, 1.5]],
  ["asinh", [42, 1.3]],
  ["acosh", [42, 1.3]],
  ["atanh", [62, 1.3]],
  ["hypot", [1, 1.4]],
  ["pi", [6, 1.25]],
  ["e", [16, 1.5]],
  ["ln2", [25, 1.25]],
  ["euler", [30, 1.4]],
  ["catalan", [50, 1.4]],
  ["gamma", [6500, 2]],
  ["lgamma", [6500, 2]],
  ["digamma", [7600, 2]],
  ["erf", [190, 2]],
  ["erfc", [190, 2]],
  ["zeta", [33000, 2]],
]);

/** Predicted milliseconds of one MPFR call of `op` at `prec` bits on an argument of binary exponent `argExp`. */
export function predictMs(op: string, prec: number, argExp = 0): number {
  const [ms10k, growth] = COST.get(op) ?? [100, 2];
  let ms = ms10k * (prec / 10_000) ** growth;
  const e = Math.max(0, argExp);
  // Trigonometric range reduction needs pi to about prec + e bits (then a division at that size).
  if (e > 0 && (op === "sin" || op === "cos" || op === "tan" || op === "sec" || op === "csc" || op === "cot")) {
    ms += 2 * 6 * ((prec + e) / 10_000) ** 1.3;
  }
  // exp-like and power functions reduce by ln 2 at prec + e bits.
  if (e > 0 && (op === "exp" || op === "expm1" || op === "sinh" || op === "cosh" || op === "pow")) {
    ms += 25 * ((prec + e) / 10_000) ** 1.3;
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
