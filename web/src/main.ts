// The calculator page: live evaluation while typing (in the engine worker; a slow one is cancelled by the next
// keystroke or Esc), errors underlined at their span, KaTeX output, copy as text/LaTeX/JSON, history in
// localStorage, the expression in the URL (#expr=...), a plot for one free variable, and the format explorer.
import katex from "katex";
import "katex/dist/katex.min.css";
import "./style.css";
import { CancelledError, Engine } from "./engine.js";
import { setupExplorer } from "./explorer.js";
import { clearHistory, loadHistory, pushHistory } from "./history.js";
import { Plot } from "./plot.js";
import type { Result } from "./protocol.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input = $<HTMLInputElement>("expr");
const overlay = $("overlay");
const status = $("status");
const resultBox = $("result");
const errorBox = $("error");
const digitsInput = $<HTMLInputElement>("digits");
const cancelButton = $<HTMLButtonElement>("cancel");
const historyList = $<HTMLOListElement>("history");
const plotCard = $("plot-card");

const engine = new Engine();
const plot = new Plot($("plot"), new Engine());
setupExplorer(new Engine(), $("fx-value"), $("fx-format") as HTMLSelectElement, $("fx-bits"), $("fx-info"), $("fx-error"));

/** Longest LaTeX rendered with KaTeX (longer results would block the page for seconds). */
const MAX_KATEX = 4000;

let last: Result | null = null;
let generation = 0;
let started = 0;
let debounce: ReturnType<typeof setTimeout> | undefined;
let historyCursor = -1;

function digits(): number {
  const d = Number(digitsInput.value);
  return Number.isInteger(d) && d >= 1 ? Math.min(d, 100_000) : 34;
}

/** Draws the input text again under the (transparent-background) input, with the error span underlined. */
function drawOverlay(span?: readonly [number, number]): void {
  const text = input.value;
  overlay.replaceChildren();
  if (!span) return;
  const [s, e] = span;
  const mark = document.createElement("span");
  mark.className = "err-span";
  mark.textContent = e > s ? text.slice(s, e) : " ";
  overlay.append(text.slice(0, s), mark, text.slice(Math.max(e, s)));
  overlay.scrollLeft = input.scrollLeft;
}

function showStatus(): void {
  const slow = engine.busy > 0 && performance.now() - started > 250;
  cancelButton.hidden = !slow;
  status.textContent = slow ? "computing… (Esc cancels)" : "";
}

async function run(expr: string): Promise<void> {
  clearTimeout(debounce); // a pending keystroke evaluation would overtake this one
  const gen = ++generation;
  history.replaceState(null, "", `#expr=${encodeURIComponent(expr)}`);
  if (!expr.trim()) {
    last = null;
    resultBox.replaceChildren();
    errorBox.replaceChildren();
    drawOverlay();
    hidePlot();
    return;
  }
  // A computation still running from an earlier keystroke is abandoned (terminate + respawn the worker).
  if (engine.busy) engine.cancel();
  started = performance.now();
  const ticker = setInterval(showStatus, 100);
  let reply;
  try {
    reply = await engine.request({ op: "evaluate", expr, digits: digits() });
  } catch (e) {
    if (e instanceof CancelledError) return;
    errorBox.textContent = String(e);
    return;
  } finally {
    clearInterval(ticker);
    if (gen === generation) showStatus();
  }
  if (gen !== generation) return;
  render(reply.result, expr);
}

function render(result: Result, expr: string): void {
  last = result;
  errorBox.replaceChildren();
  if (!result.ok) {
    drawOverlay(result.error.span);
    const err = result.error;
    const head = document.createElement("div");
    head.className = "err-head";
    head.textContent = `${err.kind}: ${err.message}`;
    errorBox.append(head);
    for (const note of err.notes ?? []) {
      const n = document.createElement("div");
      n.className = "err-note";
      n.textContent = `note: ${note}`;
      errorBox.append(n);
    }
    resultBox.classList.add("stale");
    hidePlot();
    return;
  }
  drawOverlay();
  resultBox.classList.remove("stale");
  resultBox.replaceChildren();
  const math = document.createElement("div");
  math.className = "math";
  // KaTeX runs on the page's thread: a result with tens of thousands of digits is shown as plain text instead.
  if (result.latex.length <= MAX_KATEX) katex.render(result.latex, math, { throwOnError: false, displayMode: true, maxSize: 50, maxExpand: 1000 });
  else math.classList.add("plain");
  resultBox.append(math);
  const v = result.value as { type: string; decimal?: string; decimal_is_exact?: boolean };
  const text = document.createElement("div");
  text.className = "text";
  text.textContent = result.text;
  resultBox.append(text);
  const decimal =
    typeof v.decimal === "string" && v.decimal !== result.text ? `${v.decimal_is_exact ? "=" : "≈"} ${v.decimal}` : solutionDecimals(result.value);
  if (decimal) {
    const dec = document.createElement("div");
    dec.className = "decimal";
    dec.textContent = decimal;
    resultBox.append(dec);
  }
  if (v.type === "expression") void maybePlot(expr);
  else hidePlot();
}

/** "x ≈ 0.381966…, x ≈ 2.618033…" for exact irrational roots of one unknown; "" when there is nothing to add. */
function solutionDecimals(value: unknown): string {
  const v = value as { type?: string; variables?: string[]; elements?: { decimal?: string; decimal_is_exact?: boolean }[] };
  if (v.type !== "solutions" || v.variables?.length !== 1 || !v.elements?.length) return "";
  if (v.elements.some((e) => typeof e.decimal !== "string") || v.elements.every((e) => e.decimal_is_exact)) return "";
  return v.elements.map((e) => `${v.variables![0]!} ${e.decimal_is_exact ? "=" : "≈"} ${e.decimal!}`).join(", ");
}

function hidePlot(): void {
  plotCard.hidden = true;
  plot.clear();
}

async function maybePlot(expr: string): Promise<void> {
  const gen = generation;
  const { vars } = await engine.request({ op: "analyse", expr });
  if (gen !== generation) return;
  if (vars.length !== 1) return hidePlot();
  plotCard.hidden = false;
  $("plot-var").textContent = `in ${vars[0]!}`;
  await plot.show(expr, vars[0]!).catch((e: unknown) => {
    if (!(e instanceof CancelledError)) hidePlot();
  });
}

function renderHistory(list = loadHistory()): void {
  historyList.replaceChildren(
    ...list.map((expr) => {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = expr;
      b.addEventListener("click", () => use(expr));
      li.append(b);
      return li;
    }),
  );
}

function use(expr: string): void {
  input.value = expr;
  input.focus();
  void run(expr);
}

async function copy(text: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const t = document.createElement("textarea");
    t.value = text;
    document.body.append(t);
    t.select();
    document.execCommand("copy");
    t.remove();
  }
  status.textContent = `copied ${what}`;
  setTimeout(() => (status.textContent === `copied ${what}` ? (status.textContent = "") : undefined), 1200);
}

input.addEventListener("input", () => {
  historyCursor = -1;
  drawOverlay();
  clearTimeout(debounce);
  debounce = setTimeout(() => void run(input.value), 90);
});
input.addEventListener("scroll", () => (overlay.scrollLeft = input.scrollLeft));
input.addEventListener("keydown", (e) => {
  if (e.key === "Enter") {
    const expr = input.value.trim();
    if (expr) renderHistory(pushHistory(expr));
    historyCursor = -1;
    clearTimeout(debounce);
    void run(input.value);
  } else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
    const list = loadHistory();
    if (!list.length) return;
    e.preventDefault();
    historyCursor = Math.max(-1, Math.min(list.length - 1, historyCursor + (e.key === "ArrowUp" ? 1 : -1)));
    input.value = historyCursor < 0 ? "" : list[historyCursor]!;
    void run(input.value);
  } else if (e.key === "Escape") {
    cancel();
  }
});
document.addEventListener("keydown", (e) => {
  if (e.key === "/" && document.activeElement?.tagName !== "INPUT") {
    e.preventDefault();
    input.focus();
  } else if (e.key === "Escape") cancel();
});

function cancel(): void {
  if (!engine.busy) return;
  engine.cancel();
  generation++;
  cancelButton.hidden = true;
  status.textContent = "cancelled";
}

cancelButton.addEventListener("click", cancel);
digitsInput.addEventListener("change", () => void run(input.value));
$("copy-text").addEventListener("click", () => {
  if (last?.ok) {
    const dec = (last.value as { decimal?: string }).decimal;
    void copy(dec && dec !== last.text ? `${last.text} ≈ ${dec}` : last.text, "text");
  }
});
$("copy-latex").addEventListener("click", () => last?.ok && void copy(last.latex, "LaTeX"));
$("copy-json").addEventListener("click", () => last && void copy(JSON.stringify(last), "JSON"));
$("clear-history").addEventListener("click", () => {
  clearHistory();
  renderHistory([]);
});

function fromHash(): string | null {
  const m = /^#expr=(.*)$/s.exec(location.hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
}
window.addEventListener("hashchange", () => {
  const expr = fromHash();
  if (expr !== null && expr !== input.value) use(expr);
});

renderHistory();
const initial = fromHash();
if (initial) use(initial);
