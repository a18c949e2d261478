// The language surface of linalg: every linalg builtin example and every ```ulp block of docs/linalg.md,
// evaluated through the public evaluate/createSession, plus errors with spans.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createSession, evaluate, type Result } from "../../src/index.js";
import { linalgBuiltins, matmulRational, matmulAny, matpowAny } from "../../src/eval/builtins/linalg.js";
import { Budget, DEFAULT_LIMITS } from "../../src/core/index.js";
import { Q } from "../../src/numbers/index.js";

const show = (r: Result) => (r.ok ? r.text : `error: ${r.error.kind} ${r.error.code} ${r.error.message}`);
const matches = (r: Result, want: string) =>
  want.startsWith("error:") ? !r.ok && [r.error.kind, r.error.code].includes(want.slice(6).trim()) : r.ok && r.text === want;

describe("linalg in the language", () => {
  it("every builtin example evaluates to its documented text", async () => {
    const failures: string[] = [];
    for (const b of linalgBuiltins) {
      for (const [input, want] of b.examples) {
        const r = await evaluate(input);
        if (!matches(r, want)) failures.push(`${b.name}: ${input} => ${show(r)} (documented ${want})`);
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it("every ```ulp block of docs/linalg.md", async () => {
    const text = readFileSync(new URL("../../docs/linalg.md", import.meta.url), "utf8");
    const failures: string[] = [];
    const blocks = text.split("```ulp\n").slice(1).map((b) => b.split("```")[0]!);
    expect(blocks.length).toBeGreaterThan(8);
    for (const block of blocks) {
      const session = createSession();
      const lines = block.split("\n").filter((l) => l.trim() !== "");
      for (let i = 0; i < lines.length; i++) {
        if (!lines[i]!.startsWith("> ")) continue;
        const input = lines[i]!.slice(2), want = lines[i + 1]!;
        const r = await session.evaluate(input);
        if (!matches(r, want)) failures.push(`${input} => ${show(r)} (documented ${want})`);
      }
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it("errors carry kind, code and the call's span", async () => {
    const r = await evaluate("1 + det([[1, 2, 3], [4, 5, 6]])");
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.kind, r.error.code, r.error.span]).toEqual(["DimensionError", "not-square", [4, 31]]);
    const z = await evaluate("zeros(2000, 2000)");
    expect(!z.ok && [z.error.kind, z.error.limit, z.error.value]).toEqual(["LimitError", "elements", 1_000_000]);
    const e = await evaluate('einsum("ij,jk->ik", [[1, 2]], [[1, 2]])');
    expect(!e.ok && e.error.kind).toBe("DimensionError");
    const s = await evaluate("linsolve([[1, 1], [1, 1]], [1, 2])");
    expect(!s.ok && s.error.code).toBe("singular-matrix");
    const t = await evaluate('det("abc")');
    expect(!t.ok && t.error.kind).toBe("TypeError");
  });

  it("inexact entries keep correctly rounded digits", async () => {
    const r = await evaluate("det([[sin(1), 1], [1, 2]])", { digits: 20 });
    expect(r.ok && r.text).toBe("0.68294196961579301331"); // 2 sin(1) - 1
  });

  it("numeric singular values match mpmath (svd_r at 30 digits) with error bounds", async () => {
    const r = await evaluate("singularvalues([[1, 2, 3], [4, 5, 6], [7, 8, 10]])", { digits: 20 });
    expect(r.ok && r.text).toBe("sigma ≈ 17.412505166808594517, sigma ≈ 0.87516135011043560458, sigma ≈ 0.19686652111743021598");
    const v = r.ok ? (r.value as unknown as { elements: { error_bound?: string }[] }) : undefined;
    expect(v?.elements.every((e) => e.error_bound !== undefined)).toBe(true);
  });

  it("matmulRational: the fast exact product for the * operator, undefined for non-rational entries", () => {
    const r = (x: number) => ({ kind: "rational", value: Q.fromInt(x) }) as const;
    const a = { kind: "tensor", shape: [2, 2], data: [r(1), r(2), r(3), r(4)] } as const;
    const ctx = { budget: new Budget(DEFAULT_LIMITS) } as unknown as Parameters<typeof matmulRational>[2];
    const p = matmulRational(a, a, ctx);
    expect(p?.shape).toEqual([2, 2]);
    expect(p?.data.map((x) => (x.kind === "rational" ? Q.toString(x.value) : "?"))).toEqual(["7", "10", "15", "22"]);
    expect(matmulRational({ kind: "tensor", shape: [1], data: [{ kind: "boolean", value: true }] }, a, ctx)).toBeUndefined();
  });

  it("matmulAny / matpowAny: exact, tower and symbolic products for the operators", async () => {
    const ctx = { budget: new Budget(DEFAULT_LIMITS), digits: 34 } as unknown as Parameters<typeof matmulAny>[2];
    const r = (x: number) => ({ kind: "rational", value: Q.fromInt(x) }) as const;
    const { exprSymbol, exprToText } = await import("../../src/algebra/index.js");
    const A = { kind: "tensor", shape: [2, 2], data: [r(1), r(2), r(3), r(4)] } as const;
    const xy = { kind: "tensor", shape: [2], data: [{ kind: "expression", expr: exprSymbol("x") }, { kind: "expression", expr: exprSymbol("y") }] } as const;
    const q = (t: { data: readonly { kind: string }[] } | undefined) => t?.data.map((x) => ("value" in x ? Q.toString(x.value as Q.Rational) : "?"));
    expect(q(matmulAny(A, A, ctx, [0, 1]))).toEqual(["7", "10", "15", "22"]);
    const p = matmulAny(A, xy, ctx, [0, 1]);
    expect(p.data.map((v) => (v.kind === "expression" ? exprToText(v.expr) : "?"))).toEqual(["x + 2*y", "3*x + 4*y"]);
    expect(() => matmulAny(A, { kind: "tensor", shape: [3], data: [r(1), r(1), r(1)] }, ctx, [0, 1])).toThrowError("cannot multiply 2x2 by vector of length 3");
    expect(q(matpowAny(A, -1n, ctx, [0, 1]))).toEqual(["-2", "1", "3/2", "-1/2"]);
    expect(matpowAny(xy, 2n, ctx, [0, 1])).toBeUndefined();
  });
});
