// Distinct-degree factorization modulo small primes, used to prune factor recombination: the degree of any factor
// over Q of a square-free f is a sum of degrees of f's irreducible factors modulo every prime p that keeps f
// square-free and its degree (Hensel/Zassenhaus' degree analysis). Coefficients mod p < 2^26 fit float64 exactly.
import type { Budget } from "../core/index.js";

type P = number[]; // coefficients mod p, index = power, no trailing zeros

function trimP(a: P): P {
  while (a.length && a[a.length - 1] === 0) a.pop();
  return a;
}
const mulmod = (a: number, b: number, p: number) => (a * b) % p; // a, b < p < 2^26: exact in float64
function inv(a: number, p: number): number {
  let [t, nt, r, nr] = [0, 1, p, a % p];
  while (nr !== 0) {
    const q = Math.floor(r / nr);
    [t, nt] = [nt, t - q * nt];
    [r, nr] = [nr, r - q * nr];
  }
  return ((t % p) + p) % p;
}

function rem(a: P, b: P, p: number): P {
  const r = [...a];
  const ib = inv(b[b.length - 1]!, p);
  for (let k = r.length - b.length; k >= 0; k--) {
    const c = mulmod(r[k + b.length - 1]!, ib, p);
    if (c === 0) continue;
    for (let j = 0; j < b.length; j++) r[k + j] = (r[k + j]! - mulmod(c, b[j]!, p) + p) % p;
  }
  return trimP(r.slice(0, b.length - 1));
}
function quo(a: P, b: P, p: number): P {
  const r = [...a];
  const q: P = new Array(Math.max(0, a.length - b.length + 1)).fill(0);
  const ib = inv(b[b.length - 1]!, p);
  for (let k = r.length - b.length; k >= 0; k--) {
    const c = mulmod(r[k + b.length - 1]!, ib, p);
    q[k] = c;
    if (c === 0) continue;
    for (let j = 0; j < b.length; j++) r[k + j] = (r[k + j]! - mulmod(c, b[j]!, p) + p) % p;
  }
  return trimP(q);
}
function mulP(a: P, b: P, p: number): P {
  if (!a.length || !b.length) return [];
  const out: P = new Array(a.length + b.length - 1).fill(0);
  for (let i = 0; i < a.length; i++) {
    if (a[i] === 0) continue;
    for (let j = 0; j < b.length; j++) out[i + j] = (out[i + j]! + mulmod(a[i]!, b[j]!, p)) % p;
  }
  return trimP(out);
}
function gcdP(a: P, b: P, p: number): P {
  let [x, y] = [a, b];
  while (y.length) [x, y] = [y, rem(x, y, p)];
  return x;
}
function powmod(base: P, e: number, m: P, p: number, budget: Budget): P {
  let r: P = [1];
  let b = rem(base, m, p);
  while (e > 0) {
    budget.tick(m.length);
    if (e & 1) r = rem(mulP(r, b, p), m, p);
    e = Math.floor(e / 2);
    if (e) b = rem(mulP(b, b, p), m, p);
  }
  return r;
}

/** Degrees of the irreducible factors of f mod p, or undefined when p divides lc(f) or f is not square-free mod p. */
function factorDegrees(f: readonly bigint[], p: number, budget: Budget, maxD: number): number[] | undefined {
  const bp = BigInt(p);
  let g = trimP(f.map((c) => Number(((c % bp) + bp) % bp)));
  if (g.length !== f.length) return undefined;
  const deriv = trimP(g.slice(1).map((c, i) => mulmod(c, (i + 1) % p, p)));
  if (gcdP(g, deriv, p).length > 1) return undefined;
  const out: number[] = [];
  let h: P = [0, 1];
  for (let d = 1; 2 * d <= g.length - 1 && d <= maxD; d++) {
    h = powmod(h, p, g, p, budget);
    const hx = [...h];
    while (hx.length < 2) hx.push(0);
    hx[1] = (hx[1]! - 1 + p) % p;
    const c = gcdP(g, trimP(hx), p);
    if (c.length > 1) {
      for (let k = 0; k < (c.length - 1) / d; k++) out.push(d);
      g = quo(g, c, p);
      h = rem(h, g, p);
    }
  }
  if (g.length > 1) out.push(g.length - 1);
  return out;
}

const PRIMES = [1009, 1013, 1019, 1021, 1031, 1033, 1039, 1049, 1051, 1061, 1063, 1069, 1087, 1091, 1093, 1097];

/**
 * Possible degrees of factors over Q of the square-free integer polynomial f: allowed[d] is true when every
 * tested prime admits a factor of degree d. Uses up to 4 good primes (2 above degree 60), stopping as soon as
 * no proper degree is left (f proven irreducible). With maxDegree, only degrees up to it are meaningful (the
 * distinct-degree factorization stops there; the rest counts as one block).
 */
export function possibleFactorDegrees(f: readonly bigint[], budget: Budget, maxDegree = Infinity): boolean[] {
  const n = f.length - 1;
  let allowed: boolean[] = new Array(n + 1).fill(true);
  let used = 0;
  const wanted = n > 60 ? 2 : 4;
  for (const p of PRIMES) {
    if (used >= wanted || !allowed.some((ok, d) => ok && d > 0 && d < n)) break;
    const degs = factorDegrees(f, p, budget, maxDegree);
    if (!degs) continue;
    used++;
    let sums: boolean[] = new Array(n + 1).fill(false);
    sums[0] = true;
    for (const d of degs) {
      const next = [...sums];
      for (let s = 0; s + d <= n; s++) if (sums[s]) next[s + d] = true;
      sums = next;
    }
    allowed = allowed.map((a, d) => a && sums[d]!);
  }
  return allowed;
}

/**
 * True when f (integer coefficients) is proven square-free over Q: gcd(f, f') = 1 modulo a prime not dividing
 * lc(f) (a square factor g^2 of f over Z would survive modulo p, with g of positive degree). False means unknown.
 */
export function squareFreeModP(f: readonly bigint[]): boolean {
  for (const p of PRIMES.slice(0, 4)) {
    const bp = BigInt(p);
    const g = trimP(f.map((c) => Number(((c % bp) + bp) % bp)));
    if (g.length !== f.length) continue;
    const deriv = trimP(g.slice(1).map((c, i) => mulmod(c, (i + 1) % p, p)));
    if (!deriv.length) continue;
    if (gcdP(g, deriv, p).length === 1) return true;
  }
  return false;
}
