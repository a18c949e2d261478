// nsolve: roots of equations without closed form. One unknown: a float64 phase (bisection inside a bracket, else
// damped Newton from the start value or a small set of starts), then Newton in exact rational arithmetic on the
// tower's values of f and f' until the step is below 10^-(digits+3) relative, then a certification by a sign
// change of f on [x - d, x + d] (intermediate value theorem; f continuous there), which gives the error bound d.
// Systems: Newton's method with the symbolic Jacobian, at high precision through the tower, error bound estimated
// from the last step (stated as an estimate).
import { Q, type Num, type NumCtx, type Rational } from "../../numbers/index.js";
import { domainError } from "../../core/index.js";
import { QField, solveSquare } from "../../linalg/index.js";
import { type Expr, exprNum, substitute } from "../expr.js";
import { evaluateClosed } from "../closed.js";
import { diffExpr } from "../diff.js";
import { compileExpr } from "../compile.js";
import { rat, numDecimal } from "../tower.js";
import type { Solutions } from "../solutions.js";

/** The exact rational of a decimal text "d.ddd", "-1.5e-7" (undefined for inf/nan). */
export function decimalToRational(text: string): Rational | undefined {
  const m = /^(-?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  const digits = BigInt(`${m[2]}${m[3] ?? ""}`);
  const exp = Number(m[4] ?? 0) - (m[3]?.length ?? 0);
  const q = exp >= 0 ? Q.fromInt(digits * 10n ** BigInt(exp)) : Q.make(digits, 10n ** BigInt(-exp));
  return m[1] ? Q.neg(q) : q;
}

function fromFloat(x: number): Rational {
  return decimalToRational(x.toExponential(17))!;
}

/** f(x) as a rational approximation with `digits` significant digits (through the tower), or undefined. */
function valueAt(f: Expr, x: string, at: Rational, digits: number, ctx: NumCtx): Rational | undefined {
  let v: Num | undefined;
  try {
    v = evaluateClosed(substitute(f, new Map([[x, exprNum(rat(at))]])), ctx);
  } catch {
    return undefined;
  }
  if (!v || v.kind === "complex") return undefined;
  if (v.kind === "rational") return v.value;
  const t = numDecimal(v, digits, ctx);
  return t === undefined ? undefined : decimalToRational(t);
}

function sign(f: Expr, x: string, at: Rational, ctx: NumCtx): number | undefined {
  const v = valueAt(f, x, at, 20, ctx);
  return v === undefined ? undefined : Q.sign(v);
}

function floatPhase(fn: (x: number) => number, dfn: (x: number) => number, start: number | [number, number]): number {
  if (Array.isArray(start)) {
    let [a, b] = start;
    let fa = fn(a);
    const fb = fn(b);
    if (fa === 0) return a;
    if (fb === 0) return b;
    if (Math.sign(fa) === Math.sign(fb)) {
      throw domainError("out-of-domain", "the bracket [a, b] must enclose a sign change of the function");
    }
    for (let i = 0; i < 200 && b - a > 0; i++) {
      const m = (a + b) / 2;
      if (m === a || m === b) break;
      const fm = fn(m);
      if (Math.sign(fm) === Math.sign(fa)) [a, fa] = [m, fm];
      else b = m;
    }
    return (a + b) / 2;
  }
  const starts = [start, start + 1, start - 1, start + 0.5, start * 2 + 0.1, start - 3, start + 3];
  for (const s of starts) {
    let x = s;
    for (let i = 0; i < 100; i++) {
      const fx = fn(x);
      const d = dfn(x);
      if (!Number.isFinite(fx) || !Number.isFinite(d) || d === 0) break;
      let step = fx / d;
      let t = 1;
      while (t > 1e-4 && !(Math.abs(fn(x - t * step)) <= Math.abs(fx))) t /= 2;
      step *= t;
      x -= step;
      if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(x))) return x;
    }
    if (Math.abs(fn(x)) < 1e-10) return x;
  }
  throw domainError("no-convergence", "Newton's method did not converge from the given start", {
    notes: ["give a bracket [a, b] with a sign change, or another start value"],
  });
}

/**
 * A root of `f = 0` near `start` (or inside the bracket), to ctx.digits significant digits, with a rigorous
 * error bound from a sign change (when the tower can evaluate f at high precision; else a float64 result with
 * a residual-based estimate). DomainError no-convergence when no root is found.
 */
export function nsolveOne(f: Expr, x: string, start: number | [number, number], ctx: NumCtx): Solutions {
  const c = compileExpr(f, [x], ctx);
  const df = diffExpr(f, x, 1, ctx);
  const dc = compileExpr(df, [x], ctx);
  const x0 = floatPhase((t) => c.fn(t), (t) => dc.fn(t), start);
  const work = ctx.digits + 10;
  let q = fromFloat(x0);
  let ok = false;
  for (let i = 0; i < 60; i++) {
    ctx.budget.tick();
    const fv = valueAt(f, x, q, work, ctx);
    const dv = valueAt(df, x, q, work, ctx);
    if (fv === undefined || dv === undefined || Q.isZero(dv)) break;
    const step = Q.div(fv, dv);
    q = roundRel(Q.sub(q, step), work);
    const tol = Q.mul(Q.absQ(q).num === 0n ? Q.ONE : Q.absQ(q), Q.make(1n, 10n ** BigInt(ctx.digits + 3)));
    if (Q.cmp(Q.absQ(step), tol) <= 0) {
      ok = true;
      break;
    }
  }
  const scale = Q.isZero(q) ? Q.ONE : Q.absQ(q);
  let delta = Q.mul(scale, Q.make(1n, 10n ** BigInt(ok ? ctx.digits + 2 : 14)));
  for (let k = 0; k < 8; k++) {
    const lo = sign(f, x, Q.sub(q, delta), ctx);
    const hi = sign(f, x, Q.add(q, delta), ctx);
    if (lo !== undefined && hi !== undefined && lo * hi <= 0) {
      return { variables: [x], elements: [{ values: [rat(q)], errorBound: delta, numeric: true }] };
    }
    delta = Q.mul(delta, Q.fromInt(100));
  }
  const fq = valueAt(f, x, q, work, ctx);
  if (fq !== undefined && Q.isZero(fq)) {
    return { variables: [x], elements: [{ values: [rat(q)], errorBound: Q.ZERO, numeric: true }] };
  }
  throw domainError("no-convergence", "no root could be certified near the start value (no sign change)", {
    notes: ["a root of even multiplicity has no sign change; for polynomials use solve"],
  });
}

/** q rounded to about `digits` significant decimal digits (keeps Newton's rationals small). */
function roundRel(q: Rational, digits: number): Rational {
  if (Q.isZero(q)) return q;
  const mag = Math.floor(Math.log10(Math.abs(Q.toNumber(q)) || 1e-300));
  const e = digits - mag;
  const s = e >= 0 ? Q.fromInt(10n ** BigInt(e)) : Q.make(1n, 10n ** BigInt(-e));
  return Q.div(Q.fromInt(Q.roundHalfEven(Q.mul(q, s))), s);
}

/**
 * Newton's method for a square system f_i(vars) = 0 from the start values, at ctx.digits + 10 digits through the
 * tower. The error bound is an estimate (the last Newton step), not a proof.
 */
export function nsolveSystem(fs: readonly Expr[], vars: readonly string[], start: readonly number[], ctx: NumCtx): Solutions {
  if (fs.length !== vars.length) {
    throw domainError("out-of-domain", `nsolve needs as many equations as unknowns (${fs.length} and ${vars.length})`);
  }
  const n = vars.length;
  const J = fs.map((f) => vars.map((v) => diffExpr(f, v, 1, ctx)));
  let xs = start.map(fromFloat);
  const work = ctx.digits + 10;
  const at = (e: Expr): Rational => {
    const m = new Map(vars.map((v, i) => [v, exprNum(rat(xs[i]!))]));
    const v = evaluateClosed(substitute(e, m), ctx);
    if (!v || v.kind === "complex") throw domainError("no-convergence", "the system left the real domain during Newton's method");
    if (v.kind === "rational") return v.value;
    const t = numDecimal(v, work, ctx);
    const r = t === undefined ? undefined : decimalToRational(t);
    if (!r) throw domainError("no-convergence", "the system could not be evaluated during Newton's method");
    return r;
  };
  let last: Rational = Q.ONE;
  for (let it = 0; it < 100; it++) {
    ctx.budget.tick();
    const F = fs.map(at);
    const Jm = J.flatMap((row) => row.map(at));
    let step;
    try {
      step = solveSquare(QField, { shape: [n, n], data: Jm }, { shape: [n], data: F }, ctx.budget);
    } catch {
      throw domainError("no-convergence", "the Jacobian is singular at an iterate; try another start");
    }
    xs = xs.map((x, i) => roundRel(Q.sub(x, step.data[i]!), work));
    last = step.data.reduce((m, s) => (Q.cmp(Q.absQ(s), m) > 0 ? Q.absQ(s) : m), Q.ZERO);
    const scale = xs.reduce((m, s) => (Q.cmp(Q.absQ(s), m) > 0 ? Q.absQ(s) : m), Q.ONE);
    if (Q.cmp(last, Q.mul(scale, Q.make(1n, 10n ** BigInt(ctx.digits + 3)))) <= 0) {
      return { variables: [...vars], elements: [{ values: xs.map(rat), errorBound: Q.mul(scale, Q.make(1n, 10n ** BigInt(ctx.digits + 2))), numeric: true }] };
    }
  }
  throw domainError("no-convergence", "Newton's method did not converge for the system", { notes: ["try other start values"] });
}
