// Decomposition identities checked exactly through the language on random small integer matrices (fast-check,
// fixed seed): Q R = A and Q^H Q = I with exact radicals, P A = L U, C C^H = A^T A + I, the Penrose conditions of
// pinv and the normal equations of lstsq. Every difference must print as an exact zero matrix.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createSession } from "../../src/index.js";

const lit = (rows: number[][]) => `[${rows.map((r) => `[${r.join(", ")}]`).join(", ")}]`;
const zeroText = (r: number, c: number) => lit(Array.from({ length: r }, () => Array.from({ length: c }, () => 0)));
const matrix = (r: number, c: number) => fc.array(fc.array(fc.integer({ min: -4, max: 4 }), { minLength: c, maxLength: c }), { minLength: r, maxLength: r });
const dims = fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }));

describe("exact decomposition identities through the language", () => {
  it("QR, LU, Cholesky, pinv and lstsq", async () => {
    await fc.assert(
      fc.asyncProperty(dims.chain(([r, c]) => fc.tuple(matrix(r, c), matrix(c, c), fc.array(fc.integer({ min: -3, max: 3 }), { minLength: r, maxLength: r }))), async ([a, sq, b]) => {
        const s = createSession();
        const r = a.length, c = a[0]!.length;
        const run = async (t: string) => {
          const res = await s.evaluate(t);
          if (!res.ok) throw new Error(`${t}: ${res.error.message}`);
          return res.text;
        };
        await run(`A = ${lit(a)}`);
        await run(`b = [${b.join(", ")}]`);
        await run(`S = ${lit(sq)}`);
        const rank = Number(await run("rank(A)"));
        if (rank > 0) {
          expect(await run('qr(A, "Q") * qr(A) - A')).toBe(zeroText(r, c));
          expect(await run('ctranspose(qr(A, "Q")) * qr(A, "Q") - identity(rank(A))')).toBe(zeroText(rank, rank));
        }
        expect(await run('lu(S, "P") * S - lu(S, "L") * lu(S)')).toBe(zeroText(c, c));
        expect(await run("C = cholesky(S' * S + identity(" + c + ")); C * C' - (S' * S + identity(" + c + "))")).toBe(zeroText(c, c));
        await run("X = pinv(A)");
        expect(await run("A * X * A - A")).toBe(zeroText(r, c));
        expect(await run("X * A * X - X")).toBe(zeroText(c, r));
        expect(await run("A' * (A * lstsq(A, b) - b)")).toBe(`[${Array(c).fill(0).join(", ")}]`);
      }),
      { seed: 20261126, numRuns: 25 },
    );
  }, 60_000);
});
