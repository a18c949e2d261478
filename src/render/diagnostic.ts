// Human-readable diagnostics: the error message, the source line with a caret line under the span, labels and
// notes. Spans are UTF-16 offsets; carets are placed by code point so astral characters take one column.
import type { ErrorJSON } from "../core/index.js";

export function renderDiagnostic(source: string, error: ErrorJSON): string {
  const out: string[] = [`${error.kind}: ${error.message}`];
  if (error.span) out.push(...caretLines(source, error.span, "^"));
  for (const label of error.labels ?? []) {
    out.push(...caretLines(source, label.span, "-").map((l, i, a) => (i === a.length - 1 ? `${l} ${label.message}` : l)));
  }
  for (const note of error.notes ?? []) out.push(`note: ${note}`);
  if (error.limit !== undefined) out.push(`note: limit '${error.limit}' is ${error.value}; it can be raised with an option`);
  return out.join("\n");
}

/** The line of `source` containing span[0], and a marker line under [start, end) (at least one mark). */
function caretLines(source: string, span: readonly [number, number], mark: string): string[] {
  const [start, end] = span;
  const lineStart = source.lastIndexOf("\n", Math.max(0, start - 1)) + 1;
  let lineEnd = source.indexOf("\n", start);
  if (lineEnd < 0) lineEnd = source.length;
  const line = source.slice(lineStart, lineEnd);
  const col = [...source.slice(lineStart, start)].length;
  const width = Math.max(1, [...source.slice(start, Math.min(end, lineEnd))].length);
  const lineNo = source.slice(0, lineStart).split("\n").length;
  const gutter = source.includes("\n") ? `${lineNo} | ` : "  ";
  return [`${gutter}${line}`, `${" ".repeat(gutter.length + col)}${mark.repeat(width)}`];
}
