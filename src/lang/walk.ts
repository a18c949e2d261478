// Iterative helpers over the AST, so consumers never recurse along a long chain: the direct children of a node,
// a pre-order walk with an explicit stack, and the operands of a left-leaning chain (`1+2-3+...`, `a*b/c*...`),
// which the parser builds for flat input of any length.
import type { Binary, BinaryOp, Node } from "./ast.js";

/** The direct children of `node`, in source order. */
export function children(node: Node): Node[] {
  switch (node.kind) {
    case "number":
    case "string":
    case "name":
    case "colon":
      return [];
    case "unary":
      return [node.operand];
    case "binary":
      return [node.left, node.right];
    case "call":
      return [node.callee, ...node.args];
    case "index":
      return [node.target, ...node.indices];
    case "vector":
      return [...node.elements];
    case "matrix":
      return node.rows.flat();
    case "range":
      return node.step === null ? [node.from, node.to] : [node.from, node.to, node.step];
    case "assign":
      return [node.target, node.value];
    case "define":
      return [node.name, ...node.params, node.body];
    case "equation":
      return [node.left, node.right];
    case "convert":
      return [node.value, node.target];
    case "in":
      return [node.value, node.format];
    case "subs":
      return [node.value, ...node.bindings.flatMap((b) => [b.name, b.value])];
    case "var":
      return [...node.names];
    case "if":
      return [node.cond, node.then, node.otherwise];
  }
}

/**
 * Visits `root` and its descendants in pre-order (source order), without recursion. Return false from `visit` to
 * skip a node's children.
 */
export function walk(root: Node, visit: (node: Node) => boolean | void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    const kids = children(node);
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
}

/**
 * A left-leaning chain of binary operators from `ops`: `1 + 2 - 3 + 4` gives first `1` and the links `+ 2`,
 * `- 3`, `+ 4` (each link is the Binary node whose `right` is the operand), innermost first. Folding
 * `acc = apply(link, acc, link.right)` over the links evaluates the chain without recursion. Implicit
 * multiplications are links like any other `*`.
 */
export function leftChain(node: Node, ops: ReadonlySet<BinaryOp>): { first: Node; links: Binary[] } {
  const links: Binary[] = [];
  let cur = node;
  while (cur.kind === "binary" && ops.has(cur.op)) {
    links.push(cur);
    cur = cur.left;
  }
  links.reverse();
  return { first: cur, links };
}

/** The operator classes that build long flat chains: additive and multiplicative. */
export const ADDITIVE_OPS: ReadonlySet<BinaryOp> = new Set<BinaryOp>(["+", "-"]);
export const MULTIPLICATIVE_OPS: ReadonlySet<BinaryOp> = new Set<BinaryOp>(["*", "/", "//", "mod", "rem", ".*", "./", "of"]);
