// Gaussian elimination over a Field: determinant (fraction-free Bareiss for exact fields, with a bigint fast
// path for rationals; partial pivoting for numeric ones), rref, rank, inverse, solve, nullspace. Exact fields
// pivot on the first non-zero entry, so every result over Q is exact.
import { domainError, dimensionError } from "../core/index.js";
import { Q, type Rational } from "../numbers/index.js";
import { type Field, QField, F64Field } from "./field.js";
import { type Tensor, type LinBudget, FREE_BUDGET, dims2, squareSize, shapeText } from "./tensor.js";
import { luFactor, luDet } from "./lu.js";
import { solveRationalFF, integerRows, rrefRationalFF } from "./fraction-free.js";

/** Rows as mutable arrays. */
function rowsOf<T>(a: Tensor<T>): T[][] {
  const [r, c] = dims2(a);
  const out: T[][] = [];
  for (let i = 0; i < r; i++) out.push(a.data.slice(i * c, i * c + c) as T[]);
  return out;
}

/** Zero test used by elimination: exact for exact fields, decided for self-bounding ones, below `tol` otherwise. */
function zeroTest<T>(F: Field<T>, tol: number): (x: T) => boolean {
  if (F.exact) return F.isZero;
  if (F.decideZero) return F.decideZero;
  return tol === 0 ? F.isZero : (x) => F.isZero(x) || F.magnitude(x) <= tol;
}

/** Default tolerance of numeric elimination: max(r, c) * eps * max|a_ij| (LAPACK's rank convention). */
function defaultTol<T>(F: Field<T>, a: Tensor<T>): number {
  if (F.exact || !F.roundoff) return 0;
  let m = 0;
  for (const x of a.data) m = Math.max(m, F.magnitude(x));
  return Math.max(a.shape[0] ?? 0, a.shape[1] ?? 0) * 2 * F.roundoff * m;
}

/** Pivot row for column `col` among rows [from, r): first non-zero (exact) or largest magnitude (numeric). */
function pivotRow<T>(F: Field<T>, M: T[][], col: number, from: number, isZero: (x: T) => boolean): number {
  if (F.exact) {
    for (let i = from; i < M.length; i++) if (!F.isZero(M[i]![col]!)) return i;
    return -1;
  }
  let best = -1, bestMag = -1;
  for (let i = from; i < M.length; i++) {
    const v = M[i]![col]!;
    if (isZero(v)) continue;
    const mag = F.magnitude(v);
    if (mag > bestMag) (best = i), (bestMag = mag);
  }
  return best;
}

/**
 * Determinant. Exact fields: fraction-free Bareiss (every intermediate is a minor, so sizes stay polynomial);
 * rationals first scale each row to integers and run on bigints. float64: LU with partial pivoting, backward
 * stable (the result is det(A + E) with |E| <= 3n u |L||U|). Other numeric fields: partial pivoting likewise.
 */
export function det<T>(F: Field<T>, a: Tensor<T>, budget: LinBudget = FREE_BUDGET): T {
  const n = squareSize(a, "det's argument");
  if (n === 0) return F.one;
  if ((F as Field<unknown>) === QField) return detRational(a as unknown as Tensor<Rational>, budget) as unknown as T;
  if ((F as Field<unknown>) === F64Field) {
    const lu = luFactor({ rows: n, cols: n, data: Float64Array.from(a.data as unknown as number[]) }, budget);
    return luDet(lu) as unknown as T;
  }
  const M = rowsOf(a);
  if (F.exact) return bareiss(F, M, budget);
  let d = F.one;
  const isZero = F.isZero; // det needs no decision: a maybe-zero pivot just gives a wide result
  for (let k = 0; k < n; k++) {
    budget.tick(n * n);
    const p = pivotRow(F, M, k, k, isZero);
    if (p < 0) return F.zero;
    if (p !== k) {
      [M[k], M[p]] = [M[p]!, M[k]!];
      d = F.neg(d);
    }
    const pk = M[k]![k]!;
    d = F.mul(d, pk);
    for (let i = k + 1; i < n; i++) {
      const f = F.div(M[i]![k]!, pk);
      if (F.isZero(f)) continue;
      for (let j = k + 1; j < n; j++) M[i]![j] = F.sub(M[i]![j]!, F.mul(f, M[k]![j]!));
    }
  }
  return d;
}

/** Bareiss elimination on M (destroyed) over an exact field. */
function bareiss<T>(F: Field<T>, M: T[][], budget: LinBudget): T {
  const n = M.length;
  let negate = false;
  let prev = F.one;
  for (let k = 0; k < n - 1; k++) {
    budget.tick((n - k) * (n - k));
    if (F.isZero(M[k]![k]!)) {
      const p = pivotRow(F, M, k, k + 1, F.isZero);
      if (p < 0) return F.zero;
      [M[k], M[p]] = [M[p]!, M[k]!];
      negate = !negate;
    }
    const pk = M[k]![k]!;
    for (let i = k + 1; i < n; i++) {
      const rowI = M[i]!, rowK = M[k]!, mik = rowI[k]!;
      for (let j = k + 1; j < n; j++) rowI[j] = F.div(F.sub(F.mul(rowI[j]!, pk), F.mul(mik, rowK[j]!)), prev);
    }
    prev = pk;
  }
  const d = M[n - 1]![n - 1]!;
  return negate ? F.neg(d) : d;
}

/** Exact determinant of an integer matrix by Bareiss on bigints (divisions are exact). */
export function detBigint(M: bigint[][], budget: LinBudget = FREE_BUDGET): bigint {
  const n = M.length;
  if (n === 0) return 1n;
  let negate = false;
  let prev = 1n;
  for (let k = 0; k < n - 1; k++) {
    budget.tick((n - k) * (n - k));
    if (M[k]![k] === 0n) {
      let p = -1;
      for (let i = k + 1; i < n; i++) if (M[i]![k] !== 0n) (p = i), (i = n);
      if (p < 0) return 0n;
      [M[k], M[p]] = [M[p]!, M[k]!];
      negate = !negate;
    }
    const rowK = M[k]!, pk = rowK[k]!;
    for (let i = k + 1; i < n; i++) {
      const rowI = M[i]!, mik = rowI[k]!;
      if (mik === 0n) {
        if (prev !== pk) for (let j = k + 1; j < n; j++) rowI[j] = (rowI[j]! * pk) / prev;
        continue;
      }
      for (let j = k + 1; j < n; j++) rowI[j] = (rowI[j]! * pk - mik * rowK[j]!) / prev;
    }
    prev = pk;
  }
  const d = M[n - 1]![n - 1]!;
  return negate ? -d : d;
}

function detRational(a: Tensor<Rational>, budget: LinBudget): Rational {
  const n = a.shape[0]!;
  // Hadamard: |det| <= prod of row 2-norms, so the result (and every Bareiss intermediate, a minor) has at most
  // about sum_i log10 ||row_i|| digits once rows are scaled to integers; refuse before working if that is too many.
  if (budget.checkDigits) {
    let bits = 0;
    for (let i = 0; i < n; i++) {
      let rowBits = 0, denBits = 0;
      for (let j = 0; j < n; j++) {
        const q = a.data[i * n + j]!;
        rowBits = Math.max(rowBits, Q.bitLength(q.num));
        denBits += Q.bitLength(q.den) - 1;
      }
      bits += rowBits + denBits + Math.log2(n) / 2;
    }
    budget.checkDigits(Math.ceil(bits * 0.30103), "the determinant");
  }
  const [M, scales] = integerRows(a, n, n);
  return Q.make(detBigint(M, budget), scales.reduce((x, y) => x * y, 1n));
}

export interface RrefResult<T> {
  readonly rref: Tensor<T>;
  /** 0-based pivot columns, ascending. */
  readonly pivots: readonly number[];
}

/**
 * Reduced row echelon form by Gauss-Jordan. Exact (and unique) over exact fields; over numeric fields entries
 * with magnitude <= tol (default max(r, c) eps max|a_ij|) count as zero, so the result is that of a nearby matrix.
 */
export function rref<T>(F: Field<T>, a: Tensor<T>, budget: LinBudget = FREE_BUDGET, tol?: number): RrefResult<T> {
  const [r, c] = dims2(a, "rref's argument");
  if ((F as Field<unknown>) === QField) {
    const { data, pivots } = rrefRationalFF(a as unknown as Tensor<Rational>, r, c, budget);
    return { rref: { shape: [r, c], data: data as unknown as T[] }, pivots };
  }
  const M = rowsOf(a);
  const isZero = zeroTest(F, tol ?? defaultTol(F, a));
  const pivots: number[] = [];
  let row = 0;
  for (let col = 0; col < c && row < r; col++) {
    budget.tick(r * c);
    const p = pivotRow(F, M, col, row, isZero);
    if (p < 0) {
      if (!F.exact) for (let i = row; i < r; i++) M[i]![col] = F.zero;
      continue;
    }
    [M[row], M[p]] = [M[p]!, M[row]!];
    const pr = M[row]!, pv = pr[col]!;
    for (let j = col; j < c; j++) pr[j] = j === col ? F.one : F.div(pr[j]!, pv);
    for (let i = 0; i < r; i++) {
      if (i === row) continue;
      const ri = M[i]!, f = ri[col]!;
      if (F.isZero(f)) continue;
      for (let j = col; j < c; j++) ri[j] = j === col ? F.zero : F.sub(ri[j]!, F.mul(f, pr[j]!));
    }
    pivots.push(col);
    row++;
  }
  return { rref: { shape: [r, c], data: M.flat() }, pivots };
}

/** Rank (exact over exact fields; numerically the rank of rref at the default tolerance). */
export function rank<T>(F: Field<T>, a: Tensor<T>, budget: LinBudget = FREE_BUDGET): number {
  return rref(F, a, budget).pivots.length;
}

/**
 * Inverse by Gauss-Jordan on [A | I]. Exact over exact fields (DomainError singular-matrix when det = 0);
 * numerically with partial pivoting, a singular-matrix error when a pivot vanishes (check cond for accuracy).
 */
export function inv<T>(F: Field<T>, a: Tensor<T>, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  const n = squareSize(a, "inv's argument");
  const I: T[] = [];
  for (let i = 0; i < n * n; i++) I.push(Math.floor(i / n) === i % n ? F.one : F.zero);
  return solveSquare(F, a, { shape: [n, n], data: I }, budget);
}

/**
 * x with A x = b for square A (b a vector or a matrix of right-hand sides): exact over exact fields (rationals by
 * fraction-free Gauss-Jordan on bigints), partial pivoting numerically (backward stable). Singular A gives a
 * DomainError (singular-matrix).
 */
export function solveSquare<T>(F: Field<T>, a: Tensor<T>, b: Tensor<T>, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  const n = squareSize(a, "the coefficient matrix");
  const bm = b.shape.length === 1 ? { shape: [b.shape[0]!, 1], data: b.data } : b;
  const [br, bc] = dims2(bm, "the right-hand side");
  if (br !== n) throw dimensionError(`cannot solve a ${shapeText(a.shape)} system with a right-hand side of ${shapeText(b.shape)}`);
  if ((F as Field<unknown>) === QField) {
    const x = solveRationalFF(a as unknown as Tensor<Rational>, bm as unknown as Tensor<Rational>, n, bc, budget) as unknown as T[];
    return b.shape.length === 1 ? { shape: [n], data: x } : { shape: [n, bc], data: x };
  }
  const M = rowsOf(a);
  const B = rowsOf(bm);
  const isZero = zeroTest(F, 0);
  for (let k = 0; k < n; k++) {
    budget.tick(n * (n + bc));
    const p = pivotRow(F, M, k, k, isZero);
    if (p < 0) throw domainError("singular-matrix", `the ${n}x${n} matrix is singular (its determinant is 0)`);
    [M[k], M[p]] = [M[p]!, M[k]!];
    [B[k], B[p]] = [B[p]!, B[k]!];
    const pk = M[k]![k]!;
    for (let i = k + 1; i < n; i++) {
      const f = F.div(M[i]![k]!, pk);
      if (F.isZero(f)) continue;
      for (let j = k + 1; j < n; j++) M[i]![j] = F.sub(M[i]![j]!, F.mul(f, M[k]![j]!));
      for (let j = 0; j < bc; j++) B[i]![j] = F.sub(B[i]![j]!, F.mul(f, B[k]![j]!));
    }
  }
  for (let k = n - 1; k >= 0; k--) {
    budget.tick(n * bc);
    for (let j = 0; j < bc; j++) {
      let s: T = B[k]![j]!;
      for (let i = k + 1; i < n; i++) s = F.sub(s, F.mul(M[k]![i]!, B[i]![j]!));
      B[k]![j] = F.div(s, M[k]![k]!);
    }
  }
  return b.shape.length === 1 ? { shape: [n], data: B.map((r) => r[0]!) } : { shape: [n, bc], data: B.flat() };
}

/**
 * Basis of the null space {x : A x = 0}, one vector per free column of rref(A) (SymPy's convention: 1 at the
 * free column, minus the rref entries at the pivot columns). Exact over exact fields.
 */
export function nullspace<T>(F: Field<T>, a: Tensor<T>, budget: LinBudget = FREE_BUDGET): Tensor<T>[] {
  const [, c] = dims2(a, "nullspace's argument");
  const { rref: R, pivots } = rref(F, a, budget);
  const pivotSet = new Set(pivots);
  const basis: Tensor<T>[] = [];
  for (let free = 0; free < c; free++) {
    if (pivotSet.has(free)) continue;
    const v = Array.from({ length: c }, (): T => F.zero);
    v[free] = F.one;
    pivots.forEach((pc, row) => (v[pc] = F.neg(R.data[row * c + free]!)));
    basis.push({ shape: [c], data: v });
  }
  return basis;
}

export interface GeneralSolution<T> {
  /** One solution (free variables set to 0). */
  readonly particular: Tensor<T>;
  /** Basis of the null space: every solution is particular + a combination of these. */
  readonly nullspace: readonly Tensor<T>[];
}

/**
 * All solutions of A x = b for any shape of A (b a vector): null when the system is inconsistent. Exact over
 * exact fields; this is the hook algebra's linear solve uses.
 */
export function solveGeneral<T>(F: Field<T>, a: Tensor<T>, b: Tensor<T>, budget: LinBudget = FREE_BUDGET): GeneralSolution<T> | null {
  const [r, c] = dims2(a, "the coefficient matrix");
  if (b.shape.length !== 1 || b.shape[0] !== r) {
    throw dimensionError(`cannot solve a ${shapeText(a.shape)} system with a right-hand side of ${shapeText(b.shape)}`);
  }
  const aug: T[] = [];
  for (let i = 0; i < r; i++) aug.push(...a.data.slice(i * c, i * c + c), b.data[i]!);
  const { rref: R, pivots } = rref(F, { shape: [r, c + 1], data: aug }, budget);
  if (pivots.includes(c)) return null;
  const x = Array.from({ length: c }, (): T => F.zero);
  pivots.forEach((pc, row) => (x[pc] = R.data[row * (c + 1) + c]!));
  return { particular: { shape: [c], data: x }, nullspace: nullspace(F, a, budget) };
}
