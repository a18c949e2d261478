// `expr in fmt`: evaluate with every intermediate operation rounded to a number format (IEEE semantics inside).
// Implemented by walking the AST with the formats layer's FormatOps. Filled in when formats lands (issue 3).
import { typeError } from "../core/index.js";
import type { InFormat } from "../lang/index.js";
import type { EvalContext } from "./context.js";
import type { Value } from "./value.js";

export function evaluateInFormat(node: InFormat, ctx: EvalContext, depth: number): Value {
  void ctx;
  void depth;
  throw typeError("evaluation in a number format is not available yet", { span: node.span });
}
