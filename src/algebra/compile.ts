// compile: float64 evaluation of an expression without generating code (no eval, Function or WebAssembly).
// `fn` is a closure tree (one closure per node, specialised by arity and by constant operands); `map` runs
// typed-array loops per operator over blocks of 2048 points, so the intermediate columns stay in cache.
// Results are IEEE float64 operations in the order of the tree: no accuracy guarantee beyond that of float64.
import { Q, type NumCtx } from "../numbers/index.js";
import { Budget, resolveLimits, nameError, typeError, dimensionError } from "../core/index.js";
import type { Expr } from "./expr.js";
import { numToFloat } from "./tower.js";

type F1 = (x: number) => number;
type F2 = (x: number, y: number) => number;

const MATH1 = new Map<string, F1>([
  ["sin", Math.sin], ["cos", Math.cos], ["tan", Math.tan],
  ["sec", (x) => 1 / Math.cos(x)], ["csc", (x) => 1 / Math.sin(x)], ["cot", (x) => 1 / Math.tan(x)],
  ["asin", Math.asin], ["acos", Math.acos], ["atan", Math.atan],
  ["sinh", Math.sinh], ["cosh", Math.cosh], ["tanh", Math.tanh],
  ["asinh", Math.asinh], ["acosh", Math.acosh], ["atanh", Math.atanh],
  ["exp", Math.exp], ["expm1", Math.expm1], ["ln", Math.log], ["log", Math.log], ["log1p", Math.log1p],
  ["log2", Math.log2], ["log10", Math.log10], ["sqrt", Math.sqrt], ["cbrt", Math.cbrt], ["abs", Math.abs],
  ["sign", Math.sign], ["floor", Math.floor], ["ceil", Math.ceil], ["trunc", Math.trunc],
  ["round", (x) => Math.sign(x) * Math.round(Math.abs(x))],
]);
const MATH2 = new Map<string, F2>([
  ["atan2", Math.atan2], ["hypot", Math.hypot], ["pow", Math.pow], ["min", Math.min], ["max", Math.max],
  ["log", (x, b) => Math.log(x) / Math.log(b)],
  ["mod", (a, b) => a - b * Math.floor(a / b)], ["rem", (a, b) => a % b],
]);

export interface Compiled {
  fn(...xs: number[]): number;
  map(...cols: Float64Array[]): Float64Array;
}

// ---- closure tree (one point) ----
type P = (v: readonly number[]) => number;

function point(e: Expr, params: readonly string[], ctx: NumCtx): P {
  switch (e.op) {
    case "num": {
      const c = numToFloat(e.value, ctx);
      return () => c;
    }
    case "sym": {
      const k = params.indexOf(e.name);
      if (k < 0) throw nameError("unknown-name", `'${e.name}' is not a parameter of the compiled expression`);
      return (v) => v[k]!;
    }
    case "add": {
      const f = e.args.map((a) => point(a, params, ctx));
      if (f.length === 2) { const [a, b] = f as [P, P]; return (v) => a(v) + b(v); }
      if (f.length === 3) { const [a, b, c] = f as [P, P, P]; return (v) => a(v) + b(v) + c(v); }
      return (v) => { let s = 0; for (let i = 0; i < f.length; i++) s += f[i]!(v); return s; };
    }
    case "mul": {
      const f = e.args.map((a) => point(a, params, ctx));
      if (f.length === 2) { const [a, b] = f as [P, P]; return (v) => a(v) * b(v); }
      if (f.length === 3) { const [a, b, c] = f as [P, P, P]; return (v) => a(v) * b(v) * c(v); }
      return (v) => { let s = 1; for (let i = 0; i < f.length; i++) s *= f[i]!(v); return s; };
    }
    case "pow": {
      const b = point(e.base, params, ctx);
      const k = intExponent(e.exp);
      if (k === 2) return (v) => { const t = b(v); return t * t; };
      if (k === 3) return (v) => { const t = b(v); return t * t * t; };
      if (k === -1) return (v) => 1 / b(v);
      if (isHalf(e.exp)) return (v) => Math.sqrt(b(v));
      const x = point(e.exp, params, ctx);
      return (v) => Math.pow(b(v), x(v));
    }
    case "call": {
      const f = e.args.map((a) => point(a, params, ctx));
      if (f.length === 1) {
        const g = MATH1.get(e.name);
        const a = f[0]!;
        if (g) return (v) => g(a(v));
      }
      if (f.length === 2) {
        const g = MATH2.get(e.name);
        const [a, b] = f as [P, P];
        if (g) return (v) => g(a(v), b(v));
      }
      throw typeError(`${e.name} with ${f.length} argument(s) cannot be compiled to float64`);
    }
    case "eq":
      throw typeError("an equation cannot be compiled; compile one side, or left - right");
  }
}

function intExponent(e: Expr): number | undefined {
  return e.op === "num" && e.value.kind === "rational" && e.value.value.den === 1n ? Q.toNumber(e.value.value) : undefined;
}
function isHalf(e: Expr): boolean {
  return e.op === "num" && e.value.kind === "rational" && e.value.value.num === 1n && e.value.value.den === 2n;
}

// ---- column plan (blocks of points) ----
const BLOCK = 2048;

/** A node of the column plan: a constant, or a buffer refreshed per block (params point into the input). */
interface Col {
  readonly isConst: boolean;
  readonly c: number;
  buf: Float64Array;
}

function column(e: Expr, params: readonly string[], ctx: NumCtx, steps: ((len: number) => void)[], inputs: Col[]): Col {
  const op = (): Col => ({ isConst: false, c: 0, buf: new Float64Array(BLOCK) });
  switch (e.op) {
    case "num":
      return { isConst: true, c: numToFloat(e.value, ctx), buf: new Float64Array(0) };
    case "sym": {
      const k = params.indexOf(e.name);
      if (k < 0) throw nameError("unknown-name", `'${e.name}' is not a parameter of the compiled expression`);
      return inputs[k]!;
    }
    case "add":
    case "mul": {
      const kids = e.args.map((a) => column(a, params, ctx, steps, inputs));
      const isAdd = e.op === "add";
      let c = isAdd ? 0 : 1;
      for (const k of kids) if (k.isConst) c = isAdd ? c + k.c : c * k.c;
      const vars = kids.filter((k) => !k.isConst);
      if (vars.length === 0) return { isConst: true, c, buf: new Float64Array(0) };
      const out = op();
      const o = out.buf;
      const first = vars[0]!;
      const hasC = isAdd ? c !== 0 : c !== 1;
      steps.push((len) => {
        const a = first.buf;
        if (!hasC) for (let i = 0; i < len; i++) o[i] = a[i]!;
        else if (isAdd) for (let i = 0; i < len; i++) o[i] = a[i]! + c;
        else for (let i = 0; i < len; i++) o[i] = a[i]! * c;
      });
      for (const k of vars.slice(1)) {
        steps.push(isAdd
          ? (len) => { const b = k.buf; for (let i = 0; i < len; i++) o[i] += b[i]!; }
          : (len) => { const b = k.buf; for (let i = 0; i < len; i++) o[i] *= b[i]!; });
      }
      return out;
    }
    case "pow": {
      const b = column(e.base, params, ctx, steps, inputs);
      const x = column(e.exp, params, ctx, steps, inputs);
      if (b.isConst && x.isConst) return { isConst: true, c: Math.pow(b.c, x.c), buf: new Float64Array(0) };
      const out = op();
      const o = out.buf;
      const k = x.isConst ? x.c : NaN;
      if (k === 2) steps.push((len) => { const a = b.buf; for (let i = 0; i < len; i++) o[i] = a[i]! * a[i]!; });
      else if (k === 3) steps.push((len) => { const a = b.buf; for (let i = 0; i < len; i++) o[i] = a[i]! * a[i]! * a[i]!; });
      else if (k === -1) steps.push((len) => { const a = b.buf; for (let i = 0; i < len; i++) o[i] = 1 / a[i]!; });
      else if (k === 0.5) steps.push((len) => { const a = b.buf; for (let i = 0; i < len; i++) o[i] = Math.sqrt(a[i]!); });
      else if (x.isConst) steps.push((len) => { const a = b.buf; for (let i = 0; i < len; i++) o[i] = Math.pow(a[i]!, k); });
      else if (b.isConst) { const c = b.c; steps.push((len) => { const y = x.buf; for (let i = 0; i < len; i++) o[i] = Math.pow(c, y[i]!); }); }
      else steps.push((len) => { const a = b.buf, y = x.buf; for (let i = 0; i < len; i++) o[i] = Math.pow(a[i]!, y[i]!); });
      return out;
    }
    case "call": {
      const kids = e.args.map((a) => column(a, params, ctx, steps, inputs));
      const g1 = kids.length === 1 ? MATH1.get(e.name) : undefined;
      const g2 = kids.length === 2 ? MATH2.get(e.name) : undefined;
      if (!g1 && !g2) throw typeError(`${e.name} with ${kids.length} argument(s) cannot be compiled to float64`);
      if (kids.every((k) => k.isConst)) {
        return { isConst: true, c: g1 ? g1(kids[0]!.c) : g2!(kids[0]!.c, kids[1]!.c), buf: new Float64Array(0) };
      }
      const out = op();
      const o = out.buf;
      if (g1) {
        const a = kids[0]!;
        steps.push((len) => { const s = a.buf; for (let i = 0; i < len; i++) o[i] = g1(s[i]!); });
      } else {
        const [a, b] = kids as [Col, Col];
        const av = (i: number) => (a.isConst ? a.c : a.buf[i]!);
        const bv = (i: number) => (b.isConst ? b.c : b.buf[i]!);
        steps.push((len) => { for (let i = 0; i < len; i++) o[i] = g2!(av(i), bv(i)); });
      }
      return out;
    }
    case "eq":
      throw typeError("an equation cannot be compiled; compile one side, or left - right");
  }
}

/**
 * Compiles e over the named parameters. fn(...xs) evaluates at one point; map(...cols) over equal-length
 * Float64Array columns (one per parameter). float64 semantics (inf, NaN) apply; no exactness guarantee.
 */
export function compileExpr(e: Expr, params: string[], ctx?: NumCtx): Compiled {
  const nctx: NumCtx = ctx ?? { budget: new Budget(resolveLimits(undefined)), digits: 17 };
  const root = point(e, params, nctx);
  const steps: ((len: number) => void)[] = [];
  const inputs: Col[] = params.map(() => ({ isConst: false, c: 0, buf: new Float64Array(0) }));
  const top = column(e, params, nctx, steps, inputs);
  return {
    fn: (...xs: number[]) => root(xs),
    map: (...cols: Float64Array[]) => {
      if (cols.length !== params.length) {
        throw dimensionError(`map expects ${params.length} column(s), got ${cols.length}`);
      }
      const n = cols.length ? cols[0]!.length : 0;
      for (const c of cols) if (c.length !== n) throw dimensionError("all columns must have the same length");
      const out = new Float64Array(n);
      if (top.isConst) return out.fill(top.c);
      for (let start = 0; start < n; start += BLOCK) {
        const len = Math.min(BLOCK, n - start);
        for (let k = 0; k < cols.length; k++) inputs[k]!.buf = cols[k]!.subarray(start, start + len);
        for (const s of steps) s(len);
        out.set(top.buf.subarray(0, len), start);
      }
      return out;
    },
  };
}
