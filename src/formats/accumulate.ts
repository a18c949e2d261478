// Dot products, sums and matrix products with separately chosen input, product and accumulator formats and a
// summation order (sequential, pairwise, blocked with block size k), to show how low-precision accumulation
// stalls (summing 0.01 ten thousand times in fp16 gives 32) and why the order matters (Higham, "Accuracy and
// Stability of Numerical Algorithms", ch. 4; Blanchard, Higham, Mary 2020 for blocked summation).
import { Q, type Rational } from "../numbers/index.js";
import { dimensionError, domainError, type RoundingMode, type Budget } from "../core/index.js";
import type { NumberFormat, OverflowPolicy } from "./types.js";
import * as B from "./binary-format.js";
import { roundRational, roundNonFinite, prngStream } from "./round.js";

export type SumOrder = "sequential" | "pairwise" | "blocked";

export interface AccumSpec {
  /** Format the inputs are rounded into first (null: exact inputs). */
  readonly input: NumberFormat | null;
  /** Format each product is rounded into (null: exact products, as in a fused multiply-add). */
  readonly product: NumberFormat | null;
  /** Format of the running sum (null: exact accumulation). */
  readonly acc: NumberFormat | null;
  readonly order: SumOrder;
  /** Block size of the blocked order (default 32). */
  readonly block?: number;
  readonly mode?: RoundingMode;
  readonly overflow?: OverflowPolicy;
  readonly seed?: number;
}

/** A value inside the accumulation: a decoded format value or an exact rational (B.Decoded covers both). */
type X = B.Decoded;

const exact = (q: Rational): X => ({ kind: "finite", sign: q.num < 0n ? 1 : 0, value: q });

interface Rounder {
  round(fmt: NumberFormat | null, x: X): X;
  add(fmt: NumberFormat | null, a: X, b: X): X;
  mul(fmt: NumberFormat | null, a: X, b: X): X;
}

function rounder(spec: AccumSpec): Rounder {
  const mode = spec.mode ?? "nearest_even";
  const overflow = spec.overflow ?? "nonfinite";
  const draw = prngStream(spec.seed ?? 0);
  const nonFinite = (fmt: NumberFormat | null, kind: "inf" | "nan", sign: 0 | 1): X => {
    if (!fmt) return kind === "nan" ? { kind: "nan", sign: 0, payload: 0n } : { kind: "inf", sign };
    const c = roundNonFinite(fmt, kind, sign, overflow);
    if (c === null) throw domainError("out-of-domain", `${fmt.name} cannot hold ${kind}`);
    return B.decode(fmt, c);
  };
  const round = (fmt: NumberFormat | null, x: X): X => {
    if (x.kind !== "finite") return nonFinite(fmt, x.kind, x.sign);
    if (!fmt) return x;
    return B.decode(fmt, roundRational(fmt, x.value, mode, overflow, draw(), x.sign === 1));
  };
  return {
    round,
    add(fmt, a, b) {
      if (a.kind === "nan" || b.kind === "nan") return nonFinite(fmt, "nan", 0);
      if (a.kind === "inf" || b.kind === "inf") {
        if (a.kind === "inf" && b.kind === "inf" && a.sign !== b.sign) return nonFinite(fmt, "nan", 0);
        return nonFinite(fmt, "inf", a.kind === "inf" ? a.sign : b.sign);
      }
      const s = Q.add(a.value, b.value);
      const zs: 0 | 1 = s.num === 0n && ((a.sign && b.sign) || mode === "down") ? 1 : 0;
      return round(fmt, { kind: "finite", sign: s.num < 0n ? 1 : zs, value: s });
    },
    mul(fmt, a, b) {
      const sign = (a.sign ^ b.sign) as 0 | 1;
      if (a.kind === "nan" || b.kind === "nan") return nonFinite(fmt, "nan", 0);
      const zero = (x: X) => x.kind === "finite" && x.value.num === 0n;
      if (a.kind === "inf" || b.kind === "inf") return zero(a) || zero(b) ? nonFinite(fmt, "nan", 0) : nonFinite(fmt, "inf", sign);
      return round(fmt, { kind: "finite", sign, value: Q.mul(a.value, b.value) });
    },
  };
}

/** Sum of already-prepared terms in the accumulator format, in the given order. */
function sumTerms(terms: readonly X[], spec: AccumSpec, r: Rounder, budget?: Budget): X {
  const acc = spec.acc;
  const zero = r.round(acc, exact(Q.ZERO));
  const sequential = (lo: number, hi: number): X => {
    let s = zero;
    for (let i = lo; i < hi; i++) {
      s = r.add(acc, s, terms[i]!);
      budget?.tick();
    }
    return s;
  };
  if (terms.length === 0) return zero;
  switch (spec.order) {
    case "sequential":
      return sequential(0, terms.length);
    case "pairwise": {
      // iterative bottom-up pairing: level by level, (t0 + t1), (t2 + t3), ...; an odd last term moves up as is
      let level: X[] = terms.map((t) => r.round(acc, t));
      while (level.length > 1) {
        const next: X[] = [];
        for (let i = 0; i + 1 < level.length; i += 2) next.push(r.add(acc, level[i]!, level[i + 1]!));
        if (level.length % 2 === 1) next.push(level[level.length - 1]!);
        level = next;
        budget?.tick(next.length);
      }
      return level[0]!;
    }
    case "blocked": {
      const k = spec.block ?? 32;
      if (!(Number.isInteger(k) && k >= 1)) throw domainError("out-of-domain", `the block size must be a positive integer, got ${k}`);
      let s = zero;
      for (let lo = 0; lo < terms.length; lo += k) s = r.add(acc, s, sequential(lo, Math.min(lo + k, terms.length)));
      return s;
    }
  }
}

export interface AccumResult {
  /** The computed result, decoded in the accumulator format (or exact). */
  readonly value: B.Decoded;
  /** Code of the result in the accumulator format (null for exact accumulation). */
  readonly code: bigint | null;
  /** The exact result on the original inputs. */
  readonly exact: Rational;
}

/** Encodes a decoded accumulator value back to its code. */
function codeOf(fmt: NumberFormat | null, x: X, spec: AccumSpec): bigint | null {
  if (!fmt) return null;
  if (x.kind === "finite") return roundRational(fmt, x.value, "nearest_even", spec.overflow ?? "nonfinite", 0, x.sign === 1);
  return roundNonFinite(fmt, x.kind, x.sign, spec.overflow ?? "nonfinite");
}

/**
 * x . y with inputs rounded into spec.input, products rounded into spec.product, summed in spec.acc in spec.order.
 * Every operation is the exact operation on its (rounded) operands, rounded once (IEEE semantics inside).
 */
export function dotInFormats(x: readonly Rational[], y: readonly Rational[], spec: AccumSpec, budget?: Budget): AccumResult {
  if (x.length !== y.length) throw dimensionError(`dot product of vectors of lengths ${x.length} and ${y.length}`);
  const r = rounder(spec);
  const terms = x.map((xi, i) => r.mul(spec.product, r.round(spec.input, exact(xi)), r.round(spec.input, exact(y[i]!))));
  const value = sumTerms(terms, spec, r, budget);
  let ex = Q.ZERO;
  x.forEach((xi, i) => (ex = Q.add(ex, Q.mul(xi, y[i]!))));
  return { value, code: codeOf(spec.acc, value, spec), exact: ex };
}

/** Sum of v with inputs rounded into spec.input and accumulated in spec.acc in spec.order. */
export function sumInFormats(v: readonly Rational[], spec: AccumSpec, budget?: Budget): AccumResult {
  const r = rounder(spec);
  const value = sumTerms(v.map((t) => r.round(spec.input, exact(t))), spec, r, budget);
  return { value, code: codeOf(spec.acc, value, spec), exact: v.reduce((s, t) => Q.add(s, t), Q.ZERO) };
}

/** A (n x k) times B (k x m), row-major, each entry a dotInFormats with the same spec. */
export function matmulInFormats(
  a: readonly Rational[],
  b: readonly Rational[],
  n: number,
  k: number,
  m: number,
  spec: AccumSpec,
  budget?: Budget,
): AccumResult[] {
  budget?.checkElements(n * m, "the matrix product");
  budget?.checkElements(n * m * k, "the work of the matrix product");
  const out: AccumResult[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const row = a.slice(i * k, (i + 1) * k);
      const col = Array.from({ length: k }, (_, t) => b[t * m + j]!);
      out.push(dotInFormats(row, col, spec, budget));
    }
  }
  return out;
}
