// Dense univariate polynomials over Q (Rational[], index = degree, no trailing zeros; [] is 0) and over Z
// (bigint[]). All operations are exact. Square-free decomposition is Yun's algorithm (Yun 1976).
import { Q, type Rational } from "../numbers/index.js";
import type { Budget } from "../core/index.js";

export type QPoly = readonly Rational[];
export type ZPoly = readonly bigint[];

export function trim(p: Rational[]): Rational[] {
  while (p.length && Q.isZero(p[p.length - 1]!)) p.pop();
  return p;
}
export const degree = (p: QPoly): number => p.length - 1;
export const lc = (p: QPoly): Rational => p[p.length - 1] ?? Q.ZERO;

export function addP(a: QPoly, b: QPoly): Rational[] {
  const out: Rational[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(Q.add(a[i] ?? Q.ZERO, b[i] ?? Q.ZERO));
  return trim(out);
}
export function scaleP(a: QPoly, c: Rational): Rational[] {
  return Q.isZero(c) ? [] : a.map((x) => Q.mul(x, c));
}
export function subP(a: QPoly, b: QPoly): Rational[] {
  return addP(a, scaleP(b, Q.fromInt(-1)));
}
export function mulP(a: QPoly, b: QPoly): Rational[] {
  if (!a.length || !b.length) return [];
  const out: Rational[] = new Array(a.length + b.length - 1).fill(Q.ZERO);
  for (let i = 0; i < a.length; i++) {
    if (Q.isZero(a[i]!)) continue;
    for (let j = 0; j < b.length; j++) out[i + j] = Q.add(out[i + j]!, Q.mul(a[i]!, b[j]!));
  }
  return trim(out);
}
/** Quotient and remainder of a by b (b != 0). */
export function divmodP(a: QPoly, b: QPoly, budget?: Budget): { q: Rational[]; r: Rational[] } {
  if (!b.length) throw new RangeError("division by zero");
  const r = [...a];
  const q: Rational[] = new Array(Math.max(0, a.length - b.length + 1)).fill(Q.ZERO);
  const inv = Q.inv(lc(b));
  for (let k = r.length - b.length; k >= 0; k--) {
    budget?.tick();
    const c = Q.mul(r[k + b.length - 1]!, inv);
    q[k] = c;
    if (Q.isZero(c)) continue;
    for (let j = 0; j < b.length; j++) r[k + j] = Q.sub(r[k + j]!, Q.mul(c, b[j]!));
  }
  return { q: trim(q), r: trim(r.slice(0, Math.max(0, b.length - 1))) };
}
export function monic(p: QPoly): Rational[] {
  return p.length ? scaleP(p, Q.inv(lc(p))) : [];
}
/** Monic gcd (Euclid over Q). */
export function gcdP(a: QPoly, b: QPoly, budget?: Budget): Rational[] {
  let x = [...a];
  let y = [...b];
  while (y.length) {
    const r = divmodP(x, y, budget).r;
    x = y;
    y = r;
  }
  return monic(x);
}
export function derivP(p: QPoly): Rational[] {
  return trim(p.slice(1).map((c, i) => Q.mul(c, Q.fromInt(i + 1))));
}
export function evalP(p: QPoly, x: Rational): Rational {
  let acc = Q.ZERO;
  for (let i = p.length - 1; i >= 0; i--) acc = Q.add(Q.mul(acc, x), p[i]!);
  return acc;
}

/** Square-free decomposition: p = c * prod f_i^i with f_i monic, square-free and pairwise coprime (Yun). */
export function squareFree(p: QPoly, budget?: Budget): { factor: Rational[]; mult: number }[] {
  const out: { factor: Rational[]; mult: number }[] = [];
  if (degree(p) < 1) return out;
  const dp = derivP(p);
  let a = gcdP(p, dp, budget);
  let b = divmodP(p, a, budget).q;
  let c = divmodP(dp, a, budget).q;
  let d = subP(c, derivP(b));
  let i = 1;
  while (degree(b) >= 1) {
    budget?.tick();
    a = gcdP(b, d, budget);
    if (degree(a) >= 1) out.push({ factor: monic(a), mult: i });
    b = divmodP(b, a, budget).q;
    c = divmodP(d, a, budget).q;
    d = subP(c, derivP(b));
    i++;
  }
  return out;
}

/** The primitive integer polynomial with positive leading coefficient proportional to p. */
export function primitiveZ(p: QPoly): bigint[] {
  if (!p.length) return [];
  let den = 1n;
  for (const c of p) den = (den / Q.gcd(den, c.den)) * c.den;
  let ints = p.map((c) => c.num * (den / c.den));
  let g = 0n;
  for (const c of ints) g = Q.gcd(g, c);
  if (ints[ints.length - 1]! < 0n) g = -g;
  ints = ints.map((c) => c / g);
  return ints;
}
export const zToQ = (p: ZPoly): Rational[] => trim(p.map((c) => Q.fromInt(c)));

/** Exact division test over Z[x]: the quotient when b divides a exactly, else undefined. */
export function exactDivZ(a: ZPoly, b: ZPoly): bigint[] | undefined {
  const r = [...a];
  const db = b.length - 1;
  const lb = b[db]!;
  const q: bigint[] = new Array(Math.max(0, a.length - db)).fill(0n);
  for (let k = r.length - 1 - db; k >= 0; k--) {
    const top = r[k + db]!;
    if (top % lb !== 0n) return undefined;
    const c = top / lb;
    q[k] = c;
    if (c !== 0n) for (let j = 0; j <= db; j++) r[k + j] = r[k + j]! - c * b[j]!;
  }
  for (let j = 0; j < db; j++) if (r[j] !== 0n) return undefined;
  return q;
}
