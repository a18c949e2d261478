// Every historical attack on expression evaluators (../shared/oracles/attacks.txt) must come back as a clean
// Result: an error or a harmless value, never JavaScript reached, a prototype changed, a crash or a hang.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { evaluate } from "../../src/index.js";

const lines = readFileSync(resolve(__dirname, "../data/oracles/attacks.txt"), "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "" && !l.startsWith("#"));

const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join(",");
const functionProtoKeys = () => Object.getOwnPropertyNames(Function.prototype).sort().join(",");

describe("attacks.txt", () => {
  it("has the payloads", () => {
    expect(lines.length).toBeGreaterThan(150);
  });
  it("every payload returns a clean Result and changes nothing", async () => {
    const before = [protoKeys(), functionProtoKeys(), Object.keys(globalThis).sort().join(",")];
    const internal: string[] = [];
    for (const line of lines) {
      const r = await evaluate(line, { limits: { timeMs: 1000 } });
      expect(typeof r.ok).toBe("boolean");
      if (!r.ok && r.error.kind === "InternalError") internal.push(`${line} -> ${r.error.message}`);
      if (r.ok) expect(["function", "string"].includes(r.value.type) && /process|require|constructor/.test(r.text)).toBe(false);
    }
    expect(internal).toEqual([]);
    expect([protoKeys(), functionProtoKeys(), Object.keys(globalThis).sort().join(",")]).toEqual(before);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  }, 600_000);
});
