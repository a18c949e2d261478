// Linear algebra: 200x200 float64 product, LU solve, inverse, determinant and SVD against ml-matrix and math.js,
// and an exact 30x30 integer determinant against math.js in Fraction mode. Same inputs for every library; each
// result is checked against ulp's before timing, so a fast wrong answer cannot win.
import { create, all } from "mathjs";
import { Matrix, LuDecomposition, SingularValueDecomposition, inverse, determinant } from "ml-matrix";
import * as L from "../src/linalg/index.js";
import { Q } from "../src/numbers/index.js";
import { fmtMs, ratio, table, type BenchOptions, type BenchSection } from "./harness.js";

/**
 * Median times (ms) of several functions measured round-robin (ulp, peer, peer, ulp, ...) after one warm-up each,
 * so a load change on the shared machine hits every library alike instead of whichever ran during it.
 */
function interleaved(fns: readonly ((() => unknown) | undefined)[], reps: number): (number | undefined)[] {
  for (const f of fns) f?.();
  const times: number[][] = fns.map(() => []);
  for (let r = 0; r < reps; r++) {
    fns.forEach((f, i) => {
      if (!f) return;
      const t0 = performance.now();
      f();
      times[i]!.push(performance.now() - t0);
    });
  }
  return times.map((t) => (t.length ? t.sort((a, b) => a - b)[Math.floor(t.length / 2)] : undefined));
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32 * 2 - 1;
  };
}

function close(a: number, b: number, tol: number, what: string): void {
  if (!(Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b)))) throw new Error(`linalg bench: ${what} disagrees: ${a} vs ${b}`);
}

export async function run(opts: BenchOptions): Promise<BenchSection> {
  const n = opts.quick ? 24 : 200;
  const ne = opts.quick ? 8 : 30;
  const reps = opts.quick ? 1 : 15;
  const rnd = lcg(42);
  const rows2: number[][] = Array.from({ length: n }, () => Array.from({ length: n }, rnd));
  const rowsB: number[][] = Array.from({ length: n }, () => Array.from({ length: n }, rnd));
  const bvec = Array.from({ length: n }, rnd);
  const A = L.f64FromRows(rows2), B = L.f64FromRows(rowsB), b = Float64Array.from(bvec);
  const mA = new Matrix(rows2), mB = new Matrix(rowsB), mb = Matrix.columnVector(bvec);
  const math = create(all, { number: "number" });
  const jA = math.matrix(rows2), jB = math.matrix(rowsB), jb = math.matrix(bvec.map((x) => [x]));

  // Agreement checks (one entry of each result).
  const C = L.f64matmul(A, B);
  close(C.data[7]!, mA.mmul(mB).get(0, 7), 1e-12, "matmul vs ml-matrix");
  close(C.data[7]!, (math.multiply(jA, jB) as ReturnType<typeof math.matrix>).get([0, 7]) as number, 1e-12, "matmul vs math.js");
  const x = L.luSolve(L.luFactor(A), b, 1);
  close(x[3]!, new LuDecomposition(mA).solve(mb).get(3, 0), 1e-9, "LU solve vs ml-matrix");
  close(x[3]!, (math.lusolve(jA, jb) as ReturnType<typeof math.matrix>).get([3, 0]) as number, 1e-9, "LU solve vs math.js");
  const d = L.luDet(L.luFactor(A));
  close(d, determinant(mA), 1e-9, "det vs ml-matrix");
  close(d, math.det(jA) as number, 1e-9, "det vs math.js");
  close(L.svd(A).s[0]!, new SingularValueDecomposition(mA, { computeLeftSingularVectors: true, computeRightSingularVectors: true }).diagonal[0]!, 1e-12, "SVD vs ml-matrix");

  const cases: { name: string; ulp: () => unknown; ml?: () => unknown; mj?: () => unknown }[] = [
    { name: `matrix product ${n}x${n}`, ulp: () => L.f64matmul(A, B), ml: () => mA.mmul(mB), mj: () => math.multiply(jA, jB) },
    { name: `LU solve ${n}x${n}`, ulp: () => L.luSolve(L.luFactor(A), b, 1), ml: () => new LuDecomposition(mA).solve(mb), mj: () => math.lusolve(jA, jb) },
    { name: `inverse ${n}x${n}`, ulp: () => L.luInverse(L.luFactor(A)), ml: () => inverse(mA), mj: () => math.inv(jA) },
    { name: `determinant ${n}x${n}`, ulp: () => L.luDet(L.luFactor(A)), ml: () => determinant(mA), mj: () => math.det(jA) },
    { name: `SVD ${n}x${n} (U, S, V)`, ulp: () => L.svd(A), ml: () => new SingularValueDecomposition(mA, { computeLeftSingularVectors: true, computeRightSingularVectors: true }) },
  ];

  // Exact integer determinant: ulp's bigint Bareiss vs math.js Fraction mode (both exact).
  const ri = lcg(7);
  const ints: number[][] = Array.from({ length: ne }, () => Array.from({ length: ne }, () => Math.round(ri() * 50)));
  const qA = L.fromRows(ints.map((r) => r.map((v) => Q.fromInt(v))));
  const frac = create(all, { number: "Fraction" });
  const fA = frac.matrix(ints.map((r) => r.map((v) => frac.fraction(v))));
  const exact = L.det(L.QField, qA);
  const fd = frac.det(fA) as unknown as { s: bigint | number; n: bigint | number; d: bigint | number };
  const fdText = `${BigInt(fd.s) < 0n ? "-" : ""}${fd.n}${BigInt(fd.d) === 1n ? "" : `/${fd.d}`}`;
  if (fdText !== Q.toString(exact)) throw new Error(`linalg bench: exact det disagrees: ${Q.toString(exact)} vs ${fdText}`);
  cases.push({ name: `exact integer det ${ne}x${ne}`, ulp: () => L.det(L.QField, qA), mj: () => frac.det(fA) });

  const rows: string[][] = [];
  for (const c of cases) {
    const [t0, tml, tmj] = interleaved([c.ulp, c.ml, c.mj], reps);
    const tu = t0!;
    rows.push([
      c.name,
      fmtMs(tu),
      tml === undefined ? "n/a" : `${fmtMs(tml)} (${ratio(tml, tu)})`,
      tmj === undefined ? "n/a (math.js has no SVD)" : `${fmtMs(tmj)} (${ratio(tmj, tu)})`,
    ]);
  }
  return {
    title: "Linear algebra: float64 kernels and exact determinant",
    markdown: [
      `Random matrices with entries in [-1, 1] (integers in [-50, 50] for the exact case), median of ${reps} runs after a warm-up, measured round-robin across libraries.`,
      "ulp runs on Float64Array kernels (LU with partial pivoting, Golub-Kahan SVD) and bigint Bareiss for the exact",
      "determinant; results are checked against both peers before timing. Ratio = peer time / ulp time.",
      "",
      table(["case", "ulp", "ml-matrix", "math.js"], rows),
    ].join("\n"),
  };
}
