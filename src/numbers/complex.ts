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
  // structural zeros of the parts drop out exactly: i * (x + y i) = -y + x i even when x, y are lazy reals
  return complex(combine(prod(ar, br), prod(ai, bi), true), combine(prod(ar, bi), prod(ai, br), false));
}

/** x*y, or undefined when a factor is exactly 0 (the term vanishes from a complex product). */
const prod = (x: RealLike, y: RealLike): RealLike | undefined => (isZeroR(x) || isZeroR(y) ? undefined : mulR(x, y));

function combine(p: RealLike | undefined, q: RealLike | undefined, subtract: boolean): RealLike {
  if (p === undefined && q === undefined) return ZERO;
  if (q === undefined) return p!;
  if (p === undefined) return subtract ? negR(q) : q;
  return subtract ? subR(p, q) : addR(p, q);
}

/** a / b = a * conj(b) / |b|^2; division by an exact 0 is a DomainError (division-by-zero). */
export function div(a: Num, b: Num): Num {
  if (b.kind !== "complex") {
    if (a.kind !== "complex") return divR(a, b);
    if (isZeroR(b)) throw domainError("division-by-zero", "division by zero");
    // a structurally zero part stays exactly zero ((pi i)/ln(2) has real part 0, not a lazy 0/ln(2))
    return complex(isZeroR(a.re) ? ZERO : divR(a.re, b), isZeroR(a.im) ? ZERO : divR(a.im, b));
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
