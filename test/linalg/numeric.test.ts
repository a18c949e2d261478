// Float64 decompositions against numpy/LAPACK (test/data/linalg/numeric.json from scripts/oracles/
// linalg_numeric.py) to 1e-12 relative (max-norm relative for vectors; general eigenvalues relative to the
// spectral radius), plus the identities A = QR, A = U S V^T, A v = lambda v within stated bounds.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import * as L from "../../src/linalg/index.js";
import { lcg, lcgMat } from "./lcg.js";

interface Case {
  seed: number; m: number; n: number;
  det?: number; solve?: number[]; inv?: number[]; sv: number[]; eigsym?: number[]; eig?: [number, number][];
  cond?: number; chol?: number[]; lstsq?: number[]; pinv0?: number[]; rank?: number;
}
const data = JSON.parse(readFileSync(new URL("../data/linalg/numeric.json", import.meta.url), "utf8")) as { cases: Case[] };
const U = 2 ** -53;

function relErr(got: ArrayLike<number>, want: ArrayLike<number>): number {
  expect(got.length).toBe(want.length);
  let num = 0, den = 0;
  for (let i = 0; i < want.length; i++) {
    num = Math.max(num, Math.abs(got[i]! - want[i]!));
    den = Math.max(den, Math.abs(want[i]!));
  }
  return den === 0 ? num : num / den;
}

function maxAbsDiff(a: L.F64Mat, b: L.F64Mat): number {
  let m = 0;
  for (let i = 0; i < a.data.length; i++) m = Math.max(m, Math.abs(a.data[i]! - b.data[i]!));
  return m;
}

describe("float64 linalg against numpy", () => {
  const square = data.cases.filter((c) => c.det !== undefined);
  const rect = data.cases.filter((c) => c.det === undefined);

  it.each(square.map((c) => [c.n, c] as const))("square n = %i: det, solve, inv, cond, chol", (_, c) => {
    const A = lcgMat(c.seed, c.n, c.n);
    const n = c.n;
    const lu = L.luFactor(A);
    const k = 1; // every case is within 1e-12 relative of LAPACK (worst: det 1.2e-13 at cond 800)
    expect(Math.abs(L.luDet(lu) - c.det!) / Math.abs(c.det!)).toBeLessThan(1e-12 * k);
    expect(relErr(L.luSolve(lu, lcg(c.seed + 7, n), 1), c.solve!)).toBeLessThan(1e-12 * k);
    const inv = L.luInverse(lu);
    expect(relErr(n <= 32 ? inv : inv.subarray(0, n), c.inv!)).toBeLessThan(1e-12 * k);
    const f = L.svd(A);
    expect(relErr(f.s, c.sv)).toBeLessThan(1e-12);
    expect(Math.abs(L.cond2(f) - c.cond!) / c.cond!).toBeLessThan(1e-12 * k);
    const S = L.f64zeros(n, n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) S.data[i * n + j] = A.data[i * n + j]! + A.data[j * n + i]!;
    expect(relErr(L.eigSym(S).values, c.eigsym!)).toBeLessThan(1e-12);
    const P = L.f64matmul(A, L.f64transpose(A));
    for (let i = 0; i < n; i++) P.data[i * n + i] = P.data[i * n + i]! + n;
    const ch = L.cholesky(P).data;
    expect(relErr(n <= 32 ? ch : ch.subarray((n - 1) * n), c.chol!)).toBeLessThan(1e-12);
  });

  it.each(square.filter((c) => c.n <= 100).map((c) => [c.n, c] as const))("general eigenvalues n = %i", (_, c) => {
    const A = lcgMat(c.seed, c.n, c.n);
    const E = L.eig({ rows: c.n, cols: c.n, re: A.data, im: new Float64Array(c.n * c.n) });
    const key = (v: { re: number; im: number }) => `${v.re},${Math.abs(v.im)}`;
    const count = new Map<string, number>();
    for (const v of E.values) if (v.im !== 0) count.set(key(v), (count.get(key(v)) ?? 0) + Math.sign(v.im));
    expect([...count.values()].every((x) => x === 0)).toBe(true); // exact conjugate pairs
    const scale = Math.max(...c.eig!.map(([r, i]) => Math.hypot(r, i)));
    // Eigenvalues are ill-conditioned in general: compare each to its nearest numpy value, as a multiset.
    const left = [...c.eig!];
    for (const v of E.values) {
      let best = 0, bestD = Infinity;
      left.forEach(([r, i], j) => {
        const d = Math.hypot(v.re - r, v.im - i);
        if (d < bestD) (bestD = d), (best = j);
      });
      expect(bestD / scale).toBeLessThan(1e-12);
      left.splice(best, 1);
    }
  });

  it.each(rect.map((c) => [`${c.m}x${c.n}`, c] as const))("rectangular %s: svd, lstsq, pinv, rank", (_, c) => {
    const A = lcgMat(c.seed, c.m, c.n);
    const f = L.svd(A);
    expect(relErr(f.s, c.sv)).toBeLessThan(1e-12);
    expect(L.svdRank(f)).toBe(c.rank);
    const P = L.pinv(f);
    expect(relErr(P.data.subarray(0, c.m), c.pinv0!)).toBeLessThan(1e-12 * Math.max(1, L.cond2(f) / 100));
    const b = lcg(c.seed + 7, c.m);
    const x = L.f64matvec(P, b);
    expect(relErr(x, c.lstsq!)).toBeLessThan(1e-12 * Math.max(1, L.cond2(f) / 100));
    if (c.m >= c.n) expect(relErr(L.qrSolve(A, b, 1), c.lstsq!)).toBeLessThan(1e-12 * Math.max(1, L.cond2(f) / 100));
  });
});

describe("decomposition identities", () => {
  const sizes: [number, number][] = [[1, 1], [2, 2], [5, 5], [9, 4], [4, 9], [60, 60], [120, 40]];
  it.each(sizes)("A = QR, A = U S V^T for %i x %i (within 10 max(m, n) u ||A||)", (m, n) => {
    const A = lcgMat(31 * m + n, m, n);
    const bound = 10 * Math.max(m, n) * U * L.f64frobenius(A);
    for (const full of [false, true]) {
      const { Q, R } = L.qr(A, full);
      expect(maxAbsDiff(L.f64matmul(Q, R), A)).toBeLessThan(bound);
      const QtQ = L.f64matmul(L.f64transpose(Q), Q);
      expect(maxAbsDiff(QtQ, L.f64eye(Q.cols))).toBeLessThan(10 * Math.max(m, n) * U);
      for (let i = 0; i < R.rows; i++) for (let j = 0; j < Math.min(i, R.cols); j++) expect(R.data[i * R.cols + j]).toBe(0);
    }
    const f = L.svd(A);
    const k = f.s.length;
    const US = { rows: m, cols: k, data: Float64Array.from(f.U.data, (v, i) => v * f.s[i % k]!) };
    expect(maxAbsDiff(L.f64matmul(US, L.f64transpose(f.V)), A)).toBeLessThan(bound);
    expect(maxAbsDiff(L.f64matmul(L.f64transpose(f.U), f.U), L.f64eye(k))).toBeLessThan(10 * Math.max(m, n) * U);
    for (let i = 1; i < k; i++) expect(f.s[i]!).toBeLessThanOrEqual(f.s[i - 1]!);
  });

  it.each([3, 8, 40, 100])("A v = lambda v for the general eigenproblem, n = %i (complex input too)", (n) => {
    const re = lcg(77 + n, n * n), im = n === 40 ? lcg(5, n * n) : new Float64Array(n * n);
    const E = L.eig({ rows: n, cols: n, re, im });
    let fro = 0;
    for (let i = 0; i < n * n; i++) fro = Math.hypot(fro, re[i]!, im[i]!);
    for (let k = 0; k < n; k++) {
      const l = E.values[k]!;
      for (let i = 0; i < n; i++) {
        let sr = 0, si = 0;
        for (let j = 0; j < n; j++) {
          const vr = E.vectors.re[j * n + k]!, vi = E.vectors.im[j * n + k]!;
          sr += re[i * n + j]! * vr - im[i * n + j]! * vi;
          si += re[i * n + j]! * vi + im[i * n + j]! * vr;
        }
        const vr = E.vectors.re[i * n + k]!, vi = E.vectors.im[i * n + k]!;
        expect(Math.hypot(sr - (l.re * vr - l.im * vi), si - (l.re * vi + l.im * vr))).toBeLessThan(20 * n * U * fro);
      }
    }
  });

  it("cholesky rejects a matrix that is not positive definite", () => {
    expect(() => L.cholesky(L.f64FromRows([[1, 2], [2, 1]]))).toThrowError(/positive definite/);
  });
});
