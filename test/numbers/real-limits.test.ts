// Limits of real evaluation: predicted-too-slow MPFR calls and out-of-range magnitudes fail fast with LimitErrors;
// requests above the digits limit are refused before any work.
import { beforeAll, describe, expect, it } from "vitest";
import { Budget, resolveLimits, UlpError, type Limits } from "../../src/core/index.js";
import * as Q from "../../src/numbers/rational.js";
import { ready, realToDecimal, realFromRational, realOp, realConst, realSign } from "../../src/numbers/real.js";
import { predictMs } from "../../src/numbers/real-cost.js";
import * as MP from "../../src/numbers/mpfr.js";
import { parseReal } from "./real-expr.js";

const ctxOf = (digits = 34, limits: Partial<Limits> = {}) => ({ budget: new Budget(resolveLimits(limits)), digits });
const int = (n: bigint) => realFromRational(Q.fromInt(n));

function limitCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof UlpError && e.kind === "LimitError") return e.code;
    throw e;
  }
  return "none";
}

beforeAll(async () => {
  await ready();
});

describe("real limits", () => {
  it("zeta(3) at 10 000 digits is refused by the cost model before the call", () => {
    const t0 = Date.now();
    expect(limitCode(() => realToDecimal(parseReal("zeta(3)"), 10_000, ctxOf(10_000)))).toBe("limit-time");
    expect(Date.now() - t0).toBeLessThan(1500); // the refusal is immediate; a generous bound for a loaded machine
    expect(predictMs("zeta", 33_300)).toBeGreaterThan(60_000);
  });
  it("exp(10^30), exp(-10^30), exp(10^20) are out of MPFR's exponent range: LimitError digits", () => {
    for (const n of [10n ** 30n, -(10n ** 30n), 10n ** 20n]) {
      expect(limitCode(() => realToDecimal(realOp("exp", [int(n)]), 34, ctxOf()))).toBe("limit-digits");
    }
    expect(limitCode(() => realToDecimal(realOp("sinh", [int(10n ** 9n)]), 34, ctxOf()))).toBe("limit-digits");
  });
  it("gamma(10^9) overflows MPFR's range: LimitError, not inf", () => {
    expect(limitCode(() => realToDecimal(parseReal("gamma(1000000000)"), 34, ctxOf()))).toBe("limit-digits");
  });
  it("digits above limits.digits are refused", () => {
    expect(limitCode(() => realToDecimal(realConst("pi"), 2000, ctxOf(2000, { digits: 1000 })))).toBe("limit-digits");
  });
  it("sin of an argument too large for the digits limit is refused (it needs log2|x| bits of pi)", () => {
    const x = realOp("sin", [int(10n ** 5000n)]);
    expect(limitCode(() => realToDecimal(x, 34, ctxOf(34, { digits: 1000 })))).toBe("limit-digits");
    // within the default limits it is computed
    expect(realToDecimal(realOp("sin", [int(10n ** 5000n)]), 20, ctxOf(20)).certain).toBe(true);
  });
  it("an undecidable sign ends at the cap, quickly", () => {
    const t0 = Date.now();
    expect(realSign(parseReal("sin(pi)"), ctxOf(34))).toBeUndefined();
    expect(Date.now() - t0).toBeLessThan(5000);
  });
  it("a tight time limit ends a refinement with certain: false or a LimitError, never a hang", () => {
    const r = (() => {
      try {
        return realToDecimal(parseReal("erf(3/2)"), 3000, ctxOf(3000, { timeMs: 50 }));
      } catch (e) {
        return e instanceof UlpError ? e.code : "other";
      }
    })();
    expect(typeof r === "string" ? r : r.text.length > 0).toBeTruthy();
  });
});

describe("wasm stack", () => {
  it("MPFR log at 54 000 and 100 000 bits no longer overflows gmp-wasm's 64 KiB stack", async () => {
    await ready();
    expect(MP.stackRelocated).toBe(true);
    const { mp, alloc, free } = MP;
    const b = mp();
    for (const p of [54_000, 100_000]) {
      const x = alloc(p);
      const y = alloc(p);
      b.mpfr_set_ui(x, 2, 0 as never);
      b.mpfr_log(y, x, 0 as never);
      expect(MP.isNumber(y)).toBe(true);
      expect(Math.abs((b.mpfr_get_d(y, 0 as never) as number) - Math.LN2)).toBeLessThan(1e-15);
      free(x);
      free(y);
    }
    // and the engine still works afterwards
    expect(realToDecimal(parseReal("ln(2)"), 20, ctxOf(20)).text).toBe("0.69314718055994530942");
  });
});
