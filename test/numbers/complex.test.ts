// Complex principal branches checked numerically (fast-check, fixed seed): exact identities stay exact, and the
// composed elementary functions agree with float64 complex arithmetic written out in the test.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import * as N from "../../src/numbers/index.js";
import { ctxOf } from "./helpers.js";

const ctx = ctxOf({ timeMs: 600_000 });
const runs = { seed: 424242, numRuns: 40 };
const small = fc.integer({ min: -6, max: 6 });
const zArb = fc
  .tuple(small, small, fc.integer({ min: 1, max: 4 }))
  .filter(([a, b]) => a !== 0 || b !== 0)
  .map(([a, b, d]) => N.complex(N.rational(N.Q.make(BigInt(a), BigInt(d))) as N.RealLike, N.rational(N.Q.make(BigInt(b), BigInt(d))) as N.RealLike));

type Cx = [number, number];
const parts = (z: N.Num): Cx =>
  z.kind === "complex" ? [N.toFloat(z.re, ctx), N.toFloat(z.im, ctx)] : [N.toFloat(z, ctx), 0];
const close = (a: Cx, b: Cx, tol = 1e-12) =>
  Math.abs(a[0] - b[0]) <= tol * Math.max(1, Math.abs(b[0])) && Math.abs(a[1] - b[1]) <= tol * Math.max(1, Math.abs(b[1]));

// float64 reference implementations of the principal branches
const cabs = ([x, y]: Cx) => Math.hypot(x, y);
const carg = ([x, y]: Cx) => Math.atan2(y, x);
const cln = (z: Cx): Cx => [Math.log(cabs(z)), carg(z)];
const cexp = ([x, y]: Cx): Cx => [Math.exp(x) * Math.cos(y), Math.exp(x) * Math.sin(y)];
const csqrt = (z: Cx): Cx => {
  const r = Math.sqrt(cabs(z));
  const t = carg(z) / 2;
  return [r * Math.cos(t), r * Math.sin(t)];
};
const csin = ([x, y]: Cx): Cx => [Math.sin(x) * Math.cosh(y), Math.cos(x) * Math.sinh(y)];
const ccos = ([x, y]: Cx): Cx => [Math.cos(x) * Math.cosh(y), -Math.sin(x) * Math.sinh(y)];

const f = (name: string, z: N.Num) => N.applyFunction(name, [z], ctx);

describe("complex principal branches", () => {
  it("sqrt(z)^2 == z exactly, with re(sqrt(z)) >= 0", () => {
    fc.assert(
      fc.property(zArb, (z) => {
        const s = f("sqrt", z);
        const sq = N.mul(s, s, ctx);
        if (N.isExact(s)) expect(N.exactText(sq)).toBe(N.exactText(z));
        return close(parts(s), csqrt(parts(z))) && parts(s)[0] >= 0;
      }),
      runs,
    );
  });
  it("ln, exp, sin, cos agree with float64 formulas", () => {
    fc.assert(
      fc.property(zArb, (z) => {
        const p = parts(z);
        return (
          close(parts(f("ln", z)), cln(p)) &&
          close(parts(f("exp", z)), cexp(p)) &&
          close(parts(f("sin", z)), csin(p)) &&
          close(parts(f("cos", z)), ccos(p))
        );
      }),
      runs,
    );
  });
  it("exp(ln(z)) == z numerically and arg is in (-pi, pi]", () => {
    fc.assert(
      fc.property(zArb, (z) => {
        const a = N.toFloat(N.applyFunction("arg", [z], ctx), ctx);
        return close(parts(f("exp", f("ln", z))), parts(z), 1e-11) && a > -Math.PI && a <= Math.PI + 1e-15;
      }),
      runs,
    );
  });
  it("z^w = exp(w ln z) for exact complex z, w", () => {
    fc.assert(
      fc.property(zArb, zArb, (z, w) => {
        const got = parts(N.pow(z, w, ctx));
        const [lr, li] = cln(parts(z));
        const [wr, wi] = parts(w);
        const want = cexp([wr * lr - wi * li, wr * li + wi * lr]);
        return close(got, want, 1e-9);
      }),
      runs,
    );
  });
});
