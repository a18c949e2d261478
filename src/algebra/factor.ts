// Factorization of univariate polynomials over Q into irreducibles: Yun's square-free decomposition, then for each
// square-free part a recombination of its certified complex roots (the numeric analogue of Zassenhaus'
// recombination step): for each conjugation-closed subset S of roots, lc(f) * prod_{r in S} (x - r) rounded to
// Z[x] is a candidate factor, accepted only after an exact division check. Roots are computed to enough bits that
// every true factor rounds correctly, so the result is a proven factorization into irreducibles over Q.
// Subsets are pruned by the factor degrees possible modulo small primes (modp.ts), which also proves most
// irreducible inputs irreducible at once. Cost is still exponential in the worst case (Swinnerton-Dyer
// polynomials); the budget's ticks bound it.
import { Q, type Rational } from "../numbers/index.js";
import type { Budget } from "../core/index.js";
import { type QPoly, squareFree, primitiveZ, exactDivZ, lc } from "./upoly.js";
import { certifiedRoots, approxRootModuli } from "./roots.js";
import { possibleFactorDegrees, squareFreeModP } from "./modp.js";

export interface QFactorization {
  /** The rational constant in front. */
  readonly content: Rational;
  /** Primitive integer polynomials with positive leading coefficient, irreducible over Q, with multiplicity. */
  readonly factors: { readonly poly: bigint[]; readonly mult: number }[];
}

/**
 * Irreducible factorization of p over Q (exact, proven by division); p = content * prod poly^mult. With
 * maxDegree, only factors up to that degree are split off (solve needs no more): the last factor of each
 * square-free part may then be reducible.
 */
export function factorQ(p: QPoly, budget: Budget, maxDegree = Infinity): QFactorization {
  const factors: { poly: bigint[]; mult: number }[] = [];
  if (p.length <= 1) return { content: p[0] ?? Q.ZERO, factors };
  // gcds and root finding cost about degree^2: predicted against the elements limit before any work.
  budget.checkElements((p.length - 1) * (p.length - 1), "factoring's work (degree squared)");
  // Yun's gcds over Q grow coefficients quickly at high degree: skip them when f is square-free modulo a prime.
  const prim = primitiveZ(p);
  const parts = squareFreeModP(prim) ? [{ factor: [...p], mult: 1 }] : squareFree(p, budget);
  for (const { factor, mult } of parts) {
    for (const f of factorSquareFree(primitiveZ(factor), budget, maxDegree)) factors.push({ poly: f, mult });
  }
  // content = p / prod(factors^mult): compare leading coefficients.
  let lead = Q.ONE;
  for (const f of factors) lead = Q.mul(lead, Q.powInt(Q.fromInt(f.poly[f.poly.length - 1]!), BigInt(f.mult)));
  const content = Q.div(lc(p), lead);
  factors.sort((a, b) => a.poly.length - b.poly.length || cmpCoeffs(a.poly, b.poly));
  return { content, factors };
}

function cmpCoeffs(a: bigint[], b: bigint[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

/** Irreducible factors of a primitive square-free integer polynomial. */
export function factorSquareFree(f: bigint[], budget: Budget, maxDegree = Infinity): bigint[][] {
  const out: bigint[][] = [];
  if (f.length <= 2) return [f];
  if (f[0] === 0n) {
    out.push([0n, 1n]);
    f = f.slice(1);
    if (f.length <= 2) return f.length === 2 ? [...out, f] : out;
  }
  const n = f.length - 1;
  let allowed = possibleFactorDegrees(f, budget, maxDegree);
  const properDivisorDegree = (a: boolean[], deg: number) => a.some((ok, d) => ok && d > 0 && d < deg && d <= maxDegree);
  if (!properDivisorDegree(allowed, n)) return [...out, f]; // irreducible (or no small factor) by the degree analysis
  // Bits so that every candidate's coefficients (at most |lc| * prod(1 + |r|)) come out within 1/4: first a
  // cheap pass gives the root moduli, then the roots are refined to that many bits.
  // Root moduli from float64 Aberth are size hints only (doubled for safety); a miss could only lose a factor,
  // so when they are unusable the certified roots at 32 bits give the sizes instead.
  let moduli = approxRootModuli(f, budget).map((m) => 2 * m);
  if (!moduli.every(Number.isFinite)) {
    moduli = certifiedRoots(f, 32, budget).map((r) => Math.hypot(Q.toNumber(r.re), Q.toNumber(r.im)));
  }
  let logB = Q.bitLength(f[n]!) + Math.log2(n) + 16;
  for (const m of moduli) logB += Math.log2(1 + m);
  const roots = certifiedRoots(f, Math.ceil(logB), budget);
  const W = BigInt(Math.ceil(logB) + 8);
  const fx = roots.map((r) => ({ re: (r.re.num << W) / r.re.den, im: (r.im.num << W) / r.im.den }));
  // Units: real roots and conjugate pairs.
  const unitIdx: number[][] = [];
  const used = new Set<number>();
  roots.forEach((r, i) => {
    if (used.has(i)) return;
    used.add(i);
    if (Q.isZero(r.im)) {
      unitIdx.push([i]);
      return;
    }
    const j = roots.findIndex((s, k) => !used.has(k) && Q.eq(s.re, r.re) && Q.eq(s.im, Q.neg(r.im)));
    if (j >= 0) {
      used.add(j);
      unitIdx.push([i, j]);
    } else {
      unitIdx.push([i]);
    }
  });
  let rest = f;
  let remaining = unitIdx.map((_, i) => i);
  for (let size = 1; size * 2 <= remaining.length && size <= maxDegree; size++) {
    let found = true;
    while (found && size * 2 <= remaining.length) {
      found = false;
      if (!properDivisorDegree(allowed, rest.length - 1)) break;
      // k units have degree k..2k: skip sizes whose degrees are all ruled out modulo p.
      if (!allowed.some((ok, d) => ok && d >= size && d <= Math.min(2 * size, maxDegree))) break;
      for (const subset of combinations(remaining, size, budget)) {
        let deg = 0;
        for (const i of subset) deg += unitIdx[i]!.length;
        if (!allowed[deg] || deg > maxDegree) continue;
        const members = subset.flatMap((i) => unitIdx[i]!).map((k) => fx[k]!);
        const cand = candidate(members, f[n]!, W);
        if (!cand) continue;
        const q = exactDivZ(rest, cand);
        if (!q) continue;
        out.push(cand);
        rest = q;
        allowed = rest.length > 2 ? possibleFactorDegrees(rest, budget, maxDegree) : [true, true];
        remaining = remaining.filter((i) => !subset.includes(i));
        found = true;
        break;
      }
    }
  }
  if (rest.length > 1) out.push(primitiveZ(rest.map((c) => Q.fromInt(c))));
  return out;
}

function* combinations(items: number[], k: number, budget: Budget): Generator<number[]> {
  const idx = Array.from({ length: k }, (_, i) => i);
  if (k > items.length) return;
  for (;;) {
    budget.tick();
    yield idx.map((i) => items[i]!);
    let i = k - 1;
    while (i >= 0 && idx[i] === items.length - k + i) i--;
    if (i < 0) return;
    idx[i]!++;
    for (let j = i + 1; j < k; j++) idx[j] = idx[j - 1]! + 1;
  }
}

/**
 * lead * prod(x - r) rounded to Z[x] when every coefficient is within 1/4 of an integer (fixed point at 2^-W,
 * W chosen so the rounding is right for true factors), as a primitive polynomial. The x^(k-1) coefficient
 * (-lead * sum r, the trace test) is checked first: it rejects most subsets with k additions.
 */
function candidate(rs: { re: bigint; im: bigint }[], lead: bigint, W: bigint): bigint[] | undefined {
  const one = 1n << W;
  const near = (v: bigint, tol: bigint): boolean => {
    const r = ((v % one) + one) % one;
    return r <= tol || one - r <= tol;
  };
  let tr = 0n;
  for (const r of rs) tr += r.re;
  if (!near(lead * tr, one >> 3n)) return undefined;
  let re: bigint[] = [lead << W];
  let im: bigint[] = [0n];
  for (const r of rs) {
    const nre: bigint[] = new Array(re.length + 1).fill(0n);
    const nim: bigint[] = new Array(re.length + 1).fill(0n);
    for (let i = 0; i < re.length; i++) {
      nre[i + 1]! += re[i]!;
      nim[i + 1]! += im[i]!;
      nre[i]! -= (re[i]! * r.re - im[i]! * r.im) >> W;
      nim[i]! -= (re[i]! * r.im + im[i]! * r.re) >> W;
    }
    re = nre;
    im = nim;
  }
  const quarter = one >> 2n;
  const out: bigint[] = [];
  for (let i = 0; i < re.length; i++) {
    const a = im[i]! < 0n ? -im[i]! : im[i]!;
    if (a > quarter) return undefined;
    const k = (re[i]! + (one >> 1n)) >> W;
    const d = re[i]! - (k << W);
    if ((d < 0n ? -d : d) > quarter) return undefined;
    out.push(k);
  }
  if (out[0] === 0n) return undefined;
  return primitiveZ(out.map((c) => Q.fromInt(c)));
}
