// Linear-algebra builtins: vectors, matrices, exact elimination, decompositions and einsum over the tower's
// numbers. All-rational input runs on linalg's Q field (bigint Bareiss); other exact entries (radicals, complex)
// on a field built from the tower's exact arithmetic; entries with inexact reals on the same field, whose reals
// carry their own error bounds. Eigenvalues go through the algebra solver on the exact characteristic polynomial.
import { typeError, domainError } from "../../core/index.js";
import * as N from "../../numbers/index.js";
import * as A from "../../algebra/index.js";
import * as L from "../../linalg/index.js";
import { defineBuiltins, lookupBuiltin, type Builtin, type CallInfo } from "../registry.js";
import { type Value, isNum, describeKind } from "../value.js";
import { isIndexedForm, indexedFold } from "./series.js";
import {
  VEC, type Kit, tensorArg, numTensor, out, intArg, kit, run, matrixFn, vecFn, normKind, charpolyExpr, solveCharpoly,
  exactRoots, pick, toTower, toTowerK, matmulRational, matmulAny, matpowAny, tidy,
} from "./linalg-kit.js";

const MAT = "Matrices";
const EXACT = "Exact linear algebra";
const DEC = "Decompositions";
const TEN = "Tensors";

// ---- the builtins ----

const builtins: Builtin[] = [
  {
    name: "identity",
    area: MAT,
    signature: "identity(n)",
    doc: "The n x n identity matrix (exact).",
    examples: [["identity(2)", "[[1, 0], [0, 1]]"]],
    arity: [1, 1],
    aliases: ["eye"],
    impl: (args, call) => run(call, () => out(L.identity(L.towerField(call.ctx, true), intArg(args[0], "the size", call.span), call.ctx.budget))),
  },
  ...(["zeros", "ones"] as const).map(
    (name): Builtin => ({
      name,
      area: MAT,
      signature: `${name}(n[, m, ...])`,
      doc: `An array of ${name === "zeros" ? "0" : "1"}s: ${name}(n) is a vector of length n, ${name}(m, n) an m x n matrix, more sizes an array; a vector of sizes also works (exact). The size is checked against the elements limit first.`,
      examples: [[`${name}(3)`, name === "zeros" ? "[0, 0, 0]" : "[1, 1, 1]"], [`${name}(2, 2)`, name === "zeros" ? "[[0, 0], [0, 0]]" : "[[1, 1], [1, 1]]"]],
      arity: [1, Number.POSITIVE_INFINITY],
      impl: (args, call) =>
        run(call, () => {
          const dims = args.length === 1 && args[0]!.kind === "tensor" ? args[0]!.data : args;
          const shape = dims.map((d, i) => intArg(d, "a size", call.argSpans[i] ?? call.span));
          const F = L.towerField(call.ctx, true);
          return out(name === "zeros" ? L.zeros(F, shape, call.ctx.budget) : L.ones(F, shape, call.ctx.budget));
        }),
    }),
  ),
  matrixFn("diag", MAT, "diag(v)", "diag(v) is the diagonal matrix with the vector v on its diagonal; diag(A) is the main diagonal of A as a vector (exact).", [["diag([1, 2])", "[[1, 0], [0, 2]]"], ["diag([[1, 2], [3, 4]])", "[1, 4]"]], 1, (k, [a], _, call) => k.fromT(L.diag(k.F, a!, call.ctx.budget)), undefined, undefined, true),
  matrixFn("transpose", MAT, "transpose(A)", "The transpose of a matrix (a vector is returned as it is). Exact.", [["transpose([[1, 2], [3, 4]])", "[[1, 3], [2, 4]]"]], 1, (k, [a], _, call) => k.fromT(L.transpose(a!, call.ctx.budget)), undefined, undefined, true),
  matrixFn("ctranspose", MAT, "ctranspose(A)", "The conjugate transpose A^H (transpose and complex conjugate of each entry). Exact.", [["ctranspose([[1, i], [2, 3]])", "[[1, 2], [-i, 3]]"]], 1, (k, [a], _, call) => k.fromT(L.conjTranspose(k.F, a!, call.ctx.budget)), [1, 1], ["adjoint"], true),
  {
    name: "reshape",
    area: MAT,
    signature: "reshape(A, m[, n, ...])",
    doc: "The same elements, in row-major order, in a new shape with the same number of elements (a vector of sizes also works).",
    examples: [["reshape([1, 2, 3, 4], 2, 2)", "[[1, 2], [3, 4]]"]],
    arity: [2, Number.POSITIVE_INFINITY],
    impl: (args, call) =>
      run(call, () => {
        const t = tensorArg(args[0], "reshape's argument", call.argSpans[0] ?? call.span);
        const dims = args.length === 2 && args[1]!.kind === "tensor" ? args[1]!.data : args.slice(1);
        return out(L.reshape(t, dims.map((d) => intArg(d, "a size", call.span))));
      }),
  },
  {
    name: "flatten",
    area: MAT,
    signature: "flatten(A)",
    doc: "The elements of an array as one vector, in row-major order.",
    examples: [["flatten([[1, 2], [3, 4]])", "[1, 2, 3, 4]"]],
    arity: [1, 1],
    impl: (args, call) => out(L.flatten(tensorArg(args[0], "flatten's argument", call.span))),
  },
  {
    name: "shape",
    area: MAT,
    signature: "shape(A)",
    doc: "The sizes of an array's dimensions as a vector (a scalar has shape []).",
    examples: [["shape([[1, 2, 3], [4, 5, 6]])", "[2, 3]"]],
    arity: [1, 1],
    impl: (args) => {
      const a = args[0]!;
      const s = a.kind === "tensor" ? a.shape : [];
      return out({ shape: [s.length], data: s.map((x) => N.integer(x)) });
    },
  },
  ...(["hcat", "vcat"] as const).map(
    (name): Builtin => ({
      name,
      area: MAT,
      signature: `${name}(A, B, ...)`,
      doc:
        name === "hcat"
          ? "Side by side: matrices with equal row counts (vectors join into one longer vector)."
          : "Stacked: matrices with equal column counts (vectors become rows).",
      examples: name === "hcat" ? [["hcat([[1], [2]], [[3], [4]])", "[[1, 3], [2, 4]]"], ["hcat([1, 2], [3])", "[1, 2, 3]"]] : [["vcat([1, 2], [3, 4])", "[[1, 2], [3, 4]]"]],
      arity: [1, Number.POSITIVE_INFINITY],
      impl: (args, call) =>
        run(call, () => {
          const ts = args.map((a, i) => tensorArg(a, `${name}'s argument ${i + 1}`, call.argSpans[i] ?? call.span));
          return out(name === "hcat" ? L.hcat<Value>(ts, call.ctx.budget) : L.vcat<Value>(ts, call.ctx.budget));
        }),
    }),
  ),
  matrixFn("kron", MAT, "kron(A, B)", "Kronecker product: each entry a_ij of A replaced by the block a_ij B. Exact.", [["kron([[1, 2]], [[1], [10]])", "[[1, 2], [10, 20]]"]], 2, (k, [a, b], _, call) => k.fromT(L.kron(k.F, a!, b!, call.ctx.budget)), undefined, undefined, true),
  matrixFn("trace", EXACT, "trace(A)", "Sum of the diagonal of a square matrix. Exact.", [["trace([[1, 2], [3, 4]])", "5"]], 1, (k, [a], _, call) => tidy(k.from(L.trace(k.F, a!)), call), undefined, undefined, true),
  matrixFn("det", EXACT, "det(A)", "Determinant of a square matrix, exact by fraction-free Bareiss elimination (on bigints for rational entries); radicals and complex entries stay exact; inexact reals carry their error bounds.", [["det([[1, 2], [3, 4]])", "-2"], ["det([[1/2, 1/3], [1/4, 1/5]])", "1/60"]], 1, (k, [a], _, call) => {
      if (!k.symbolic) return k.from(L.det(k.F, a!, call.ctx.budget));
      // Symbolic entries: det = (-1)^n c_n of the division-free characteristic polynomial, then expanded.
      const c = L.charpoly(k.F, a!, call.ctx.budget), n = c.length - 1;
      return tidy(k.from(n % 2 ? k.F.neg(c[n]!) : c[n]!), call);
    }, undefined, undefined, true),
  matrixFn("inv", EXACT, "inv(A)", "Inverse of a square matrix, exact by Gauss-Jordan elimination (fraction-free on bigints for rationals); a singular matrix (determinant exactly 0) is a DomainError. Symbolic entries give adj(A)/det(A) from the characteristic polynomial (Cayley-Hamilton).", [["inv([[1, 2], [3, 4]])", "[[-2, 1], [3/2, -1/2]]"]], 1, (k, [a], _, call) => (k.symbolic ? symbolicInverse(k as Kit<Value>, a as L.Tensor<Value>, call) : k.fromT(L.inv(k.F, a!, call.ctx.budget))), undefined, undefined, true),
  matrixFn("rank", EXACT, "rank(A)", "Rank of a matrix: the number of pivots of its exact reduced row echelon form.", [["rank([[1, 2], [2, 4]])", "1"]], 1, (k, [a], _, call) => N.integer(L.rank(k.F, a!, call.ctx.budget))),
  matrixFn("rref", EXACT, "rref(A)", "Reduced row echelon form, exact (unique): pivots 1, zeros above and below each pivot.", [["rref([[1, 2, 3], [4, 5, 6]])", "[[1, 0, -1], [0, 1, 2]]"]], 1, (k, [a], _, call) => k.fromT(L.rref(k.F, a!, call.ctx.budget).rref)),
  matrixFn(
    "nullspace",
    EXACT,
    "nullspace(A)",
    "A basis of the null space {x : A x = 0} as the columns of a matrix, exact (one column per free variable of rref(A): 1 at the free column); a matrix with no columns when only x = 0 solves it.",
    [["nullspace([[1, 2], [2, 4]])", "[[-2], [1]]"]],
    1,
    (k, [a], _, call) => {
      const basis = L.nullspace(k.F, a!, call.ctx.budget);
      const n = a!.shape[1]!;
      const data: Value[] = [];
      for (let i = 0; i < n; i++) for (const v of basis) data.push(k.from(v.data[i]!));
      return out({ shape: [n, basis.length], data });
    },
  ),
  matrixFn(
    "linsolve",
    EXACT,
    "linsolve(A, b)",
    "The solution x of A x = b (b a vector or a matrix of right-hand sides), exact by Gaussian elimination. No solution, or infinitely many, is a DomainError (use solve([...], [...]) for parametric solutions, lstsq for least squares).",
    [["linsolve([[2, 1], [1, 3]], [3, 5])", "[4/5, 7/5]"]],
    2,
    (k, [a, b], _, call) => {
      const [r, c] = L.dims2(a!, "the coefficient matrix");
      if (r === c && !k.F.isZero(L.det(k.F, a!, call.ctx.budget))) return k.fromT(L.solveSquare(k.F, a!, b!, call.ctx.budget));
      if (b!.shape.length !== 1) throw domainError("singular-matrix", "the coefficient matrix is singular or not square");
      const g = L.solveGeneral(k.F, a!, b!, call.ctx.budget);
      if (g === null) throw domainError("singular-matrix", "the system has no solution", { notes: ["lstsq(A, b) gives the least-squares solution"] });
      if (g.nullspace.length > 0) {
        throw domainError("singular-matrix", `the system has infinitely many solutions (${g.nullspace.length} free variable${g.nullspace.length > 1 ? "s" : ""})`, {
          notes: ["nullspace(A) gives the directions; solve([...], [...]) gives the parametric family"],
        });
      }
      return k.fromT(g.particular);
    },
  ),
  matrixFn("lstsq", DEC, "lstsq(A, b)", "Least-squares solution of A x = b, exact: the normal equations A^H A x = A^H b for full column rank, the minimum-norm solution pinv(A) b otherwise.", [["lstsq([[1, 0], [0, 1], [1, 1]], [1, 2, 4])", "[4/3, 7/3]"]], 2, (k, [a, b], _, call) => k.fromT(L.lstsqExact(k.F, a!, b!, call.ctx.budget))),
  matrixFn("pinv", DEC, "pinv(A)", "Moore-Penrose pseudo-inverse, exact, from the rank factorization A = C G: pinv(A) = G^H (G G^H)^-1 (C^H C)^-1 C^H. Equals inv(A) for an invertible A.", [["pinv([[1, 2], [2, 4]])", "[[1/25, 2/25], [2/25, 4/25]]"]], 1, (k, [a], _, call) => k.fromT(L.pinvExact(k.F, a!, call.ctx.budget))),
  matrixFn(
    "charpoly",
    EXACT,
    "charpoly(A[, x])",
    "The characteristic polynomial det(x I - A) as an expression in x (or the symbol given), with exact coefficients (Hessenberg reduction and recurrence).",
    [["charpoly([[1, 2], [3, 4]])", "x^2 - 5*x - 2"]],
    1,
    (k, [a], args, call) => {
      const v = args[1];
      const name = v === undefined ? "x" : v.kind === "expression" && A.freeSymbols(v.expr).length === 1 ? A.freeSymbols(v.expr)[0]! : undefined;
      if (name === undefined) throw typeError("charpoly's second argument must be a symbol", { span: call.argSpans[1] ?? call.span });
      return tidy({ kind: "expression", expr: charpolyExpr(k, a!, name, call.ctx) }, call);
    },
    [1, 2],
    undefined,
    true,
  ),
  matrixFn(
    "eigenvalues",
    DEC,
    "eigenvalues(A)",
    "Eigenvalues of a square matrix as the solutions of its exact characteristic polynomial (solve): exact in radicals up to degree 4 and when the polynomial factors, otherwise numeric roots with certified error bounds; with multiplicities.",
    [["eigenvalues([[2, 0], [0, 3]])", "lambda = 2, lambda = 3"]],
    1,
    (k, [a], _, call) => solveCharpoly(k, a!, call),
    [1, 1],
    ["eigvals"],
  ),
  matrixFn(
    "eigenvectors",
    DEC,
    "eigenvectors(A)",
    "Eigenvectors as the columns of a matrix, in the order of eigenvalues(A), each eigenvalue contributing a basis of its eigenspace (the exact null space of A - lambda I). Needs exact eigenvalues (rational, radical or complex with exact parts); a matrix whose eigenvalues are only known numerically is a DomainError.",
    [["eigenvectors([[2, 0], [0, 3]])", "[[1, 0], [0, 1]]"], ["eigenvectors([[1, 1], [0, 2]])", "[[1, 1], [0, 1]]"]],
    1,
    (k, [a], _, call) => {
      const n = L.squareSize(a!, "eigenvectors' argument");
      const lams = exactRoots(solveCharpoly(k, a!, call), "eigenvectors");
      const F = L.towerField(call.ctx, true);
      const ta = toTowerK(k, a!);
      const cols: L.Tensor<N.Num>[] = [];
      for (const lam of lams) {
        const shifted = L.build([n, n], (idx) => (Math.floor(idx / n) === idx % n ? F.sub(ta.data[idx]!, lam) : ta.data[idx]!), call.ctx.budget);
        cols.push(...L.nullspace(F, shifted, call.ctx.budget));
      }
      const data: N.Num[] = [];
      for (let i = 0; i < n; i++) for (const v of cols) data.push(v.data[i]!);
      return out({ shape: [n, cols.length], data });
    },
  ),
  matrixFn(
    "singularvalues",
    DEC,
    "singularvalues(A)",
    "Singular values of a matrix, descending, as the square roots of the eigenvalues of A^H A: exact when those are (radicals), otherwise certified numeric values with error bounds (as solutions of sigma).",
    [["singularvalues([[3, 0], [0, -4]])", "[4, 3]"], ["singularvalues([[1, 1], [1, 1]])", "[2, 0]"]],
    1,
    (k, [a], _, call) => {
      const [r, c] = L.dims2(a!, "singularvalues' argument");
      const ah = L.conjTranspose(k.F, a!, call.ctx.budget);
      const g = c <= r ? L.matmul(k.F, ah, a!, call.ctx.budget) : L.matmul(k.F, a!, ah, call.ctx.budget);
      const sol = solveCharpoly(k, g, call);
      if (sol.kind !== "solutions") throw typeError("singular values need the algebra solver");
      const els = [...sol.solutions.elements].reverse();
      if (els.every((e) => !e.numeric && isNum(e.values[0] as Value))) {
        const vals: N.Num[] = [];
        for (const e of els) {
          const s = N.applyFunction("sqrt", [e.values[0] as N.Num], call.ctx);
          for (let m = 0; m < (e.multiplicity ?? 1); m++) vals.push(s);
        }
        return out({ shape: [vals.length], data: vals });
      }
      // Symbolic: sqrt of each expression. Numeric: sigma = sqrt(lambda) for a certified ball lambda in [mid - r, mid + r]: |sqrt(mid) - sigma| <= r / sqrt(mid).
      return {
        kind: "solutions",
        solutions: {
          variables: ["sigma"],
          elements: els.map((e) => {
            if (!isNum(e.values[0] as Value)) return { ...e, values: [A.exprCall("sqrt", [e.values[0] as A.Expr])] };
            const mid = e.values[0] as N.Num;
            const sigma = N.applyFunction("sqrt", [mid.kind === "rational" && mid.value.num < 0n ? N.integer(0) : mid], call.ctx);
            if (!e.numeric || !e.errorBound) return { ...e, values: [sigma] };
            return { ...e, values: [sigma], errorBound: L.sqrtBallBound(mid, e.errorBound, call.ctx) };
          }),
        },
      };
    },
  ),
  matrixFn(
    "lu",
    DEC,
    "lu(A[, part])",
    'LU factorization P A = L U with row pivoting, exact for exact entries: part "L" (unit lower triangular), "U" (upper, the default) or "P" (the permutation).',
    [["lu([[0, 1], [2, 3]], \"P\")", "[[0, 1], [1, 0]]"], ["lu([[2, 1], [4, 5]], \"L\")", "[[1, 0], [2, 1]]"], ["lu([[2, 1], [4, 5]])", "[[2, 1], [0, 3]]"]],
    1,
    (k, [a], args, call) => {
      const f = L.luGeneric(k.F, a!, call.ctx.budget);
      return k.fromT(pick(args[1], { L: f.L, U: f.U, P: f.P }, "U", call));
    },
    [1, 2],
  ),
  matrixFn(
    "qr",
    DEC,
    "qr(A[, part])",
    'QR factorization A = Q R by Gram-Schmidt with exact square roots (radicals) where the column norms allow: part "Q" (orthonormal columns) or "R" (upper triangular, the default). Q has rank(A) columns.',
    [["qr([[3, 1], [4, 2]], \"Q\")", "[[3/5, -4/5], [4/5, 3/5]]"], ["qr([[3, 1], [4, 2]])", "[[5, 11/5], [0, 2/5]]"]],
    1,
    (k, [a], args, call) => {
      const f = L.qrGeneric(k.F === (L.QField as unknown) ? (L.towerField(call.ctx, true) as unknown as typeof k.F) : k.F, k.F === (L.QField as unknown) ? (toTower(a!) as typeof a) : a!, call.ctx.budget);
      return out(pick(args[1], { Q: f.Q, R: f.R }, "R", call) as L.Tensor<Value>);
    },
    [1, 2],
  ),
  matrixFn(
    "cholesky",
    DEC,
    "cholesky(A)",
    "The lower-triangular L with A = L L^H for a Hermitian positive definite A, with exact square roots where possible; not positive definite is a DomainError.",
    [["cholesky([[4, 2], [2, 3]])", "[[2, 0], [1, sqrt(2)]]"]],
    1,
    (k, [a], _, call) => {
      const F = L.towerField(call.ctx, true);
      return out(L.choleskyGeneric(F, k.F === (L.QField as unknown) ? toTower(a!) : (a as unknown as L.Tensor<N.Num>), call.ctx.budget));
    },
  ),
  matrixFn(
    "cond",
    DEC,
    "cond(A[, p])",
    'Condition number ||A|| ||inv(A)|| of a square matrix in the 1-norm (the default, exact), inf (exact) or "fro" (exact radical); a singular matrix is a DomainError.',
    [["cond([[1, 2], [3, 4]])", "21"], ["cond([[1, 2], [3, 4]], inf)", "21"]],
    1,
    (k, [a], args, call) => {
      const kind = args[1] === undefined ? 1 : normKind(args[1], call);
      if (kind === 2 || (typeof kind === "object")) throw domainError("out-of-domain", 'cond supports p = 1, inf or "fro"', { span: call.argSpans[1] ?? call.span });
      const ai = L.inv(k.F, a!, call.ctx.budget);
      const F = L.towerField(call.ctx, true);
      const ta = toTowerK(k, a!), tb = toTowerK(k, ai);
      return F.mul(L.matrixNorm(F, ta, kind), L.matrixNorm(F, tb, kind));
    },
    [1, 2],
  ),
  {
    name: "norm",
    area: VEC,
    signature: "norm(v[, p])",
    doc: 'Vector norms: p = 2 (default) sqrt(sum |v_i|^2), 1, inf, or any real p >= 1; exact when the root is (norm([3, 4]) = 5, norm([1, 1]) = sqrt(2)). For a matrix: the Frobenius norm by default (or "fro"), 1 (max column sum), inf (max row sum), 2 (spectral: the largest singular value, when exact).',
    examples: [["norm([3, 4])", "5"], ["norm([1, 1])", "sqrt(2)"], ["norm([1, -2, 3], 1)", "6"], ["norm([1, -2, 3], inf)", "3"], ["norm([[1, 2], [3, 4]], 1)", "6"], ["norm([[3, 0], [0, -4]], 2)", "4"]],
    arity: [1, 2],
    impl: (args, call) =>
      run(call, () => {
        const t = numTensor(tensorArg(args[0], "norm's argument", call.argSpans[0] ?? call.span), "norm", call.span);
        const F = L.towerField(call.ctx, t.data.every((x) => N.isExact(x)));
        const kind = normKind(args[1], call);
        if (t.shape.length === 2 && (kind === 1 || kind === "inf")) return L.matrixNorm(F, t, kind);
        if (t.shape.length === 2 && kind === 2 && args[1] !== undefined) {
          // Spectral norm: the largest singular value, exact when the eigenvalues of A^H A are.
          const sv = lookupBuiltin("singularvalues")!.impl([args[0]!], call);
          if (sv.kind === "tensor" && sv.shape[0]! > 0 && isNum(sv.data[0]!)) return sv.data[0]!;
          throw domainError("out-of-domain", "the spectral norm of this matrix is only known numerically", {
            notes: ["singularvalues(A) shows it (the first value) with a certified error bound", 'norm(A) is the Frobenius norm'],
          });
        }
        if (kind === "fro") return L.norm(F, t, 2);
        return L.norm(F, t, kind);
      }),
  },
  vecFn("dot", "dot(u, v)", "Dot product sum u_i conj(v_i) of two vectors of the same length. Exact.", [["dot([1, 2, 3], [4, 5, 6])", "32"], ["dot([a, b], [c, d])", "a*c + b*d"]], (F, [u, v], call) => tidy(L.dot(F, u!, v!), call), true),
  vecFn("cross", "cross(u, v)", "Cross product of two 3-vectors (exact); other lengths are a DimensionError naming both shapes.", [["cross([1, 0, 0], [0, 1, 0])", "[0, 0, 1]"]], (F, [u, v]) => out(L.cross(F, u!, v!)), true),
  vecFn("normalize", "normalize(v)", "v / norm(v), exact when the norm is; the zero vector is a DomainError.", [["normalize([3, 4])", "[3/5, 4/5]"]], (F, [v], call) => out(L.normalize(F, v!, call.ctx.budget))),
  vecFn(
    "angle",
    "angle(u, v)",
    "The angle between two vectors in radians, acos(dot(u, v) / (norm(u) norm(v))): exact when the cosine is a known value (angle([1, 0], [1, 1]) = pi/4), else correctly rounded.",
    [["angle([1, 0], [0, 1])", "pi/2"], ["angle([1, 0], [1, 1])", "pi/4"]],
    (F, [u, v], call) => {
      const nn = F.mul(L.norm(F, u!, 2), L.norm(F, v!, 2));
      if (F.isZero(nn)) throw domainError("out-of-domain", "the angle with a zero vector is undefined");
      return N.applyFunction("acos", [F.div(L.dot(F, u!, v!), nn) as N.Num], call.ctx);
    },
  ),
  vecFn("proj", "proj(u, v)", "Projection of u onto v: (dot(u, v) / dot(v, v)) v, exact; v = 0 is a DomainError.", [["proj([1, 2], [1, 0])", "[1, 0]"]], (F, [u, v], call) => out(L.proj(F, u!, v!, call.ctx.budget))),
  vecFn("distance", "distance(u, v)", "Euclidean distance norm(u - v), exact when the root is.", [["distance([0, 0], [3, 4])", "5"]], (F, [u, v]) => L.distance(F, u!, v!)),
  ...(["sum", "mean"] as const).map(
    (name): Builtin => ({
      name,
      area: VEC,
      signature: name === "sum" ? "sum(v) or sum(expr, k, a, b)" : `${name}(v)`,
      doc: name === "sum" ? "Sum of all elements of a vector or array (exact); several arguments are summed too; sum(expr, k, a, b) is the indexed sum for k = a..b." : "Arithmetic mean of all elements of a vector or array (exact); several arguments work too.",
      examples: name === "sum" ? [["sum([1, 2, 3])", "6"], ["sum(1..100)", "5050"], ["sum(k^2, k, 1, 10)", "385"], ["sum(1/2^k, k, 1, 10)", "1023/1024"]] : [["mean([1, 2, 4])", "7/3"]],
      arity: [1, Number.POSITIVE_INFINITY],
      impl: (args, call) =>
        name === "sum" && isIndexedForm(args) ? indexedFold("sum", args, call) : run(call, () => {
          const items = args.length === 1 && args[0]!.kind === "tensor" ? args[0]!.data : args;
          const bad = items.find((v) => !isNum(v) && v.kind !== "expression");
          if (bad) throw typeError(`${name} needs numbers or a vector, got ${describeKind(bad)}`, { span: call.span });
          const t = out({ shape: [items.length], data: items }) as L.Tensor<Value>;
          const k = kit(call.ctx, [t], call);
          const v = k.from(name === "sum" ? L.sum(k.F, k.to(t)) : L.mean(k.F, k.to(t)));
          return tidy(v, call);
        }),
    }),
  ),
  {
    name: "linspace",
    area: VEC,
    signature: "linspace(a, b, n)",
    doc: "n equally spaced points from a to b inclusive, exact for exact endpoints: a + k (b - a)/(n - 1).",
    examples: [["linspace(0, 1, 5)", "[0, 1/4, 1/2, 3/4, 1]"]],
    arity: [3, 3],
    impl: (args, call) =>
      run(call, () => {
        const [a, b] = [args[0]!, args[1]!];
        if (!isNum(a) || !isNum(b)) throw typeError("linspace's endpoints must be numbers", { span: call.span });
        return out(L.linspace(L.towerField(call.ctx, true), a, b, intArg(args[2], "the number of points", call.argSpans[2] ?? call.span), call.ctx.budget));
      }),
  },
  {
    name: "einsum",
    area: TEN,
    signature: 'einsum("ij,jk->ik", A, B, ...)',
    doc: 'Einstein summation over arrays of any rank: repeated indices are summed; the output lists the kept indices (alphabetical order of the once-appearing ones when "->" is omitted); "ii->" is a trace, "ii->i" a diagonal, "bij,bjk->bik" a batch product, "i,j->ij" an outer product. Exact.',
    examples: [['einsum("ij,jk->ik", [[1, 2], [3, 4]], [[5, 6], [7, 8]])', "[[19, 22], [43, 50]]"], ['einsum("ii", [[1, 2], [3, 4]])', "5"], ['einsum("i,j->ij", [1, 2], [3, 4])', "[[3, 4], [6, 8]]"]],
    arity: [2, Number.POSITIVE_INFINITY],
    impl: (args, call) =>
      run(call, () => {
        const spec = args[0]!;
        if (spec.kind !== "string") throw typeError('einsum\'s first argument must be a string of subscripts, e.g. "ij,jk->ik"', { span: call.argSpans[0] ?? call.span });
        const ops = args.slice(1).map((a, i): L.Tensor<Value> => {
          if (isNum(a) || a.kind === "expression") return { shape: [], data: [a] };
          return tensorArg(a, `einsum operand ${i + 1}`, call.argSpans[i + 1] ?? call.span);
        });
        const k = kit(call.ctx, ops, call);
        const r = L.einsum(k.F, spec.value, ops.map((t) => k.to(t)), call.ctx.budget);
        return r.shape.length === 0 ? tidy(k.from(r.data[0]!), call) : k.fromT(r);
      }),
  },
];

/**
 * adj(A)/det(A) for symbolic entries without dividing until the end: with det(xI - A) = x^n + c1 x^(n-1) + ... + cn,
 * Cayley-Hamilton gives adj(A) = (-1)^(n-1) (A^(n-1) + c1 A^(n-2) + ... + c(n-1) I) and det(A) = (-1)^n cn.
 */
function symbolicInverse(k: Kit<Value>, a: L.Tensor<Value>, call: CallInfo): Value {
  const F = k.F, n = L.squareSize(a, "inv's argument"), budget = call.ctx.budget;
  const c = L.charpoly(F, a, budget);
  const det = tidy(n % 2 ? F.neg(c[n]!) : c[n]!, call);
  if (F.isZero(det)) throw domainError("singular-matrix", `the ${n}x${n} matrix is singular (its determinant is 0)`);
  let B = L.identity(F, n, budget);
  for (let i = 1; i < n; i++) B = L.add(F, L.matmul(F, a, B, budget), L.scale(F, c[i]!, L.identity(F, n, budget)), budget);
  return out(L.map(B, (x) => tidy(F.div(tidy(n % 2 ? x : F.neg(x), call), det), call, "simplify"), budget));
}

// Register, skipping names another area already owns (defining a name twice would abort startup).
defineBuiltins(builtins.filter((b) => !lookupBuiltin(b.name) && !(b.aliases ?? []).some((a) => lookupBuiltin(a))));

export { builtins as linalgBuiltins, matmulRational, matmulAny, matpowAny };
