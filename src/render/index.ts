// Output: values to JSON/text/LaTeX, errors to diagnostics with a caret under the span.
export { renderValue, type Rendered } from "./value.js";
export { renderDiagnostic } from "./diagnostic.js";
export type { ValueJSON } from "./number.js";
export { displayText } from "./display.js";
