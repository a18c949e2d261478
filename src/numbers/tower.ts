// The promotion table of the real line: rational < radical < symbolic (exact, one SymForm engine) < real (lazy,
// inexact). Constructors normalize (a radical with b = 0 is a rational, a form that is a + b*sqrt(d) is a radical),
// and every arithmetic result is exact when both operands are exact and the result stays in the exact forms;
// otherwise it is a lazy real whose decimal digits are correctly rounded on output (real.ts).
import { domainError, limitError, type Budget } from "../core/index.js";
import * as Q from "./rational.js";
import type { Rational } from "./rational.js";
import * as S from "./symbolic.js";
import type { SymForm } from "./symbolic.js";
import * as R from "./real.js";
import type { RealNode } from "./real.js";
import type { RealLike, RationalNum, RealNum, NumCtx, Num, ComplexNum } from "./num.js";

/** Exact constructors (no rounding): a rational, an integer, a lazy real; ZERO and ONE. */
export const rat = (q: Rational): RationalNum => ({ kind: "rational", value: q });
export const int = (n: bigint | number): RationalNum => rat(Q.fromInt(n));
export const real = (approx: RealNode): RealNum => ({ kind: "real", approx });
export const ZERO = rat(Q.ZERO);
export const ONE = rat(Q.ONE);

/** Predicates on real-line values: exact (not a lazy real), exactly zero. */
export const isExactReal = (x: RealLike): boolean => x.kind !== "real";
export const isZeroR = (x: RealLike): boolean => x.kind === "rational" && x.value.num === 0n;

const approxCache = new WeakMap<SymForm, RealNode>();

/** The lazy real of an exact form: sum of coef * constants^e * m^(1/k), built once per form. */
export function formApprox(f: SymForm): RealNode {
  const hit = approxCache.get(f);
  if (hit) return hit;
  let acc: RealNode | undefined;
  for (const t of f.terms) {
    let node = R.realFromRational(t.coef);
    for (const [c, e] of t.mono.consts) {
      const base = R.realConst(c);
      const p = e.den === 1n && e.num === 1n ? base : R.realOp("pow", [base, R.realFromRational(e)]);
      node = R.realOp("mul", [node, p]);
    }
    for (const [k, m] of t.mono.roots) {
      const rad = R.realFromRational(Q.fromInt(m));
      const r = k === 2 ? R.realOp("sqrt", [rad]) : k === 3 ? R.realOp("cbrt", [rad]) : R.realOp("root", [rad, R.realFromRational(Q.fromInt(k))]);
      node = R.realOp("mul", [node, r]);
    }
    for (const n of t.mono.nested ?? []) {
      const rad = formApprox(n.radicand);
      let r =
        n.k === 2 ? R.realOp("sqrt", [rad]) : n.k === 3 ? R.realOp("cbrt", [rad]) : R.realOp("root", [rad, R.realFromRational(Q.fromInt(n.k))]);
      if (n.j > 1) r = R.realOp("pow", [r, R.realFromRational(Q.fromInt(n.j))]);
      node = R.realOp("mul", [node, r]);
    }
    acc = acc ? R.realOp("add", [acc, node]) : node;
  }
  const out = acc ?? R.realFromRational(Q.ZERO);
  approxCache.set(f, out);
  return out;
}

/** The exact number of a form, demoted to rational or radical when it has that shape. */
export function fromForm(f: SymForm): RealLike {
  const q = S.asRational(f);
  if (q) return rat(q);
  const r = S.asRadical(f);
  if (r) return { kind: "radical", a: r.a, b: r.b, d: r.d };
  return { kind: "symbolic", form: f, approx: formApprox(f) };
}

const radicalForms = new WeakMap<object, SymForm>();

/** The exact form of an exact real (undefined for a lazy real). */
export function toForm(x: RealLike): SymForm | undefined {
  switch (x.kind) {
    case "rational":
      return S.fromRational(x.value);
    case "radical": {
      const hit = radicalForms.get(x);
      if (hit) return hit;
      const f: SymForm = {
        terms: [
          ...(Q.isZero(x.a) ? [] : [{ coef: x.a, mono: S.EMPTY_MONO }]),
          { coef: x.b, mono: { consts: [], roots: [[2, x.d] as const] } },
        ],
      };
      radicalForms.set(x, f);
      return f;
    }
    case "symbolic":
      return x.form;
    case "real":
      return undefined;
  }
}

/** The lazy real of any real-line value. */
export function approxOf(x: RealLike): RealNode {
  switch (x.kind) {
    case "rational":
      return R.realFromRational(x.value);
    case "radical":
      return formApprox(toForm(x)!);
    case "symbolic":
    case "real":
      return x.approx;
  }
}

/** Apply a real operation to the lazy reals of the operands (inexact result). */
export function realApply(op: R.RealOp, ...args: RealLike[]): RealNum {
  return real(R.realOp(op, args.map(approxOf)));
}

type FormOp = (a: SymForm, b: SymForm) => SymForm | undefined;

function exactOr(a: RealLike, b: RealLike, f: FormOp, op: R.RealOp): RealLike {
  const fa = toForm(a);
  const fb = toForm(b);
  if (fa && fb) {
    const r = f(fa, fb);
    if (r) return fromForm(r);
  }
  return realApply(op, a, b);
}

/** a + b*sqrt(d) normalized (b = 0 gives a rational). */
const mkRad = (a: Rational, b: Rational, d: bigint): RealLike => (Q.isZero(b) ? rat(a) : { kind: "radical", a, b, d });

/** Parts (a, b) of a value of Q(sqrt(d)) when x is rational or a radical over d, else undefined. */
function quadParts(x: RealLike, d: bigint): [Rational, Rational] | undefined {
  if (x.kind === "rational") return [x.value, Q.ZERO];
  if (x.kind === "radical" && x.d === d) return [x.a, x.b];
  return undefined;
}

/** Fast path of the field operations inside one Q(sqrt(d)) (no SymForm needed). */
function quadOp(a: RealLike, b: RealLike, op: "add" | "sub" | "mul" | "div"): RealLike | undefined {
  const d = a.kind === "radical" ? a.d : b.kind === "radical" ? b.d : undefined;
  if (d === undefined) return undefined;
  const x = quadParts(a, d);
  const y = quadParts(b, d);
  if (!x || !y) return undefined;
  const D = Q.fromInt(d);
  switch (op) {
    case "add":
      return mkRad(Q.add(x[0], y[0]), Q.add(x[1], y[1]), d);
    case "sub":
      return mkRad(Q.sub(x[0], y[0]), Q.sub(x[1], y[1]), d);
    case "mul":
      return mkRad(Q.add(Q.mul(x[0], y[0]), Q.mul(Q.mul(x[1], y[1]), D)), Q.add(Q.mul(x[0], y[1]), Q.mul(x[1], y[0])), d);
    case "div": {
      // (x0 + x1 r)(y0 - y1 r) / (y0^2 - y1^2 d); the norm is non-zero for y != 0 since d is not a square
      const n = Q.sub(Q.mul(y[0], y[0]), Q.mul(Q.mul(y[1], y[1]), D));
      const re = Q.sub(Q.mul(x[0], y[0]), Q.mul(Q.mul(x[1], y[1]), D));
      const im = Q.sub(Q.mul(x[1], y[0]), Q.mul(x[0], y[1]));
      return mkRad(Q.div(re, n), Q.div(im, n), d);
    }
  }
}

/** a + b: exact when both are exact (rational fast path), else a lazy real. */
export function addR(a: RealLike, b: RealLike): RealLike {
  if (a.kind === "rational" && b.kind === "rational") return rat(Q.add(a.value, b.value));
  const q = quadOp(a, b, "add");
  if (q) return q;
  if (isZeroR(a)) return b;
  if (isZeroR(b)) return a;
  return exactOr(a, b, S.add, "add");
}

/** -a, exact for exact values (a lazy negation otherwise; negation never rounds). */
export function negR(a: RealLike): RealLike {
  switch (a.kind) {
    case "rational":
      return rat(Q.neg(a.value));
    case "radical":
      return { kind: "radical", a: Q.neg(a.a), b: Q.neg(a.b), d: a.d };
    case "symbolic":
      return fromForm(S.neg(a.form));
    case "real":
      return real(R.realOp("neg", [a.approx]));
  }
}

/** a - b: exact when both are exact (Q(sqrt(d)) and rational fast paths), else a lazy real. */
export function subR(a: RealLike, b: RealLike): RealLike {
  if (a.kind === "rational" && b.kind === "rational") return rat(Q.sub(a.value, b.value));
  if (isZeroR(b)) return a;
  const q = quadOp(a, b, "sub");
  if (q) return q;
  return exactOr(a, b, S.sub, "sub");
}

/** a * b: exact when both are exact; an exact 0 times anything finite is exact 0. */
export function mulR(a: RealLike, b: RealLike): RealLike {
  if (a.kind === "rational" && b.kind === "rational") return rat(Q.mul(a.value, b.value));
  if ((isZeroR(a) && isExactReal(b)) || (isZeroR(b) && isExactReal(a))) return ZERO;
  if (a.kind === "rational" && Q.eq(a.value, Q.ONE)) return b;
  if (b.kind === "rational" && Q.eq(b.value, Q.ONE)) return a;
  const q = quadOp(a, b, "mul");
  if (q) return q;
  return exactOr(a, b, S.mul, "mul");
}

/** a / b: exact when both are exact (denominators rationalized); division by an exact 0 is a DomainError. */
export function divR(a: RealLike, b: RealLike): RealLike {
  if (isZeroR(b)) throw domainError("division-by-zero", "division by zero");
  if (a.kind === "rational" && b.kind === "rational") return rat(Q.div(a.value, b.value));
  if (isZeroR(a) && isExactReal(b)) return ZERO;
  const q = quadOp(a, b, "div");
  if (q) return q;
  return exactOr(a, b, S.div, "div");
}

/** Working-precision cap (bits) for deciding signs and floors: what the digits limit allows, at most ~64k bits. */
export function decideBits(ctx: NumCtx): number {
  return Math.min(Math.ceil(ctx.budget.limits.digits * 3.33), 65536 + ctx.digits * 4);
}

function undecided(ctx: NumCtx, what: string): Error {
  return limitError("digits", ctx.budget.limits.digits, `${what} could not be decided within the digits limit (the values may be equal)`);
}

/** Sign of a real-line value: exact for exact values (a non-zero form is non-zero), refined for reals. */
export function signR(x: RealLike, ctx: NumCtx): -1 | 0 | 1 {
  if (x.kind === "rational") return Q.sign(x.value);
  if (x.kind === "radical") {
    // sign of a + b sqrt(d): compare a^2 with b^2 d when the signs differ.
    const sa = Q.sign(x.a);
    const sb = Q.sign(x.b);
    if (sa === 0 || sa === sb) return sb;
    const c = Q.cmp(Q.mul(x.a, x.a), Q.mul(Q.mul(x.b, x.b), Q.fromInt(x.d)));
    return c > 0 ? sa : sb;
  }
  if (x.kind === "symbolic" && S.isZero(x.form)) return 0;
  const e = R.enclose(x.approx, 64, ctx);
  if (e === "nan") throw domainError("out-of-domain", "nan has no sign and no order");
  if (e === "inf") return 1;
  if (e === "-inf") return -1;
  const s = R.realSign(x.approx, ctx);
  if (s === undefined) throw undecided(ctx, "the sign of a real value");
  return s;
}

/**
 * compare(a, b): -1, 0 or 1, exact for exact values. For lazy reals the difference is refined until its sign is
 * certain; a difference that may be exactly 0 (sin(pi) computed as a real) raises LimitError limit-digits; nan
 * raises DomainError out-of-domain.
 */
export function compareR(a: RealLike, b: RealLike, ctx: NumCtx): -1 | 0 | 1 {
  if (a.kind === "rational" && b.kind === "rational") return Q.cmp(a.value, b.value);
  const fa = toForm(a);
  const fb = toForm(b);
  if (fa && fb) {
    if (S.equal(fa, fb)) return 0;
    const d = S.sub(fa, fb);
    if (d) return signR(fromForm(d), ctx);
  }
  const ea = R.enclose(approxOf(a), 64, ctx);
  const eb = R.enclose(approxOf(b), 64, ctx);
  if (ea === "nan" || eb === "nan") throw domainError("out-of-domain", "nan has no order");
  if (typeof ea === "string" || typeof eb === "string") {
    const rank = (e: typeof ea) => (e === "inf" ? 1 : e === "-inf" ? -1 : 0);
    const ra = rank(ea);
    const rb = rank(eb);
    if (ra === rb) {
      if (ra !== 0) return 0;
    } else return ra < rb ? -1 : 1;
  }
  return signR(subR(a, b), ctx);
}

/** floor of a real-line value, exact: rationals directly, others by refining an enclosure until certain. */
export function floorR(x: RealLike, ctx: NumCtx): bigint {
  if (x.kind === "rational") return Q.floor(x.value);
  // enclosures are relative: a value near 2^M needs about M + 64 bits to separate it from the next integer
  const limitBits = Math.ceil(ctx.budget.limits.digits * 3.33) + 64;
  let cap = decideBits(ctx);
  for (let prec = 64; ; ) {
    ctx.budget.checkTime();
    const e = R.enclose(approxOf(x), prec, ctx);
    if (typeof e === "string") throw domainError("out-of-domain", `${e} has no integer part`);
    const lo = Q.floor(e.lo);
    const hi = Q.floor(e.hi);
    if (lo === hi) return lo;
    const mag = Math.max(Q.bitLength(lo), Q.bitLength(hi));
    cap = Math.min(limitBits, Math.max(cap, mag + 128));
    if (prec >= cap) throw undecided(ctx, "the integer part of a real value");
    prec = Math.min(cap, Math.max(prec * 2, mag + 64));
  }
}

/** ceil and trunc, exact: decided like floorR (LimitError limit-digits when undecidable). */
export function ceilR(x: RealLike, ctx: NumCtx): bigint {
  return -floorR(negR(x), ctx);
}

export function truncR(x: RealLike, ctx: NumCtx): bigint {
  return signR(x, ctx) >= 0 ? floorR(x, ctx) : ceilR(x, ctx);
}

/** round to nearest integer, ties away from zero; exact (ties are decided exactly for exact values). */
export function roundR(x: RealLike, ctx: NumCtx): bigint {
  if (x.kind === "rational") return Q.roundHalfAway(x.value);
  const s = signR(x, ctx);
  const half = rat(Q.make(1n, 2n));
  return s >= 0 ? floorR(addR(x, half), ctx) : -floorR(addR(negR(x), half), ctx);
}

/** Predicted digits of an exact value (for limit checks before work that scales with it). */
export function exactDigits(x: RealLike): number {
  const f = toForm(x);
  if (!f) return 1;
  let d = S.coefDigits(f);
  for (const t of f.terms) for (const [, m] of t.mono.roots) d = Math.max(d, Q.digitEstimate(Q.fromInt(m)));
  return d;
}

/** Budget digit check (LimitError limit-digits before the work). */
export function checkDigits(budget: Budget, digits: number, what?: string): void {
  budget.checkDigits(digits, what);
}

/** Normalized complex: an exactly-zero imaginary part gives the real part. */
export function complex(re: RealLike, im: RealLike): Num {
  if (isZeroR(im)) return re;
  return { kind: "complex", re, im } satisfies ComplexNum;
}

/** The imaginary unit, exact. */
export const I: ComplexNum = { kind: "complex", re: ZERO, im: ONE };
