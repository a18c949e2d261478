// Circular and hyperbolic functions and their inverses over the tower. Exact at rational multiples of pi where
// the value is a radical (sin(pi/6) = 1/2, tan(pi/3) = sqrt(3)); poles at exact arguments (tan(pi/2), cot(0)) are
// DomainErrors; real arguments outside the real domain (asin(2), acosh(1/2), atanh(2)) give principal complex
// values; complex arguments use the textbook identities on real parts (errors carried by the real balls).
import { domainError } from "../core/index.js";
import * as Q from "./rational.js";
import type { Num, RealLike, NumCtx } from "./num.js";
import { mulR, negR, compareR, realApply, complex, isZeroR, rat, ZERO, ONE, I } from "./tower.js";
import * as C from "./complex.js";
import { cosPi, sinPi, piMultiple, asinPiExact, atanPiExact, piTimes } from "./trig-exact.js";
import { sqrt, ln } from "./elementary.js";

const pole = (f: string) => domainError("pole", `${f} has a pole at this argument`);

function exactCosSin(x: RealLike): { c: RealLike; s: RealLike } | undefined {
  const r = piMultiple(x);
  if (r === undefined) return undefined;
  const c = cosPi(r);
  const s = sinPi(r);
  return c && s ? { c, s } : undefined;
}

/** sin: exact at tabled multiples of pi; complex by sin a cosh b + i cos a sinh b; else a lazy real (correctly rounded output). */
export function sin(z: Num, ctx: NumCtx): Num {
  if (z.kind === "complex") {
    // sin(a + bi) = sin a cosh b + i cos a sinh b
    return complex(
      mulR(re(sin(z.re, ctx)), re(cosh(z.im, ctx))),
      mulR(re(cos(z.re, ctx)), re(sinh(z.im, ctx))),
    );
  }
  const r = piMultiple(z);
  return (r !== undefined ? sinPi(r) : undefined) ?? realApply("sin", z);
}

/** cos: exact at tabled multiples of pi; complex by cos a cosh b - i sin a sinh b; else a lazy real. */
export function cos(z: Num, ctx: NumCtx): Num {
  if (z.kind === "complex") {
    // cos(a + bi) = cos a cosh b - i sin a sinh b
    return complex(
      mulR(re(cos(z.re, ctx)), re(cosh(z.im, ctx))),
      negR(mulR(re(sin(z.re, ctx)), re(sinh(z.im, ctx)))),
    );
  }
  const r = piMultiple(z);
  return (r !== undefined ? cosPi(r) : undefined) ?? realApply("cos", z);
}

const re = (n: Num): RealLike => (n.kind === "complex" ? n.re : n);

/** ratio num/den of exact values with a pole when den is exactly 0; otherwise the lazy op. */
function exactRatio(x: RealLike, name: string, f: (cs: { c: RealLike; s: RealLike }) => [RealLike, RealLike]): RealLike | undefined {
  const cs = exactCosSin(x);
  if (!cs) return undefined;
  const [n, d] = f(cs);
  if (isZeroR(d)) throw pole(name);
  return C.div(n, d) as RealLike;
}

/** tan, cot, sec, csc: exact where sin and cos are; an exact zero denominator is a DomainError (pole); else lazy. */
export function tan(z: Num, ctx: NumCtx): Num {
  if (z.kind === "complex") return C.div(sin(z, ctx), cos(z, ctx));
  return exactRatio(z, "tan", ({ c, s }) => [s, c]) ?? realApply("tan", z);
}
export function cot(z: Num, ctx: NumCtx): Num {
  if (z.kind === "complex") return C.div(cos(z, ctx), sin(z, ctx));
  return exactRatio(z, "cot", ({ c, s }) => [c, s]) ?? realApply("cot", z);
}
export function sec(z: Num, ctx: NumCtx): Num {
  if (z.kind === "complex") return C.div(ONE, cos(z, ctx));
  return exactRatio(z, "sec", ({ c }) => [ONE, c]) ?? realApply("sec", z);
}
export function csc(z: Num, ctx: NumCtx): Num {
  if (z.kind === "complex") return C.div(ONE, sin(z, ctx));
  return exactRatio(z, "csc", ({ s }) => [ONE, s]) ?? realApply("csc", z);
}

const inUnit = (x: RealLike, ctx: NumCtx) => compareR(x, negR(ONE), ctx) >= 0 && compareR(x, ONE, ctx) <= 0;

/** Principal asin: exact at tabled values, real on [-1, 1], else -i ln(iz + sqrt(1 - z^2)). */
export function asin(z: Num, ctx: NumCtx): Num {
  if (z.kind !== "complex" && inUnit(z, ctx)) {
    const r = z.kind !== "real" ? asinPiExact(z) : undefined;
    return r !== undefined ? piTimes(r) : realApply("asin", z);
  }
  const w = C.add(C.mul(I, z), sqrt(C.sub(ONE, C.mul(z, z)), ctx));
  return C.mul(complex(ZERO, negR(ONE)), ln(w, ctx));
}

/** Principal acos = pi/2 - asin(z). */
export function acos(z: Num, ctx: NumCtx): Num {
  if (z.kind !== "complex" && inUnit(z, ctx)) {
    const r = z.kind !== "real" ? asinPiExact(z) : undefined;
    return r !== undefined ? piTimes(Q.sub(Q.make(1n, 2n), r)) : realApply("acos", z);
  }
  return C.sub(piTimes(Q.make(1n, 2n)), asin(z, ctx));
}

/** Principal atan: exact at tabled values; complex atan(z) = (i/2)(ln(1 - iz) - ln(1 + iz)), poles at +-i. */
export function atan(z: Num, ctx: NumCtx): Num {
  if (z.kind !== "complex") {
    const r = z.kind !== "real" ? atanPiExact(z) : undefined;
    return r !== undefined ? piTimes(r) : realApply("atan", z);
  }
  if (isZeroR(z.re) && (z.im.kind === "rational" && Q.abs(z.im.value.num) === 1n && z.im.value.den === 1n)) throw pole("atan");
  // Kahan's branch: atan(z) = (i/2) (ln(1 - iz) - ln(1 + iz)), continuous with the real axis
  const iz = C.mul(I, z);
  return C.mul(complex(ZERO, rat(Q.make(1n, 2n))), C.sub(ln(C.sub(ONE, iz), ctx), ln(C.add(ONE, iz), ctx)));
}

/** Hyperbolic functions: exact at 0; complex by the addition formulas; else lazy reals (correctly rounded output). */
export function sinh(z: Num, ctx: NumCtx): Num {
  if (z.kind === "complex") {
    // sinh(a + bi) = sinh a cos b + i cosh a sin b
    return complex(mulR(re(sinh(z.re, ctx)), re(cos(z.im, ctx))), mulR(re(cosh(z.re, ctx)), re(sin(z.im, ctx))));
  }
  return isZeroR(z) ? ZERO : realApply("sinh", z);
}

export function cosh(z: Num, ctx: NumCtx): Num {
  if (z.kind === "complex") {
    return complex(mulR(re(cosh(z.re, ctx)), re(cos(z.im, ctx))), mulR(re(sinh(z.re, ctx)), re(sin(z.im, ctx))));
  }
  return isZeroR(z) ? ONE : realApply("cosh", z);
}

export function tanh(z: Num, ctx: NumCtx): Num {
  if (z.kind === "complex") {
    const c = cosh(z, ctx);
    if (c.kind === "rational" && Q.isZero(c.value)) throw pole("tanh");
    return C.div(sinh(z, ctx), c);
  }
  return isZeroR(z) ? ZERO : realApply("tanh", z);
}

/** asinh(z) = ln(z + sqrt(z^2 + 1)) for complex z; real lazy otherwise; asinh(0) = 0. */
export function asinh(z: Num, ctx: NumCtx): Num {
  if (z.kind !== "complex") return isZeroR(z) ? ZERO : realApply("asinh", z);
  return ln(C.add(z, sqrt(C.add(C.mul(z, z), ONE), ctx)), ctx);
}

/** acosh: real for x >= 1 (acosh(1) = 0), else the principal ln(z + sqrt(z + 1) sqrt(z - 1)). */
export function acosh(z: Num, ctx: NumCtx): Num {
  if (z.kind !== "complex" && compareR(z, ONE, ctx) >= 0) {
    return z.kind === "rational" && Q.eq(z.value, Q.ONE) ? ZERO : realApply("acosh", z);
  }
  return ln(C.add(z, C.mul(sqrt(C.add(z, ONE), ctx), sqrt(C.sub(z, ONE), ctx))), ctx);
}

/** atanh: poles at +-1; real inside (-1, 1); else (ln(1 + z) - ln(1 - z))/2. */
export function atanh(z: Num, ctx: NumCtx): Num {
  if (z.kind !== "complex") {
    const a = compareR(z, ONE, ctx);
    const b = compareR(z, negR(ONE), ctx);
    if (a === 0 || b === 0) throw pole("atanh");
    if (a < 0 && b > 0) return isZeroR(z) ? ZERO : realApply("atanh", z);
  }
  return C.mul(rat(Q.make(1n, 2n)), C.sub(ln(C.add(ONE, z), ctx), ln(C.sub(ONE, z), ctx)));
}

