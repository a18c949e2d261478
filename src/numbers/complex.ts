// Complex arithmetic over real-line parts: exact parts stay exact (2 + 3i times i is -3 + 2i exactly), inexact
// parts are lazy reals whose balls carry the error of the composition. A complex value with an exactly-zero
// imaginary part is normalized to its real part (tower.complex).
import { domainError } from "../core/index.js";
import type { Num, RealLike, NumCtx } from "./num.js";
import { addR, subR, mulR, divR, negR, complex, isZeroR, ZERO } from "./tower.js";

/** The (re, im) parts of a number (im exactly 0 for a real). */
export function parts(n: Num): [RealLike, RealLike] {
  return n.kind === "complex" ? [n.re, n.im] : [n, ZERO];
}

/** a + b, exact when the parts are exact. */
export function add(a: Num, b: Num): Num {
  if (a.kind !== "complex" && b.kind !== "complex") return addR(a, b);
  const [ar, ai] = parts(a);
  const [br, bi] = parts(b);
  return complex(addR(ar, br), addR(ai, bi));
}

/** a - b, exact when the parts are exact. */
export function sub(a: Num, b: Num): Num {
  if (a.kind !== "complex" && b.kind !== "complex") return subR(a, b);
  const [ar, ai] = parts(a);
  const [br, bi] = parts(b);
  return complex(subR(ar, br), subR(ai, bi));
}

/** -a, exact. */
export function neg(a: Num): Num {
  if (a.kind !== "complex") return negR(a);
  return complex(negR(a.re), negR(a.im));
}

/** a * b = (ac - bd) + (ad + bc)i, exact when the parts are exact. */
export function mul(a: Num, b: Num): Num {
  if (a.kind !== "complex" && b.kind !== "complex") return mulR(a, b);
  const [ar, ai] = parts(a);
  const [br, bi] = parts(b);
  if (isZeroR(ai)) return complex(mulR(ar, br), mulR(ar, bi));
  if (isZeroR(bi)) return complex(mulR(ar, br), mulR(ai, br));
  return complex(subR(mulR(ar, br), mulR(ai, bi)), addR(mulR(ar, bi), mulR(ai, br)));
}

/** a / b = a * conj(b) / |b|^2; division by an exact 0 is a DomainError (division-by-zero). */
export function div(a: Num, b: Num): Num {
  if (b.kind !== "complex") {
    if (a.kind !== "complex") return divR(a, b);
    return complex(divR(a.re, b), divR(a.im, b));
  }
  const [ar, ai] = parts(a);
  const den = addR(mulR(b.re, b.re), mulR(b.im, b.im));
  if (isZeroR(den)) throw domainError("division-by-zero", "division by zero");
  const re = addR(mulR(ar, b.re), mulR(ai, b.im));
  const im = subR(mulR(ai, b.re), mulR(ar, b.im));
  return complex(divR(re, den), divR(im, den));
}

/** Complex conjugate, exact. */
export function conj(a: Num): Num {
  return a.kind === "complex" ? complex(a.re, negR(a.im)) : a;
}

/** |a|^2 = re^2 + im^2 (exact for exact parts). */
export function norm2(a: Num): RealLike {
  const [r, i] = parts(a);
  return addR(mulR(r, r), mulR(i, i));
}

/** a^n for an integer n by repeated squaring (exact for exact parts). The caller checks sizes first. */
export function powInt(a: Num, n: bigint, ctx: NumCtx): Num {
  if (n < 0n) return div({ kind: "rational", value: { num: 1n, den: 1n } }, powInt(a, -n, ctx));
  let result: Num = { kind: "rational", value: { num: 1n, den: 1n } };
  let base = a;
  while (n > 0n) {
    ctx.budget.tick();
    if (n & 1n) result = mul(result, base);
    n >>= 1n;
    if (n > 0n) base = mul(base, base);
  }
  return result;
}
