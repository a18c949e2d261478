// The format explorer: a value and a format chooser; evaluates `(value) to fmt` and draws the `format_value` JSON
// (DESIGN.md): bits as coloured sign | exponent | mantissa cells, the stored value, the error and the neighbours.
import { CancelledError, type Engine } from "./engine.js";

type Json = Record<string, unknown>;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

/** The text of a number ValueJSON: its exact form when it has one, else its decimal. */
function num(v: unknown): string {
  if (typeof v !== "object" || v === null) return "";
  const j = v as Json;
  if (typeof j["exact"] === "string") {
    const dec = j["decimal"];
    return typeof dec === "string" && dec !== j["exact"] ? `${j["exact"]} ≈ ${dec}` : (j["exact"] as string);
  }
  if (typeof j["decimal"] === "string") return j["decimal"] as string;
  return JSON.stringify(v);
}

/** Bits as "0x…" whether or not the JSON already carries the prefix. */
const hex = (bits: unknown): string => `0x${String(bits ?? "?").replace(/^0x/i, "")}`;

const decimalOf = (v: unknown): string => {
  if (typeof v !== "object" || v === null) return "";
  const j = v as Json;
  return typeof j["decimal"] === "string" ? (j["decimal"] as string) : num(v);
};

export function setupExplorer(engine: Engine, valueInput: HTMLInputElement, select: HTMLSelectElement, bitsBox: HTMLElement, info: HTMLElement, errorBox: HTMLElement): () => void {
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function update(): Promise<void> {
    const gen = ++generation;
    const value = valueInput.value.trim();
    if (!value) return;
    if (engine.busy) engine.cancel();
    let reply;
    try {
      reply = await engine.request({ op: "evaluate", expr: `(${value}) to ${select.value}`, digits: 20 });
    } catch (e) {
      if (e instanceof CancelledError) return;
      throw e;
    }
    if (gen !== generation) return;
    const r = reply.result;
    bitsBox.replaceChildren();
    info.replaceChildren();
    errorBox.textContent = "";
    if (!r.ok) {
      errorBox.textContent = `${r.error.kind}: ${r.error.message}`;
      return;
    }
    const fv = r.value as unknown as Json;
    if (fv["type"] !== "format_value") {
      errorBox.textContent = `not a format value (${String(fv["type"])})`;
      return;
    }
    drawBits(fv, bitsBox, (code) => show(`frombits(${code}, ${select.value})`));
    const rows: [string, string][] = [
      ["format", String(fv["format"])],
      ["bits", hex(fv["bits"])],
      ["stored value", num(fv["value"])],
      ["exact decimal", String(fv["exact_decimal"] ?? "")],
      ["absolute error", decimalOf(fv["abs_error"])],
      ["relative error", decimalOf(fv["rel_error"])],
      ["error in ulps", decimalOf(fv["ulps"])],
    ];
    const nb = fv["neighbours"];
    if (Array.isArray(nb) && nb.length === 2) {
      const show = (n: unknown) => {
        const j = (n ?? {}) as Json;
        return `${decimalOf(j["value"])}  (${hex(j["bits"])})`;
      };
      rows.push(["neighbour below", show(nb[0])], ["neighbour above", show(nb[1])]);
    }
    const neighbourBits = Array.isArray(nb) ? nb.map((n) => hex(((n ?? {}) as Json)["bits"])) : [];
    if (fv["payload"] !== undefined) rows.push(["NaN payload", String(fv["payload"])]);
    for (const [k, v] of rows) {
      if (!v) continue;
      const dd = el("dd", `fx-${k.replace(/ /g, "-")}`, v);
      const code = k === "neighbour below" ? neighbourBits[0] : k === "neighbour above" ? neighbourBits[1] : undefined;
      if (code && code !== "0x?") clickable(dd, `step to ${code}`, () => show(`frombits(${code}, ${select.value})`));
      info.append(el("dt", undefined, k), dd);
    }
  }

  const run = () => void update().catch((e: unknown) => (errorBox.textContent = String(e)));
  /** Puts an expression in the value box (a flipped bit, a neighbour) and explores it. */
  const show = (expr: string) => {
    valueInput.value = expr;
    run();
  };
  select.addEventListener("change", run);
  valueInput.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  run();
  return run;
}

/** Makes an element act as a button (click, Enter, Space) for keyboard-first use. */
function clickable(e: HTMLElement, title: string, action: () => void): void {
  e.tabIndex = 0;
  e.title = title;
  e.classList.add("clickable");
  e.setAttribute("role", "button");
  e.addEventListener("click", action);
  e.addEventListener("keydown", (k) => {
    if (k.key === "Enter" || k.key === " ") {
      k.preventDefault();
      action();
    }
  });
}

/** Draws the sign | exponent | mantissa cells; clicking a cell flips that bit (`onCode` gets the new code, hex). */
function drawBits(fv: Json, box: HTMLElement, onCode: (code: string) => void): void {
  const fields = (fv["fields"] ?? {}) as Json;
  const parts: [string, string][] = [
    ["sign", typeof fields["sign"] === "string" ? (fields["sign"] as string) : ""],
    ["exponent", typeof fields["exponent"] === "string" ? (fields["exponent"] as string) : ""],
    ["mantissa", typeof fields["mantissa"] === "string" ? (fields["mantissa"] as string) : ""],
  ];
  const all = parts.map(([, b]) => b).join("");
  let offset = 0;
  for (const [name, bits] of parts) {
    if (!bits) continue;
    const group = el("div", `field ${name}`);
    group.title = name;
    const cells = el("div", "cells");
    for (let k = 0; k < bits.length; k++, offset++) {
      const cell = el("span", `bit ${name}`, bits[k]);
      const at = offset;
      clickable(cell, `flip this ${name} bit`, () => {
        const flipped = all.slice(0, at) + (all[at] === "1" ? "0" : "1") + all.slice(at + 1);
        onCode(`0x${BigInt(`0b${flipped}`).toString(16)}`);
      });
      cells.append(cell);
    }
    group.append(cells, el("div", "label", `${name} (${bits.length})`));
    box.append(group);
  }
}
