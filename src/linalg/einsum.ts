// einsum over n-dimensional arrays generic over a Field: "ij,jk->ik" with the full notation: repeated indices
// summed, implicit output (indices appearing once, alphabetical), traces "ii->", diagonals "ii->i", batch
// dimensions "bij,bjk->bik", outer products "i,j->ij". Exact over exact fields (sums of products).
import { dimensionError, domainError } from "../core/index.js";
import type { Field } from "./field.js";
import { type Tensor, type LinBudget, FREE_BUDGET, shapeText, strides, sizeOf } from "./tensor.js";

interface Spec {
  readonly inputs: string[][];
  readonly output: string[];
}

const LABEL = /^[A-Za-z]$/;

function badSpec(spec: string, why: string) {
  return domainError("out-of-domain", `invalid einsum subscripts "${spec}": ${why}`);
}

/** Parses "ij,jk->ik" (spaces ignored); without "->" the output is the once-appearing labels, sorted. */
export function parseEinsum(spec: string, operands: number): Spec {
  const text = spec.replace(/\s+/g, "");
  const arrow = text.indexOf("->");
  if (arrow !== text.lastIndexOf("->")) throw badSpec(spec, "more than one '->'");
  const lhs = arrow < 0 ? text : text.slice(0, arrow);
  const inputs = lhs.split(",").map((s) => [...s]);
  for (const labels of inputs) for (const l of labels) if (!LABEL.test(l)) throw badSpec(spec, `'${l}' is not an index letter`);
  if (inputs.length !== operands) {
    throw dimensionError(`einsum subscripts "${spec}" name ${inputs.length} operand(s) but ${operands} were given`);
  }
  let output: string[];
  if (arrow >= 0) {
    output = [...text.slice(arrow + 2)];
    const seen = new Set<string>();
    const all = new Set(inputs.flat());
    for (const l of output) {
      if (!LABEL.test(l)) throw badSpec(spec, `'${l}' is not an index letter`);
      if (seen.has(l)) throw badSpec(spec, `output index '${l}' appears twice`);
      if (!all.has(l)) throw badSpec(spec, `output index '${l}' appears in no input`);
      seen.add(l);
    }
  } else {
    const count = new Map<string, number>();
    for (const l of inputs.flat()) count.set(l, (count.get(l) ?? 0) + 1);
    output = [...count].filter(([, c]) => c === 1).map(([l]) => l).sort();
  }
  return { inputs, output };
}

/**
 * einsum(F, "ij,jk->ik", [A, B]): sums of products over the repeated indices. The output size is checked
 * against the elements limit first; every product ticks the budget. Scalars are rank-0 tensors (shape []).
 */
export function einsum<T>(F: Field<T>, spec: string, ops: readonly Tensor<T>[], budget: LinBudget = FREE_BUDGET): Tensor<T> {
  const { inputs, output } = parseEinsum(spec, ops.length);
  const size = new Map<string, number>();
  inputs.forEach((labels, k) => {
    const t = ops[k]!;
    if (labels.length !== t.shape.length) {
      throw dimensionError(`einsum operand ${k + 1} is a ${shapeText(t.shape)} but its subscripts "${labels.join("")}" name ${labels.length} axes`);
    }
    labels.forEach((l, ax) => {
      const s = t.shape[ax]!;
      const prev = size.get(l);
      if (prev !== undefined && prev !== s) {
        throw dimensionError(`einsum index '${l}' has size ${prev} in one place and ${s} in operand ${k + 1} (${shapeText(t.shape)})`);
      }
      size.set(l, s);
    });
  });
  const summed = [...size.keys()].filter((l) => !output.includes(l));
  const loop = [...output, ...summed];
  const dims = loop.map((l) => size.get(l)!);
  const outShape = output.map((l) => size.get(l)!);
  const outSize = sizeOf(outShape);
  budget.checkElements(outSize, "the einsum result");
  const inner = sizeOf(summed.map((l) => size.get(l)!));
  // Per operand, the stride of each loop label (summed over axes sharing it, which walks diagonals).
  const opStrides = inputs.map((labels, k) => {
    const st = strides(ops[k]!.shape);
    return loop.map((l) => labels.reduce((acc, m, ax) => (m === l ? acc + st[ax]! : acc), 0));
  });
  const nOps = ops.length;
  const nOut = output.length;
  const offs = new Array<number>(nOps).fill(0);
  const counter = new Array<number>(loop.length).fill(0);
  const data = new Array<T>(outSize);
  for (let o = 0; o < outSize; o++) {
    budget.tick(nOps);
    let acc = F.zero;
    for (let s = 0; s < inner; s++) {
      let prod = nOps === 0 ? F.one : ops[0]!.data[offs[0]!]!;
      for (let k = 1; k < nOps; k++) prod = F.mul(prod, ops[k]!.data[offs[k]!]!);
      acc = F.add(acc, prod);
      if ((s & 4095) === 4095) budget.tick(4096 * nOps);
      // Advance the summed labels (the innermost part of the odometer).
      for (let ax = loop.length - 1; ax >= nOut; ax--) {
        if (++counter[ax]! < dims[ax]!) {
          for (let k = 0; k < nOps; k++) offs[k] = offs[k]! + opStrides[k]![ax]!;
          break;
        }
        counter[ax] = 0;
        for (let k = 0; k < nOps; k++) offs[k] = offs[k]! - opStrides[k]![ax]! * (dims[ax]! - 1);
      }
    }
    data[o] = acc;
    for (let ax = nOut - 1; ax >= 0; ax--) {
      if (++counter[ax]! < dims[ax]!) {
        for (let k = 0; k < nOps; k++) offs[k] = offs[k]! + opStrides[k]![ax]!;
        break;
      }
      counter[ax] = 0;
      for (let k = 0; k < nOps; k++) offs[k] = offs[k]! - opStrides[k]![ax]! * (dims[ax]! - 1);
    }
  }
  return { shape: outShape, data };
}
