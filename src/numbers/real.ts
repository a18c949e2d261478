// Lazy reals: an immutable expression DAG over exact rationals and constants, evaluated on demand at a working
// precision of p bits into a ball (MPFR midpoint + rigorous radius, real-ball.ts) that contains the true value.
// The last ball of each node is cached. Output goes through one Ziv loop (real-ziv.ts): evaluate, check that both
// ends of the ball round to the same decimal, else double the precision. No global precision anywhere.
import type { Budget } from "../core/index.js";
import { internalError, limitError } from "../core/index.js";
import * as Q from "./rational.js";
import * as M from "./mpfr.js";
import { RNDN } from "./mpfr.js";
import * as Bl from "./real-ball.js";
import { type Ball, NAN_BALL } from "./real-ball.js";
import { unary, unaryDef } from "./real-fn.js";
import * as Bin from "./real-binary.js";
import type { Rational } from "./rational.js";

export { ready } from "./mpfr.js";

export type RealConstName = "pi" | "e" | "euler" | "catalan" | "ln2";
export type RealOp =
  | "add" | "sub" | "mul" | "div" | "neg" | "abs" | "sqrt" | "cbrt" | "root" | "pow"
  | "exp" | "expm1" | "ln" | "log1p" | "log2" | "log10"
  | "sin" | "cos" | "tan" | "sec" | "csc" | "cot" | "asin" | "acos" | "atan" | "atan2"
  | "sinh" | "cosh" | "tanh" | "asinh" | "acosh" | "atanh" | "hypot"
  | "gamma" | "lgamma" | "erf" | "erfc" | "zeta";

/** Opaque, immutable node of the lazy real DAG. Build with realFromRational, realConst, realOp. */
export interface RealNode {
  readonly op: string;
  readonly args: readonly RealNode[];
  /** The exact value of a "rational" leaf. */
  readonly q?: Rational;
}

const BINARY = new Set<string>(["add", "sub", "mul", "div", "root", "pow", "atan2", "hypot"]);
const UNARY_OPS = new Set<string>([
  "neg", "abs", "sqrt", "cbrt", "exp", "expm1", "ln", "log1p", "log2", "log10", "sin", "cos", "tan", "sec", "csc",
  "cot", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "gamma", "lgamma", "erf",
  "erfc", "zeta",
]);
/** Every operation realOp accepts. */
export const REAL_OPS: readonly RealOp[] = [...BINARY, ...UNARY_OPS] as RealOp[];

/** The exact rational q as a real leaf (exact: rounded only when a precision is asked for). */
export function realFromRational(q: Rational): RealNode {
  return Object.freeze({ op: "rational", args: [], q });
}

/** A constant, computed by MPFR at whatever precision is asked (never from an embedded string). */
export function realConst(name: RealConstName): RealNode {
  return Object.freeze({ op: name, args: [] });
}

export const INF: RealNode = Object.freeze({ op: "inf", args: [] });
export const NEG_INF: RealNode = Object.freeze({ op: "-inf", args: [] });
export const NAN: RealNode = Object.freeze({ op: "nan", args: [] });

/**
 * A node for op(args); does no work. The caller (the tower) has checked the domain (ln of a positive number...).
 * `root` takes (x, n) with n an integer rational leaf (n >= 2, or <= -2 for 1/root); `pow` is x^y for x > 0 or
 * an integer y. Wrong arity or a non-integer root index is an InternalError (a bug in the caller).
 */
export function realOp(op: RealOp, args: readonly RealNode[]): RealNode {
  const want = BINARY.has(op) ? 2 : UNARY_OPS.has(op) ? 1 : -1;
  if (want < 0) throw internalError(`unknown real operation ${String(op)}`);
  if (args.length !== want) throw internalError(`real ${op} takes ${want} argument(s), got ${args.length}`);
  if (op === "root") {
    const n = args[1]!.q;
    if (!n || n.den !== 1n || (n.num > -2n && n.num < 2n) || n.num > 1_000_000n || n.num < -1_000_000n) {
      throw internalError("real root index must be an integer leaf with 2 <= |n| <= 10^6");
    }
  }
  return Object.freeze({ op, args: Object.freeze([...args]) });
}

// ---- evaluation with a per-node cache -------------------------------------------------------------------------

interface Entry {
  prec: number;
  ball: Ball;
  readonly box: { ptr: M.Ptr | 0 };
}
const cache = new WeakMap<RealNode, Entry>();

function cached(node: RealNode, p: number): Ball | undefined {
  const e = cache.get(node);
  return e && e.prec >= p ? e.ball : undefined;
}

function store(node: RealNode, p: number, ball: Ball): Ball {
  let e = cache.get(node);
  if (!e) {
    e = { prec: p, ball, box: { ptr: 0 } };
    cache.set(node, e);
    M.finalizer.register(node, e.box);
  } else {
    Bl.freeBall(e.ball);
    e.prec = p;
    e.ball = ball;
  }
  e.box.ptr = ball.kind === "num" ? ball.mid : 0;
  return ball;
}

/**
 * The ball of `root` at p bits (borrowed: owned by the node's cache, valid until the node is re-evaluated at a
 * higher precision). Iterative post-order, so deep DAGs (long sums) do not overflow the JavaScript stack.
 */
export function evalBall(root: RealNode, p: number, budget: Budget): Ball {
  const hit = cached(root, p);
  if (hit) return hit;
  const stack: [RealNode, number][] = [[root, p]];
  while (stack.length > 0) {
    const [node, q] = stack[stack.length - 1]!;
    if (cached(node, q)) {
      stack.pop();
      continue;
    }
    let pending = false;
    for (const a of node.args) {
      if (!cached(a, q)) {
        stack.push([a, q]);
        pending = true;
      }
    }
    if (pending) continue;
    const extra = extraArgBits(node, q);
    if (extra > 0 && !cached(node.args[0]!, q + extra)) {
      if (q + extra > hardPrecLimit(budget)) {
        throw limitError(
          "digits",
          budget.limits.digits,
          `${node.op} of an argument near 2^${extra} needs about ${Math.ceil(extra / LOG2_10)} more digits than the limit allows`,
        );
      }
      stack.push([node.args[0]!, q + extra]);
      continue;
    }
    budget.tick();
    store(node, q, compute(node, q, budget));
    stack.pop();
  }
  return cached(root, p)!;
}

const LOG2_10 = Math.log2(10);
/** The most bits any evaluation may use: 4 * limits.digits * log2(10) (see precCap in real-ziv.ts). */
export function hardPrecLimit(budget: Budget): number {
  return Math.ceil(4 * budget.limits.digits * LOG2_10) + 64;
}

const PERIODIC = new Set(["sin", "cos", "tan", "sec", "csc", "cot", "exp", "expm1", "sinh", "cosh"]);
/**
 * Extra bits of the (first) argument that an operation needs to give p good bits: sin(x) and exp(x) turn an
 * absolute error of x into a relative error of the result, so x needs p + log2|x| bits; erfc(x) ~ exp(-x^2) needs
 * p + 2 log2|x| + 1; x^n needs p + log2|n|. Decided from the argument's ball at p (its magnitude is stable).
 */
function extraArgBits(node: RealNode, q: number): number {
  const op = node.op;
  if (op === "pow") {
    const n = node.args[1]!.q;
    return n && n.den === 1n && n.num !== 0n ? Q.bitLength(n.num) : 0;
  }
  if (!PERIODIC.has(op) && op !== "erfc") return 0;
  const x = cached(node.args[0]!, q);
  if (!x || x.kind !== "num" || !M.isNumber(x.mid) || M.isZero(x.mid)) return 0;
  const e = M.exponent(x.mid);
  if (e <= 1) return 0;
  return op === "erfc" ? 2 * e + 1 : e;
}

function compute(node: RealNode, p: number, budget: Budget): Ball {
  const b = M.mp();
  const arg = (i: number): Ball => cached(node.args[i]!, p)!;
  switch (node.op) {
    case "rational":
      return Bl.fromRational(node.q!, p);
    case "pi":
      return Bl.constant((y) => b.mpfr_const_pi(y, RNDN), p, budget, "pi");
    case "e":
      return Bl.constant((y) => (b.mpfr_set_ui(Bl.s(8), 1, RNDN), b.mpfr_exp(y, Bl.s(8), RNDN)), p, budget, "e");
    case "euler":
      return Bl.constant((y) => b.mpfr_const_euler(y, RNDN), p, budget, "euler");
    case "catalan":
      return Bl.constant((y) => b.mpfr_const_catalan(y, RNDN), p, budget, "catalan");
    case "ln2":
      return Bl.constant((y) => b.mpfr_const_log2(y, RNDN), p, budget, "ln2");
    case "inf":
    case "-inf": {
      const y = M.alloc(p);
      b.mpfr_set_inf(y, node.op === "inf" ? 1 : -1);
      return Bl.finish(y, 0, p, { m: 0, e: 0 }, true, false);
    }
    case "nan":
      return NAN_BALL;
    case "add":
      return Bl.add(arg(0), arg(1), p);
    case "sub":
      return Bl.add(arg(0), arg(1), p, true);
    case "mul":
      return Bl.mul(arg(0), arg(1), p);
    case "div":
      return Bl.div(arg(0), arg(1), p);
    case "neg":
      return Bl.negAbs(arg(0), p, false);
    case "abs":
      return Bl.negAbs(arg(0), p, true);
    case "root": {
      const n = Number(node.args[1]!.q!.num);
      if (n > 0) return Bin.root(arg(0), n, p, budget);
      const r = Bin.root(arg(0), -n, p, budget);
      const one = Bl.fromRational({ num: 1n, den: 1n }, p);
      const out = Bl.div(one, r, p);
      Bl.freeBall(one);
      Bl.freeBall(r);
      return out;
    }
    case "pow": {
      const q = node.args[1]!.q;
      if (q && q.den === 1n && q.num > -0x7fffffffn && q.num < 0x7fffffffn) {
        return Bin.powInt(arg(0), Number(q.num), p, budget);
      }
      return Bin.pow(arg(0), arg(1), p, budget);
    }
    case "atan2":
      return Bin.atan2(arg(0), arg(1), p, budget);
    case "hypot":
      return Bin.hypot(arg(0), arg(1), p, budget);
    case "sec":
    case "csc":
    case "cot":
      return Bin.reciprocalTrig(node.op, arg(0), p, budget);
    default:
      if (unaryDef(node.op)) return unary(node.op, arg(0), p, budget);
      throw internalError(`cannot evaluate real operation ${node.op}`);
  }
}

export { enclose, realSign, realToDecimal, realToNumber } from "./real-ziv.js";
export { rationalToDecimal } from "./real-decimal.js";
