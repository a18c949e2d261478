// Rounding properties (fast-check, fixed seed): the result is one of the two neighbours around x, ties go to the
// even code, rounding is monotone and idempotent, directed modes bracket x; stochastic rounding is unbiased and
// reproducible by seed.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { Q, type Rational } from "../../src/numbers/index.js";
import type { RoundingMode } from "../../src/core/index.js";
import { lookupFormat, roundRational, decode, nextCode, ordinalValue, maxOrdinal, prngDraw, type NumberFormat } from "../../src/formats/index.js";

const FORMATS = ["fp16", "bf16", "fp8e4m3", "fp8e5m2", "fp6e2m3", "fp6e3m2", "fp4e2m1", "tf32", "fp32", "int8", "uint4", "e8m0", "ue4m3"].map((n) => lookupFormat(n)!);
const MODES: RoundingMode[] = ["nearest_even", "nearest_away", "toward_zero", "up", "down", "odd"];
const SEED = { seed: 20261126, numRuns: 300 };

/** Rationals spanning each format's range: mantissa-ish numerator times a power of two, random sign. */
const rational = fc
  .tuple(fc.bigInt({ min: -(1n << 40n), max: 1n << 40n }), fc.bigInt({ min: 1n, max: 1n << 20n }), fc.integer({ min: -150, max: 140 }))
  .map(([n, d, e]) => Q.mul(Q.make(n, d), e >= 0 ? Q.fromInt(1n << BigInt(e)) : Q.make(1n, 1n << BigInt(-e))));

const val = (f: NumberFormat, c: bigint): Rational | null => {
  const d = decode(f, c);
  return d.kind === "finite" ? d.value : null;
};

describe("rounding properties", () => {
  it("the result is the lower or upper neighbour, which bracket x (finite range)", () => {
    fc.assert(
      fc.property(rational, fc.constantFrom(...FORMATS), fc.constantFrom(...MODES), (x, f, mode) => {
        const lo = val(f, roundRational(f, x, "down", "saturate"));
        const hi = val(f, roundRational(f, x, "up", "saturate"));
        const v = val(f, roundRational(f, x, mode, "saturate"));
        expect(lo && hi && v).toBeTruthy();
        expect(Q.eq(v!, lo!) || Q.eq(v!, hi!)).toBe(true);
        // inside the range, lo <= x <= hi and they are adjacent
        const max = val(f, roundRational(f, Q.fromInt(1n << 400n), "nearest_even", "saturate"))!;
        const min = f.signed ? Q.neg(max) : Q.ZERO;
        if (Q.cmp(x, max) <= 0 && Q.cmp(x, min) >= 0 && !(f.kind === "pow2")) {
          expect(Q.cmp(lo!, x) <= 0 && Q.cmp(x, hi!) <= 0).toBe(true);
          if (!Q.eq(lo!, hi!)) {
            const up = nextCode(f, roundRational(f, x, "down", "saturate"), 1);
            expect(up !== null && Q.eq(val(f, up)!, hi!)).toBe(true);
          }
        }
      }),
      SEED,
    );
  });
  it("nearest modes pick a closest neighbour; toward_zero never grows |x|; odd sets the last bit when inexact", () => {
    fc.assert(
      fc.property(rational, fc.constantFrom(...FORMATS.filter((f) => f.kind === "float")), (x, f) => {
        const lo = val(f, roundRational(f, x, "down", "saturate"))!;
        const hi = val(f, roundRational(f, x, "up", "saturate"))!;
        const dist = (v: Rational) => Q.absQ(Q.sub(v, x));
        const best = Q.cmp(dist(lo), dist(hi)) <= 0 ? dist(lo) : dist(hi);
        for (const mode of ["nearest_even", "nearest_away"] as const) {
          expect(Q.cmp(dist(val(f, roundRational(f, x, mode, "saturate"))!), best)).toBe(0);
        }
        expect(Q.cmp(Q.absQ(val(f, roundRational(f, x, "toward_zero", "saturate"))!), Q.absQ(x)) <= 0).toBe(true);
        const odd = roundRational(f, x, "odd", "saturate");
        if (!Q.eq(lo, hi)) expect(odd & 1n).toBe(1n);
      }),
      SEED,
    );
  });
  it("is monotone and idempotent", () => {
    fc.assert(
      fc.property(rational, rational, fc.constantFrom(...FORMATS), fc.constantFrom(...MODES), (a, b, f, mode) => {
        const [x, y] = Q.cmp(a, b) <= 0 ? [a, b] : [b, a];
        const vx = val(f, roundRational(f, x, mode, "saturate"))!;
        const vy = val(f, roundRational(f, y, mode, "saturate"))!;
        expect(Q.cmp(vx, vy) <= 0).toBe(true);
        expect(val(f, roundRational(f, vx, mode, "saturate"))).toEqual(vx);
      }),
      SEED,
    );
  });
  it("ties go to the even code (nearest_even) and away from zero (nearest_away)", () => {
    for (const f of FORMATS.filter((g) => g.kind === "float" && g.bits <= 16)) {
      const top = maxOrdinal(f) < 200n ? maxOrdinal(f) : 200n;
      for (let o = 0n; o < top; o++) {
        const mid = Q.div(Q.add(ordinalValue(f, o), ordinalValue(f, o + 1n)), Q.fromInt(2));
        const even = roundRational(f, mid, "nearest_even", "saturate");
        expect(even & 1n).toBe(0n);
        expect(roundRational(f, mid, "nearest_away", "saturate")).toBe(o + 1n);
        if (f.signed) expect(roundRational(f, Q.neg(mid), "nearest_away", "saturate") & ((1n << BigInt(f.bits - 1)) - 1n)).toBe(o + 1n);
      }
    }
  });
  it("int formats: ties to even, saturation at the ends", () => {
    const i8 = lookupFormat("int8")!;
    const code = (x: Rational, m: RoundingMode = "nearest_even") => roundRational(i8, x, m, "saturate");
    expect(code(Q.make(5n, 2n))).toBe(2n);
    expect(code(Q.make(7n, 2n))).toBe(4n);
    expect(code(Q.make(-5n, 2n))).toBe(254n); // -2
    expect(code(Q.make(-5n, 2n), "nearest_away")).toBe(253n); // -3
    expect(code(Q.fromInt(1000))).toBe(127n);
    expect(code(Q.fromInt(-1000))).toBe(128n);
  });
});

describe("stochastic rounding", () => {
  it("is unbiased: mean error within 4 standard errors of 0 over 10^5 samples", () => {
    const f = lookupFormat("fp16")!;
    for (const x of [Q.make(1n, 3n), Q.add(Q.ONE, Q.make(1n, 10000n)), Q.make(-7n, 10n)]) {
      let sum = 0;
      let sum2 = 0;
      const N = 100_000;
      for (let i = 0; i < N; i++) {
        const v = val(f, roundRational(f, x, "stochastic", "nonfinite", prngDraw(12345, i)))!;
        const e = Q.toNumber(Q.sub(v, x));
        sum += e;
        sum2 += e * e;
      }
      const mean = sum / N;
      const sd = Math.sqrt(sum2 / N - mean * mean);
      expect(Math.abs(mean)).toBeLessThan((4 * sd) / Math.sqrt(N));
    }
  });
  it("is reproducible: same seed, same draws; the probability of rounding up follows the position", () => {
    expect(prngDraw(7, 3)).toBe(prngDraw(7, 3));
    expect(prngDraw(7, 3)).not.toBe(prngDraw(8, 3));
    const f = lookupFormat("fp8e4m3")!;
    // 1 + 1/32 lies a quarter of the way from 1 to 1.125: P(up) = 1/4
    const x = Q.add(Q.ONE, Q.make(1n, 32n));
    let up = 0;
    for (let i = 0; i < 20_000; i++) if (roundRational(f, x, "stochastic", "nonfinite", prngDraw(1, i)) !== roundRational(f, x, "down", "nonfinite")) up++;
    expect(Math.abs(up / 20_000 - 0.25)).toBeLessThan(4 * Math.sqrt((0.25 * 0.75) / 20_000));
  });
});
