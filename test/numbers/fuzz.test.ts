// Random exact expressions (fast-check, fixed seed) over + - * / ^ and square/cube roots: the exact engine must
// terminate with a value or a UlpError, and every exact result must agree with a float64 evaluation of the same
// tree (relative tolerance, skipped where float64 itself is unreliable: non-finite or heavy cancellation).
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import * as N from "../../src/numbers/index.js";
import { UlpError } from "../../src/core/index.js";
import { ctxOf } from "./helpers.js";

type Tree =
  | { op: "lit"; n: number; d: number }
  | { op: "+" | "-" | "*" | "/"; a: Tree; b: Tree }
  | { op: "sqrt" | "cbrt"; a: Tree }
  | { op: "pow"; a: Tree; k: number };

const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "medium", withCrossShrink: true, maxDepth: 6 },
    fc.record({ op: fc.constant("lit" as const), n: fc.integer({ min: -9, max: 9 }), d: fc.integer({ min: 1, max: 5 }) }),
    fc.record({ op: fc.constantFrom("+" as const, "-" as const, "*" as const, "/" as const), a: tie("tree"), b: tie("tree") }),
    fc.record({ op: fc.constantFrom("sqrt" as const, "cbrt" as const), a: tie("tree") }),
    fc.record({ op: fc.constant("pow" as const), a: tie("tree"), k: fc.integer({ min: -3, max: 4 }) }),
  ),
}));

/** float64 value and the largest magnitude seen on the way (a cancellation scale). */
function fl(t: Tree): { v: number; scale: number } {
  switch (t.op) {
    case "lit":
      return { v: t.n / t.d, scale: Math.abs(t.n / t.d) };
    case "sqrt":
    case "cbrt": {
      const a = fl(t.a);
      const v = t.op === "sqrt" ? Math.sqrt(a.v) : Math.cbrt(a.v);
      return { v, scale: Math.max(Math.abs(v), Math.sqrt(a.scale)) };
    }
    case "pow": {
      const a = fl(t.a);
      const v = a.v ** t.k;
      return { v, scale: Math.max(Math.abs(v), a.scale ** Math.abs(t.k)) };
    }
    default: {
      const a = fl(t.a);
      const b = fl(t.b);
      const v = t.op === "+" ? a.v + b.v : t.op === "-" ? a.v - b.v : t.op === "*" ? a.v * b.v : a.v / b.v;
      const s = t.op === "+" || t.op === "-" ? Math.max(a.scale, b.scale) : t.op === "*" ? a.scale * b.scale : a.scale / Math.max(Math.abs(b.v), 1e-300);
      return { v, scale: Math.max(Math.abs(v), s) };
    }
  }
}

function ex(t: Tree, ctx: N.NumCtx): N.Num {
  switch (t.op) {
    case "lit":
      return N.rational(N.Q.make(BigInt(t.n), BigInt(t.d)));
    case "sqrt":
    case "cbrt": {
      const a = ex(t.a, ctx);
      // compare real roots only: the float model has no complex numbers
      if (t.op === "sqrt" && a.kind !== "complex" && N.compare(a, N.rational(N.Q.ZERO) as N.RealLike, ctx) < 0) throw new RangeError("negative");
      return N.applyFunction(t.op, [a], ctx);
    }
    case "pow":
      return N.pow(ex(t.a, ctx), N.integer(t.k), ctx);
    default: {
      const a = ex(t.a, ctx);
      const b = ex(t.b, ctx);
      return t.op === "+" ? N.add(a, b, ctx) : t.op === "-" ? N.sub(a, b, ctx) : t.op === "*" ? N.mul(a, b, ctx) : N.div(a, b, ctx);
    }
  }
}

describe("random exact expressions", () => {
  it("terminate, stay exact where expected, and agree with float64", () => {
    let compared = 0;
    fc.assert(
      fc.property(tree, (t) => {
        const ctx = ctxOf({ timeMs: 5000 });
        const f = fl(t);
        let v: N.Num;
        try {
          v = ex(t, ctx);
        } catch (e) {
          if (e instanceof RangeError && e.message === "negative") return true;
          expect(e).toBeInstanceOf(UlpError);
          return true;
        }
        if (v.kind === "complex" || !Number.isFinite(f.v) || !Number.isFinite(f.scale) || f.scale > 1e12) return true;
        const got = N.toFloat(v, ctx);
        compared++;
        return Math.abs(got - f.v) <= 1e-9 * Math.max(1, f.scale);
      }),
      { seed: 77, numRuns: 300 },
    );
    expect(compared).toBeGreaterThan(100);
  });
});
