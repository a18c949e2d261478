// One value to its three renderings: ValueJSON (the contract of DESIGN.md), one-line text in ulp syntax, and LaTeX.
// Each kind's rendering lives with the layer that owns it (number.ts, expression.ts, format-value.ts); this file
// dispatches and renders the containers (tensors) and the simple kinds.
import type { NumCtx } from "../numbers/index.js";
import type { Value, TensorValue } from "../eval/index.js";
import { numberToJSON, numberToText, numberToLatex, type ValueJSON } from "./number.js";
import { expressionRender, solutionsRender } from "./expression.js";
import { formatRender } from "./format-value.js";

export interface Rendered {
  readonly json: ValueJSON;
  readonly text: string;
  readonly latex: string;
}

export function renderValue(v: Value, digits: number, ctx: NumCtx): Rendered {
  switch (v.kind) {
    case "rational":
    case "radical":
    case "symbolic":
    case "real":
    case "complex":
      return { json: numberToJSON(v, digits, ctx), text: numberToText(v, digits, ctx), latex: numberToLatex(v, digits, ctx) };
    case "boolean":
      return { json: { type: "boolean", value: v.value }, text: String(v.value), latex: `\\text{${v.value}}` };
    case "string":
      return { json: { type: "string", value: v.value }, text: v.value, latex: `\\text{${latexEscape(v.value)}}` };
    case "tensor":
      return renderTensor(v, digits, ctx);
    case "expression":
      return expressionRender(v.expr, digits, ctx);
    case "solutions":
      return solutionsRender(v.solutions, digits, ctx);
    case "function":
      return {
        json: { type: "function", name: v.name, params: [...v.params], text: v.text },
        text: v.text,
        latex: `\\text{${latexEscape(v.text)}}`,
      };
    case "format":
    case "format_value":
    case "quantized":
      return formatRender(v, digits, ctx);
  }
}

function renderTensor(t: TensorValue, digits: number, ctx: NumCtx): Rendered {
  const cells = t.data.map((x) => renderValue(x, digits, ctx));
  const type = t.shape.length === 1 ? "vector" : t.shape.length === 2 ? "matrix" : "array";
  const nest = <T, U>(items: readonly T[], shape: readonly number[], leaf: (x: T) => U): unknown => {
    if (shape.length <= 1) return items.map(leaf);
    const step = items.length / shape[0]!;
    return Array.from({ length: shape[0]! }, (_, i) => nest(items.slice(i * step, (i + 1) * step), shape.slice(1), leaf));
  };
  const textOf = (items: readonly Rendered[], shape: readonly number[]): string => {
    if (shape.length <= 1) return `[${items.map((c) => c.text).join(", ")}]`;
    const step = shape[0] === 0 ? 0 : items.length / shape[0]!;
    return `[${Array.from({ length: shape[0]! }, (_, i) => textOf(items.slice(i * step, (i + 1) * step), shape.slice(1))).join(", ")}]`;
  };
  let latex: string;
  if (t.shape.length === 1) {
    latex = `\\begin{bmatrix} ${cells.map((c) => c.latex).join(" \\\\ ")} \\end{bmatrix}`;
  } else if (t.shape.length === 2) {
    const [m, n] = t.shape as [number, number];
    const rows = Array.from({ length: m }, (_, i) => cells.slice(i * n, (i + 1) * n).map((c) => c.latex).join(" & "));
    latex = `\\begin{bmatrix} ${rows.join(" \\\\ ")} \\end{bmatrix}`;
  } else {
    latex = `\\text{${latexEscape(textOf(cells, t.shape))}}`;
  }
  return {
    json: { type, shape: [...t.shape], elements: nest(cells, t.shape, (c) => c.json) as ValueJSON[] },
    text: textOf(cells, t.shape),
    latex,
  };
}

export function latexEscape(s: string): string {
  return s.replace(/[\\{}$&#^_%~]/g, (c) => (c === "\\" ? "\\textbackslash{}" : c === "^" ? "\\^{}" : c === "~" ? "\\~{}" : `\\${c}`));
}
