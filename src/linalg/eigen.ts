// General (non-symmetric, real or complex) eigendecomposition of dense matrices: unitary reduction to Hessenberg
// form by Householder reflections, complex Schur form A = Z T Z^* by shifted QR (Wilkinson shift, exceptional
// shifts, deflation at u-small subdiagonals), eigenvectors by back substitution on T. Backward stable: T is the
// Schur form of A + E with ||E||_F <= p(n) u ||A||_F; each eigenvalue's error is about that times its condition.
import { domainError, dimensionError } from "../core/index.js";
import type { C64 } from "./field.js";
import { type LinBudget, FREE_BUDGET, shapeText } from "./tensor.js";

const EPS = 2 ** -52;

/** A dense complex matrix: real and imaginary parts, row-major. */
export interface CMat {
  readonly rows: number;
  readonly cols: number;
  readonly re: Float64Array;
  readonly im: Float64Array;
}

export interface Eigen {
  /** Eigenvalues: real ones ascending first, then complex ones by real then imaginary part. */
  readonly values: C64[];
  /** n x n, column j the unit-2-norm eigenvector of values[j]. */
  readonly vectors: CMat;
}

/**
 * Eigenvalues and eigenvectors of a square matrix. For a real input, eigenvalues whose imaginary part is below
 * n u ||A||_F are reported as real (they are real to within the backward error).
 */
export function eig(a: CMat, budget: LinBudget = FREE_BUDGET): Eigen {
  const n = a.rows;
  if (a.cols !== n) throw dimensionError(`eigenvalues need a square matrix, got ${shapeText([a.rows, a.cols])}`, {}, "not-square");
  const Hr = Float64Array.from(a.re), Hi = Float64Array.from(a.im);
  const Zr = new Float64Array(n * n), Zi = new Float64Array(n * n);
  for (let i = 0; i < n; i++) Zr[i * n + i] = 1;
  let fro = 0;
  for (let i = 0; i < n * n; i++) fro += Hr[i]! * Hr[i]! + Hi[i]! * Hi[i]!;
  fro = Math.sqrt(fro);
  const realInput = a.im.every((v) => v === 0);
  hessenberg(n, Hr, Hi, Zr, Zi, budget);
  schur(n, Hr, Hi, Zr, Zi, fro, budget);
  // Eigenvectors of T by back substitution, then v = Z x, normalized.
  const Vr = new Float64Array(n * n), Vi = new Float64Array(n * n);
  const small = Math.max(EPS * fro, Number.MIN_VALUE);
  const xr = new Float64Array(n), xi = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    budget.tick(n * n);
    const lr = Hr[k * n + k]!, li = Hi[k * n + k]!;
    xr.fill(0);
    xi.fill(0);
    xr[k] = 1;
    for (let i = k - 1; i >= 0; i--) {
      let sr = 0, si = 0;
      for (let j = i + 1; j <= k; j++) {
        const tr = Hr[i * n + j]!, ti = Hi[i * n + j]!;
        sr += tr * xr[j]! - ti * xi[j]!;
        si += tr * xi[j]! + ti * xr[j]!;
      }
      let dr = Hr[i * n + i]! - lr, di = Hi[i * n + i]! - li;
      if (Math.hypot(dr, di) < small) (dr = small), (di = 0);
      const q = cdivParts(-sr, -si, dr, di);
      xr[i] = q[0];
      xi[i] = q[1];
    }
    let nr = 0;
    for (let i = 0; i < n; i++) {
      let vr = 0, vi = 0;
      for (let j = 0; j <= k; j++) {
        const zr = Zr[i * n + j]!, zi = Zi[i * n + j]!;
        vr += zr * xr[j]! - zi * xi[j]!;
        vi += zr * xi[j]! + zi * xr[j]!;
      }
      Vr[i * n + k] = vr;
      Vi[i * n + k] = vi;
      nr += vr * vr + vi * vi;
    }
    nr = Math.sqrt(nr);
    for (let i = 0; i < n; i++) {
      Vr[i * n + k] = Vr[i * n + k]! / nr;
      Vi[i * n + k] = Vi[i * n + k]! / nr;
    }
  }
  const vals: C64[] = [];
  for (let k = 0; k < n; k++) {
    let im = Hi[k * n + k]!;
    if (realInput && Math.abs(im) <= n * EPS * fro) im = 0;
    vals.push({ re: Hr[k * n + k]!, im });
  }
  if (realInput) pairConjugates(vals, Vr, Vi, n);
  const order = vals.map((_, i) => i).sort((p, q) => {
    const a1 = vals[p]!, b1 = vals[q]!;
    const ra = a1.im === 0 ? 0 : 1, rb = b1.im === 0 ? 0 : 1;
    return ra - rb || a1.re - b1.re || a1.im - b1.im;
  });
  const outR = new Float64Array(n * n), outI = new Float64Array(n * n);
  order.forEach((src, dst) => {
    for (let i = 0; i < n; i++) {
      outR[i * n + dst] = Vr[i * n + src]!;
      outI[i * n + dst] = realInput && vals[src]!.im === 0 ? 0 : Vi[i * n + src]!;
    }
  });
  if (realInput) {
    // A real eigenvalue has a real eigenvector: rotate the computed one by its largest component's phase.
    order.forEach((src, dst) => {
      if (vals[src]!.im !== 0) return;
      let best = 0, br = 1, bi = 0;
      for (let i = 0; i < n; i++) {
        const vr = Vr[i * n + src]!, vi = Vi[i * n + src]!;
        const m = vr * vr + vi * vi;
        if (m > best) (best = m), (br = vr), (bi = vi);
      }
      const m = Math.sqrt(best) || 1;
      const pr = br / m, pi = -bi / m;
      let norm = 0;
      for (let i = 0; i < n; i++) {
        const v = Vr[i * n + src]! * pr - Vi[i * n + src]! * pi;
        outR[i * n + dst] = v;
        norm += v * v;
      }
      norm = Math.sqrt(norm) || 1;
      for (let i = 0; i < n; i++) outR[i * n + dst] = outR[i * n + dst]! / norm;
    });
  }
  return { values: order.map((i) => vals[i]!), vectors: { rows: n, cols: n, re: outR, im: outI } };
}

function cdivParts(ar: number, ai: number, br: number, bi: number): [number, number] {
  if (Math.abs(br) >= Math.abs(bi)) {
    const r = bi / br, d = br + bi * r;
    return [(ar + ai * r) / d, (ai - ar * r) / d];
  }
  const r = br / bi, d = br * r + bi;
  return [(ar * r + ai) / d, (ai * r - ar) / d];
}

/** In-place unitary reduction to upper Hessenberg form, accumulating the reflections into Z. */
function hessenberg(n: number, Hr: Float64Array, Hi: Float64Array, Zr: Float64Array, Zi: Float64Array, budget: LinBudget): void {
  const vr = new Float64Array(n), vi = new Float64Array(n);
  for (let j = 0; j < n - 2; j++) {
    budget.tick(n * n);
    let norm = 0;
    for (let i = j + 1; i < n; i++) norm = Math.hypot(norm, Hr[i * n + j]!, Hi[i * n + j]!);
    if (norm === 0) continue;
    const x0r = Hr[(j + 1) * n + j]!, x0i = Hi[(j + 1) * n + j]!;
    const x0m = Math.hypot(x0r, x0i);
    // alpha = -e^{i arg x0} ||x||; v = x - alpha e1.
    const pr = x0m === 0 ? 1 : x0r / x0m, pi = x0m === 0 ? 0 : x0i / x0m;
    const alr = -pr * norm, ali = -pi * norm;
    let vv = 0;
    for (let i = j + 1; i < n; i++) {
      vr[i] = Hr[i * n + j]!;
      vi[i] = Hi[i * n + j]!;
    }
    vr[j + 1] = vr[j + 1]! - alr;
    vi[j + 1] = vi[j + 1]! - ali;
    for (let i = j + 1; i < n; i++) vv += vr[i]! * vr[i]! + vi[i]! * vi[i]!;
    if (vv === 0) continue;
    const beta = 2 / vv;
    // Left: H[j+1:, :] -= beta v (v^* H[j+1:, :]).
    for (let c = j; c < n; c++) {
      let sr = 0, si = 0;
      for (let i = j + 1; i < n; i++) {
        const hr = Hr[i * n + c]!, hi = Hi[i * n + c]!;
        sr += vr[i]! * hr + vi[i]! * hi;
        si += vr[i]! * hi - vi[i]! * hr;
      }
      sr *= beta;
      si *= beta;
      for (let i = j + 1; i < n; i++) {
        Hr[i * n + c] = Hr[i * n + c]! - (vr[i]! * sr - vi[i]! * si);
        Hi[i * n + c] = Hi[i * n + c]! - (vr[i]! * si + vi[i]! * sr);
      }
    }
    // Right: M[:, j+1:] -= beta (M[:, j+1:] v) v^*, for M = H and M = Z.
    for (const [Mr, Mi] of [[Hr, Hi], [Zr, Zi]] as const) {
      for (let r = 0; r < n; r++) {
        let sr = 0, si = 0;
        for (let i = j + 1; i < n; i++) {
          const hr = Mr[r * n + i]!, hi = Mi[r * n + i]!;
          sr += hr * vr[i]! - hi * vi[i]!;
          si += hr * vi[i]! + hi * vr[i]!;
        }
        sr *= beta;
        si *= beta;
        for (let i = j + 1; i < n; i++) {
          Mr[r * n + i] = Mr[r * n + i]! - (sr * vr[i]! + si * vi[i]!);
          Mi[r * n + i] = Mi[r * n + i]! - (si * vr[i]! - sr * vi[i]!);
        }
      }
    }
    for (let i = j + 2; i < n; i++) Hr[i * n + j] = Hi[i * n + j] = 0;
  }
}

/** Shifted QR iteration on the Hessenberg H until it is upper triangular (complex Schur form), Z updated. */
function schur(n: number, Hr: Float64Array, Hi: Float64Array, Zr: Float64Array, Zi: Float64Array, fro: number, budget: LinBudget): void {
  const cs = new Float64Array(n), snr = new Float64Array(n), sni = new Float64Array(n);
  let hi = n - 1;
  let iter = 0, total = 0;
  const abs = (k: number) => Math.hypot(Hr[k]!, Hi[k]!);
  while (hi > 0) {
    budget.tick(n * n);
    let l = hi;
    while (l > 0) {
      let s = abs((l - 1) * n + l - 1) + abs(l * n + l);
      if (s === 0) s = fro;
      if (abs(l * n + l - 1) <= EPS * s) {
        Hr[l * n + l - 1] = Hi[l * n + l - 1] = 0;
        break;
      }
      l--;
    }
    if (l === hi) {
      hi--;
      iter = 0;
      continue;
    }
    if (++total > 100 * n) throw domainError("no-convergence", "the eigenvalue iteration did not converge");
    iter++;
    // Wilkinson shift: the eigenvalue of the trailing 2x2 closer to its last diagonal entry.
    const p = hi - 1;
    const ar = Hr[p * n + p]!, ai = Hi[p * n + p]!, br = Hr[p * n + hi]!, bi = Hi[p * n + hi]!;
    const cr = Hr[hi * n + p]!, ci = Hi[hi * n + p]!, dr = Hr[hi * n + hi]!, di = Hi[hi * n + hi]!;
    let mur: number, mui: number;
    if (iter % 11 === 10) {
      // Exceptional shift to break cycles.
      const t = 0.75 * Math.hypot(cr, ci) + Math.abs(dr);
      mur = dr + t;
      mui = di;
    } else {
      const hr = (ar - dr) / 2, hi2 = (ai - di) / 2;
      // disc = sqrt(h^2 + b c)
      const qr = hr * hr - hi2 * hi2 + (br * cr - bi * ci);
      const qi = 2 * hr * hi2 + (br * ci + bi * cr);
      const m = Math.hypot(qr, qi);
      let sr = Math.sqrt((m + Math.abs(qr)) / 2);
      let si = sr === 0 ? 0 : qi / (2 * sr);
      if (qr < 0) [sr, si] = [Math.abs(si), qi < 0 ? -sr : sr];
      // mu = d - b c / (h + sign * disc), choosing the sign that avoids cancellation.
      let denr = hr + sr, deni = hi2 + si;
      const altr = hr - sr, alti = hi2 - si;
      if (Math.hypot(altr, alti) > Math.hypot(denr, deni)) (denr = altr), (deni = alti);
      if (denr === 0 && deni === 0) {
        mur = dr;
        mui = di;
      } else {
        const [qr2, qi2] = cdivParts(br * cr - bi * ci, br * ci + bi * cr, denr, deni);
        mur = dr - qr2;
        mui = di - qi2;
      }
    }
    for (let k = l; k <= hi; k++) {
      Hr[k * n + k] = Hr[k * n + k]! - mur;
      Hi[k * n + k] = Hi[k * n + k]! - mui;
    }
    // QR of the active block by Givens rotations on rows (applied to the full rows for the Schur form).
    for (let k = l; k < hi; k++) {
      const xr = Hr[k * n + k]!, xi = Hi[k * n + k]!, yr = Hr[(k + 1) * n + k]!, yi = Hi[(k + 1) * n + k]!;
      const xm = Math.hypot(xr, xi), r = Math.hypot(xm, yr, yi);
      let c: number, sr: number, si: number;
      if (r === 0) (c = 1), (sr = 0), (si = 0);
      else if (xm === 0) (c = 0), (sr = 1), (si = 0);
      else {
        c = xm / r;
        // s = (x/|x|) conj(y) / r
        const pr = xr / xm, pi = xi / xm;
        sr = (pr * yr + pi * yi) / r;
        si = (pi * yr - pr * yi) / r;
      }
      cs[k] = c;
      snr[k] = sr;
      sni[k] = si;
      for (let j = k; j < n; j++) {
        const ar2 = Hr[k * n + j]!, ai2 = Hi[k * n + j]!, br2 = Hr[(k + 1) * n + j]!, bi2 = Hi[(k + 1) * n + j]!;
        // row_k = c row_k + s row_{k+1}; row_{k+1} = -conj(s) row_k + c row_{k+1}
        Hr[k * n + j] = c * ar2 + (sr * br2 - si * bi2);
        Hi[k * n + j] = c * ai2 + (sr * bi2 + si * br2);
        Hr[(k + 1) * n + j] = -(sr * ar2 + si * ai2) + c * br2;
        Hi[(k + 1) * n + j] = -(sr * ai2 - si * ar2) + c * bi2;
      }
    }
    // R Q: columns k, k+1 with G^* (rows 0..k+1 of H, all rows of Z).
    for (let k = l; k < hi; k++) {
      const c = cs[k]!, sr = snr[k]!, si = sni[k]!;
      for (const [Mr, Mi, rows] of [[Hr, Hi, Math.min(k + 2, hi + 1)], [Zr, Zi, n]] as const) {
        for (let i = 0; i < rows; i++) {
          const ar2 = Mr[i * n + k]!, ai2 = Mi[i * n + k]!, br2 = Mr[i * n + k + 1]!, bi2 = Mi[i * n + k + 1]!;
          // col_k = c col_k + conj(s) col_{k+1}; col_{k+1} = -s col_k + c col_{k+1}
          Mr[i * n + k] = c * ar2 + (sr * br2 + si * bi2);
          Mi[i * n + k] = c * ai2 + (sr * bi2 - si * br2);
          Mr[i * n + k + 1] = -(sr * ar2 - si * ai2) + c * br2;
          Mi[i * n + k + 1] = -(sr * ai2 + si * ar2) + c * bi2;
        }
      }
    }
    for (let k = l; k <= hi; k++) {
      Hr[k * n + k] = Hr[k * n + k]! + mur;
      Hi[k * n + k] = Hi[k * n + k]! + mui;
    }
  }
}

/**
 * A real matrix's non-real eigenvalues come in conjugate pairs: match each upper-half-plane value with the nearest
 * conjugate of a lower one, average the pair (the change is within the backward error), and give the lower one
 * the conjugate eigenvector, so results are exactly conjugate as LAPACK's are.
 */
function pairConjugates(vals: { re: number; im: number }[], Vr: Float64Array, Vi: Float64Array, n: number): void {
  const used = new Set<number>();
  for (let p = 0; p < vals.length; p++) {
    const a = vals[p]!;
    if (!(a.im > 0) || used.has(p)) continue;
    let best = -1, bestD = Infinity;
    for (let q = 0; q < vals.length; q++) {
      const b = vals[q]!;
      if (!(b.im < 0) || used.has(q)) continue;
      const d = Math.hypot(a.re - b.re, a.im + b.im);
      if (d < bestD) (bestD = d), (best = q);
    }
    if (best < 0) continue;
    used.add(p).add(best);
    const b = vals[best]!;
    const re = (a.re + b.re) / 2, im = (a.im - b.im) / 2;
    vals[p] = { re, im };
    vals[best] = { re, im: -im };
    for (let i = 0; i < n; i++) {
      Vr[i * n + best] = Vr[i * n + p]!;
      Vi[i * n + best] = -Vi[i * n + p]!;
    }
  }
}
