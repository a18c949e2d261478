// Exact special values of the circular functions: cos and sin at rational multiples of pi whose value is rational
// or a sum of square-root radicals (denominators 1, 2, 3, 4, 5, 6, 10, 12), and the inverse functions at those
// values. Reference: the classical constructible values, e.g. cos(pi/5) = (1 + sqrt(5))/4.
import * as Q from "./rational.js";
import type { Rational } from "./rational.js";
import * as S from "./symbolic.js";
import type { RealLike } from "./num.js";
import { fromForm, toForm, rat, negR } from "./tower.js";

const q = (n: bigint, d: bigint = 1n) => Q.make(n, d);
const sqrtF = (n: bigint) => S.rootForm(Q.fromInt(n), 2)!;

function lin(terms: [Rational, S.SymForm][]): RealLike {
  let acc: S.SymForm = { terms: [] };
  for (const [c, f] of terms) acc = S.add(acc, S.scale(f, c))!;
  return fromForm(acc);
}

/** cos(r*pi) for r in [0, 1/2], keyed by r's text. */
const COS_FIRST_QUADRANT = new Map<string, () => RealLike>([
  ["0", () => rat(Q.ONE)],
  ["1/12", () => lin([[q(1n, 4n), sqrtF(6n)], [q(1n, 4n), sqrtF(2n)]])],
  ["1/6", () => lin([[q(1n, 2n), sqrtF(3n)]])],
  ["1/5", () => lin([[q(1n, 4n), S.fromRational(Q.ONE)], [q(1n, 4n), sqrtF(5n)]])],
  ["1/4", () => lin([[q(1n, 2n), sqrtF(2n)]])],
  ["1/3", () => rat(q(1n, 2n))],
  ["2/5", () => lin([[q(-1n, 4n), S.fromRational(Q.ONE)], [q(1n, 4n), sqrtF(5n)]])],
  ["5/12", () => lin([[q(1n, 4n), sqrtF(6n)], [q(-1n, 4n), sqrtF(2n)]])],
  ["1/2", () => rat(Q.ZERO)],
]);

/** cos(r*pi) exactly when it has a radical form, else undefined. Exact. */
export function cosPi(r: Rational): RealLike | undefined {
  return cosPiDepth(r, 0);
}

/** Half-angle steps allowed beyond the table (cos(pi/16) = sqrt(2 + sqrt(2 + sqrt(2)))/2 needs 2). */
const MAX_HALVINGS = 2;

function cosPiDepth(r: Rational, depth: number): RealLike | undefined {
  // reduce to [0, 2), then to [0, 1] by symmetry cos(2 - x) = cos(x), then to [0, 1/2] with cos(1 - x) = -cos(x)
  let x = Q.sub(r, Q.fromInt(2n * Q.floor(Q.div(r, Q.fromInt(2)))));
  if (Q.cmp(x, Q.ONE) > 0) x = Q.sub(Q.fromInt(2), x);
  let negate = false;
  if (Q.cmp(x, q(1n, 2n)) > 0) {
    x = Q.sub(Q.ONE, x);
    negate = true;
  }
  const f = COS_FIRST_QUADRANT.get(Q.toString(x));
  let v: RealLike | undefined = f?.();
  if (!v && depth < MAX_HALVINGS && x.den % 2n === 0n) {
    // half angle: cos(x pi) = sqrt((1 + cos(2x pi))/2) for x in [0, 1/2]
    const c2 = cosPiDepth(Q.mul(x, Q.fromInt(2)), depth + 1);
    const f2 = c2 && toForm(c2);
    const arg = f2 && S.add(S.fromRational(Q.ONE), f2);
    const s = arg && S.sqrtForm(S.scale(arg, q(1n, 2n)));
    if (s) v = fromForm(s);
  }
  if (!v) return undefined;
  return negate ? negR(v) : v;
}

/** sin(r*pi) = cos((1/2 - r)*pi), exactly when it has a radical form. */
export function sinPi(r: Rational): RealLike | undefined {
  return cosPi(Q.sub(q(1n, 2n), r));
}

/** r when x is exactly r*pi (r rational, including 0), else undefined. */
export function piMultiple(x: RealLike): Rational | undefined {
  if (x.kind === "rational") return Q.isZero(x.value) ? Q.ZERO : undefined;
  if (x.kind !== "symbolic") return undefined;
  const t = x.form.terms;
  if (t.length !== 1) return undefined;
  const m = t[0]!.mono;
  if (m.roots.length || m.nested?.length || m.consts.length !== 1) return undefined;
  const [c, e] = m.consts[0]!;
  return c === "pi" && Q.eq(e, Q.ONE) ? t[0]!.coef : undefined;
}

/** Angles r*pi in (0, 1/2) with an exact radical sine and cosine: denominators 3..24 (table and half angles). */
const CANDIDATE_DENOMINATORS = [3n, 4n, 5n, 6n, 8n, 10n, 12n, 16n, 20n, 24n];

interface Angle {
  readonly r: Rational;
  readonly sinKey: string;
  readonly tanKey: string;
}

/** The candidate angles with the canonical keys of their sine and tangent, computed once (an immutable memo). */
let angles: Angle[] | undefined;
function candidateAngles(): Angle[] {
  if (angles) return angles;
  const out: Angle[] = [];
  for (const den of CANDIDATE_DENOMINATORS) {
    for (let k = 1n; 2n * k < den; k++) {
      const r = Q.make(k, den);
      if (r.den !== den) continue;
      const sn = sinPi(r);
      const cs = cosPi(r);
      const fs = sn && toForm(sn);
      const fc = cs && toForm(cs);
      const ft = fs && fc ? S.div(fs, fc) : undefined;
      if (fs && ft) out.push({ r, sinKey: S.formKey(fs), tanKey: S.formKey(ft) });
    }
  }
  angles = out;
  return out;
}

/** r with the exact value x = f(r*pi) for an odd function f given by its key, r in (-1/2, 1/2), else undefined. */
function matchAngle(x: RealLike, key: (a: Angle) => string): Rational | undefined {
  const f = x.kind === "real" ? undefined : toForm(x);
  if (!f || f.terms.length === 0) return f ? Q.ZERO : undefined;
  const k = S.formKey(f);
  const kn = S.formKey(S.neg(f));
  for (const a of candidateAngles()) {
    if (key(a) === k) return a.r;
    if (key(a) === kn) return Q.neg(a.r);
  }
  return undefined;
}

/** asin(x)/pi exactly when x = sin(r*pi) at a candidate angle (or +-1), else undefined. */
export function asinPiExact(x: RealLike): Rational | undefined {
  if (x.kind === "rational" && Q.abs(x.value.num) === 1n && x.value.den === 1n) return Q.make(x.value.num, 2n);
  return matchAngle(x, (a) => a.sinKey);
}

/** atan(x)/pi exactly when x = tan(r*pi) at a candidate angle (tan(pi/8) = sqrt(2) - 1, tan(pi/5), ...). */
export function atanPiExact(x: RealLike): Rational | undefined {
  return matchAngle(x, (a) => a.tanKey);
}

/** r*pi as an exact number. */
export function piTimes(r: Rational): RealLike {
  return fromForm(S.scale(S.constForm("pi"), r));
}
