// Grammar fuzzing: random expressions from a small grammar (fast-check, fixed seeds, small numRuns) evaluated under
// small limits. Every answer must be a Result (never a throw, never InternalError); exact-only expressions must agree
// with the independent bigint-rational model in exact-model.ts; printing the parse and re-evaluating it agrees too.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { evaluate, parse, printProgram, type Result } from "../../src/index.js";
import { builtinNames } from "../../src/eval/index.js";
import { evalTree, printTree, qText, DivZero, type Tree } from "./exact-model.js";

const SMALL = { timeMs: 500, digits: 300, elements: 2000, depth: 60, inputLength: 4000 };

const int = fc.bigInt({ min: 0n, max: 40n }).map((v): Tree => ({ t: "int", v }));
const big = fc.bigInt({ min: 10n ** 10n, max: 10n ** 25n }).map((v): Tree => ({ t: "int", v }));
const dec = fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 1, max: 999 })).map(([a, b]): Tree => ({ t: "dec", text: `${a}.${String(b).padStart(3, "0")}` }));
const fact = fc.integer({ min: 0, max: 12 }).map((v): Tree => ({ t: "fact", v }));

const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true, maxDepth: 5 },
    { arbitrary: fc.oneof(int, int, dec, big, fact), weight: 4 },
    { arbitrary: tie("tree").map((a): Tree => ({ t: "neg", a })), weight: 1 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom("+", "-", "*", "/", "mod", "//" as const), tie("tree"), tie("tree"), fc.nat(3))
        .map(([op, a, b, alt]): Tree => ({ t: "bin", op, a, b, alt })),
      weight: 5,
    },
    { arbitrary: fc.tuple(tie("tree"), fc.integer({ min: -3, max: 4 }), fc.boolean()).map(([a, e, sup]): Tree => ({ t: "pow", a, e, sup })), weight: 1 },
    { arbitrary: tie("tree").map((a): Tree => ({ t: "pct", a })), weight: 1 },
    {
      arbitrary: fc.tuple(fc.constantFrom("abs", "floor", "ceil", "round", "trunc", "sign" as const), tie("tree")).map(([f, a]): Tree => ({ t: "call", f, args: [a] })),
      weight: 1,
    },
    {
      arbitrary: fc.tuple(fc.constantFrom("max", "min", "mod" as const), tie("tree"), tie("tree")).map(([f, a, b]): Tree => ({ t: "call", f, args: [a, b] })),
      weight: 1,
    },
  ),
}));

/** The model's answer: exact text, "DomainError" for a division by zero. */
function modelAnswer(t: Tree): string {
  try {
    return qText(evalTree(t));
  } catch (e) {
    if (e instanceof DivZero) return "DomainError";
    throw e;
  }
}

function answer(r: Result): string {
  if (!r.ok) return r.error.kind;
  const v = r.value as { type: string; exact?: string };
  return v.type === "integer" || v.type === "rational" ? v.exact! : `${v.type}:${r.text}`;
}

const isResult = (r: unknown): r is Result =>
  typeof r === "object" && r !== null && "ok" in r && (((r as Result).ok && "value" in r) || (!(r as Result).ok && "error" in r));

describe("grammar fuzz: exact arithmetic against the bigint model", () => {
  it("agrees on minimal-parenthesis prints, spaced and tight, with Unicode spellings", async () => {
    await fc.assert(
      fc.asyncProperty(tree, fc.boolean(), async (t, tight) => {
        const text = printTree(t, tight);
        const want = modelAnswer(t);
        const r = await evaluate(text, { limits: SMALL });
        expect(isResult(r)).toBe(true);
        if (!r.ok && r.error.kind === "LimitError") return; // honest refusal under the small limits
        expect({ text, got: answer(r) }).toEqual({ text, got: want });
      }),
      { seed: 20261126, numRuns: 400 },
    );
  });

  it("the fully parenthesised echo of a parse evaluates to the same answer", async () => {
    await fc.assert(
      fc.asyncProperty(tree, async (t) => {
        const text = printTree(t, false);
        const echo = printProgram(parse(text));
        const [a, b] = [await evaluate(text, { limits: SMALL }), await evaluate(echo, { limits: SMALL })];
        expect({ echo, got: answer(b) }).toEqual({ echo, got: answer(a) });
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});

// Wild input: tokens of the whole language glued at random. Only the shape of the answer is checked.
const TOKENS = [
  "1", "0", "2", "0.5", "1e3", "1e-3", "0x1F", "0b101", "1_000", "1,234", "½", "2.5i", "i", "pi", "π", "e", "inf", "nan", "x", "y", "ans",
  "+", "-", "−", "*", "×", "/", "÷", "^", "**", "!", "!!", "%", "°", "'", "²", "⁻¹", "√", "mod", "rem", "//", "of", "to", "in", "by", "..",
  "(", ")", "[", "]", ",", ";", "|", "=", "==", "<", "<=", "≠", "and", "or", "not", "if", "then", "else", "var", " ", " ", "\n", "#",
  "sin", "sqrt", "log", "gamma", "factorial", "solve", "diff", "det", "inv", "sum", "mean", "bits", "fp16", "bf16", "hex", "\"s\"", "f(x)", "deg", ":",
];
const wild = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 14 }).map((ts) => ts.join(""));

describe("grammar fuzz: wild token soup never crashes", () => {
  it("returns a Result that is never an InternalError", async () => {
    await fc.assert(
      fc.asyncProperty(wild, async (text) => {
        let r: unknown;
        try {
          r = await evaluate(text, { limits: SMALL, digits: 20 });
        } catch (e) {
          throw new Error(`evaluate threw on ${JSON.stringify(text)}: ${String(e)}`);
        }
        expect(isResult(r)).toBe(true);
        const res = r as Result;
        if (!res.ok) expect({ text, kind: res.error.kind, code: typeof res.error.code }).toEqual({ text, kind: res.error.kind === "InternalError" ? "not InternalError" : res.error.kind, code: "string" });
      }),
      { seed: 42, numRuns: 1500 },
    );
  });
});

// Every builtin called with arguments of every kind (numbers, non-finite values, symbols, vectors, ragged and empty
// arrays, strings, formats, functions): only the shape of the answer is checked.
const ARGS = [
  "0", "1", "-1", "2", "1/2", "-3/4", "0.1", "10^20", "10^-20", "pi", "e", "i", "1+i", "sqrt(2)", "inf", "-inf", "nan", "x", "x^2-1",
  "sin(x)", "[1,2,3]", "[]", "[[1,2],[3,4]]", "[[0,0],[0,0]]", "[[1,2,3]]", "[[1],[2]]", "[1,[2]]", '"s"', '"fp16"', "fp16", "bf16", "int8",
  '"nearest_even"', '"stochastic"', "true", "1..3", "f", "-0", "2^64", "0.5i", "[x, 1]", "[[x,1],[1,x]]", "e8m0", '"mxfp4"', "ones(32)",
  '"ij->ji"', "1e-300", "10^300",
];

describe("builtin fuzz: every builtin with arguments of every kind", () => {
  it("answers a Result that is never an InternalError", async () => {
    const call = fc
      .tuple(fc.constantFrom(...builtinNames()), fc.array(fc.constantFrom(...ARGS), { maxLength: 4 }))
      .map(([f, a]) => `${f}(${a.join(", ")})`);
    await fc.assert(
      fc.asyncProperty(call, async (text) => {
        const r = await evaluate("f(t) = t; " + text, { limits: { ...SMALL, timeMs: 500 }, digits: 20 });
        expect(isResult(r)).toBe(true);
        expect({ text, kind: r.ok ? "ok" : r.error.kind === "InternalError" ? `InternalError: ${r.error.message}` : "error" }).toEqual({
          text,
          kind: r.ok ? "ok" : "error",
        });
      }),
      { seed: 99, numRuns: 1500 },
    );
  });
});
