// Registration of the number-format builtins (bits, frombits, fround, ulp, nextup, nextdown, formatinfo, float,
// quantize, lmul, fsum, fdot, fmatmul) and of the format and scheme names as named values. The mathematics lives
// in src/formats; this file converts arguments, attaches spans and builds values.
import { typeError, domainError, UlpError, isRoundingMode, type RoundingMode, type Span } from "../../core/index.js";
import { Q, toFloat, type Num, type Rational } from "../../numbers/index.js";
import * as F from "../../formats/index.js";
import { defineBuiltins, defineNamedValues, type Builtin, type CallInfo } from "../registry.js";
import { isNum, describeKind, type Value, type TensorValue } from "../value.js";
import type { EvalContext } from "../context.js";

const AREA = "Number formats";

const MODE_ALIASES: ReadonlyMap<string, RoundingMode> = new Map([
  ["RNE", "nearest_even"],
  ["RNA", "nearest_away"],
  ["RZ", "toward_zero"],
  ["RU", "up"],
  ["RD", "down"],
  ["RO", "odd"],
  ["SR", "stochastic"],
]);

function withSpan<T>(span: Span, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof UlpError) throw e.at(span);
    if (e instanceof RangeError) throw domainError("out-of-domain", e.message, { span });
    throw e;
  }
}

const spanOf = (call: CallInfo, i: number): Span => call.argSpans[i] ?? call.span;

function fmtArg(v: Value, span: Span, what = "the format"): F.NumberFormat {
  if (v.kind === "format") return v.format;
  if (v.kind === "string") {
    const f = F.lookupFormat(v.value);
    if (f) return f;
    throw domainError("unknown-format", `unknown number format '${v.value}'`, { span, notes: ["formats: fp64 fp32 tf32 fp16 bf16 fp8e4m3 fp8e5m2 fp6e2m3 fp6e3m2 fp4e2m1 e8m0 ue4m3 int8 uint8 ..., float(e, m)"] });
  }
  throw typeError(`${what} must be a number format such as bf16, got ${describeKind(v)}`, { span });
}

/** A format, or "exact" (null) for fdot/fmatmul's stages. */
function stageArg(v: Value, span: Span, what: string): F.NumberFormat | null {
  if (v.kind === "string" && v.value === "exact") return null;
  return fmtArg(v, span, what);
}

function modeArg(v: Value | undefined, span: Span): RoundingMode {
  if (v === undefined) return "nearest_even";
  if (v.kind === "string") {
    if (isRoundingMode(v.value)) return v.value;
    const m = MODE_ALIASES.get(v.value);
    if (m) return m;
    throw domainError("unknown-mode", `unknown rounding mode '${v.value}'`, {
      span,
      notes: ['modes: "nearest_even" (default), "nearest_away", "toward_zero", "up", "down", "odd", "stochastic"'],
    });
  }
  throw typeError(`the rounding mode must be a string such as "nearest_even", got ${describeKind(v)}`, { span });
}

function overflowArg(v: Value | undefined, span: Span): F.OverflowPolicy {
  if (v === undefined) return "nonfinite";
  if (v.kind === "string" && (v.value === "nonfinite" || v.value === "saturate")) return v.value;
  throw domainError("unknown-mode", `the overflow policy must be "nonfinite" or "saturate"`, { span });
}

function intArg(v: Value | undefined, span: Span, what: string, dflt: number, min = 0, max = 2 ** 32 - 1): number {
  if (v === undefined) return dflt;
  if (v.kind === "rational" && v.value.den === 1n && v.value.num >= BigInt(min) && v.value.num <= BigInt(max)) return Number(v.value.num);
  throw domainError("not-integer", `${what} must be an integer from ${min} to ${max}`, { span });
}

function numArg(v: Value, span: Span): Num {
  if (v.kind === "format_value") return F.formatValueToNum(v.value);
  if (isNum(v)) return v;
  throw typeError(`expected a number, got ${describeKind(v)}`, { span });
}

function ratArg(v: Value, span: Span, what = "the value"): Rational {
  const n = numArg(v, span);
  if (n.kind === "rational") return n.value;
  throw typeError(`${what} must be an exact rational number here`, { span });
}

/** An element to quantize: exact rational, or a non-finite real. */
function qelemArg(v: Value, span: Span, ctx: EvalContext): F.QElem {
  const n = numArg(v, span);
  if (n.kind === "rational") return n.value;
  if (n.kind !== "complex") {
    const x = toFloat(n, ctx);
    if (Number.isNaN(x)) return "nan";
    if (x === Infinity) return "inf";
    if (x === -Infinity) return "-inf";
  }
  throw typeError("quantize needs exact rational elements (round irrational values first, e.g. with fround)", { span });
}

function tensorArg(v: Value, span: Span, what: string): TensorValue {
  if (v.kind === "tensor" && v.shape.length <= 2) return v;
  throw typeError(`${what} must be a vector or a matrix, got ${describeKind(v)}`, { span });
}

/** Applies f to a scalar, or element-wise to a tensor. */
function mapFirst(v: Value, f: (x: Value) => Value): Value {
  return v.kind === "tensor" ? { kind: "tensor", shape: v.shape, data: v.data.map(f) } : f(v);
}

const rat = (q: Rational): Num => ({ kind: "rational", value: q });
const intValue = (n: bigint): Num => rat(Q.fromInt(n));

const ROUNDING_DOC = 'mode is "nearest_even" (default), "nearest_away", "toward_zero", "up", "down", "odd" or "stochastic" (seeded, default seed 0); overflow is "nonfinite" (default: inf, or NaN for fp8e4m3) or "saturate".';

function orderArg(v: Value | undefined, span: Span): F.SumOrder {
  if (v === undefined) return "sequential";
  if (v.kind === "string" && (v.value === "sequential" || v.value === "pairwise" || v.value === "blocked")) return v.value;
  throw domainError("unknown-mode", 'the summation order must be "sequential", "pairwise" or "blocked"', { span });
}

/** The result of an accumulation as a value: a format value with its error against the exact result. */
function accumValue(r: F.AccumResult, acc: F.NumberFormat | null, ctx: EvalContext): Value {
  if (!acc || r.code === null) return rat(r.exact);
  return { kind: "format_value", value: F.makeFormatValue(acc, r.code, rat(r.exact), ctx, true) };
}

function accumSpec(args: readonly Value[], call: CallInfo, first: number): F.AccumSpec {
  const input = stageArg(args[first]!, spanOf(call, first), "the input format");
  const product = stageArg(args[first + 1]!, spanOf(call, first + 1), "the product format");
  const acc = stageArg(args[first + 2]!, spanOf(call, first + 2), "the accumulator format");
  return {
    input,
    product,
    acc,
    order: orderArg(args[first + 3], spanOf(call, first + 3)),
    block: intArg(args[first + 4], spanOf(call, first + 4), "the block size", 32, 1, 1 << 20),
    mode: modeArg(args[first + 5], spanOf(call, first + 5)),
  };
}

/** lmul and lmulerr: the same L-Mul evaluation, returning the approximate product or its relative error. */
function lmulBuiltin(
  name: string,
  doc: string,
  examples: readonly (readonly [string, string])[],
  pick: (r: ReturnType<typeof F.lmul>) => Rational,
): Builtin {
  return {
    name,
    area: AREA,
    signature: `${name}(a, b[, fmt])`,
    doc,
    examples,
    arity: [2, 3],
    impl: (args, call) =>
      withSpan(call.span, () => {
        const fmt = args[2] ? fmtArg(args[2], spanOf(call, 2)) : F.lookupFormat("bf16")!;
        if (fmt.kind !== "float") throw typeError(`${name} needs a float format`, { span: spanOf(call, 2) });
        return rat(pick(F.lmul(ratArg(args[0]!, spanOf(call, 0)), ratArg(args[1]!, spanOf(call, 1)), fmt)));
      }),
  };
}

const builtins: Builtin[] = [
  {
    name: "rounding",
    area: "Number formats",
    signature: "rounding(fmt, mode[, overflow[, seed]])",
    doc:
      "The format fmt with a rounding mode (and overflow policy, and seed for stochastic rounding) attached, for " +
      'evaluation in a format: `expr in rounding(fp16, "toward_zero")` rounds every operation toward zero.',
    examples: [
      ['(1/3 + 1/3 + 1/3) in rounding(fp16, "toward_zero")', "0.99951171875 (fp16 0x3bff)"],
      ["(1/3 + 1/3 + 1/3) in fp16", "1 (fp16 0x3c00)"],
    ],
    arity: [2, 4],
    impl: (args, call) => ({
      kind: "format",
      format: fmtArg(args[0]!, spanOf(call, 0)),
      rounding: {
        mode: modeArg(args[1], spanOf(call, 1)),
        overflow: overflowArg(args[2], spanOf(call, 2)),
        seed: intArg(args[3], spanOf(call, 3), "the seed", 0),
      },
    }),
  },
  {
    name: "bits",
    area: AREA,
    signature: "bits(x, fmt[, mode[, overflow[, seed]]])",
    doc: `The code (sign | exponent | mantissa, as an integer) of x rounded once into fmt from its exact value (correctly rounded; Ziv's loop for irrational x). ${ROUNDING_DOC} Element-wise over vectors.`,
    examples: [["bits(0.1, bf16)", "15821"], ["bits(-1/10, bf16)", "48589"], ["bits(1000, fp8e4m3)", "127"], ["bits(1000, fp8e4m3, \"nearest_even\", \"saturate\")", "126"]],
    arity: [2, 5],
    impl: (args, call) =>
      withSpan(call.span, () => {
        const fmt = fmtArg(args[1]!, spanOf(call, 1));
        const mode = modeArg(args[2], spanOf(call, 2));
        const overflow = overflowArg(args[3], spanOf(call, 3));
        const seed = intArg(args[4], spanOf(call, 4), "the seed", 0);
        return mapFirst(args[0]!, (x) => intValue(roundCode(x, fmt, mode, overflow, seed, call)));
      }),
  },
  {
    name: "frombits",
    area: AREA,
    signature: "frombits(code, fmt)",
    doc: "The value stored by an integer code of fmt, exactly: value, sign, fields, exact decimal expansion and neighbours. bits(frombits(c, f), f) = c for every code c of every format.",
    examples: [["frombits(0x3dcd, bf16)", "0.10009765625 (bf16 0x3dcd)"], ["frombits(0x7f, fp8e4m3)", "nan (fp8e4m3 0x7f)"], ["frombits(0x8000, fp16)", "-0 (fp16 0x8000)"]],
    arity: [2, 2],
    impl: (args, call) =>
      withSpan(call.span, () => {
        const fmt = fmtArg(args[1]!, spanOf(call, 1));
        return mapFirst(args[0]!, (c) => {
          const n = numArg(c, spanOf(call, 0));
          if (n.kind !== "rational" || n.value.den !== 1n) throw domainError("not-integer", "a code must be an integer", { span: spanOf(call, 0) });
          return { kind: "format_value", value: F.decodeBits(n.value.num, fmt, call.ctx) };
        });
      }),
  },
  {
    name: "fround",
    area: AREA,
    signature: "fround(x, fmt[, mode[, overflow[, seed]]])",
    doc: `The exact value of x rounded once into fmt (a rational, or inf/-inf/nan). ${ROUNDING_DOC} Element-wise over vectors.`,
    examples: [["fround(0.1, bf16)", "205/2048"], ["fround(1/3, fp16, \"up\")", "683/2048"], ["fround(7, fp4e2m1)", "6"], ["fround(2.5, int8)", "2"]],
    arity: [2, 5],
    impl: (args, call) =>
      withSpan(call.span, () => {
        const fmt = fmtArg(args[1]!, spanOf(call, 1));
        const mode = modeArg(args[2], spanOf(call, 2));
        const overflow = overflowArg(args[3], spanOf(call, 3));
        const seed = intArg(args[4], spanOf(call, 4), "the seed", 0);
        return mapFirst(args[0]!, (x) => F.formatValueToNum(F.makeFormatValue(fmt, roundCode(x, fmt, mode, overflow, seed, call), null, call.ctx, false)));
      }),
  },
  {
    name: "ulp",
    area: AREA,
    signature: "ulp(x[, fmt])",
    doc: "The spacing of fmt (default fp64) at x: 2^(max(floor(log2|x|), emin) - mantissa bits), exact; ulp(0) is the smallest subnormal; 1 for integer formats.",
    examples: [["ulp(1, fp16)", "1/1024"], ["ulp(0, fp16)", "1/16777216"], ["ulp(1000, bf16)", "4"]],
    arity: [1, 2],
    impl: (args, call) =>
      withSpan(call.span, () => {
        const fmt = args[1] ? fmtArg(args[1], spanOf(call, 1)) : F.lookupFormat("fp64")!;
        return mapFirst(args[0]!, (x) => {
          const n = numArg(x, spanOf(call, 0));
          if (n.kind === "rational") return rat(F.ulpAt(n.value, fmt));
          // an irrational x lies in the binade of its truncation (powers of two are representable)
          const t = F.decodeBits(F.bitsOf(n, fmt, "toward_zero", "nonfinite", 0, call.ctx), fmt);
          if (t.value === null || t.class !== "finite") throw domainError("out-of-domain", `ulp of ${t.exact_decimal} is not defined`, { span: spanOf(call, 0) });
          return rat(F.ulpAt(t.value, fmt));
        });
      }),
  },
  ...(["nextup", "nextdown"] as const).map(
    (name): Builtin => ({
      name,
      area: AREA,
      signature: `${name}(x, fmt)`,
      doc: `The ${name === "nextup" ? "smallest value of fmt above" : "largest value of fmt below"} x (x itself need not be representable), as a format value; IEEE nextUp/nextDown semantics at zero and the infinities.`,
      examples:
        name === "nextup"
          ? [["nextup(1, fp16)", "1.0009765625 (fp16 0x3c01)"], ["nextup(0, fp8e4m3)", "0.001953125 (fp8e4m3 0x01)"]]
          : [["nextdown(1, fp16)", "0.99951171875 (fp16 0x3bff)"], ["nextdown(0.1, bf16)", "0.099609375 (bf16 0x3dcc)"]],
      arity: [2, 2],
      impl: (args, call) =>
        withSpan(call.span, () => {
          const fmt = fmtArg(args[1]!, spanOf(call, 1));
          const dir = name === "nextup" ? 1 : -1;
          return mapFirst(args[0]!, (x): Value => {
            const n = numArg(x, spanOf(call, 0));
            // round toward the direction; if that is x itself (or past it the other way), step once more
            const code = F.bitsOf(n, fmt, dir === 1 ? "up" : "down", "nonfinite", 0, call.ctx);
            const fv = F.makeFormatValue(fmt, code, null, call.ctx, false);
            if (fv.class === "nan") return { kind: "format_value", value: F.decodeBits(code, fmt, call.ctx) }; // nextUp(NaN) = NaN
            // x itself is a value of the format (an exact hit, or an infinity): step once more
            const same = fv.value !== null ? n.kind === "rational" && Q.eq(fv.value, n.value) : n.kind !== "rational";
            if (same && fv.class === "inf" && (fv.sign === 0) === (dir === 1)) return { kind: "format_value", value: F.decodeBits(code, fmt, call.ctx) }; // nextUp(inf) = inf
            const next = same ? F.nextCode(fmt, code, dir) : code;
            if (next === null) throw domainError("out-of-domain", `no value of ${fmt.name} lies ${dir === 1 ? "above" : "below"} the argument`, { span: call.span });
            return { kind: "format_value", value: F.decodeBits(next, fmt, call.ctx) };
          });
        }),
    }),
  ),
  {
    name: "formatinfo",
    area: AREA,
    signature: "formatinfo(fmt)",
    doc: "The table of properties of a format: bits and layout, bias, max, min normal, min subnormal, epsilon (2^-mantissa bits), number of finite values, whether it has inf and NaN. All exact.",
    examples: [["formatinfo(fp8e4m3)", "fp8e4m3: 8 bits (1 sign, 4 exponent, 3 mantissa, bias 7), max 448, min normal 0.015625, min subnormal 0.001953125, epsilon 0.125, 253 finite values, NaN, no inf"]],
    arity: [1, 1],
    impl: (args, call) => withSpan(call.span, () => ({ kind: "format", format: fmtArg(args[0]!, spanOf(call, 0)) })),
  },
  {
    name: "float",
    area: AREA,
    signature: "float(ebits, mbits[, options...])",
    doc: 'A custom binary float with ebits exponent and mbits mantissa bits (1 <= ebits <= 15, 0 <= mbits <= 236). Options, in any order: an integer bias (default 2^(ebits-1) - 1), "ieee" (inf and NaN, default), "fn" (one NaN pattern, no inf), "finite" (no inf or NaN), "ftz" (flush subnormals to zero), "unsigned". A standard layout gives the named format.',
    examples: [["float(5, 10)", "fp16: 16 bits (1 sign, 5 exponent, 10 mantissa, bias 15), max 65504, min normal 0.00006103516, min subnormal 5.960464e-8, epsilon 0.0009765625, 63487 finite values, inf and NaN"], ["bits(1, float(4, 3, \"fn\"))", "56"]],
    arity: [2, 6],
    impl: (args, call) =>
      withSpan(call.span, () => {
        const e = intArg(args[0], spanOf(call, 0), "ebits", 0, 1, 15);
        const m = intArg(args[1], spanOf(call, 1), "mbits", 0, 0, 236);
        let bias: number | undefined;
        let specials: F.Specials | undefined;
        let subnormals: boolean | undefined;
        let signed: boolean | undefined;
        args.slice(2).forEach((o, k) => {
          const span = spanOf(call, k + 2);
          if (o.kind === "rational" && o.value.den === 1n) bias = Number(o.value.num);
          else if (o.kind === "string" && (o.value === "ieee" || o.value === "fn")) specials = o.value;
          else if (o.kind === "string" && o.value === "finite") specials = "none";
          else if (o.kind === "string" && o.value === "ftz") subnormals = false;
          else if (o.kind === "string" && o.value === "unsigned") signed = false;
          else throw domainError("unknown-mode", 'float options are an integer bias, "ieee", "fn", "finite", "ftz" or "unsigned"', { span });
        });
        return { kind: "format", format: F.customFormat(e, m, { bias, specials, subnormals, signed }) };
      }),
  },
  {
    name: "quantize",
    area: AREA,
    signature: "quantize(v, scheme[, rounding[, param]])",
    doc: "Block quantization of a vector (or matrix) of exact values: MX (mxfp8_e4m3, mxfp8_e5m2, mxfp6_e2m3, mxfp6_e3m2, mxfp4, mxint8: blocks of 32, E8M0 scale 2^(floor(log2 amax) - emax_elem)), nvfp4 (blocks of 16, UE4M3 scales; param = tensor_amax), int8 (absmax per tensor), int8_row / int8_col (per row / column), llm_int8 (param = outlier threshold, default 6), int8_block / int4_block (param = block size, default 64). For MX schemes param may be \"ceil\" (scale rounded up so nothing saturates) or, for mxint8, \"full_range\" (k = -128 allowed). Exact scales, codes, dequantized values, max_abs and rmse; sqnr_db to 12 digits.",
    examples: [["quantize([1, -2, 3, 127/2], \"int8\")", "[1, -2, 3, 63.5] (int8, max_abs 0, rmse 0, sqnr inf dB)"]],
    arity: [2, 4],
    impl: (args, call) =>
      withSpan(call.span, () => {
        const t = tensorArg(args[0]!, spanOf(call, 0), "the tensor to quantize");
        const s = args[1]!;
        const scheme = s.kind === "string" ? s.value : s.kind === "format" ? s.format.name : ""; // int8 is also a format name
        if (!F.isSchemeName(scheme)) throw domainError("unknown-mode", `unknown quantization scheme${scheme ? ` '${scheme}'` : ""}`, { span: spanOf(call, 1), notes: [`schemes: ${F.SCHEME_NAMES.join(", ")}`] });
        const mode = modeArg(args[2], spanOf(call, 2));
        const p = args[3];
        const mxOptions: F.MxOptions = p?.kind === "string" ? mxOption(p.value, scheme, spanOf(call, 3)) : {};
        const param = p && p.kind !== "string" ? ratArg(p, spanOf(call, 3), "the scheme parameter") : null;
        const values = t.data.map((x) => qelemArg(x, spanOf(call, 0), call.ctx));
        return { kind: "quantized", value: F.quantize({ values, shape: t.shape }, scheme, mode, param, 0, call.ctx.budget, mxOptions) };
      }),
  },
  lmulBuiltin(
    "lmul",
    "L-Mul approximate product (Luo & Sun 2024): a and b are rounded into fmt (default bf16), then (1 + xm + ym + 2^-l(m)) * 2^(xe + ye) replaces the mantissa product, l(m) = m for m <= 3, 3 for m = 4, 4 above. Exact value of the formula; compare with a*b for its error.",
    [["lmul(1.5, 1.75)", "37/16"], ["lmul(1.5, 1.75, fp8e4m3)", "19/8"]],
    (r) => r.approx,
  ),
  lmulBuiltin(
    "lmulerr",
    "The relative error |lmul(a, b) - a'*b'| / |a'*b'| of L-Mul against the exact product of the rounded inputs a', b' (0 when the product is 0). Exact.",
    [["lmulerr(1.5, 1.75)", "5/42"], ["lmulerr(1, 1)", "1/16"]],
    (r) => r.rel_error,
  ),
  {
    name: "fsum",
    area: AREA,
    signature: "fsum(v, fmt[, order[, k[, mode]]])",
    doc: 'Sum of the elements of v, each rounded into fmt, accumulated in fmt with every addition rounded once; order "sequential" (default), "pairwise" or "blocked" (block size k, default 32). The result is a format value with its error against the exact sum.',
    examples: [["fsum([2048, 1, 1], fp16)", "2048 (fp16 0x6800)"], ["fsum([1, 1, 2048], fp16)", "2050 (fp16 0x6801)"]],
    arity: [2, 5],
    impl: (args, call) =>
      withSpan(call.span, () => {
        const t = tensorArg(args[0]!, spanOf(call, 0), "the values to sum");
        const fmt = stageArg(args[1]!, spanOf(call, 1), "the format");
        const spec: F.AccumSpec = {
          input: fmt,
          product: null,
          acc: fmt,
          order: orderArg(args[2], spanOf(call, 2)),
          block: intArg(args[3], spanOf(call, 3), "the block size", 32, 1, 1 << 20),
          mode: modeArg(args[4], spanOf(call, 4)),
        };
        const r = F.sumInFormats(t.data.map((x) => ratArg(x, spanOf(call, 0))), spec, call.ctx.budget);
        return accumValue(r, fmt, call.ctx);
      }),
  },
  {
    name: "fdot",
    area: AREA,
    signature: "fdot(x, y, input, product, acc[, order[, k[, mode]]])",
    doc: 'Dot product with inputs rounded into `input`, each product rounded into `product` and the sum accumulated in `acc` (each a format, or "exact"), in order "sequential" (default), "pairwise" or "blocked" (block size k). A format value with its error against the exact dot product.',
    examples: [["fdot([1, 2, 3], [4, 5, 6], fp16, \"exact\", fp16)", "32 (fp16 0x5000)"]],
    arity: [5, 8],
    impl: (args, call) =>
      withSpan(call.span, () => {
        const x = tensorArg(args[0]!, spanOf(call, 0), "x");
        const y = tensorArg(args[1]!, spanOf(call, 1), "y");
        const spec = accumSpec(args, call, 2);
        const r = F.dotInFormats(x.data.map((v) => ratArg(v, spanOf(call, 0))), y.data.map((v) => ratArg(v, spanOf(call, 1))), spec, call.ctx.budget);
        return accumValue(r, spec.acc, call.ctx);
      }),
  },
  {
    name: "fmatmul",
    area: AREA,
    signature: "fmatmul(A, B, input, product, acc[, order[, k[, mode]]])",
    doc: "Matrix product where every entry is an fdot with the given input, product and accumulator formats and order; the result holds the exact stored values (rationals, or inf/nan).",
    examples: [["fmatmul([[1, 2], [3, 4]], [[1/3, 0], [0, 1]], bf16, \"exact\", bf16)", "[[171/512, 2], [1, 4]]"]],
    arity: [5, 8],
    impl: (args, call) =>
      withSpan(call.span, () => {
        const a = tensorArg(args[0]!, spanOf(call, 0), "A");
        const b = tensorArg(args[1]!, spanOf(call, 1), "B");
        if (a.shape.length !== 2 || b.shape.length !== 2 || a.shape[1] !== b.shape[0]) {
          throw typeError(`fmatmul needs matrices with matching inner sizes`, { span: call.span });
        }
        const [n, k] = a.shape as [number, number];
        const m = b.shape[1]!;
        const spec = accumSpec(args, call, 2);
        const res = F.matmulInFormats(a.data.map((v) => ratArg(v, spanOf(call, 0))), b.data.map((v) => ratArg(v, spanOf(call, 1))), n, k, m, spec, call.ctx.budget);
        const data = res.map((r): Value => {
          const v = r.value;
          if (v.kind === "finite") return rat(v.value);
          const fv = F.makeFormatValue(spec.acc!, r.code!, null, call.ctx, false);
          return F.formatValueToNum(fv);
        });
        return { kind: "tensor", shape: [n, m], data };
      }),
  },
];

/** The string options of MX schemes: "ceil" (scale rounded up, no saturation), "full_range" (MXINT8 with -2). */
function mxOption(o: string, scheme: string, span: Span): F.MxOptions {
  if (!F.MX_SCHEMES.has(scheme)) throw domainError("unknown-mode", `${scheme} takes a number as its parameter, not "${o}"`, { span });
  if (o === "ceil" || o === "floor") return { scale: o };
  if (o === "full_range" && scheme === "mxint8") return { fullRange: true };
  throw domainError("unknown-mode", `unknown MX option "${o}"`, { span, notes: ['MX options: "floor" (default), "ceil", and "full_range" for mxint8'] });
}

function roundCode(x: Value, fmt: F.NumberFormat, mode: RoundingMode, overflow: F.OverflowPolicy, seed: number, call: CallInfo): bigint {
  // a value of the same format is already representable: its own code (keeps NaN payloads and -0)
  if (x.kind === "format_value" && x.value.format.name === fmt.name) return x.value.code;
  if (x.kind === "format_value" && x.value.class !== "finite") {
    const c = F.roundNonFinite(fmt, x.value.class === "nan" ? "nan" : "inf", x.value.sign, overflow);
    if (c === null) throw domainError("out-of-domain", `${fmt.name} cannot hold ${x.value.exact_decimal}`, { span: call.span });
    return c;
  }
  const n = numArg(x, call.argSpans[0] ?? call.span);
  if (n.kind === "rational" && n.value.num === 0n && x.kind === "format_value" && x.value.sign === 1) {
    return F.roundRational(fmt, n.value, mode, overflow, 0, true);
  }
  if (n.kind === "rational") return F.roundRational(fmt, n.value, mode, overflow, F.prngDraw(seed, 0));
  return F.bitsOf(n, fmt, mode, overflow, seed, call.ctx);
}

defineBuiltins(builtins);

defineNamedValues([
  ...F.CATALOG.flatMap((f) =>
    [f.name, ...f.aliases].map((name) => ({
      name,
      area: AREA,
      doc: name === f.name ? `The number format ${f.name}.` : `Alias of the number format ${f.name}.`,
      get: (): Value => ({ kind: "format", format: f }),
    })),
  ),
  ...F.SCHEME_NAMES.filter((name) => !F.lookupFormat(name)).map((name) => ({
    name,
    area: AREA,
    doc: `The quantization scheme ${name} (a string, for quantize).`,
    get: (): Value => ({ kind: "string", value: name }),
  })),
]);
