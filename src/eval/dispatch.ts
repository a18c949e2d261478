// Operator dispatch over value kinds: scalars go to the numeric tower (which owns promotion: rational < radical <
// symbolic < real, complex), symbolic operands build inert algebra expressions, tensors map element-wise or use
// the matrix product. Each arm is one call into the module that owns the mathematics.
import { typeError, dimensionError, type Span } from "../core/index.js";
import * as N from "../numbers/index.js";
import * as A from "../algebra/index.js";
import type { BinaryOp, UnaryOp } from "../lang/index.js";
import type { EvalContext } from "./context.js";
import { type Value, isNum, describeKind, bool } from "./value.js";
import { mapTensor, zipTensors, matmulValues, matrixPower, conjugateTranspose, shapeText } from "./tensor.js";
import { formatValueAsNum } from "./convert.js";
import { callScalar } from "./call.js";

/** What an operator error points at: the whole node, and the operator itself. */
export interface OpSite {
  readonly span: Span;
  readonly opSpan?: Span;
}

type ArithOp = "+" | "-" | "*" | "/" | "^" | "//" | "mod" | "rem" | ".*" | "./" | ".^";

const OP_WORD: Readonly<Record<ArithOp, string>> = {
  "+": "add",
  "-": "subtract",
  "*": "multiply",
  "/": "divide",
  "^": "raise",
  "//": "floor-divide",
  mod: "take mod of",
  rem: "take rem of",
  ".*": "multiply",
  "./": "divide",
  ".^": "raise",
};

export function binaryOp(op: BinaryOp, a: Value, b: Value, site: OpSite, ctx: EvalContext): Value {
  if (!(op in OP_WORD)) throw typeError(`operator '${op}' cannot be applied here`, { span: site.opSpan ?? site.span });
  const aop = op as ArithOp;
  if (a.kind === "format_value") a = formatValueAsNum(a);
  if (b.kind === "format_value") b = formatValueAsNum(b);
  if (isNum(a) && isNum(b)) return scalarOp(aop, a, b, ctx);
  if (a.kind === "tensor" || b.kind === "tensor") return tensorOp(aop, a, b, site, ctx);
  if (isSymbolicOperand(a) && isSymbolicOperand(b)) return symbolicOp(aop, a, b, site);
  throw typeError(`cannot ${OP_WORD[aop]} ${describeKind(a)} and ${describeKind(b)}`, {
    span: site.opSpan ?? site.span,
  });
}

function scalarOp(op: ArithOp, a: N.Num, b: N.Num, ctx: EvalContext): Value {
  switch (op) {
    case "+":
      return N.add(a, b, ctx);
    case "-":
      return N.sub(a, b, ctx);
    case "*":
    case ".*":
      return N.mul(a, b, ctx);
    case "/":
    case "./":
      return N.div(a, b, ctx);
    case "^":
    case ".^":
      return N.pow(a, b, ctx);
    case "//":
      return N.intDiv(a, b, ctx);
    case "mod":
      return N.mod(a, b, ctx);
    case "rem":
      return N.rem(a, b, ctx);
  }
}

const isSymbolicOperand = (v: Value) => v.kind === "expression" || isNum(v);

function symbolicOp(op: ArithOp, a: Value, b: Value, site: OpSite): Value {
  const x = toExpr(a, site.span);
  const y = toExpr(b, site.span);
  switch (op) {
    case "+":
    case "-":
    case "*":
    case "/":
    case "^":
      return { kind: "expression", expr: A.exprBinary(op, x, y) };
    case ".*":
      return { kind: "expression", expr: A.exprBinary("*", x, y) };
    case "./":
      return { kind: "expression", expr: A.exprBinary("/", x, y) };
    case ".^":
      return { kind: "expression", expr: A.exprBinary("^", x, y) };
    case "//":
      return { kind: "expression", expr: A.exprCall("floor", [A.exprBinary("/", x, y)]) };
    case "mod":
    case "rem":
      return { kind: "expression", expr: A.exprCall(op, [x, y]) };
  }
}

function tensorOp(op: ArithOp, a: Value, b: Value, site: OpSite, ctx: EvalContext): Value {
  const elementwise = (o: ArithOp) =>
    zipTensors(a, b, (x, y) => binaryOp(o, x, y, site, ctx), site.span, ctx);
  switch (op) {
    case "+":
    case "-":
    case ".*":
    case "./":
    case ".^":
    case "mod":
    case "rem":
    case "//":
      return elementwise(op);
    case "*":
      if (a.kind === "tensor" && b.kind === "tensor") return matmulValues(a, b, site.span, ctx);
      return elementwise("*");
    case "/":
      if (b.kind === "tensor") {
        if (a.kind === "tensor") {
          throw dimensionError(`cannot divide ${shapeText(a.shape)} by ${shapeText(b.shape)}`, {
            span: site.opSpan ?? site.span,
            notes: ["use ./ for element-wise division, or inv(B) / solve for matrices"],
          });
        }
        return elementwise("/");
      }
      return elementwise("/");
    case "^":
      if (a.kind === "tensor" && b.kind !== "tensor" && a.shape.length === 2) {
        return matrixPower(a, b, site.span, ctx);
      }
      throw typeError(`cannot raise ${describeKind(a)} to the power ${describeKind(b)} with ^`, {
        span: site.opSpan ?? site.span,
        notes: ["use .^ for an element-wise power"],
      });
  }
}

export function unaryOp(op: UnaryOp, v: Value, site: OpSite, ctx: EvalContext): Value {
  if (v.kind === "format_value") v = formatValueAsNum(v);
  switch (op) {
    case "+":
      if (isNum(v) || v.kind === "tensor" || v.kind === "expression") return v;
      break;
    case "-":
      if (isNum(v)) return N.neg(v);
      if (v.kind === "tensor") return mapTensor(v, (x) => unaryOp("-", x, site, ctx));
      if (v.kind === "expression") return { kind: "expression", expr: A.exprNeg(v.expr) };
      break;
    case "%":
      return binaryOp("/", v, N.integer(100), site, ctx);
    case "°":
      return binaryOp("*", v, N.div(N.constant("pi")!, N.integer(180), ctx), site, ctx);
    case "!":
    case "!!":
      return callScalar(op === "!" ? "factorial" : "doublefactorial", [v], site, ctx);
    case "'":
      if (v.kind === "tensor") return conjugateTranspose(v, site.span, ctx);
      if (isNum(v) || v.kind === "expression") return callScalar("conj", [v], site, ctx);
      break;
    case "not":
      return bool(!truthy(v, site.span));
  }
  throw typeError(`cannot apply '${op}' to ${describeKind(v)}`, { span: site.opSpan ?? site.span });
}

export function compareValues(
  op: "==" | "!=" | "<" | "<=" | ">" | ">=",
  a: Value,
  b: Value,
  site: OpSite,
  ctx: EvalContext,
): Value {
  if (a.kind === "format_value") a = formatValueAsNum(a);
  if (b.kind === "format_value") b = formatValueAsNum(b);
  if (op === "==" || op === "!=") {
    const eq = valuesEqual(a, b, site, ctx);
    return bool(op === "==" ? eq : !eq);
  }
  if (!isNum(a) || !isNum(b)) {
    throw typeError(`cannot order ${describeKind(a)} and ${describeKind(b)} with '${op}'`, {
      span: site.opSpan ?? site.span,
    });
  }
  if (a.kind === "complex" || b.kind === "complex") {
    throw typeError("complex numbers are not ordered", { span: site.opSpan ?? site.span });
  }
  const c = N.compare(a, b, ctx);
  switch (op) {
    case "<":
      return bool(c < 0);
    case "<=":
      return bool(c <= 0);
    case ">":
      return bool(c > 0);
    case ">=":
      return bool(c >= 0);
  }
}

function valuesEqual(a: Value, b: Value, site: OpSite, ctx: EvalContext): boolean {
  if (isNum(a) && isNum(b)) return N.equals(a, b, ctx);
  if (a.kind === "boolean" && b.kind === "boolean") return a.value === b.value;
  if (a.kind === "string" && b.kind === "string") return a.value === b.value;
  if (a.kind === "tensor" && b.kind === "tensor") {
    if (a.shape.length !== b.shape.length || a.shape.some((s, i) => s !== b.shape[i])) return false;
    return a.data.every((x, i) => valuesEqual(x, b.data[i]!, site, ctx));
  }
  if (a.kind === "expression" || b.kind === "expression") {
    throw typeError("cannot decide equality of symbolic expressions with '=='", {
      span: site.opSpan ?? site.span,
      notes: ["use simplify(a - b) or solve(a = b, x)"],
    });
  }
  return false;
}

/** A value as a symbolic expression operand (numbers become number leaves). */
export function toExpr(v: Value, span: Span): A.Expr {
  if (v.kind === "format_value") v = formatValueAsNum(v);
  if (isNum(v)) return A.exprNum(v);
  if (v.kind === "expression") return v.expr;
  throw typeError(`${describeKind(v)} cannot appear in a symbolic expression`, { span });
}

export function truthy(v: Value, span: Span): boolean {
  if (v.kind === "boolean") return v.value;
  throw typeError(`expected a boolean (true or false), got ${describeKind(v)}`, { span });
}
