// Roots in radicals, as exact tower numbers (nested radicals are the tower's symbolic forms): irreducible cubics
// with one real root (Cardano), biquadratic quartics, and quartics whose Ferrari resolvent cubic has a positive
// rational root. Casus irreducibilis (three real roots) and other quartics are left to the certified numeric
// solver: their radical forms need complex cube roots the tower does not keep exact. Every result is checked
// against the certified numeric roots by the caller.
import { Q, type Num, type NumCtx, type Rational, type RealLike } from "../../numbers/index.js";
import { arith, applyFn, negNum, numToFloat, isExactNum, rat } from "../tower.js";
import { quadraticRoots } from "./roots-exact.js";

const R = (q: Rational): Num => rat(q);

/** The exact tower value or undefined when the tower made it inexact (or failed). */
function exact(f: () => Num | undefined): Num | undefined {
  try {
    const v = f();
    return v && isExactNum(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Real cube root of an exact real: cbrt(-r) = -cbrt(r) keeps negative radicands exact. */
function realCbrt(r: Num, ctx: NumCtx): Num | undefined {
  const f = numToFloat(r, ctx);
  if (f === 0) return R(Q.ZERO);
  if (!Number.isFinite(f)) return undefined;
  if (f < 0) {
    const c = exact(() => applyFn("cbrt", [negNum(r)], ctx));
    return c && negNum(c);
  }
  return exact(() => applyFn("cbrt", [r], ctx));
}

/** Cardano: the three roots of c3 x^3 + c2 x^2 + c1 x + c0 when the discriminant gives one real root. */
export function cubicRadicals(c: readonly Rational[], ctx: NumCtx): Num[] | undefined {
  const [d, cc, b, a] = c as [Rational, Rational, Rational, Rational];
  const three = Q.fromInt(3);
  // x = t - b/(3a): t^3 + p t + q = 0
  const p = Q.div(Q.sub(Q.mul(Q.mul(three, a), cc), Q.mul(b, b)), Q.mul(three, Q.mul(a, a)));
  const q = Q.div(
    Q.add(Q.sub(Q.mul(Q.fromInt(2), Q.powInt(b, 3n)), Q.mul(Q.fromInt(9), Q.mul(a, Q.mul(b, cc)))), Q.mul(Q.fromInt(27), Q.mul(Q.mul(a, a), d))),
    Q.mul(Q.fromInt(27), Q.powInt(a, 3n)),
  );
  const disc = Q.add(Q.powInt(Q.div(q, Q.fromInt(2)), 2n), Q.powInt(Q.div(p, three), 3n));
  if (Q.sign(disc) <= 0) return undefined;
  const sq = exact(() => applyFn("sqrt", [R(disc)], ctx));
  if (!sq) return undefined;
  const half = R(Q.neg(Q.div(q, Q.fromInt(2))));
  const A = exact(() => arith("add", half, sq, ctx));
  const B = exact(() => arith("sub", half, sq, ctx));
  if (!A || !B) return undefined;
  const u = realCbrt(A, ctx);
  const v = realCbrt(B, ctx);
  if (!u || !v) return undefined;
  const shift = R(Q.neg(Q.div(b, Q.mul(three, a))));
  const real = exact(() => arith("add", arith("add", u, v, ctx), shift, ctx));
  const re = exact(() => arith("add", arith("div", arith("add", u, v, ctx), R(Q.fromInt(-2)), ctx), shift, ctx));
  const s3 = exact(() => applyFn("sqrt", [R(three)], ctx));
  const im = s3 && exact(() => arith("mul", arith("div", s3, R(Q.fromInt(2)), ctx), arith("sub", u, v, ctx), ctx));
  if (!real || !re || !im || re.kind === "complex" || im.kind === "complex") return undefined;
  const neg = exact(() => negNum(im));
  if (!neg || neg.kind === "complex") return undefined;
  return [
    real,
    { kind: "complex", re: re as RealLike, im: neg as RealLike },
    { kind: "complex", re: re as RealLike, im: im as RealLike },
  ];
}

/** a x^4 + b x^2 + c with a real-root quadratic in y = x^2: the four roots +-sqrt(y). */
export function biquadraticRadicals(c: readonly Rational[], ctx: NumCtx): Num[] | undefined {
  if (!Q.isZero(c[1]!) || !Q.isZero(c[3]!)) return undefined;
  const ys = quadraticRoots(c[0]!, c[2]!, c[4]!);
  const out: Num[] = [];
  for (const y of ys) {
    const r = exact(() => applyFn("sqrt", [y], ctx));
    const n = r && exact(() => negNum(r));
    if (!r || !n) return undefined;
    out.push(r, n);
  }
  return out;
}

/**
 * Ferrari, when the resolvent cubic 8m^3 + 8p m^2 + (2p^2 - 8r) m - q^2 of the depressed quartic
 * y^4 + p y^2 + q y + r has a positive rational root m: the quartic splits into two quadratics over Q(sqrt(2m)),
 * solved with the tower's exact square roots of radicals. Undefined otherwise (numeric roots then).
 */
export function ferrariRadicals(c: readonly Rational[], ctx: NumCtx, rationalRoots: (p: Rational[]) => Rational[]): Num[] | undefined {
  const a = c[4]!;
  const [b, cc, d, e] = [Q.div(c[3]!, a), Q.div(c[2]!, a), Q.div(c[1]!, a), Q.div(c[0]!, a)];
  // x = y - b/4
  const b2 = Q.mul(b, b);
  const p = Q.sub(cc, Q.mul(Q.make(3n, 8n), b2));
  const q = Q.add(Q.sub(Q.div(Q.mul(b2, b), Q.fromInt(8)), Q.div(Q.mul(b, cc), Q.fromInt(2))), d);
  const r = Q.add(
    Q.sub(Q.add(Q.mul(Q.make(-3n, 256n), Q.mul(b2, b2)), Q.div(Q.mul(b2, cc), Q.fromInt(16))), Q.div(Q.mul(b, d), Q.fromInt(4))),
    e,
  );
  const shift = R(Q.neg(Q.div(b, Q.fromInt(4))));
  if (Q.isZero(q)) {
    // depressed biquadratic y^4 + p y^2 + r
    const ys = biquadraticRadicals([r, Q.ZERO, p, Q.ZERO, Q.ONE], ctx);
    if (!ys) return undefined;
    const xs = ys.map((y) => exact(() => arith("add", y, shift, ctx)));
    return xs.every((x) => x !== undefined) ? (xs as Num[]) : undefined;
  }
  const res = [Q.neg(Q.mul(q, q)), Q.sub(Q.mul(Q.fromInt(2), Q.mul(p, p)), Q.mul(Q.fromInt(8), r)), Q.mul(Q.fromInt(8), p), Q.fromInt(8)];
  const m = rationalRoots(res).find((x) => Q.sign(x) > 0);
  if (!m) return undefined;
  const s = exact(() => applyFn("sqrt", [R(Q.mul(Q.fromInt(2), m))], ctx));
  if (!s) return undefined;
  const out: Num[] = [];
  for (const sign of [1, -1]) {
    // y^2 + sign*s*y + (m + p/2 - sign*q/(2s)) = 0
    const lin = sign > 0 ? s : negNum(s);
    const q2s = exact(() => arith("div", R(q), arith("mul", R(Q.fromInt(2)), s, ctx), ctx));
    if (!q2s) return undefined;
    const c0 = exact(() => arith(sign > 0 ? "sub" : "add", R(Q.add(m, Q.div(p, Q.fromInt(2)))), q2s, ctx));
    const disc = c0 && exact(() => arith("sub", arith("mul", lin, lin, ctx), arith("mul", R(Q.fromInt(4)), c0, ctx), ctx));
    const sq = disc && exact(() => applyFn("sqrt", [disc], ctx));
    if (!sq) return undefined;
    for (const t of [negNum(sq), sq]) {
      const y = exact(() => arith("div", arith("add", negNum(lin), t, ctx), R(Q.fromInt(2)), ctx));
      const x = y && exact(() => arith("add", y, shift, ctx));
      if (!x) return undefined;
      out.push(x);
    }
  }
  return out;
}
