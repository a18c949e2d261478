// Shapes, indexing, concatenation, einsum notation, vector operations and the errors and limits they raise.
import { describe, expect, it } from "vitest";
import { Budget, DEFAULT_LIMITS, UlpError } from "../../src/core/index.js";
import { Q, type Rational } from "../../src/numbers/index.js";
import * as L from "../../src/linalg/index.js";

const F = L.QField;
const q = (rows: (number | string)[][]) => L.fromRows(rows.map((r) => r.map((x) => Q.parse(String(x)))));
const v = (xs: (number | string)[]) => L.vector(xs.map((x) => Q.parse(String(x))));
function s(t: L.Tensor<Rational>): { shape: readonly number[]; data: string[] };
function s(t: Rational): string;
function s(t: L.Tensor<Rational> | Rational) {
  return "shape" in t ? { shape: t.shape, data: t.data.map(Q.toString) } : Q.toString(t);
}
const err = (f: () => unknown): UlpError => {
  try {
    f();
  } catch (e) {
    if (e instanceof UlpError) return e;
    throw e;
  }
  throw new Error("no error thrown");
};

describe("shapes and errors", () => {
  it("names both shapes on a mismatch", () => {
    const A = q([[1, 2, 3], [4, 5, 6]]);
    const e = err(() => L.matmul(F, A, A));
    expect([e.kind, e.code, e.message]).toEqual(["DimensionError", "shape-mismatch", "cannot multiply 2x3 by 2x3"]);
    expect(err(() => L.add(F, A, q([[1]]))).message).toBe("cannot add 2x3 and 1x1");
    expect(err(() => L.cross(F, v([1, 2]), v([1, 2, 3]))).message).toBe("cross needs two vectors of length 3, got vector of length 2 and vector of length 3");
    expect(err(() => L.det(F, A)).code).toBe("not-square");
    expect(err(() => L.inv(F, q([[1, 2], [2, 4]]))).code).toBe("singular-matrix");
  });

  it("checks the elements limit before allocating", () => {
    const small = new Budget({ ...DEFAULT_LIMITS, elements: 100 });
    const e = err(() => L.zeros(F, [1000, 1000], small));
    expect([e.kind, e.code, e.limit, e.value]).toEqual(["LimitError", "limit-elements", "elements", 100]);
    expect(err(() => L.identity(F, 11, small)).code).toBe("limit-elements");
    expect(err(() => L.rangeQ(Q.ONE, Q.fromInt(10n ** 30n), Q.ONE, small)).code).toBe("limit-elements");
    expect(err(() => L.einsum(F, "i,j->ij", [v(Array(20).fill(1)), v(Array(20).fill(1))], small)).code).toBe("limit-elements");
  });

  it("predicts the digits of an exact determinant before working (Hadamard bound)", () => {
    const budget = new Budget({ ...DEFAULT_LIMITS, digits: 1000 });
    const big = L.build([20, 20], (i) => Q.fromInt(10n ** 200n + BigInt(i)));
    const e = err(() => L.det(F, big, budget));
    expect([e.kind, e.code]).toEqual(["LimitError", "limit-digits"]);
    expect(Q.toString(L.det(F, L.identity(F, 200), budget))).toBe("1");
  });

  it("a matrix power whose entries outgrow the digits limit is refused before the huge product", () => {
    const budget = new Budget(DEFAULT_LIMITS);
    const e = err(() => L.matpow(F, q([[2, 0], [0, 3]]), 10n ** 9n, budget));
    expect([e.kind, e.code]).toEqual(["LimitError", "limit-digits"]);
    expect(s(L.matpow(F, q([[0, 1], [1, 0]]), 10n ** 18n + 1n, budget)).data).toEqual(["0", "1", "1", "0"]);
  });

  it("an einsum with a huge summed range stops at the time limit", () => {
    const budget = new Budget({ ...DEFAULT_LIMITS, timeMs: 30 });
    const v = L.vector(Array.from({ length: 1000 }, () => 1));
    expect(err(() => L.einsum(L.F64Field, "a,b,c,d->", [v, v, v, v], budget)).code).toBe("limit-time");
  });

  it("stops a long computation at the time limit", () => {
    const budget = new Budget({ ...DEFAULT_LIMITS, timeMs: 1 }, Date.now() - 10);
    const big = L.build([60, 60], (i) => Q.fromInt((i * 7919) % 13));
    expect(err(() => L.inv(F, big, budget)).code).toBe("limit-time");
  });
});

describe("constructors, products, powers", () => {
  it("identity, diag, kron, transpose, power", () => {
    expect(s(L.identity(F, 2)).data).toEqual(["1", "0", "0", "1"]);
    expect(s(L.diag(F, v([1, 2]))).data).toEqual(["1", "0", "0", "2"]);
    expect(s(L.diag(F, q([[1, 2], [3, 4]])))).toEqual({ shape: [2], data: ["1", "4"] });
    expect(s(L.kron(F, q([[1, 2]]), q([[1], [10]])))).toEqual({ shape: [2, 2], data: ["1", "2", "10", "20"] });
    expect(s(L.transpose(q([[1, 2, 3]])))).toEqual({ shape: [3, 1], data: ["1", "2", "3"] });
    expect(s(L.matpow(F, q([[1, 1], [0, 1]]), 100)).data).toEqual(["1", "100", "0", "1"]);
    expect(s(L.matpow(F, q([[2, 0], [0, 4]]), -1)).data).toEqual(["1/2", "0", "0", "1/4"]);
    expect(s(L.matpow(F, q([[2, 0], [0, 4]]), 0)).data).toEqual(["1", "0", "0", "1"]);
    expect(s(L.matmul(F, q([[1, 2], [3, 4]]), v([1, 1])))).toEqual({ shape: [2], data: ["3", "7"] });
    expect(s(L.matmul(F, v([1, 1]), q([[1, 2], [3, 4]])))).toEqual({ shape: [2], data: ["4", "6"] });
  });

  it("indexes 1-based, slices with null (:) and lists, and reports out-of-range indices", () => {
    const A = q([[1, 2, 3], [4, 5, 6]]);
    expect(Q.toString(L.index(A, [2, 3]) as Rational)).toBe("6");
    expect(s(L.index(A, [2, null]) as L.Tensor<Rational>)).toEqual({ shape: [3], data: ["4", "5", "6"] });
    expect(s(L.index(A, [null, [3, 1]]) as L.Tensor<Rational>)).toEqual({ shape: [2, 2], data: ["3", "1", "6", "4"] });
    const e = err(() => L.index(A, [3, 1]));
    expect([e.code, e.message]).toEqual(["index-out-of-range", "index 3 is out of range for axis 1 of size 2 (indices start at 1)"]);
  });

  it("concatenates and reshapes", () => {
    const A = q([[1, 2], [3, 4]]);
    expect(s(L.hcat([A, q([[5], [6]])]))).toEqual({ shape: [2, 3], data: ["1", "2", "5", "3", "4", "6"] });
    expect(s(L.vcat([A, v([5, 6])]))).toEqual({ shape: [3, 2], data: ["1", "2", "3", "4", "5", "6"] });
    expect(s(L.hcat([v([1]), v([2, 3])]))).toEqual({ shape: [3], data: ["1", "2", "3"] });
    expect(err(() => L.hcat([A, q([[1, 2, 3]])])).kind).toBe("DimensionError");
    expect(s(L.reshape(A, [4]))).toEqual({ shape: [4], data: ["1", "2", "3", "4"] });
    expect(err(() => L.reshape(A, [3])).message).toBe("cannot reshape 2x2 (4 elements) to 3");
  });
});

describe("einsum notation", () => {
  const A = q([[1, 2], [3, 4]]);
  const B = q([[5, 6], [7, 8]]);
  it("products, traces, diagonals, implicit output, outer products, batches", () => {
    expect(s(L.einsum(F, "ij,jk->ik", [A, B])).data).toEqual(["19", "22", "43", "50"]);
    expect(s(L.einsum(F, "ij,jk", [A, B])).data).toEqual(["19", "22", "43", "50"]);
    expect(s(L.einsum(F, "ii->", [A]))).toEqual({ shape: [], data: ["5"] });
    expect(s(L.einsum(F, "ii->i", [A]))).toEqual({ shape: [2], data: ["1", "4"] });
    expect(s(L.einsum(F, "i,j->ij", [v([1, 2]), v([3, 4, 5])]))).toEqual({ shape: [2, 3], data: ["3", "4", "5", "6", "8", "10"] });
    expect(s(L.einsum(F, "ij->", [A])).data).toEqual(["10"]);
    expect(s(L.einsum(F, "ba", [A])).data).toEqual(["1", "3", "2", "4"]); // implicit output is alphabetical: "ab"
    const batch = { shape: [2, 2, 2], data: [...A.data, ...B.data] };
    expect(s(L.einsum(F, "bij,bjk->bik", [batch, batch])).data).toEqual(["7", "10", "15", "22", "67", "78", "91", "106"]);
    expect(s(L.einsum(F, "i,i,i->", [v([1, 2]), v([3, 4]), v([5, 6])])).data).toEqual(["63"]);
  });
  it("rejects bad subscripts and mismatched sizes", () => {
    expect(err(() => L.einsum(F, "ij,jk->ik", [A])).kind).toBe("DimensionError");
    expect(err(() => L.einsum(F, "ij,jk->iz", [A, B])).message).toMatch(/output index 'z' appears in no input/);
    expect(err(() => L.einsum(F, "ijk", [A])).message).toMatch(/name 3 axes/);
    expect(err(() => L.einsum(F, "ij,jk", [A, q([[1, 2, 3]])])).message).toMatch(/index 'j' has size 2/);
    expect(err(() => L.einsum(F, "i1", [A])).message).toMatch(/not an index letter/);
  });
});

describe("vectors", () => {
  it("dot, cross, norms, projection, mean, linspace, ranges (exact over Q)", () => {
    expect(s(L.dot(F, v([1, 2, 3]), v([4, 5, 6])))).toBe("32");
    expect(s(L.cross(F, v([1, 0, 0]), v([0, 1, 0]))).data).toEqual(["0", "0", "1"]);
    expect(s(L.norm(F, v([3, -4]), 1))).toBe("7");
    expect(s(L.norm(F, v([3, -4]), "inf"))).toBe("4");
    expect(s(L.normSquared(F, v([3, 4])))).toBe("25");
    expect(s(L.proj(F, v([1, 1]), v([2, 0]))).data).toEqual(["1", "0"]);
    expect(s(L.mean(F, v([1, 2, 4])))).toBe("7/3");
    expect(s(L.linspace(F, Q.ZERO, Q.ONE, 5)).data).toEqual(["0", "1/4", "1/2", "3/4", "1"]);
    expect(s(L.rangeQ(Q.ONE, Q.fromInt(2), Q.make(1n, 3n))).data).toEqual(["1", "4/3", "5/3", "2"]);
    expect(s(L.rangeQ(Q.fromInt(5), Q.ONE, Q.fromInt(-2))).data).toEqual(["5", "3", "1"]);
    expect(L.norm(L.F64Field, L.vector([3, 4]))).toBe(5);
    expect(err(() => L.norm(F, v([1, 1]))).kind).toBe("TypeError"); // Q has no sqrt: the evaluator's field does
    expect(err(() => L.normalize(L.F64Field, L.vector([0, 0]))).code).toBe("division-by-zero");
  });
});
