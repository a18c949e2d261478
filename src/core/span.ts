// Source spans: half-open [start, end) offsets into the input text, counted in UTF-16 code units
// (what JavaScript's String.prototype.slice counts), so `text.slice(...span)` is the spanned source.
export type Span = readonly [start: number, end: number];

/** The smallest span covering both. */
export function cover(a: Span, b: Span): Span {
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}
