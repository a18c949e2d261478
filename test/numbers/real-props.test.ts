// Properties of lazy reals: the correctly rounded output does not depend on the working precision, enclosures
// contain exact values, exact inputs stay exact, signs are decided, formatting follows the contract.
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { Budget, resolveLimits } from "../../src/core/index.js";
import * as Q from "../../src/numbers/rational.js";
import {
  ready, realToDecimal, realFromRational, realOp, realConst, enclose, realSign, realToNumber, rationalToDecimal,
  evalBall, INF, NEG_INF, NAN,
} from "../../src/numbers/real.js";
import { parseReal } from "./real-expr.js";

const ctxOf = (digits = 34) => ({ budget: new Budget(resolveLimits({ timeMs: 20_000 })), digits });
const rat = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 6n }))
  .map(([n, d]) => Q.make(n, d));
const posRat = rat.map((q) => (Q.sign(q) === 0 ? Q.ONE : Q.absQ(q)));
/** Moderate arguments (|q| < 10^4) so exp and sinh stay far inside MPFR's exponent range. */
const modRat = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 8n }), fc.bigInt({ min: 1n, max: 10n ** 4n }))
  .map(([n, d]) => Q.make(n, d));
const FC = { seed: 20261126, numRuns: 40 };

beforeAll(async () => {
  await ready();
});

describe("correct rounding does not depend on the working precision", () => {
  it("digits d agree with digits 2d+5 rounded to d (via the exact decimal of the long output)", () => {
    fc.assert(
      fc.property(modRat, fc.constantFrom("exp", "ln", "sin", "atan", "sqrt", "cbrt", "erf", "sinh"), fc.integer({ min: 3, max: 40 }), (q, op, d) => {
        const x = realOp(op as "exp", [realFromRational(q)]);
        const short = realToDecimal(x, d, ctxOf(d));
        // a fresh node, so nothing is cached from the short evaluation
        const long = realToDecimal(realOp(op as "exp", [realFromRational(q)]), 2 * d + 40, ctxOf(2 * d + 40));
        expect(short.certain && long.certain).toBe(true);
        // rounding the long decimal (exact rational) to d digits gives the short one unless the long one is a tie
        const longQ = decimalToRational(long.text);
        expect(rationalToDecimal(longQ, d).text).toBe(short.text);
      }),
      { ...FC, numRuns: 25 },
    );
  });
});

describe("enclosures contain exact values", () => {
  it("sqrt(q)^2 encloses q; enclose(q) brackets q", () => {
    fc.assert(
      fc.property(posRat, fc.integer({ min: 20, max: 300 }), (q, prec) => {
        const leaf = realFromRational(q);
        const e1 = enclose(leaf, prec, ctxOf());
        expect(typeof e1).toBe("object");
        if (typeof e1 === "object") expect(Q.cmp(e1.lo, q) <= 0 && Q.cmp(q, e1.hi) <= 0).toBe(true);
        const sq = realOp("mul", [realOp("sqrt", [leaf]), realOp("sqrt", [leaf])]);
        const e2 = enclose(sq, prec, ctxOf());
        if (typeof e2 !== "object") throw new Error("no enclosure");
        expect(Q.cmp(e2.lo, q) <= 0 && Q.cmp(q, e2.hi) <= 0).toBe(true);
        // width about 2^-prec relative
        const width = Q.toNumber(Q.div(Q.sub(e2.hi, e2.lo), q));
        expect(width).toBeLessThanOrEqual(2 ** (-prec + 2));
      }),
      FC,
    );
  });
  it("exp(ln q) and tan(atan q) enclose q", () => {
    fc.assert(
      fc.property(modRat, (q) => {
        for (const [f, g] of [["exp", "ln"], ["tan", "atan"], ["sinh", "asinh"]] as const) {
          const e = enclose(realOp(f, [realOp(g, [realFromRational(q)])]), 80, ctxOf());
          if (typeof e !== "object") throw new Error(`no enclosure for ${f}(${g}(q))`);
          expect(Q.cmp(e.lo, q) <= 0 && Q.cmp(q, e.hi) <= 0).toBe(true);
        }
      }),
      { ...FC, numRuns: 20 },
    );
  });
});

describe("exact sums and formatting", () => {
  it("0.1 + 0.2 = 0.3 exactly, and sums of rationals print their exact decimal", () => {
    expect(realToDecimal(parseReal("1/10 + 2/10"), 34, ctxOf())).toEqual({ text: "0.3", certain: true });
    fc.assert(
      fc.property(rat, rat, fc.integer({ min: 1, max: 50 }), (a, b, d) => {
        const r = realToDecimal(realOp("add", [realFromRational(a), realFromRational(b)]), d, ctxOf(d));
        expect(r).toEqual({ text: rationalToDecimal(Q.add(a, b), d).text, certain: true });
      }),
      FC,
    );
  });
  it("contract formatting", () => {
    const t = (q: string, d = 34) => rationalToDecimal(Q.parse(q), d).text;
    expect(t("42")).toBe("42");
    expect(t("-7/2")).toBe("-3.5");
    expect(t("1/100000000")).toBe("1e-8");
    expect(t("1/10000000")).toBe("0.0000001");
    expect(t("15000000000000000000000000000000000000000")).toBe("1.5e+40");
    expect(t("1/8", 2)).toBe("0.12");
    expect(t("3/8", 2)).toBe("0.38");
    expect(t("99999", 3)).toBe("1e+5");
    expect(t("12345", 5)).toBe("12345");
    expect(t("123456", 5)).toBe("1.2346e+5");
    expect(t("1/3", 5)).toBe("0.33333");
    expect(rationalToDecimal(Q.parse("1/4"), 5)).toEqual({ text: "0.25", exact: true });
    expect(rationalToDecimal(Q.parse("1/3"), 5).exact).toBe(false);
  });
  it("non-finite values", () => {
    expect(realToDecimal(INF, 34, ctxOf()).text).toBe("inf");
    expect(realToDecimal(NEG_INF, 34, ctxOf()).text).toBe("-inf");
    expect(realToDecimal(NAN, 34, ctxOf()).text).toBe("nan");
    expect(realToDecimal(realOp("exp", [NEG_INF]), 34, ctxOf())).toEqual({ text: "0", certain: true });
    expect(realToDecimal(realOp("atan", [INF]), 20, ctxOf(20)).text).toBe("1.5707963267948966192");
    expect(realToNumber(INF, ctxOf())).toBe(Infinity);
    expect(enclose(NEG_INF, 53, ctxOf())).toBe("-inf");
  });
});

describe("signs, zero and cancellation", () => {
  it("decides signs of nearly-cancelling values", () => {
    expect(realSign(parseReal("exp(pi*sqrt(163)) - 262537412640768744"), ctxOf())).toBe(-1);
    expect(realSign(parseReal("pi - 355/113"), ctxOf())).toBe(-1);
    expect(realSign(parseReal("1/2 - 1/2"), ctxOf())).toBe(0);
    expect(realSign(parseReal("sqrt(2)*sqrt(2) - 2"), ctxOf())).toBeUndefined();
  });
  it("sin(pi) is an uncertain 0 with an error bound", () => {
    const r = realToDecimal(parseReal("sin(pi)"), 34, ctxOf());
    expect(r.text).toBe("0");
    expect(r.certain).toBe(false);
    expect(r.errorBound).toMatch(/^\de-\d+$/);
  });
  it("cancellation is resolved by raising the precision", () => {
    expect(realToDecimal(parseReal("exp(pi*sqrt(163)) - 262537412640768744"), 20, ctxOf(20)).text).toBe(
      "-7.4992740280181431112e-13",
    );
  });
  it("float64 conversion is correctly rounded", () => {
    fc.assert(
      fc.property(rat, (q) => {
        expect(realToNumber(realFromRational(q), ctxOf())).toBe(Q.toNumber(q));
      }),
      FC,
    );
    expect(realToNumber(realConst("pi"), ctxOf())).toBe(Math.PI);
    expect(realToNumber(parseReal("exp(1)"), ctxOf())).toBe(Math.E);
  });
  it("huge arguments: sin(10^1000) and sin(10^100000) via argument precision", () => {
    const big = realOp("sin", [realFromRational(Q.fromInt(10n ** 1000n))]);
    expect(realToDecimal(big, 34, ctxOf())).toEqual({ text: "0.6533597982103698569480994680397686", certain: true });
    // mpmath at 100 100 digits: sin(10^100000) = 0.1722376742473123308937929951294026
    const huge = realOp("sin", [realFromRational(Q.fromInt(10n ** 100000n))]);
    expect(realToDecimal(huge, 34, ctxOf())).toEqual({ text: "0.1722376742473123308937929951294026", certain: true });
  });
  it("deep DAGs do not overflow the stack", () => {
    let s = realFromRational(Q.ZERO);
    for (let k = 1; k <= 20000; k++) s = realOp("add", [s, realOp("sqrt", [realFromRational(Q.fromInt(BigInt(k)))])]);
    const r = realToDecimal(s, 10, ctxOf(10));
    expect(r.certain).toBe(true);
    expect(r.text).toBe("1885688.586");
  });
  it("evalBall caches per node", () => {
    const x = parseReal("exp(1/3)");
    const b1 = evalBall(x, 200, ctxOf().budget);
    expect(evalBall(x, 200, ctxOf().budget)).toBe(b1);
    expect(evalBall(x, 100, ctxOf().budget)).toBe(b1);
  });
});

/** Exact rational of a contract decimal text. */
function decimalToRational(text: string): Q.Rational {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!m) throw new Error(`bad decimal ${text}`);
  const frac = m[3] ?? "";
  let q = Q.make(BigInt(m[2]! + frac), 10n ** BigInt(frac.length));
  const e = Number(m[4] ?? "0");
  q = Q.mul(q, Q.powInt(Q.fromInt(10n), BigInt(e)));
  return m[1] ? Q.neg(q) : q;
}
