// Row-major n-dimensional arrays generic over their element type, shape checks and the errors they raise, and
// the element-wise, reshape, indexing (1-based) and concatenation helpers. Sizes are checked against the
// elements limit before any allocation; long loops tick the budget.
import { Budget, DEFAULT_LIMITS, dimensionError, domainError, typeError } from "../core/index.js";

export interface Tensor<T> {
  readonly shape: readonly number[];
  readonly data: readonly T[];
}

/** What linalg reads of an evaluation: the budget (deadline, elements limit and, when given, the digits limit). */
export type LinBudget = Pick<Budget, "tick" | "checkElements"> & Partial<Pick<Budget, "checkDigits">>;

/** A budget with the default elements limit and no deadline, for library callers that pass none. */
export const FREE_BUDGET: LinBudget = new Budget({ ...DEFAULT_LIMITS, timeMs: Number.POSITIVE_INFINITY });

/** "2x3" for a matrix, "vector of length 3", "2x3x4 array", "scalar" for rank 0. */
export function shapeText(shape: readonly number[]): string {
  if (shape.length === 0) return "scalar";
  if (shape.length === 1) return `vector of length ${shape[0]}`;
  if (shape.length === 2) return `${shape[0]}x${shape[1]}`;
  return `${shape.join("x")} array`;
}

export function sizeOf(shape: readonly number[]): number {
  let n = 1;
  for (const s of shape) n *= s;
  return n;
}

export function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** Checks a predicted element count against the limit, then builds the tensor from a generator (exact sizes). */
export function build<T>(shape: readonly number[], at: (i: number) => T, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  for (const s of shape) {
    if (!Number.isInteger(s) || s < 0) throw domainError("out-of-domain", `a dimension must be a non-negative integer, got ${s}`);
  }
  const n = sizeOf(shape);
  // A zero dimension makes no elements, but the leading dimensions still nest that many (empty) lists.
  let nested = 1;
  for (const s of shape.slice(0, -1)) nested *= s;
  budget.checkElements(Math.max(n, nested));
  const data = new Array<T>(n);
  for (let i = 0; i < n; i++) {
    if ((i & 1023) === 1023) budget.tick(64);
    data[i] = at(i);
  }
  return { shape: [...shape], data };
}

export function fromRows<T>(rows: readonly (readonly T[])[]): Tensor<T> {
  const r = rows.length;
  const c = r === 0 ? 0 : rows[0]!.length;
  for (const row of rows) {
    if (row.length !== c) throw dimensionError(`rows of lengths ${c} and ${row.length} in one matrix`, {}, "ragged");
  }
  return { shape: [r, c], data: rows.flat() as T[] };
}

export function vector<T>(data: readonly T[]): Tensor<T> {
  return { shape: [data.length], data: [...data] };
}

/** Rows of a matrix as arrays (for tests and display). */
export function toRows<T>(m: Tensor<T>): T[][] {
  const [r, c] = dims2(m, "the argument");
  const out: T[][] = [];
  for (let i = 0; i < r; i++) out.push(m.data.slice(i * c, i * c + c));
  return out;
}

/** [rows, cols] of a matrix, or a DimensionError naming `what`. */
export function dims2<T>(m: Tensor<T>, what = "the argument"): [number, number] {
  if (m.shape.length !== 2) throw dimensionError(`${what} must be a matrix, got a ${shapeText(m.shape)}`);
  return [m.shape[0]!, m.shape[1]!];
}

/** n of a square matrix, or a DimensionError (not-square). */
export function squareSize<T>(m: Tensor<T>, what = "the matrix"): number {
  const [r, c] = dims2(m, what);
  if (r !== c) throw dimensionError(`${what} must be square, got ${r}x${c}`, {}, "not-square");
  return r;
}

export function vecLength<T>(v: Tensor<T>, what = "the argument"): number {
  if (v.shape.length !== 1) throw dimensionError(`${what} must be a vector, got a ${shapeText(v.shape)}`);
  return v.shape[0]!;
}

/** f applied to every element (size checked against the elements limit). */
export function map<T, U>(t: Tensor<T>, f: (x: T, i: number) => U, budget: LinBudget = FREE_BUDGET): Tensor<U> {
  return build(t.shape, (i) => f(t.data[i]!, i), budget);
}

/** Element-wise binary operation on equal shapes (`verb` names it in the error: "cannot add 2x2 and 3x3"). */
export function zip<T, U, V>(
  a: Tensor<T>,
  b: Tensor<U>,
  f: (x: T, y: U) => V,
  verb = "combine",
  budget: LinBudget = FREE_BUDGET,
): Tensor<V> {
  if (!sameShape(a.shape, b.shape)) {
    throw dimensionError(`cannot ${verb} ${shapeText(a.shape)} and ${shapeText(b.shape)}`);
  }
  return build(a.shape, (i) => f(a.data[i]!, b.data[i]!), budget);
}

/** The same elements in a new shape with the same number of elements (row-major order is kept). */
export function reshape<T>(t: Tensor<T>, shape: readonly number[]): Tensor<T> {
  if (sizeOf(shape) !== t.data.length || shape.some((s) => !Number.isInteger(s) || s < 0)) {
    throw dimensionError(`cannot reshape ${shapeText(t.shape)} (${t.data.length} elements) to ${shape.join("x")}`);
  }
  return { shape: [...shape], data: t.data };
}

export function flatten<T>(t: Tensor<T>): Tensor<T> {
  return { shape: [t.data.length], data: t.data };
}

/** Row-major strides of a shape. */
export function strides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let k = shape.length - 1; k >= 0; k--) {
    s[k] = acc;
    acc *= shape[k]!;
  }
  return s;
}

/**
 * One index per axis, 1-based: a number selects (and drops the axis), an array selects several (keeps it), null
 * is `:` (the whole axis). A DomainError (index-out-of-range) names the axis, the index and its size.
 */
export type IndexSpec = number | readonly number[] | null;

export function index<T>(t: Tensor<T>, spec: readonly IndexSpec[], budget: LinBudget = FREE_BUDGET): Tensor<T> | T {
  if (spec.length !== t.shape.length) {
    throw dimensionError(`a ${shapeText(t.shape)} takes ${t.shape.length} ${t.shape.length === 1 ? "index" : "indices"}, got ${spec.length}`);
  }
  const picks: number[][] = [];
  const outShape: number[] = [];
  spec.forEach((s, axis) => {
    const size = t.shape[axis]!;
    const check = (k: number) => {
      if (!Number.isInteger(k)) throw typeError(`an index must be an integer, got ${k}`, {}, "wrong-type");
      if (k < 1 || k > size) {
        throw domainError("index-out-of-range", `index ${k} is out of range for axis ${axis + 1} of size ${size} (indices start at 1)`);
      }
      return k - 1;
    };
    if (s === null) {
      picks.push(Array.from({ length: size }, (_, i) => i));
      outShape.push(size);
    } else if (typeof s === "number") {
      picks.push([check(s)]);
    } else {
      picks.push(s.map(check));
      outShape.push(s.length);
    }
  });
  const st = strides(t.shape);
  if (outShape.length === 0) {
    let off = 0;
    picks.forEach((p, k) => (off += p[0]! * st[k]!));
    return t.data[off]!;
  }
  const n = picks.reduce((acc, p) => acc * p.length, 1);
  budget.checkElements(n);
  const data: T[] = [];
  const counter = new Array<number>(picks.length).fill(0);
  for (let i = 0; i < n; i++) {
    if ((i & 1023) === 1023) budget.tick(64);
    let off = 0;
    for (let k = 0; k < picks.length; k++) off += picks[k]![counter[k]!]! * st[k]!;
    data.push(t.data[off]!);
    for (let k = picks.length - 1; k >= 0; k--) {
      if (++counter[k]! < picks[k]!.length) break;
      counter[k] = 0;
    }
  }
  return { shape: outShape, data };
}

/**
 * Concatenation along `axis` (0-based): vcat is axis 0, hcat axis 1 for matrices. Vectors hcat into one longer
 * vector and vcat into a matrix of rows. Every other dimension must agree.
 */
export function concat<T>(parts: readonly Tensor<T>[], axis: number, budget: LinBudget = FREE_BUDGET): Tensor<T> {
  if (parts.length === 0) throw typeError("concatenation needs at least one array", {}, "wrong-arity");
  const rank = parts[0]!.shape.length;
  for (const p of parts) {
    if (p.shape.length !== rank || p.shape.some((s, k) => k !== axis && s !== parts[0]!.shape[k])) {
      throw dimensionError(`cannot concatenate ${shapeText(parts[0]!.shape)} and ${shapeText(p.shape)} along axis ${axis + 1}`);
    }
  }
  if (axis >= rank) throw dimensionError(`cannot concatenate ${shapeText(parts[0]!.shape)} along axis ${axis + 1}`);
  const outShape = [...parts[0]!.shape];
  outShape[axis] = parts.reduce((acc, p) => acc + p.shape[axis]!, 0);
  budget.checkElements(sizeOf(outShape));
  const outer = sizeOf(outShape.slice(0, axis));
  const inner = sizeOf(outShape.slice(axis + 1));
  const data: T[] = [];
  for (let o = 0; o < outer; o++) {
    budget.tick();
    for (const p of parts) {
      const chunk = p.shape[axis]! * inner;
      for (let j = 0; j < chunk; j++) data.push(p.data[o * chunk + j]!);
    }
  }
  return { shape: outShape, data };
}

/** Side by side: matrices with equal row counts; vectors become one longer vector. */
export function hcat<T>(parts: readonly Tensor<T>[], budget: LinBudget = FREE_BUDGET): Tensor<T> {
  const rank = parts[0]?.shape.length ?? 1;
  return concat(parts, rank === 1 ? 0 : 1, budget);
}

/** Stacked: matrices with equal column counts; vectors become the rows of a matrix. */
export function vcat<T>(parts: readonly Tensor<T>[], budget: LinBudget = FREE_BUDGET): Tensor<T> {
  const lifted = parts.map((p) => (p.shape.length === 1 ? { shape: [1, p.shape[0]!], data: p.data } : p));
  return concat(lifted, 0, budget);
}
