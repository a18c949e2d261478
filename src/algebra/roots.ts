// Certified complex roots of a square-free integer polynomial: Aberth-Ehrlich iteration in float64 for starting
// values, then in fixed-point bigint arithmetic at rising precision, then an exact inclusion test: the disks
// D(z_i, n|W_i|) with Weierstrass corrections W_i = p(z_i) / (a_n prod_{j!=i}(z_i - z_j)) contain all roots, and
// disjoint disks each hold exactly one (Braess-Hadeler; Carstensen 1991). Disks are bounded on bigints with
// directed truncation, so each reported bound is rigorous. A root is certified real when its disk meets the real
// axis and no other disk's mirror image meets it (roots of real polynomials come in conjugate pairs).
import { Q, type Rational } from "../numbers/index.js";
import { limitError, type Budget } from "../core/index.js";
import type { ZPoly } from "./upoly.js";

/** A root approximation re + im*i with |approx - root| <= radius (all dyadic rationals); im = 0 iff certified real. */
export interface RootBall {
  readonly re: Rational;
  readonly im: Rational;
  readonly radius: Rational;
}

interface CF {
  re: number;
  im: number;
}
interface CB {
  re: bigint;
  im: bigint;
}

function floatAberth(a: ZPoly, budget: Budget): CF[] {
  const n = a.length - 1;
  const lcq = a[n]!;
  const c = a.map((x) => Q.toNumber(Q.make(x, lcq)));
  // Starting circle: Fujiwara's bound on the root moduli.
  let R = 0;
  for (let k = 1; k <= n; k++) R = Math.max(R, Math.pow(Math.abs(c[n - k]!), 1 / k));
  if (!Number.isFinite(R) || R === 0) R = 1;
  const z: CF[] = [];
  for (let k = 0; k < n; k++) {
    const t = (2 * Math.PI * k) / n + 0.4;
    z.push({ re: R * Math.cos(t), im: R * Math.sin(t) });
  }
  for (let it = 0; it < 400; it++) {
    budget.tick(n);
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const zi = z[i]!;
      let pr = 1, pi = 0, dr = 0, di = 0;
      for (let k = n - 1; k >= 0; k--) {
        const ndr = dr * zi.re - di * zi.im + pr;
        const ndi = dr * zi.im + di * zi.re + pi;
        dr = ndr;
        di = ndi;
        const npr = pr * zi.re - pi * zi.im + c[k]!;
        const npi = pr * zi.im + pi * zi.re;
        pr = npr;
        pi = npi;
      }
      const dd = dr * dr + di * di;
      if (!(dd > 0) || !Number.isFinite(dd)) continue;
      const wr = (pr * dr + pi * di) / dd;
      const wi = (pi * dr - pr * di) / dd;
      let sr = 0, si = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const xr = zi.re - z[j]!.re, xi = zi.im - z[j]!.im;
        const m = xr * xr + xi * xi;
        if (m === 0) continue;
        sr += xr / m;
        si -= xi / m;
      }
      const denr = 1 - (wr * sr - wi * si);
      const deni = -(wr * si + wi * sr);
      const dm = denr * denr + deni * deni;
      if (!(dm > 0)) continue;
      const cr = (wr * denr + wi * deni) / dm;
      const ci = (wi * denr - wr * deni) / dm;
      if (!Number.isFinite(cr) || !Number.isFinite(ci)) continue;
      zi.re -= cr;
      zi.im -= ci;
      moved = Math.max(moved, Math.hypot(cr, ci) / Math.max(1e-300, Math.hypot(zi.re, zi.im)));
    }
    if (moved < 1e-15) break;
  }
  return z;
}

/** Float64 estimates of the root moduli (Aberth in float64; not certified: callers use them only as size hints). */
export function approxRootModuli(a: ZPoly, budget: Budget): number[] {
  return floatAberth(a, budget).map((c) => Math.hypot(c.re, c.im));
}

function floatToFixed(x: number, P: number): bigint {
  if (x === 0 || !Number.isFinite(x)) return 0n;
  const e = Math.floor(Math.log2(Math.abs(x)));
  const k = 52 - e;
  const scaled = k > 900 ? x * Math.pow(2, 900) * Math.pow(2, k - 900) : x * Math.pow(2, k);
  if (!Number.isFinite(scaled)) return 0n;
  const m = BigInt(Math.round(scaled));
  const shift = P - 52 + e;
  return shift >= 0 ? m << BigInt(shift) : m >> BigInt(-shift);
}

const bitlen = (x: bigint): number => Q.bitLength(x);

/** One Aberth sweep at fixed point 2^-P; returns the largest correction's bit length (or -1 when none). */
function fixedSweep(a: ZPoly, z: CB[], P: number, budget: Budget): number {
  const n = a.length - 1;
  const bP = BigInt(P);
  const A = a.map((x) => x << bP);
  const ONE = 1n << bP;
  const mul = (x: CB, y: CB): CB => ({ re: (x.re * y.re - x.im * y.im) >> bP, im: (x.re * y.im + x.im * y.re) >> bP });
  const div = (x: CB, y: CB): CB | undefined => {
    const d = y.re * y.re + y.im * y.im;
    if (d === 0n) return undefined;
    return { re: ((x.re * y.re + x.im * y.im) << bP) / d, im: ((x.im * y.re - x.re * y.im) << bP) / d };
  };
  let worst = -1;
  for (let i = 0; i < n; i++) {
    budget.tick(n);
    const zi = z[i]!;
    let p: CB = { re: A[n]!, im: 0n };
    let dp: CB = { re: 0n, im: 0n };
    for (let k = n - 1; k >= 0; k--) {
      const t = mul(dp, zi);
      dp = { re: t.re + p.re, im: t.im + p.im };
      const u = mul(p, zi);
      p = { re: u.re + A[k]!, im: u.im };
    }
    const w = div(p, dp);
    if (!w) continue;
    let s: CB = { re: 0n, im: 0n };
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const q = div({ re: ONE, im: 0n }, { re: zi.re - z[j]!.re, im: zi.im - z[j]!.im });
      if (q) s = { re: s.re + q.re, im: s.im + q.im };
    }
    const ws = mul(w, s);
    const corr = div(w, { re: ONE - ws.re, im: -ws.im });
    if (!corr) continue;
    z[i] = { re: zi.re - corr.re, im: zi.im - corr.im };
    worst = Math.max(worst, bitlen(corr.re < 0n ? -corr.re : corr.re), bitlen(corr.im < 0n ? -corr.im : corr.im));
  }
  return worst;
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(bitlen(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/**
 * The inclusion test, rigorous on bigints of about the working precision: p(z_i) by fixed-point Horner with a
 * running bound on the truncation error (err <- err |z| + 2 units per step), and prod |z_i - z_j| bounded below
 * by products truncated downwards. Returns integer radii R_i (radius R_i / 2^P) when all disks are pairwise
 * disjoint and each radius is at most 2^-bits |z_i|; otherwise undefined.
 */
function certify(a: ZPoly, z: CB[], P: number, bits: number, budget: Budget): bigint[] | undefined {
  const n = a.length - 1;
  const bP = BigInt(P);
  const R: bigint[] = [];
  const an = a[n]!;
  for (let i = 0; i < n; i++) {
    budget.tick(n);
    const Z = z[i]!;
    const mag = isqrt(Z.re * Z.re + Z.im * Z.im) + 1n; // >= |z| in units of 2^-P
    let acc: CB = { re: an << bP, im: 0n };
    let err = 0n;
    for (let k = n - 1; k >= 0; k--) {
      acc = {
        re: ((acc.re * Z.re - acc.im * Z.im) >> bP) + (a[k]! << bP),
        im: (acc.re * Z.im + acc.im * Z.re) >> bP,
      };
      err = ((err * mag) >> bP) + 3n;
    }
    const U = isqrt(acc.re * acc.re + acc.im * acc.im) + 1n + err; // >= |p(z_i)| in units
    // Lower bound of an^2 prod |z_i - z_j|^2 as m * 2^e (truncating keeps it a lower bound).
    let m = an * an;
    let e = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const dr = Z.re - z[j]!.re;
      const di = Z.im - z[j]!.im;
      const d2 = dr * dr + di * di;
      if (d2 === 0n) return undefined;
      m *= d2;
      e -= 2 * P;
      const bl = bitlen(m);
      if (bl > 256) {
        m >>= BigInt(bl - 200);
        e += bl - 200;
      }
    }
    // R^2 = n^2 U^2 / (m 2^e), R in units of 2^-P.
    let num = BigInt(n * n) * U * U;
    let den = m;
    if (e >= 0) den <<= BigInt(e);
    else num <<= BigInt(-e);
    R.push(isqrt(num / den) + 1n);
  }
  for (let i = 0; i < n; i++) {
    const zi = z[i]!;
    const mag2 = zi.re * zi.re + zi.im * zi.im;
    const Ri = R[i]!;
    if ((Ri * Ri) << BigInt(2 * bits) > mag2) return undefined;
    for (let j = i + 1; j < n; j++) {
      const dr = zi.re - z[j]!.re, di = zi.im - z[j]!.im;
      const s = Ri + R[j]!;
      if (dr * dr + di * di <= s * s) return undefined;
    }
  }
  return R;
}

/**
 * All n complex roots of the square-free integer polynomial a (a[0] != 0, degree n >= 1), each within a
 * certified radius of at most 2^-bits times its modulus; disks pairwise disjoint. Roots are sorted: real ascending,
 * then complex by real then imaginary part. Raises LimitError (digits) when the working precision would exceed the
 * digits limit, and ticks the budget.
 */
export function certifiedRoots(a: ZPoly, bits: number, budget: Budget): RootBall[] {
  const n = a.length - 1;
  if (n < 1) return [];
  // Each sweep costs n^2 operations on numbers of the working precision: degree is bounded by the elements limit.
  budget.checkElements(n * n, "the root finder's pairwise work (degree squared)");
  // Root moduli are at least |a0| / (|a0| + max|a_k|); precision must resolve that scale plus `bits`.
  let maxc = 0n;
  for (const c of a) maxc = c < 0n ? (-c > maxc ? -c : maxc) : c > maxc ? c : maxc;
  const a0 = a[0]! < 0n ? -a[0]! : a[0]!;
  const lowBits = bitlen(maxc) + 1 - bitlen(a0) + 1;
  let P = Math.max(64, bits + lowBits + 2 * n + 16);
  const fz = floatAberth(a, budget);
  let z: CB[] = fz.map((c) => ({ re: floatToFixed(c.re, P), im: floatToFixed(c.im, P) }));
  const maxBits = budget.limits.digits * 3.33 * 4 + 4096;
  for (let round = 0; ; round++) {
    let last = Infinity;
    for (let it = 0; it < 200; it++) {
      const w = fixedSweep(a, z, P, budget);
      if (w < 0 || w <= 2) break;
      if (it > 8 && w >= last && w < P / 2) break;
      last = w;
    }
    const R = certify(a, z, P, bits, budget);
    if (R) return finish(z, R, P);
    const nextP = P * 2;
    if (nextP > maxBits) {
      throw limitError("digits", budget.limits.digits, "the roots could not be separated within the digits limit");
    }
    const sh = BigInt(nextP - P);
    z = z.map((c) => ({ re: c.re << sh, im: c.im << sh }));
    P = nextP;
    if (round > 40) throw limitError("digits", budget.limits.digits, "root refinement did not converge");
  }
}

function finish(z: CB[], R: bigint[], P: number): RootBall[] {
  const n = z.length;
  z = [...z];
  R = [...R];
  /** The mirror image of disk i meets disk k. */
  const mirrorMeets = (i: number, k: number) => {
    const dr = z[i]!.re - z[k]!.re, di = z[i]!.im + z[k]!.im;
    const s = R[i]! + R[k]!;
    return dr * dr + di * di <= s * s;
  };
  const abs = (x: bigint) => (x < 0n ? -x : x);
  // Certified real: the disk meets the real axis and no other disk's mirror image meets it.
  const real = z.map((zi, i) => abs(zi.im) <= R[i]! && z.every((_, k) => k === i || !mirrorMeets(i, k)));
  // Mirror each complex root's partner onto its exact conjugate when the mirror image of its disk meets only the
  // partner's disk (then the partner's root is the conjugate root).
  for (let i = 0; i < n; i++) {
    if (real[i] || z[i]!.im <= 0n) continue;
    let best = -1;
    let bestD = Infinity;
    for (let j = 0; j < n; j++) {
      if (real[j] || z[j]!.im >= 0n) continue;
      const d = Math.hypot(Number(z[j]!.re - z[i]!.re), Number(z[j]!.im + z[i]!.im));
      if (d < bestD) [best, bestD] = [j, d];
    }
    if (best >= 0 && z.every((_, k) => k === best || k === i || !mirrorMeets(i, k))) {
      z[best] = { re: z[i]!.re, im: -z[i]!.im };
      R[best] = R[i]!;
    }
  }
  const den = 1n << BigInt(P);
  const out = z.map((zi, i) => ({
    ball: { re: Q.make(zi.re, den), im: real[i] ? Q.ZERO : Q.make(zi.im, den), radius: Q.make(R[i]!, den) },
    real: real[i]!,
  }));
  out.sort((x, y) => {
    if (x.real !== y.real) return x.real ? -1 : 1;
    const c = Q.cmp(x.ball.re, y.ball.re);
    return c !== 0 ? c : Q.cmp(x.ball.im, y.ball.im);
  });
  return out.map((o) => o.ball);
}
