// One MCP conformance suite run over every transport (in-memory, stdio subprocess, Streamable HTTP): list the
// tools, call each, malformed arguments, and a resource bomb answered quickly as a tool error (LimitError).
import { describe, expect, it, beforeAll, afterAll } from "vitest";
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { realOracles, sameDecimal } from "../http/oracle.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- tool results under test

export function describeMcp(transport: string, connect: () => Promise<{ client: Client; close(): Promise<void> }>): void {
  describe(`MCP over ${transport}`, () => {
    let client: Client;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ client, close } = await connect());
    });
    afterAll(() => close?.());

    const call = async (name: string, args: Record<string, unknown>) =>
      (await client.callTool({ name, arguments: args })) as Json;

    it("lists evaluate and solve with descriptions that teach the syntax", async () => {
      const { tools } = await client.listTools();
      const byName = new Map(tools.map((t) => [t.name, t]));
      expect([...byName.keys()].sort()).toEqual(["evaluate", "solve"]);
      const ev = byName.get("evaluate")!;
      expect(ev.description).toMatch(/to bf16/);
      expect(ev.description).toMatch(/in fp16/);
      expect(ev.inputSchema.required).toEqual(["expression"]);
      expect(byName.get("solve")!.inputSchema.required).toEqual(["equations"]);
      expect(ev.outputSchema).toBeDefined();
    });

    it("evaluates exactly, with structuredContent following the JSON contract", async () => {
      const r = await call("evaluate", { expression: "1/3 + 1/6" });
      expect(r.isError).toBeFalsy();
      expect(r.structuredContent).toEqual({
        ok: true,
        value: { type: "rational", exact: "1/2", decimal: "0.5", decimal_is_exact: true },
        text: "1/2",
        latex: "\\frac{1}{2}",
      });
      expect(r.content[0]).toEqual({ type: "text", text: "1/2 = 0.5" });
    });

    it("rounds to the requested digits", async () => {
      const r = await call("evaluate", { expression: "sqrt(2)", digits: 20 });
      expect(r.structuredContent.value.decimal).toBe("1.4142135623730950488");
      expect(r.content[0].text).toBe("sqrt(2) ≈ 1.4142135623730950488");
    });

    it("matches mpmath oracles at their digits", async () => {
      for (const o of realOracles(12)) {
        const r = await call("evaluate", { expression: o.expr, digits: o.digits });
        expect(r.structuredContent.ok, o.expr).toBe(true);
        expect(sameDecimal(r.structuredContent.value.decimal, o.expected), `${o.expr} @ ${o.digits}`).toBe(true);
      }
    });

    it("solves an equation, with the unknown found", async () => {
      const r = await call("solve", { equations: "x^2 - 3x + 2 = 0" });
      expect(r.isError).toBeFalsy();
      expect(r.structuredContent).toMatchObject({ ok: true, expression: "solve(x^2 - 3x + 2 = 0, x)", value: { type: "solutions", variables: ["x"] } });
      expect(r.structuredContent.value.elements.map((e: Json) => e.exact)).toEqual(["1", "2"]);
    });

    it("solves a linear system", async () => {
      const r = await call("solve", { equations: ["x + y = 3", "x - y = 1"], variables: ["x", "y"] });
      expect(r.structuredContent).toMatchObject({ ok: true, value: { type: "solutions", variables: ["x", "y"] } });
      const sol = r.structuredContent.value.elements[0];
      expect(sol.elements.map((e: Json) => e.exact)).toEqual(["2", "1"]);
    });

    it("reports evaluation errors as tool errors with the span, a caret and a hint", async () => {
      const r = await call("evaluate", { expression: "1 + )" });
      expect(r.isError).toBe(true);
      expect(r.structuredContent).toMatchObject({ ok: false, error: { kind: "SyntaxError", span: [4, 5] } });
      expect(r.content[0].text).toContain("    ^");
      expect(r.content[0].text).toMatch(/hint: /);
    });

    it("answers a resource bomb with a LimitError tool error", async () => {
      const r = await call("evaluate", { expression: "10^10^10^10" });
      expect(r.isError).toBe(true);
      expect(r.structuredContent.error).toMatchObject({ kind: "LimitError" });
      expect(r.content[0].text).toMatch(/LimitError/);
    });

    it("rejects malformed arguments", async () => {
      for (const args of [{ expression: 42 }, {}, { expression: "1", digits: -1 }, { expression: "1", digits: "many" }]) {
        const r = await call("evaluate", args);
        expect(r.isError, JSON.stringify(args)).toBe(true);
        expect(r.content[0].text).toMatch(/invalid|expected/i);
      }
      const bad = await call("solve", { equations: "x = 1", variables: ["x); evil("] });
      expect(bad.isError).toBe(true);
      expect(bad.content[0].text).toMatch(/not a variable name/);
      const syntax = await call("solve", { equations: ["x + y = 3", "x - = 1"] });
      expect(syntax).toMatchObject({ isError: true, structuredContent: { ok: false, equation: 1, error: { kind: "SyntaxError", span: [4, 5] } } });
      expect(syntax.content[0].text).toContain("  x - = 1\n      ^");
      const none = await call("nonexistent", {});
      expect(none.isError).toBe(true);
    });

    it("stays usable after errors", async () => {
      const r = await call("evaluate", { expression: "2^64" });
      expect(r.structuredContent).toMatchObject({ ok: true, text: "18446744073709551616" });
    });
  });
}
