// isPrime above the deterministic Miller-Rabin range: the first strong pseudoprime to the 13 prime bases, a
// semiprime of two 13-digit primes, and Mersenne primes (values checked with SymPy's isprime).
import { describe, it, expect } from "vitest";
import { evaluate } from "../../src/index.js";

describe("isprime beyond 3.3e24 (Baillie-PSW)", () => {
  const cases: [string, string][] = [
    ["isprime(3317044064679887385961981)", "false"], // = 1287836182261 * 2575672364521
    ["isprime(2^127 - 1)", "true"],
    ["isprime(2^89 - 1)", "true"],
    ["isprime((2^89 - 1)*(2^61 - 1))", "false"],
    ["isprime(10^30 + 57)", "true"],
  ];
  for (const [expr, want] of cases) {
    it(expr, async () => expect(await evaluate(expr)).toMatchObject({ ok: true, text: want }));
  }
});
