// compile: float64 evaluation of an expression without generating code (no eval, Function or WebAssembly).
// `fn` is a closure tree (one closure per node, specialised by arity and by constant operands); `map` runs
// typed-array loops per operator over blocks of 2048 points, so the intermediate columns stay in cache.
// Results are IEEE float64 operations in the order of the tree (constant factors and terms folded first): no
// accuracy guarantee beyond that of float64.
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
  ["asec", (x) => Math.acos(1 / x)], ["acsc", (x) => Math.asin(1 / x)], ["acot", (x) => Math.atan(1 / x)],
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
  ["nthroot", (x, n) => (x < 0 && Math.abs(n % 2) === 1 ? -Math.pow(-x, 1 / n) : Math.pow(x, 1 / n))],
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
    case "add":
    case "mul":
      return nary(e.op, e.args, params, ctx);
    case "pow": {
      const k = intExponent(e.exp);
      if (e.base.op === "sym" && params.includes(e.base.name)) {
        const j = params.indexOf(e.base.name);
        if (k === 2) return (v) => v[j]! * v[j]!;
        if (k === 3) return (v) => v[j]! * v[j]! * v[j]!;
        if (k === -1) return (v) => 1 / v[j]!;
      }
      const b = point(e.base, params, ctx);
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

/**
 * Sums and products: constants folded, parameters read directly (no closure call), closures for the rest, with
 * straight-line fast paths for the common small shapes.
 */
function nary(op: "add" | "mul", args: readonly Expr[], params: readonly string[], ctx: NumCtx): P {
  const isAdd = op === "add";
  let c = isAdd ? 0 : 1;
  const idx: number[] = [];
  const fs: P[] = [];
  for (const a of args) {
    if (a.op === "num") c = isAdd ? c + numToFloat(a.value, ctx) : c * numToFloat(a.value, ctx);
    else if (a.op === "sym" && params.includes(a.name)) idx.push(params.indexOf(a.name));
    else fs.push(point(a, params, ctx));
  }
  const [i0, i1] = idx;
  const [f0, f1] = fs;
  if (isAdd) {
    if (idx.length === 0 && fs.length === 2) return c === 0 ? (v) => f0!(v) + f1!(v) : (v) => f0!(v) + f1!(v) + c;
    if (idx.length === 1 && fs.length === 1) return (v) => v[i0!]! + f0!(v) + c;
    if (idx.length === 1 && fs.length === 0) return (v) => v[i0!]! + c;
    if (idx.length === 0 && fs.length === 1) return (v) => f0!(v) + c;
    if (idx.length === 2 && fs.length === 0) return (v) => v[i0!]! + v[i1!]! + c;
    return (v) => {
      let s = c;
      for (let i = 0; i < idx.length; i++) s += v[idx[i]!]!;
      for (let i = 0; i < fs.length; i++) s += fs[i]!(v);
      return s;
    };
  }
  if (idx.length === 0 && fs.length === 2) return c === 1 ? (v) => f0!(v) * f1!(v) : (v) => c * f0!(v) * f1!(v);
  if (idx.length === 1 && fs.length === 1) return (v) => c * v[i0!]! * f0!(v);
  if (idx.length === 1 && fs.length === 0) return (v) => c * v[i0!]!;
  if (idx.length === 0 && fs.length === 1) return (v) => c * f0!(v);
  if (idx.length === 2 && fs.length === 0) return (v) => c * v[i0!]! * v[i1!]!;
  return (v) => {
    let s = c;
    for (let i = 0; i < idx.length; i++) s *= v[idx[i]!]!;
    for (let i = 0; i < fs.length; i++) s *= fs[i]!(v);
    return s;
  };
}

function intExponent(e: Expr): number | undefined {
  return e.op === "num" && e.value.kind === "rational" && e.value.value.den === 1n ? Q.toNumber(e.value.value) : undefined;
}
function isHalf(e: Expr): boolean {
  return e.op === "num" && e.value.kind === "rational" && e.value.value.num === 1n && e.value.value.den === 2n;
}

// ---- column plan (blocks of points) ----
/** One typed-array loop per common function, each its own function literal so every call site stays monomorphic. */
type Loop1 = (o: Float64Array, a: Float64Array, s: number, len: number) => void;
const LOOPS1 = new Map<string, Loop1>([
  ["sin", (o, a, s, len) => { for (let i = 0; i < len; i++) o[i] = Math.sin(s * a[i]!); }],
  ["cos", (o, a, s, len) => { for (let i = 0; i < len; i++) o[i] = Math.cos(s * a[i]!); }],
  ["tan", (o, a, s, len) => { for (let i = 0; i < len; i++) o[i] = Math.tan(s * a[i]!); }],
  ["asin", (o, a, s, len) => { for (let i = 0; i < len; i++) o[i] = Math.asin(s * a[i]!); }],
  ["acos", (o, a, s, len) => { for (let i = 0; i < len; i++) o[i] = Math.acos(s * a[i]!); }],
  ["atan", (o, a, s, len) => { for (let i = 0; i < len; i++) o[i] = Math.atan(s * a[i]!); }],
  ["sinh", (o, a, s, len) => { for (let i = 0; i < len; i++) o[i] = Math.sinh(s * a[i]!); }],
  ["cosh", (o, a, s, len) => { for (let i = 0; i < len; i++) o[i] = Math.cosh(s * a[i]!); }],
  ["tanh", (o, a, s, len) => { for (let i = 0; i < len; i++) o[i] = Math.tanh(s * a[i]!); }],
  ["exp", (o, a, s, len) => { for (let i = 0; i < len; i++) o[i] = Math.exp(s * a[i]!); }],
  ["ln", (o, a, s, len) => { for (let i = 0; i < len; i++) o[i] = Math.log(s * a[i]!); }],
  ["log", (o, a, s, len) => { for (let i = 0; i < len; i++) o[i] = Math.log(s * a[i]!); }],
  ["log2", (o, a, s, len) => { for (let i = 0; i < len; i++) o[i] = Math.log2(s * a[i]!); }],
  ["log10", (o, a, s, len) => { for (let i = 0; i < len; i++) o[i] = Math.log10(s * a[i]!); }],
  ["sqrt", (o, a, s, len) => { for (let i = 0; i < len; i++) o[i] = Math.sqrt(s * a[i]!); }],
  ["cbrt", (o, a, s, len) => { for (let i = 0; i < len; i++) o[i] = Math.cbrt(s * a[i]!); }],
  ["abs", (o, a, s, len) => { for (let i = 0; i < len; i++) o[i] = Math.abs(s * a[i]!); }],
  ["expm1", (o, a, s, len) => { for (let i = 0; i < len; i++) o[i] = Math.expm1(s * a[i]!); }],
  ["log1p", (o, a, s, len) => { for (let i = 0; i < len; i++) o[i] = Math.log1p(s * a[i]!); }],
]);

const BLOCK = 2048;

/** The same functions accumulating into a sum: o += k * f(s * a) (fused into the enclosing sum's output). */
type LoopAcc = (o: Float64Array, a: Float64Array, s: number, k: number, len: number) => void;
const LOOPS_ACC = new Map<string, LoopAcc>([
  ["sin", (o, a, s, k, len) => { for (let i = 0; i < len; i++) o[i] += k * Math.sin(s * a[i]!); }],
  ["cos", (o, a, s, k, len) => { for (let i = 0; i < len; i++) o[i] += k * Math.cos(s * a[i]!); }],
  ["tan", (o, a, s, k, len) => { for (let i = 0; i < len; i++) o[i] += k * Math.tan(s * a[i]!); }],
  ["asin", (o, a, s, k, len) => { for (let i = 0; i < len; i++) o[i] += k * Math.asin(s * a[i]!); }],
  ["acos", (o, a, s, k, len) => { for (let i = 0; i < len; i++) o[i] += k * Math.acos(s * a[i]!); }],
  ["atan", (o, a, s, k, len) => { for (let i = 0; i < len; i++) o[i] += k * Math.atan(s * a[i]!); }],
  ["sinh", (o, a, s, k, len) => { for (let i = 0; i < len; i++) o[i] += k * Math.sinh(s * a[i]!); }],
  ["cosh", (o, a, s, k, len) => { for (let i = 0; i < len; i++) o[i] += k * Math.cosh(s * a[i]!); }],
  ["tanh", (o, a, s, k, len) => { for (let i = 0; i < len; i++) o[i] += k * Math.tanh(s * a[i]!); }],
  ["exp", (o, a, s, k, len) => { for (let i = 0; i < len; i++) o[i] += k * Math.exp(s * a[i]!); }],
  ["ln", (o, a, s, k, len) => { for (let i = 0; i < len; i++) o[i] += k * Math.log(s * a[i]!); }],
  ["log", (o, a, s, k, len) => { for (let i = 0; i < len; i++) o[i] += k * Math.log(s * a[i]!); }],
  ["log2", (o, a, s, k, len) => { for (let i = 0; i < len; i++) o[i] += k * Math.log2(s * a[i]!); }],
  ["log10", (o, a, s, k, len) => { for (let i = 0; i < len; i++) o[i] += k * Math.log10(s * a[i]!); }],
  ["sqrt", (o, a, s, k, len) => { for (let i = 0; i < len; i++) o[i] += k * Math.sqrt(s * a[i]!); }],
  ["cbrt", (o, a, s, k, len) => { for (let i = 0; i < len; i++) o[i] += k * Math.cbrt(s * a[i]!); }],
  ["abs", (o, a, s, k, len) => { for (let i = 0; i < len; i++) o[i] += k * Math.abs(s * a[i]!); }],
  ["expm1", (o, a, s, k, len) => { for (let i = 0; i < len; i++) o[i] += k * Math.expm1(s * a[i]!); }],
  ["log1p", (o, a, s, k, len) => { for (let i = 0; i < len; i++) o[i] += k * Math.log1p(s * a[i]!); }],
]);

/**
 * A node of the column plan: a constant, or scale * buf where buf is refreshed per block (params point into the
 * input). The lazy scale lets `3*x*y - 2*y^2` fuse into few passes: constant factors ride along to the consumer.
 */
interface Col {
  readonly isConst: boolean;
  readonly c: number;
  buf: Float64Array;
  readonly scale: number;
}
type Steps = ((len: number) => void)[];
const constCol = (c: number): Col => ({ isConst: true, c, buf: new Float64Array(0), scale: 1 });
const newCol = (): Col => ({ isConst: false, c: 0, buf: new Float64Array(BLOCK), scale: 1 });
const scaled = (k: Col, s: number): Col => ({
  isConst: false, c: 0, scale: k.scale * s,
  get buf() { return k.buf; }, set buf(_b: Float64Array) { throw new Error("read-only view"); },
});

/** The column with scale 1 (one pass when the scale is not 1). */
function unit(k: Col, steps: Steps): Col {
  if (k.isConst || k.scale === 1) return k;
  const out = newCol();
  const o = out.buf;
  const s = k.scale;
  steps.push((len) => { const a = k.buf; for (let i = 0; i < len; i++) o[i] = s * a[i]!; });
  return out;
}

/** o = c + sum s_j a_j over up to four columns in one pass; `acc` adds to o instead. */
function addLoop(o: Float64Array, ks: Col[], c: number, acc: boolean, steps: Steps): void {
  const [p, q, r, t] = ks as [Col, Col | undefined, Col | undefined, Col | undefined];
  const sp = p.scale, sq = q?.scale ?? 0, sr = r?.scale ?? 0, st = t?.scale ?? 0;
  if (!q) steps.push(acc
    ? (len) => { const a = p.buf; for (let i = 0; i < len; i++) o[i] += sp * a[i]! + c; }
    : (len) => { const a = p.buf; for (let i = 0; i < len; i++) o[i] = sp * a[i]! + c; });
  else if (!r) steps.push(acc
    ? (len) => { const a = p.buf, b = q.buf; for (let i = 0; i < len; i++) o[i] += sp * a[i]! + sq * b[i]! + c; }
    : (len) => { const a = p.buf, b = q.buf; for (let i = 0; i < len; i++) o[i] = sp * a[i]! + sq * b[i]! + c; });
  else if (!t) steps.push(acc
    ? (len) => { const a = p.buf, b = q.buf, d = r.buf; for (let i = 0; i < len; i++) o[i] += sp * a[i]! + sq * b[i]! + sr * d[i]! + c; }
    : (len) => { const a = p.buf, b = q.buf, d = r.buf; for (let i = 0; i < len; i++) o[i] = sp * a[i]! + sq * b[i]! + sr * d[i]! + c; });
  else steps.push(acc
    ? (len) => { const a = p.buf, b = q.buf, d = r.buf, f = t.buf; for (let i = 0; i < len; i++) o[i] += sp * a[i]! + sq * b[i]! + sr * d[i]! + st * f[i]! + c; }
    : (len) => { const a = p.buf, b = q.buf, d = r.buf, f = t.buf; for (let i = 0; i < len; i++) o[i] = sp * a[i]! + sq * b[i]! + sr * d[i]! + st * f[i]! + c; });
}


/** A term of a sum that can accumulate into the sum's output in one pass: k * (a*b | a/b | a^2 | a^3 | f(a)). */
type TermShape =
  | { kind: "prod" | "quot"; k: number; a: Expr; b: Expr }
  | { kind: "sq" | "cube"; k: number; a: Expr }
  | { kind: "fn"; k: number; a: Expr; loop: LoopAcc };

const hasSym = (e: Expr): boolean => e.op === "sym" || (e.op !== "num" && childrenOf(e).some(hasSym));
const childrenOf = (e: Expr): readonly Expr[] =>
  e.op === "add" || e.op === "mul" || e.op === "call" ? e.args : e.op === "pow" ? [e.base, e.exp] : e.op === "eq" ? [e.left, e.right] : [];

function termShape(e: Expr): TermShape | undefined {
  const factors = e.op === "mul" ? e.args : [e];
  let k = 1;
  const vars: Expr[] = [];
  for (const f of factors) {
    if (f.op === "num") {
      const v = numToFloat(f.value);
      if (Number.isNaN(v)) return undefined;
      k *= v;
    } else if (hasSym(f)) vars.push(f);
    else return undefined;
  }
  if (vars.length === 1) {
    const v = vars[0]!;
    const n = v.op === "pow" ? intExponent(v.exp) : undefined;
    if (v.op === "pow" && (n === 2 || n === 3)) return { kind: n === 2 ? "sq" : "cube", k, a: v.base };
    const loop = v.op === "call" && v.args.length === 1 ? LOOPS_ACC.get(v.name) : undefined;
    if (loop && v.op === "call") return { kind: "fn", k, a: v.args[0]!, loop };
    return undefined;
  }
  if (vars.length === 2) {
    const isInv = (f: Expr) => f.op === "pow" && intExponent(f.exp) === -1;
    const [p, q] = vars as [Expr, Expr];
    if (!isInv(p) && !isInv(q)) return { kind: "prod", k, a: p, b: q };
    if (!isInv(p) && isInv(q) && q.op === "pow") return { kind: "quot", k, a: p, b: q.base };
    if (isInv(p) && !isInv(q) && p.op === "pow") return { kind: "quot", k, a: q, b: p.base };
  }
  return undefined;
}

function emitTerm(t: TermShape, o: Float64Array, sub: (e: Expr) => Col, steps: Steps): void {
  const a = sub(t.a);
  if (t.kind === "fn") {
    const { loop, k } = t;
    const sa = a.isConst ? 1 : a.scale;
    steps.push((len) => loop(o, a.isConst ? new Float64Array(len).fill(a.c) : a.buf, sa, k, len));
    return;
  }
  if (t.kind === "sq" || t.kind === "cube") {
    const k = t.k * Math.pow(a.isConst ? a.c : a.scale, t.kind === "sq" ? 2 : 3);
    if (a.isConst) { steps.push((len) => { for (let i = 0; i < len; i++) o[i] += k; }); return; }
    if (t.kind === "sq") steps.push((len) => { const x = a.buf; for (let i = 0; i < len; i++) o[i] += k * x[i]! * x[i]!; });
    else steps.push((len) => { const x = a.buf; for (let i = 0; i < len; i++) o[i] += k * x[i]! * x[i]! * x[i]!; });
    return;
  }
  if (t.kind !== "prod" && t.kind !== "quot") return;
  const b = sub(t.b);
  const av = a.isConst ? a.c : a.scale;
  const bv = b.isConst ? b.c : b.scale;
  const ua = a.isConst ? undefined : a;
  const ub = b.isConst ? undefined : b;
  if (t.kind === "prod") {
    const k = t.k * av * bv;
    if (ua && ub) steps.push((len) => { const x = ua.buf, y = ub.buf; for (let i = 0; i < len; i++) o[i] += k * x[i]! * y[i]!; });
    else if (ua || ub) { const u = (ua ?? ub)!; steps.push((len) => { const x = u.buf; for (let i = 0; i < len; i++) o[i] += k * x[i]!; }); }
    else steps.push((len) => { for (let i = 0; i < len; i++) o[i] += k; });
    return;
  }
  const k = t.k * av / bv;
  if (ua && ub) steps.push((len) => { const x = ua.buf, y = ub.buf; for (let i = 0; i < len; i++) o[i] += k * x[i]! / y[i]!; });
  else if (ub) steps.push((len) => { const y = ub.buf; for (let i = 0; i < len; i++) o[i] += k / y[i]!; });
  else if (ua) steps.push((len) => { const x = ua.buf; for (let i = 0; i < len; i++) o[i] += k * x[i]!; });
  else steps.push((len) => { for (let i = 0; i < len; i++) o[i] += k; });
}

function column(e: Expr, params: readonly string[], ctx: NumCtx, steps: Steps, inputs: Col[]): Col {
  const sub = (x: Expr) => column(x, params, ctx, steps, inputs);
  switch (e.op) {
    case "num":
      return constCol(numToFloat(e.value, ctx));
    case "sym": {
      const k = params.indexOf(e.name);
      if (k < 0) throw nameError("unknown-name", `'${e.name}' is not a parameter of the compiled expression`);
      return inputs[k]!;
    }
    case "add": {
      // Terms that are products, quotients, squares, cubes or functions of columns accumulate straight into the
      // sum's output (no intermediate column); the remaining columns are summed four per pass.
      const shapes = e.args.map(termShape);
      const fusable = shapes.filter((t) => t !== undefined).length;
      const out = newCol();
      const kids = e.args.map((a, i) => (fusable >= 1 && shapes[i] ? undefined : sub(a)));
      let c = 0;
      for (const k of kids) if (k?.isConst) c += k.c;
      const vars = kids.filter((k): k is Col => k !== undefined && !k.isConst);
      if (fusable === 0) {
        if (vars.length === 0) return constCol(c);
        if (vars.length === 1 && c === 0) return vars[0]!;
      }
      const o = out.buf;
      if (vars.length) {
        addLoop(o, vars.slice(0, 4), c, false, steps);
        for (let j = 4; j < vars.length; j += 4) addLoop(o, vars.slice(j, j + 4), 0, true, steps);
      } else steps.push((len) => { for (let i = 0; i < len; i++) o[i] = c; });
      e.args.forEach((a, i) => {
        const t = shapes[i];
        if (t) emitTerm(t, o, sub, steps);
      });
      return out;
    }
    case "mul": {
      // Factors b^(-1) divide; constants fold into the scale.
      let c = 1;
      const num: Col[] = [];
      const den: Col[] = [];
      for (const a of e.args) {
        if (a.op === "pow" && intExponent(a.exp) === -1) {
          const d = sub(a.base);
          if (d.isConst) c /= d.c;
          else {
            c /= d.scale;
            den.push(d);
          }
          continue;
        }
        const k = sub(a);
        if (k.isConst) c *= k.c;
        else {
          c *= k.scale;
          num.push(k);
        }
      }
      if (num.length === 0 && den.length === 0) return constCol(c);
      if (num.length === 1 && den.length === 0) return scaled(num[0]!, c / num[0]!.scale);
      const out = newCol();
      const o = out.buf;
      const [p, q] = num;
      if (num.length === 2 && den.length === 0) {
        steps.push((len) => { const a = p!.buf, b = q!.buf; for (let i = 0; i < len; i++) o[i] = a[i]! * b[i]!; });
      } else if (num.length === 1 && den.length === 1) {
        const d = den[0]!;
        steps.push((len) => { const a = p!.buf, b = d.buf; for (let i = 0; i < len; i++) o[i] = a[i]! / b[i]!; });
      } else {
        const first = num[0];
        steps.push(first
          ? (len) => { const a = first.buf; for (let i = 0; i < len; i++) o[i] = a[i]!; }
          : (len) => { for (let i = 0; i < len; i++) o[i] = 1; });
        for (const k of num.slice(1)) steps.push((len) => { const b = k.buf; for (let i = 0; i < len; i++) o[i] *= b[i]!; });
        for (const k of den) steps.push((len) => { const b = k.buf; for (let i = 0; i < len; i++) o[i] /= b[i]!; });
      }
      return c === 1 ? out : scaled(out, c);
    }
    case "pow": {
      const b0 = sub(e.base);
      const x = unit(sub(e.exp), steps);
      if (b0.isConst && x.isConst) return constCol(Math.pow(b0.c, x.c));
      const k = x.isConst ? x.c : NaN;
      if (!b0.isConst && (k === 2 || k === 3 || k === -1)) {
        // (s a)^k = s^k a^k: the scale rides along.
        const out = newCol();
        const o = out.buf;
        if (k === 2) steps.push((len) => { const a = b0.buf; for (let i = 0; i < len; i++) o[i] = a[i]! * a[i]!; });
        else if (k === 3) steps.push((len) => { const a = b0.buf; for (let i = 0; i < len; i++) o[i] = a[i]! * a[i]! * a[i]!; });
        else steps.push((len) => { const a = b0.buf; for (let i = 0; i < len; i++) o[i] = 1 / a[i]!; });
        const s = Math.pow(b0.scale, k);
        return s === 1 ? out : scaled(out, s);
      }
      const b = unit(b0, steps);
      const out = newCol();
      const o = out.buf;
      if (k === 0.5) steps.push((len) => { const a = b.buf; for (let i = 0; i < len; i++) o[i] = Math.sqrt(a[i]!); });
      else if (x.isConst) steps.push((len) => { const a = b.buf; for (let i = 0; i < len; i++) o[i] = Math.pow(a[i]!, k); });
      else if (b.isConst) { const c = b.c; steps.push((len) => { const y = x.buf; for (let i = 0; i < len; i++) o[i] = Math.pow(c, y[i]!); }); }
      else steps.push((len) => { const a = b.buf, y = x.buf; for (let i = 0; i < len; i++) o[i] = Math.pow(a[i]!, y[i]!); });
      return out;
    }
    case "call": {
      const loop = e.args.length === 1 ? LOOPS1.get(e.name) : undefined;
      if (loop) {
        // The argument's scale is applied inside the function's loop: exp(-x) is one pass.
        const a = sub(e.args[0]!);
        if (a.isConst) return constCol(MATH1.get(e.name)!(a.c));
        const out = newCol();
        const o = out.buf;
        const sc = a.scale;
        steps.push((len) => loop(o, a.buf, sc, len));
        return out;
      }
      const kids = e.args.map((a) => unit(sub(a), steps));
      const g1 = kids.length === 1 ? MATH1.get(e.name) : undefined;
      const g2 = kids.length === 2 ? MATH2.get(e.name) : undefined;
      if (!g1 && !g2) throw typeError(`${e.name} with ${kids.length} argument(s) cannot be compiled to float64`);
      if (kids.every((k) => k.isConst)) return constCol(g1 ? g1(kids[0]!.c) : g2!(kids[0]!.c, kids[1]!.c));
      const out = newCol();
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
  const inputs: Col[] = params.map(() => ({ isConst: false, c: 0, buf: new Float64Array(0), scale: 1 }));
  const top = unit(column(e, params, nctx, steps, inputs), steps);
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
