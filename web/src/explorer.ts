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
    drawBits(fv, bitsBox);
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
    if (fv["payload"] !== undefined) rows.push(["NaN payload", String(fv["payload"])]);
    for (const [k, v] of rows) {
      if (!v) continue;
      info.append(el("dt", undefined, k), el("dd", `fx-${k.replace(/ /g, "-")}`, v));
    }
  }

  const run = () => void update().catch((e: unknown) => (errorBox.textContent = String(e)));
  select.addEventListener("change", run);
  valueInput.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  run();
  return run;
}

function drawBits(fv: Json, box: HTMLElement): void {
  const fields = (fv["fields"] ?? {}) as Json;
  const parts: [string, string][] = [
    ["sign", typeof fields["sign"] === "string" ? (fields["sign"] as string) : ""],
    ["exponent", typeof fields["exponent"] === "string" ? (fields["exponent"] as string) : ""],
    ["mantissa", typeof fields["mantissa"] === "string" ? (fields["mantissa"] as string) : ""],
  ];
  for (const [name, bits] of parts) {
    if (!bits) continue;
    const group = el("div", `field ${name}`);
    group.title = name;
    const cells = el("div", "cells");
    for (const b of bits) cells.append(el("span", `bit ${name}`, b));
    group.append(cells, el("div", "label", `${name} (${bits.length})`));
    box.append(group);
  }
}
