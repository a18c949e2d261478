// The MCP tools over the SDK's in-memory transport, evaluating in-process with the library's evaluate.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import { EVALUATE_DESCRIPTION, SOLVE_DESCRIPTION, SolveInputError, buildSolve, createMcpServer } from "../../src/mcp/index.js";
import { describeMcp } from "./shared.js";

describeMcp("an in-memory transport", async () => {
  const server = createMcpServer(evaluate);
  const client = new Client({ name: "test", version: "1" });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  await client.connect(clientSide);
  return { client, close: async () => void (await client.close(), await server.close()) };
});

describe("solve expression building", () => {
  it("finds single-letter unknowns, preferring x, y, z over parameters", () => {
    expect(buildSolve("x^2 - 2 = 0")).toMatchObject({ expr: "solve(x^2 - 2 = 0, x)", variables: ["x"] });
    expect(buildSolve("a x^2 + b x + c = 0").variables).toEqual(["x"]);
    expect(buildSolve(["x + y = 3", "x - y = 1"])).toMatchObject({ expr: "solve([x + y = 3, x - y = 1], [x, y])", offsets: [7, 18] });
    expect(buildSolve("sin(t) = 1/2").variables).toEqual(["t"]);
    expect(buildSolve("e^x = 2").variables).toEqual(["x"]);
  });
  it("rejects names that are not identifiers and equations without unknowns", () => {
    expect(() => buildSolve("x = 1", ["x)"])).toThrow(/not a variable name/);
    expect(() => buildSolve("1 = 1")).toThrow(/no unknown/);
    expect(() => buildSolve([])).toThrow(/empty/);
  });
  it("parses each equation alone: syntax errors point into it, and one item cannot hold two statements", () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof SolveInputError ? { equation: e.equation, ...e.error } : e;
      }
      return null;
    };
    expect(err(() => buildSolve(["x + y = 3", "x - = 1"]))).toMatchObject({ equation: 1, kind: "SyntaxError", span: [4, 5] });
    expect(err(() => buildSolve("x = 1); 2 + 2; solve(x = 2"))).toMatchObject({ equation: 0, kind: "SyntaxError" });
    expect(err(() => buildSolve("x = 1; y = 2"))).toMatchObject({ equation: 0, kind: "SyntaxError", span: [7, 12] });
  });
});

describe("tool descriptions", () => {
  it("teach only syntax that works: every `expression` example in them evaluates", async () => {
    const examples = [...`${EVALUATE_DESCRIPTION}\n${SOLVE_DESCRIPTION}`.matchAll(/`([^`]+)`/g)]
      .map((m) => m[1]!)
      .filter((x) => /[\d([]/.test(x) && !x.startsWith("="));
    expect(examples.length).toBeGreaterThan(10);
    for (const x of examples) expect((await evaluate(x)).ok, x).toBe(true);
    expect(await evaluate("(0.1 + 0.2) in fp16")).toMatchObject({ ok: true, text: "0.2998046875 (fp16 0x34cc)" });
  });
});
