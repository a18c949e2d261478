// The `ulp` command end to end (from source through tsx): one-shot, --json, negative expressions, piped stdin,
// exit codes, and the pure helpers of the REPL.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { protectNegativeExpressions } from "../../src/cli/cli.js";
import { needsContinuation, reading } from "../../src/cli/repl.js";

const ROOT = resolve(__dirname, "../..");
function ulp(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: ROOT,
    input: input ?? "",
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("ulp command", () => {
  it("one-shot text", () => {
    const r = ulp(["1/3 + 1/6"]);
    expect(r).toMatchObject({ status: 0, stdout: "1/2\n" });
  });
  it("an expression starting with - is an expression", () => {
    expect(ulp(["-2^2"])).toMatchObject({ status: 0, stdout: "-4\n" });
    expect(ulp(["--digits", "5", "-sin(1)"])).toMatchObject({ status: 0, stdout: "-0.84147\n" });
  });
  it("--json prints the Result contract", () => {
    const r = ulp(["--json", "1/3 + 1/6"]);
    expect(JSON.parse(r.stdout)).toEqual({
      ok: true,
      value: { type: "rational", exact: "1/2", decimal: "0.5", decimal_is_exact: true },
      text: "1/2",
      latex: "\\frac{1}{2}",
    });
  });
  it("errors go to stderr with a caret, exit status 1", () => {
    const r = ulp(["1 + )"]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("SyntaxError");
    expect(r.stderr).toContain("    ^");
  });
  it("piped stdin is one session, one JSON line per input", () => {
    const r = ulp(["--json"], "x = 2\nx^10\n\n1/0\n");
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.ok)).toEqual([true, true, false]);
    expect(lines[1].text).toBe("1024");
    expect(r.status).toBe(1);
  });
  it("usage errors exit with 2", () => {
    expect(ulp(["--digits", "zero", "1"]).status).toBe(2);
  });
});

describe("cli helpers", () => {
  it("protects negative expressions but keeps flags", () => {
    expect(protectNegativeExpressions(["-2^2"])).toEqual(["--", "-2^2"]);
    expect(protectNegativeExpressions(["--json", "-x"])).toEqual(["--json", "--", "-x"]);
    expect(protectNegativeExpressions(["--digits", "5", "-pi"])).toEqual(["--digits", "5", "--", "-pi"]);
    expect(protectNegativeExpressions(["--digits=5", "1"])).toEqual(["--digits=5", "1"]);
    expect(protectNegativeExpressions(["serve", "--port", "0"])).toEqual(["serve", "--port", "0"]);
  });
  it("multi-line input continues on open brackets and trailing backslash", () => {
    expect(needsContinuation("[1, 2,")).toBe(true);
    expect(needsContinuation("f(x) = \\")).toBe(true);
    expect(needsContinuation("(1 + 2)")).toBe(false);
    expect(needsContinuation('"(" + 1')).toBe(false);
  });
  it("echoes the reading only when it adds something", () => {
    expect(reading("1 + 2")).toBeUndefined();
    expect(reading("6/2(1+2)")).toBeDefined();
  });
});

describe("reading echo", () => {
  it("shows disputed readings only", () => {
    expect(reading("-2^2")).toBeDefined();
    expect(reading("2^3^2")).toBeDefined();
    expect(reading("f(x) = x^2 + 1")).toBeUndefined();
    expect(reading("x = 3")).toBeUndefined();
  });
});

describe("terminal display", () => {
  it("leads with the decimal of a very long fraction, and shows both otherwise", async () => {
    const { evaluate, displayText } = await import("../../src/index.js");
    const long = await evaluate("(1+0.05/12)^(12*30)");
    const short = await evaluate("1/3");
    if (!long.ok || !short.ok) throw new Error("evaluation failed");
    expect(displayText(long.value as Record<string, unknown>, long.text)).toMatch(/^≈ 4\.46774431400613221242807011041301\d .*858 and 857 digits/);
    expect(displayText(short.value as Record<string, unknown>, short.text)).toBe("1/3  ≈ 0.3333333333333333333333333333333333");
  });
});
