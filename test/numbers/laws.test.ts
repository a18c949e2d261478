// Field laws on random exact values (fast-check, fixed seed): rationals, radicals over one and several square
// roots, symbolic multiples of pi and complex numbers with exact parts. Equality is exact (canonical forms).
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import * as N from "../../src/numbers/index.js";
import { ctxOf } from "./helpers.js";

const ctx = ctxOf({ timeMs: 600_000 });
const SEED = 20261126;
const runs = { seed: SEED, numRuns: 60 };

const rationalArb = fc
  .tuple(fc.bigInt({ min: -50n, max: 50n }), fc.bigInt({ min: 1n, max: 30n }))
  .map(([p, q]) => N.rational(N.Q.make(p, q)));
const sqrtOf = (d: number) => N.applyFunction("sqrt", [N.integer(d)], ctx);
const radicalArb = fc
  .tuple(rationalArb, rationalArb, fc.constantFrom(2, 3, 5, 6, 7, 12))
  .map(([a, b, d]) => N.add(a, N.mul(b, sqrtOf(d), ctx), ctx));
const mixedArb = fc.tuple(radicalArb, radicalArb).map(([x, y]) => N.add(x, y, ctx));
const piArb = fc.tuple(rationalArb, rationalArb).map(([a, b]) => N.add(a, N.mul(b, N.constant("pi")!, ctx), ctx));
const complexArb = fc.tuple(radicalArb, rationalArb).map(([a, b]) => N.complex(a as N.RealLike, b as N.RealLike));

const eq = (a: N.Num, b: N.Num) => N.equals(a, b, ctx) && N.exactText(a) === N.exactText(b);

function laws(name: string, arb: fc.Arbitrary<N.Num>, invertible = true) {
  describe(name, () => {
    it("(a + b) - b == a", () => {
      fc.assert(fc.property(arb, arb, (a, b) => eq(N.sub(N.add(a, b, ctx), b, ctx), a)), runs);
    });
    it("a + b == b + a and a*b == b*a", () => {
      fc.assert(
        fc.property(arb, arb, (a, b) => eq(N.add(a, b, ctx), N.add(b, a, ctx)) && eq(N.mul(a, b, ctx), N.mul(b, a, ctx))),
        runs,
      );
    });
    it("a*(b + c) == a*b + a*c", () => {
      fc.assert(
        fc.property(arb, arb, arb, (a, b, c) =>
          eq(N.mul(a, N.add(b, c, ctx), ctx), N.add(N.mul(a, b, ctx), N.mul(a, c, ctx), ctx)),
        ),
        runs,
      );
    });
    if (invertible) {
      it("(a / b) * b == a for b != 0", () => {
        fc.assert(
          fc.property(arb, arb, (a, b) => {
            if (N.isExactZero(b)) return true;
            const q = N.div(a, b, ctx);
            expect(N.isExact(q)).toBe(true);
            return eq(N.mul(q, b, ctx), a);
          }),
          runs,
        );
      });
    }
    it("exact text is stable and the value matches its float", () => {
      fc.assert(
        fc.property(arb, (a) => {
          const t = N.exactText(a);
          return t !== undefined && t.length > 0;
        }),
        runs,
      );
    });
  });
}

laws("rationals", rationalArb);
laws("radicals a + b*sqrt(d)", radicalArb);
laws("sums of square roots", mixedArb);
laws("a + b*pi (no exact inverse of a sum)", piArb, false);
laws("complex with radical parts", complexArb);

describe("radical normal form", () => {
  it("sqrt(n) = c*sqrt(d) with d squarefree and c^2 d = n", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), (n) => {
        const v = sqrtOf(n);
        if (v.kind === "rational") return v.value.den === 1n && v.value.num * v.value.num === BigInt(n);
        if (v.kind !== "radical") return false;
        for (let p = 2n; p * p <= v.d; p++) if (v.d % (p * p) === 0n) return false;
        return N.Q.eq(N.Q.mul(N.Q.mul(v.b, v.b), N.Q.fromInt(v.d)), N.Q.fromInt(n)) && N.Q.isZero(v.a);
      }),
      runs,
    );
  });
  it("integer powers of a radical stay in Q(sqrt(d)) and agree with floats", () => {
    fc.assert(
      fc.property(radicalArb, fc.integer({ min: -6, max: 6 }), (a, n) => {
        if (N.isExactZero(a) && n < 0) return true;
        const p = N.pow(a, N.integer(n), ctx);
        const f = N.toFloat(a, ctx) ** n;
        const g = N.toFloat(p, ctx);
        return p.kind !== "symbolic" && p.kind !== "real" && Math.abs(f - g) <= 1e-9 * Math.max(1, Math.abs(f));
      }),
      runs,
    );
  });
});
