// Laws of exact linear algebra over Q, checked with fast-check (fixed seed, small runs): det(AB) = det(A)det(B),
// A inv(A) = I, charpoly's trace and determinant coefficients, rref idempotence, einsum against matmul.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Q, type Rational } from "../../src/numbers/index.js";
import * as L from "../../src/linalg/index.js";

const F = L.QField;
const rational = fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 1, max: 6 })).map(([p, q]) => Q.make(BigInt(p), BigInt(q)));
const square = (n: number) => fc.array(rational, { minLength: n * n, maxLength: n * n }).map((d): L.Tensor<Rational> => ({ shape: [n, n], data: d }));
const pair = fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(square(n), square(n)));
const opts = { seed: 20261126, numRuns: 60 };
const show = (t: L.Tensor<Rational>) => t.data.map(Q.toString);

describe("exact laws over Q", () => {
  it("det(AB) = det(A) det(B)", () => {
    fc.assert(fc.property(pair, ([A, B]) => Q.eq(L.det(F, L.matmul(F, A, B)), Q.mul(L.det(F, A), L.det(F, B)))), opts);
  });

  it("A inv(A) = inv(A) A = I whenever det(A) != 0", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }).chain(square), (A) => {
        fc.pre(!Q.isZero(L.det(F, A)));
        const I = show(L.identity(F, A.shape[0]!));
        const Ai = L.inv(F, A);
        return JSON.stringify(show(L.matmul(F, A, Ai))) === JSON.stringify(I) && JSON.stringify(show(L.matmul(F, Ai, A))) === JSON.stringify(I);
      }),
      opts,
    );
  });

  it("charpoly: c1 = -trace, cn = (-1)^n det, and Cayley-Hamilton p(A) = 0", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }).chain(square), (A) => {
        const n = A.shape[0]!;
        const c = L.charpoly(F, A);
        expect(Q.toString(c[1]!)).toBe(Q.toString(Q.neg(L.trace(F, A))));
        expect(Q.toString(c[n]!)).toBe(Q.toString(n % 2 ? Q.neg(L.det(F, A)) : L.det(F, A)));
        let P = L.zeros(F, [n, n]);
        for (const coef of c) P = L.add(F, L.matmul(F, P, A), L.scale(F, coef, L.identity(F, n)));
        return P.data.every(Q.isZero);
      }),
      opts,
    );
  });

  it("rref is idempotent and rank(A) = rank(A^T)", () => {
    const rect = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })).chain(([r, c]) =>
      fc.array(fc.integer({ min: -2, max: 2 }).map((x) => Q.fromInt(x)), { minLength: r * c, maxLength: r * c }).map((d): L.Tensor<Rational> => ({ shape: [r, c], data: d })),
    );
    fc.assert(
      fc.property(rect, (A) => {
        const R = L.rref(F, A).rref;
        return JSON.stringify(show(L.rref(F, R).rref)) === JSON.stringify(show(R)) && L.rank(F, A) === L.rank(F, L.transpose(A));
      }),
      opts,
    );
  });

  it("every nullspace vector is mapped to 0 and solveGeneral's particular solution solves the system", () => {
    const sys = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 5 })).chain(([r, c]) =>
      fc.tuple(
        fc.array(fc.integer({ min: -3, max: 3 }).map((x) => Q.fromInt(x)), { minLength: r * c, maxLength: r * c }).map((d): L.Tensor<Rational> => ({ shape: [r, c], data: d })),
        fc.array(rational, { minLength: c, maxLength: c }).map((d): L.Tensor<Rational> => ({ shape: [c], data: d })),
      ),
    );
    fc.assert(
      fc.property(sys, ([A, x]) => {
        for (const v of L.nullspace(F, A)) if (!L.matmul(F, A, v).data.every(Q.isZero)) return false;
        const b = L.matmul(F, A, x);
        const sol = L.solveGeneral(F, A, b);
        return sol !== null && JSON.stringify(show(L.matmul(F, A, sol.particular))) === JSON.stringify(show(b));
      }),
      opts,
    );
  });

  it("einsum ij,jk->ik equals matmul, ij->ji equals transpose, ii equals trace", () => {
    fc.assert(
      fc.property(pair, ([A, B]) => {
        const e = L.einsum(F, "ij,jk->ik", [A, B]);
        return (
          JSON.stringify(show(e)) === JSON.stringify(show(L.matmul(F, A, B))) &&
          JSON.stringify(show(L.einsum(F, "ij->ji", [A]))) === JSON.stringify(show(L.transpose(A))) &&
          Q.eq(L.einsum(F, "ii", [A]).data[0]!, L.trace(F, A))
        );
      }),
      opts,
    );
  });

  it("fraction-free rational kernels (rref, inv, solve, charpoly) equal the generic field algorithms", () => {
    const G: L.Field<Rational> = { ...F, name: "rational (generic)" };
    const rect = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.boolean()).chain(([r, c, deficient]) =>
      fc.array(rational, { minLength: r * c, maxLength: r * c }).map((d): L.Tensor<Rational> => {
        const data = [...d];
        if (deficient && r > 1) for (let j = 0; j < c; j++) data[(r - 1) * c + j] = Q.mul(Q.make(3n, 2n), data[j]!);
        return { shape: [r, c], data };
      }),
    );
    fc.assert(
      fc.property(rect, (A) => {
        const same = (x: L.Tensor<Rational>, y: L.Tensor<Rational>) => JSON.stringify(show(x)) === JSON.stringify(show(y));
        if (!same(L.rref(F, A).rref, L.rref(G, A).rref)) return false;
        if (A.shape[0] !== A.shape[1]) return true;
        const cp = L.charpoly(F, A).map(Q.toString).join(), cg = L.charpoly(G, A).map(Q.toString).join();
        if (cp !== cg) return false;
        if (Q.isZero(L.det(F, A))) return true;
        const b: L.Tensor<Rational> = { shape: [A.shape[0]!], data: A.data.slice(0, A.shape[0]) };
        return same(L.inv(F, A), L.inv(G, A)) && same(L.solveSquare(F, A, b), L.solveSquare(G, A, b));
      }),
      opts,
    );
  });

  it("float64 fast matmul equals the generic loop on integer-valued matrices (exact in float64)", () => {
    const G: L.Field<number> = { ...L.F64Field, name: "float64 (generic)" };
    const ints = (r: number, c: number) => fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: r * c, maxLength: r * c }).map((d): L.Tensor<number> => ({ shape: [r, c], data: d }));
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 })).chain(([m, n, p]) => fc.tuple(ints(m, n), ints(n, p))),
        ([A, B]) => JSON.stringify(L.matmul(L.F64Field, A, B)) === JSON.stringify(L.matmul(G, A, B)),
      ),
      opts,
    );
  });
});
