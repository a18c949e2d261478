// The printer: an AST back to ulp syntax, fully parenthesised, so a disputed input shows how it was read
// ("6/2(1+2)" -> "((6 / 2) * (1 + 2))"). parse(printNode(n)) prints the same again (tested as a property).
// Iterative (an explicit work stack), so a 50 000-term chain or deep nesting never overflows the JS stack.
import type { Node, Program } from "./ast.js";

type Work = Node | string;

/** The fully parenthesised reading of one node in ulp syntax. */
export function printNode(node: Node): string {
  const out: string[] = [];
  const stack: Work[] = [node];
  while (stack.length > 0) {
    const w = stack.pop()!;
    if (typeof w === "string") {
      out.push(w);
      continue;
    }
    const parts = pieces(w);
    for (let k = parts.length - 1; k >= 0; k--) stack.push(parts[k]!);
  }
  return out.join("");
}

/** Statements one per line. */
export function printProgram(p: Program): string {
  return p.statements.map(printNode).join("\n");
}

/** `items` separated by `sep`. */
function list(items: readonly Node[], sep: string): Work[] {
  const out: Work[] = [];
  items.forEach((n, k) => {
    if (k > 0) out.push(sep);
    out.push(n);
  });
  return out;
}

/** One node as a sequence of literal strings and child nodes. */
function pieces(n: Node): Work[] {
  switch (n.kind) {
    case "number":
      return [n.text + (n.imaginary ? "i" : "")];
    case "string":
      return [quote(n.value)];
    case "name":
      return [n.name];
    case "unary":
      if (n.op === "-" || n.op === "+") return ["(", n.op, n.operand, ")"];
      if (n.op === "not") return ["(not ", n.operand, ")"];
      return ["(", n.operand, n.op, ")"];
    case "binary":
      return ["(", n.left, ` ${n.op} `, n.right, ")"];
    case "call":
      return [n.callee.name, "(", ...list(n.args, ", "), ")"];
    case "index": {
      const target: Work[] = n.target.kind === "number" ? ["(", n.target, ")"] : [n.target];
      return [...target, "[", ...list(n.indices, ", "), "]"];
    }
    case "colon":
      return [":"];
    case "vector":
      return ["[", ...list(n.elements, ", "), "]"];
    case "matrix": {
      const out: Work[] = ["["];
      n.rows.forEach((row, k) => {
        if (k > 0) out.push("; ");
        out.push(...list(row, ", "));
      });
      out.push("]");
      return out;
    }
    case "range":
      return n.step === null ? ["(", n.from, " .. ", n.to, ")"] : ["(", n.from, " .. ", n.to, " by ", n.step, ")"];
    case "assign":
      return [n.target.name, " = ", n.value];
    case "define":
      return [n.name.name, "(", ...list(n.params, ", "), ") = ", n.body];
    case "equation":
      return ["(", n.left, " = ", n.right, ")"];
    case "convert":
      return ["(", n.value, " to ", n.target, ")"];
    case "in":
      return ["(", n.value, " in ", n.format, ")"];
    case "subs": {
      const out: Work[] = ["(", n.value, " | "];
      n.bindings.forEach((b, k) => {
        if (k > 0) out.push(", ");
        out.push(b.name.name, " = ", b.value);
      });
      out.push(")");
      return out;
    }
    case "var":
      return ["var ", ...list(n.names, ", ")];
    case "if":
      return ["(if ", n.cond, " then ", n.then, " else ", n.otherwise, ")"];
  }
}

function quote(s: string): string {
  return '"' + s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\t/g, "\\t") + '"';
}
